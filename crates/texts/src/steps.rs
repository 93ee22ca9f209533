//! A deadline's explanation ([`Step`]s) in words, in a chosen language:
//! the calendar file and the printed lists. The window says the same
//! steps with the same messages (`ui/src/screens/DeadlineParts.tsx`);
//! `tests/tests/steps.rs` checks that both give the same sentences.

use chrono::{Datelike, NaiveDate};
use permanence_domain::{Distance, Language, Origin, Skipped, Step, Unit};

use crate::Texts;

fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

impl Texts {
    fn weekday(&self, language: Language, d: NaiveDate) -> String {
        let n = d.weekday().number_from_monday();
        self.format(language, &format!("weekday-{n}"), &[])
    }

    fn amount(&self, language: Language, amount: u32, unit: Unit) -> String {
        let key = match unit {
            Unit::Days => "deadline-amount-days",
            Unit::Months => "deadline-amount-months",
            Unit::WorkingDays => "deadline-amount-working-days",
        };
        self.format_counting(language, key, Some(("amount", amount.into())), &[])
    }

    fn skipped(&self, language: Language, s: &Skipped) -> String {
        let weekday = self.weekday(language, s.day);
        match s.holiday {
            Some(h) => {
                let holiday = self.format(language, &format!("holiday-{}", h.code()), &[]);
                self.format(
                    language,
                    "deadline-skipped-holiday",
                    &[
                        ("weekday", &weekday),
                        ("date", &dmy(s.day)),
                        ("holiday", &holiday),
                    ],
                )
            }
            None => self.format(language, "deadline-skipped-day", &[("weekday", &weekday)]),
        }
    }

    /// The first step: the start, the count, the end.
    #[allow(clippy::too_many_arguments)]
    fn count(
        &self,
        language: Language,
        event: &str,
        start: NaiveDate,
        amount: u32,
        unit: Unit,
        distance: Option<Distance>,
        end: NaiveDate,
        missing_day: Option<u32>,
    ) -> String {
        let event = self.format(language, &format!("deadline-event-{event}"), &[]);
        let mut amount = self.amount(language, amount, unit);
        if unit == Unit::WorkingDays {
            amount = format!(
                "{amount} {}",
                self.format(language, "deadline-working-days-note", &[])
            );
        }
        let distance = distance.map(|d| {
            let key = match d {
                Distance::Overseas => "deadline-distance-overseas",
                Distance::Abroad => "deadline-distance-abroad",
            };
            self.format(language, key, &[])
        });
        let missing = missing_day.map(|day| {
            let month = self.format(language, &format!("month-{}", end.month()), &[]);
            self.format_counting(
                language,
                "deadline-missing-day",
                Some(("day", day.into())),
                &[("month", &month)],
            )
        });
        let (start, end) = (dmy(start), dmy(end));
        let mut args = vec![
            ("event", event.as_str()),
            ("start", &start),
            ("amount", &amount),
            ("end", &end),
        ];
        let key = match (&distance, &missing) {
            (None, None) => "deadline-step-count",
            (Some(_), None) => "deadline-step-count-distance",
            (None, Some(_)) => "deadline-step-count-missing",
            (Some(_), Some(_)) => "deadline-step-count-distance-missing",
        };
        if let Some(d) = &distance {
            args.push(("distance", d));
        }
        if let Some(m) = &missing {
            args.push(("missing", m));
        }
        self.format(language, key, &args)
    }

    /// One step of a deadline's explanation, as the worker reads it.
    pub fn step(&self, language: Language, step: &Step) -> String {
        match step {
            Step::Count {
                event,
                start,
                amount,
                unit,
                distance,
                end,
                missing_day,
            } => self.count(
                language,
                event,
                *start,
                *amount,
                *unit,
                *distance,
                *end,
                *missing_day,
            ),
            Step::Franc { end } => {
                self.format(language, "deadline-step-franc", &[("end", &dmy(*end))])
            }
            Step::FrancAfterMonthEnd => self.format(language, "deadline-step-franc-month-end", &[]),
            Step::MovedForward { skipped, due } => {
                let then = self.format(language, "deadline-skipped-then", &[]);
                let skipped: Vec<String> =
                    skipped.iter().map(|s| self.skipped(language, s)).collect();
                let skipped = skipped.join(&format!("{then} "));
                let weekday = self.weekday(language, *due);
                self.format(
                    language,
                    "deadline-step-moved",
                    &[
                        ("skipped", &skipped),
                        ("weekday", &weekday),
                        ("due", &dmy(*due)),
                    ],
                )
            }
            Step::Suspended {
                reason,
                from,
                until,
                days_left,
                end,
            } => {
                let reason = self.format(language, &format!("deadline-suspension-{reason}"), &[]);
                let days = self.amount(language, *days_left, Unit::Days);
                self.format(
                    language,
                    "deadline-step-suspended",
                    &[
                        ("reason", &reason),
                        ("from", &dmy(*from)),
                        ("until", &dmy(*until)),
                        ("days", &days),
                        ("end", &dmy(*end)),
                    ],
                )
            }
            Step::SuspensionRunning { reason, since } => {
                let reason = self.format(language, &format!("deadline-suspension-{reason}"), &[]);
                self.format(
                    language,
                    "deadline-step-suspension-running",
                    &[("reason", &reason), ("since", &dmy(*since))],
                )
            }
            Step::Assumed {
                event,
                assumed,
                origin,
                base,
                amount,
                unit,
            } => {
                let event = self.format(language, &format!("deadline-event-{event}"), &[]);
                let origin = self.format(language, origin_key(*origin), &[]);
                let amount = self.amount(language, *amount, *unit);
                self.format(
                    language,
                    "deadline-step-assumed",
                    &[
                        ("event", &event),
                        ("assumed", &dmy(*assumed)),
                        ("origin", &origin),
                        ("base", &dmy(*base)),
                        ("amount", &amount),
                    ],
                )
            }
            Step::NotEnforceable { ceiling, act_by } => self.format(
                language,
                "deadline-step-not-enforceable",
                &[("ceiling", &dmy(*ceiling)), ("act_by", &dmy(*act_by))],
            ),
        }
    }

    /// Every step, one sentence each.
    pub fn steps(&self, language: Language, steps: &[Step]) -> Vec<String> {
        steps.iter().map(|s| self.step(language, s)).collect()
    }
}

fn origin_key(origin: Origin) -> &'static str {
    match origin {
        Origin::Answer => "deadline-origin-answer",
        Origin::LetterSent => "deadline-origin-letter-sent",
        Origin::LetterReceived => "deadline-origin-letter-received",
        Origin::Deadline => "deadline-origin-deadline",
    }
}
