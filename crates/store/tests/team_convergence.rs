//! Three laptops of a team make random creations, edits, erasures,
//! dossiers and answers to their questions, and exchange in random orders (one with its clock half an
//! hour behind). Once all have exchanged, they hold the same facts, and
//! every value that was written and is not in the record was either
//! replaced by someone who had it on screen, or is listed as a conflict.

use std::collections::{BTreeMap, BTreeSet};

use permanence_domain::PersonFields;
use permanence_store::{KdfParams, NewDossier, Passphrase, Store};
use proptest::prelude::*;

const KDF: KdfParams = KdfParams::FAST_INSECURE_FOR_TESTS;

#[derive(Debug, Clone)]
enum Op {
    Create(usize),
    Edit(usize, usize, usize),
    Erase(usize, usize),
    OpenDossier(usize, usize),
    Answer(usize, usize, usize),
    Exchange(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (0..3usize).prop_map(Op::Create),
        5 => (0..3usize, 0..8usize, 0..3usize).prop_map(|(l, p, f)| Op::Edit(l, p, f)),
        1 => (0..3usize, 0..8usize).prop_map(|(l, p)| Op::Erase(l, p)),
        1 => (0..3usize, 0..8usize).prop_map(|(l, p)| Op::OpenDossier(l, p)),
        3 => (0..3usize, 0..8usize, 0..3usize).prop_map(|(l, d, q)| Op::Answer(l, d, q)),
        4 => (0..3usize).prop_map(Op::Exchange),
    ]
}

const FIELDS: [&str; 3] = ["phone", "address", "notes"];
const QUESTIONS: [&str; 3] = ["banque", "date_demande", "mode_envoi"];

fn field(f: &mut PersonFields, which: usize) -> &mut String {
    match which {
        0 => &mut f.phone,
        1 => &mut f.address,
        _ => &mut f.notes,
    }
}

/// Laptop `l`'s clock at step `step`: laptop 2 runs 30 minutes late.
fn clock(l: usize, step: usize) -> String {
    let minutes = 480 + step as i64 - if l == 2 { 30 } else { 0 };
    format!(
        "2026-12-01T{:02}:{:02}:00+01:00",
        minutes / 60,
        minutes % 60
    )
}

fn ids(store: &Store) -> Vec<i64> {
    let mut ids: Vec<i64> = store
        .search_persons("", 1000)
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
    ids.sort();
    ids
}

fn run(ops: Vec<Op>) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("partage");
    std::fs::create_dir_all(&folder).unwrap();
    let pass = Passphrase::new("mardi soir permanence");
    let team_pass = Passphrase::new("équipe");
    let mut founder = Store::create(&dir.path().join("0.db"), &pass, &KDF).unwrap();
    founder
        .create_team(&folder, &team_pass, &KDF, "0", &clock(0, 0))
        .unwrap();
    for name in ["Diallo", "Koné"] {
        let f = PersonFields {
            family_name: name.into(),
            ..Default::default()
        };
        founder.create_person(&f, &clock(0, 0)).unwrap();
    }
    let mut laptops = vec![founder];
    for l in 1..3 {
        let backup = laptops[0]
            .backup_into(&dir.path().join("b"), &format!("2026120{l}T000000Z"))
            .unwrap();
        let db = dir.path().join(format!("{l}.db"));
        std::fs::copy(dir.path().join("b").join(&backup.file_name), &db).unwrap();
        let mut s = Store::open(&db, &pass, &KDF).unwrap();
        s.join_team(&folder, &team_pass, &l.to_string(), &clock(l, 0))
            .unwrap();
        laptops.push(s);
    }

    // (person, field) → values written, and values replaced knowingly.
    let mut written: BTreeMap<(i64, usize), BTreeSet<String>> = BTreeMap::new();
    let mut replaced: BTreeSet<(i64, usize, String)> = BTreeSet::new();
    // The same for the answers of dossiers: (dossier, question).
    let mut answered: BTreeMap<(i64, usize), BTreeSet<String>> = BTreeMap::new();
    let mut answer_replaced: BTreeSet<(i64, usize, String)> = BTreeSet::new();
    let mut n = 0;
    for (step, op) in ops.into_iter().enumerate() {
        let step = step + 1;
        match op {
            Op::Create(l) => {
                n += 1;
                let f = PersonFields {
                    family_name: format!("Personne{n}"),
                    ..Default::default()
                };
                laptops[l].create_person(&f, &clock(l, step)).unwrap();
            }
            Op::Edit(l, p, which) => {
                let list = ids(&laptops[l]);
                if list.is_empty() {
                    continue;
                }
                let id = list[p % list.len()];
                n += 1;
                let value = format!("valeur {n}");
                let mut f = laptops[l].person(id).unwrap().fields;
                replaced.insert((id, which, field(&mut f, which).clone()));
                *field(&mut f, which) = value.clone();
                laptops[l].update_person(id, &f, &clock(l, step)).unwrap();
                written.entry((id, which)).or_default().insert(value);
            }
            Op::Erase(l, p) => {
                let list = ids(&laptops[l]);
                if !list.is_empty() {
                    laptops[l]
                        .erase_person(list[p % list.len()], "", &clock(l, step))
                        .unwrap();
                }
            }
            Op::OpenDossier(l, p) => {
                let list = ids(&laptops[l]);
                if !list.is_empty() {
                    let d = NewDossier {
                        person_id: list[p % list.len()],
                        procedure_id: "droit-au-compte".into(),
                        procedure_version: "1".into(),
                        opened_on: "2026-12-01".parse().unwrap(),
                    };
                    laptops[l].create_dossier(&d, &clock(l, step)).unwrap();
                }
            }
            Op::Answer(l, d, q) => {
                let list = laptops[l].open_dossier_ids().unwrap();
                if list.is_empty() {
                    continue;
                }
                let id = list[d % list.len()];
                n += 1;
                let value = format!("réponse {n}");
                let before = laptops[l]
                    .dossier(id)
                    .unwrap()
                    .answers
                    .get(QUESTIONS[q])
                    .cloned();
                if let Some(serde_json::Value::String(b)) = before {
                    answer_replaced.insert((id, q, b));
                }
                laptops[l]
                    .save_answer(
                        id,
                        QUESTIONS[q],
                        &serde_json::json!(value),
                        None,
                        &clock(l, step),
                    )
                    .unwrap();
                answered.entry((id, q)).or_default().insert(value);
            }
            Op::Exchange(l) => {
                laptops[l].exchange(&clock(l, step)).unwrap();
            }
        }
    }
    // Everyone exchanges until nothing moves.
    for round in 0..6 {
        let mut moved = false;
        for (l, laptop) in laptops.iter_mut().enumerate() {
            let r = laptop.exchange(&clock(l, 700 + round)).unwrap();
            moved |= r.written.is_some() || r.changes_applied > 0;
        }
        if !moved {
            break;
        }
        assert!(round < 5, "still exchanging after 6 rounds");
    }

    let facts = laptops[0].team_facts().unwrap();
    for l in &laptops[1..] {
        assert_eq!(l.team_facts().unwrap(), facts);
    }
    let conflicts = laptops[0].team_conflicts().unwrap();
    for ((id, which), values) in written {
        let Ok(p) = laptops[0].person(id) else {
            continue;
        };
        let mut fields = p.fields;
        let now = field(&mut fields, which).clone();
        for v in values {
            if v == now || replaced.contains(&(id, which, v.clone())) {
                continue;
            }
            let json = serde_json::to_string(&v).unwrap();
            assert!(
                conflicts.iter().any(|c| c.row_id == id.to_string()
                    && c.column == FIELDS[which]
                    && (c.kept == json || c.other == json)),
                "« {v} » of person {id}.{} lost without a conflict: now « {now} », conflicts {conflicts:?}",
                FIELDS[which]
            );
        }
    }
    for ((id, q), values) in answered {
        let Ok(d) = laptops[0].dossier(id) else {
            continue;
        };
        let now = d
            .answers
            .get(QUESTIONS[q])
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_owned();
        for v in values {
            if v == now || answer_replaced.contains(&(id, q, v.clone())) {
                continue;
            }
            let json = serde_json::to_string(&v).unwrap();
            let column = format!("answers/{}", QUESTIONS[q]);
            assert!(
                conflicts.iter().any(|c| c.row_id == id.to_string()
                    && c.column == column
                    && (c.kept == json || c.other == json)),
                "« {v} » of dossier {id}.{column} lost without a conflict: now « {now} »"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn three_laptops_converge_and_lose_no_value_silently(ops in prop::collection::vec(op(), 1..40)) {
        run(ops);
    }
}
