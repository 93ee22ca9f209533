//! `[[outcomes]]`: what the person is told comes next.

use toml_edit::Table;

use super::{Ctx, Messages, Types};
use crate::keys;
use crate::model::Outcome;

/// Each outcome is told by its message ([`keys::outcome`]).
pub(super) fn parse(
    cx: &mut Ctx,
    root: &Table,
    types: &Types,
    messages: &mut Messages,
) -> Vec<Outcome> {
    let tables = cx.with_ids(root, "outcomes", &["id", "when"], ("an outcome", "outcome"));
    let mut outcomes = Vec::new();
    for (t, oid, _) in tables {
        let when = cx.expr(t, "when", &format!("outcome `{oid}`"), types);
        messages.texts.push(keys::outcome(messages.id, &oid));
        outcomes.push(Outcome { id: oid, when });
    }
    outcomes
}
