//! The interview engine: from a procedure and the answers so far to what
//! the worker sees next. Pure: no IO, no clock; the answers are persisted by
//! the caller after every answer.
//!
//! A question is *visible* when it has no `show_if` or its condition holds.
//! Answers to questions that became hidden are kept (the worker may go back)
//! but count for nothing: not for progress, not for documents or outcomes.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::expr::eval;
use crate::model::{Procedure, Question};

pub type Answers = Map<String, Value>;

/// Where the interview stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Progress {
    /// The first visible required question not yet answered, else the first
    /// visible question not yet answered, else none (go to the review).
    pub next: Option<String>,
    /// Visible required questions answered, out of all visible required.
    pub answered: usize,
    pub required: usize,
    /// Visible required questions still unanswered, in order.
    pub missing: Vec<String>,
    /// Visible questions in order (what back/forward walks through).
    pub visible: Vec<String>,
    /// The documents checklist: (document id, required now).
    pub documents: Vec<(String, bool)>,
    /// Outcomes whose condition holds, in file order.
    pub outcomes: Vec<String>,
}

/// Whether an answer counts as given: not null, not blank text.
pub fn is_answered(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.trim().is_empty(),
        Some(_) => true,
    }
}

/// Answers restricted to visible questions, with the computed values: hidden answers must not make
/// conditions, documents or outcomes true. Visibility depends on answers
/// that may themselves be hidden, so it is settled by repetition until it
/// stops changing (conditions form no cycle: checked at load).
pub fn effective(procedure: &Procedure, answers: &Answers) -> Answers {
    let mut kept = with_computed(procedure, Answers::new());
    for _ in 0..=procedure.questions().count() {
        let next: Answers = procedure
            .questions()
            .filter(|q| is_visible_in(q, &kept))
            .filter_map(|q| answers.get(&q.id).map(|v| (q.id.clone(), v.clone())))
            .collect();
        let next = with_computed(procedure, next);
        if next == kept {
            break;
        }
        kept = next;
    }
    kept
}

/// Adds the procedure's computed values (evaluated on `answers`).
fn with_computed(procedure: &Procedure, mut answers: Answers) -> Answers {
    let values: Vec<(String, bool)> = procedure
        .computed
        .iter()
        .map(|c| (c.id.clone(), eval(&c.when, &answers)))
        .collect();
    for (id, v) in values {
        answers.insert(id, Value::Bool(v));
    }
    answers
}

/// Whether the answer to `question` keeps to its `validate` rule, given all
/// the answers (the new one included). Unanswered questions always do.
pub fn keeps_rule(procedure: &Procedure, answers: &Answers, question: &str) -> bool {
    let Some(q) = procedure.questions().find(|q| q.id == question) else {
        return true;
    };
    match &q.validate {
        Some(rule) if is_answered(answers.get(question)) => {
            eval(rule, &effective(procedure, answers))
        }
        _ => true,
    }
}

fn is_visible_in(q: &Question, answers: &Answers) -> bool {
    q.show_if.as_ref().is_none_or(|c| eval(c, answers))
}

pub fn progress(procedure: &Procedure, answers: &Answers) -> Progress {
    let eff = effective(procedure, answers);
    let visible: Vec<&Question> = procedure
        .questions()
        .filter(|q| is_visible_in(q, &eff))
        .collect();
    let missing: Vec<String> = visible
        .iter()
        .filter(|q| q.required && !is_answered(eff.get(&q.id)))
        .map(|q| q.id.clone())
        .collect();
    let required = visible.iter().filter(|q| q.required).count();
    let next = missing.first().cloned().or_else(|| {
        visible
            .iter()
            .find(|q| !is_answered(eff.get(&q.id)))
            .map(|q| q.id.clone())
    });
    Progress {
        next,
        answered: required - missing.len(),
        required,
        missing,
        visible: visible.iter().map(|q| q.id.clone()).collect(),
        documents: procedure
            .documents
            .iter()
            .filter_map(|d| {
                let required_now =
                    d.required || d.required_if.as_ref().is_some_and(|c| eval(c, &eff));
                // Conditional documents not needed now are left out of the
                // checklist; unconditional optional ones stay, as optional.
                (required_now || d.required_if.is_none()).then(|| (d.id.clone(), required_now))
            })
            .collect(),
        outcomes: procedure
            .outcomes
            .iter()
            .filter(|o| o.when.as_ref().is_none_or(|c| eval(c, &eff)))
            .map(|o| o.id.clone())
            .collect(),
    }
}

/// The visible question after `current` (forward), or none at the end.
pub fn next_after(procedure: &Procedure, answers: &Answers, current: &str) -> Option<String> {
    let visible = progress(procedure, answers).visible;
    let i = visible.iter().position(|q| q == current)?;
    visible.get(i + 1).cloned()
}

/// The visible question before `current` (back), or none at the start.
pub fn previous_before(procedure: &Procedure, answers: &Answers, current: &str) -> Option<String> {
    let visible = progress(procedure, answers).visible;
    let i = visible.iter().position(|q| q == current)?;
    i.checked_sub(1).and_then(|j| visible.get(j).cloned())
}

/// Answers taken from the person's record for questions that declare a
/// `prefill`, where the worker has not answered yet. `person` maps person
/// field names (see [`crate::model::PERSON_FIELDS`]) to their values.
pub fn prefill(procedure: &Procedure, answers: &Answers, person: &Map<String, Value>) -> Answers {
    let mut out = answers.clone();
    for q in procedure.questions() {
        let Some(field) = &q.prefill else { continue };
        if is_answered(answers.get(&q.id)) {
            continue;
        }
        if let Some(v) = person.get(field).filter(|v| is_answered(Some(v))) {
            out.insert(q.id.clone(), v.clone());
        }
    }
    out
}
