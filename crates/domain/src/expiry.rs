//! Expiry of documents and attestations: an API, a récépissé or an
//! attestation de domiciliation that lapses silently can cost a person
//! their benefits, so the worker is warned ahead of time.

use chrono::NaiveDate;
use serde::Serialize;

/// How many days ahead an expiry is flagged.
pub const EXPIRY_WARNING_DAYS: i64 = 15;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Expiry {
    /// No expiry date recorded.
    None,
    Valid {
        days_left: i64,
    },
    /// Expires within [`EXPIRY_WARNING_DAYS`] (0 = expires today).
    Soon {
        days_left: i64,
    },
    Expired {
        days_ago: i64,
    },
}

pub fn expiry(expires_on: Option<NaiveDate>, today: NaiveDate) -> Expiry {
    let Some(date) = expires_on else {
        return Expiry::None;
    };
    let days = (date - today).num_days();
    if days < 0 {
        Expiry::Expired { days_ago: -days }
    } else if days <= EXPIRY_WARNING_DAYS {
        Expiry::Soon { days_left: days }
    } else {
        Expiry::Valid { days_left: days }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_fifteen_days_ahead_and_after_expiry() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(expiry(None, today), Expiry::None);
        assert_eq!(
            expiry(on(2026, 12, 11), today),
            Expiry::Valid { days_left: 16 }
        );
        assert_eq!(
            expiry(on(2026, 12, 10), today),
            Expiry::Soon { days_left: 15 }
        );
        assert_eq!(
            expiry(on(2026, 11, 25), today),
            Expiry::Soon { days_left: 0 }
        );
        assert_eq!(
            expiry(on(2026, 11, 24), today),
            Expiry::Expired { days_ago: 1 }
        );
        // Across a leap day.
        let leap = NaiveDate::from_ymd_opt(2028, 2, 20).unwrap();
        assert_eq!(expiry(on(2028, 3, 1), leap), Expiry::Soon { days_left: 10 });
    }
}
