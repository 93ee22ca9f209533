//! Autosaved drafts of forms, encrypted with everything else.

use rusqlite::{OptionalExtension, params};

use crate::{Result, Store};

impl Store {
    /// Saves (or replaces) the draft under `key`.
    pub fn save_draft(&mut self, key: &str, content: &str, now: &str) -> Result<()> {
        self.conn().execute(
            "INSERT INTO drafts (key, content, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET content = excluded.content,
                 updated_at = excluded.updated_at",
            params![key, content, now],
        )?;
        Ok(())
    }

    pub fn draft(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT content FROM drafts WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn delete_draft(&mut self, key: &str) -> Result<()> {
        self.conn()
            .execute("DELETE FROM drafts WHERE key = ?1", [key])?;
        Ok(())
    }
}
