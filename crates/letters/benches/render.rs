//! Letter rendering speed and memory: `cargo bench -p permanence-letters`.
//! Renders 200 letters (French, then Arabic) and prints the first (cold)
//! and warm times, the PDF size and the process's peak resident memory,
//! which must stay flat thanks to `comemo::evict`.

use std::time::Instant;

use permanence_letters::{Letter, render};

fn letter(i: usize, lang: &str) -> Letter {
    Letter {
        lang: lang.into(),
        sender: vec![
            format!("Mme Personne {i}"),
            "1 place Victor Hugo".into(),
            "93200 Saint-Denis".into(),
        ],
        recipient: vec![
            "Banque de France".into(),
            "8 rue Exemple".into(),
            "93000 Bobigny".into(),
        ],
        place_date: "Saint-Denis, le 25 novembre 2026".into(),
        registered: Some(format!(
            "Lettre recommandée avec accusé de réception n° 1A {i:011}"
        )),
        subject: "Demande de droit au compte".into(),
        references: vec![],
        salutation: "Madame, Monsieur,".into(),
        paragraphs: vec![
            if lang == "ar" {
                "أطلب من بنك فرنسا تعيين بنك يفتح لي حساب ودائع وفقاً لإجراء الحق في حساب.".repeat(4)
            } else {
                "Je vous prie de bien vouloir désigner un établissement de crédit qui m'ouvrira un compte de dépôt. ".repeat(4)
            };
            4
        ],
        closing: "Salutations distinguées.".into(),
        signature: vec![format!("Personne {i}")],
        enclosures: vec!["Pièce d'identité".into()],
    }
}

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
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    for lang in ["fr", "ar"] {
        let started = Instant::now();
        let first = render(&letter(0, lang), today).expect("letter");
        let cold = started.elapsed();
        let mut times = Vec::new();
        let mut rss_after_20 = 0.0;
        for i in 1..200 {
            let t = Instant::now();
            render(&letter(i, lang), today).expect("letter");
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            if i == 20 {
                rss_after_20 = peak_rss_mib();
            }
        }
        times.sort_by(|a, b| a.partial_cmp(b).expect("number"));
        println!(
            "{lang}: first letter {:.0} ms; warm p50 {:.1} ms, p95 {:.1} ms over 199; PDF {} KiB; peak RSS {:.0} MiB after 20 letters, {:.0} MiB after 200",
            cold.as_secs_f64() * 1000.0,
            times[times.len() / 2],
            times[times.len() * 95 / 100],
            first.len() / 1024,
            rss_after_20,
            peak_rss_mib()
        );
    }
}
