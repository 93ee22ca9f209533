//! Hostile strings (bidi overrides, zero-width and control characters,
//! markup, very long names: `permanence_testkit::hostile_strings`, the list
//! the fuzz replay uses too) pushed through the person form, the search, a
//! letter, the evidence journal's annex and the GDPR export: no crash, and
//! nothing printed can be disguised.

mod common;

use chrono::NaiveDate;
use common::dossier_from_example;
use permanence_app::{AppError, AttemptForm, PersonForm};
use permanence_testkit::{hostile_strings, pdf_text};
use serde_json::Value;

const NOW: &str = "2026-10-16T18:00:00+02:00";

/// Characters that could reorder or hide printed text (in French text,
/// where pdftotext adds no direction marks of its own).
fn disguising(c: char) -> bool {
    matches!(c as u32, 0x202A..=0x202E | 0x2066..=0x2069 | 0x200B..=0x200F | 0xFEFF)
        || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
}

/// In right-to-left text pdftotext marks directions itself (U+202A–202C)
/// and the sheet isolates names (U+2066–2069): only overrides, zero-width
/// and control characters would be the person's typing.
fn disguising_rtl(c: char) -> bool {
    matches!(c as u32, 0x202D | 0x202E | 0x200B..=0x200F | 0xFEFF)
        || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
}

#[test]
fn hostile_strings_crash_nothing_and_disguise_nothing_printed() {
    let today = NaiveDate::from_ymd_opt(2026, 10, 16).unwrap();
    let (dir, app, _) =
        dossier_from_example("prefecture-anef", "renouvellement-bloque.json", today, NOW);
    for s in hostile_strings() {
        // The person form: saved, or refused field by field.
        let form = PersonForm {
            family_name: s.clone(),
            given_names: s.clone(),
            notes: s.clone(),
            ..Default::default()
        };
        let saved = match app.save_person(None, &form, today, NOW) {
            Ok(view) => Some(view.person.id),
            Err(AppError::Invalid(problems)) => {
                assert!(!problems.is_empty());
                None
            }
            Err(e) => panic!("{e:?}"),
        };
        // The search never fails.
        app.search_persons(&s).unwrap();
        let Some(person) = saved else {
            continue;
        };
        // A démarche answered with the string, its letter printed.
        let dossier = app
            .start_demarche(person, "prefecture-anef", today, NOW)
            .unwrap()
            .dossier_id;
        let path = format!(
            "{}/../../assets/procedures/prefecture-anef/examples/renouvellement-bloque.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let example: serde_json::Map<String, Value> =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for (q, a) in &example {
            let a = match q.as_str() {
                "nom" | "prenoms" | "description_blocage" | "titre" => Value::String(s.clone()),
                _ => a.clone(),
            };
            let _ = app.answer(dossier, q, &a, NOW);
        }
        // A right-to-left run inside French text gets pdftotext's own
        // direction marks (U+202A–202C), as the Arabic sheet does.
        let rtl = s
            .chars()
            .any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFEFC));
        let disguising = if rtl { disguising_rtl } else { disguising };
        let letter = app
            .freeze_letter(dossier, "demande-substitution", Some("fr"), today, NOW)
            .unwrap();
        let text = pdf_text(&app.frozen_letter_pdf(letter.id).unwrap());
        assert!(
            !text.chars().any(disguising),
            "letter: {:?}",
            text.chars().filter(|c| disguising(*c)).collect::<String>()
        );
        assert!(text.contains("R431-2"), "the letter was printed: {text}");
        let letter = app
            .freeze_letter(dossier, "demande-substitution", Some("ar"), today, NOW)
            .unwrap();
        let text = pdf_text(&app.frozen_letter_pdf(letter.id).unwrap());
        assert!(!text.chars().any(disguising_rtl), "Arabic sheet: {text:?}");
        // The journal's annex, with the string as the account.
        app.add_attempt(
            dossier,
            &AttemptForm {
                date: "14/09/2026".into(),
                time: "08:05".into(),
                channel: "anef".into(),
                outcome: s.chars().take(2_000).collect(),
                ..Default::default()
            },
            today,
            NOW,
        )
        .unwrap();
        let annex = pdf_text(&app.journal_annex(dossier, today).unwrap());
        assert!(!annex.chars().any(disguising), "annex: {annex:?}");
        // The export, readable and machine-readable.
        let folder = app
            .export_person(person, &dir.path().join("exports"), today, NOW)
            .unwrap();
        let summary = pdf_text(&std::fs::read(folder.join("resume.pdf")).unwrap());
        assert!(!summary.chars().any(disguising), "summary: {summary:?}");
        let data: Value =
            serde_json::from_slice(&std::fs::read(folder.join("donnees.json")).unwrap()).unwrap();
        assert_eq!(data["person"]["notes"], Value::String(s.trim().to_owned()));
    }
}
