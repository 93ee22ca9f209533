//! Letters of a dossier through the use cases: preview, missing answers,
//! freezing at printing, reprinting the same bytes, saving, sending and the
//! AR coming back.

mod common;

use chrono::NaiveDate;
use permanence_app::{App, AppError};
use serde_json::{Value, json};

const NOW: &str = "2026-10-21T18:30:00+02:00";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 21).unwrap()
}

/// An unlocked installation with the school example answered for a person.
fn setup() -> (tempfile::TempDir, App, i64) {
    common::dossier_from_example(
        "refus-inscription-scolaire",
        "refus-oral-maternelle.json",
        today(),
        NOW,
    )
}

#[test]
fn the_letters_that_fit_the_answers_are_offered() {
    let (_dir, app, dossier) = setup();
    let letters = app.letters_of(dossier, today()).unwrap();
    let offered: Vec<(&str, bool)> = letters
        .iter()
        .map(|l| (l.letter_id.as_str(), l.offered))
        .collect();
    assert_eq!(
        offered,
        [
            ("recours-maire", true),
            ("demande-dasen", true),
            ("recours-dasen-second-degre", false),
            // The court step: not before the recourse was answered or its
            // silence has run.
            ("requete-tribunal", false)
        ]
    );
    assert!(letters.iter().all(|l| l.frozen.is_empty()));
}

#[test]
fn a_missing_answer_is_named_with_its_step_and_printing_is_refused() {
    let (_dir, app, dossier) = setup();
    app.answer(dossier, "adresse_mairie", &Value::Null, NOW)
        .unwrap();
    let preview = app
        .preview_letter(dossier, "recours-maire", Some("ar"), today())
        .unwrap();
    assert!(preview.pages.is_empty());
    assert_eq!(preview.missing.len(), 1);
    assert_eq!(preview.missing[0].question, "adresse_mairie");
    assert_eq!(preview.missing[0].step, "famille");
    let refused = app.freeze_letter(dossier, "recours-maire", None, today(), NOW);
    assert!(
        matches!(&refused, Err(AppError::LetterIncomplete(q)) if q == &["adresse_mairie"]),
        "{refused:?}"
    );
    assert_eq!(refused.unwrap_err().code(), "letter-incomplete");
    assert!(
        app.letters_of(dossier, today()).unwrap()[0]
            .frozen
            .is_empty()
    );
}

#[test]
fn the_preview_shows_the_letter_then_the_sheet() {
    let (_dir, app, dossier) = setup();
    let preview = app
        .preview_letter(dossier, "recours-maire", Some("ar"), today())
        .unwrap();
    assert!(preview.missing.is_empty());
    assert_eq!(preview.pages.len(), 3, "two pages of letter, one sheet");
    assert!(preview.pages.iter().all(|p| p.starts_with("<svg")));
    let without = app
        .preview_letter(dossier, "recours-maire", None, today())
        .unwrap();
    assert_eq!(without.pages.len(), 2);
    assert!(matches!(
        app.preview_letter(dossier, "recours-maire", Some("xx"), today()),
        Err(AppError::UnknownLanguage(_))
    ));
    assert!(matches!(
        app.preview_letter(dossier, "inconnue", None, today()),
        Err(AppError::NotFound)
    ));
}

#[test]
fn a_printed_letter_is_frozen_and_never_silently_regenerated() {
    let (dir, app, dossier) = setup();
    app.set_letterhead("l'association Exemple", "Montreuil")
        .unwrap();
    let first = app
        .freeze_letter(dossier, "recours-maire", Some("ar"), today(), NOW)
        .unwrap();
    assert_eq!(first.status, "printed");
    assert_eq!(first.procedure_version, "6");
    assert_eq!(first.law_as_of, "2026-12-05");
    assert_eq!(first.explain_language.as_deref(), Some("ar"));
    assert_eq!(first.frozen_at, NOW);
    let bytes = app.frozen_letter_pdf(first.id).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(first.size, bytes.len() as i64);

    // The answers change afterwards: the frozen letter does not.
    app.answer(dossier, "ecole_demandee", &json!("École Jules Ferry"), NOW)
        .unwrap();
    assert_eq!(app.frozen_letter_pdf(first.id).unwrap(), bytes);
    let pages = app.frozen_letter_pages(first.id).unwrap();
    assert_eq!(pages.len(), 3);
    let later = app
        .preview_letter(dossier, "recours-maire", Some("ar"), today())
        .unwrap();
    assert_ne!(later.pages[0], pages[0], "the draft follows the new answer");
    // Printing the new version is an explicit second freeze.
    let second = app
        .freeze_letter(dossier, "recours-maire", Some("ar"), today(), NOW)
        .unwrap();
    assert_ne!(second.sha256, first.sha256);
    let listed = &app.letters_of(dossier, today()).unwrap()[0].frozen;
    assert_eq!(
        listed.iter().map(|l| l.id).collect::<Vec<_>>(),
        [first.id, second.id]
    );

    // Saving as PDF writes the frozen bytes, never over another file.
    let out = dir.path().join("Documents");
    let saved = app.save_letter_pdf(first.id, &out, NOW).unwrap();
    assert_eq!(std::fs::read(&saved).unwrap(), bytes);
    assert_eq!(
        saved.file_name().unwrap().to_str().unwrap(),
        "2026-10-21-recours-maire-popescu.pdf"
    );
    let again = app.save_letter_pdf(first.id, &out, NOW).unwrap();
    assert_ne!(again, saved);
    assert_eq!(std::fs::read(&saved).unwrap(), bytes);
}

#[test]
fn sending_and_the_ar_are_recorded_on_the_letter_and_the_dossier() {
    let (_dir, app, dossier) = setup();
    let letter = app
        .freeze_letter(dossier, "demande-dasen", None, today(), NOW)
        .unwrap();
    assert!(matches!(
        app.mark_letter_sent(letter.id, "31/02/2026", "", NOW),
        Err(AppError::Invalid(_))
    ));
    let sent = app
        .mark_letter_sent(letter.id, "22/10/2026", " 1A 123 456 7890 1 ", NOW)
        .unwrap();
    assert_eq!(sent.status, "sent");
    assert_eq!(sent.tracking_number.as_deref(), Some("1A 123 456 7890 1"));
    let received = app
        .mark_letter_received(letter.id, "2026-10-24", NOW)
        .unwrap();
    assert_eq!(received.status, "received");
    assert_eq!(received.received_on, NaiveDate::from_ymd_opt(2026, 10, 24));
    let person = app.letters_of(dossier, today()).unwrap();
    assert_eq!(person[1].frozen[0].status, "received");
    let view = app
        .person(app.interview(dossier, today()).unwrap().person_id, today())
        .unwrap();
    let kinds: Vec<(&str, Option<&str>)> = view
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.tracking_number.as_deref()))
        .collect();
    assert!(
        kinds.contains(&("letter-posted", Some("1A 123 456 7890 1"))),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("ar-signed", Some("1A 123 456 7890 1"))),
        "{kinds:?}"
    );
}

#[test]
fn a_referral_that_relies_on_a_silence_waits_for_it_in_the_review_and_at_printing() {
    let (_dir, app, dossier) =
        common::dossier_from_example("droit-au-compte", "refus-guichet.json", today(), NOW);
    // Deposit on Monday 12 October: the bank's fifteen days run to the
    // 27th, so the Banque de France can be asked from the 28th.
    app.answer(dossier, "date_depot", &json!("2026-10-12"), NOW)
        .unwrap();
    let letters = app.letters_of(dossier, today()).unwrap();
    let referral = letters
        .iter()
        .find(|l| l.letter_id == "saisine-bdf")
        .unwrap();
    assert!(referral.offered);
    let waiting = referral.waiting.as_ref().expect("waits for the silence");
    assert_eq!(waiting.rule, "silence-banque-guichet");
    assert_eq!(waiting.from, NaiveDate::from_ymd_opt(2026, 10, 28));
    let preview = app
        .preview_letter(dossier, "saisine-bdf", Some("fr"), today())
        .unwrap();
    assert!(preview.pages.is_empty());
    assert_eq!(preview.waiting.as_ref().and_then(|w| w.from), waiting.from);
    let refused = app.freeze_letter(dossier, "saisine-bdf", None, today(), NOW);
    let Err(e) = refused else {
        panic!("printed too early")
    };
    assert_eq!(e.code(), "letter-too-early");
    let texts = permanence_texts::Texts::embedded().unwrap();
    let message = e
        .report(&texts, permanence_domain::Language::French)
        .message;
    let message = message.replace(['\u{2068}', '\u{2069}'], "");
    assert!(message.contains("à partir du 28 octobre 2026"), "{message}");
    // On the day it becomes possible, it prints.
    let day = NaiveDate::from_ymd_opt(2026, 10, 28).unwrap();
    assert!(app.letters_of(dossier, day).unwrap()[1].waiting.is_none());
    app.freeze_letter(dossier, "saisine-bdf", None, day, NOW)
        .unwrap();
}

#[test]
fn the_worker_ticks_and_adds_enclosures_kept_with_the_answers() {
    let (_dir, app, dossier) =
        common::dossier_from_example("droit-au-compte", "refus-guichet.json", today(), NOW);
    let view = app
        .set_enclosures(
            dossier,
            &["preuve_demande".into()],
            &["  Dernier avis d'imposition ".into(), "\u{202e}  ".into()],
            NOW,
        )
        .unwrap();
    assert_eq!(
        view.answers["_enclosures"],
        json!({"ticked": ["preuve_demande"], "added": ["Dernier avis d'imposition"]})
    );
    let unknown = app.set_enclosures(dossier, &["passeport_du_voisin".into()], &[], NOW);
    assert!(matches!(unknown, Err(AppError::Invalid(_))), "{unknown:?}");
    let too_long = app.set_enclosures(dossier, &[], &["x".repeat(201)], NOW);
    assert!(
        matches!(too_long, Err(AppError::Invalid(_))),
        "{too_long:?}"
    );
    // Kept: a later answer leaves the choice alone.
    let view = app
        .answer(dossier, "nom_banque", &json!("Banque Autre"), NOW)
        .unwrap();
    assert_eq!(
        view.answers["_enclosures"]["added"],
        json!(["Dernier avis d'imposition"])
    );
}
