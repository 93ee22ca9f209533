//! Deadline recomputation speed: `cargo bench -p permanence-procedures`.
//! Recomputes the chains of 100 000 dossiers (half school refusals with a
//! recours posted and its AR, half bank requests), as after a change of
//! holiday calendar or of procedure version. Target: ≤ 2 s.

use std::time::Instant;

use chrono::{Days, NaiveDate};
use permanence_domain::Zone;
use permanence_procedures::deadlines::{Facts, dossier_deadlines};
use permanence_procedures::interview::Answers;
use permanence_procedures::load::{Entry, load_embedded};
use serde_json::json;

const DOSSIERS: usize = 100_000;

fn main() {
    let catalogue = load_embedded(&["fr", "en", "ar"]);
    let procedure = |id: &str| {
        catalogue
            .entries
            .iter()
            .find_map(|e| match e {
                Entry::Available(p) if p.id == id => Some(p.clone()),
                _ => None,
            })
            .expect("shipped")
    };
    let (school, bank) = (
        procedure("refus-inscription-scolaire"),
        procedure("droit-au-compte"),
    );
    let base = NaiveDate::from_ymd_opt(2026, 1, 5).expect("date");
    let dossiers: Vec<(bool, Answers, Facts)> = (0..DOSSIERS)
        .map(|n| {
            let day = base + Days::new((n % 600) as u64);
            if n % 2 == 0 {
                let answers = json!({"niveau": "maternelle", "forme_refus": "ecrit", "voies_delais": n % 3 == 0, "date_refus": day.to_string()});
                let mut facts = Facts::default();
                let ar = (n % 4 == 0).then(|| day + Days::new(12));
                facts
                    .letters
                    .insert("recours-maire".into(), (Some(day + Days::new(9)), ar));
                (true, answers.as_object().cloned().unwrap_or_default(), facts)
            } else {
                let answers = json!({"mode_demande": "lrar", "reponse_banque": "aucune", "date_ar": day.to_string()});
                (false, answers.as_object().cloned().unwrap_or_default(), Facts::default())
            }
        })
        .collect();
    let started = Instant::now();
    let mut count = 0usize;
    for (is_school, answers, facts) in &dossiers {
        let p = if *is_school { &school } else { &bank };
        count += dossier_deadlines(p, answers, facts, Zone::Metropole).len();
    }
    let elapsed = started.elapsed();
    println!(
        "recomputed {DOSSIERS} dossiers ({count} deadlines) in {:.2} s ({:.1} µs per dossier)",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / DOSSIERS as f64
    );
}
