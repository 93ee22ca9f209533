//! Attached documents (scans, photos), stored inside the encrypted
//! database so they are protected, backed up and erased with everything else.

use crate::migrate::sha256_hex;
use crate::{Result, Store, StoreError};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

/// Largest attachment accepted: a phone photo or a multi-page scan.
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct NewDocument {
    pub person_id: i64,
    /// titre-sejour, api, recepisse, domiciliation, decision, ar, other…
    pub kind: String,
    pub title: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
    pub issued_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
}

/// A document without its bytes, for lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DocumentSummary {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
    pub expires_on: Option<NaiveDate>,
}

impl Store {
    pub fn add_document(&mut self, d: &NewDocument, now: &str) -> Result<i64> {
        if d.bytes.len() > MAX_DOCUMENT_BYTES {
            return Err(StoreError::Malformed(format!(
                "document of {} bytes (at most {MAX_DOCUMENT_BYTES})",
                d.bytes.len()
            )));
        }
        let sha256 = sha256_hex(&d.bytes);
        self.write(now, |tx| {
            let id = crate::team::next_id(tx, "documents")?;
            tx.execute(
                "INSERT INTO documents (id, person_id, kind, title, media_type, bytes, sha256,
                    issued_on, expires_on, created_at)
                 VALUES (?10, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    d.person_id,
                    d.kind,
                    d.title,
                    d.media_type,
                    d.bytes,
                    sha256,
                    d.issued_on,
                    d.expires_on,
                    now,
                    id
                ],
            )?;
            Ok(id)
        })
    }

    /// A person's documents, those expiring first at the top. Screenshots of
    /// the evidence journal (`capture`) are shown with their attempt only.
    pub fn documents_of(&self, person_id: i64) -> Result<Vec<DocumentSummary>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, kind, title, media_type, length(bytes), sha256, expires_on
             FROM documents WHERE person_id = ?1 AND kind != 'capture'
             ORDER BY expires_on IS NULL, expires_on, id",
        )?;
        let rows = stmt.query_map([person_id], |r| {
            Ok(DocumentSummary {
                id: r.get(0)?,
                kind: r.get(1)?,
                title: r.get(2)?,
                media_type: r.get(3)?,
                size: r.get(4)?,
                sha256: r.get(5)?,
                expires_on: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The bytes of one document, checked against the hash taken at import.
    pub fn document_bytes(&self, id: i64) -> Result<Vec<u8>> {
        let (bytes, sha): (Vec<u8>, String) = self
            .conn()
            .query_row(
                "SELECT bytes, sha256 FROM documents WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        if sha256_hex(&bytes) != sha {
            return Err(StoreError::Damaged(format!(
                "document {id} does not match its hash"
            )));
        }
        Ok(bytes)
    }
}
