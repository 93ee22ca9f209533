//! The evidence journal of a blocked préfecture démarche: attempts typed
//! in as a worker would, the « several weeks » warning, the dated annex
//! read back from the PDF.

mod common;

use std::process::Command;

use chrono::NaiveDate;
use common::dossier_from_example;
use permanence_app::{AppError, AttemptForm};
use permanence_testkit::pdf_text_layout;

const NOW: &str = "2026-10-16T18:00:00+02:00";
const PNG: &[u8] = include_bytes!("fixtures/capture-erreur-anef.png");

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn attempt(date: &str, time: &str, channel: &str, outcome: &str) -> AttemptForm {
    AttemptForm {
        date: date.into(),
        time: time.into(),
        channel: channel.into(),
        outcome: outcome.into(),
        ..Default::default()
    }
}

/// The same attempt with a file attached, as the form sends it.
fn with_file(mut form: AttemptForm, name: &str, media_type: &str, bytes: &[u8]) -> AttemptForm {
    form.screenshot_name = name.into();
    form.screenshot_type = media_type.into();
    form.screenshot = bytes.to_vec();
    form
}

fn images_in(pdf: &[u8]) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("annexe.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdfimages")
        .arg("-list")
        .arg(&path)
        .output()
        .expect("poppler-utils");
    // Two heading lines, then one line per image.
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .count()
        .saturating_sub(2)
}

#[test]
fn bad_attempts_are_refused_field_by_field() {
    let today = d(2026, 10, 16);
    let (_dir, app, dossier) =
        dossier_from_example("prefecture-anef", "renouvellement-bloque.json", today, NOW);
    let err = app
        .add_attempt(
            dossier,
            &attempt("31/09/2026", "25h", "fax", "  \u{200B} "),
            today,
            NOW,
        )
        .unwrap_err();
    let AppError::Invalid(problems) = err else {
        panic!("{err:?}")
    };
    let fields: Vec<_> = problems.iter().map(|p| (p.field, p.code)).collect();
    assert_eq!(
        fields,
        [
            ("date", "date-invalid"),
            ("time", "time-invalid"),
            ("channel", "channel-unknown"),
            ("outcome", "required")
        ]
    );
    // Tomorrow has not happened yet.
    let err = app
        .add_attempt(
            dossier,
            &attempt("17/10/2026", "10:00", "anef", "erreur"),
            today,
            NOW,
        )
        .unwrap_err();
    assert!(
        matches!(&err, AppError::Invalid(p) if p[0].code == "date-future"),
        "{err:?}"
    );
    assert!(app.journal(dossier).unwrap().attempts.is_empty());
}

#[test]
fn a_demarche_without_a_journal_has_none() {
    let today = d(2026, 10, 16);
    let (_dir, app, dossier) = dossier_from_example("recours-rsa", "suspension.json", today, NOW);
    assert!(matches!(app.journal(dossier), Err(AppError::NotFound)));
}

#[test]
fn attempts_over_weeks_make_a_dated_chronological_annex() {
    let today = d(2026, 10, 16);
    let (_dir, app, dossier) =
        dossier_from_example("prefecture-anef", "renouvellement-bloque.json", today, NOW);
    app.set_letterhead("Permanence Exemple", "Créteil").unwrap();
    // Typed in any order, as the person remembers them.
    let with_shot = with_file(
        attempt(
            "14/09/2026",
            "8h05",
            "anef",
            "Message « Une erreur technique est survenue » à la validation",
        ),
        "capture-anef.png",
        "image/png",
        PNG,
    );
    app.add_attempt(dossier, &with_shot, today, NOW).unwrap();
    let view = app
        .add_attempt(
            dossier,
            &attempt(
                "2026-09-16",
                "22:40",
                "ccc",
                "Formulaire du CCC envoyé, réponse automatique [ANEF-2026-0915-4821]",
            ),
            today,
            NOW,
        )
        .unwrap();
    // Two attempts in one week: not yet what a judge asks for.
    assert_eq!(
        (view.span.attempts, view.span.weeks, view.span.enough),
        (2, 1, false)
    );
    app.add_attempt(
        dossier,
        &attempt(
            "05/10/2026",
            "09:00",
            "telephone",
            "Aucune réponse au standard après 40 minutes",
        ),
        today,
        NOW,
    )
    .unwrap();
    let view = app
        .add_attempt(
            dossier,
            &attempt("22/09/2026", "14:10", "anef", "Même erreur à la validation"),
            today,
            NOW,
        )
        .unwrap();
    assert_eq!(
        (view.span.attempts, view.span.weeks, view.span.enough),
        (4, 3, true)
    );
    assert_eq!(view.min_weeks, 3);

    let pdf = app.journal_annex(dossier, today).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdf_text_layout(&pdf);
    assert!(
        text.contains("Relevé chronologique des tentatives"),
        "{text}"
    );
    assert!(text.contains("Ioana Popescu"), "{text}");
    assert!(
        text.contains(
            "4 tentatives du 14 septembre 2026 au 5 octobre 2026, sur 3 semaines différentes."
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Relevé établi à Créteil, le 16 octobre 2026, avec l'aide de la permanence Exemple."
        ),
        "{text}"
    );
    assert!(
        text.contains("Demande de renouvellement de titre de séjour"),
        "{text}"
    );
    // Chronological, whatever the order they were typed in.
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("{s} missing: {text}"))
    };
    assert!(at("lundi 14/09/2026") < at("mercredi 16/09/2026"));
    assert!(at("mercredi 16/09/2026") < at("mardi 22/09/2026"));
    assert!(at("mardi 22/09/2026") < at("lundi 05/10/2026"));
    assert!(text.contains("08:05") && text.contains("22:40"), "{text}");
    assert!(text.contains("Centre de contact"), "{text}");
    assert!(text.contains("capture d'écran n° 1 ci-après"), "{text}");
    assert!(text.contains("N° 1 – lundi 14/09/2026, 08:05"), "{text}");
    assert_eq!(images_in(&pdf), 1, "the screenshot is in the annex");
    // Same journal, same day: same bytes (an annex can be reproduced).
    assert_eq!(app.journal_annex(dossier, today).unwrap(), pdf);

    // Deleting an attempt recorded by mistake.
    let wrong = app.journal(dossier).unwrap().attempts[3].id;
    let view = app.delete_attempt(dossier, wrong, NOW).unwrap();
    assert_eq!(view.attempts.len(), 3);
    assert!(
        !pdf_text_layout(&app.journal_annex(dossier, today).unwrap())
            .contains("Aucune réponse au standard")
    );
}

#[test]
fn a_broken_screenshot_does_not_sink_the_annex() {
    let today = d(2026, 10, 16);
    let (_dir, app, dossier) =
        dossier_from_example("prefecture-anef", "renouvellement-bloque.json", today, NOW);
    let broken = with_file(
        attempt("14/09/2026", "08:05", "anef", "Erreur technique"),
        "photo.png",
        "image/png",
        b"\x89PNG\r\n\x1a\nnot really",
    );
    app.add_attempt(dossier, &broken, today, NOW).unwrap();
    let pdf_file = with_file(
        attempt("21/09/2026", "08:05", "email", "Courriel sans réponse"),
        "courriel.pdf",
        "application/pdf",
        b"%PDF-1.4 ...",
    );
    app.add_attempt(dossier, &pdf_file, today, NOW).unwrap();
    let tall = with_file(
        attempt(
            "28/09/2026",
            "19:30",
            "rendez-vous",
            "Aucune plage horaire libre",
        ),
        "telephone.png",
        "image/png",
        include_bytes!("fixtures/capture-telephone.png"),
    );
    app.add_attempt(dossier, &tall, today, NOW).unwrap();
    let pdf = app.journal_annex(dossier, today).unwrap();
    assert_eq!(images_in(&pdf), 1, "the readable screenshot is kept");
    let text = pdf_text_layout(&pdf);
    assert!(text.contains("Image illisible"), "{text}");
    assert!(
        text.contains("Pièce « courriel.pdf » jointe au dossier"),
        "{text}"
    );
    let (kind, bytes) = app
        .attempt_screenshot(dossier, app.journal(dossier).unwrap().attempts[1].id)
        .unwrap();
    assert_eq!(
        (kind.as_str(), bytes.as_slice()),
        ("application/pdf", &b"%PDF-1.4 ..."[..])
    );
}
