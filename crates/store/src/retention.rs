//! Closing dossiers, and purging those closed long ago (retention): data
//! about people is not kept longer than the work needs.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::audit::{NewAuditEntry, append};
use crate::{Result, Store, StoreError};

/// A closed dossier due for review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ClosedDossier {
    pub id: i64,
    pub person_id: i64,
    pub family_name: String,
    pub given_names: String,
    pub procedure_id: String,
    pub closed_on: NaiveDate,
}

impl Store {
    /// Marks a dossier closed on `on` (or open again with `None`).
    pub fn set_dossier_closed(&mut self, id: i64, on: Option<NaiveDate>, now: &str) -> Result<()> {
        let status = if on.is_some() { "closed" } else { "open" };
        let changed = self.write(now, |tx| {
            Ok(tx.execute(
                "UPDATE dossiers SET status = ?2, closed_on = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, status, on, now],
            )?)
        })?;
        if changed == 1 {
            Ok(())
        } else {
            Err(StoreError::NotFound)
        }
    }

    /// Dossiers closed before `before`, oldest closure first.
    pub fn dossiers_closed_before(&self, before: NaiveDate) -> Result<Vec<ClosedDossier>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT d.id, d.person_id, p.family_name, p.given_names, d.procedure_id, d.closed_on
             FROM dossiers d JOIN persons p ON p.id = d.person_id
             WHERE d.status = 'closed' AND d.closed_on < ?1
             ORDER BY d.closed_on, d.id",
        )?;
        let rows = stmt.query_map([before], |r| {
            Ok(ClosedDossier {
                id: r.get(0)?,
                person_id: r.get(1)?,
                family_name: r.get(2)?,
                given_names: r.get(3)?,
                procedure_id: r.get(4)?,
                closed_on: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Deletes these dossiers (with their answers, events, deadlines,
    /// letters, attempts and screenshots) if they are still closed before
    /// `before`, each with its audit entry, all in one transaction.
    /// Returns how many went.
    pub fn purge_dossiers(
        &mut self,
        ids: &[i64],
        before: NaiveDate,
        worker: &str,
        now: &str,
    ) -> Result<usize> {
        let out = self.write(now, |tx| {
            let mut purged = 0;
            for &id in ids {
                let person: Option<i64> = tx
                    .query_row(
                        "SELECT person_id FROM dossiers
                     WHERE id = ?1 AND status = 'closed' AND closed_on < ?2",
                        params![id, before],
                        |r| r.get(0),
                    )
                    .optional()?;
                let Some(person) = person else { continue };
                tx.execute(
                    "DELETE FROM documents WHERE dossier_id = ?1 AND kind = 'capture'",
                    [id],
                )?;
                tx.execute("DELETE FROM dossiers WHERE id = ?1", [id])?;
                append(
                    tx,
                    &NewAuditEntry {
                        worker: worker.to_owned(),
                        action: "purge".to_owned(),
                        subject: format!("dossier:{id}"),
                        person_id: Some(person),
                        detail: "retention".to_owned(),
                    },
                    now,
                )?;
                purged += 1;
            }
            Ok(purged)
        })?;
        let purged = out;
        self.conn()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(purged)
    }
}
