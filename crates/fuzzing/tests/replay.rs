//! The fuzz targets' bodies over the saved corpus (`fuzz/corpus/<target>/`,
//! when present) and over hostile inputs written by hand: nothing panics,
//! nothing hangs, refused input leaves nothing behind.

use std::collections::BTreeSet;
use std::path::Path;

use permanence_fuzzing::{answers_json, portable_import, procedure_loader};
use permanence_procedures::load::Entry;
use permanence_testkit::{hostile_strings, shipped_catalogue};

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| std::fs::read(e.ok()?.path()).ok())
        .collect()
}

#[test]
fn the_procedure_loader_survives_hostile_files() {
    let mut cases: Vec<Vec<u8>> = corpus("procedure_loader");
    for root in ["assets/procedures/droit-au-compte/procedure.toml"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(root);
        let good = std::fs::read(path).unwrap();
        // Cut at every 97th byte: half-written files.
        for n in (0..good.len()).step_by(97) {
            cases.push(good[..n].to_vec());
        }
        cases.push(good);
    }
    cases.push(format!("a = {}", "[".repeat(50_000)).into_bytes());
    cases.push(format!("a = {}", "{ b = ".repeat(10_000)).into_bytes());
    cases.push(b"id = \"fuzz\"\nversion = \"1\"\nlaw_as_of = \"2026-11-26\"\ntheme = \"caf\"\n[[steps]]\nid = \"s\"\n[[steps.questions]]\nid = \"q\"\ntype = \"text\"\nshow_if = \"((((((((((((((((((((q == 'a'))))))))))))))))))))\"\n".to_vec());
    for s in hostile_strings() {
        cases.push(format!("id = \"{}\"\n[[steps]]\nid = \"{}\"\n", s, s).into_bytes());
        let mut with_texts = b"id = \"fuzz\"\n".to_vec();
        with_texts.push(0xFF);
        with_texts.extend(format!("fuzz-title = {s}\n").into_bytes());
        cases.push(with_texts);
    }
    for case in &cases {
        procedure_loader(case);
    }
    assert!(cases.len() > 40);
}

#[test]
fn a_portable_import_refuses_every_malformed_file() {
    let mut cases = corpus("portable_import");
    let magic = permanence_store::portable::MAGIC;
    cases.push(Vec::new());
    cases.push(magic.to_vec());
    for len in [0u64, 1, 1 << 40, u64::MAX, u64::MAX - 10] {
        let mut c = magic.to_vec();
        c.extend(len.to_le_bytes());
        c.extend([0u8; 64]);
        cases.push(c);
    }
    for s in hostile_strings() {
        cases.push(s.into_bytes());
    }
    for case in &cases {
        portable_import(case);
    }
}

#[test]
fn hostile_answers_go_through_every_demarche_and_letter() {
    let mut cases = corpus("answers_json");
    // Every question of every shipped démarche answered with each hostile
    // string, then with values of the wrong type.
    let ids: BTreeSet<String> = shipped_catalogue(&["fr"])
        .entries
        .iter()
        .flat_map(|e| match e {
            Entry::Available(p) => p.steps.iter().flat_map(|s| &s.questions),
            Entry::Unavailable { id, problems } => panic!("{id} unavailable: {problems:?}"),
        })
        .map(|q| q.id.clone())
        .collect();
    assert!(ids.contains("nom") && ids.contains("date_refus"), "{ids:?}");
    for s in hostile_strings() {
        let answers: serde_json::Map<String, serde_json::Value> = ids
            .iter()
            .map(|id| (id.clone(), serde_json::Value::String(s.clone())))
            .collect();
        cases.push(serde_json::to_vec(&answers).unwrap());
    }
    for wrong in ["1e400", "[]", "{}", "null", "true", "-0", "\"\""] {
        let text = format!(
            "{{{}}}",
            ids.iter()
                .map(|id| format!("\"{id}\": {wrong}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        cases.push(text.into_bytes());
    }
    cases.push(format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes());
    for case in &cases {
        answers_json(case);
    }
}
