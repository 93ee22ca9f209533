//! Frozen letters: the exact bytes of a printed letter, with its SHA-256,
//! the procedure version and law-as-of date it was made under, and its
//! life afterwards (sent with an LRAR number, AR received). A frozen letter
//! is never rewritten: only its status moves forward.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::migrate::sha256_hex;
use crate::{Result, Store, StoreError};

/// A letter being frozen (at its first printing or saving).
#[derive(Debug, Clone)]
pub struct NewFrozenLetter {
    pub dossier_id: i64,
    pub letter_id: String,
    pub procedure_version: String,
    pub law_as_of: NaiveDate,
    pub language: String,
    pub explain_language: Option<String>,
    /// The composed text the PDF was laid out from (JSON).
    pub content: String,
    pub pdf: Vec<u8>,
}

/// A frozen letter's life: printed, then posted, then its AR back.
pub const LETTER_STATUSES: &[&str] = &["printed", "sent", "received"];

/// A frozen letter without its bytes, for lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FrozenLetter {
    pub id: i64,
    pub dossier_id: i64,
    pub letter_id: String,
    pub procedure_version: String,
    pub law_as_of: String,
    pub language: String,
    pub explain_language: Option<String>,
    pub sha256: String,
    pub size: i64,
    /// RFC 3339 instant of the generation.
    pub frozen_at: String,
    /// One of [`LETTER_STATUSES`].
    #[cfg_attr(feature = "ts", ts(type = r#""printed" | "sent" | "received""#))]
    pub status: String,
    pub tracking_number: Option<String>,
    pub sent_on: Option<NaiveDate>,
    pub received_on: Option<NaiveDate>,
}

const COLUMNS: &str = "id, dossier_id, template_id, procedure_version, law_as_of, language,
    explain_language, sha256, length(pdf), frozen_at, status, tracking_number, sent_on, received_on";

fn row(r: &rusqlite::Row) -> rusqlite::Result<FrozenLetter> {
    Ok(FrozenLetter {
        id: r.get(0)?,
        dossier_id: r.get(1)?,
        letter_id: r.get(2)?,
        procedure_version: r.get(3)?,
        law_as_of: r.get(4)?,
        language: r.get(5)?,
        explain_language: r.get(6)?,
        sha256: r.get(7)?,
        size: r.get(8)?,
        frozen_at: r.get(9)?,
        status: r.get(10)?,
        tracking_number: r.get(11)?,
        sent_on: r.get(12)?,
        received_on: r.get(13)?,
    })
}

impl Store {
    /// Stores a printed letter; returns its id. One transaction.
    pub fn freeze_letter(&mut self, letter: &NewFrozenLetter, now: &str) -> Result<i64> {
        self.write(now, |tx| {
        let id = crate::team::next_id(tx, "letters")?;
        tx.execute(
            "INSERT INTO letters (id, dossier_id, template_id, procedure_version, law_as_of, language,
                 explain_language, content, pdf, sha256, frozen_at, updated_at)
             VALUES (?11, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            params![
                letter.dossier_id,
                letter.letter_id,
                letter.procedure_version,
                letter.law_as_of.to_string(),
                letter.language,
                letter.explain_language,
                letter.content,
                letter.pdf,
                sha256_hex(&letter.pdf),
                now,
                id
            ],
        )?;
        Ok(id)
        })
    }

    pub fn frozen_letters_of(&self, dossier_id: i64) -> Result<Vec<FrozenLetter>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM letters WHERE dossier_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([dossier_id], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn frozen_letter(&self, id: i64) -> Result<FrozenLetter> {
        self.conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM letters WHERE id = ?1"),
                [id],
                row,
            )
            .optional()?
            .ok_or(StoreError::NotFound)
    }

    /// The frozen bytes, checked against their SHA-256, and the composed
    /// text they were laid out from.
    pub fn frozen_letter_bytes(&self, id: i64) -> Result<(Vec<u8>, String)> {
        let (pdf, sha, content): (Vec<u8>, String, String) = self
            .conn()
            .query_row(
                "SELECT pdf, sha256, content FROM letters WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        if sha256_hex(&pdf) != sha {
            return Err(StoreError::Damaged(format!(
                "letter {id}: the stored PDF no longer matches its SHA-256"
            )));
        }
        Ok((pdf, content))
    }

    /// The letter left: posted on `sent_on`, with its LRAR number if any.
    pub fn mark_letter_sent(
        &mut self,
        id: i64,
        sent_on: NaiveDate,
        tracking_number: Option<&str>,
        now: &str,
    ) -> Result<()> {
        let changed = self.write(now, |tx| {
            Ok(tx.execute(
            "UPDATE letters SET status = 'sent', sent_on = ?2, tracking_number = ?3, updated_at = ?4
             WHERE id = ?1 AND status IN ('printed', 'sent')",
            params![id, sent_on, tracking_number, now],
            )?)
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// The AR came back, signed on `received_on` (also for a letter whose
    /// posting was not recorded: the AR proves it left).
    pub fn mark_letter_received(
        &mut self,
        id: i64,
        received_on: NaiveDate,
        now: &str,
    ) -> Result<()> {
        let changed = self.write(now, |tx| {
            Ok(tx.execute(
                "UPDATE letters SET status = 'received', received_on = ?2, updated_at = ?3
             WHERE id = ?1",
                params![id, received_on, now],
            )?)
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }
}
