//! A full disk while an answer, a letter or a backup is saved, or a data
//! folder that became read-only (a USB key locked): a clear message in French, and
//! nothing already saved is lost. Runs on a small tmpfs mounted for the
//! test, as CI's root allows; without the right to mount, it says it was
//! skipped rather than pretending to pass.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use permanence_app::{App, Paths};
use permanence_store::KdfParams;
use serde_json::json;

const NOW: &str = "2026-12-05T18:00:00+01:00";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
}

/// Unmounts on drop, before the temporary folder is removed.
struct Mounted(PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn mount(args: &[&str], dir: &Path) -> bool {
    Command::new("mount")
        .args(args)
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success())
}

/// A tmpfs of `size` on a fresh folder, or `None` where mounting is not
/// allowed (not root).
fn small_disk(size: &str) -> Option<(Mounted, tempfile::TempDir)> {
    let dir = tempfile::tempdir().unwrap();
    let options = format!("size={size}");
    if !mount(&["-t", "tmpfs", "-o", &options, "tmpfs"], dir.path()) {
        eprintln!("skipped: mounting a tmpfs needs root (CI runs these tests as root)");
        return None;
    }
    Some((Mounted(dir.path().to_owned()), dir))
}

/// Fills the file system until it refuses one more byte.
fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("filler");
    let mut file = std::fs::File::create(&path).unwrap();
    let block = vec![0u8; 64 * 1024];
    while file.write_all(&block).is_ok() {}
    let byte = [0u8; 1];
    while file.write_all(&byte).is_ok() {}
    path
}

/// The installation on `dir`, still locked.
fn reopen(dir: &Path) -> App {
    App::open_with_kdf(
        Paths::new(dir.join("data")),
        KdfParams::FAST_INSECURE_FOR_TESTS,
    )
    .unwrap()
}

/// A new installation on `dir`, unlocked.
fn open(dir: &Path) -> App {
    let app = reopen(dir);
    app.create_vault(common::GOOD, common::GOOD).unwrap();
    app
}

/// The dossier's answers as saved, to compare before and after.
fn answers_of(app: &App, dossier: i64) -> String {
    format!("{:?}", app.interview(dossier, today()).unwrap().answers)
}

#[test]
fn a_full_disk_refuses_the_answer_in_french_and_keeps_what_was_saved() {
    let Some((_mounted, dir)) = small_disk("8m") else {
        return;
    };
    let app = open(dir.path());
    let dossier = common::answered_dossier(
        &app,
        ("Traoré", "Moussa"),
        ("sante-sans-reponse", "ame-sans-reponse.json"),
        today(),
        NOW,
    );
    let before = answers_of(&app, dossier);
    let filler = fill(dir.path());

    let error = app
        .answer(dossier, "numero", &json!("2 90 12 99 123 456 78"), NOW)
        .unwrap_err();
    let report = app.report(&error);
    assert_eq!(report.code, "disk-full", "{error:?}");
    assert!(report.message.contains("plein"), "{}", report.message);

    // Freezing a letter or making a backup: the same message.
    let letter = app
        .freeze_letter(dossier, "demande-decision", Some("fr"), today(), NOW)
        .unwrap_err();
    assert_eq!(app.report(&letter).code, "disk-full", "{letter:?}");
    let backup = app.backup_now(NOW).unwrap_err();
    assert_eq!(app.report(&backup).code, "disk-full", "{backup:?}");

    // Room again: what was saved is all there, and the answer goes in.
    std::fs::remove_file(filler).unwrap();
    assert_eq!(answers_of(&app, dossier), before);
    app.answer(dossier, "numero", &json!("2 90 12 99 123 456 78"), NOW)
        .unwrap();
    assert!(answers_of(&app, dossier).contains("2 90 12 99 123 456 78"));
    app.freeze_letter(dossier, "demande-decision", Some("fr"), today(), NOW)
        .unwrap();
    app.backup_now(NOW).unwrap();
}

#[test]
fn a_read_only_data_folder_refuses_the_answer_in_french_and_keeps_what_was_saved() {
    let Some((_mounted, dir)) = small_disk("8m") else {
        return;
    };
    let dossier = {
        let app = open(dir.path());
        common::answered_dossier(
            &app,
            ("Traoré", "Moussa"),
            ("sante-sans-reponse", "ame-sans-reponse.json"),
            today(),
            NOW,
        )
    };
    // The key is locked (mounted read-only), then the app is started.
    assert!(
        mount(&["-o", "remount,ro"], dir.path()),
        "remount read-only"
    );
    let app = reopen(dir.path());
    let outcome = app
        .unlock(common::GOOD, NOW)
        .and_then(|()| app.answer(dossier, "numero", &json!("2 90 12 99 123 456 78"), NOW));
    let error = outcome.unwrap_err();
    let report = app.report(&error);
    assert_eq!(report.code, "read-only", "{error:?}");
    assert!(
        report.message.contains("lecture seule"),
        "{}",
        report.message
    );
    drop(app);

    // Unlocked again: everything saved before is there.
    assert!(
        mount(&["-o", "remount,rw"], dir.path()),
        "remount read-write"
    );
    let app = reopen(dir.path());
    app.unlock(common::GOOD, NOW).unwrap();
    assert!(answers_of(&app, dossier).contains("Traoré"));
    app.answer(dossier, "numero", &json!("2 90 12 99 123 456 78"), NOW)
        .unwrap();
}

#[test]
fn a_full_usb_key_refuses_the_exchange_and_the_changes_wait_for_the_next_one() {
    let Some((_mounted, key)) = small_disk("2M") else {
        return;
    };
    let laptop = tempfile::tempdir().unwrap();
    let app = open(laptop.path());
    let folder = key.path().join("equipe");
    std::fs::create_dir_all(&folder).unwrap();
    let folder_text = folder.to_string_lossy().into_owned();
    let team = "équipe du CHU des Lilas, mardi soir";
    app.create_team(&folder_text, team, team, "Bureau", today(), NOW)
        .unwrap();
    let form = permanence_app::PersonForm {
        family_name: "Diallo".into(),
        given_names: "Awa".into(),
        ..Default::default()
    };
    app.save_person(None, &form, today(), NOW).unwrap();
    let filler = fill(key.path());

    let err = app.exchange(NOW).unwrap_err();
    let report = app.report(&err);
    assert_eq!(report.code, "disk-full", "{report:?}");
    assert!(report.message.contains("plein"), "{}", report.message);
    // No half packet left on the key, the change still waiting here.
    let laptop_dir = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .find(|e| e.path().is_dir())
        .unwrap()
        .path();
    assert_eq!(std::fs::read_dir(&laptop_dir).unwrap().count(), 0);
    // The person and the journal's entry for their creation.
    assert_eq!(app.team_status(today()).unwrap().unwrap().pending, 2);

    std::fs::remove_file(filler).unwrap();
    assert_eq!(app.exchange(NOW).unwrap().changes_written, 2);
    assert_eq!(app.team_status(today()).unwrap().unwrap().pending, 0);
}
