//! Portable backups: carried to another laptop on a USB key, refused when
//! cut short or altered, never replacing data without keeping it.

use chrono::NaiveDate;
use permanence_app::{App, AppError, Paths, PersonForm};
use permanence_store::KdfParams;

const GOOD: &str = "mardi soir permanence";
const KEY: &str = "clé usb du foyer rouge";
const NOW: &str = "2026-11-26T18:00:00+01:00";

fn app(dir: &std::path::Path) -> App {
    App::open_with_kdf(Paths::new(dir), KdfParams::FAST_INSECURE_FOR_TESTS).unwrap()
}

fn person(app: &App, family: &str) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let form = PersonForm {
        family_name: family.into(),
        given_names: "Awa".into(),
        ..Default::default()
    };
    app.save_person(None, &form, today, NOW).unwrap();
}

/// A laptop with Diallo, and its portable backup on a « USB key ».
fn exported() -> (tempfile::TempDir, App, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let first = app(&dir.path().join("laptop-1"));
    first.create_vault(GOOD, GOOD).unwrap();
    person(&first, "Diallo");
    assert!(matches!(
        first.export_portable_backup(KEY, "autre chose", &dir.path().join("usb"), NOW),
        Err(AppError::PassphraseMismatch)
    ));
    let file = first
        .export_portable_backup(KEY, KEY, &dir.path().join("usb"), NOW)
        .unwrap();
    assert_eq!(
        file.file_name().unwrap().to_string_lossy(),
        "permanence-20261126T170000Z.permanence"
    );
    assert!(!file.with_extension("permanence.partial").exists());
    (dir, first, file)
}

#[test]
fn a_portable_backup_restores_on_a_new_laptop_under_its_own_passphrase() {
    let (dir, _first, file) = exported();
    let second = app(&dir.path().join("laptop-2"));
    assert!(!second.vault_status().exists);
    assert!(matches!(
        second.import_portable_backup(&file, GOOD, NOW),
        Err(AppError::WrongPassphrase)
    ));
    assert!(
        !second.vault_status().exists,
        "a refused import leaves nothing"
    );
    second.import_portable_backup(&file, KEY, NOW).unwrap();
    assert_eq!(second.search_persons("diallo").unwrap().len(), 1);
    assert!(second.verify_audit().unwrap().intact());
    // From now on the backup's passphrase opens this laptop's data.
    second.lock();
    second.unlock(KEY, NOW).unwrap();
}

#[test]
fn a_copy_cut_short_or_altered_is_refused_and_changes_nothing() {
    let (dir, _first, file) = exported();
    let bytes = std::fs::read(&file).unwrap();
    let second = app(&dir.path().join("laptop-2"));
    second.create_vault(GOOD, GOOD).unwrap();
    person(&second, "Benali");
    let broken = dir.path().join("broken.permanence");
    // The key pulled out at various points of the copy, then one bit
    // flipped in the middle, then a file that is not a backup at all.
    let mut cases: Vec<Vec<u8>> = [10, 30, bytes.len() / 2, bytes.len() - 40, bytes.len() - 1]
        .iter()
        .map(|&n| bytes[..n].to_vec())
        .collect();
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x01;
    cases.push(flipped);
    cases.push(b"%PDF-1.7 not a backup".to_vec());
    for case in cases {
        std::fs::write(&broken, &case).unwrap();
        let err = second
            .import_portable_backup(&broken, KEY, NOW)
            .unwrap_err();
        assert!(
            matches!(err, AppError::BackupIncomplete(_)),
            "{} bytes: {err:?}",
            case.len()
        );
        assert_eq!(second.report(&err).code, "backup-incomplete");
        assert_eq!(second.search_persons("benali").unwrap().len(), 1);
        assert!(second.search_persons("diallo").unwrap().is_empty());
    }
    assert!(!dir.path().join("laptop-2/preserved").exists());
}

#[test]
fn restoring_over_existing_data_keeps_it_aside() {
    let (dir, _first, file) = exported();
    let second = app(&dir.path().join("laptop-2"));
    second.create_vault(GOOD, GOOD).unwrap();
    person(&second, "Benali");
    second.import_portable_backup(&file, KEY, NOW).unwrap();
    assert!(second.search_persons("benali").unwrap().is_empty());
    let kept = dir
        .path()
        .join("laptop-2/preserved/permanence-before-import-20261126T170000Z.db");
    assert!(kept.is_file());
    // The kept copy still opens with the old passphrase.
    let store = permanence_store::Store::open(
        &kept,
        &permanence_store::Passphrase::new(GOOD),
        &KdfParams::FAST_INSECURE_FOR_TESTS,
    )
    .unwrap();
    assert_eq!(store.search_persons("benali", 5).unwrap().len(), 1);
}

#[test]
fn a_backup_chosen_in_the_window_is_restored_from_its_bytes() {
    let (dir, _first, file) = exported();
    let second = app(&dir.path().join("laptop-2"));
    let bytes = std::fs::read(&file).unwrap();
    assert!(matches!(
        second.import_portable_backup_bytes(&bytes[..bytes.len() - 3], KEY, NOW),
        Err(AppError::BackupIncomplete(_))
    ));
    second
        .import_portable_backup_bytes(&bytes, KEY, NOW)
        .unwrap();
    assert_eq!(second.search_persons("diallo").unwrap().len(), 1);
    assert!(!dir.path().join("laptop-2/portable-upload.tmp").exists());
}
