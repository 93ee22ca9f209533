//! A dossier's chain of deadlines through the use cases: recomputed when an
//! answer or a letter's AR is recorded, and listed on the dashboard.

mod common;

use chrono::NaiveDate;
use permanence_app::App;
use permanence_testkit::{pdf_file_text, pdf_file_text_layout, pdf_text};
use serde_json::json;

const NOW: &str = "2026-09-09T18:30:00+02:00";

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn setup(procedure: &str, example: &str) -> (tempfile::TempDir, App, i64) {
    common::dossier_from_example(procedure, example, d(2026, 9, 9), NOW)
}

/// The school example, but refused in writing on 08/09/2026 by a decision
/// that gives no voies et délais (an oral refusal starts no deadline).
fn written_refusal_without_voies_et_delais() -> (tempfile::TempDir, App, i64) {
    let (dir, app, dossier) = setup("refus-inscription-scolaire", "refus-oral-maternelle.json");
    app.answer(dossier, "forme_refus", &json!("ecrit"), NOW)
        .unwrap();
    app.answer(dossier, "voies_delais", &json!(false), NOW)
        .unwrap();
    (dir, app, dossier)
}

/// The recours to the maire printed and posted on 10/09/2026, AR not back.
fn recours_posted(app: &App, dossier: i64) -> i64 {
    let letter = app
        .freeze_letter(dossier, "recours-maire", None, d(2026, 9, 9), NOW)
        .unwrap();
    app.mark_letter_sent(letter.id, "10/09/2026", "", NOW)
        .unwrap();
    letter.id
}

fn due(app: &App, dossier: i64, rule: &str) -> Option<(NaiveDate, bool)> {
    app.dossier_deadlines(dossier)
        .unwrap()
        .into_iter()
        .find(|d| d.rule == rule)
        .map(|d| (d.due, d.provisional))
}

#[test]
fn entering_the_ar_date_updates_the_chain() {
    let (_dir, app, dossier) = written_refusal_without_voies_et_delais();
    // Refused on 08/09/2026: the recours is due 2 months later (délai
    // franc), but without voies et délais the deadline is not enforceable.
    let chain = app.dossier_deadlines(dossier).unwrap();
    assert_eq!(chain.len(), 1);
    assert_eq!(chain[0].rule, "recours-gracieux");
    assert_eq!(chain[0].due, d(2026, 11, 9));
    assert!(!chain[0].enforceable);
    assert_eq!(
        due(&app, dossier, "rejet-implicite-maire"),
        None,
        "not sent yet"
    );

    let letter = app
        .freeze_letter(dossier, "recours-maire", None, d(2026, 9, 9), NOW)
        .unwrap();
    app.mark_letter_sent(letter.id, "10/09/2026", "1A 123", NOW)
        .unwrap();
    assert_eq!(
        due(&app, dossier, "rejet-implicite-maire"),
        Some((d(2026, 11, 15), true)),
        "AR assumed three working days after posting"
    );
    assert_eq!(
        due(&app, dossier, "tribunal-administratif"),
        Some((d(2027, 1, 18), true))
    );
    app.mark_letter_received(letter.id, "14/09/2026", NOW)
        .unwrap();
    assert_eq!(
        due(&app, dossier, "rejet-implicite-maire"),
        Some((d(2026, 11, 14), false))
    );
    assert_eq!(
        due(&app, dossier, "tribunal-administratif"),
        Some((d(2027, 1, 15), false))
    );

    // The dashboard lists the stored chain, grouped around today.
    let board = app.deadlines_dashboard(d(2026, 11, 10)).unwrap();
    let rules = |items: &[permanence_store::DueItem]| -> Vec<String> {
        items.iter().map(|i| i.deadline.rule_id.clone()).collect()
    };
    assert_eq!(rules(&board.overdue), ["recours-gracieux"]);
    assert_eq!(rules(&board.this_week), ["rejet-implicite-maire"]);
    assert!(board.next_30_days.is_empty());
    assert_eq!(rules(&board.later), ["tribunal-administratif"]);
    assert_eq!(board.this_week[0].family_name, "Popescu");
    assert_eq!(
        board.this_week[0].procedure_id,
        "refus-inscription-scolaire"
    );
    assert_eq!(
        board.this_week[0].deadline.inputs["meaning"],
        json!("implicit-rejection")
    );
}

#[test]
fn an_answer_that_moves_a_date_moves_its_deadline_at_once() {
    let (_dir, app, dossier) = setup("droit-au-compte", "refus-lrar-heberge.json");
    // AR signed 14/09/2026: the bank's silence is a refusal on 29/09.
    assert_eq!(
        due(&app, dossier, "silence-banque-lrar"),
        Some((d(2026, 9, 29), false))
    );
    app.answer(dossier, "date_ar", &json!("2026-09-16"), NOW)
        .unwrap();
    assert_eq!(
        due(&app, dossier, "silence-banque-lrar"),
        Some((d(2026, 10, 1), false))
    );
    let stored = app.deadlines_dashboard(d(2026, 9, 30)).unwrap();
    assert_eq!(
        stored.this_week[0].deadline.due_on,
        d(2026, 10, 1),
        "stored, not only computed"
    );
    // Reminders: within the window set in Paramètres.
    app.set_deadline_settings("metropole", 1, NOW).unwrap();
    assert!(app.reminders(d(2026, 9, 29)).unwrap().is_empty());
    assert_eq!(app.reminders(d(2026, 9, 30)).unwrap().len(), 1);
    assert!(app.set_deadline_settings("atlantide", 7, NOW).is_err());
}

/// The events of an iCalendar file as the icalendar library reads them, as
/// a calendar program would: `start|UID|summary`, one line per event. The
/// library lives in the test oracles' Python (scripts/setup.sh), named by
/// `PERMANENCE_ORACLE_PYTHON`, which scripts/test.sh (CI) always sets.
/// Without it a plain `cargo test` skips the parse and says so, rather than
/// failing on a machine without those Python packages.
fn icalendar_events(path: &std::path::Path) -> Option<String> {
    let Ok(python) = std::env::var("PERMANENCE_ORACLE_PYTHON") else {
        eprintln!(
            "SKIPPED: the iCalendar parse by the icalendar library — set \
             PERMANENCE_ORACLE_PYTHON (scripts/test.sh does) to run it"
        );
        return None;
    };
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for e in cal.walk('VEVENT'):
    print(e.decoded('DTSTART').isoformat(), e['UID'], str(e['SUMMARY']), sep='|')
"#;
    let out = std::process::Command::new(&python)
        .args(["-c", script])
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("{python}: {e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn the_calendar_export_parses_as_icalendar_with_one_event_per_deadline() {
    let (dir, app, dossier) = written_refusal_without_voies_et_delais();
    recours_posted(&app, dossier);
    let path = app
        .save_calendar(
            Some(dossier),
            d(2026, 9, 9),
            "20260909T163000Z",
            &dir.path().join("export"),
        )
        .unwrap();
    let ics = std::fs::read_to_string(&path).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    // Read as text here, parsed by a real iCalendar reader below.
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 3, "{ics}");
    if let Some(events) = icalendar_events(&path) {
        let lines: Vec<&str> = events.lines().collect();
        assert_eq!(lines.len(), 3, "{events}");
        assert!(lines[0].starts_with("2026-11-09|deadline-"), "{events}");
        assert!(
            lines.iter().any(|l| l
                .contains("Ioana Popescu — Sans réponse du maire, le recours est rejeté")
                && l.ends_with("(provisoire)")),
            "{events}"
        );
    }
    // Saving again never overwrites the first file.
    let again = app
        .save_calendar(
            None,
            d(2026, 9, 9),
            "20260909T163000Z",
            &dir.path().join("export"),
        )
        .unwrap();
    assert_ne!(again, path);
}

#[test]
fn the_weekly_list_prints_the_weeks_deadlines() {
    let (dir, app, dossier) = written_refusal_without_voies_et_delais();
    recours_posted(&app, dossier);
    let path = app
        .save_weekly_list(d(2026, 11, 9), &dir.path().join("export"))
        .unwrap();
    let text = pdf_file_text_layout(&path);
    assert!(text.contains("Échéances de la semaine"), "{text}");
    assert!(text.contains("Ioana Popescu"), "{text}");
    // Due on 9 November (recours, not enforceable) and the provisional
    // implicit rejection on 15 November: both this week.
    assert!(
        text.contains("9 novembre 2026") && text.contains("15 novembre 2026"),
        "{text}"
    );
    assert!(text.contains("Date provisoire"), "{text}");
    assert!(text.contains("Délai non opposable"), "{text}");
    assert!(!text.contains("À faire maintenant"), "{text}");
}

#[test]
fn the_weekly_list_puts_first_the_letters_to_post_now() {
    let (dir, app, _) = setup("refus-inscription-scolaire", "refus-oral-maternelle.json");
    let path = app
        .save_weekly_list(d(2026, 9, 9), &dir.path().join("export"))
        .unwrap();
    let text = pdf_file_text(&path);
    let first = text.find("À faire maintenant (aucun délai ne court)");
    let overdue = text.find("En retard");
    assert!(first.is_some() && first < overdue, "{text}");
    assert!(text.contains("Recours gracieux au maire"), "{text}");
    assert!(text.contains("aucun délai ne court, mais"), "{text}");
}

#[test]
fn changing_the_holiday_calendar_recomputes_the_stored_deadlines() {
    let (_dir, app, dossier) = written_refusal_without_voies_et_delais();
    // Refused on 09/04/2026: + 2 months = 09/06, + 1 (franc) = 10/06, the
    // abolition day in Guyane only.
    app.answer(dossier, "date_refus", &json!("2026-04-09"), NOW)
        .unwrap();
    let recours = |app: &App| {
        let board = app.deadlines_dashboard(d(2026, 4, 10)).unwrap();
        board
            .next_30_days
            .iter()
            .chain(&board.later)
            .find(|i| i.deadline.rule_id == "recours-gracieux")
            .map(|i| i.deadline.due_on)
    };
    assert_eq!(recours(&app), Some(d(2026, 6, 10)));
    app.set_deadline_settings("guyane", 7, NOW).unwrap();
    assert_eq!(
        recours(&app),
        Some(d(2026, 6, 11)),
        "stored again with the new calendar"
    );
    app.set_deadline_settings("metropole", 7, NOW).unwrap();
    assert_eq!(recours(&app), Some(d(2026, 6, 10)));
}

#[test]
fn a_new_calendar_reaches_every_open_dossier_not_only_the_listed_ones() {
    let (_dir, app, dossier) = written_refusal_without_voies_et_delais();
    app.answer(dossier, "date_refus", &json!("2026-04-09"), NOW)
        .unwrap();
    // 500 dossiers opened later: the dossiers screen lists the 500 most
    // recent, and the first one is not among them.
    let person = app.dossiers().unwrap()[0].person_id;
    for _ in 0..500 {
        app.start_demarche(person, "droit-au-compte", d(2026, 9, 10), NOW)
            .unwrap();
    }
    assert!(app.dossiers().unwrap().iter().all(|d| d.id != dossier));
    app.set_deadline_settings("guyane", 7, NOW).unwrap();
    assert_eq!(
        due(&app, dossier, "recours-gracieux").map(|(due, _)| due),
        Some(d(2026, 6, 11)),
        "the oldest open dossier follows the new calendar too"
    );
}

#[test]
fn letters_and_the_dashboard_use_the_same_holiday_calendar() {
    let (_dir, app, dossier) = setup("recours-amiable-caf-cpam", "api-refusee-caf.json");
    // Notified 26/01/2027: two months fall on Good Friday 26/03/2027, a
    // holiday in Alsace-Moselle only; Easter Monday 29/03 is one everywhere.
    app.answer(dossier, "date_notification", &json!("2027-01-26"), NOW)
        .unwrap();
    app.set_deadline_settings("alsace-moselle", 7, NOW).unwrap();
    assert_eq!(
        due(&app, dossier, "saisine-cra"),
        Some((d(2027, 3, 30), false))
    );
    let letter = app
        .freeze_letter(dossier, "reclamation-cra", Some("fr"), d(2027, 2, 1), NOW)
        .unwrap();
    let pdf = app.frozen_letter_pdf(letter.id).unwrap();
    let text = pdf_text(&pdf).replace(['\u{a0}', '\u{202f}', '\n'], " ");
    assert!(text.contains("au plus tard le 30 mars 2027"), "{text}");
    assert!(!text.contains("26 mars 2027"), "{text}");
}

#[test]
fn an_oral_refusal_is_listed_to_act_now_until_its_letter_is_posted() {
    // The shipped school example: refused orally at the mairie.
    let (_dir, app, dossier) = setup("refus-inscription-scolaire", "refus-oral-maternelle.json");
    let board = app.deadlines_dashboard(d(2026, 9, 9)).unwrap();
    let acts: Vec<(i64, String, String)> = board
        .act_now
        .iter()
        .map(|a| (a.dossier_id, a.act.letter_id.clone(), a.act.rule_id.clone()))
        .collect();
    assert_eq!(
        acts,
        [(dossier, "recours-maire".into(), "recours-gracieux".into())]
    );
    assert_eq!(board.act_now[0].family_name, "Popescu");
    assert!(
        board.overdue.is_empty() && board.this_week.is_empty(),
        "no date is invented for it"
    );

    // Posted: the maire's silence is listed by date instead.
    recours_posted(&app, dossier);
    let board = app.deadlines_dashboard(d(2026, 9, 11)).unwrap();
    assert!(board.act_now.is_empty());
    assert!(
        board
            .later
            .iter()
            .any(|i| i.deadline.rule_id == "rejet-implicite-maire")
    );

    // A written refusal is not « act now »: its deadline is listed.
    let (_dir, app, _) = written_refusal_without_voies_et_delais();
    assert_eq!(act_now_on(&app, d(2026, 9, 9)), 0);
}

/// How many letters the dashboard of `day` lists to post now.
fn act_now_on(app: &App, day: NaiveDate) -> usize {
    app.deadlines_dashboard(day).unwrap().act_now.len()
}

#[test]
fn a_closed_dossier_leaves_the_act_now_list() {
    let (_dir, app, dossier) = setup("refus-inscription-scolaire", "refus-oral-maternelle.json");
    assert_eq!(act_now_on(&app, d(2026, 9, 9)), 1);
    app.set_dossier_closed(dossier, true, d(2026, 9, 9), NOW)
        .unwrap();
    assert_eq!(act_now_on(&app, d(2026, 9, 9)), 0);
}

#[test]
fn after_the_upgrade_that_added_it_the_act_now_list_is_filled_for_existing_dossiers() {
    let (dir, app, dossier) = setup("refus-inscription-scolaire", "refus-oral-maternelle.json");
    app.lock();
    // As an older version left it: deadlines stored, no act_now rows, and
    // the migration's mark that derived data must be recomputed.
    let store = permanence_store::Store::open(
        &dir.path().join("data/permanence.db"),
        &permanence_store::Passphrase::new(common::GOOD),
        &permanence_store::KdfParams::FAST_INSECURE_FOR_TESTS,
    )
    .unwrap();
    store
        .execute_batch_for_tests("DELETE FROM act_now; INSERT INTO derived_stale VALUES (7);")
        .unwrap();
    drop(store);
    app.unlock(common::GOOD, NOW).unwrap();
    let board = app.deadlines_dashboard(d(2026, 9, 9)).unwrap();
    assert_eq!(board.act_now.len(), 1);
    assert_eq!(board.act_now[0].dossier_id, dossier);
}
