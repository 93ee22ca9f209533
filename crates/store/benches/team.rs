//! Team exchange benchmark: `cargo bench -p permanence-store --bench team`.
//!
//! On a base of 100 000 persons (the population of the store bench), two
//! laptops of a team: the office writes 1 000 changes (one transaction
//! each, as a worker makes them: 700 persons edited, 200 created, 100
//! dossiers opened), writes them as a packet, and Tuesday's laptop applies
//! it (target: written and applied ≤ 1 s). Then 10 000 more changes, and a
//! third laptop joins from the backup taken when the team started: it
//! applies the 11 000 changes written since. Prints one figure per line,
//! with the packets' size per change.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use permanence_domain::PersonFields;
use permanence_store::{KdfParams, NewDossier, Passphrase, Store};
use permanence_testkit::population::{self, Rng};

const PERSONS: usize = 100_000;
const PASS: &str = "mardi soir permanence";
const TEAM: &str = "équipe du CHU des Lilas";

fn at(n: usize) -> String {
    let day = 1 + (n / 86_400) % 28;
    let s = n % 86_400;
    format!(
        "2026-12-{day:02}T{:02}:{:02}:{:02}+01:00",
        s / 3600,
        (s / 60) % 60,
        s % 60
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// `count` changes, one transaction each, as a working day makes them.
fn work(store: &mut Store, ids: &[i64], rng: &mut Rng, count: usize, clock: &mut usize) {
    for n in 0..count {
        *clock += 1;
        let now = at(*clock);
        match n % 10 {
            0 | 1 => {
                let fields = population::person(PERSONS + *clock, rng);
                store.create_person(&fields, &now).unwrap();
            }
            2 => {
                let person_id = ids[rng.draw() % ids.len()];
                store
                    .create_dossier(
                        &NewDossier {
                            person_id,
                            procedure_id: "droit-au-compte".into(),
                            procedure_version: "1".into(),
                            opened_on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                        },
                        &now,
                    )
                    .unwrap();
            }
            _ => {
                let id = ids[rng.draw() % ids.len()];
                let mut f: PersonFields = store.person(id).unwrap().fields;
                f.phone = format!(
                    "06 {:02} {:02} {:02} {:02}",
                    n % 100,
                    *clock % 100,
                    rng.draw() % 100,
                    rng.draw() % 100
                );
                store.update_person(id, &f, &now).unwrap();
            }
        }
    }
}

fn packets_size(folder: &Path) -> u64 {
    let mut total = 0;
    for laptop in std::fs::read_dir(folder).unwrap().flatten() {
        if laptop.path().is_dir() {
            for p in std::fs::read_dir(laptop.path()).unwrap().flatten() {
                total += p.metadata().unwrap().len();
            }
        }
    }
    total
}

fn main() {
    let kdf = KdfParams::FAST_INSECURE_FOR_TESTS;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("partage");
    std::fs::create_dir_all(&folder).unwrap();
    let mut rng = Rng(population::SEED);
    let mut office =
        Store::create(&dir.path().join("bureau.db"), &Passphrase::new(PASS), &kdf).unwrap();
    let mut ids = Vec::with_capacity(PERSONS);
    for chunk in 0..PERSONS / 1000 {
        let batch: Vec<PersonFields> = (0..1000)
            .map(|i| population::person(chunk * 1000 + i, &mut rng))
            .collect();
        ids.extend(office.create_persons(&batch, &at(0)).unwrap());
    }
    office
        .create_team(&folder, &Passphrase::new(TEAM), &kdf, "Bureau", &at(1))
        .unwrap();
    let backups = dir.path().join("sauvegardes");
    let backup = office.backup_into(&backups, "20261201T000000Z").unwrap();
    let base = std::fs::metadata(backups.join(&backup.file_name))
        .unwrap()
        .len();
    println!(
        "base: {PERSONS} persons, backup {:.0} MiB",
        base as f64 / 1048576.0
    );

    let join = |name: &str| -> (Store, Duration) {
        let db = dir.path().join(format!("{name}.db"));
        std::fs::copy(backups.join(&backup.file_name), &db).unwrap();
        let started = Instant::now();
        let mut s = Store::open(&db, &Passphrase::new(PASS), &kdf).unwrap();
        s.mark_restored().unwrap();
        s.join_team(&folder, &Passphrase::new(TEAM), name, &at(2))
            .unwrap();
        (s, started.elapsed())
    };
    let (mut tuesday, _) = join("mardi");

    let mut clock = 10;
    let started = Instant::now();
    work(&mut office, &ids, &mut rng, 1000, &mut clock);
    let working = started.elapsed();
    let before = packets_size(&folder);
    let started = Instant::now();
    let sent = office.exchange(&at(clock + 1)).unwrap();
    let written = started.elapsed();
    let size = packets_size(&folder) - before;
    let started = Instant::now();
    let got = tuesday.exchange(&at(clock + 2)).unwrap();
    let applied = started.elapsed();
    assert_eq!(got.changes_applied, sent.changes_written);
    assert_eq!(office.team_facts().unwrap(), tuesday.team_facts().unwrap());
    println!(
        "1 000 changes made (one transaction each, captured): {:.0} ms, {:.2} ms per change",
        ms(working),
        ms(working) / 1000.0
    );
    println!(
        "exchange of 1 000 changes: packet written {:.0} ms, applied {:.0} ms, together {:.0} ms (target ≤ 1000 ms)",
        ms(written),
        ms(applied),
        ms(written + applied)
    );
    println!(
        "packet size: {} KiB for {} changes, {:.0} bytes per change",
        size / 1024,
        sent.changes_written,
        size as f64 / sent.changes_written as f64
    );

    work(&mut office, &ids, &mut rng, 10_000, &mut clock);
    let sent = office.exchange(&at(clock + 1)).unwrap();
    println!(
        "10 000 more changes: packet of {} KiB",
        (packets_size(&folder) - before - size) / 1024
    );
    let (mut thursday, joined) = join("jeudi");
    let started = Instant::now();
    let got = thursday.exchange(&at(clock + 3)).unwrap();
    let caught_up = started.elapsed();
    println!(
        "joining from the 100 000-person backup: open and join {:.0} ms, then {} changes applied in {:.0} ms ({} packets)",
        ms(joined),
        got.changes_applied,
        ms(caught_up),
        got.packets_read
    );
    assert_eq!(got.changes_applied, 1000 + sent.changes_written);
    tuesday.exchange(&at(clock + 4)).unwrap();
    assert_eq!(office.team_facts().unwrap(), thursday.team_facts().unwrap());
}
