//! Two laptops of a team through a shared folder, as the shell drives them:
//! what one records (a person, a dossier, a letter's AR) reaches the other
//! with its deadline recomputed there; refusals are said in French.

mod common;

use chrono::NaiveDate;
use permanence_app::{App, AppError, Paths};
use permanence_store::KdfParams;
use serde_json::json;

const NOW: &str = "2026-09-09T18:00:00+02:00";
const TEAM: &str = "équipe du CHU des Lilas, mardi soir";

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn rejection(app: &App, dossier: i64) -> Option<(NaiveDate, bool)> {
    app.dossier_deadlines(dossier)
        .unwrap()
        .into_iter()
        .find(|d| d.rule == "rejet-implicite-maire")
        .map(|d| (d.due, d.provisional))
}

/// The office's laptop, unlocked, starting a team in `<dir>/partage`;
/// the folder as the worker typed it.
fn office_in_team() -> (tempfile::TempDir, App, String) {
    let (dir, office) = common::unlocked_app();
    let folder = dir.path().join("partage");
    std::fs::create_dir_all(&folder).unwrap();
    let folder_text = folder.to_string_lossy().into_owned();
    office
        .create_team(&folder_text, TEAM, TEAM, "Bureau", d(2026, 9, 9), NOW)
        .unwrap();
    (dir, office, folder_text)
}

/// Tuesday's laptop with a portable backup of the office's restored on
/// it, not in the team yet.
fn tuesday_restored(dir: &tempfile::TempDir, office: &App) -> App {
    let carried = office
        .export_portable_backup(common::GOOD, common::GOOD, &dir.path().join("export"), NOW)
        .unwrap();
    let tuesday = App::open_with_kdf(
        Paths::new(dir.path().join("mardi")),
        KdfParams::FAST_INSECURE_FOR_TESTS,
    )
    .unwrap();
    tuesday
        .import_portable_backup(&carried, common::GOOD, NOW)
        .unwrap();
    tuesday
}

/// The same, then the team joined.
fn tuesday_joins(dir: &tempfile::TempDir, office: &App, folder_text: &str) -> App {
    let tuesday = tuesday_restored(dir, office);
    tuesday
        .join_team(folder_text, TEAM, "Mardi", d(2026, 9, 9), NOW)
        .unwrap();
    tuesday
}

#[test]
fn a_person_a_letter_and_its_ar_recorded_on_one_laptop_reach_the_other_with_their_deadline() {
    let (dir, office) = common::unlocked_app();
    let folder = dir.path().join("cle-usb/equipe");
    std::fs::create_dir_all(&folder).unwrap();
    let folder_text = folder.to_string_lossy().into_owned();

    // A weak or mistyped team passphrase is refused like the database's.
    let weak = office.create_team(&folder_text, "court", "court", "Bureau", d(2026, 9, 9), NOW);
    assert_eq!(office.report(&weak.unwrap_err()).code, "passphrase-weak");
    let team = office
        .create_team(&folder_text, TEAM, TEAM, "Bureau", d(2026, 9, 9), NOW)
        .unwrap();
    assert_eq!(team.label, "Bureau");
    assert!(team.peers.is_empty());

    // Tuesday's laptop starts from a portable backup made at the office.
    let tuesday = tuesday_restored(&dir, &office);
    let restored = tuesday.team_status(d(2026, 9, 9)).unwrap().unwrap();
    assert!(restored.must_join);
    let refused = tuesday.exchange(NOW).unwrap_err();
    let report = tuesday.report(&refused);
    assert_eq!(report.code, "team-copy");
    assert!(
        report.message.contains("rejoignez l'équipe"),
        "{}",
        report.message
    );
    let wrong = tuesday.join_team(
        &folder_text,
        "pas la bonne phrase",
        "Mardi",
        d(2026, 9, 9),
        NOW,
    );
    assert_eq!(
        tuesday.report(&wrong.unwrap_err()).code,
        "team-wrong-passphrase"
    );
    // Work done on the restored laptop before it joins travels once joined.
    let sow = permanence_app::PersonForm {
        family_name: "Sow".into(),
        given_names: "Mariam".into(),
        ..Default::default()
    };
    tuesday.save_person(None, &sow, d(2026, 9, 9), NOW).unwrap();
    tuesday
        .join_team(&folder_text, TEAM, "Mardi", d(2026, 9, 9), NOW)
        .unwrap();

    // At the office: a person, a school dossier refused in writing, the
    // recours posted, then its AR.
    let dossier = common::answered_dossier(
        &office,
        ("Popescu", "Ioana"),
        ("refus-inscription-scolaire", "refus-oral-maternelle.json"),
        d(2026, 9, 9),
        NOW,
    );
    office
        .answer(dossier, "forme_refus", &json!("ecrit"), NOW)
        .unwrap();
    office
        .answer(dossier, "voies_delais", &json!(false), NOW)
        .unwrap();
    let letter = office
        .freeze_letter(dossier, "recours-maire", None, d(2026, 9, 9), NOW)
        .unwrap();
    office
        .mark_letter_sent(letter.id, "10/09/2026", "1A 123", NOW)
        .unwrap();
    office
        .mark_letter_received(letter.id, "14/09/2026", NOW)
        .unwrap();
    assert_eq!(rejection(&office, dossier), Some((d(2026, 11, 14), false)));

    let sent = office.exchange("2026-09-14T18:00:00+02:00").unwrap();
    assert!(sent.changes_written > 0);
    let got = tuesday.exchange("2026-09-15T09:00:00+02:00").unwrap();
    assert_eq!(got.changes_applied, sent.changes_written);
    let found = tuesday.search_persons("popescu").unwrap();
    assert_eq!(found.len(), 1);
    // The deadline is recomputed on Tuesday's laptop from the AR date, and
    // listed on its Échéances.
    assert_eq!(rejection(&tuesday, dossier), Some((d(2026, 11, 14), false)));
    let board = tuesday.deadlines_dashboard(d(2026, 11, 10)).unwrap();
    assert!(
        board
            .this_week
            .iter()
            .any(|i| i.deadline.rule_id == "rejet-implicite-maire"),
        "{board:?}"
    );
    tuesday.exchange("2026-09-15T09:05:00+02:00").unwrap();
    office.exchange("2026-09-15T09:10:00+02:00").unwrap();
    assert_eq!(
        office.search_persons("sow").unwrap().len(),
        1,
        "Mariam Sow, recorded on Tuesday before joining"
    );
    let seen = tuesday.team_status(d(2026, 9, 25)).unwrap().unwrap();
    assert_eq!(seen.peers.len(), 1);
    assert_eq!(seen.peers[0].label, "Bureau");
    assert_eq!(seen.peers[0].last_written_on, Some(d(2026, 9, 14)));
    assert_eq!(seen.peers[0].days, Some(11));
    assert!(seen.peers[0].silent, "more than a week without a packet");
}

#[test]
fn the_same_phone_changed_on_two_laptops_is_listed_with_both_values_and_the_choice_travels() {
    let (dir, office, folder_text) = office_in_team();
    let form = permanence_app::PersonForm {
        family_name: "Diallo".into(),
        given_names: "Awa".into(),
        ..Default::default()
    };
    let awa = office
        .save_person(None, &form, d(2026, 9, 9), NOW)
        .unwrap()
        .person
        .id;
    let tuesday = tuesday_joins(&dir, &office, &folder_text);

    let mut at_office = form.clone();
    at_office.phone = "06 11 11 11 11".into();
    office
        .save_person(
            Some(awa),
            &at_office,
            d(2026, 9, 9),
            "2026-09-10T10:00:00+02:00",
        )
        .unwrap();
    let mut on_tuesday = form.clone();
    on_tuesday.phone = "07 22 22 22 22".into();
    tuesday
        .save_person(
            Some(awa),
            &on_tuesday,
            d(2026, 9, 9),
            "2026-09-10T11:00:00+02:00",
        )
        .unwrap();
    office.exchange("2026-09-10T12:00:00+02:00").unwrap();
    let got = tuesday.exchange("2026-09-10T12:30:00+02:00").unwrap();
    assert_eq!((got.new_conflicts, got.open_conflicts), (1, 1));
    office.exchange("2026-09-10T13:00:00+02:00").unwrap();

    let conflicts = office.team_conflicts().unwrap();
    assert_eq!(conflicts.len(), 1);
    let c = &conflicts[0];
    assert_eq!((c.table.as_str(), c.field.as_str()), ("persons", "phone"));
    assert_eq!(c.person_id, Some(awa));
    assert_eq!(c.person_name, "DIALLO Awa");
    assert_eq!(
        (c.kept.as_str(), c.kept_by.as_str()),
        ("07 22 22 22 22", "Mardi")
    );
    assert_eq!(
        (c.other.as_str(), c.other_by.as_str()),
        ("06 11 11 11 11", "Bureau")
    );

    let after = office
        .resolve_conflict(&c.id, true, "2026-09-10T14:00:00+02:00")
        .unwrap();
    assert!(after[0].resolved);
    office.exchange("2026-09-10T14:01:00+02:00").unwrap();
    tuesday.exchange("2026-09-10T14:02:00+02:00").unwrap();
    assert_eq!(
        tuesday.person(awa, d(2026, 9, 10)).unwrap().form.phone,
        "06 11 11 11 11"
    );
    assert!(tuesday.team_conflicts().unwrap()[0].resolved);
}

#[test]
fn a_folder_out_of_reach_is_said_in_french_and_changes_wait_for_the_next_exchange() {
    let (dir, office) = common::unlocked_app();
    let folder = dir.path().join("cle-usb");
    std::fs::create_dir_all(&folder).unwrap();
    let folder_text = folder.to_string_lossy().into_owned();
    office
        .create_team(&folder_text, TEAM, TEAM, "Bureau", d(2026, 9, 9), NOW)
        .unwrap();
    let form = permanence_app::PersonForm {
        family_name: "Koné".into(),
        given_names: "Ibrahim".into(),
        ..Default::default()
    };
    office.save_person(None, &form, d(2026, 9, 9), NOW).unwrap();
    std::fs::rename(&folder, dir.path().join("ailleurs")).unwrap();
    let err = office.exchange(NOW).unwrap_err();
    let report = office.report(&err);
    assert_eq!(report.code, "team-folder-unreachable");
    assert!(
        report.message.contains("clé USB non branchée"),
        "{}",
        report.message
    );
    // The person and the journal's entry for their creation.
    assert_eq!(
        office.team_status(d(2026, 9, 9)).unwrap().unwrap().pending,
        2
    );
    std::fs::rename(dir.path().join("ailleurs"), &folder).unwrap();
    assert_eq!(office.exchange(NOW).unwrap().changes_written, 2);
    assert_eq!(
        office.team_status(d(2026, 9, 9)).unwrap().unwrap().pending,
        0
    );
    assert!(matches!(
        office.create_team(&folder_text, TEAM, TEAM, "x", d(2026, 9, 9), NOW),
        Err(AppError::Team {
            code: "team-already",
            ..
        })
    ));
}

#[test]
fn the_same_question_answered_on_two_laptops_is_marked_in_the_dossier_and_named_in_the_list() {
    let (dir, office, folder_text) = office_in_team();
    let dossier = common::answered_dossier(
        &office,
        ("Diallo", "Awa"),
        ("droit-au-compte", "refus-guichet.json"),
        d(2026, 9, 9),
        NOW,
    );
    let tuesday = tuesday_joins(&dir, &office, &folder_text);

    office
        .answer(
            dossier,
            "nom_banque",
            &json!("Banque du Bureau"),
            "2026-09-10T10:00:00+02:00",
        )
        .unwrap();
    tuesday
        .answer(
            dossier,
            "nom_banque",
            &json!("Banque du Mardi"),
            "2026-09-10T11:00:00+02:00",
        )
        .unwrap();
    office.exchange("2026-09-10T12:00:00+02:00").unwrap();
    tuesday.exchange("2026-09-10T12:30:00+02:00").unwrap();
    let view = tuesday.interview(dossier, d(2026, 9, 10)).unwrap();
    assert_eq!(view.answers["nom_banque"], json!("Banque du Mardi"));
    assert_eq!(view.conflicted, ["nom_banque"]);
    let conflicts = tuesday.team_conflicts().unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].field, "answers/nom_banque");
    assert_eq!(
        conflicts[0].procedure_id.as_deref(),
        Some("droit-au-compte")
    );
    assert_eq!(conflicts[0].person_name, "DIALLO Awa");
    assert_eq!(
        (conflicts[0].kept.as_str(), conflicts[0].other.as_str()),
        ("Banque du Mardi", "Banque du Bureau")
    );
    tuesday
        .resolve_conflict(&conflicts[0].id, true, "2026-09-10T13:00:00+02:00")
        .unwrap();
    let view = tuesday.interview(dossier, d(2026, 9, 10)).unwrap();
    assert_eq!(view.answers["nom_banque"], json!("Banque du Bureau"));
    assert!(view.conflicted.is_empty());
}

#[test]
fn the_folders_offered_are_the_usb_keys_plugged_in_and_the_synced_folders() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media/benevole");
    std::fs::create_dir_all(media.join("CLE USB")).unwrap();
    std::fs::create_dir_all(media.join("AUTRE")).unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(home.join("Sync")).unwrap();
    let offered = permanence_app::team_folder_suggestions(
        &[media.clone(), dir.path().join("run/media/benevole")],
        Some(&home),
    );
    let expected: Vec<String> = [
        media.join("AUTRE/permanence-equipe"),
        media.join("CLE USB/permanence-equipe"),
        home.join("Sync/permanence-equipe"),
    ]
    .iter()
    .map(|p| p.to_string_lossy().into_owned())
    .collect();
    assert_eq!(offered, expected);

    // Chosen, it is made on the key when the team starts.
    let (_d, office) = common::unlocked_app();
    office
        .create_team(&offered[1], TEAM, TEAM, "Bureau", d(2026, 9, 9), NOW)
        .unwrap();
    assert!(media.join("CLE USB/permanence-equipe/team.json").is_file());
}

#[test]
fn closing_the_app_exchanges_and_so_does_unlocking() {
    let (dir, office, folder_text) = office_in_team();
    let tuesday = tuesday_joins(&dir, &office, &folder_text);
    tuesday.lock();

    let form = permanence_app::PersonForm {
        family_name: "Bah".into(),
        given_names: "Oumar".into(),
        ..Default::default()
    };
    office.save_person(None, &form, d(2026, 9, 9), NOW).unwrap();
    // The office closes at the end of the evening: its changes go to the
    // folder on the way out.
    office.close("2026-09-09T21:00:00+02:00");
    assert!(!office.vault_status().unlocked);

    // Tuesday's laptop is unlocked the next week: once its pages are
    // checked, it exchanges.
    tuesday
        .unlock(common::GOOD, "2026-09-15T18:00:00+02:00")
        .unwrap();
    assert!(tuesday.search_persons("bah").unwrap().is_empty());
    tuesday.check_pages("2026-09-15T18:00:01+02:00").unwrap();
    assert_eq!(tuesday.search_persons("bah").unwrap().len(), 1);
}
