//! Backups: taken online, rotated, verified, and restored without ever
//! losing the data they replace.

use permanence_domain::PersonFields;
use permanence_store::{
    DerivedKey, KdfParams, Passphrase, Store, StoreError, list_backups, restore_backup,
    rotate_backups,
};

const KDF: KdfParams = KdfParams::FAST_INSECURE_FOR_TESTS;
const NOW: &str = "2026-11-25T18:00:00Z";

fn named(name: &str) -> PersonFields {
    PersonFields {
        family_name: name.into(),
        ..Default::default()
    }
}

fn pass() -> Passphrase {
    Passphrase::new("phrase de test")
}

#[test]
fn a_backup_is_a_complete_encrypted_copy() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("permanence.db");
    let backups = dir.path().join("backups");
    let mut store = Store::create(&live, &pass(), &KDF).unwrap();
    store.create_person(&named("Avant"), NOW).unwrap();
    let info = store.backup_into(&backups, "20261125T180000Z").unwrap();
    store.create_person(&named("Après"), NOW).unwrap();
    assert_eq!(info.file_name, "permanence-20261125T180000Z.db");
    assert!(info.size > 4096);

    let path = backups.join(&info.file_name);
    let bytes = std::fs::read(&path).unwrap();
    assert!(
        !bytes.windows(5).any(|w| w == b"Avant"),
        "plaintext in backup"
    );
    let copy = Store::open(&path, &pass(), &KDF).unwrap();
    assert_eq!(copy.search_persons("", 10).unwrap().len(), 1);
    assert!(matches!(
        Store::open(&path, &Passphrase::new("autre phrase"), &KDF),
        Err(StoreError::WrongPassphrase)
    ));
}

#[test]
fn rotation_keeps_the_seven_newest_and_ignores_partial_files() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("permanence.db");
    let backups = dir.path().join("backups");
    let store = Store::create(&live, &pass(), &KDF).unwrap();
    for day in 10..19 {
        store
            .backup_into(&backups, &format!("202611{day}T120000Z"))
            .unwrap();
    }
    std::fs::write(
        backups.join("permanence-20261130T000000Z.db.partial"),
        b"half",
    )
    .unwrap();
    let removed = rotate_backups(&backups, 7).unwrap();
    assert_eq!(removed.len(), 2);
    let left: Vec<_> = list_backups(&backups)
        .unwrap()
        .into_iter()
        .map(|b| b.stamp)
        .collect();
    assert_eq!(left.len(), 7);
    assert_eq!(left.first().unwrap(), "20261118T120000Z");
    assert_eq!(left.last().unwrap(), "20261112T120000Z");
}

#[test]
fn restoring_preserves_the_replaced_database() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("permanence.db");
    let backups = dir.path().join("backups");
    let preserved = dir.path().join("preserved/permanence-before-restore.db");
    let mut store = Store::create(&live, &pass(), &KDF).unwrap();
    store.create_person(&named("Sauvegardé"), NOW).unwrap();
    let info = store.backup_into(&backups, "20261125T180000Z").unwrap();
    store.create_person(&named("Ajouté ensuite"), NOW).unwrap();
    drop(store);

    let backup = backups.join(&info.file_name);
    let key = DerivedKey::for_database(&backup, &pass(), &KDF).unwrap();
    restore_backup(&backup, &key, &live, &preserved).unwrap();

    let restored = Store::open(&live, &pass(), &KDF).unwrap();
    assert_eq!(restored.search_persons("", 10).unwrap().len(), 1);
    let kept = Store::open(&preserved, &pass(), &KDF).unwrap();
    assert_eq!(kept.search_persons("", 10).unwrap().len(), 2);
    // A second restore must not overwrite the preserved copy.
    drop(restored);
    assert!(matches!(
        restore_backup(&backup, &key, &live, &preserved),
        Err(StoreError::AlreadyExists(_))
    ));
}

#[test]
fn a_truncated_backup_is_never_restored() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("permanence.db");
    let backups = dir.path().join("backups");
    let mut store = Store::create(&live, &pass(), &KDF).unwrap();
    for i in 0..300 {
        store
            .create_person(&named(&format!("Personne {i}")), NOW)
            .unwrap();
    }
    let info = store.backup_into(&backups, "20261125T180000Z").unwrap();
    drop(store);
    let backup = backups.join(&info.file_name);
    let bytes = std::fs::read(&backup).unwrap();
    let cut = backups.join("permanence-20261125T190000Z.db");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let before = std::fs::read(&live).unwrap();

    let key = DerivedKey::for_database(&cut, &pass(), &KDF).unwrap();
    let err = restore_backup(&cut, &key, &live, &dir.path().join("preserved.db")).unwrap_err();
    assert!(
        matches!(err, StoreError::Damaged(_) | StoreError::Sqlite(_)),
        "{err:?}"
    );
    assert_eq!(
        std::fs::read(&live).unwrap(),
        before,
        "live database touched"
    );
    assert!(!dir.path().join("preserved.db").exists());
}
