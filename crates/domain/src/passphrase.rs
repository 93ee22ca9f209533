//! How strong a passphrase is, to guide the worker choosing one.
//!
//! A simple, explainable estimate rather than a dictionary model: length
//! counts most (a sentence beats a short word with symbols), repeated or
//! sequential characters count for little. The worker sees a score from 0
//! to 4 and one hint; only scores of 3 and more are accepted.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Strength {
    /// 0 (very weak) to 4 (strong).
    pub score: u8,
    pub acceptable: bool,
    /// Names the Fluent message `passphrase-hint-<hint>`.
    pub hint: &'static str,
}

/// Minimum length in characters, whatever else the passphrase has.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

pub fn passphrase_strength(passphrase: &str) -> Strength {
    let chars: Vec<char> = passphrase.chars().collect();
    let distinct = {
        let mut d = chars.clone();
        d.sort_unstable();
        d.dedup();
        d.len()
    };
    let words = passphrase
        .split_whitespace()
        .filter(|w| w.chars().count() >= 3)
        .count();
    let classes = [
        chars.iter().any(|c| c.is_lowercase()),
        chars.iter().any(|c| c.is_uppercase()),
        chars.iter().any(|c| c.is_numeric()),
        chars
            .iter()
            .any(|c| !c.is_alphanumeric() && !c.is_whitespace()),
        chars.iter().any(|c| c.is_whitespace()),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    // Effective length: characters that add something (a run of one
    // repeated key or "abcdef…" adds little).
    let effective = chars
        .windows(2)
        .filter(|w| {
            let (a, b) = (w[0] as i64, w[1] as i64);
            a != b && (b - a).abs() != 1
        })
        .count()
        + usize::from(!chars.is_empty());

    let (score, hint) = if chars.is_empty() {
        (0, "empty")
    } else if chars.len() < MIN_PASSPHRASE_CHARS {
        (if chars.len() < 6 { 0 } else { 1 }, "too-short")
    } else if distinct < 5 || effective < MIN_PASSPHRASE_CHARS / 2 {
        (1, "repetitive")
    } else if words >= 4 || effective >= 20 {
        (4, "strong")
    } else if words >= 3 || effective >= 14 || (effective >= 12 && classes >= 3) {
        (3, "good")
    } else {
        (2, "add-words")
    };
    Strength {
        score,
        acceptable: score >= 3,
        hint,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(p: &str) -> u8 {
        passphrase_strength(p).score
    }

    #[test]
    fn short_or_repetitive_passphrases_are_refused() {
        for weak in [
            "",
            "abc",
            "motdepas",
            "aaaaaaaaaaaaaaaa",
            "abcdefghijklmnop",
            "1234567890123",
        ] {
            assert!(
                !passphrase_strength(weak).acceptable,
                "{weak}: {}",
                score(weak)
            );
        }
        assert_eq!(passphrase_strength("abc").hint, "too-short");
        assert_eq!(passphrase_strength("aaaaaaaaaaaaaaaa").hint, "repetitive");
    }

    #[test]
    fn sentences_are_accepted_and_rank_highest() {
        assert_eq!(score("le chat dort sur le radiateur"), 4);
        assert!(passphrase_strength("mardi soir permanence").acceptable);
        assert!(passphrase_strength("Kx9#mq2Lp7!z").acceptable);
        assert_eq!(passphrase_strength("permanence").hint, "add-words");
    }

    #[test]
    fn score_never_decreases_when_words_are_added() {
        let mut p = String::from("soleil");
        let mut last = score(&p);
        for w in [" vert", " sur", " la", " colline", " du", " nord"] {
            p.push_str(w);
            let s = score(&p);
            assert!(s >= last, "{p}: {s} < {last}");
            last = s;
        }
        assert_eq!(last, 4);
    }
}
