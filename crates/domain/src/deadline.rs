//! Legal deadlines, computed the way French law counts them. Pure: dates in,
//! dates out, no clock.
//!
//! - durations in calendar days, calendar months (same day of the month,
//!   or the month's last day when it has no such day: CPC 641) and working
//!   days (Monday to Friday, public holidays excluded);
//! - non-franc deadlines (judicial, CSS prior recourses: CPC 640–642) and
//!   the *délai franc* of administrative courts (one more day, §8.1 of the
//!   legal reference; not added when the month had no matching day, the
//!   earlier date being the safe one);
//! - the *délai de distance* of R421-7 CJA (+1 month overseas, +2 months
//!   abroad), added to the months before counting;
//! - a due date on a Saturday, Sunday or public holiday moves to the next
//!   working day (CPC 642), with the holidays of the zone (L3133-1 Code du
//!   travail, Alsace-Moselle, abolition-of-slavery days overseas: the
//!   calendars are in [`crate::calendar`]);
//! - every result explains itself step by step, as data ([`Step`]): the
//!   worker reads it in their language through Fluent
//!   (`deadline-step-*` in locales/*/deadlines.ftl).

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, Months, NaiveDate};

use serde::{Deserialize, Serialize};

use crate::calendar::{Holiday, Zone, holiday, is_working_day_in};

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
            .ok()
            .filter(|n| *n <= 10_000)
            .ok_or_else(|| format!("`{s}`: a duration starts with a number (15d, 2m, 3wd)"))?;
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

/// The *délai de distance* of R421-7 CJA, for a person living far from the
/// court's seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Distance {
    /// Living overseas, before a court in metropolitan France: +1 month.
    Overseas,
    /// Living abroad: +2 months.
    Abroad,
}

impl Distance {
    pub fn months(self) -> u32 {
        match self {
            Distance::Overseas => 1,
            Distance::Abroad => 2,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Distance::Overseas => "overseas",
            Distance::Abroad => "abroad",
        }
    }
}

impl FromStr for Distance {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "overseas" => Ok(Distance::Overseas),
            "abroad" => Ok(Distance::Abroad),
            _ => Err(format!(
                "délai de distance inconnu « {s} » (overseas ou abroad)"
            )),
        }
    }
}

/// How to count a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rule {
    /// Administrative-court deadline: one more day after the count.
    pub franc: bool,
    pub zone: Zone,
    pub distance: Option<Distance>,
    /// The date an implicit decision arises (silence = rejection) is not
    /// moved past a weekend or holiday: the earlier date is the safe one
    /// (legal-reference.md §8.3, unverified point).
    pub implicit_decision: bool,
}

/// The unit of a counted duration, as the explanation names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    Days,
    Months,
    WorkingDays,
}

impl Duration {
    /// The number and unit, as an explanation names them.
    pub fn parts(self) -> (u32, Unit) {
        match self {
            Duration::Days(n) => (n, Unit::Days),
            Duration::Months(n) => (n, Unit::Months),
            Duration::WorkingDays(n) => (n, Unit::WorkingDays),
        }
    }
}

/// A day skipped when the due date is moved forward: the first day (its
/// weekday tells why) and every holiday after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Skipped {
    pub day: NaiveDate,
    pub holiday: Option<Holiday>,
}

/// Where an assumed start comes from, when the real date is not known yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// A date the worker answered.
    Answer,
    /// A letter's posting, as recorded.
    LetterSent,
    /// A letter's avis de réception, as recorded.
    LetterReceived,
    /// An earlier deadline of the chain.
    Deadline,
}

/// One step of a deadline's explanation, as data: the window and the
/// printed lists say it in the worker's language (`deadline-step-<kind>`
/// messages), so nothing here is French. `event` and `reason` are codes
/// of the démarche files (`deadline-event-<code>`,
/// `deadline-suspension-<code>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Step {
    /// « notification le 30/12/2025 + 2 mois = 28/02/2026 (pas de 30
    /// février) ». `missing_day` is the start's day of the month when the
    /// end month has no such day (CPC 641: its last day).
    Count {
        event: String,
        start: NaiveDate,
        amount: u32,
        unit: Unit,
        distance: Option<Distance>,
        end: NaiveDate,
        missing_day: Option<u32>,
    },
    /// Délai franc: one more day.
    Franc { end: NaiveDate },
    /// Délai franc after a month that had no matching day: no day added,
    /// the earlier date being the safe one.
    FrancAfterMonthEnd,
    /// Saturday, Sunday or holiday: moved to the next working day.
    MovedForward {
        skipped: Vec<Skipped>,
        due: NaiveDate,
    },
    /// Suspended (a conciliation): the days left run again from its end.
    Suspended {
        reason: String,
        from: NaiveDate,
        until: NaiveDate,
        days_left: u32,
        end: NaiveDate,
    },
    /// Suspended and not ended yet: the date above is the safe one.
    SuspensionRunning { reason: String, since: NaiveDate },
    /// The start is not known yet: assumed from another date (the AR three
    /// working days after posting), to correct once known.
    Assumed {
        event: String,
        assumed: NaiveDate,
        origin: Origin,
        base: NaiveDate,
        amount: u32,
        unit: Unit,
    },
    /// The decision gave no voies et délais: not enforceable, but the
    /// recourse must come within a reasonable time, a year in principle
    /// (Czabaj); act before `act_by` all the same.
    NotEnforceable {
        ceiling: NaiveDate,
        act_by: NaiveDate,
    },
}

/// A computed deadline: the due date and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Computation {
    pub start: NaiveDate,
    /// After the count (and the délai franc), before any roll-forward.
    pub raw: NaiveDate,
    pub due: NaiveDate,
    /// The explanation, one step per item.
    pub steps: Vec<Step>,
}

/// Computes the due date of a deadline running from `start` (the day of
/// the event, which is not counted), explaining each step; `event` names
/// the start in the explanation (« notification », « réception »…).
pub fn compute(start: NaiveDate, duration: Duration, rule: &Rule, event: &str) -> Computation {
    let distance_months = rule.distance.map_or(0, Distance::months);
    let (amount, unit) = duration.parts();
    let mut missing_day = None;
    let counted = match duration {
        Duration::Days(n) => start + Days::new(n.into()) + Months::new(distance_months),
        Duration::Months(n) => {
            let counted = start + Months::new(n + distance_months);
            missing_day = (counted.day() != start.day()).then_some(start.day());
            counted
        }
        Duration::WorkingDays(n) => {
            let mut day = start;
            let mut left = n;
            while left > 0 {
                day = day + Days::new(1);
                if is_working_day_in(day, rule.zone) {
                    left -= 1;
                }
            }
            day + Months::new(distance_months)
        }
    };
    let mut steps = vec![Step::Count {
        event: event.to_owned(),
        start,
        amount,
        unit,
        distance: rule.distance,
        end: counted,
        missing_day,
    }];
    let raw = if rule.franc && missing_day.is_some() {
        steps.push(Step::FrancAfterMonthEnd);
        counted
    } else if rule.franc {
        let next = counted + Days::new(1);
        steps.push(Step::Franc { end: next });
        next
    } else {
        counted
    };
    if rule.implicit_decision {
        return Computation {
            start,
            raw,
            due: raw,
            steps,
        };
    }
    roll_forward(start, raw, rule, steps)
}

/// The raw date moved past Saturdays, Sundays and holidays (CPC 642), the
/// reason written out.
fn roll_forward(
    start: NaiveDate,
    raw: NaiveDate,
    rule: &Rule,
    mut steps: Vec<Step>,
) -> Computation {
    // The raw day's reason, then any holiday among the days skipped after
    // it (weekends after the first day go without saying).
    let mut due = raw;
    let mut skipped = Vec::new();
    while !is_working_day_in(due, rule.zone) {
        let h = holiday(due, rule.zone);
        if due == raw || h.is_some() {
            skipped.push(Skipped {
                day: due,
                holiday: h,
            });
        }
        due = due + Days::new(1);
    }
    if !skipped.is_empty() {
        steps.push(Step::MovedForward { skipped, due });
    }
    Computation {
        start,
        raw,
        due,
        steps,
    }
}

/// A deadline suspended from `from` to `until` (a conciliation, L146-10
/// CASF): the days already run before the suspension count, the days left
/// run again from its end. Counting what is left in days (not re-adding
/// months) gives the earlier of the two readings — the safe side. A
/// suspension starting outside the running deadline changes nothing.
pub fn suspend(
    computed: &Computation,
    from: NaiveDate,
    until: NaiveDate,
    rule: &Rule,
    reason: &str,
) -> Computation {
    if from < computed.start || from > computed.raw || until < from {
        return computed.clone();
    }
    let left = (computed.raw - from).num_days();
    let raw = until + Days::new(left.unsigned_abs());
    let mut steps = computed.steps.clone();
    // The roll-forward of the first count no longer applies.
    if computed.raw != computed.due {
        steps.pop();
    }
    steps.push(Step::Suspended {
        reason: reason.to_owned(),
        from,
        until,
        days_left: left.unsigned_abs() as u32,
        end: raw,
    });
    if rule.implicit_decision {
        return Computation {
            start: computed.start,
            raw,
            due: raw,
            steps,
        };
    }
    roll_forward(computed.start, raw, rule, steps)
}

/// The due date of a non-franc metropolitan deadline (letters' sheets).
pub fn due_date(start: NaiveDate, duration: Duration) -> NaiveDate {
    compute(start, duration, &Rule::default(), "départ").due
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_suspension_resumes_the_days_left_after_its_end() {
        // Notified Tue 10/03/2026, 2 months: Sun 10/05 → Mon 11/05/2026.
        let rule = Rule::default();
        let first = compute(d(2026, 3, 10), Duration::Months(2), &rule, "notification");
        assert_eq!(first.due, d(2026, 5, 11));
        // Conciliation from 20/03 to 15/05: 51 days were left (counted by
        // hand: 11 in March, 30 in April, 10 in May); 15/05 + 51 days =
        // Sun 05/07 → Mon 06/07/2026.
        let after = suspend(
            &first,
            d(2026, 3, 20),
            d(2026, 5, 15),
            &rule,
            "la conciliation",
        );
        assert_eq!(after.raw, d(2026, 7, 5));
        assert_eq!(after.due, d(2026, 7, 6));
        assert_eq!(
            after.steps,
            vec![
                Step::Count {
                    event: "notification".into(),
                    start: d(2026, 3, 10),
                    amount: 2,
                    unit: Unit::Months,
                    distance: None,
                    end: d(2026, 5, 10),
                    missing_day: None,
                },
                // The first roll-forward (to 11/05) is gone.
                Step::Suspended {
                    reason: "la conciliation".into(),
                    from: d(2026, 3, 20),
                    until: d(2026, 5, 15),
                    days_left: 51,
                    end: d(2026, 7, 5),
                },
                Step::MovedForward {
                    skipped: vec![Skipped {
                        day: d(2026, 7, 5),
                        holiday: None
                    }],
                    due: d(2026, 7, 6),
                },
            ]
        );
        // A conciliation asked before the decision or after the deadline
        // suspends nothing.
        assert_eq!(
            suspend(&first, d(2026, 3, 1), d(2026, 4, 1), &rule, "x"),
            first
        );
        assert_eq!(
            suspend(&first, d(2026, 5, 12), d(2026, 6, 1), &rule, "x"),
            first
        );
    }

    #[test]
    fn durations_parse_as_procedure_files_write_them() {
        assert_eq!("15d".parse(), Ok(Duration::Days(15)));
        assert_eq!("2m".parse(), Ok(Duration::Months(2)));
        assert_eq!("3wd".parse(), Ok(Duration::WorkingDays(3)));
        assert!("2y".parse::<Duration>().is_err());
        assert!("m".parse::<Duration>().is_err());
        assert!("99999999m".parse::<Duration>().is_err());
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

    #[test]
    fn the_explanation_shows_each_step() {
        let c = compute(
            d(2025, 12, 30),
            Duration::Months(2),
            &Rule::default(),
            "notification",
        );
        // « notification le 30/12/2025 + 2 mois = 28/02/2026 (pas de 30
        // février) ; samedi → reporté au lundi 02/03/2026 »
        assert_eq!(
            c.steps,
            vec![
                Step::Count {
                    event: "notification".into(),
                    start: d(2025, 12, 30),
                    amount: 2,
                    unit: Unit::Months,
                    distance: None,
                    end: d(2026, 2, 28),
                    missing_day: Some(30),
                },
                Step::MovedForward {
                    skipped: vec![Skipped {
                        day: d(2026, 2, 28),
                        holiday: None
                    }],
                    due: d(2026, 3, 2),
                },
            ]
        );
        let c = compute(
            d(2026, 3, 1),
            Duration::Months(2),
            &Rule::default(),
            "notification",
        );
        // « vendredi 01/05/2026 (fête du Travail, férié) → reporté au lundi
        // 04/05/2026 »
        assert_eq!(
            c.steps.last(),
            Some(&Step::MovedForward {
                skipped: vec![Skipped {
                    day: d(2026, 5, 1),
                    holiday: Some(Holiday::LabourDay)
                }],
                due: d(2026, 5, 4),
            })
        );
    }
}
