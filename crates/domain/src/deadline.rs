//! Deadline arithmetic, the core that letters and explanation sheets need:
//! a due date from a start date and a duration counted in calendar days,
//! calendar months (same day of the month, clamped to the month's last day:
//! CPC 641) or working days, rolled forward past Saturdays, Sundays and
//! public holidays (CPC 642). Metropolitan calendar only, non-franc.
//! Overseas and Alsace-Moselle calendars, the délai franc, distance delays
//! and step-by-step explanations belong to the deadline engine (issue 6),
//! which extends this module. Pure: dates in, dates out.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// A legal duration as procedure files write it: `15d`, `2m`, `3wd`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duration {
    /// Calendar days.
    Days(u32),
    /// Calendar months.
    Months(u32),
    /// Working days: Monday to Friday, public holidays excluded.
    WorkingDays(u32),
}

impl FromStr for Duration {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let (n, unit) = s.split_at(split);
        let n: u32 = n
            .parse()
            .map_err(|_| format!("`{s}`: a duration starts with a number (15d, 2m, 3wd)"))?;
        match unit {
            "d" => Ok(Duration::Days(n)),
            "m" => Ok(Duration::Months(n)),
            "wd" => Ok(Duration::WorkingDays(n)),
            _ => Err(format!("`{s}`: the unit must be d, m or wd (15d, 2m, 3wd)")),
        }
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Duration::Days(n) => write!(f, "{n}d"),
            Duration::Months(n) => write!(f, "{n}m"),
            Duration::WorkingDays(n) => write!(f, "{n}wd"),
        }
    }
}

/// Easter Sunday of `year` (Gregorian computus, Meeus/Jones/Butcher).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("computus gives a real date")
}

/// Public holidays of metropolitan France (L3133-1 Code du travail).
pub fn is_public_holiday(date: NaiveDate) -> bool {
    let fixed = matches!(
        (date.month(), date.day()),
        (1, 1) | (5, 1) | (5, 8) | (7, 14) | (8, 15) | (11, 1) | (11, 11) | (12, 25)
    );
    let from_easter = date.signed_duration_since(easter(date.year())).num_days();
    // Easter Monday, Ascension Thursday, Whit Monday.
    fixed || matches!(from_easter, 1 | 39 | 50)
}

/// Monday to Friday and not a public holiday.
pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_public_holiday(date)
}

/// The due date of a deadline of `duration` running from `start` (the day
/// of the event, not counted).
pub fn due_date(start: NaiveDate, duration: Duration) -> NaiveDate {
    let raw = match duration {
        Duration::Days(n) => start + Days::new(n.into()),
        // chrono clamps 31 December + 2 months to the last day of February.
        Duration::Months(n) => start + Months::new(n),
        Duration::WorkingDays(n) => {
            let mut day = start;
            let mut left = n;
            while left > 0 {
                day = day + Days::new(1);
                if is_working_day(day) {
                    left -= 1;
                }
            }
            day
        }
    };
    let mut due = raw;
    while !is_working_day(due) {
        due = due + Days::new(1);
    }
    due
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_matches_published_dates() {
        // Dates from the French calendar (independent of the computus).
        for (y, m, day) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
        ] {
            assert_eq!(easter(y), d(y, m, day));
        }
    }

    #[test]
    fn durations_parse_as_procedure_files_write_them() {
        assert_eq!("15d".parse(), Ok(Duration::Days(15)));
        assert_eq!("2m".parse(), Ok(Duration::Months(2)));
        assert_eq!("3wd".parse(), Ok(Duration::WorkingDays(3)));
        assert!("2y".parse::<Duration>().is_err());
        assert!("m".parse::<Duration>().is_err());
    }

    #[test]
    fn months_clamp_to_the_end_of_february_then_roll_past_the_weekend() {
        // 30/12/2025 + 2 months = 28/02/2026 (no 30 February), a Saturday:
        // due Monday 02/03/2026.
        assert_eq!(
            due_date(d(2025, 12, 30), Duration::Months(2)),
            d(2026, 3, 2)
        );
    }

    #[test]
    fn a_due_date_on_a_holiday_moves_to_the_next_working_day() {
        // 16/10/2026 + 15 days = 31/10 (Saturday) → 1/11 Sunday and
        // All Saints → Monday 2/11.
        assert_eq!(
            due_date(d(2026, 10, 16), Duration::Days(15)),
            d(2026, 11, 2)
        );
        // 30/04/2026 + 1 day = 1 May (Friday, holiday) → Monday 4 May.
        assert_eq!(due_date(d(2026, 4, 30), Duration::Days(1)), d(2026, 5, 4));
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        // Wednesday 13/05/2026 + 3 working days: Ascension is Thursday 14 May
        // 2026; Friday 15, Monday 18, Tuesday 19.
        assert_eq!(
            due_date(d(2026, 5, 13), Duration::WorkingDays(3)),
            d(2026, 5, 19)
        );
    }
}
