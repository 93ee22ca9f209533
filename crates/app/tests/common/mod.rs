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

/// An unlocked installation in a temporary folder, with Ioana Popescu and
/// a dossier of `procedure` answered from `examples/<example>` on `today`.
pub fn dossier_from_example(
    procedure: &str,
    example: &str,
    today: NaiveDate,
    now: &str,
) -> (tempfile::TempDir, App, i64) {
    let (dir, app) = unlocked_app();
    let form = PersonForm {
        family_name: "Popescu".into(),
        given_names: "Ioana".into(),
        ..Default::default()
    };
    let person = app.save_person(None, &form, today, now).unwrap().person.id;
    let dossier = app
        .start_demarche(person, procedure, today, now)
        .unwrap()
        .dossier_id;
    let path = format!(
        "{}/../../assets/procedures/{procedure}/examples/{example}",
        env!("CARGO_MANIFEST_DIR")
    );
    let answers: serde_json::Map<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for (q, a) in &answers {
        app.answer(dossier, q, a, now).unwrap();
    }
    (dir, app, dossier)
}
