//! What several use-case tests start from: an unlocked installation with a
//! person and a dossier answered from a shipped example file.

// Each test file is its own crate and uses only part of this module.
#![allow(dead_code)]

use chrono::NaiveDate;
use permanence_app::{App, Paths, PersonForm};
use permanence_store::KdfParams;
use serde_json::Value;

pub const GOOD: &str = "mardi soir permanence";

/// An unlocked installation in a temporary folder, nobody in it yet.
pub fn unlocked_app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open_with_kdf(
        Paths::new(dir.path().join("data")),
        KdfParams::FAST_INSECURE_FOR_TESTS,
    )
    .unwrap();
    app.create_vault(GOOD, GOOD).unwrap();
    (dir, app)
}

/// A shipped example's answers (`assets/procedures/<procedure>/examples/`),
/// found from any crate of the workspace (this module is also used by the
/// workspace-level scenarios).
pub fn example_answers(procedure: &str, example: &str) -> serde_json::Map<String, Value> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|d| d.join("assets/procedures").is_dir())
        .expect("the workspace root");
    let path = root.join(format!("assets/procedures/{procedure}/examples/{example}"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// In `app`, a person `given family` and a dossier of `procedure` answered
/// from the example on `today`; returns the dossier's id.
pub fn answered_dossier(
    app: &App,
    (family, given): (&str, &str),
    (procedure, example): (&str, &str),
    today: NaiveDate,
    now: &str,
) -> i64 {
    let form = PersonForm {
        family_name: family.into(),
        given_names: given.into(),
        ..Default::default()
    };
    let person = app.save_person(None, &form, today, now).unwrap().person.id;
    let dossier = app
        .start_demarche(person, procedure, today, now)
        .unwrap()
        .dossier_id;
    for (q, a) in &example_answers(procedure, example) {
        app.answer(dossier, q, a, now).unwrap();
    }
    dossier
}

/// An unlocked installation in a temporary folder, with Ioana Popescu and
/// a dossier of `procedure` answered from `examples/<example>` on `today`.
pub fn dossier_from_example(
    procedure: &str,
    example: &str,
    today: NaiveDate,
    now: &str,
) -> (tempfile::TempDir, App, i64) {
    let (dir, app) = unlocked_app();
    let dossier = answered_dossier(&app, ("Popescu", "Ioana"), (procedure, example), today, now);
    (dir, app, dossier)
}
