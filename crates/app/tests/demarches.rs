//! A démarche for a person: started, answered one question at a time,
//! interrupted, resumed, reviewed and edited.

use chrono::NaiveDate;
use permanence_app::{App, AppError, Move, Paths, PersonForm};
use permanence_store::KdfParams;
use serde_json::{Value, json};

const NOW: &str = "2026-11-25T18:30:00+01:00";
const GOOD: &str = "mardi soir permanence";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn open(dir: &tempfile::TempDir) -> App {
    App::open_with_kdf(
        Paths::new(dir.path().join("data")),
        KdfParams::FAST_INSECURE_FOR_TESTS,
    )
    .unwrap()
}

fn setup() -> (tempfile::TempDir, App, i64) {
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir);
    app.create_vault(GOOD, GOOD).unwrap();
    let form = PersonForm {
        family_name: "Diallo".into(),
        given_names: "Mamadou".into(),
        domiciliation_organisation: "CCAS de Saint-Denis".into(),
        domiciliation_address: "1 place Victor Hugo, 93200 Saint-Denis".into(),
        ..Default::default()
    };
    let id = app
        .save_person(None, &form, today(), NOW)
        .unwrap()
        .person
        .id;
    (dir, app, id)
}

#[test]
fn a_demarche_starts_prefilled_from_the_person_at_the_first_open_question() {
    let (_dir, app, person) = setup();
    let v = app
        .start_demarche(person, "droit-au-compte", today(), NOW)
        .unwrap();
    assert_eq!(v.answers.get("nom"), Some(&json!("Diallo")));
    assert_eq!(v.answers.get("prenoms"), Some(&json!("Mamadou")));
    assert_eq!(
        v.answers.get("adresse"),
        Some(&json!(
            "CCAS de Saint-Denis, 1 place Victor Hugo, 93200 Saint-Denis"
        )),
        "no personal address: the domiciliation is used"
    );
    let q = v.question.unwrap();
    assert_eq!(
        q.id, "civilite",
        "the first question the record cannot answer"
    );
    assert_eq!(
        (q.position, q.total),
        (3, 20 - 9),
        "20 questions, 9 hidden until answered"
    );
    assert!(!v.legal_basis.is_empty());
    assert!(matches!(
        app.start_demarche(person, "inconnue", today(), NOW),
        Err(AppError::NotFound)
    ));
}

#[test]
fn answering_moves_on_and_closing_mid_interview_resumes_at_the_same_question() {
    let (dir, app, person) = setup();
    let id = app
        .start_demarche(person, "droit-au-compte", today(), NOW)
        .unwrap()
        .dossier_id;
    let v = app
        .answer(id, "compte_existant", &json!(true), NOW)
        .unwrap();
    assert_eq!(
        v.question.unwrap().id,
        "compte_cloture",
        "revealed by the answer"
    );
    let v = app.answer(id, "compte_cloture", &json!(true), NOW).unwrap();
    assert_eq!(v.question.unwrap().id, "heberge");
    drop(app);

    let app = open(&dir);
    app.unlock(GOOD, NOW).unwrap();
    let v = app.interview(id, today()).unwrap();
    assert_eq!(v.question.as_ref().unwrap().id, "heberge");
    assert_eq!(v.answers.get("compte_cloture"), Some(&json!(true)));
}

#[test]
fn back_forward_review_and_edit() {
    let (_dir, app, person) = setup();
    let id = app
        .start_demarche(person, "droit-au-compte", today(), NOW)
        .unwrap()
        .dossier_id;
    let back = app
        .move_in_interview(id, Some("compte_existant"), Move::Back, NOW)
        .unwrap();
    assert_eq!(back.question.unwrap().id, "fin_domiciliation");
    let fwd = app
        .move_in_interview(id, Some("fin_domiciliation"), Move::Forward, NOW)
        .unwrap();
    assert_eq!(fwd.question.unwrap().id, "compte_existant");

    for (q, v) in [
        ("civilite", json!("monsieur")),
        ("compte_existant", json!(false)),
        ("heberge", json!(false)),
        ("nom_banque", json!("Banque Exemple")),
        ("adresse_agence", json!("12 rue de la République")),
        ("mode_demande", json!("guichet")),
        ("date_depot", json!("2026-10-05")),
        ("reponse_banque", json!("aucune")),
    ] {
        let view = app.answer(id, q, &v, NOW).unwrap();
        if q == "reponse_banque" {
            assert_eq!(view.question.unwrap().id, "attestation_refus");
        }
    }
    let saisine = app
        .answer(id, "attestation_refus", &json!(false), NOW)
        .unwrap();
    assert_eq!(
        saisine.question.unwrap().id,
        "adresse_bdf",
        "silence of the bank: the Banque de France step opens"
    );
    app.answer(
        id,
        "adresse_bdf",
        &json!("1 rue Exemple, 93000 Bobigny"),
        NOW,
    )
    .unwrap();
    let review = app
        .answer(id, "mode_saisine", &json!("guichet"), NOW)
        .unwrap();
    assert!(
        review.question.is_none(),
        "after the last question: the review"
    );
    assert!(review.progress.missing.is_empty());
    assert_eq!(review.progress.outcomes, ["saisir-bdf"]);

    let edit = app.edit_answer(id, "mode_demande", NOW).unwrap();
    assert_eq!(edit.question.as_ref().unwrap().answer, json!("guichet"));
    let after = app.answer(id, "mode_demande", &json!("lrar"), NOW).unwrap();
    assert_eq!(after.question.unwrap().id, "numero_lrar");
    let review = app
        .move_in_interview(id, Some("numero_lrar"), Move::Review, NOW)
        .unwrap();
    assert!(review.question.is_none());
    assert_eq!(
        review.progress.missing,
        Vec::<String>::new(),
        "date_ar is optional"
    );
    assert_eq!(
        app.move_in_interview(id, None, Move::Back, NOW)
            .unwrap()
            .question
            .unwrap()
            .id,
        "mode_saisine",
        "back from the review: the last visible question"
    );
}

#[test]
fn an_answer_of_the_wrong_kind_is_refused_and_not_saved() {
    let (_dir, app, person) = setup();
    let id = app
        .start_demarche(person, "droit-au-compte", today(), NOW)
        .unwrap()
        .dossier_id;
    for (q, bad) in [
        ("mode_demande", json!("pigeon")),
        ("date_depot", json!("31/02/2026")),
        ("compte_existant", json!("peut-être")),
        ("inventee", Value::Bool(true)),
    ] {
        let err = app.answer(id, q, &bad, NOW).unwrap_err();
        assert_eq!(app.report(&err).code, "invalid", "{q}");
    }
    assert!(
        app.interview(id, today())
            .unwrap()
            .answers
            .get("mode_demande")
            .is_none()
    );
}

#[test]
fn an_answer_breaking_a_rule_of_the_demarche_is_refused() {
    let (_dir, app, person) = setup();
    let id = app
        .start_demarche(person, "droit-au-compte", today(), NOW)
        .unwrap()
        .dossier_id;
    app.answer(id, "mode_demande", &json!("guichet"), NOW)
        .unwrap();
    app.answer(id, "date_depot", &json!("2026-10-05"), NOW)
        .unwrap();
    app.answer(id, "reponse_banque", &json!("refus"), NOW)
        .unwrap();
    let err = app
        .answer(id, "date_refus", &json!("2026-10-01"), NOW)
        .unwrap_err();
    let report = app.report(&err);
    assert_eq!(
        (report.code, report.problems[0].code),
        ("invalid", "answer-rule")
    );
    assert!(
        app.interview(id, today())
            .unwrap()
            .answers
            .get("date_refus")
            .is_none()
    );
    app.answer(id, "date_refus", &json!("2026-10-20"), NOW)
        .unwrap();
}

#[test]
fn the_checklist_ticks_documents_already_in_the_persons_record() {
    use permanence_app::DocumentForm;
    let (_dir, app, person) = setup();
    let doc = |kind: &str, expires: &str| DocumentForm {
        kind: kind.into(),
        title: String::new(),
        media_type: "image/png".into(),
        bytes: vec![1],
        expires_on: expires.into(),
    };
    let passport = app
        .add_document(person, &doc("passeport", "01/01/2030"), today(), NOW)
        .unwrap();
    let passport_id = passport.documents[0].document.id;
    // An expired domiciliation certificate does not count.
    app.add_document(
        person,
        &doc("attestation-domiciliation", "01/11/2026"),
        today(),
        NOW,
    )
    .unwrap();
    let v = app
        .start_demarche(person, "droit-au-compte", today(), NOW)
        .unwrap();
    let held: Vec<(&str, Vec<i64>)> = v
        .checklist
        .iter()
        .map(|c| (c.id.as_str(), c.held.clone()))
        .collect();
    assert_eq!(
        held,
        [
            ("piece_identite", vec![passport_id]),
            ("justificatif_domicile", vec![])
        ]
    );
}

#[test]
fn a_date_question_is_prefilled_from_a_stored_document() {
    use permanence_app::DocumentForm;
    let (_dir, app, person) = setup();
    for expires in ["01/03/2027", "15/06/2027"] {
        let doc = DocumentForm {
            kind: "attestation-domiciliation".into(),
            title: String::new(),
            media_type: "application/pdf".into(),
            bytes: vec![1],
            expires_on: expires.into(),
        };
        app.add_document(person, &doc, today(), NOW).unwrap();
    }
    let v = app
        .start_demarche(person, "droit-au-compte", today(), NOW)
        .unwrap();
    assert_eq!(
        v.answers.get("fin_domiciliation"),
        Some(&json!("2027-06-15")),
        "the latest one"
    );
}

/// Answers every question in order from an example file, skipping those it
/// does not answer, until the review.
fn walk(app: &App, person: i64, procedure: &str, example: &str) -> permanence_app::InterviewView {
    let path = format!(
        "{}/../../assets/procedures/{procedure}/examples/{example}",
        env!("CARGO_MANIFEST_DIR")
    );
    let answers: serde_json::Map<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut v = app.start_demarche(person, procedure, today(), NOW).unwrap();
    for _ in 0..50 {
        let Some(q) = v.question.clone() else {
            return v;
        };
        v = match answers.get(&q.id) {
            Some(a) if !a.is_null() => app.answer(v.dossier_id, &q.id, a, NOW).unwrap(),
            _ => app
                .move_in_interview(v.dossier_id, Some(&q.id), Move::Forward, NOW)
                .unwrap(),
        };
    }
    panic!("{procedure}: never reached the review");
}

#[test]
fn both_shipped_demarches_can_be_completed_from_their_examples() {
    let (_dir, app, person) = setup();
    let school = walk(
        &app,
        person,
        "refus-inscription-scolaire",
        "refus-oral-maternelle.json",
    );
    assert!(
        school.progress.missing.is_empty(),
        "{:?}",
        school.progress.missing
    );
    assert_eq!(school.progress.outcomes, ["premier-degre", "pieces"]);
    let college = walk(
        &app,
        person,
        "refus-inscription-scolaire",
        "refus-ecrit-college.json",
    );
    assert_eq!(college.progress.outcomes, ["second-degre"]);
    let bank = walk(&app, person, "droit-au-compte", "refus-lrar-heberge.json");
    assert!(
        bank.progress.missing.is_empty(),
        "{:?}",
        bank.progress.missing
    );
    assert_eq!(bank.progress.outcomes, ["saisir-bdf"]);
    assert_eq!(bank.checklist.len(), 7);
}

#[test]
fn a_departement_the_courts_data_cannot_place_is_refused_with_its_own_message() {
    let (_dir, app, person) = setup();
    let v = app
        .start_demarche(person, "prefecture-anef", today(), NOW)
        .unwrap();
    let id = v.dossier_id;
    for wrong in ["Seine", "Bobigny", "93 Paris"] {
        let err = app
            .answer(id, "departement", &json!(wrong), NOW)
            .unwrap_err();
        let report = app.report(&err);
        assert_eq!(report.problems[0].code, "answer-departement", "{wrong}");
    }
    // Typed the way workers type it: kept as typed, the letter prints it.
    for right in ["seine st denis", "93", "Val-de-Marne (94)"] {
        app.answer(id, "departement", &json!(right), NOW).unwrap();
    }
}

#[test]
fn a_document_question_is_answered_with_one_of_the_persons_documents() {
    use permanence_app::DocumentForm;
    let (_dir, app, person) = setup();
    let doc = DocumentForm {
        kind: "decision".into(),
        title: "Refus de la mairie".into(),
        media_type: "application/pdf".into(),
        bytes: vec![1],
        expires_on: String::new(),
    };
    let stored = app.add_document(person, &doc, today(), NOW).unwrap();
    let doc_id = stored.documents[0].document.id;
    let v = app
        .start_demarche(person, "refus-inscription-scolaire", today(), NOW)
        .unwrap();
    assert_eq!(v.person_documents.len(), 1);
    let id = v.dossier_id;
    app.answer(id, "forme_refus", &json!("ecrit"), NOW).unwrap();
    let err = app
        .answer(id, "document_refus", &json!("999"), NOW)
        .unwrap_err();
    assert_eq!(app.report(&err).problems[0].code, "answer-invalid");
    app.answer(id, "document_refus", &json!(doc_id.to_string()), NOW)
        .unwrap();
    assert_eq!(
        app.interview(id, today())
            .unwrap()
            .answers
            .get("document_refus"),
        Some(&json!(doc_id.to_string()))
    );
}

#[test]
fn the_dossiers_list_names_the_person_and_the_demarche() {
    let (_dir, app, person) = setup();
    assert!(app.dossiers().unwrap().is_empty());
    app.start_demarche(person, "droit-au-compte", today(), NOW)
        .unwrap();
    app.start_demarche(person, "refus-inscription-scolaire", today(), NOW)
        .unwrap();
    let list = app.dossiers().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0].procedure_id, "refus-inscription-scolaire",
        "most recent first"
    );
    assert_eq!(
        (list[1].family_name.as_str(), list[1].status.as_str()),
        ("Diallo", "open")
    );
}
