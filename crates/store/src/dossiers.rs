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
pub struct EventSummary {
    pub id: i64,
    pub dossier_id: i64,
    pub kind: String,
    pub occurred_on: NaiveDate,
    pub tracking_number: Option<String>,
}

impl Store {
    pub fn create_dossier(&mut self, d: &NewDossier, now: &str) -> Result<i64> {
        self.conn().execute(
            "INSERT INTO dossiers (person_id, procedure_id, procedure_version, opened_on,
                created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![
                d.person_id,
                d.procedure_id,
                d.procedure_version,
                d.opened_on,
                now
            ],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    /// Records events in one transaction: all or none.
    pub fn record_events(&mut self, events: &[NewEvent], now: &str) -> Result<Vec<i64>> {
        let tx = self.conn_mut().transaction()?;
        let mut ids = Vec::with_capacity(events.len());
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO events (dossier_id, kind, occurred_on, tracking_number, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for e in events {
                insert.execute(params![
                    e.dossier_id,
                    e.kind,
                    e.occurred_on,
                    e.tracking_number,
                    now
                ])?;
                ids.push(tx.last_insert_rowid());
            }
        }
        tx.commit()?;
        Ok(ids)
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
