//! The example answers shipped with a procedure, and answers files in
//! general: each answer fits its question.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Problem;
use crate::model::QuestionKind::*;
use crate::model::{ENCLOSURES_ANSWER, Procedure};

/// Checks every `examples/*.json` answers file of a procedure folder: JSON
/// syntax (with its line), unknown questions, answers of the wrong kind.
pub(super) fn check_examples(
    procedure: &Procedure,
    dir: &Path,
    shown: &dyn Fn(&Path) -> String,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|f| f.extension().is_some_and(|e| e == "json"));
    files.sort();
    for file in files {
        let path = shown(&file);
        let parsed = std::fs::read_to_string(&file)
            .map_err(|e| (None, e.to_string()))
            .and_then(|t| {
                serde_json::from_str::<serde_json::Value>(&t)
                    .map_err(|e| (Some(e.line()), e.to_string()))
            });
        match parsed {
            Ok(serde_json::Value::Object(answers)) => {
                for message in check_answers(procedure, &answers) {
                    problems.push(Problem {
                        path: path.clone(),
                        line: None,
                        message,
                    });
                }
            }
            Ok(_) => problems.push(Problem {
                path,
                line: None,
                message: "an answers file must be a JSON object keyed by question id".into(),
            }),
            Err((line, message)) => problems.push(Problem {
                path,
                line,
                message: format!("JSON: {message}"),
            }),
        }
    }
    problems
}

/// Checks an answers file (`examples/*.json`: question id → answer) against
/// a procedure: unknown questions, and answers of the wrong kind.
pub fn check_answers(
    procedure: &Procedure,
    answers: &serde_json::Map<String, serde_json::Value>,
) -> Vec<String> {
    use serde_json::Value;
    let mut problems = Vec::new();
    for (key, value) in answers {
        if key == ENCLOSURES_ANSWER {
            problems.extend(check_enclosure_choice(procedure, value));
            continue;
        }
        let Some(q) = procedure.questions().find(|q| &q.id == key) else {
            problems.push(format!("`{key}` is not a question of {}", procedure.id));
            continue;
        };
        let fits = match (q.kind, value) {
            (_, Value::Null) => true,
            (YesNo, Value::Bool(_)) => true,
            (Amount, Value::Number(_)) => true,
            (Date, Value::String(s)) => NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
            (Choice, Value::String(s)) => q.options.contains(s),
            (Departement, Value::String(s)) => crate::courts::departement(s).is_some(),
            (Text | Address | PersonField | Document, Value::String(_)) => true,
            _ => false,
        };
        if !fits {
            problems.push(format!("`{key}` ({}): {value} does not fit", q.kind));
        }
    }
    problems
}

/// The worker's choice of enclosures: documents of the checklist ticked,
/// documents added by name (at most 200 characters each).
fn check_enclosure_choice(procedure: &Procedure, value: &serde_json::Value) -> Vec<String> {
    use serde_json::Value;
    let mut problems = Vec::new();
    let Value::Object(map) = value else {
        return vec![format!(
            "`{ENCLOSURES_ANSWER}`: expected {{\"ticked\": [...], \"added\": [...]}}"
        )];
    };
    for (key, list) in map {
        let Some(items) = list.as_array() else {
            problems.push(format!("`{ENCLOSURES_ANSWER}.{key}`: expected a list"));
            continue;
        };
        for item in items {
            match (key.as_str(), item.as_str()) {
                ("ticked", Some(doc)) if procedure.documents.iter().any(|d| d.id == doc) => {}
                ("ticked", _) => problems.push(format!(
                    "`{ENCLOSURES_ANSWER}.ticked`: {item} is not a document of {}",
                    procedure.id
                )),
                ("added", Some(name))
                    if !name.trim().is_empty() && name.chars().count() <= 200 => {}
                ("added", _) => problems.push(format!(
                    "`{ENCLOSURES_ANSWER}.added`: {item} is not a document name (1 to 200 characters)"
                )),
                _ => problems.push(format!("`{ENCLOSURES_ANSWER}.{key}`: unknown key")),
            }
        }
    }
    problems
}
