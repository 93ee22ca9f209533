//! Deadlines: recomputed for a dossier after every answer and every letter
//! event (the chain updates when an AR date is entered), listed across all
//! dossiers for the Échéances dashboard.

use chrono::{Days, NaiveDate};
use permanence_domain::Zone;
use permanence_procedures::deadlines::{DossierDeadline, dossier_deadlines};
use permanence_store::{DueItem, StoredDeadline};
use serde::Serialize;

use crate::{App, AppError};

/// The Échéances screen: overdue (last 60 days), this week (7 days from
/// today), the next 30 days, later.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Dashboard {
    pub today: NaiveDate,
    pub overdue: Vec<DueItem>,
    pub this_week: Vec<DueItem>,
    pub next_30_days: Vec<DueItem>,
    pub later: Vec<DueItem>,
}

/// How far back overdue deadlines are listed, and how many lines at most.
pub const OVERDUE_DAYS: u64 = 60;
pub const DASHBOARD_LINES: usize = 2_000;

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
        let computed = self.dossier_deadlines(dossier_id)?;
        let rows: Vec<StoredDeadline> = computed.iter().map(stored).collect();
        self.with_store(|s| s.replace_deadlines(dossier_id, &rows, now))?;
        Ok(computed)
    }

    /// Every open dossier's deadlines around `today`, grouped for the
    /// dashboard.
    pub fn deadlines_dashboard(&self, today: NaiveDate) -> Result<Dashboard, AppError> {
        let from = today - Days::new(OVERDUE_DAYS);
        let items = self.with_store(|s| s.deadlines_due(from, DASHBOARD_LINES))?;
        let week = today + Days::new(7);
        let month = today + Days::new(30);
        let mut board = Dashboard {
            today,
            ..Default::default()
        };
        for item in items {
            let due = item.deadline.due_on;
            let group = if due < today {
                &mut board.overdue
            } else if due < week {
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

    /// Deadlines due within the reminder window (Paramètres), for the
    /// desktop notification at start and once a day.
    pub fn reminders(&self, today: NaiveDate) -> Result<Vec<DueItem>, AppError> {
        let days = self.settings().map(|s| s.reminder_days).unwrap_or(7);
        let until = today + Days::new(days.into());
        let items = self.with_store(|s| s.deadlines_due(today, DASHBOARD_LINES))?;
        Ok(items
            .into_iter()
            .filter(|i| i.deadline.due_on <= until)
            .collect())
    }
}
