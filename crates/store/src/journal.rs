//! The evidence journal of a dossier: attempts recorded as events of kind
//! `attempt` (0002 planned for them: `occurred_time`, `details`,
//! `document_id`), the screenshot stored as a document of the person —
//! inside the encrypted database, erased with the person.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::migrate::sha256_hex;
use crate::{MAX_DOCUMENT_BYTES, Result, Store, StoreError};

/// A screenshot or photo of the attempt.
#[derive(Debug, Clone)]
pub struct Screenshot {
    pub title: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone)]
pub struct NewAttempt {
    pub dossier_id: i64,
    pub on: NaiveDate,
    /// `HH:MM`, local time as the person or the worker states it.
    pub at: String,
    pub channel: String,
    /// What happened (error message, no slot, no answer…).
    pub outcome: String,
    pub screenshot: Option<Screenshot>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Attempt {
    pub id: i64,
    pub on: NaiveDate,
    pub at: String,
    pub channel: String,
    pub outcome: String,
    pub screenshot: Option<ScreenshotSummary>,
    /// When it was recorded (the journal says so in the annex).
    pub recorded_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ScreenshotSummary {
    pub document_id: i64,
    pub title: String,
    pub media_type: String,
    pub size: i64,
}

impl Store {
    /// Records an attempt and its screenshot in one transaction.
    pub fn add_attempt(&mut self, a: &NewAttempt, now: &str) -> Result<i64> {
        if let Some(s) = &a.screenshot
            && s.bytes.len() > MAX_DOCUMENT_BYTES
        {
            return Err(StoreError::Malformed(format!(
                "screenshot of {} bytes (at most {MAX_DOCUMENT_BYTES})",
                s.bytes.len()
            )));
        }
        self.write(now, |tx| {
            let person_id: i64 = tx
                .query_row(
                    "SELECT person_id FROM dossiers WHERE id = ?1",
                    [a.dossier_id],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or(StoreError::NotFound)?;
            let document_id = match &a.screenshot {
                None => None,
                Some(s) => {
                    let document_id = crate::team::next_id(tx, "documents")?;
                    tx.execute(
                        "INSERT INTO documents (id, person_id, dossier_id, kind, title, media_type,
                        bytes, sha256, created_at)
                     VALUES (?8, ?1, ?2, 'capture', ?3, ?4, ?5, ?6, ?7)",
                        params![
                            person_id,
                            a.dossier_id,
                            s.title,
                            s.media_type,
                            s.bytes,
                            sha256_hex(&s.bytes),
                            now,
                            document_id
                        ],
                    )?;
                    Some(document_id)
                }
            };
            let details = serde_json::json!({ "channel": a.channel, "outcome": a.outcome });
            let id = crate::team::next_id(tx, "events")?;
            tx.execute(
                "INSERT INTO events (id, dossier_id, kind, occurred_on, occurred_time, details,
                document_id, created_at)
             VALUES (?7, ?1, 'attempt', ?2, ?3, ?4, ?5, ?6)",
                params![
                    a.dossier_id,
                    a.on,
                    a.at,
                    details.to_string(),
                    document_id,
                    now,
                    id
                ],
            )?;
            Ok(id)
        })
    }

    /// A dossier's attempts in chronological order.
    pub fn attempts_of(&self, dossier_id: i64) -> Result<Vec<Attempt>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT e.id, e.occurred_on, coalesce(e.occurred_time, ''), e.details, e.created_at,
                    d.id, d.title, d.media_type, length(d.bytes)
             FROM events e LEFT JOIN documents d ON d.id = e.document_id
             WHERE e.dossier_id = ?1 AND e.kind = 'attempt'
             ORDER BY e.occurred_on, e.occurred_time, e.id",
        )?;
        let rows = stmt.query_map([dossier_id], |r| {
            let details: String = r.get(3)?;
            let document_id: Option<i64> = r.get(5)?;
            let screenshot = match document_id {
                None => None,
                Some(document_id) => Some(ScreenshotSummary {
                    document_id,
                    title: r.get(6)?,
                    media_type: r.get(7)?,
                    size: r.get(8)?,
                }),
            };
            Ok((
                Attempt {
                    id: r.get(0)?,
                    on: r.get(1)?,
                    at: r.get(2)?,
                    channel: String::new(),
                    outcome: String::new(),
                    screenshot,
                    recorded_at: r.get(4)?,
                },
                details,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (mut attempt, details) = row?;
            let details: serde_json::Value = serde_json::from_str(&details)
                .map_err(|e| StoreError::Malformed(format!("attempt {}: {e}", attempt.id)))?;
            let text = |k: &str| details[k].as_str().unwrap_or_default().to_owned();
            attempt.channel = text("channel");
            attempt.outcome = text("outcome");
            out.push(attempt);
        }
        Ok(out)
    }

    /// Removes an attempt recorded by mistake, with its screenshot.
    pub fn delete_attempt(&mut self, id: i64) -> Result<()> {
        // No clock is passed here: the change takes the next tick of the
        // team's clock.
        self.write("", |tx| {
            let document_id: Option<i64> = tx
                .query_row(
                    "SELECT document_id FROM events WHERE id = ?1 AND kind = 'attempt'",
                    [id],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or(StoreError::NotFound)?;
            tx.execute("DELETE FROM events WHERE id = ?1", [id])?;
            if let Some(doc) = document_id {
                tx.execute("DELETE FROM documents WHERE id = ?1", [doc])?;
            }
            Ok(())
        })
    }
}
