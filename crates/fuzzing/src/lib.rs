//! What the fuzzers feed: each function takes arbitrary bytes and must
//! neither panic nor hang, whatever they are. `fuzz/` (cargo fuzz, nightly)
//! drives them with coverage guidance; `tests/replay.rs` runs them in CI
//! over the saved corpus and a set of hostile inputs.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use permanence_domain::{Language, Zone};
use permanence_procedures::deadlines::{Facts, dossier_deadlines};
use permanence_procedures::interview;
use permanence_procedures::load::{Entry, check_answers, load_embedded, parse_procedure};
use permanence_procedures::model::Procedure;
use serde_json::{Map, Value};

/// A procedure file as a worker or a contributor could write it: the bytes
/// up to the first 0xFF are `procedure.toml`, the rest its French texts.
pub fn procedure_loader(data: &[u8]) {
    let (toml, ftl) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let toml = String::from_utf8_lossy(toml);
    let ftl = String::from_utf8_lossy(ftl).into_owned();
    let mut texts = BTreeMap::new();
    texts.insert(
        "fr".to_owned(),
        (
            "locales/fr/procedures/fuzz.ftl".to_owned(),
            Some(ftl.clone()),
        ),
    );
    let letters = ("locales/fr/letters/fuzz.ftl".to_owned(), Some(ftl));
    match parse_procedure("fuzz", "procedure.toml", &toml, &texts, &letters) {
        Ok(p) => {
            // A procedure that loads must also run on no answers.
            let answers = Map::new();
            let _ = interview::progress(&p, &answers);
            let _ = dossier_deadlines(&p, &answers, &Facts::default(), Zone::default());
        }
        Err(problems) => {
            // Every problem names its file.
            assert!(problems.iter().all(|p| !p.path.is_empty()));
        }
    }
}

/// A portable backup file as found on a USB key.
pub fn portable_import(data: &[u8]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = dir.path().join("in.permanence");
    let out = dir.path().join("out.db");
    std::fs::write(&src, data).expect("write");
    match permanence_store::portable::read_portable(&src, &out) {
        Ok(()) => assert!(out.exists()),
        Err(_) => assert!(!out.exists(), "a refused file leaves nothing behind"),
    }
}

fn shipped() -> &'static Vec<Procedure> {
    static SHIPPED: OnceLock<Vec<Procedure>> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        load_embedded(&["fr", "en", "ar"])
            .entries
            .into_iter()
            .filter_map(|e| match e {
                Entry::Available(p) => Some(*p),
                Entry::Unavailable { .. } => None,
            })
            .collect()
    })
}

fn texts() -> &'static permanence_texts::Texts {
    static TEXTS: OnceLock<permanence_texts::Texts> = OnceLock::new();
    TEXTS.get_or_init(|| permanence_texts::Texts::embedded().expect("embedded texts"))
}

/// A dossier's answers as JSON (an import, a restored draft, a hostile
/// UI), through every shipped démarche: checks, interview, deadlines, and
/// each letter composed.
pub fn answers_json(data: &[u8]) {
    let Ok(Value::Object(answers)) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
    for p in shipped() {
        let _ = check_answers(p, &answers);
        let progress = interview::progress(p, &answers);
        let _ = progress.next;
        let _ = dossier_deadlines(p, &answers, &Facts::default(), Zone::default());
        for letter in &p.letters {
            let draft = permanence_letters::Draft {
                procedure: p,
                letter_id: &letter.id,
                answers: &answers,
                today,
                place: "Saint-Denis",
                organisation: "",
                explain_in: Some(Language::Arabic),
                facts: &Facts::default(),
                zone: permanence_domain::Zone::Metropole,
            };
            let _ = permanence_letters::compose(&draft, texts());
        }
    }
}
