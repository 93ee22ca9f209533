//! `[[legal_basis]]`: the facts letters may cite, verified ones only.

use toml_edit::Table;

use super::{Ctx, Messages};
use crate::keys;
use crate::model::{LEGAL_STATUSES, LegalBasis};

const KEYS: &[&str] = &["id", "citation", "reference", "status"];

pub(super) fn parse(cx: &mut Ctx, root: &Table, messages: &mut Messages) -> Vec<LegalBasis> {
    let what = "legal basis";
    let tables = cx.with_ids(root, "legal_basis", KEYS, ("a legal basis", what));
    let mut legal_basis = Vec::new();
    for (t, lid, _) in tables {
        let citation = cx.text(t, "citation", what);
        let reference = cx.text(t, "reference", what);
        let status = cx.string(t, "status", what, true).and_then(|(s, at)| {
            cx.parse_as((&s, at), |s| {
                format!(
                    "legal basis `{lid}`: status `{s}`: only {} facts may be cited",
                    LEGAL_STATUSES.join(" or ")
                )
            })
        });
        messages.texts.push(keys::law(messages.id, &lid));
        if let Some(status) = status {
            legal_basis.push(LegalBasis {
                id: lid,
                citation,
                reference,
                status,
            });
        }
    }
    legal_basis
}
