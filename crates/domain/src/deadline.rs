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
//! - every result explains itself in French, step by step.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::calendar::{Zone, holiday_name, is_working_day_in};

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// A computed deadline: the due date and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Computation {
    pub start: NaiveDate,
    /// After the count (and the délai franc), before any roll-forward.
    pub raw: NaiveDate,
    pub due: NaiveDate,
    /// The explanation, one step per item, in French.
    pub steps: Vec<String>,
}

impl Computation {
    /// « notification le 30/12/2025 + 2 mois = 28/02/2026 (pas de 30
    /// février) ; samedi → reporté au lundi 02/03/2026 »
    pub fn explanation(&self) -> String {
        self.steps.join(" ; ")
    }
}

const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

fn weekday(d: NaiveDate) -> &'static str {
    WEEKDAYS[d.weekday().num_days_from_monday() as usize]
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Computes the due date of a deadline running from `start` (the day of
/// the event, which is not counted), explaining each step; `event` names
/// the start in the explanation (« notification », « réception »…).
pub fn compute(start: NaiveDate, duration: Duration, rule: &Rule, event: &str) -> Computation {
    let mut steps = Vec::new();
    let distance_months = rule.distance.map_or(0, Distance::months);
    let distance_text = match rule.distance {
        Some(Distance::Overseas) => " + 1 mois de délai de distance (outre-mer)".to_owned(),
        Some(Distance::Abroad) => " + 2 mois de délai de distance (étranger)".to_owned(),
        None => String::new(),
    };
    let mut clamped = false;
    let counted = match duration {
        Duration::Days(n) => {
            let counted = start + Days::new(n.into());
            let counted = if distance_months > 0 {
                counted + Months::new(distance_months)
            } else {
                counted
            };
            steps.push(format!(
                "{event} le {} + {}{distance_text} = {}",
                dmy(start),
                plural(n, "jour", "jours"),
                dmy(counted)
            ));
            counted
        }
        Duration::Months(n) => {
            let months = n + distance_months;
            let counted = start + Months::new(months);
            clamped = counted.day() != start.day();
            let missing = if clamped {
                format!(
                    " (pas de {} {})",
                    if start.day() == 1 {
                        "1er".to_owned()
                    } else {
                        start.day().to_string()
                    },
                    crate::format::MONTHS_FR[counted.month0() as usize]
                )
            } else {
                String::new()
            };
            steps.push(format!(
                "{event} le {} + {}{distance_text} = {}{missing}",
                dmy(start),
                plural(n, "mois", "mois"),
                dmy(counted)
            ));
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
            let day = if distance_months > 0 {
                day + Months::new(distance_months)
            } else {
                day
            };
            steps.push(format!(
                "{event} le {} + {} (samedis, dimanches et jours fériés non comptés){distance_text} = {}",
                dmy(start),
                plural(n, "jour ouvré", "jours ouvrés"),
                dmy(day)
            ));
            day
        }
    };
    let raw = if rule.franc && clamped {
        steps.push(
            "délai franc : pas de jour ajouté après une fin de mois (date la plus prudente)"
                .to_owned(),
        );
        counted
    } else if rule.franc {
        let next = counted + Days::new(1);
        steps.push(format!("délai franc : + 1 jour = {}", dmy(next)));
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
    mut steps: Vec<String>,
) -> Computation {
    // The raw day's reason, then any holiday among the days skipped after
    // it (weekends after the first day go without saying).
    let describe = |day: NaiveDate| match holiday_name(day, rule.zone) {
        Some(name) => format!("{} {} ({name}, férié)", weekday(day), dmy(day)),
        None => weekday(day).to_owned(),
    };
    let mut due = raw;
    let mut reasons = Vec::new();
    while !is_working_day_in(due, rule.zone) {
        if due == raw || holiday_name(due, rule.zone).is_some() {
            reasons.push(describe(due));
        }
        due = due + Days::new(1);
    }
    if !reasons.is_empty() {
        steps.push(format!(
            "{} → reporté au {} {}",
            reasons.join(", puis "),
            weekday(due),
            dmy(due)
        ));
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
    steps.push(format!(
        "délai suspendu par {reason} du {} au {} : il restait {} → {}",
        dmy(from),
        dmy(until),
        plural(left as u32, "jour", "jours"),
        dmy(raw)
    ));
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
        let text = after.explanation();
        assert!(text.contains("suspendu par la conciliation du 20/03/2026 au 15/05/2026 : il restait 51 jours → 05/07/2026"), "{text}");
        assert!(text.contains("reporté au lundi 06/07/2026"), "{text}");
        assert!(
            !text.contains("11/05/2026"),
            "the first roll-forward is gone: {text}"
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
        assert_eq!(
            c.explanation(),
            "notification le 30/12/2025 + 2 mois = 28/02/2026 (pas de 30 février) ; samedi → reporté au lundi 02/03/2026"
        );
        let c = compute(
            d(2026, 3, 1),
            Duration::Months(2),
            &Rule::default(),
            "notification",
        );
        assert_eq!(
            c.explanation(),
            "notification le 01/03/2026 + 2 mois = 01/05/2026 ; vendredi 01/05/2026 (fête du Travail, férié) → reporté au lundi 04/05/2026"
        );
    }
}
