//! Deadlines: recomputed for a dossier after every answer and every letter
//! event (the chain updates when an AR date is entered), listed across all
//! dossiers for the Échéances dashboard.

use chrono::{Days, NaiveDate};
use permanence_domain::{Language, Step, Zone};
use permanence_procedures::deadlines::{DossierDeadline, act_now, dossier_deadlines};
use permanence_procedures::keys;
use permanence_store::{ActNowItem, DueItem, StoredActNow, StoredDeadline};
use serde::Serialize;

use crate::{App, AppError};

/// The Échéances screen: overdue (last 60 days), this week (7 days from
/// today), the next 30 days, later.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Dashboard {
    pub today: NaiveDate,
    /// Letters to post now although no deadline runs (a refusal never
    /// notified in writing): no date to list them under, so first.
    pub act_now: Vec<ActNowItem>,
    pub overdue: Vec<DueItem>,
    pub this_week: Vec<DueItem>,
    pub next_30_days: Vec<DueItem>,
    pub later: Vec<DueItem>,
    /// More deadlines exist than the lines listed (a very large
    /// installation): the counts are those of the lines shown.
    pub truncated: bool,
}

/// How far back overdue deadlines are listed, and how many lines at most
/// (overdue, and from today on).
pub const OVERDUE_DAYS: u64 = 60;
pub const OVERDUE_LINES: usize = 100;
pub const DASHBOARD_LINES: usize = 200;

fn stored(d: &DossierDeadline) -> StoredDeadline {
    StoredDeadline {
        rule_id: d.rule.clone(),
        due_on: d.due,
        provisional: d.provisional,
        inputs: serde_json::json!({
            "meaning": d.meaning,
            "start": d.start,
            "source": d.source,
            "assumption": d.assumption,
            "enforceable": d.enforceable,
            "ceiling": d.ceiling,
            "suspended": d.suspended,
        }),
        explanation: d.explanation.clone(),
    }
}

impl App {
    fn zone(&self) -> Zone {
        self.settings().map(|s| s.zone).unwrap_or_default()
    }

    /// The dossier's deadlines as they stand now, in the procedure's order
    /// (the chain of its timeline).
    pub fn dossier_deadlines(&self, dossier_id: i64) -> Result<Vec<DossierDeadline>, AppError> {
        let d = self.with_store(|s| s.dossier(dossier_id))?;
        let p = self.procedure(&d.procedure_id)?;
        let facts = self.letter_facts(dossier_id)?;
        Ok(dossier_deadlines(p, &d.answers, &facts, self.zone()))
    }

    /// Recomputes and stores the dossier's deadlines (one transaction).
    pub fn recompute_deadlines(
        &self,
        dossier_id: i64,
        now: &str,
    ) -> Result<Vec<DossierDeadline>, AppError> {
        let d = self.with_store(|s| s.dossier(dossier_id))?;
        let p = self.procedure(&d.procedure_id)?;
        let facts = self.letter_facts(dossier_id)?;
        let computed = dossier_deadlines(p, &d.answers, &facts, self.zone());
        let rows: Vec<StoredDeadline> = computed.iter().map(stored).collect();
        let now_rows: Vec<StoredActNow> = act_now(p, &d.answers, &facts)
            .into_iter()
            .map(|a| StoredActNow {
                letter_id: a.letter,
                rule_id: a.rule,
            })
            .collect();
        self.with_store(|s| s.replace_deadlines(dossier_id, &rows, &now_rows, now))?;
        Ok(computed)
    }

    /// After a schema upgrade that added derived data, every open
    /// dossier's deadlines are recomputed once, before they are listed.
    fn refresh_derived(&self, today: NaiveDate) -> Result<(), AppError> {
        if !self.with_store(|s| s.derived_stale())? {
            return Ok(());
        }
        self.recompute_open_dossiers(&format!("{today}T00:00:00Z"))?;
        self.with_store(|s| s.derived_fresh())
    }

    /// Recomputes the deadlines of every open dossier (a new calendar, a
    /// schema upgrade).
    pub(crate) fn recompute_open_dossiers(&self, now: &str) -> Result<(), AppError> {
        for id in self.with_store(|s| s.open_dossier_ids())? {
            self.recompute_deadlines(id, now)?;
        }
        Ok(())
    }

    /// Every open dossier's deadlines around `today`, grouped for the
    /// dashboard.
    pub fn deadlines_dashboard(&self, today: NaiveDate) -> Result<Dashboard, AppError> {
        self.refresh_derived(today)?;
        let from = today - Days::new(OVERDUE_DAYS);
        let (mut overdue, upcoming, act_now) = self.with_store(|s| {
            Ok((
                s.deadlines_due(from, Some(today), OVERDUE_LINES, true)?,
                s.deadlines_due(today, None, DASHBOARD_LINES, false)?,
                s.act_now_items(OVERDUE_LINES)?,
            ))
        })?;
        let truncated = overdue.len() >= OVERDUE_LINES
            || upcoming.len() >= DASHBOARD_LINES
            || act_now.len() >= OVERDUE_LINES;
        // Shown oldest first, but the most recent were kept when cut.
        overdue.reverse();
        let week = today + Days::new(7);
        let month = today + Days::new(30);
        let mut board = Dashboard {
            today,
            act_now,
            overdue,
            truncated,
            ..Default::default()
        };
        for item in upcoming {
            let due = item.deadline.due_on;
            let group = if due < week {
                &mut board.this_week
            } else if due <= month {
                &mut board.next_30_days
            } else {
                &mut board.later
            };
            group.push(item);
        }
        Ok(board)
    }

    /// The desktop notification for the deadlines due within the window, in
    /// the worker's language, or none. It names no one: the screen of a
    /// shared laptop may be seen by others.
    pub fn reminder_message(&self, today: NaiveDate) -> Result<Option<(String, String)>, AppError> {
        let due = self.reminders(today)?;
        let Some(first) = due.first() else {
            return Ok(None);
        };
        let settings = self.settings().unwrap_or_default();
        let language = settings.language;
        let date = permanence_domain::long_date(first.deadline.due_on, language);
        let days = settings.reminder_days.to_string();
        let title = self.texts.format(language, "reminder-title", &[]);
        let body = self.texts.format_counting(
            language,
            "reminder-body",
            Some(("count", due.len() as u64)),
            &[("days", &days), ("date", &date)],
        );
        Ok(Some((title, body)))
    }

    /// Deadlines due within the reminder window (Paramètres), for the
    /// desktop notification at start and once a day.
    pub fn reminders(&self, today: NaiveDate) -> Result<Vec<DueItem>, AppError> {
        let days = self.settings().map(|s| s.reminder_days).unwrap_or(7);
        let until = today + Days::new(days.into());
        self.with_store(|s| {
            s.deadlines_due(today, Some(until + Days::new(1)), DASHBOARD_LINES, false)
        })
    }
}

impl App {
    /// The week's deadlines (overdue ones first) as a PDF to print for a
    /// permanence where the screen is not at hand.
    /// What a due deadline is, in the procedure's words (« Dernier jour
    /// pour… »), or its rule id when the procedure is gone.
    pub(crate) fn deadline_label(&self, item: &DueItem, language: Language) -> String {
        self.procedure(&item.procedure_id)
            .map(|p| {
                permanence_letters::procedure_text(
                    p,
                    language,
                    &keys::deadline(&item.procedure_id, &item.deadline.rule_id),
                )
            })
            .unwrap_or_else(|_| item.deadline.rule_id.clone())
    }

    pub fn weekly_list(&self, today: NaiveDate) -> Result<Vec<u8>, AppError> {
        let board = self.deadlines_dashboard(today)?;
        let language = self.settings().map(|s| s.language).unwrap_or_default();
        let t = |key: &str, args: &[(&str, &str)]| self.texts.format(language, key, args);
        let date = |d: NaiveDate| permanence_domain::long_date(d, language);
        let row = |i: &DueItem| {
            let what = self.deadline_label(i, language);
            let inputs = &i.deadline.inputs;
            let mut notes = Vec::new();
            if i.deadline.provisional {
                let assumption = serde_json::from_value::<Step>(inputs["assumption"].clone())
                    .map(|a| self.texts.step(language, &a))
                    .unwrap_or_default();
                notes.push(t("weekly-provisional", &[("assumption", &assumption)]));
            }
            if inputs["enforceable"] == serde_json::Value::Bool(false) {
                let ceiling = inputs["ceiling"]
                    .as_str()
                    .and_then(|c| NaiveDate::parse_from_str(c, "%Y-%m-%d").ok())
                    .map(date)
                    .unwrap_or_default();
                notes.push(t("weekly-not-enforceable", &[("date", &ceiling)]));
            }
            permanence_letters::ListRow {
                date: date(i.deadline.due_on),
                person: format!("{} {}", i.given_names, i.family_name)
                    .trim()
                    .to_owned(),
                what,
                note: notes.join(" — "),
            }
        };
        // Only when there is one: an empty « act now » section on paper
        // would read as a worry.
        let act_now_section =
            (!board.act_now.is_empty()).then(|| permanence_letters::ListSection {
                heading: t("weekly-act-now", &[]),
                rows: board
                    .act_now
                    .iter()
                    .map(|a| {
                        let letter = self
                            .procedure(&a.procedure_id)
                            .map(|p| {
                                permanence_letters::procedure_text(
                                    p,
                                    language,
                                    &keys::letter(&a.procedure_id, &a.act.letter_id),
                                )
                            })
                            .unwrap_or_else(|_| a.act.letter_id.clone());
                        permanence_letters::ListRow {
                            date: t("deadlines-act-now-when", &[]),
                            person: format!("{} {}", a.given_names, a.family_name)
                                .trim()
                                .to_owned(),
                            what: t("weekly-act-now-what", &[("letter", &letter)]),
                            note: t("weekly-act-now-note", &[]),
                        }
                    })
                    .collect(),
            });
        let list = permanence_letters::DeadlineList {
            lang: language.code().to_owned(),
            title: t("weekly-title", &[]),
            subtitle: t(
                "weekly-subtitle",
                &[
                    ("from", &date(today)),
                    ("to", &date(today + Days::new(6))),
                    ("today", &date(today)),
                ],
            ),
            columns: [
                "weekly-col-date",
                "weekly-col-person",
                "weekly-col-what",
                "weekly-col-note",
            ]
            .iter()
            .map(|k| t(k, &[]))
            .collect(),
            sections: act_now_section
                .into_iter()
                .chain([
                    permanence_letters::ListSection {
                        heading: t("weekly-overdue", &[]),
                        rows: board.overdue.iter().map(row).collect(),
                    },
                    permanence_letters::ListSection {
                        heading: t("weekly-week", &[]),
                        rows: board.this_week.iter().map(row).collect(),
                    },
                ])
                .collect(),
            empty: t("weekly-empty", &[]),
            page: t("weekly-page", &[]),
        };
        permanence_letters::render_list(&list, today).map_err(|e| AppError::Internal(e.to_string()))
    }

    /// Writes the week's list as a PDF into `dir`; returns the path.
    pub fn save_weekly_list(
        &self,
        today: NaiveDate,
        dir: &std::path::Path,
    ) -> Result<std::path::PathBuf, AppError> {
        let pdf = self.weekly_list(today)?;
        crate::letters::write_new_file(dir, &format!("{today}-echeances-semaine"), "pdf", &pdf)
    }
}
