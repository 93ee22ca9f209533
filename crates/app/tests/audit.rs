//! The audit journal as the use cases fill it: who did what to which
//! record, in order, without the record's content.

mod common;

use chrono::NaiveDate;
use common::dossier_from_example;

const NOW: &str = "2026-10-21T18:30:00+02:00";

#[test]
fn a_persons_journal_lists_opening_changes_print_and_export_without_content() {
    let today = NaiveDate::from_ymd_opt(2026, 10, 21).unwrap();
    let (dir, app, dossier) =
        dossier_from_example("droit-au-compte", "refus-guichet.json", today, NOW);
    let person = app.interview(dossier, today).unwrap().person_id;
    app.open_person(person, today, NOW).unwrap();
    let letter = app
        .freeze_letter(dossier, "demande-ouverture", Some("fr"), today, NOW)
        .unwrap();
    app.save_letter_pdf(letter.id, &dir.path().join("out"), NOW)
        .unwrap();
    let journal = app.person_audit(person).unwrap();
    let actions: Vec<(&str, &str)> = journal
        .iter()
        .map(|e| (e.action.as_str(), e.subject.as_str()))
        .collect();
    let person_subject = format!("person:{person}");
    let dossier_subject = format!("dossier:{dossier}");
    assert_eq!(actions[0], ("create", person_subject.as_str()));
    assert_eq!(actions[1], ("create", dossier_subject.as_str()));
    assert!(
        actions.iter().filter(|a| a.0 == "change").count() >= 5,
        "{actions:?}"
    );
    let tail: Vec<_> = actions.iter().rev().take(3).rev().cloned().collect();
    assert_eq!(
        tail,
        [
            ("open", person_subject.as_str()),
            ("print", dossier_subject.as_str()),
            ("export", dossier_subject.as_str())
        ]
    );
    // Ids, question ids, the letter's id: never an answer or a name (not
    // even the exported file's, which carries the family name).
    let everything = serde_json::to_string(&journal).unwrap().to_lowercase();
    for personal in ["popescu", "ioana", "banque exemple", "rue"] {
        assert!(!everything.contains(personal), "{personal} in {everything}");
    }
    assert!(journal.windows(2).all(|w| w[0].seq < w[1].seq));
    assert!(app.verify_audit().unwrap().intact());
}
