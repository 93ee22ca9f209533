//! `[[documents]]`: the checklist.

use toml_edit::Table;

use super::context::start_of;
use super::{Ctx, Messages, Types};
use crate::keys;
use crate::model::DocumentRule;

const KEYS: &[&str] = &["id", "required", "required_if", "kinds"];

pub(super) fn parse(
    cx: &mut Ctx,
    root: &Table,
    types: &Types,
    messages: &mut Messages,
) -> Vec<DocumentRule> {
    let tables = cx.with_ids(root, "documents", KEYS, ("a document", "document"));
    tables
        .into_iter()
        .map(|(t, did, _)| {
            let what = format!("document `{did}`");
            let kinds = cx.strings(t, "kinds", &what);
            for k in kinds
                .iter()
                .filter(|k| !permanence_domain::DOCUMENT_KINDS.contains(&k.as_str()))
            {
                cx.problem(
                    start_of(t, "kinds"),
                    format!(
                        "{what}: unknown document kind `{k}` (kinds: {})",
                        permanence_domain::DOCUMENT_KINDS.join(", ")
                    ),
                );
            }
            messages.texts.push(keys::document(messages.id, &did));
            DocumentRule {
                required: cx.boolean(t, "required", &what),
                required_if: cx.expr(t, "required_if", &what, types),
                kinds,
                id: did,
            }
        })
        .collect()
}
