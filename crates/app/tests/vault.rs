//! The encrypted database and persons, through the use cases the shell calls.

use chrono::NaiveDate;
use permanence_app::{App, AppError, Paths, PersonForm};
use permanence_store::KdfParams;

const NOW: &str = "2026-11-25T18:30:00+01:00";
const GOOD: &str = "mardi soir permanence";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn app(dir: &tempfile::TempDir) -> App {
    App::open_with_kdf(
        Paths::new(dir.path().join("data")),
        KdfParams::FAST_INSECURE_FOR_TESTS,
    )
    .unwrap()
}

fn form(family: &str, given: &str) -> PersonForm {
    PersonForm {
        family_name: family.into(),
        given_names: given.into(),
        ..Default::default()
    }
}

#[test]
fn first_launch_creates_then_later_launches_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let first = app(&dir);
    let status = first.vault_status();
    assert!(!status.exists && !status.unlocked);
    assert!(matches!(first.search_persons(""), Err(AppError::Locked)));

    assert!(matches!(
        first.create_vault(GOOD, "mardi soir permanenc"),
        Err(AppError::PassphraseMismatch)
    ));
    assert!(matches!(
        first.create_vault("court", "court"),
        Err(AppError::PassphraseWeak)
    ));
    assert!(
        !first.vault_status().exists,
        "nothing created by refused attempts"
    );

    first.create_vault(GOOD, GOOD).unwrap();
    assert!(first.vault_status().unlocked);
    let saved = first
        .save_person(None, &form("Benali", "Hélène"), today(), NOW)
        .unwrap();
    assert_eq!(saved.display_name, "BENALI Hélène");
    drop(first);

    let second = app(&dir);
    assert_eq!(
        (second.vault_status().exists, second.vault_status().unlocked),
        (true, false)
    );
    let err = second.unlock("pas la bonne phrase", NOW).unwrap_err();
    assert_eq!(second.report(&err).code, "wrong-passphrase");
    assert_eq!(
        second.report(&err).message,
        "Phrase secrète incorrecte. Vérifiez les majuscules et la disposition du clavier, puis réessayez."
    );
    second.unlock(GOOD, NOW).unwrap();
    let found = second.search_persons("helene").unwrap();
    assert_eq!(found.len(), 1);
    second.lock();
    assert!(matches!(second.search_persons(""), Err(AppError::Locked)));
}

#[test]
fn invalid_forms_report_every_field_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    app.create_vault(GOOD, GOOD).unwrap();
    let bad = PersonForm {
        birth_date: "30/02/1990".into(),
        email: "nom@domaine".into(),
        domiciliation_expires_on: "2027-13-01".into(),
        ..Default::default()
    };
    let err = app.save_person(None, &bad, today(), NOW).unwrap_err();
    let report = app.report(&err);
    assert_eq!(report.code, "invalid");
    let fields: Vec<_> = report.problems.iter().map(|p| (p.field, p.code)).collect();
    assert_eq!(
        fields,
        vec![
            ("birth_date", "date-invalid"),
            ("domiciliation_expires_on", "date-invalid"),
            ("family_name", "name-required"),
            ("email", "email-invalid"),
        ]
    );
    assert_eq!(
        report.problems[0].message,
        "Cette date n'existe pas. Écrivez-la sous la forme JJ/MM/AAAA, par exemple 05/03/1990."
    );
    assert!(app.search_persons("").unwrap().is_empty());
}

#[test]
fn editing_keeps_what_was_typed_and_the_form_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    app.create_vault(GOOD, GOOD).unwrap();
    let typed = PersonForm {
        family_name: "Diallo".into(),
        given_names: "Mohamed".into(),
        alt_names: "Muhammad\nMohammed\n".into(),
        birth_date: "05/03/1990".into(),
        languages: "peul, français".into(),
        domiciliation_organisation: "CCAS".into(),
        domiciliation_expires_on: "2027-01-10".into(),
        ..Default::default()
    };
    let view = app.save_person(None, &typed, today(), NOW).unwrap();
    assert_eq!(view.form.alt_names, "Muhammad\nMohammed");
    assert_eq!(view.form.birth_date, "05/03/1990");
    assert_eq!(view.form.domiciliation_expires_on, "10/01/2027");
    assert_eq!(view.person.fields.languages, vec!["peul", "français"]);

    let mut edited = view.form.clone();
    edited.phone = "06 12 34 56 78".into();
    let after = app
        .save_person(
            Some(view.person.id),
            &edited,
            today(),
            "2026-11-26T10:00:00+01:00",
        )
        .unwrap();
    assert_eq!(after.form, edited);
    assert_eq!(app.search_persons("muhammad").unwrap().len(), 1);
    assert!(matches!(
        app.save_person(Some(999), &edited, today(), NOW),
        Err(AppError::NotFound)
    ));
}

#[test]
fn drafts_survive_a_restart_and_go_once_saved() {
    let dir = tempfile::tempdir().unwrap();
    let first = app(&dir);
    first.create_vault(GOOD, GOOD).unwrap();
    first
        .save_person_draft(None, &form("Trao", ""), NOW)
        .unwrap();
    drop(first);
    let second = app(&dir);
    second.unlock(GOOD, NOW).unwrap();
    let draft = second.person_draft(None).unwrap().unwrap();
    assert_eq!(draft.family_name, "Trao");
    second
        .save_person(None, &form("Traoré", "Awa"), today(), NOW)
        .unwrap();
    assert_eq!(second.person_draft(None).unwrap(), None);
}

#[test]
fn changing_the_passphrase_needs_the_current_one() {
    let dir = tempfile::tempdir().unwrap();
    let app1 = app(&dir);
    app1.create_vault(GOOD, GOOD).unwrap();
    app1.save_person(None, &form("Kone", "Ibrahim"), today(), NOW)
        .unwrap();
    let new = "le chat dort sur le radiateur";
    assert!(matches!(
        app1.change_passphrase("faux", new, new),
        Err(AppError::WrongPassphrase)
    ));
    app1.change_passphrase(GOOD, new, new).unwrap();
    assert_eq!(app1.search_persons("kone").unwrap().len(), 1);
    drop(app1);
    let app2 = app(&dir);
    assert!(matches!(
        app2.unlock(GOOD, NOW),
        Err(AppError::WrongPassphrase)
    ));
    app2.unlock(new, NOW).unwrap();
}

#[test]
fn backups_are_taken_daily_at_unlock_and_at_close_keeping_seven() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    app.create_vault(GOOD, GOOD).unwrap();
    app.save_person(None, &form("Kone", "Ibrahim"), today(), NOW)
        .unwrap();
    app.lock();
    app.unlock(GOOD, "2026-11-25T08:00:00+01:00").unwrap();
    app.check_pages("2026-11-25T08:00:00+01:00").unwrap();
    assert_eq!(
        app.backup_status().unwrap().backups.len(),
        1,
        "first unlock backs up, once its pages are checked"
    );
    app.unlock(GOOD, "2026-11-25T20:00:00+01:00").unwrap();
    app.check_pages("2026-11-25T20:00:00+01:00").unwrap();
    assert_eq!(
        app.backup_status().unwrap().backups.len(),
        1,
        "not due within a day"
    );
    app.close("2026-11-25T21:00:00+01:00");
    assert_eq!(
        app.backup_status().unwrap().backups.len(),
        2,
        "closing backs up"
    );
    assert!(!app.vault_status().unlocked);
    for day in 1..=9 {
        let now = format!("2026-12-{day:02}T09:00:00+01:00");
        app.unlock(GOOD, &now).unwrap();
        app.check_pages(&now).unwrap();
    }
    let status = app.backup_status().unwrap();
    assert_eq!(status.backups.len(), 7);
    assert_eq!(
        status.backups[0].stamp, "20261209T080000Z",
        "newest first, in UTC"
    );
    assert_eq!(status.last_error, None);
}

#[test]
fn restoring_a_backup_keeps_the_replaced_data_aside() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    app.create_vault(GOOD, GOOD).unwrap();
    app.save_person(None, &form("Sauvegardée", "Awa"), today(), NOW)
        .unwrap();
    let backup = app.backup_now(NOW).unwrap();
    app.save_person(None, &form("Après", "Coup"), today(), NOW)
        .unwrap();

    assert!(matches!(
        app.restore_backup("../permanence.db", GOOD, NOW),
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        app.restore_backup(&backup.file_name, "mauvaise phrase", NOW),
        Err(AppError::WrongPassphrase)
    ));
    assert_eq!(
        app.search_persons("").unwrap().len(),
        2,
        "failed restores change nothing"
    );

    app.restore_backup(&backup.file_name, GOOD, "2026-11-25T19:00:00+01:00")
        .unwrap();
    assert_eq!(app.search_persons("").unwrap().len(), 1);
    let preserved = dir
        .path()
        .join("data/preserved/permanence-before-restore-20261125T180000Z.db");
    assert!(preserved.is_file(), "replaced database preserved");
    // The journal went back with the data; the restore is its next entry,
    // and the chain verifies.
    let report = app.verify_audit().unwrap();
    assert!(report.intact(), "{:?}", report.findings());
    assert_eq!(
        report.entries, 2,
        "the first person's creation, then the restore"
    );
}

#[test]
fn documents_carry_expiry_warnings_fifteen_days_ahead() {
    use permanence_app::DocumentForm;
    use permanence_domain::Expiry;
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    app.create_vault(GOOD, GOOD).unwrap();
    let mut f = form("Sow", "Binta");
    f.domiciliation_organisation = "CCAS".into();
    f.domiciliation_expires_on = "01/12/2026".into();
    let id = app.save_person(None, &f, today(), NOW).unwrap().person.id;
    let doc = |kind: &str, expires: &str| DocumentForm {
        kind: kind.into(),
        title: String::new(),
        media_type: "image/png".into(),
        bytes: vec![1, 2, 3],
        expires_on: expires.into(),
    };
    app.add_document(id, &doc("api", "05/12/2026"), today(), NOW)
        .unwrap();
    let view = app
        .add_document(id, &doc("titre-sejour", "2027-06-01"), today(), NOW)
        .unwrap();
    assert_eq!(view.documents[0].expiry, Expiry::Soon { days_left: 10 });
    assert!(matches!(view.documents[1].expiry, Expiry::Valid { .. }));
    assert_eq!(view.domiciliation_expiry, Expiry::Soon { days_left: 6 });

    let err = app
        .add_document(id, &doc("carte-bleue", "31/02/2027"), today(), NOW)
        .unwrap_err();
    let codes: Vec<_> = app.report(&err).problems.iter().map(|p| p.code).collect();
    assert_eq!(codes, ["kind-unknown", "date-invalid"]);
    let empty = DocumentForm {
        bytes: vec![],
        ..doc("api", "")
    };
    assert!(matches!(
        app.add_document(id, &empty, today(), NOW),
        Err(AppError::Invalid(_))
    ));
}

#[test]
fn every_document_kind_and_theme_has_a_name_in_every_language() {
    use permanence_domain::{DOCUMENT_KINDS, Language, THEMES};
    let texts = permanence_texts::Texts::embedded().unwrap();
    let keys = DOCUMENT_KINDS
        .iter()
        .map(|k| format!("document-kind-{k}"))
        .chain(THEMES.iter().map(|t| format!("theme-{t}")));
    for key in keys {
        for lang in Language::ALL {
            assert_ne!(texts.format(lang, &key, &[]), key, "{lang}: {key}");
        }
    }
}

#[test]
fn a_damaged_database_is_reported_right_after_unlock_and_a_backup_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let first = app(&dir);
    first.create_vault(GOOD, GOOD).unwrap();
    for i in 0..200 {
        first
            .save_person(None, &form(&format!("Personne{i}"), "Test"), today(), NOW)
            .unwrap();
    }
    let backup = first.backup_now(NOW).unwrap();
    first.close("2026-11-25T19:00:00+01:00");
    drop(first);

    // Flip bytes among the persons' pages, as a failing disk would (the
    // first pages hold the tables' roots, read at unlock: damage there is
    // reported by the unlock itself).
    let db = dir.path().join("data/permanence.db");
    let mut bytes = std::fs::read(&db).unwrap();
    let middle = bytes.len() * 3 / 4;
    for b in &mut bytes[middle..middle + 64] {
        *b ^= 0xff;
    }
    std::fs::write(&db, &bytes).unwrap();

    let second = app(&dir);
    // Unlocking checks the header and the schema; the other pages are
    // checked while the people list shows, before anything is written.
    second.unlock(GOOD, NOW).unwrap();
    let refused = second
        .save_person(None, &form("Nouvelle", "Personne"), today(), NOW)
        .unwrap_err();
    assert_eq!(second.report(&refused).code, "damaged", "{refused:?}");
    let err = second.check_pages(NOW).unwrap_err();
    assert_eq!(second.report(&err).code, "damaged", "{err:?}");
    // Closed again: the unlock screen offers the backups.
    assert!(!second.vault_status().unlocked);
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "nothing written");
    assert!(
        second
            .report(&err)
            .message
            .contains("Restaurez une sauvegarde"),
        "{}",
        second.report(&err).message
    );
    // The way out, without unlocking first: restore the latest backup.
    let listed = second.backup_status().unwrap().backups;
    assert!(listed.iter().any(|b| b.file_name == backup.file_name));
    second
        .restore_backup(&listed[0].file_name, GOOD, "2026-11-25T20:00:00+01:00")
        .unwrap();
    assert!(second.vault_status().unlocked);
    assert_eq!(second.search_persons("personne").unwrap().len(), 200);
}

#[test]
fn wrong_passphrases_make_the_next_try_wait_longer_and_erase_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let first = app(&dir);
    first.create_vault(GOOD, GOOD).unwrap();
    first
        .save_person(None, &form("Benali", "Hélène"), today(), NOW)
        .unwrap();
    first.lock();
    let at = |s: u32| format!("2026-11-25T18:{:02}:{:02}+01:00", 30 + s / 60, s % 60);
    // Three free tries.
    for s in 0..2 {
        assert!(matches!(
            first.unlock("mauvaise phrase", &at(s)),
            Err(AppError::WrongPassphrase)
        ));
    }
    let third = first.unlock("mauvaise phrase", &at(2)).unwrap_err();
    assert!(
        matches!(third, AppError::WrongPassphraseWait(5)),
        "{third:?}"
    );
    let report = first.report(&third);
    assert_eq!(report.code, "wrong-passphrase-wait");
    assert_eq!(report.retry_after, Some(5));
    assert!(
        report.message.contains("Aucune donnée n'est effacée"),
        "{}",
        report.message
    );
    // Even the right passphrase waits: nothing is tried before the delay.
    assert!(matches!(
        first.unlock(GOOD, &at(4)),
        Err(AppError::UnlockWait(3))
    ));
    // A restart does not reset the count.
    drop(first);
    let second = app(&dir);
    assert!(matches!(
        second.unlock(GOOD, &at(5)),
        Err(AppError::UnlockWait(2))
    ));
    // A clock set back does not shorten the wait.
    assert!(matches!(
        second.unlock(GOOD, "2026-11-25T17:00:00+01:00"),
        Err(AppError::UnlockWait(5))
    ));
    // Fourth failure after the wait: 10 seconds.
    assert!(matches!(
        second.unlock("mauvaise phrase", &at(8)),
        Err(AppError::WrongPassphraseWait(10))
    ));
    // The right passphrase after the wait opens everything, intact, and
    // starts the count again.
    second.unlock(GOOD, &at(20)).unwrap();
    assert_eq!(second.search_persons("benali").unwrap().len(), 1);
    second.lock();
    assert!(matches!(
        second.unlock("mauvaise phrase", &at(21)),
        Err(AppError::WrongPassphrase)
    ));
}

#[test]
fn the_lock_delay_and_retention_stay_within_their_ranges() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    assert_eq!(app.settings().unwrap().lock_after_minutes, 10);
    assert_eq!(app.settings().unwrap().retention_months, 24);
    let s = app.set_privacy_settings(0, 500).unwrap();
    assert_eq!((s.lock_after_minutes, s.retention_months), (1, 120));
    let s = app.set_privacy_settings(15, 36).unwrap();
    assert_eq!((s.lock_after_minutes, s.retention_months), (15, 36));
    drop(app);
    let again = self::app(&dir);
    assert_eq!(again.settings().unwrap().lock_after_minutes, 15);
}
