//! A dossier's deadlines, from its procedure's rules, its answers and what
//! happened to its letters. Pure: the facts are passed in; recomputing after
//! every answer or event gives the chain of dates.
//!
//! A rule starts from the first of its sources that is known. When none is
//! known but an assumption is declared (the AR assumed three working days
//! after posting), the date is computed from it and marked provisional,
//! with the assumption in words. A rule whose `enforceable_if` does not hold
//! (no voies et délais in the decision) is marked not enforceable, with the
//! one-year ceiling of the Czabaj case law — acting within the ordinary
//! deadline is still advised.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use permanence_domain::{Duration, Origin, Rule, Step, Zone, compute, suspend};
use serde::Serialize;
use serde_json::Value;

use crate::expr::eval;
use crate::interview::{Answers, effective};
use crate::model::{DeadlineMeaning, Procedure, Source};

/// What happened to the dossier's letters (latest frozen copy of each).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// Letter id → (posted on, AR signed on).
    pub letters: BTreeMap<String, (Option<NaiveDate>, Option<NaiveDate>)>,
}

/// One computed deadline of a dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DossierDeadline {
    pub rule: String,
    #[cfg_attr(feature = "ts", ts(type = "DeadlineMeaning"))]
    pub meaning: DeadlineMeaning,
    pub start: NaiveDate,
    /// The source used: a question id, `letter:<id>:received`…
    pub source: String,
    pub due: NaiveDate,
    /// Computed from an assumption, to be corrected when the fact is known.
    pub provisional: bool,
    /// The assumption, when provisional (an [`Step::Assumed`]).
    pub assumption: Option<Step>,
    /// False when the decision gave no voies et délais.
    pub enforceable: bool,
    /// With no voies et délais: one year from the start (Czabaj).
    pub ceiling: Option<NaiveDate>,
    /// Stopped and not running again yet (a conciliation under way): since
    /// when, and the days that were left then. `due` stays the date
    /// without the suspension, the safe one.
    pub suspended: Option<Suspended>,
    /// Step by step, as data: said in the worker's language through
    /// Fluent (`deadline-step-*`).
    pub explanation: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Suspended {
    pub since: NaiveDate,
    pub days_left: i64,
}

/// Where a deadline to act stands on a given day, as the person must be
/// told: the five honest states of a recourse deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum DeadlineState {
    /// A date that binds: act by `due`.
    Enforceable { due: NaiveDate },
    /// The decision gave no voies et délais: the ordinary date (`advised`)
    /// cannot be held against the person; the limit is `ceiling` (one
    /// year, Czabaj). `advised` may already be past.
    NotEnforceable {
        advised: NaiveDate,
        ceiling: NaiveDate,
    },
    /// The last day has gone (or the one-year ceiling, without voies et
    /// délais).
    Past { due: NaiveDate },
    /// Stopped since `since` with `days_left` to run again from the end
    /// of the suspension; `safe` is the date without it.
    Suspended {
        since: NaiveDate,
        days_left: i64,
        safe: NaiveDate,
    },
    /// No decision notified (an oral refusal, nothing written): no
    /// deadline runs.
    NothingNotified,
}

/// The state of the deadline `rule` on `today`, from the dossier's
/// computed deadlines. A rule that did not start (its decision was never
/// notified, or it does not apply) is « nothing notified ».
pub fn deadline_state(computed: &[DossierDeadline], rule: &str, today: NaiveDate) -> DeadlineState {
    let Some(d) = computed.iter().find(|d| d.rule == rule) else {
        return DeadlineState::NothingNotified;
    };
    if let Some(s) = d.suspended {
        return DeadlineState::Suspended {
            since: s.since,
            days_left: s.days_left,
            safe: d.due,
        };
    }
    match d.ceiling {
        Some(ceiling) if today <= ceiling => DeadlineState::NotEnforceable {
            advised: d.due,
            ceiling,
        },
        Some(ceiling) => DeadlineState::Past { due: ceiling },
        None if today <= d.due => DeadlineState::Enforceable { due: d.due },
        None => DeadlineState::Past { due: d.due },
    }
}

/// A letter to post now although no deadline runs: the decision it
/// answers was never notified in writing (an oral refusal, a refusal at
/// the counter, a silence), so the rule of its deadline does not apply.
/// Without this the Échéances screen would be silent on the very dossiers
/// where the person is left with nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActNow {
    pub letter: String,
    /// The deadline (`due_by`) that does not run.
    pub rule: String,
}

/// The dossier's letters in the « nothing notified » state: offered, not
/// yet posted, and whose `due_by` rule is ruled out by the answers. A rule
/// whose condition reads an unanswered question is not ruled out yet: the
/// interview is unfinished, and saying « no deadline runs » would be
/// asserting what no answer established.
pub fn act_now(procedure: &Procedure, answers: &Answers, facts: &Facts) -> Vec<ActNow> {
    let eff = effective(procedure, answers);
    procedure
        .letters
        .iter()
        .filter(|l| l.offer_if.as_ref().is_none_or(|c| eval(c, &eff)))
        .filter(|l| {
            facts
                .letters
                .get(&l.id)
                .and_then(|(sent, _)| *sent)
                .is_none()
        })
        .filter_map(|l| {
            let rule_id = l.due_by.as_ref()?;
            let rule = procedure.deadlines.iter().find(|d| &d.id == rule_id)?;
            let when = rule.when.as_ref()?;
            let decided = when
                .names()
                .iter()
                .all(|n| crate::interview::is_answered(eff.get(*n)));
            (decided && !eval(when, &eff)).then(|| ActNow {
                letter: l.id.clone(),
                rule: rule_id.clone(),
            })
        })
        .collect()
}

/// Where an assumed start comes from, for the explanation.
fn origin(source: &Source) -> Origin {
    match source {
        Source::Question(_) => Origin::Answer,
        Source::LetterSent(_) => Origin::LetterSent,
        Source::LetterReceived(_) => Origin::LetterReceived,
        Source::Deadline(_) => Origin::Deadline,
    }
}

fn source_date(
    source: &Source,
    eff: &Answers,
    facts: &Facts,
    done: &[DossierDeadline],
) -> Option<(NaiveDate, bool)> {
    match source {
        Source::Question(q) => eff
            .get(q)
            .and_then(Value::as_str)
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
            .map(|d| (d, false)),
        Source::LetterSent(l) => facts.letters.get(l).and_then(|f| f.0).map(|d| (d, false)),
        Source::LetterReceived(l) => facts.letters.get(l).and_then(|f| f.1).map(|d| (d, false)),
        Source::Deadline(r) => done
            .iter()
            .find(|d| &d.rule == r)
            .map(|d| (d.due, d.provisional)),
    }
}

/// The deadlines of a dossier, in the procedure's order. `zone` is the
/// holiday calendar of the court or authority concerned.
pub fn dossier_deadlines(
    procedure: &Procedure,
    answers: &Answers,
    facts: &Facts,
    zone: Zone,
) -> Vec<DossierDeadline> {
    let eff = effective(procedure, answers);
    let mut done: Vec<DossierDeadline> = Vec::new();
    for rule in &procedure.deadlines {
        if rule.when.as_ref().is_some_and(|c| !eval(c, &eff)) {
            continue;
        }
        let known = rule
            .from
            .iter()
            .find_map(|s| source_date(s, &eff, facts, &done).map(|(d, p)| (s, d, p)));
        let (source, start, mut provisional, assumption) = match known {
            Some((s, d, p)) => (s.to_string(), d, p, None),
            None => {
                let Some(assume) = &rule.assume else { continue };
                let Some((base, _)) = source_date(&assume.from, &eff, facts, &done) else {
                    continue;
                };
                let shift = assume.duration;
                let assumed = compute(base, shift, &Rule::default(), &rule.event).due;
                let (amount, unit) = shift.parts();
                let step = Step::Assumed {
                    event: rule.event.clone(),
                    assumed,
                    origin: origin(&assume.from),
                    base,
                    amount,
                    unit,
                };
                (assume.from.to_string(), assumed, true, Some(step))
            }
        };
        if assumption.is_some() {
            provisional = true;
        }
        let computed = compute(
            start,
            rule.duration,
            &Rule {
                franc: rule.franc,
                zone,
                distance: None,
                implicit_decision: rule.is_implicit_decision(),
            },
            &rule.event,
        );
        let mut computed = computed;
        let mut suspended = None;
        if let Some(suspension) = &rule.suspend {
            let date = |q: &str| {
                eff.get(q)
                    .and_then(Value::as_str)
                    .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
            };
            match (date(&suspension.from), date(&suspension.until)) {
                (Some(from), Some(until)) => {
                    computed = suspend(
                        &computed,
                        from,
                        until,
                        &Rule {
                            franc: rule.franc,
                            zone,
                            distance: None,
                            implicit_decision: rule.is_implicit_decision(),
                        },
                        &suspension.reason,
                    );
                }
                // Still running: the date without the suspension is the
                // safe one until the end is known.
                (Some(from), None) if from >= start && from <= computed.raw => {
                    provisional = true;
                    suspended = Some(Suspended {
                        since: from,
                        days_left: (computed.raw - from).num_days(),
                    });
                    computed.steps.push(Step::SuspensionRunning {
                        reason: suspension.reason.clone(),
                        since: from,
                    });
                }
                _ => {}
            }
        }
        let enforceable = rule.enforceable_if.as_ref().is_none_or(|c| eval(c, &eff));
        let mut explanation = computed.steps.clone();
        if let Some(a) = &assumption {
            explanation.insert(0, a.clone());
        }
        let ceiling = (!enforceable).then(|| {
            let year = compute(
                start,
                Duration::Months(12),
                &Rule {
                    zone,
                    ..Rule::default()
                },
                &rule.event,
            );
            explanation.push(Step::NotEnforceable {
                ceiling: year.due,
                act_by: computed.due,
            });
            year.due
        });
        done.push(DossierDeadline {
            rule: rule.id.clone(),
            meaning: rule.meaning,
            start,
            source,
            due: computed.due,
            provisional,
            assumption,
            enforceable,
            ceiling,
            suspended,
            explanation,
        });
    }
    done
}
