//! `[[computed]]`: named yes/no values read from the questions.

use toml_edit::Table;

use super::{Ctx, Types};
use crate::expr::ValueType;
use crate::model::Computed;

/// `types` holds the questions' types; each computed value is checked
/// against them only (no cycles), then joins them.
pub(super) fn parse(cx: &mut Ctx, root: &Table, types: &mut Types) -> Vec<Computed> {
    let question_types = types.clone();
    let tables = cx.with_ids(
        root,
        "computed",
        &["id", "when"],
        ("a computed value", "computed value"),
    );
    let mut computed = Vec::new();
    for (t, cid, at) in tables {
        if question_types.contains_key(&cid) {
            cx.problem(
                at,
                format!("computed value `{cid}` has the id of a question"),
            );
        }
        let what = format!("computed value `{cid}`");
        match cx.expr(t, "when", &what, &question_types) {
            Some(when) => {
                types.insert(cid.clone(), ValueType::Bool);
                computed.push(Computed { id: cid, when });
            }
            None if t.get("when").is_none() => cx.problem(at, format!("{what}: missing `when`")),
            None => {}
        }
    }
    computed
}
