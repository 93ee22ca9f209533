//! `[[courts]]`: a court named by the letters, looked up from the
//! département answered to a `departement` question.

use toml_edit::Table;

use super::Ctx;
use crate::model::{COURT_KINDS, CourtKind, CourtLookup, Question, QuestionKind, Step};

pub(super) fn parse(cx: &mut Ctx, root: &Table, steps: &[Step]) -> Vec<CourtLookup> {
    let tables = cx.with_ids(
        root,
        "courts",
        &["id", "kind", "departement", "address"],
        ("a court", "court"),
    );
    let questions: Vec<&Question> = steps.iter().flat_map(|s| &s.questions).collect();
    let mut out = Vec::new();
    for (t, id, at) in tables {
        let what = format!("court `{id}`");
        let kind = cx.string(t, "kind", &what, true).and_then(|(text, at)| {
            cx.parse_as::<CourtKind>((&text, at), |k| {
                format!(
                    "{what}: unknown kind `{k}` (one of: {})",
                    COURT_KINDS.join(", ")
                )
            })
        });
        let departement = cx.text(t, "departement", &what);
        let fits = questions
            .iter()
            .any(|q| q.id == departement && q.kind == QuestionKind::Departement);
        if !departement.is_empty() && !fits {
            cx.problem(
                t.get("departement")
                    .and_then(|i| i.span())
                    .map(|s| s.start)
                    .or(at),
                format!("{what}: `{departement}` is no question of type departement"),
            );
        }
        let address = cx.string(t, "address", &what, false).and_then(|(q, at)| {
            let fits = questions
                .iter()
                .any(|x| x.id == q && x.kind == QuestionKind::Address);
            if !fits {
                cx.problem(at, format!("{what}: `{q}` is no question of type address"));
            }
            fits.then_some(q)
        });
        if let (Some(kind), true) = (kind, fits) {
            out.push(CourtLookup {
                id,
                kind,
                departement,
                address,
            });
        }
    }
    out
}
