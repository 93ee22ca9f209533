//! `[[steps]]` and their `[[steps.questions]]`, read in two passes: first
//! the ids and types of every question, so that conditions may refer to
//! questions of any step; then the questions themselves.

use std::collections::{BTreeMap, BTreeSet};

use toml_edit::Table;

use super::{Ctx, Messages, Types};
use crate::expr::ValueType;
use crate::keys;
use crate::model::{
    ENCLOSURES_ANSWER, PERSON_FIELDS, QUESTION_TYPES, Question, QuestionKind, Step,
    document_prefill_kind,
};

/// The questions a question's `show_if` reads, and where it stands.
type Depends = BTreeMap<String, (Vec<String>, Option<usize>)>;

/// What the first pass found.
pub(super) struct Declared<'t> {
    step_ids: Vec<String>,
    /// Each question with an id, with the index of its step.
    questions: Vec<(usize, &'t Table)>,
    /// The questions' types, for the conditions.
    pub(super) types: Types,
}

/// The first pass: ids and types.
pub(super) fn declare<'t>(cx: &mut Ctx, root: &'t Table, messages: &mut Messages) -> Declared<'t> {
    let step_tables = cx.tables(root, "steps");
    let mut declared = Declared {
        step_ids: Vec::new(),
        questions: Vec::new(),
        types: BTreeMap::new(),
    };
    let mut seen_steps = BTreeSet::new();
    let mut seen_questions = BTreeSet::new();
    for (si, st) in step_tables.iter().enumerate() {
        cx.only(st, &["id", "questions"], "a step");
        let sid = cx
            .id(st, "step", &mut seen_steps)
            .map(|v| v.0)
            .unwrap_or_default();
        messages.texts.push(keys::step(messages.id, &sid));
        declared.step_ids.push(sid);
        for qt in cx.tables(st, "questions") {
            if let Some((qid, value_type)) = declare_question(cx, qt, &mut seen_questions, messages)
            {
                declared.types.insert(qid, value_type);
                declared.questions.push((si, qt));
            }
        }
    }
    if step_tables.is_empty() {
        cx.problem(None, "a procedure needs at least one [[steps]]");
    }
    declared
}

fn declare_question(
    cx: &mut Ctx,
    qt: &Table,
    seen: &mut BTreeSet<String>,
    messages: &mut Messages,
) -> Option<(String, ValueType)> {
    cx.only(
        qt,
        &[
            "id", "type", "required", "options", "show_if", "validate", "prefill",
        ],
        "a question",
    );
    let (qid, qat) = cx.id(qt, "question", seen)?;
    if qid == ENCLOSURES_ANSWER {
        cx.problem(
            qat,
            format!("question `{qid}`: this id is reserved for the worker's choice of enclosures"),
        );
    }
    let options = cx.strings(qt, "options", "question");
    let kind = cx.string(qt, "type", "question", true).and_then(|(k, at)| {
        let kind = cx.parse_as((&k, at), |k| {
            format!(
                "question `{qid}`: unknown type `{k}` (types: {})",
                QUESTION_TYPES.join(", ")
            )
        });
        if kind == Some(QuestionKind::Choice) && options.is_empty() {
            cx.problem(at, format!("question `{qid}`: a choice needs `options`"));
        }
        kind
    });
    let id = messages.id;
    messages.texts.push(keys::question(id, &qid));
    for o in &options {
        messages.texts.push(keys::option(id, &qid, o));
    }
    Some((qid, value_type(kind, &options)))
}

/// What conditions compare an answer with; a question of no known kind
/// (a problem already) is taken as text.
fn value_type(kind: Option<QuestionKind>, options: &[String]) -> ValueType {
    match kind {
        Some(QuestionKind::Date) => ValueType::Date,
        Some(QuestionKind::Choice) => ValueType::Choice(options.to_vec()),
        Some(QuestionKind::YesNo) => ValueType::Bool,
        Some(QuestionKind::Amount) => ValueType::Number,
        _ => ValueType::Text,
    }
}

/// The kind of a question, known to be one after the first pass.
fn kind(qt: &Table) -> Option<QuestionKind> {
    qt.get("type")?.as_str()?.parse().ok()
}

/// The second pass: each question's conditions and prefill, which may
/// read any question or computed value (`types`).
pub(super) fn parse(
    cx: &mut Ctx,
    declared: Declared,
    types: &Types,
    messages: &mut Messages,
) -> Vec<Step> {
    let mut steps: Vec<Step> = declared
        .step_ids
        .into_iter()
        .map(|sid| Step {
            id: sid,
            questions: Vec::new(),
        })
        .collect();
    let mut depends = Depends::new();
    for (si, qt) in declared.questions {
        if let Some(q) = question(cx, qt, types, &mut depends, messages) {
            steps[si].questions.push(q);
        }
    }
    // A question shown only if another is answered, which is itself shown
    // only if the first is answered, can never appear.
    for cycle in cycles(&depends) {
        let at = depends.get(&cycle[0]).and_then(|d| d.1);
        cx.problem(
            at,
            format!("show_if conditions form a cycle: {}", cycle.join(" → ")),
        );
    }
    steps
}

fn question(
    cx: &mut Ctx,
    qt: &Table,
    types: &Types,
    depends: &mut Depends,
    messages: &mut Messages,
) -> Option<Question> {
    let qid = qt.get("id").and_then(|i| i.as_str()).map(str::to_owned)?;
    let what = format!("question `{qid}`");
    let show_if = cx.condition(qt, "show_if", &what, types);
    let validate = cx.expr(qt, "validate", &what, types);
    if validate.is_some() {
        messages.texts.push(keys::invalid(messages.id, &qid));
    }
    if let Some((e, at)) = &show_if {
        depends.insert(
            qid.clone(),
            (e.names().iter().map(|s| s.to_string()).collect(), *at),
        );
    }
    let prefill = prefill(cx, qt, &what);
    let required = cx.boolean(qt, "required", &what);
    Some(Question {
        kind: kind(qt)?,
        required,
        options: qt
            .get("options")
            .and_then(|i| i.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
        show_if: show_if.map(|v| v.0),
        validate,
        prefill,
        id: qid,
    })
}

/// A person field, or the expiry of a stored document for a date question.
fn prefill(cx: &mut Ctx, qt: &Table, what: &str) -> Option<String> {
    let (p, at) = cx.string(qt, "prefill", what, false)?;
    match document_prefill_kind(&p) {
        Some(document) => {
            if !permanence_domain::DOCUMENT_KINDS.contains(&document) {
                cx.problem(
                    at,
                    format!("{what}: unknown document kind `{document}` in `{p}`"),
                );
            }
            if kind(qt) != Some(QuestionKind::Date) {
                cx.problem(
                    at,
                    format!("{what}: `{p}` can only prefill a date question"),
                );
            }
        }
        None if !PERSON_FIELDS.contains(&p.as_str()) => cx.problem(
            at,
            format!(
                "{what}: unknown person field `{p}` (fields: {}, or document:<kind>:expires_on)",
                PERSON_FIELDS.join(", ")
            ),
        ),
        None => {}
    }
    Some(p)
}

/// Cycles in the "question → questions its show_if reads" graph, each
/// reported once, starting from its smallest id.
fn cycles(depends: &Depends) -> Vec<Vec<String>> {
    let mut found: BTreeSet<Vec<String>> = BTreeSet::new();
    for start in depends.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        while let Some((node, path)) = stack.pop() {
            for next in depends
                .get(&node)
                .map(|d| d.0.as_slice())
                .unwrap_or_default()
            {
                if next == start {
                    let mut cycle = path.clone();
                    // Normalise: rotate so the smallest id comes first.
                    let min = cycle
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, n)| *n)
                        .map_or(0, |(i, _)| i);
                    cycle.rotate_left(min);
                    cycle.push(cycle[0].clone());
                    found.insert(cycle);
                } else if !path.contains(next) && path.len() < 64 {
                    let mut p = path.clone();
                    p.push(next.clone());
                    stack.push((next.clone(), p));
                }
            }
        }
    }
    found.into_iter().collect()
}
