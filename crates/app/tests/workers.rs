//! Worker profiles on one database: sign in after unlocking, records
//! remember who made and changed them, the journal says who did what.

mod common;

use chrono::NaiveDate;
use common::{GOOD, unlocked_app};
use permanence_app::{AppError, PersonForm};

const NOW: &str = "2026-11-26T18:00:00+01:00";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn form(family: &str) -> PersonForm {
    PersonForm {
        family_name: family.into(),
        given_names: "Awa".into(),
        ..Default::default()
    }
}

#[test]
fn once_a_profile_exists_records_need_a_signed_in_worker_and_remember_them() {
    let (_dir, app) = unlocked_app();
    // Before any profile: a one-person installation works as before.
    let before = app.save_person(None, &form("Avant"), today(), NOW).unwrap();
    assert_eq!(before.authors.created_by, None);

    // The first profile signs its maker in.
    let err = app.add_worker("  ", "12", "12", NOW).unwrap_err();
    let AppError::Invalid(problems) = err else {
        panic!()
    };
    let codes: Vec<_> = problems.iter().map(|p| (p.field, p.code)).collect();
    assert_eq!(codes, [("name", "worker-name"), ("pin", "pin-short")]);
    let awa = app.add_worker("Awa", "4821", "4821", NOW).unwrap();
    assert_eq!(app.current_worker(), Some(awa.clone()));
    let created = app
        .save_person(None, &form("Diallo"), today(), NOW)
        .unwrap();
    assert_eq!(created.authors.created_by.as_deref(), Some("Awa"));

    // A second worker is added by a signed-in one; names are unique,
    // whatever the case and accents.
    assert!(matches!(
        app.add_worker("awa", "9999", "9999", NOW),
        Err(AppError::Invalid(p)) if p[0].code == "worker-exists"
    ));
    app.add_worker("Jérôme", "7777", "7777", NOW).unwrap();
    assert_eq!(
        app.current_worker().unwrap().name,
        "Awa",
        "adding does not switch"
    );

    // Locking signs out; after unlocking nothing is reachable until a
    // worker signs in.
    app.lock();
    app.unlock(GOOD, NOW).unwrap();
    assert!(matches!(
        app.search_persons(""),
        Err(AppError::SignInRequired)
    ));
    assert_eq!(
        app.report(&AppError::SignInRequired).code,
        "sign-in-required"
    );
    let names: Vec<String> = app.workers().unwrap().into_iter().map(|w| w.name).collect();
    assert_eq!(names, ["Awa", "Jérôme"]);
    assert!(matches!(
        app.sign_in("jerome", "0000", NOW),
        Err(AppError::WrongPin)
    ));
    app.sign_in("jerome", "7777", NOW).unwrap();
    let changed = app
        .save_person(Some(created.person.id), &form("Diallo"), today(), NOW)
        .unwrap();
    assert_eq!(changed.authors.created_by.as_deref(), Some("Awa"));
    assert_eq!(changed.authors.updated_by.as_deref(), Some("Jérôme"));
    // The journal says who.
    let journal = app.person_audit(created.person.id).unwrap();
    let who: Vec<(&str, &str)> = journal
        .iter()
        .map(|e| (e.action.as_str(), e.worker.as_str()))
        .collect();
    assert_eq!(who, [("create", "Awa"), ("change", "Jérôme")]);
    // The CLI's check works with the database passphrase alone.
    app.sign_out();
    assert!(app.verify_audit().unwrap().intact());
}

#[test]
fn wrong_pins_in_a_row_make_the_next_try_wait() {
    let (_dir, app) = unlocked_app();
    app.add_worker("Awa", "4821", "4821", NOW).unwrap();
    app.sign_out();
    let at = |s: u32| format!("2026-11-26T18:00:{s:02}+01:00");
    for s in 0..2 {
        assert!(matches!(
            app.sign_in("Awa", "0000", &at(s)),
            Err(AppError::WrongPin)
        ));
    }
    assert!(matches!(
        app.sign_in("Awa", "0000", &at(2)),
        Err(AppError::WrongPinWait(5))
    ));
    assert!(matches!(
        app.sign_in("Awa", "4821", &at(3)),
        Err(AppError::UnlockWait(4))
    ));
    app.sign_in("Awa", "4821", &at(8)).unwrap();
}
