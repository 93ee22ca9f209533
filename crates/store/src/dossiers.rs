//! Dossiers and their dated events: the minimum the person page and the
//! benchmarks need. Procedures, deadlines and letters build on these.

use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

use crate::{Result, Store};

/// A dossier being opened for a person.
#[derive(Debug, Clone)]
pub struct NewDossier {
    pub person_id: i64,
    pub procedure_id: String,
    pub procedure_version: String,
    pub opened_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DossierSummary {
    pub id: i64,
    pub procedure_id: String,
    pub status: String,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
}

/// A dated fact of a dossier (decision notified, letter posted…).
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub dossier_id: i64,
    pub kind: String,
    pub occurred_on: NaiveDate,
    pub tracking_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EventSummary {
    pub id: i64,
    pub dossier_id: i64,
    pub kind: String,
    pub occurred_on: NaiveDate,
    pub tracking_number: Option<String>,
}

impl Store {
    pub fn create_dossier(&mut self, d: &NewDossier, now: &str) -> Result<i64> {
        self.open_dossier(d, &serde_json::Map::new(), None, now)
    }

    /// Records events in one transaction: all or none.
    pub fn record_events(&mut self, events: &[NewEvent], now: &str) -> Result<Vec<i64>> {
        self.write(now, |tx| {
            let mut ids = Vec::with_capacity(events.len());
            let mut insert = tx.prepare_cached(
                "INSERT INTO events (id, dossier_id, kind, occurred_on, tracking_number, created_at)
                 VALUES (?6, ?1, ?2, ?3, ?4, ?5)",
            )?;
            for e in events {
                let id = crate::team::next_id(tx, "events")?;
                insert.execute(params![
                    e.dossier_id,
                    e.kind,
                    e.occurred_on,
                    e.tracking_number,
                    now,
                    id
                ])?;
                ids.push(id);
            }
            Ok(ids)
        })
    }

    pub fn dossiers_of(&self, person_id: i64) -> Result<Vec<DossierSummary>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, procedure_id, status, opened_on, closed_on FROM dossiers
             WHERE person_id = ?1 ORDER BY opened_on DESC, id DESC",
        )?;
        let rows = stmt.query_map([person_id], |r| {
            Ok(DossierSummary {
                id: r.get(0)?,
                procedure_id: r.get(1)?,
                status: r.get(2)?,
                opened_on: r.get(3)?,
                closed_on: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Events of every dossier of a person, most recent first.
    pub fn events_of_person(&self, person_id: i64) -> Result<Vec<EventSummary>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT e.id, e.dossier_id, e.kind, e.occurred_on, e.tracking_number
             FROM events e JOIN dossiers d ON d.id = e.dossier_id
             WHERE d.person_id = ?1 ORDER BY e.occurred_on DESC, e.id DESC",
        )?;
        let rows = stmt.query_map([person_id], |r| {
            Ok(EventSummary {
                id: r.get(0)?,
                dossier_id: r.get(1)?,
                kind: r.get(2)?,
                occurred_on: r.get(3)?,
                tracking_number: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A dossier with its answers, as saved after every answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DossierRecord {
    pub id: i64,
    pub person_id: i64,
    pub procedure_id: String,
    pub procedure_version: String,
    pub status: String,
    /// Question id → answer, exactly as given.
    pub answers: serde_json::Map<String, serde_json::Value>,
    /// The question the interview was on, to resume there.
    pub current_question: Option<String>,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
}

impl Store {
    /// Opens a dossier with answers already known (prefilled from the
    /// person's record) and the question to start at.
    pub fn open_dossier(
        &mut self,
        d: &NewDossier,
        answers: &serde_json::Map<String, serde_json::Value>,
        first_question: Option<&str>,
        now: &str,
    ) -> Result<i64> {
        let json = serde_json::Value::Object(answers.clone()).to_string();
        let worker = self.worker();
        self.write(now, |tx| {
            let id = crate::team::next_id(tx, "dossiers")?;
            tx.execute(
                "INSERT INTO dossiers (id, person_id, procedure_id, procedure_version, opened_on,
                    answers, current_step, created_at, updated_at, created_by, updated_by)
                 VALUES (?9, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?8)",
                params![
                    d.person_id,
                    d.procedure_id,
                    d.procedure_version,
                    d.opened_on,
                    json,
                    first_question,
                    now,
                    worker,
                    id
                ],
            )?;
            Ok(id)
        })
    }

    pub fn dossier(&self, id: i64) -> Result<DossierRecord> {
        use rusqlite::OptionalExtension;
        let row = self
            .conn()
            .query_row(
                "SELECT id, person_id, procedure_id, procedure_version, status, answers,
                        current_step, opened_on, closed_on
                 FROM dossiers WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        DossierRecord {
                            id: r.get(0)?,
                            person_id: r.get(1)?,
                            procedure_id: r.get(2)?,
                            procedure_version: r.get(3)?,
                            status: r.get(4)?,
                            answers: serde_json::Map::new(),
                            current_question: r.get(6)?,
                            opened_on: r.get(7)?,
                            closed_on: r.get(8)?,
                        },
                        r.get::<_, String>(5)?,
                    ))
                },
            )
            .optional()?
            .ok_or(crate::StoreError::NotFound)?;
        let (mut record, json) = row;
        record.answers = match serde_json::from_str(&json) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => {
                return Err(crate::StoreError::Malformed(format!(
                    "answers of dossier {id}"
                )));
            }
        };
        Ok(record)
    }

    /// Saves one answer and where the interview now stands, in one
    /// transaction: closing the app right after loses nothing.
    pub fn save_answer(
        &mut self,
        id: i64,
        question: &str,
        value: &serde_json::Value,
        current_question: Option<&str>,
        now: &str,
    ) -> Result<()> {
        let worker = self.worker();
        self.write(now, |tx| {
            let json: String = tx
                .query_row("SELECT answers FROM dossiers WHERE id = ?1", [id], |r| {
                    r.get(0)
                })
                .map_err(|e| match e {
                    rusqlite::Error::QueryReturnedNoRows => crate::StoreError::NotFound,
                    other => other.into(),
                })?;
            let mut answers = match serde_json::from_str(&json) {
                Ok(serde_json::Value::Object(map)) => map,
                _ => {
                    return Err(crate::StoreError::Malformed(format!(
                        "answers of dossier {id}"
                    )));
                }
            };
            answers.insert(question.to_owned(), value.clone());
            tx.execute(
                "UPDATE dossiers SET answers = ?2, current_step = ?3, updated_at = ?4,
                    updated_by = ?5
                 WHERE id = ?1",
                params![
                    id,
                    serde_json::Value::Object(answers).to_string(),
                    current_question,
                    now,
                    worker
                ],
            )?;
            Ok(())
        })
    }

    /// Moves the interview to another question (back, forward, review).
    pub fn set_current_question(
        &mut self,
        id: i64,
        current: Option<&str>,
        now: &str,
    ) -> Result<()> {
        let changed = self.write(now, |tx| {
            Ok(tx.execute(
                "UPDATE dossiers SET current_step = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, current, now],
            )?)
        })?;
        if changed == 0 {
            return Err(crate::StoreError::NotFound);
        }
        Ok(())
    }
}

/// A line of the Dossiers screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DossierListItem {
    pub id: i64,
    pub person_id: i64,
    pub family_name: String,
    pub given_names: String,
    pub procedure_id: String,
    pub status: String,
    pub opened_on: NaiveDate,
}

impl Store {
    /// Every dossier, open ones first, most recently opened first.
    pub fn list_dossiers(&self, limit: usize) -> Result<Vec<DossierListItem>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT d.id, d.person_id, p.family_name, p.given_names, d.procedure_id, d.status,
                    d.opened_on
             FROM dossiers d JOIN persons p ON p.id = d.person_id
             ORDER BY d.status = 'closed', d.opened_on DESC, d.id DESC
             LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit.min(10_000) as i64], |r| {
            Ok(DossierListItem {
                id: r.get(0)?,
                person_id: r.get(1)?,
                family_name: r.get(2)?,
                given_names: r.get(3)?,
                procedure_id: r.get(4)?,
                status: r.get(5)?,
                opened_on: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every dossier not closed, however many: recomputing the deadlines
    /// after a new calendar or an upgrade must miss none (the list above is
    /// cut for the screen).
    pub fn open_dossier_ids(&self) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id FROM dossiers WHERE status != 'closed' ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
