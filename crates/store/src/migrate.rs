//! Forward-only schema migrations.
//!
//! One SQL file per migration under `migrations/`, listed in [`MIGRATIONS`].
//! Each is applied in one transaction together with its bookkeeping row
//! (version, name, SHA-256 of the SQL) and `PRAGMA user_version`, so a crash
//! leaves the database at the previous or the next version, never between.
//! A landed migration is never edited: its hash is checked at every open,
//! and `tests/migrations.rs` compares the files with `migrations/SHA256SUMS`.

use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::{Result, StoreError};

#[derive(Debug)]
pub struct Migration {
    pub version: u32,
    pub name: &'static str,
    pub sql: &'static str,
}

pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_persons.sql",
        sql: include_str!("../migrations/0001_persons.sql"),
    },
    Migration {
        version: 2,
        name: "0002_dossiers.sql",
        sql: include_str!("../migrations/0002_dossiers.sql"),
    },
    Migration {
        version: 3,
        name: "0003_drafts.sql",
        sql: include_str!("../migrations/0003_drafts.sql"),
    },
    Migration {
        version: 4,
        name: "0004_frozen_letters.sql",
        sql: include_str!("../migrations/0004_frozen_letters.sql"),
    },
    Migration {
        version: 5,
        name: "0005_audit.sql",
        sql: include_str!("../migrations/0005_audit.sql"),
    },
    Migration {
        version: 6,
        name: "0006_workers.sql",
        sql: include_str!("../migrations/0006_workers.sql"),
    },
    Migration {
        version: 7,
        name: "0007_act_now.sql",
        sql: include_str!("../migrations/0007_act_now.sql"),
    },
    Migration {
        version: 8,
        name: "0008_explanation_steps.sql",
        sql: include_str!("../migrations/0008_explanation_steps.sql"),
    },
    Migration {
        version: 9,
        name: "0009_team.sql",
        sql: include_str!("../migrations/0009_team.sql"),
    },
    Migration {
        version: 10,
        name: "0010_team_audit.sql",
        sql: include_str!("../migrations/0010_team_audit.sql"),
    },
];

pub fn latest() -> u32 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// Lower-case hex SHA-256, for migration texts and document bytes.
pub fn sha256_hex(data: impl AsRef<[u8]>) -> String {
    Sha256::digest(data.as_ref())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn current_version(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the database to schema `target` (tests build older versions with
/// a lower target). Refuses a database newer than this program.
pub fn migrate(conn: &mut Connection, target: u32) -> Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version INTEGER PRIMARY KEY,
             name TEXT NOT NULL,
             sha256 TEXT NOT NULL
         );",
    )?;
    let current = current_version(conn)?;
    if current > latest() {
        return Err(StoreError::TooNew {
            found: current,
            known: latest(),
        });
    }
    for m in MIGRATIONS.iter().filter(|m| m.version <= current) {
        let recorded: Option<String> = conn
            .query_row(
                "SELECT sha256 FROM schema_migrations WHERE version = ?1",
                [m.version],
                |r| r.get(0),
            )
            .optional()?;
        if recorded.as_deref() != Some(sha256_hex(m.sql).as_str()) {
            return Err(StoreError::MigrationChanged { version: m.version });
        }
    }
    for m in MIGRATIONS
        .iter()
        .filter(|m| m.version > current && m.version <= target)
    {
        let tx = conn.transaction()?;
        tx.execute_batch(m.sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, sha256) VALUES (?1, ?2, ?3)",
            rusqlite::params![m.version, m.name, sha256_hex(m.sql)],
        )?;
        tx.execute_batch(&format!("PRAGMA user_version = {};", m.version))?;
        tx.commit()?;
    }
    Ok(())
}
