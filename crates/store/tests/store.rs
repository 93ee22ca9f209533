//! The encrypted store as the app uses it: create, unlock, write, search,
//! re-key, upgrade.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use permanence_domain::{Domiciliation, PersonFields};
use permanence_store::{KdfParams, Passphrase, Store, StoreError, migrate};

const KDF: KdfParams = KdfParams::FAST_INSECURE_FOR_TESTS;
const NOW: &str = "2026-11-25T18:00:00+01:00";

fn fixture() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("permanence.db");
    (dir, path)
}

fn pass(s: &str) -> Passphrase {
    Passphrase::new(s)
}

fn person(family: &str, given: &str, alt: &[&str]) -> PersonFields {
    PersonFields {
        family_name: family.into(),
        given_names: given.into(),
        alt_names: alt.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}

fn names(store: &Store, query: &str) -> Vec<String> {
    store
        .search_persons(query, 50)
        .unwrap()
        .into_iter()
        .map(|p| format!("{} {}", p.family_name, p.given_names))
        .collect()
}

fn file_bytes(path: &Path) -> Vec<u8> {
    let mut all = std::fs::read(path).unwrap();
    for ext in ["db-wal", "db-journal"] {
        if let Ok(b) = std::fs::read(path.with_extension(ext)) {
            all.extend(b);
        }
    }
    all
}

/// A new store holding one person with one dossier of `procedure`.
fn store_with_dossier(
    family: &str,
    given: &str,
    procedure: &str,
) -> (tempfile::TempDir, Store, i64, i64) {
    let (dir, path) = fixture();
    let mut store = Store::create(&path, &pass("x"), &KDF).unwrap();
    let person = store
        .create_person(&person(family, given, &[]), NOW)
        .unwrap()
        .id;
    let dossier = store
        .create_dossier(
            &permanence_store::NewDossier {
                person_id: person,
                procedure_id: procedure.into(),
                procedure_version: "1".into(),
                opened_on: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
            },
            NOW,
        )
        .unwrap();
    (dir, store, person, dossier)
}

#[test]
fn a_person_survives_closing_and_unlocking_again() {
    let (_dir, path) = fixture();
    let mut fields = person("Benali", "Hélène", &["Benaly"]);
    fields.birth_date = NaiveDate::from_ymd_opt(1990, 2, 28);
    fields.languages = vec!["ar".into(), "fr".into()];
    fields.domiciliation = Some(Domiciliation {
        organisation: "CCAS de Saint-Denis".into(),
        address: "1 place Victor Hugo".into(),
        expires_on: NaiveDate::from_ymd_opt(2027, 1, 10),
    });
    let id = {
        let mut store = Store::create(&path, &pass("une phrase longue"), &KDF).unwrap();
        store.create_person(&fields, NOW).unwrap().id
    };
    let store = Store::open(&path, &pass("une phrase longue"), &KDF).unwrap();
    let back = store.person(id).unwrap();
    assert_eq!(back.fields, fields);
    assert_eq!(back.created_at, NOW);
    assert_eq!(store.schema_version().unwrap(), migrate::latest());
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing() {
    let (_dir, path) = fixture();
    drop(Store::create(&path, &pass("bonne phrase"), &KDF).unwrap());
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path, &pass("mauvaise phrase"), &KDF).unwrap_err();
    assert!(matches!(err, StoreError::WrongPassphrase), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(Store::open(&path, &pass("bonne phrase"), &KDF).is_ok());
}

#[test]
fn the_file_shows_no_plaintext() {
    let (_dir, path) = fixture();
    let mut store = Store::create(&path, &pass("phrase"), &KDF).unwrap();
    let mut p = person("Zyxwvutsson", "Quetzalcoatl", &[]);
    p.notes = "Suivi psychiatrique, titre de séjour expiré".into();
    store.create_person(&p, NOW).unwrap();
    drop(store);
    let bytes = file_bytes(&path);
    assert!(bytes.len() > 4096);
    for needle in [
        "Zyxwvutsson",
        "zyxwvutsson",
        "Quetzalcoatl",
        "psychiatrique",
        "CREATE TABLE",
        "SQLite format",
    ] {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "`{needle}` readable in the database file"
        );
    }
}

#[test]
fn changing_the_passphrase_rekeys_and_keeps_everything() {
    let (_dir, path) = fixture();
    let mut store = Store::create(&path, &pass("ancienne"), &KDF).unwrap();
    let id = store
        .create_person(&person("Traoré", "Awa", &[]), NOW)
        .unwrap()
        .id;
    let salt_before = std::fs::read(&path).unwrap()[..16].to_vec();
    let store = store.change_passphrase(&pass("nouvelle"), &KDF).unwrap();
    assert_eq!(store.person(id).unwrap().fields.given_names, "Awa");
    drop(store);
    assert_ne!(
        std::fs::read(&path).unwrap()[..16].to_vec(),
        salt_before,
        "new salt"
    );
    assert!(matches!(
        Store::open(&path, &pass("ancienne"), &KDF),
        Err(StoreError::WrongPassphrase)
    ));
    let store = Store::open(&path, &pass("nouvelle"), &KDF).unwrap();
    assert_eq!(store.person(id).unwrap().fields.family_name, "Traoré");
    assert!(!path.with_extension("rekey.tmp").exists());
}

#[test]
fn create_refuses_to_overwrite_and_open_reports_a_missing_file() {
    let (_dir, path) = fixture();
    drop(Store::create(&path, &pass("x"), &KDF).unwrap());
    assert!(matches!(
        Store::create(&path, &pass("x"), &KDF),
        Err(StoreError::AlreadyExists(_))
    ));
    let other = path.with_file_name("absent.db");
    assert!(matches!(
        Store::open(&other, &pass("x"), &KDF),
        Err(StoreError::Missing(_))
    ));
}

#[test]
fn search_ignores_accents_case_and_finds_prefixes_and_variants() {
    let (_dir, path) = fixture();
    let mut store = Store::create(&path, &pass("x"), &KDF).unwrap();
    for p in [
        person("Benali", "Hélène", &[]),
        person("Diallo", "Mohamed", &["Muhammad", "Mohammed", "محمد"]),
        person("Œhler", "Jean-Pierre", &[]),
        person("N'Diaye", "Fatou", &[]),
        person("Morel", "Anne", &[]),
        person("Dupont", "Marie", &[]),
    ] {
        store.create_person(&p, NOW).unwrap();
    }
    assert_eq!(names(&store, "helene"), ["Benali Hélène"]);
    assert_eq!(names(&store, "HÉLÈNE"), ["Benali Hélène"]);
    assert_eq!(names(&store, "mo"), ["Diallo Mohamed", "Morel Anne"]);
    assert_eq!(names(&store, "muhammad"), ["Diallo Mohamed"]);
    assert_eq!(names(&store, "mohammed"), ["Diallo Mohamed"]);
    assert_eq!(names(&store, "مُحَمَّد"), ["Diallo Mohamed"]);
    assert_eq!(names(&store, "oehler"), ["Œhler Jean-Pierre"]);
    assert_eq!(names(&store, "pierre"), ["Œhler Jean-Pierre"]);
    assert_eq!(names(&store, "ndiaye"), ["N'Diaye Fatou"]);
    assert_eq!(names(&store, "mo diallo"), ["Diallo Mohamed"]);
    assert_eq!(names(&store, "mo zz"), Vec::<String>::new());
    assert_eq!(names(&store, "").len(), 6);
    assert_eq!(store.search_persons("", 2).unwrap().len(), 2);
}

#[test]
fn editing_a_person_updates_what_search_finds() {
    let (_dir, path) = fixture();
    let mut store = Store::create(&path, &pass("x"), &KDF).unwrap();
    let p = store
        .create_person(&person("Kone", "Ibrahim", &[]), NOW)
        .unwrap();
    let mut fields = p.fields.clone();
    fields.family_name = "Koné".into();
    fields.alt_names = vec!["Konneh".into()];
    let updated = store
        .update_person(p.id, &fields, "2026-11-26T09:00:00+01:00")
        .unwrap();
    assert_eq!(updated.created_at, NOW);
    assert_eq!(updated.updated_at, "2026-11-26T09:00:00+01:00");
    assert_eq!(names(&store, "konneh"), ["Koné Ibrahim"]);
    assert_eq!(names(&store, "ibra"), ["Koné Ibrahim"]);
    assert!(matches!(
        store.update_person(999, &fields, NOW),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn hostile_names_are_stored_faithfully() {
    let (_dir, path) = fixture();
    let mut store = Store::create(&path, &pass("x"), &KDF).unwrap();
    let hostile = [
        "Ali\u{202E}evil\u{202C}",
        "Zero\u{200B}Width",
        "Ctrl\u{0007}\u{001B}[31m",
        "Quote' OR 1=1; --",
        "#*$] {{ }} <script>",
        &"Long".repeat(2500),
    ];
    for name in hostile {
        let p = store
            .create_person(&person(name, "Test", &[]), NOW)
            .unwrap();
        assert_eq!(store.person(p.id).unwrap().fields.family_name, name);
    }
    assert_eq!(store.count_persons().unwrap(), hostile.len() as i64);
    assert_eq!(names(&store, "evil").len(), 1);
}

#[test]
fn every_earlier_schema_upgrades_to_the_latest() {
    for version in 0..migrate::latest() {
        let (_dir, path) = fixture();
        let store = Store::create_at_schema(&path, &pass("x"), &KDF, version).unwrap();
        assert_eq!(store.schema_version().unwrap(), version);
        if version >= 1 {
            store
                .execute_batch_for_tests(
                    "INSERT INTO persons (family_name, given_names, created_at, updated_at)
                     VALUES ('Ancien', 'Dossier', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
                     INSERT INTO person_name_tokens VALUES ('ancien', 1), ('dossier', 1);",
                )
                .unwrap();
        }
        drop(store);
        let store = Store::open(&path, &pass("x"), &KDF).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            migrate::latest(),
            "from {version}"
        );
        if version >= 1 {
            assert_eq!(
                names(&store, "ancien"),
                ["Ancien Dossier"],
                "from {version}"
            );
        }
        store.check_integrity().unwrap();
    }
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let (_dir, path) = fixture();
    let store = Store::create(&path, &pass("x"), &KDF).unwrap();
    store
        .execute_batch_for_tests("PRAGMA user_version = 99;")
        .unwrap();
    drop(store);
    assert!(matches!(
        Store::open(&path, &pass("x"), &KDF),
        Err(StoreError::TooNew { found: 99, .. })
    ));
}

#[test]
fn a_landed_migration_that_was_edited_is_detected() {
    let (_dir, path) = fixture();
    let store = Store::create(&path, &pass("x"), &KDF).unwrap();
    store
        .execute_batch_for_tests(
            "UPDATE schema_migrations SET sha256 = 'edited' WHERE version = 1;",
        )
        .unwrap();
    drop(store);
    assert!(matches!(
        Store::open(&path, &pass("x"), &KDF),
        Err(StoreError::MigrationChanged { version: 1 })
    ));
}

#[test]
fn migration_files_match_the_recorded_checksums() {
    // Forward-only: once landed, a migration's text never changes. Add a
    // new file instead, and its line to migrations/SHA256SUMS.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let sums = std::fs::read_to_string(dir.join("SHA256SUMS")).unwrap();
    let recorded: Vec<(String, String)> = sums
        .lines()
        .map(|l| {
            let (hash, name) = l.split_once("  ").unwrap();
            (name.to_owned(), hash.to_owned())
        })
        .collect();
    let shipped: Vec<(String, String)> = migrate::MIGRATIONS
        .iter()
        .map(|m| (m.name.to_owned(), migrate::sha256_hex(m.sql)))
        .collect();
    assert_eq!(shipped, recorded);
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    files.sort();
    let listed: Vec<String> = migrate::MIGRATIONS
        .iter()
        .map(|m| m.name.to_owned())
        .collect();
    assert_eq!(
        files, listed,
        "every migrations/*.sql must be listed in MIGRATIONS"
    );
    for (i, m) in migrate::MIGRATIONS.iter().enumerate() {
        assert_eq!(m.version as usize, i + 1);
        assert!(m.name.starts_with(&format!("{:04}_", m.version)));
    }
}

#[test]
fn drafts_are_kept_across_restarts_until_deleted() {
    let (_dir, path) = fixture();
    let mut store = Store::create(&path, &pass("x"), &KDF).unwrap();
    store
        .save_draft("person:new", r#"{"family_name":"Ba"}"#, NOW)
        .unwrap();
    store
        .save_draft("person:new", r#"{"family_name":"Bah"}"#, NOW)
        .unwrap();
    drop(store);
    let mut store = Store::open(&path, &pass("x"), &KDF).unwrap();
    assert_eq!(
        store.draft("person:new").unwrap().as_deref(),
        Some(r#"{"family_name":"Bah"}"#)
    );
    store.delete_draft("person:new").unwrap();
    assert_eq!(store.draft("person:new").unwrap(), None);
}

#[test]
fn dossiers_and_events_are_listed_per_person_most_recent_first() {
    use permanence_store::{NewDossier, NewEvent};
    let (_dir, path) = fixture();
    let mut store = Store::create(&path, &pass("x"), &KDF).unwrap();
    let ids = store
        .create_persons(&[person("A", "a", &[]), person("B", "b", &[])], NOW)
        .unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let dossier = store
        .create_dossier(
            &NewDossier {
                person_id: ids[0],
                procedure_id: "mdph-rapo".into(),
                procedure_version: "1".into(),
                opened_on: day(2),
            },
            NOW,
        )
        .unwrap();
    store
        .record_events(
            &[
                NewEvent {
                    dossier_id: dossier,
                    kind: "decision-notified".into(),
                    occurred_on: day(1),
                    tracking_number: None,
                },
                NewEvent {
                    dossier_id: dossier,
                    kind: "letter-posted".into(),
                    occurred_on: day(20),
                    tracking_number: Some("1A 234 567 8901 2".into()),
                },
            ],
            NOW,
        )
        .unwrap();
    let events = store.events_of_person(ids[0]).unwrap();
    assert_eq!(
        events.iter().map(|e| e.kind.as_str()).collect::<Vec<_>>(),
        ["letter-posted", "decision-notified"]
    );
    assert_eq!(
        events[0].tracking_number.as_deref(),
        Some("1A 234 567 8901 2")
    );
    assert_eq!(store.dossiers_of(ids[0]).unwrap()[0].status, "open");
    assert!(store.events_of_person(ids[1]).unwrap().is_empty());
    // An event for a dossier that does not exist is refused, and the batch
    // it belongs to leaves nothing behind.
    let bad = NewEvent {
        dossier_id: 999,
        kind: "x".into(),
        occurred_on: day(3),
        tracking_number: None,
    };
    let ok = NewEvent {
        dossier_id: dossier,
        ..bad.clone()
    };
    assert!(store.record_events(&[ok, bad], NOW).is_err());
    assert_eq!(store.events_of_person(ids[0]).unwrap().len(), 2);
}

#[test]
fn documents_are_stored_encrypted_and_listed_by_expiry() {
    use permanence_store::NewDocument;
    let (_dir, path) = fixture();
    let mut store = Store::create(&path, &pass("x"), &KDF).unwrap();
    let id = store
        .create_person(&person("Sow", "Binta", &[]), NOW)
        .unwrap()
        .id;
    let doc = |kind: &str, expires: Option<NaiveDate>, bytes: &[u8]| NewDocument {
        person_id: id,
        kind: kind.into(),
        title: format!("{kind} de Binta"),
        media_type: "image/jpeg".into(),
        bytes: bytes.to_vec(),
        issued_on: None,
        expires_on: expires,
    };
    store
        .add_document(&doc("decision", None, b"DECISIONSCAN"), NOW)
        .unwrap();
    let api = store
        .add_document(
            &doc("api", NaiveDate::from_ymd_opt(2026, 12, 5), b"APISCANBYTES"),
            NOW,
        )
        .unwrap();
    store
        .add_document(
            &doc(
                "titre-sejour",
                NaiveDate::from_ymd_opt(2027, 6, 1),
                b"TITRE",
            ),
            NOW,
        )
        .unwrap();
    let list = store.documents_of(id).unwrap();
    assert_eq!(
        list.iter().map(|d| d.kind.as_str()).collect::<Vec<_>>(),
        ["api", "titre-sejour", "decision"]
    );
    assert_eq!(list[0].size, 12);
    assert_eq!(store.document_bytes(api).unwrap(), b"APISCANBYTES");
    drop(store);
    let bytes = file_bytes(&path);
    assert!(
        !bytes.windows(12).any(|w| w == b"APISCANBYTES"),
        "document readable in the file"
    );
}

#[test]
fn answers_are_saved_one_by_one_and_survive_a_restart() {
    use permanence_store::NewDossier;
    let (_dir, path) = fixture();
    let mut store = Store::create(&path, &pass("x"), &KDF).unwrap();
    let person = store
        .create_person(&person("Diallo", "Awa", &[]), NOW)
        .unwrap()
        .id;
    let prefilled = serde_json::json!({"nom": "Diallo"})
        .as_object()
        .unwrap()
        .clone();
    let id = store
        .open_dossier(
            &NewDossier {
                person_id: person,
                procedure_id: "droit-au-compte".into(),
                procedure_version: "1".into(),
                opened_on: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            },
            &prefilled,
            Some("prenoms"),
            NOW,
        )
        .unwrap();
    store
        .save_answer(
            id,
            "prenoms",
            &serde_json::json!("Awa"),
            Some("adresse"),
            NOW,
        )
        .unwrap();
    store
        .save_answer(
            id,
            "compte_existant",
            &serde_json::json!(false),
            Some("heberge"),
            NOW,
        )
        .unwrap();
    drop(store);
    let mut store = Store::open(&path, &pass("x"), &KDF).unwrap();
    let d = store.dossier(id).unwrap();
    assert_eq!(d.current_question.as_deref(), Some("heberge"));
    assert_eq!(
        serde_json::Value::Object(d.answers),
        serde_json::json!({"nom": "Diallo", "prenoms": "Awa", "compte_existant": false})
    );
    store.set_current_question(id, None, NOW).unwrap();
    assert_eq!(store.dossier(id).unwrap().current_question, None);
    assert!(matches!(
        store.save_answer(999, "x", &serde_json::json!(1), None, NOW),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn a_frozen_letter_keeps_its_bytes_and_moves_from_printed_to_received() {
    use permanence_store::NewFrozenLetter;
    let (dir, mut store, _person, dossier) = store_with_dossier("Diallo", "Awa", "droit-au-compte");
    let path = dir.path().join("permanence.db");
    let pdf = b"%PDF-1.7 the printed letter".to_vec();
    let id = store
        .freeze_letter(
            &NewFrozenLetter {
                dossier_id: dossier,
                letter_id: "saisine-bdf".into(),
                procedure_version: "2".into(),
                law_as_of: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
                language: "fr".into(),
                explain_language: Some("ar".into()),
                content: "{\"letter\":{}}".into(),
                pdf: pdf.clone(),
            },
            NOW,
        )
        .unwrap();
    drop(store);

    let mut store = Store::open(&path, &pass("x"), &KDF).unwrap();
    let listed = store.frozen_letters_of(dossier).unwrap();
    assert_eq!(listed.len(), 1);
    let l = &listed[0];
    assert_eq!(
        (
            l.letter_id.as_str(),
            l.status.as_str(),
            l.law_as_of.as_str()
        ),
        ("saisine-bdf", "printed", "2026-11-25")
    );
    assert_eq!(l.sha256, migrate::sha256_hex(&pdf));
    assert_eq!(l.size, pdf.len() as i64);
    assert_eq!(l.explain_language.as_deref(), Some("ar"));
    assert_eq!(store.frozen_letter_bytes(id).unwrap().0, pdf);

    let posted = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    store
        .mark_letter_sent(id, posted, Some("1A 123 456 7890 1"), NOW)
        .unwrap();
    let ar = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    store.mark_letter_received(id, ar, NOW).unwrap();
    let l = store.frozen_letter(id).unwrap();
    assert_eq!(l.status, "received");
    assert_eq!(l.sent_on, Some(posted));
    assert_eq!(l.received_on, Some(ar));
    assert_eq!(l.tracking_number.as_deref(), Some("1A 123 456 7890 1"));
    // A received letter cannot go back to "sent".
    assert!(matches!(
        store.mark_letter_sent(id, posted, None, NOW),
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.frozen_letter(id + 1),
        Err(StoreError::NotFound)
    ));
    // The bytes never change, whatever the status.
    assert_eq!(store.frozen_letter_bytes(id).unwrap().0, pdf);
    store
        .execute_batch_for_tests("UPDATE letters SET pdf = X'00'")
        .unwrap();
    assert!(matches!(
        store.frozen_letter_bytes(id),
        Err(StoreError::Damaged(_))
    ));
}

#[test]
fn the_evidence_journal_keeps_attempts_in_order_with_their_screenshots() {
    use permanence_store::{NewAttempt, Screenshot};
    let (_dir, mut store, person, dossier) =
        store_with_dossier("Mensah", "Kofi", "prefecture-anef");
    let attempt = |on: (i32, u32, u32), at: &str, shot: Option<&[u8]>| NewAttempt {
        dossier_id: dossier,
        on: NaiveDate::from_ymd_opt(on.0, on.1, on.2).unwrap(),
        at: at.into(),
        channel: "anef".into(),
        outcome: format!("erreur à {at}"),
        screenshot: shot.map(|b| Screenshot {
            title: "capture.png".into(),
            media_type: "image/png".into(),
            bytes: b.to_vec(),
        }),
    };
    // Recorded out of order: listed by date and time.
    let late = store
        .add_attempt(&attempt((2026, 10, 2), "09:15", Some(b"PNG-2")), NOW)
        .unwrap();
    store
        .add_attempt(&attempt((2026, 9, 14), "22:40", None), NOW)
        .unwrap();
    store
        .add_attempt(&attempt((2026, 9, 14), "08:05", Some(b"PNG-1")), NOW)
        .unwrap();
    let list = store.attempts_of(dossier).unwrap();
    let when: Vec<_> = list
        .iter()
        .map(|a| (a.on.to_string(), a.at.clone()))
        .collect();
    assert_eq!(
        when,
        [
            ("2026-09-14".into(), "08:05".into()),
            ("2026-09-14".into(), "22:40".into()),
            ("2026-10-02".into(), "09:15".into())
        ]
    );
    assert_eq!(list[0].outcome, "erreur à 08:05");
    let shot = list[2].screenshot.as_ref().unwrap();
    assert_eq!(store.document_bytes(shot.document_id).unwrap(), b"PNG-2");
    // Screenshots are not mixed with the person's identity documents.
    assert!(store.documents_of(person).unwrap().is_empty());
    // Deleting an attempt takes its screenshot with it.
    store.delete_attempt(late).unwrap();
    assert_eq!(store.attempts_of(dossier).unwrap().len(), 2);
    assert!(matches!(
        store.document_bytes(shot.document_id),
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.delete_attempt(late),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn after_an_unlock_a_portable_export_and_a_rekey_still_work() {
    let (dir, store, person, _dossier) = store_with_dossier("Diallo", "Awa", "droit-au-compte");
    drop(store);
    // Reopened, as after an unlock.
    let mut store = Store::open(&dir.path().join("permanence.db"), &pass("x"), &KDF).unwrap();
    store.erase_person(person, "", NOW).unwrap();
    let out = dir.path().join("usb/x.permanence");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    store
        .export_portable(&out, dir.path(), &pass("une autre phrase"), &KDF)
        .unwrap();
    permanence_store::portable::read_portable(&out, &dir.path().join("back.db")).unwrap();
    // Re-keying after an unlock uses the same export.
    let store = store
        .change_passphrase(&pass("nouvelle phrase"), &KDF)
        .unwrap();
    assert!(store.check_integrity().is_ok());
}

/// A base of `n` persons, closed (checkpointed: no WAL left), and its path.
fn closed_base(n: usize) -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = fixture();
    let mut store = Store::create(&path, &pass("x"), &KDF).unwrap();
    let list: Vec<_> = (0..n)
        .map(|i| person(&format!("Personne{i}"), "Test", &[]))
        .collect();
    store.create_persons(&list, NOW).unwrap();
    drop(store);
    (dir, path)
}

#[test]
fn a_working_session_opens_before_the_page_check_and_writes_once_it_passed() {
    let (_dir, path) = closed_base(2000);
    let mut store = Store::unlock(&path, &pass("x"), &KDF).unwrap();
    // The check runs on its own connection; reads do not wait for it.
    assert_eq!(names(&store, "personne1999"), ["Personne1999 Test"]);
    store
        .create_person(&person("Nouvelle", "A", &[]), NOW)
        .unwrap();
    assert!(!store.integrity().pending());
    store.check_integrity().unwrap();
    drop(store);
    let store = Store::open(&path, &pass("x"), &KDF).unwrap();
    assert_eq!(names(&store, "nouvelle"), ["Nouvelle A"]);
}

#[test]
fn a_page_damaged_on_disk_is_reported_after_unlock_and_nothing_is_written_to_it() {
    let (_dir, path) = closed_base(2000);
    // Flip the bytes of a page in the middle of the file, as a failing
    // disk would: the header and the schema (first pages) stay sound.
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096 * (bytes.len() / 4096 / 2);
    for b in &mut bytes[page + 100..page + 164] {
        *b ^= 0xff;
    }
    std::fs::write(&path, &bytes).unwrap();
    // The whole-file check at open still refuses it.
    assert!(matches!(
        Store::open(&path, &pass("x"), &KDF),
        Err(StoreError::Damaged(_))
    ));

    let mut store = Store::unlock(&path, &pass("x"), &KDF).unwrap();
    let before = file_bytes(&path);
    // A write made before the check is known waits for it, then is
    // refused: it never reaches the file.
    let write = store.create_person(&person("Nouvelle", "A", &[]), NOW);
    assert!(matches!(write, Err(StoreError::Damaged(_))), "{write:?}");
    assert!(matches!(
        store.integrity().wait(),
        Err(StoreError::Damaged(_))
    ));
    assert!(matches!(
        store.check_integrity(),
        Err(StoreError::Damaged(_))
    ));
    // Once known, every later write is refused too.
    assert!(matches!(
        store.save_draft("k", "texte", NOW),
        Err(StoreError::Damaged(_))
    ));
    assert_eq!(file_bytes(&path), before);
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}
