//! The person's rights: everything held exported and readable, then erased
//! everywhere, with only a content-free note left in the audit journal.

mod common;

use chrono::NaiveDate;
use common::dossier_from_example;
use permanence_app::{AppError, DocumentForm, PersonForm};
use permanence_testkit::pdf_file_text;
use serde_json::Value;

const NOW: &str = "2026-10-21T18:30:00+02:00";
const PNG: &[u8] = include_bytes!("fixtures/capture-erreur-anef.png");

/// A scanned passport (a small PNG), as the document form sends it.
fn passport(expires_on: &str) -> DocumentForm {
    DocumentForm {
        kind: "passeport".into(),
        title: "Passeport".into(),
        media_type: "image/png".into(),
        bytes: PNG.to_vec(),
        expires_on: expires_on.into(),
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 21).unwrap()
}

#[test]
fn everything_held_is_exported_readable_and_machine_readable() {
    let (dir, app, dossier) =
        dossier_from_example("droit-au-compte", "refus-guichet.json", today(), NOW);
    let person = app.interview(dossier, today()).unwrap().person_id;
    app.add_document(person, &passport("01/01/2030"), today(), NOW)
        .unwrap();
    let letter = app
        .freeze_letter(dossier, "demande-ouverture", Some("fr"), today(), NOW)
        .unwrap();
    let out = dir.path().join("export");
    let folder = app.export_person(person, &out, today(), NOW).unwrap();
    assert_eq!(
        folder.file_name().unwrap().to_string_lossy(),
        "2026-10-21-donnees-popescu-ioana"
    );
    assert!(!folder.with_extension("partial").exists());

    let data: Value =
        serde_json::from_slice(&std::fs::read(folder.join("donnees.json")).unwrap()).unwrap();
    assert_eq!(data["format"], "permanence-export-1");
    assert_eq!(data["person"]["family_name"], "Popescu");
    let d = &data["dossiers"][0];
    assert_eq!(d["procedure_id"], "droit-au-compte");
    assert_eq!(d["answers"]["nom_banque"], "Banque Exemple");
    assert!(d["deadlines"].as_array().is_some_and(|a| !a.is_empty()));
    // Attachments are there byte for byte.
    let letter_file = folder.join(d["letters"][0]["file"].as_str().unwrap());
    assert_eq!(
        std::fs::read(letter_file).unwrap(),
        app.frozen_letter_pdf(letter.id).unwrap()
    );
    let document_file = folder.join(data["documents"][0]["file"].as_str().unwrap());
    assert_eq!(std::fs::read(document_file).unwrap(), PNG);
    assert!(data["audit"].as_array().is_some_and(|a| a.len() >= 3));

    let pdf = folder.join("resume.pdf");
    let text = pdf_file_text(&pdf);
    for must in [
        "Données détenues sur Ioana Popescu",
        "Droit au compte bancaire",
        "Banque Exemple",
        "Nom de la banque",
        "5 octobre 2026",
        "Passeport",
    ] {
        assert!(text.contains(must), "{must} missing in:\n{text}");
    }
    // The export itself is journaled.
    let last = app.person_audit(person).unwrap().pop().unwrap();
    assert_eq!(
        (last.action.as_str(), last.detail.as_str()),
        ("export", "gdpr export")
    );
}

#[test]
fn erasing_a_person_removes_everything_and_keeps_only_a_content_free_note() {
    let (_dir, app, dossier) =
        dossier_from_example("droit-au-compte", "refus-guichet.json", today(), NOW);
    let person = app.interview(dossier, today()).unwrap().person_id;
    app.freeze_letter(dossier, "demande-ouverture", Some("fr"), today(), NOW)
        .unwrap();
    app.add_document(person, &passport(""), today(), NOW)
        .unwrap();
    let other = app
        .save_person(
            None,
            &PersonForm {
                family_name: "Diallo".into(),
                given_names: "Awa".into(),
                ..Default::default()
            },
            today(),
            NOW,
        )
        .unwrap()
        .person
        .id;
    app.save_person_draft(
        Some(person),
        &PersonForm {
            family_name: "Popescu en cours".into(),
            ..Default::default()
        },
        NOW,
    )
    .unwrap();

    let preview = app.erasure_preview(person).unwrap();
    assert_eq!(preview.display_name, "POPESCU Ioana");
    assert_eq!(preview.procedures, ["droit-au-compte"]);
    assert_eq!(
        (
            preview.counts.dossiers,
            preview.counts.documents,
            preview.counts.letters,
            preview.counts.drafts
        ),
        (1, 1, 1, 1)
    );
    assert_eq!(preview.backups_kept, 7);

    let counts = app.erase_person(person, NOW).unwrap();
    assert_eq!(counts, preview.counts);
    assert!(matches!(
        app.person(person, today()),
        Err(AppError::NotFound)
    ));
    assert!(app.search_persons("popescu").unwrap().is_empty());
    assert!(matches!(
        app.interview(dossier, today()),
        Err(AppError::NotFound)
    ));
    assert!(app.person_draft(Some(person)).unwrap().is_none());
    assert!(app.dossiers().unwrap().is_empty());
    assert_eq!(app.search_persons("diallo").unwrap()[0].id, other);
    // What stays: a journal entry with counts, not a name.
    let journal = app.person_audit(person).unwrap();
    let erase = journal.last().unwrap();
    assert_eq!(erase.action, "erase");
    assert_eq!(
        erase.detail,
        format!(
            "dossiers=1 documents=1 letters=1 events=0 deadlines={} drafts=1",
            preview.counts.deadlines
        )
    );
    let everything = serde_json::to_string(&journal).unwrap().to_lowercase();
    assert!(!everything.contains("popescu") && !everything.contains("ioana"));
    assert!(app.verify_audit().unwrap().intact());
    // Erasing again: nothing left to erase.
    assert!(matches!(
        app.erase_person(person, NOW),
        Err(AppError::NotFound)
    ));
}

#[test]
fn dossiers_closed_longer_than_the_retention_are_listed_then_purged_in_one_action() {
    let (_dir, app, old) =
        dossier_from_example("droit-au-compte", "refus-guichet.json", today(), NOW);
    let person = app.interview(old, today()).unwrap().person_id;
    let recent = app
        .start_demarche(person, "recours-rsa", today(), NOW)
        .unwrap()
        .dossier_id;
    let open = app
        .start_demarche(person, "rapo-mdph", today(), NOW)
        .unwrap()
        .dossier_id;
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    app.set_dossier_closed(old, true, day(2024, 10, 20), NOW)
        .unwrap();
    app.set_dossier_closed(recent, true, day(2024, 10, 21), NOW)
        .unwrap();

    // 24 months (the default) before 21/10/2026: closed before 21/10/2024.
    let review = app.retention_review(today()).unwrap();
    assert_eq!(
        (review.months, review.closed_before),
        (24, day(2024, 10, 21))
    );
    let listed: Vec<i64> = review.dossiers.iter().map(|d| d.id).collect();
    assert_eq!(listed, [old]);

    // Only what is due goes, whatever the list sent.
    let purged = app
        .purge_closed_dossiers(&[old, recent, open], today(), NOW)
        .unwrap();
    assert_eq!(purged, 1);
    assert!(matches!(
        app.interview(old, today()),
        Err(AppError::NotFound)
    ));
    assert!(app.interview(recent, today()).is_ok());
    assert!(app.interview(open, today()).is_ok());
    assert_eq!(app.person(person, today()).unwrap().dossiers.len(), 2);
    let last = app.person_audit(person).unwrap().pop().unwrap();
    assert_eq!(
        (last.action.as_str(), last.subject.clone()),
        ("purge", format!("dossier:{old}"))
    );
    assert!(app.verify_audit().unwrap().intact());

    // A shorter retention lists the other one; reopening takes it off.
    app.set_privacy_settings(10, 12).unwrap();
    let review = app.retention_review(today()).unwrap();
    assert_eq!(
        review.dossiers.iter().map(|d| d.id).collect::<Vec<_>>(),
        [recent]
    );
    app.set_dossier_closed(recent, false, today(), NOW).unwrap();
    assert!(app.retention_review(today()).unwrap().dossiers.is_empty());
}
