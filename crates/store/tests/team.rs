//! Team work between laptops through a shared folder: what one records
//! reaches the others, conflicts keep both values, erasures travel, and
//! every bad packet is refused with the database unchanged.

use std::path::{Path, PathBuf};

use permanence_domain::PersonFields;
use permanence_store::{
    KdfParams, NewDossier, NewEvent, PacketProblem, Passphrase, Store, StoreError,
};

const KDF: KdfParams = KdfParams::FAST_INSECURE_FOR_TESTS;
const PASS: &str = "mardi soir permanence";
const TEAM_PASS: &str = "équipe du CHU des Lilas";

fn at(minute: u32) -> String {
    format!(
        "2026-12-01T{:02}:{:02}:00+01:00",
        9 + minute / 60,
        minute % 60
    )
}

fn person(family: &str, given: &str) -> PersonFields {
    PersonFields {
        family_name: family.into(),
        given_names: given.into(),
        ..Default::default()
    }
}

struct Team {
    dir: tempfile::TempDir,
}

impl Team {
    fn new() -> Team {
        Team {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn folder(&self) -> PathBuf {
        self.dir.path().join("partage")
    }

    fn db(&self, name: &str) -> PathBuf {
        self.dir.path().join(format!("{name}.db"))
    }

    /// The first laptop: a new database that starts the team.
    fn founder(&self, name: &str) -> Store {
        std::fs::create_dir_all(self.folder()).unwrap();
        let mut store = Store::create(&self.db(name), &Passphrase::new(PASS), &KDF).unwrap();
        store
            .create_team(
                &self.folder(),
                &Passphrase::new(TEAM_PASS),
                &KDF,
                name,
                &at(0),
            )
            .unwrap();
        store
    }

    /// The office's laptop with Awa Diallo recorded, and Tuesday's laptop
    /// joined from a backup of it: where most of these tests start.
    fn with_awa() -> (Team, Store, Store, permanence_domain::Person) {
        let team = Team::new();
        let mut office = team.founder("bureau");
        let awa = office
            .create_person(&person("Diallo", "Awa"), &at(1))
            .unwrap();
        let tuesday = team.join(&office, "mardi", 2);
        (team, office, tuesday, awa)
    }

    /// A laptop that joins from a backup of `from`.
    fn join(&self, from: &Store, name: &str, minute: u32) -> Store {
        let backups = self.dir.path().join("sauvegardes");
        let info = from
            .backup_into(&backups, &format!("2026120{minute}T000000Z"))
            .unwrap();
        std::fs::copy(backups.join(&info.file_name), self.db(name)).unwrap();
        let mut store = Store::open(&self.db(name), &Passphrase::new(PASS), &KDF).unwrap();
        store.mark_restored().unwrap();
        assert!(store.team_status().unwrap().unwrap().must_join);
        assert!(matches!(
            store.exchange(&at(minute)),
            Err(StoreError::CopyOfAnotherLaptop)
        ));
        store
            .join_team(
                &self.folder(),
                &Passphrase::new(TEAM_PASS),
                name,
                &at(minute),
            )
            .unwrap();
        store
    }
}

/// A droit-au-compte dossier opened for `person_id` at minute `minute`.
fn bank_dossier(store: &mut Store, person_id: i64, minute: u32) -> i64 {
    store
        .create_dossier(
            &NewDossier {
                person_id,
                procedure_id: "droit-au-compte".into(),
                procedure_version: "1".into(),
                opened_on: "2026-12-01".parse().unwrap(),
            },
            &at(minute),
        )
        .unwrap()
}

fn names(store: &Store) -> Vec<String> {
    store
        .search_persons("", 100)
        .unwrap()
        .into_iter()
        .map(|p| format!("{} {}", p.family_name, p.given_names))
        .collect()
}

fn id_of(store: &Store, family: &str) -> i64 {
    store
        .search_persons(family, 10)
        .unwrap()
        .into_iter()
        .find(|p| p.family_name == family)
        .unwrap_or_else(|| panic!("{family} not found"))
        .id
}

fn with_phone(store: &Store, id: i64, phone: &str) -> PersonFields {
    let mut f = store.person(id).unwrap().fields;
    f.phone = phone.into();
    f
}

#[test]
fn a_person_a_dossier_and_an_ar_recorded_on_one_laptop_reach_the_other() {
    let (_team, mut office, mut tuesday, _) = Team::with_awa();
    assert_eq!(names(&tuesday), ["Diallo Awa"]);

    let kone = office
        .create_person(&person("Koné", "Ibrahim"), &at(3))
        .unwrap();
    let dossier = bank_dossier(&mut office, kone.id, 4);
    office
        .record_events(
            &[NewEvent {
                dossier_id: dossier,
                kind: "ar-signed".into(),
                occurred_on: "2026-12-03".parse().unwrap(),
                tracking_number: Some("1A 234 567 8901 2".into()),
            }],
            &at(5),
        )
        .unwrap();
    let sent = office.exchange(&at(6)).unwrap();
    assert_eq!(sent.written, Some(1));
    // Awa's creation too, made before the backup: Tuesday has it already
    // and skips it.
    assert_eq!(sent.changes_written, 4);

    let got = tuesday.exchange(&at(7)).unwrap();
    assert_eq!(got.packets_read, 1);
    assert_eq!(got.changes_applied, 3);
    assert_eq!(got.dossiers_touched, [dossier]);
    // Found by name on the other laptop: the name index is rebuilt there.
    assert_eq!(id_of(&tuesday, "Koné"), kone.id);
    let events = tuesday.events_of_person(kone.id).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0].tracking_number.as_deref(),
        Some("1A 234 567 8901 2")
    );
    assert_eq!(office.team_facts().unwrap(), tuesday.team_facts().unwrap());

    // Ids made on the second laptop never meet the first laptop's.
    let sow = tuesday
        .create_person(&person("Sow", "Mariam"), &at(8))
        .unwrap();
    let bah = office
        .create_person(&person("Bah", "Oumar"), &at(8))
        .unwrap();
    assert_ne!(sow.id, bah.id);
    assert!(sow.id > 1 << 32 && sow.id < 1 << 53, "id {}", sow.id);
    tuesday.exchange(&at(9)).unwrap();
    office.exchange(&at(10)).unwrap();
    tuesday.exchange(&at(11)).unwrap();
    assert_eq!(office.team_facts().unwrap(), tuesday.team_facts().unwrap());
    assert_eq!(names(&office).len(), 4);

    // Exchanging again changes nothing.
    let facts = office.team_facts().unwrap();
    let again = office.exchange(&at(12)).unwrap();
    assert_eq!((again.written, again.changes_applied), (None, 0));
    assert_eq!(office.team_facts().unwrap(), facts);

    let status = office.team_status().unwrap().unwrap();
    assert_eq!(status.peers.len(), 1);
    assert_eq!(status.peers[0].label, "mardi");
    assert_eq!(
        status.peers[0].last_written_at.as_deref(),
        Some(at(9).as_str())
    );
}

#[test]
fn a_field_changed_on_two_laptops_keeps_both_values_until_the_worker_chooses() {
    let (_team, mut office, mut tuesday, awa) = Team::with_awa();

    // Both change the phone; the office also changes the address, which
    // nobody else touched: it is no conflict and is kept.
    let mut f = with_phone(&office, awa.id, "06 11 11 11 11");
    f.address = "CHU des Lilas".into();
    office.update_person(awa.id, &f, &at(3)).unwrap();
    tuesday
        .update_person(
            awa.id,
            &with_phone(&tuesday, awa.id, "07 22 22 22 22"),
            &at(4),
        )
        .unwrap();
    office.exchange(&at(5)).unwrap();
    let got = tuesday.exchange(&at(6)).unwrap();
    assert_eq!(got.new_conflicts, 1);
    office.exchange(&at(7)).unwrap();

    for laptop in [&office, &tuesday] {
        let p = laptop.person(awa.id).unwrap().fields;
        // The more recent value (Tuesday's, 09:04) is in the record…
        assert_eq!(p.phone, "07 22 22 22 22");
        assert_eq!(p.address, "CHU des Lilas");
        // …and the other one is kept, listed on both laptops.
        let conflicts = laptop.team_conflicts().unwrap();
        assert_eq!(conflicts.len(), 1, "{conflicts:?}");
        assert_eq!(conflicts[0].column, "phone");
        assert_eq!(conflicts[0].kept, "\"07 22 22 22 22\"");
        assert_eq!(conflicts[0].other, "\"06 11 11 11 11\"");
        assert!(!conflicts[0].resolved);
    }

    // The worker on the office laptop puts the office's number back.
    let id = office.team_conflicts().unwrap()[0].id.clone();
    office.resolve_conflict(&id, true, &at(8)).unwrap();
    office.exchange(&at(9)).unwrap();
    tuesday.exchange(&at(10)).unwrap();
    for laptop in [&office, &tuesday] {
        assert_eq!(
            laptop.person(awa.id).unwrap().fields.phone,
            "06 11 11 11 11"
        );
        assert!(laptop.team_conflicts().unwrap()[0].resolved);
    }
    assert_eq!(office.team_facts().unwrap(), tuesday.team_facts().unwrap());
    assert_eq!(office.team_status().unwrap().unwrap().open_conflicts, 0);
}

#[test]
fn an_erasure_travels_and_wins_over_a_change_made_meanwhile() {
    let (_team, mut office, mut tuesday, awa) = Team::with_awa();

    office.erase_person(awa.id, "Awa", &at(3)).unwrap();
    tuesday
        .update_person(
            awa.id,
            &with_phone(&tuesday, awa.id, "07 22 22 22 22"),
            &at(4),
        )
        .unwrap();
    // A dossier opened meanwhile on Tuesday goes with the person too.
    bank_dossier(&mut tuesday, awa.id, 5);
    office.exchange(&at(6)).unwrap();
    tuesday.exchange(&at(7)).unwrap();
    office.exchange(&at(8)).unwrap();
    for laptop in [&office, &tuesday] {
        assert!(matches!(laptop.person(awa.id), Err(StoreError::NotFound)));
        assert!(laptop.dossiers_of(awa.id).unwrap().is_empty());
        assert!(names(laptop).is_empty());
    }
    assert_eq!(office.team_facts().unwrap(), tuesday.team_facts().unwrap());
}

/// Copies the folder's state, runs `spoil` on a copy of it, and checks the
/// exchange is refused with `expected` and the database left unchanged.
fn refused(
    tuesday: &mut Store,
    folder: &Path,
    spoil: impl FnOnce(&Path),
    expected: impl Fn(&StoreError) -> bool,
) {
    let facts = tuesday.team_facts().unwrap();
    let status = tuesday.team_status().unwrap();
    spoil(folder);
    let err = tuesday.exchange(&at(30)).unwrap_err();
    assert!(expected(&err), "{err:?}");
    assert_eq!(tuesday.team_facts().unwrap(), facts);
    assert_eq!(tuesday.team_status().unwrap(), status);
}

fn packet_problem(e: &StoreError) -> Option<&PacketProblem> {
    match e {
        StoreError::TeamPacket { problem, .. } => Some(problem),
        _ => None,
    }
}

#[test]
fn bad_packets_and_folders_are_refused_and_nothing_is_applied() {
    let (team, mut office, mut tuesday, _) = Team::with_awa();
    office
        .create_person(&person("Koné", "Ibrahim"), &at(3))
        .unwrap();
    office.exchange(&at(4)).unwrap();
    office
        .create_person(&person("Sow", "Mariam"), &at(5))
        .unwrap();
    office.exchange(&at(6)).unwrap();
    let office_id = office.team_status().unwrap().unwrap().installation;
    let dir = team.folder().join(&office_id);
    let p1 = dir.join("00000001.packet");
    let p2 = dir.join("00000002.packet");
    let good1 = std::fs::read(&p1).unwrap();
    let good2 = std::fs::read(&p2).unwrap();
    let restore = || {
        std::fs::write(&p1, &good1).unwrap();
        std::fs::write(&p2, &good2).unwrap();
    };

    // Cut short (the key pulled out while copying).
    refused(
        &mut tuesday,
        &team.folder(),
        |_| std::fs::write(&p2, &good2[..good2.len() / 2]).unwrap(),
        |e| packet_problem(e) == Some(&PacketProblem::CutShort),
    );
    restore();
    // One byte of the sealed body altered.
    refused(
        &mut tuesday,
        &team.folder(),
        |_| {
            let mut bad = good2.clone();
            let i = bad.len() - 40;
            bad[i] ^= 1;
            std::fs::write(&p2, bad).unwrap();
        },
        |e| packet_problem(e) == Some(&PacketProblem::Altered),
    );
    restore();
    // Replayed: packet 1 copied again as packet 2.
    refused(
        &mut tuesday,
        &team.folder(),
        |_| std::fs::write(&p2, &good1).unwrap(),
        |e| packet_problem(e) == Some(&PacketProblem::Misplaced),
    );
    restore();
    // Out of order: packet 1 missing, packet 2 there.
    refused(
        &mut tuesday,
        &team.folder(),
        |_| std::fs::remove_file(&p1).unwrap(),
        |e| matches!(packet_problem(e), Some(PacketProblem::OutOfOrder { .. })),
    );
    restore();

    // A packet of another team, dropped in this folder.
    let other = Team::new();
    let mut stranger = other.founder("ailleurs");
    stranger
        .create_person(&person("Autre", "Équipe"), &at(1))
        .unwrap();
    stranger.exchange(&at(2)).unwrap();
    let stranger_id = stranger.team_status().unwrap().unwrap().installation;
    let stray = team.folder().join(&stranger_id);
    refused(
        &mut tuesday,
        &team.folder(),
        |_| {
            std::fs::create_dir_all(&stray).unwrap();
            std::fs::copy(
                other.folder().join(&stranger_id).join("00000001.packet"),
                stray.join("00000001.packet"),
            )
            .unwrap();
        },
        |e| packet_problem(e) == Some(&PacketProblem::OtherTeam),
    );
    std::fs::remove_dir_all(&stray).unwrap();

    // The same packet made to claim this team: sealed under another key,
    // it is refused by its seal.
    let ours = tuesday.team_status().unwrap().unwrap().team_id;
    let theirs = stranger.team_status().unwrap().unwrap().team_id;
    refused(
        &mut tuesday,
        &team.folder(),
        |_| {
            std::fs::create_dir_all(&stray).unwrap();
            let bytes =
                std::fs::read(other.folder().join(&stranger_id).join("00000001.packet")).unwrap();
            // The header is plain JSON and the ids are the same length: only
            // the team's id changes, the sealed body stays as it was.
            let at = bytes
                .windows(theirs.len())
                .position(|w| w == theirs.as_bytes())
                .unwrap();
            let mut out = bytes.clone();
            out[at..at + ours.len()].copy_from_slice(ours.as_bytes());
            std::fs::write(stray.join("00000001.packet"), out).unwrap();
        },
        |e| packet_problem(e) == Some(&PacketProblem::Altered),
    );
    std::fs::remove_dir_all(&stray).unwrap();

    // The folder out of reach (the USB key not plugged in).
    let moved = team.dir.path().join("ailleurs");
    refused(
        &mut tuesday,
        &team.folder(),
        |f| std::fs::rename(f, &moved).unwrap(),
        |e| matches!(e, StoreError::TeamFolderUnreachable(_)),
    );
    std::fs::rename(&moved, team.folder()).unwrap();

    // Everything back: the exchange goes through.
    let got = tuesday.exchange(&at(31)).unwrap();
    assert_eq!(got.packets_read, 2);
    assert_eq!(office.team_facts().unwrap(), tuesday.team_facts().unwrap());
}

#[test]
fn joining_needs_the_team_passphrase_and_a_backup_of_the_team() {
    let team = Team::new();
    let office = team.founder("bureau");
    let backups = team.dir.path().join("sauvegardes");
    let info = office.backup_into(&backups, "20261201T000000Z").unwrap();
    std::fs::copy(backups.join(&info.file_name), team.db("mardi")).unwrap();
    let mut tuesday = Store::open(&team.db("mardi"), &Passphrase::new(PASS), &KDF).unwrap();
    let err = tuesday
        .join_team(
            &team.folder(),
            &Passphrase::new("pas la bonne"),
            "mardi",
            &at(2),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::WrongTeamPassphrase), "{err:?}");

    // A laptop with a caseload of its own cannot join: it would mix two.
    let mut alone = Store::create(&team.db("seul"), &Passphrase::new(PASS), &KDF).unwrap();
    let err = alone
        .join_team(&team.folder(), &Passphrase::new(TEAM_PASS), "seul", &at(2))
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFromThisTeam), "{err:?}");

    // A backup restored without joining would write as the office laptop.
    let err = tuesday.exchange(&at(3));
    drop(err);
    let mut office = office;
    office
        .create_person(&person("Diallo", "Awa"), &at(4))
        .unwrap();
    office.exchange(&at(5)).unwrap();
    let mut copy = Store::open(&team.db("mardi"), &Passphrase::new(PASS), &KDF).unwrap();
    copy.create_person(&person("Koné", "Ibrahim"), &at(6))
        .unwrap();
    let err = copy.exchange(&at(7)).unwrap_err();
    assert!(matches!(err, StoreError::CopyOfAnotherLaptop), "{err:?}");
}

#[test]
fn laptops_at_different_schema_versions_refuse_to_merge() {
    let team = Team::new();
    let mut office = team.founder("bureau");
    let mut tuesday = team.join(&office, "mardi", 2);
    office
        .create_person(&person("Diallo", "Awa"), &at(3))
        .unwrap();
    // As if the office laptop had been updated to a newer Permanence.
    office
        .execute_batch_for_tests("PRAGMA user_version = 99;")
        .unwrap();
    office.exchange(&at(4)).unwrap();
    let facts = tuesday.team_facts().unwrap();
    let err = tuesday.exchange(&at(5)).unwrap_err();
    assert!(
        matches!(err, StoreError::TeamSchema { theirs: 99, ref laptop, .. } if laptop == "bureau"),
        "{err:?}"
    );
    assert_eq!(tuesday.team_facts().unwrap(), facts);
}

#[test]
fn a_crash_between_writing_a_packet_and_noting_it_loses_nothing_and_sends_nothing_twice() {
    let team = Team::new();
    let mut office = team.founder("bureau");
    let mut tuesday = team.join(&office, "mardi", 2);
    office
        .create_person(&person("Diallo", "Awa"), &at(3))
        .unwrap();
    // The database as it was before the exchange…
    drop(office);
    let db = team.db("bureau");
    let before: Vec<(PathBuf, Vec<u8>)> = ["", "-wal", "-shm"]
        .iter()
        .map(|s| PathBuf::from(format!("{}{s}", db.display())))
        .filter(|p| p.exists())
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    let mut office = Store::open(&db, &Passphrase::new(PASS), &KDF).unwrap();
    assert_eq!(office.exchange(&at(4)).unwrap().written, Some(1));
    drop(office);
    // …comes back, with the packet already in the folder (killed after the
    // rename, before the commit).
    for (p, b) in &before {
        std::fs::write(p, b).unwrap();
    }
    let mut office = Store::open(&db, &Passphrase::new(PASS), &KDF).unwrap();
    assert_eq!(office.team_status().unwrap().unwrap().pending, 1);
    let again = office.exchange(&at(5)).unwrap();
    assert_eq!(again.written, None, "the same changes written twice");
    assert_eq!(office.team_status().unwrap().unwrap().pending, 0);
    let got = tuesday.exchange(&at(6)).unwrap();
    assert_eq!(got.changes_applied, 1);
    assert_eq!(names(&tuesday), ["Diallo Awa"]);
}

#[test]
fn audit_entries_travel_under_their_laptop_and_each_chain_still_verifies() {
    use permanence_store::{ChainBreak, NewAuditEntry};
    let (_team, mut office, mut tuesday, awa) = Team::with_awa();
    for (minute, action) in [(3, "open"), (4, "print")] {
        office
            .append_audit(
                &NewAuditEntry {
                    worker: "Awa B.".into(),
                    action: action.into(),
                    subject: format!("person:{}", awa.id),
                    person_id: Some(awa.id),
                    detail: String::new(),
                },
                &at(minute),
            )
            .unwrap();
    }
    tuesday
        .append_audit(
            &NewAuditEntry {
                worker: "Moussa".into(),
                action: "open".into(),
                subject: format!("person:{}", awa.id),
                person_id: Some(awa.id),
                detail: String::new(),
            },
            &at(5),
        )
        .unwrap();
    office.exchange(&at(6)).unwrap();
    tuesday.exchange(&at(7)).unwrap();
    office.exchange(&at(8)).unwrap();

    // Each laptop's journal of the person holds the other's entries, named
    // by laptop, in time order; its own chain is untouched.
    let seen = tuesday.audit_of_person(awa.id).unwrap();
    let lines: Vec<(String, String, String)> = seen
        .iter()
        .map(|e| (e.laptop.clone(), e.worker.clone(), e.action.clone()))
        .collect();
    assert_eq!(
        lines,
        [
            ("bureau".into(), "Awa B.".into(), "open".into()),
            ("bureau".into(), "Awa B.".into(), "print".into()),
            (String::new(), "Moussa".into(), "open".into()),
        ]
    );
    let at_office = office.audit_of_person(awa.id).unwrap();
    assert!(
        at_office
            .iter()
            .any(|e| e.laptop == "mardi" && e.worker == "Moussa")
    );
    for laptop in [&office, &tuesday] {
        assert!(laptop.verify_audit().unwrap().broken.is_none());
        assert_eq!(laptop.verify_team_audit().unwrap(), []);
    }

    // An entry of the office's chain altered on Tuesday's laptop (by
    // someone with the key and the sqlite shell) is found.
    tuesday
        .execute_batch_for_tests(
            "DROP TRIGGER team_audit_append_only_update;
             UPDATE team_audit SET worker = 'quelqu''un d''autre' WHERE action = 'print';",
        )
        .unwrap();
    let breaks = tuesday.verify_team_audit().unwrap();
    assert_eq!(breaks.len(), 1, "{breaks:?}");
    assert_eq!(breaks[0].laptop, "bureau");
    assert!(matches!(breaks[0].broken, ChainBreak::Changed { .. }));
}

#[test]
fn a_person_recorded_on_two_laptops_is_offered_for_merging_and_nothing_added_meanwhile_is_lost() {
    let team = Team::new();
    let mut office = team.founder("bureau");
    let mut tuesday = team.join(&office, "mardi", 2);
    let mut kone = person("Koné", "Ibrahim");
    let at_office = office.create_person(&kone, &at(3)).unwrap();
    kone.family_name = "KONE".into();
    kone.birth_date = Some("1990-02-28".parse().unwrap());
    kone.phone = "07 22 22 22 22".into();
    let on_tuesday = tuesday.create_person(&kone, &at(4)).unwrap();
    // Another person with the same name but another birth date is not
    // offered.
    let mut other = person("Koné", "Moussa");
    other.birth_date = Some("1975-01-01".parse().unwrap());
    office.create_person(&other, &at(4)).unwrap();
    let mut namesake = other.clone();
    namesake.birth_date = Some("1976-01-01".parse().unwrap());
    tuesday.create_person(&namesake, &at(4)).unwrap();
    office.exchange(&at(5)).unwrap();
    tuesday.exchange(&at(6)).unwrap();
    office.exchange(&at(7)).unwrap();

    let pair = (
        at_office.id.min(on_tuesday.id),
        at_office.id.max(on_tuesday.id),
    );
    assert_eq!(office.possible_duplicates().unwrap(), [pair]);
    assert_eq!(tuesday.possible_duplicates().unwrap(), [pair]);
    // Both still there: nothing merged without a worker.
    assert_eq!(names(&office).len(), 4);

    // Tuesday opens a dossier on its record, not yet exchanged, while the
    // office merges Tuesday's record into its own.
    let dossier = bank_dossier(&mut tuesday, on_tuesday.id, 8);
    // Tuesday also changes the phone of its record meanwhile.
    let mut changed = tuesday.person(on_tuesday.id).unwrap().fields;
    changed.phone = "06 33 33 33 33".into();
    tuesday
        .update_person(on_tuesday.id, &changed, &at(8))
        .unwrap();
    office
        .merge_persons(at_office.id, on_tuesday.id, &at(9))
        .unwrap();
    let kept = office.person(at_office.id).unwrap().fields;
    assert_eq!(kept.family_name, "Koné");
    assert_eq!(
        kept.birth_date,
        Some("1990-02-28".parse().unwrap()),
        "an empty field filled"
    );
    assert_eq!(kept.phone, "07 22 22 22 22");
    assert!(
        kept.alt_names.is_empty(),
        "KONE is the same spelling: {:?}",
        kept.alt_names
    );
    office.exchange(&at(10)).unwrap();
    tuesday.exchange(&at(11)).unwrap();
    office.exchange(&at(12)).unwrap();
    // The conflict found at the office reaches Tuesday.
    office.exchange(&at(12)).unwrap();
    tuesday.exchange(&at(12)).unwrap();
    for laptop in [&office, &tuesday] {
        // The phone typed on Tuesday is not lost: listed against the one
        // the kept record holds.
        let conflicts = laptop.team_conflicts().unwrap();
        assert!(
            conflicts
                .iter()
                .any(|c| c.row_id == at_office.id.to_string()
                    && c.column == "phone"
                    && c.other == "\"06 33 33 33 33\""),
            "{conflicts:?}"
        );
        assert!(matches!(
            laptop.person(on_tuesday.id),
            Err(StoreError::NotFound)
        ));
        let dossiers = laptop.dossiers_of(at_office.id).unwrap();
        assert_eq!(dossiers.iter().map(|d| d.id).collect::<Vec<_>>(), [dossier]);
        assert!(laptop.possible_duplicates().unwrap().is_empty());
    }
    assert_eq!(office.team_facts().unwrap(), tuesday.team_facts().unwrap());

    // Two records said to be different persons are not offered again.
    let mut twin = person("Sow", "Mariam");
    office.create_person(&twin, &at(13)).unwrap();
    twin.notes = "autre".into();
    tuesday.create_person(&twin, &at(13)).unwrap();
    office.exchange(&at(14)).unwrap();
    tuesday.exchange(&at(15)).unwrap();
    let pairs = tuesday.possible_duplicates().unwrap();
    assert_eq!(pairs.len(), 1);
    tuesday.not_duplicates(pairs[0].0, pairs[0].1).unwrap();
    assert!(tuesday.possible_duplicates().unwrap().is_empty());
}

#[test]
fn answers_to_different_questions_of_one_dossier_merge_and_the_same_question_keeps_both() {
    use serde_json::json;
    let team = Team::new();
    let mut office = team.founder("bureau");
    let awa = office
        .create_person(&person("Diallo", "Awa"), &at(1))
        .unwrap();
    let dossier = bank_dossier(&mut office, awa.id, 1);
    let mut tuesday = team.join(&office, "mardi", 2);
    office
        .save_answer(dossier, "banque", &json!("Banque Exemple"), None, &at(3))
        .unwrap();
    office
        .save_answer(dossier, "date_demande", &json!("2026-11-02"), None, &at(3))
        .unwrap();
    tuesday
        .save_answer(dossier, "mode_envoi", &json!("lrar"), None, &at(4))
        .unwrap();
    tuesday
        .save_answer(dossier, "date_demande", &json!("2026-11-03"), None, &at(4))
        .unwrap();
    office.exchange(&at(5)).unwrap();
    tuesday.exchange(&at(6)).unwrap();
    office.exchange(&at(7)).unwrap();
    for laptop in [&office, &tuesday] {
        let answers = laptop.dossier(dossier).unwrap().answers;
        assert_eq!(answers["banque"], json!("Banque Exemple"));
        assert_eq!(answers["mode_envoi"], json!("lrar"));
        // The same question answered on both: the more recent, and both
        // values listed.
        assert_eq!(answers["date_demande"], json!("2026-11-03"));
        let conflicts = laptop.team_conflicts().unwrap();
        assert_eq!(conflicts.len(), 1, "{conflicts:?}");
        assert_eq!(conflicts[0].column, "answers/date_demande");
        assert_eq!(
            (conflicts[0].kept.as_str(), conflicts[0].other.as_str()),
            ("\"2026-11-03\"", "\"2026-11-02\"")
        );
    }
    let id = office.team_conflicts().unwrap()[0].id.clone();
    office.resolve_conflict(&id, true, &at(8)).unwrap();
    office.exchange(&at(9)).unwrap();
    tuesday.exchange(&at(10)).unwrap();
    for laptop in [&office, &tuesday] {
        let answers = laptop.dossier(dossier).unwrap().answers;
        assert_eq!(answers["date_demande"], json!("2026-11-02"));
        assert_eq!(answers["mode_envoi"], json!("lrar"));
    }
    assert_eq!(office.team_facts().unwrap(), tuesday.team_facts().unwrap());
}
