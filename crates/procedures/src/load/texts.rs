//! The procedure's Fluent texts: every message it needs exists in every
//! language, and its letters and explanation sheets read only what a
//! dossier has.

use std::collections::{BTreeMap, BTreeSet};

use super::deadlines::Declared;
use super::{LETTER_VARIABLES, Messages, Problem, Types};
use crate::keys;
use crate::model::{CourtLookup, QuestionKind, Step};

/// (shown path, content if the file exists), by language.
type Texts = BTreeMap<String, (String, Option<String>)>;

pub(super) fn check_messages(
    problems: &mut Vec<Problem>,
    messages: Messages,
    texts: &Texts,
    letter_texts: &(String, Option<String>),
) {
    check_texts(problems, &messages.texts, texts);
    if !messages.letters.is_empty() {
        let mut french = BTreeMap::new();
        french.insert("fr".to_owned(), letter_texts.clone());
        check_texts(problems, &messages.letters, &french);
    }
}

/// Every Fluent message the procedure needs must exist in every language.
fn check_texts(problems: &mut Vec<Problem>, keys: &[String], texts: &Texts) {
    for (lang, (path, content)) in texts {
        let Some(content) = content else {
            problems.push(Problem {
                path: path.clone(),
                line: None,
                message: format!("missing: the texts of this procedure in `{lang}`"),
            });
            continue;
        };
        let defined: BTreeSet<String> = match fluent_syntax::parser::parse(content.as_str()) {
            Ok(r) | Err((r, _)) => r
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect(),
        };
        if let Err((_, errors)) = fluent_syntax::parser::parse(content.as_str()) {
            for e in errors {
                let offset = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                problems.push(Problem {
                    path: path.clone(),
                    line: Some(content[..offset.min(content.len())].matches('\n').count() + 1),
                    message: format!("Fluent syntax: {}", e.kind),
                });
            }
        }
        for key in keys {
            if !defined.contains(key) {
                problems.push(Problem {
                    path: path.clone(),
                    line: None,
                    message: format!("missing message `{key}`"),
                });
            }
        }
    }
}

/// What letters and explanation sheets may read: answers (question ids,
/// except documents), computed values, deadline dates and a few values of
/// the letter itself; anything else is a typo that would print a gap.
pub(super) fn readable(
    types: &Types,
    steps: &[Step],
    deadlines: &[Declared],
    courts: &[CourtLookup],
) -> BTreeSet<String> {
    let mut readable: BTreeSet<String> = types.keys().cloned().collect();
    for q in steps
        .iter()
        .flat_map(|s| &s.questions)
        .filter(|q| q.kind == QuestionKind::Document)
    {
        readable.remove(&q.id);
    }
    readable.extend(deadlines.iter().map(|d| keys::deadline_variable(&d.id)));
    for c in courts {
        readable.insert(keys::court_variable(&c.id));
        readable.insert(keys::court_address_variable(&c.id));
    }
    readable.extend(LETTER_VARIABLES.iter().map(|v| (*v).to_owned()));
    readable
}

/// Every variable of the letters, sheets and enclosure lines is readable.
pub(super) fn check_variables(
    problems: &mut Vec<Problem>,
    id: &str,
    readable: &BTreeSet<String>,
    texts: &Texts,
    letter_texts: &(String, Option<String>),
) {
    let sources = texts
        .values()
        .chain(std::iter::once(letter_texts))
        .filter_map(|(path, content)| content.as_ref().map(|c| (path, c)));
    for (path, content) in sources {
        for (key, line, vars) in permanence_texts::message_variables(content) {
            if !keys::reads_answers(id, &key) {
                continue;
            }
            for v in vars.iter().filter(|v| !readable.contains(*v)) {
                problems.push(Problem {
                    path: path.clone(),
                    line: Some(line),
                    message: format!(
                        "`{key}` reads `${v}`, which is no question, computed value or deadline of {id}"
                    ),
                });
            }
        }
    }
}
