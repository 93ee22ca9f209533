//! Letter speed and memory: `cargo bench -p permanence-letters`.
//! Composes and renders 200 letters of a shipped démarche from its example
//! answers (each with a different name), with the explanation sheet in
//! French, then in Arabic; prints the first (cold) and warm times of the
//! whole path (answers → texts → PDF), the preview's time, the PDF size and
//! the process's peak resident memory, which must stay flat thanks to
//! `comemo::evict`.

use std::time::Instant;

use permanence_domain::Language;
use permanence_letters::{Draft, compose, preview, render};
use permanence_procedures::interview::Answers;
use permanence_procedures::load::{Entry, load_embedded};
use permanence_texts::Texts;

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_owned)
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 10, 21).expect("date");
    let texts = Texts::embedded().expect("texts");
    let procedure = load_embedded(&["fr", "en", "ar"])
        .entries
        .into_iter()
        .find_map(|e| match e {
            Entry::Available(p) if p.id == "droit-au-compte" => Some(*p),
            _ => None,
        })
        .expect("droit-au-compte");
    let example: Answers = serde_json::from_str(include_str!(
        "../../../assets/procedures/droit-au-compte/examples/refus-lrar-heberge.json"
    ))
    .expect("example");
    for language in [Language::French, Language::Arabic] {
        let letter = |i: usize| {
            let mut answers = example.clone();
            answers.insert("nom".into(), format!("Haddad-{i}").into());
            let draft = Draft {
                procedure: &procedure,
                letter_id: "saisine-bdf",
                answers: &answers,
                today,
                place: "Saint-Denis",
                organisation: "l'association Exemple",
                explain_in: Some(language),
                facts: &Default::default(),
                zone: permanence_domain::Zone::Metropole,
            };
            compose(&draft, &texts).expect("complete answers")
        };
        let started = Instant::now();
        let first = render(&letter(0), today).expect("letter");
        let cold = started.elapsed();
        let mut times = Vec::new();
        let mut rss_after_20 = 0.0;
        for i in 1..200 {
            let t = Instant::now();
            render(&letter(i), today).expect("letter");
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            if i == 20 {
                rss_after_20 = peak_rss_mib();
            }
        }
        times.sort_by(|a, b| a.partial_cmp(b).expect("number"));
        let mut previews = Vec::new();
        for i in 0..50 {
            let t = Instant::now();
            preview(&letter(i), today).expect("pages");
            previews.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        previews.sort_by(|a, b| a.partial_cmp(b).expect("number"));
        println!(
            "{}: first letter {:.0} ms; warm p50 {:.1} ms, p95 {:.1} ms over 199 (compose + PDF/A); preview (SVG pages) p50 {:.1} ms; PDF {} KiB; peak RSS {:.0} MiB after 20 letters, {:.0} MiB after 200",
            language.code(),
            cold.as_secs_f64() * 1000.0,
            times[times.len() / 2],
            times[times.len() * 95 / 100],
            previews[previews.len() / 2],
            first.len() / 1024,
            rss_after_20,
            peak_rss_mib()
        );
    }
}
