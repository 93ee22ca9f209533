//! A laptop killed with SIGKILL in the middle of exchanges (writing its
//! packet, applying the others', at pseudo-random moments): nothing it
//! reported as recorded is lost, and the next exchange completes — both
//! laptops end with the same facts.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod common;

use common::{next, run_and_kill};
use permanence_domain::PersonFields;
use permanence_store::{KdfParams, Passphrase, Store};

const KDF: KdfParams = KdfParams::FAST_INSECURE_FOR_TESTS;
const TRIALS: u64 = 12;
const CHILD_ENV: &str = "PERMANENCE_TEAM_CRASH_DB";
const PASS: &str = "crash";
const TEAM: &str = "équipe";

fn at(n: u64) -> String {
    format!(
        "2026-12-01T{:02}:{:02}:{:02}+01:00",
        8 + n / 3600,
        (n / 60) % 60,
        n % 60
    )
}

fn person(name: String) -> PersonFields {
    PersonFields {
        family_name: name,
        given_names: "Équipe".into(),
        notes: "x".repeat(300),
        ..Default::default()
    }
}

/// The child: Tuesday's laptop records persons and exchanges in a loop.
#[test]
#[ignore = "run by a_sigkill_during_exchanges_loses_nothing, in a child process"]
fn team_crash_child() {
    let Ok(db) = std::env::var(CHILD_ENV) else {
        return;
    };
    let trial: u64 = std::env::var("PERMANENCE_TEAM_CRASH_TRIAL")
        .unwrap()
        .parse()
        .unwrap();
    let mut store = Store::open(Path::new(&db), &Passphrase::new(PASS), &KDF).unwrap();
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        let name = format!("t{trial}n{i}");
        store
            .create_person(&person(name.clone()), &at(1000 + trial * 100 + i))
            .unwrap();
        writeln!(out, "committed {name}").unwrap();
        out.flush().unwrap();
        store.exchange(&at(1000 + trial * 100 + i)).unwrap();
    }
}

#[test]
fn a_sigkill_during_exchanges_loses_nothing_and_the_next_exchange_completes() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("partage");
    std::fs::create_dir_all(&folder).unwrap();
    let office_db = dir.path().join("bureau.db");
    let mut office = Store::create(&office_db, &Passphrase::new(PASS), &KDF).unwrap();
    office
        .create_team(&folder, &Passphrase::new(TEAM), &KDF, "Bureau", &at(0))
        .unwrap();
    let backup = office
        .backup_into(&dir.path().join("b"), "20261201T000000Z")
        .unwrap();
    let tuesday_db: PathBuf = dir.path().join("mardi.db");
    std::fs::copy(dir.path().join("b").join(&backup.file_name), &tuesday_db).unwrap();
    {
        let mut tuesday = Store::open(&tuesday_db, &Passphrase::new(PASS), &KDF).unwrap();
        tuesday.mark_restored().unwrap();
        tuesday
            .join_team(&folder, &Passphrase::new(TEAM), "Mardi", &at(1))
            .unwrap();
    }

    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut committed = Vec::new();
    for trial in 0..TRIALS {
        // The office keeps working too: packets for Tuesday to apply.
        let batch: Vec<PersonFields> = (0..200).map(|i| person(format!("b{trial}n{i}"))).collect();
        for p in &batch {
            office.create_person(p, &at(10 + trial)).unwrap();
        }
        office.exchange(&at(20 + trial)).unwrap();

        committed.extend(run_and_kill(
            "team_crash_child",
            &[
                (CHILD_ENV, tuesday_db.display().to_string()),
                ("PERMANENCE_TEAM_CRASH_TRIAL", trial.to_string()),
            ],
            Duration::from_millis(20 + next(&mut seed) % 200),
        ));
    }
    assert!(
        committed.len() > TRIALS as usize,
        "only {} persons recorded",
        committed.len()
    );

    // Tuesday starts again: its next exchange completes what was cut.
    let mut tuesday = Store::open(&tuesday_db, &Passphrase::new(PASS), &KDF).unwrap();
    tuesday.check_integrity().unwrap();
    tuesday.exchange(&at(9000)).unwrap();
    office.exchange(&at(9001)).unwrap();
    tuesday.exchange(&at(9002)).unwrap();
    assert_eq!(office.team_facts().unwrap(), tuesday.team_facts().unwrap());
    for name in &committed {
        let found = office.search_persons(name, 5).unwrap();
        assert!(
            found.iter().any(|p| &p.family_name == name),
            "{name} recorded on Tuesday, lost"
        );
    }
    // A person recorded just before a kill, before it was reported, is
    // there too.
    assert!(office.count_persons().unwrap() >= (TRIALS * 200) as i64 + committed.len() as i64);
    eprintln!(
        "{TRIALS} kills, {} persons recorded on the killed laptop, all on both",
        committed.len()
    );
}
