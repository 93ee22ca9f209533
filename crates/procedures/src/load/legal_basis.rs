//! `[[legal_basis]]`: the facts letters may cite, verified ones only.

use toml_edit::Table;

use super::{Ctx, Messages};
use crate::keys;
use crate::model::LegalBasis;

const KEYS: &[&str] = &["id", "citation", "reference", "status"];

pub(super) fn parse(cx: &mut Ctx, root: &Table, messages: &mut Messages) -> Vec<LegalBasis> {
    let what = "legal basis";
    let tables = cx.with_ids(root, "legal_basis", KEYS, ("a legal basis", what));
    let mut legal_basis = Vec::new();
    for (t, lid, _) in tables {
        let citation = cx.text(t, "citation", what);
        let reference = cx.text(t, "reference", what);
        let status = match cx.string(t, "status", what, true) {
            Some((s, at)) => {
                if s != "VERIFIED-P" && s != "VERIFIED-S" {
                    cx.problem(at, format!("legal basis `{lid}`: status `{s}`: only VERIFIED-P or VERIFIED-S facts may be cited"));
                }
                s
            }
            None => String::new(),
        };
        messages.texts.push(keys::law(messages.id, &lid));
        legal_basis.push(LegalBasis {
            id: lid,
            citation,
            reference,
            status,
        });
    }
    legal_basis
}
