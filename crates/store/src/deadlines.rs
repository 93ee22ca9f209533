//! Computed deadlines of dossiers, kept so the dashboard can list what is
//! due across every dossier with one indexed query. They are derived data:
//! recomputed (all of a dossier's at once, in one transaction) whenever an
//! answer or a letter's event changes, never edited by hand.

use chrono::NaiveDate;
use permanence_domain::Step;
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::{Result, Store};

/// A deadline as stored: the date, and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StoredDeadline {
    pub rule_id: String,
    pub due_on: NaiveDate,
    pub provisional: bool,
    /// The start, source, meaning, assumption, enforceability and ceiling
    /// (JSON), as computed.
    #[cfg_attr(
        feature = "ts",
        ts(
            type = "{ meaning: DeadlineMeaning, start: string, source: string, assumption: Step | null, enforceable: boolean, ceiling: string | null, suspended?: Suspended | null }"
        )
    )]
    pub inputs: serde_json::Value,
    /// How the date was reached, step by step (stored as JSON).
    pub explanation: Vec<Step>,
}

/// A line of the deadlines dashboard: whose it is and what is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DueItem {
    pub dossier_id: i64,
    pub person_id: i64,
    pub family_name: String,
    pub given_names: String,
    pub procedure_id: String,
    #[serde(flatten)]
    pub deadline: StoredDeadline,
}

/// A letter to post now with no deadline running (its decision was never
/// notified in writing): `rule_id` is the deadline that does not run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StoredActNow {
    pub letter_id: String,
    pub rule_id: String,
}

/// A line of the dashboard's « act now » group: whose it is and which
/// letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActNowItem {
    pub dossier_id: i64,
    pub person_id: i64,
    pub family_name: String,
    pub given_names: String,
    pub procedure_id: String,
    #[serde(flatten)]
    pub act: StoredActNow,
}

impl Store {
    /// Replaces every deadline of a dossier, and its letters to post with
    /// no deadline running: all or nothing.
    pub fn replace_deadlines(
        &mut self,
        dossier_id: i64,
        deadlines: &[StoredDeadline],
        act_now: &[StoredActNow],
        now: &str,
    ) -> Result<()> {
        let tx = self.conn_mut().transaction()?;
        tx.execute("DELETE FROM deadlines WHERE dossier_id = ?1", [dossier_id])?;
        tx.execute("DELETE FROM act_now WHERE dossier_id = ?1", [dossier_id])?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT OR REPLACE INTO act_now (dossier_id, letter_id, rule_id, computed_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for a in act_now {
                insert.execute(params![dossier_id, a.letter_id, a.rule_id, now])?;
            }
        }
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO deadlines (dossier_id, rule_id, due_on, provisional, inputs,
                    explanation, computed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for d in deadlines {
                insert.execute(params![
                    dossier_id,
                    d.rule_id,
                    d.due_on,
                    d.provisional,
                    d.inputs.to_string(),
                    // Plain data (dates, numbers, codes): always serialises.
                    serde_json::to_value(&d.explanation)
                        .unwrap_or_default()
                        .to_string(),
                    now
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    pub fn deadlines_of(&self, dossier_id: i64) -> Result<Vec<StoredDeadline>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT rule_id, due_on, provisional, inputs, explanation FROM deadlines
             WHERE dossier_id = ?1 ORDER BY due_on, id",
        )?;
        let rows = stmt.query_map([dossier_id], stored)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Deadlines of open dossiers due from `from` (inclusive) until
    /// `until` (exclusive, if any), at most `limit`, in date order — or the
    /// latest first with `latest_first` (the overdue ones that can still be
    /// acted on come before the older ones). One range scan of the due-date
    /// index.
    pub fn deadlines_due(
        &self,
        from: NaiveDate,
        until: Option<NaiveDate>,
        limit: usize,
        latest_first: bool,
    ) -> Result<Vec<DueItem>> {
        let sql = format!(
            "SELECT l.rule_id, l.due_on, l.provisional, l.inputs, l.explanation,
                    d.id, d.person_id, p.family_name, p.given_names, d.procedure_id
             FROM deadlines l
             JOIN dossiers d ON d.id = l.dossier_id
             JOIN persons p ON p.id = d.person_id
             WHERE l.due_on >= ?1 AND {upper} AND d.status != 'closed'
             ORDER BY l.due_on {order}, l.id {order}
             LIMIT ?3",
            // Written out, not `?2 IS NULL OR …`: SQLite uses a bound of the
            // index range only when it stands alone, and reading the overdue
            // latest first must start at `until`, not at the last deadline.
            upper = if until.is_some() {
                "l.due_on < ?2"
            } else {
                "?2 IS NULL"
            },
            order = if latest_first { "DESC" } else { "ASC" }
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params![from, until, limit.min(10_000) as i64], |r| {
            Ok(DueItem {
                deadline: stored(r)?,
                dossier_id: r.get(5)?,
                person_id: r.get(6)?,
                family_name: r.get(7)?,
                given_names: r.get(8)?,
                procedure_id: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Store {
    /// Whether the derived data (deadlines, letters to post now) of every
    /// dossier must be recomputed: a schema upgrade added some that older
    /// versions never stored.
    pub fn derived_stale(&self) -> Result<bool> {
        Ok(self
            .conn()
            .query_row("SELECT count(*) FROM derived_stale", [], |r| {
                r.get::<_, i64>(0)
            })?
            > 0)
    }

    /// Once every open dossier's derived data is recomputed.
    pub fn derived_fresh(&self) -> Result<()> {
        self.conn().execute("DELETE FROM derived_stale", [])?;
        Ok(())
    }

    /// Open dossiers' letters to post with no deadline running, the
    /// oldest dossiers first, at most `limit`.
    pub fn act_now_items(&self, limit: usize) -> Result<Vec<ActNowItem>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.letter_id, a.rule_id, d.id, d.person_id, p.family_name, p.given_names,
                    d.procedure_id
             FROM act_now a
             JOIN dossiers d ON d.id = a.dossier_id
             JOIN persons p ON p.id = d.person_id
             WHERE d.status != 'closed'
             ORDER BY d.id, a.letter_id
             LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit.min(10_000) as i64], |r| {
            Ok(ActNowItem {
                act: StoredActNow {
                    letter_id: r.get(0)?,
                    rule_id: r.get(1)?,
                },
                dossier_id: r.get(2)?,
                person_id: r.get(3)?,
                family_name: r.get(4)?,
                given_names: r.get(5)?,
                procedure_id: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn stored(r: &rusqlite::Row) -> rusqlite::Result<StoredDeadline> {
    let inputs: String = r.get(3)?;
    Ok(StoredDeadline {
        rule_id: r.get(0)?,
        due_on: r.get(1)?,
        provisional: r.get(2)?,
        inputs: serde_json::from_str(&inputs).unwrap_or(serde_json::Value::Null),
        // A sentence stored before 0008 reads as no step: the dossier is
        // recomputed at the next dashboard (derived_stale).
        explanation: serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or_default(),
    })
}
