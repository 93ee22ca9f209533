//! The evidence journal of a blocked démarche (préfecture, ANEF): dated
//! attempts and whether they already show what a judge looks for.
//!
//! CE 10 juin 2020 n° 435594 (legal-reference.md §7): the référé « mesures
//! utiles » needs several attempts « n'ayant pas été effectuées la même
//! semaine »; four screenshots, a letter and an email over five days were
//! held insufficient. « Several » is not a number in the case law: the app
//! asks for attempts in at least [`MIN_WEEKS`] different calendar weeks
//! before it stops warning — a conservative reading, said as such.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// How an attempt was made. `ccc`: the ANTS centre de contact citoyens;
/// `pan`: a point d'accueil numérique of the préfecture.
pub const CHANNELS: &[&str] = &[
    "anef",
    "rendez-vous",
    "email",
    "telephone",
    "guichet",
    "ccc",
    "pan",
    "courrier",
];

/// Different calendar weeks (Monday to Sunday) the attempts must span.
pub const MIN_WEEKS: usize = 3;

/// What the attempts recorded so far show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JournalSpan {
    pub attempts: usize,
    /// Distinct ISO weeks (Monday to Sunday) holding an attempt.
    pub weeks: usize,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// At least [`MIN_WEEKS`] different weeks.
    pub enough: bool,
}

/// The span of attempts made on `dates` (any order, repeats allowed).
pub fn journal_span(dates: &[NaiveDate]) -> JournalSpan {
    let mut weeks: Vec<(i32, u32)> = dates
        .iter()
        .map(|d| {
            let w = d.iso_week();
            (w.year(), w.week())
        })
        .collect();
    weeks.sort_unstable();
    weeks.dedup();
    JournalSpan {
        attempts: dates.len(),
        weeks: weeks.len(),
        first: dates.iter().min().copied(),
        last: dates.iter().max().copied(),
        enough: weeks.len() >= MIN_WEEKS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn five_days_of_attempts_are_one_or_two_weeks_not_enough() {
        // The CE 2020 case: 13 to 18 September 2019 (Friday to Wednesday):
        // two calendar weeks, six attempts — held insufficient.
        let dates = [
            d(2019, 9, 13),
            d(2019, 9, 13),
            d(2019, 9, 16),
            d(2019, 9, 17),
            d(2019, 9, 18),
            d(2019, 9, 18),
        ];
        let span = journal_span(&dates);
        assert_eq!(span.attempts, 6);
        assert_eq!(span.weeks, 2);
        assert!(!span.enough);
        assert_eq!(span.first, Some(d(2019, 9, 13)));
        assert_eq!(span.last, Some(d(2019, 9, 18)));
    }

    #[test]
    fn weeks_are_counted_monday_to_sunday_across_years() {
        // Sunday 28/12/2025 and Monday 29/12/2025 are two weeks; 29/12/2025
        // and Thursday 01/01/2026 are the same ISO week (2026-W01).
        let span = journal_span(&[d(2025, 12, 28), d(2025, 12, 29), d(2026, 1, 1)]);
        assert_eq!(span.weeks, 2);
        let span = journal_span(&[d(2025, 12, 28), d(2026, 1, 1), d(2026, 1, 5)]);
        assert_eq!(span.weeks, 3);
        assert!(span.enough);
    }

    #[test]
    fn an_empty_journal_spans_nothing() {
        let span = journal_span(&[]);
        assert_eq!(
            (span.attempts, span.weeks, span.first, span.enough),
            (0, 0, None, false)
        );
    }
}
