//! Erasing a person everywhere (GDPR art. 17): their record, name index,
//! dossiers and everything hanging off them (answers, events, deadlines,
//! frozen letters, attempts), their documents and screenshots, and their
//! drafts — in one transaction with the audit entry that says it happened,
//! which keeps counts and ids, never the erased content. `secure_delete`
//! (set at open) overwrites the freed pages; the WAL is checkpointed and
//! truncated so no copy of them stays in it.

use rusqlite::params;
use serde::Serialize;

use crate::audit::{NewAuditEntry, append};
use crate::{AuditEntry, Result, Store, StoreError};

/// What an erasure removes (shown before, recorded after).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErasureCounts {
    pub dossiers: i64,
    pub documents: i64,
    pub letters: i64,
    pub events: i64,
    pub deadlines: i64,
    pub drafts: i64,
}

impl ErasureCounts {
    pub fn in_detail(&self) -> String {
        format!(
            "dossiers={} documents={} letters={} events={} deadlines={} drafts={}",
            self.dossiers, self.documents, self.letters, self.events, self.deadlines, self.drafts
        )
    }
}

const DRAFTS_OF: &str = "SELECT count(*) FROM drafts WHERE key = 'person:' || ?1";

impl Store {
    pub fn erasure_counts(&self, person_id: i64) -> Result<ErasureCounts> {
        self.person(person_id)?;
        let count = |sql: &str| -> Result<i64> {
            Ok(self.conn().query_row(sql, [person_id], |r| r.get(0))?)
        };
        Ok(ErasureCounts {
            dossiers: count("SELECT count(*) FROM dossiers WHERE person_id = ?1")?,
            documents: count("SELECT count(*) FROM documents WHERE person_id = ?1")?,
            letters: count(
                "SELECT count(*) FROM letters l JOIN dossiers d ON d.id = l.dossier_id
                 WHERE d.person_id = ?1",
            )?,
            events: count(
                "SELECT count(*) FROM events e JOIN dossiers d ON d.id = e.dossier_id
                 WHERE d.person_id = ?1",
            )?,
            deadlines: count(
                "SELECT count(*) FROM deadlines x JOIN dossiers d ON d.id = x.dossier_id
                 WHERE d.person_id = ?1",
            )?,
            drafts: count(DRAFTS_OF)?,
        })
    }

    /// Erases the person and everything of theirs; the audit entry
    /// (`erase`, `person:<id>`, the counts) lands in the same transaction.
    pub fn erase_person(
        &mut self,
        person_id: i64,
        worker: &str,
        now: &str,
    ) -> Result<(ErasureCounts, AuditEntry)> {
        let counts = self.erasure_counts(person_id)?;
        let out = self.write(now, |tx| {
            // Dossier drafts and documents go with their rows (ON DELETE
            // CASCADE from persons → dossiers → events, deadlines, letters).
            tx.execute(
                "DELETE FROM drafts WHERE key = 'person:' || ?1",
                params![person_id],
            )?;
            tx.execute("DELETE FROM documents WHERE person_id = ?1", [person_id])?;
            let gone = tx.execute("DELETE FROM persons WHERE id = ?1", [person_id])?;
            if gone != 1 {
                return Err(StoreError::NotFound);
            }
            let entry = append(
                tx,
                &NewAuditEntry {
                    worker: worker.to_owned(),
                    action: "erase".to_owned(),
                    subject: format!("person:{person_id}"),
                    person_id: Some(person_id),
                    detail: counts.in_detail(),
                },
                now,
            )?;
            Ok(entry)
        })?;
        let entry = out;
        // The freed pages are overwritten (secure_delete); the WAL copy of
        // them goes with the checkpoint.
        self.conn()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok((counts, entry))
    }
}
