//! The check of every page of the database (`PRAGMA quick_check`).
//!
//! On a base of 100 000 persons it reads every page and takes about a
//! second, most of unlocking once the key is derived. A working session
//! ([`crate::Store::unlock`]) therefore runs it on a second, read-only
//! connection in the background while the people list is shown; the store
//! never writes before it is known:
//!
//! - every commit of the working connection goes through a commit hook that
//!   waits for the result, and rolls the transaction back if the database is
//!   damaged (the write fails with [`StoreError::Damaged`]), so nothing is
//!   written to a damaged file;
//! - a backup waits for it too, so a damaged database never pushes a sound
//!   backup out of the rotation;
//! - the app asks for it once the people list shows ([`Integrity::wait`]) and
//!   closes the database when it is damaged.

use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};

use rusqlite::{Connection, OpenFlags};

use crate::{DerivedKey, Result, StoreError};

/// SQLite's code for a commit turned into a rollback by the commit hook.
pub(crate) const REFUSED_BY_CHECK: std::ffi::c_int = rusqlite::ffi::SQLITE_CONSTRAINT_COMMITHOOK;

#[derive(Debug, Clone)]
enum State {
    Pending,
    Sound,
    Damaged(String),
}

/// The result of the page check, shared between the store, its commit hook
/// and the thread that runs it. Cloning shares it.
#[derive(Debug, Clone)]
pub struct Integrity(Arc<(Mutex<State>, Condvar)>);

impl Integrity {
    /// Already checked, before the store was handed out.
    pub(crate) fn sound() -> Self {
        Integrity(Arc::new((Mutex::new(State::Sound), Condvar::new())))
    }

    /// Starts the check of `path` on its own connection and thread.
    pub(crate) fn in_background(path: &Path, key: &DerivedKey) -> Self {
        let integrity = Integrity(Arc::new((Mutex::new(State::Pending), Condvar::new())));
        let shared = integrity.clone();
        let (path, key) = (path.to_owned(), key.clone());
        let spawned = std::thread::Builder::new()
            .name("page-check".into())
            .spawn(move || shared.settle(check_file(&path, &key)));
        if let Err(e) = spawned {
            // No thread to spare: the check is not skipped, it is reported
            // as impossible, and nothing is written.
            integrity.settle(Err(StoreError::Damaged(format!(
                "page check not started: {e}"
            ))));
        }
        integrity
    }

    fn settle(&self, result: Result<()>) {
        let (state, changed) = &*self.0;
        *state.lock().unwrap_or_else(|e| e.into_inner()) = match result {
            Ok(()) => State::Sound,
            Err(StoreError::Damaged(detail)) => State::Damaged(detail),
            Err(other) => State::Damaged(other.to_string()),
        };
        changed.notify_all();
    }

    /// Waits for the check (at once if it is done) and says whether the
    /// database is sound.
    pub fn wait(&self) -> Result<()> {
        let (state, changed) = &*self.0;
        let mut now = state.lock().unwrap_or_else(|e| e.into_inner());
        while matches!(*now, State::Pending) {
            now = changed.wait(now).unwrap_or_else(|e| e.into_inner());
        }
        match &*now {
            State::Damaged(detail) => Err(StoreError::Damaged(detail.clone())),
            _ => Ok(()),
        }
    }

    /// Whether the check is still running.
    pub fn pending(&self) -> bool {
        matches!(
            *self.0.0.lock().unwrap_or_else(|e| e.into_inner()),
            State::Pending
        )
    }

    /// Whether both are the check of the same opening.
    pub fn same(&self, other: &Integrity) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }

    /// Makes every commit on `conn` wait for the check, and roll back when
    /// the database is damaged.
    pub(crate) fn guard(&self, conn: &mut Connection) -> Result<()> {
        let integrity = self.clone();
        conn.commit_hook(Some(move || integrity.wait().is_err()))?;
        Ok(())
    }
}

/// `PRAGMA quick_check` on an open connection: damaged pages and indexes.
pub(crate) fn quick_check(conn: &Connection) -> Result<()> {
    // A damaged encrypted page fails its HMAC and surfaces as an SQLite
    // error rather than a quick_check row: both mean "damaged".
    let damaged = |e: rusqlite::Error| StoreError::Damaged(e.to_string());
    let mut stmt = conn.prepare("PRAGMA quick_check").map_err(damaged)?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .map_err(damaged)?
        .collect::<rusqlite::Result<_>>()
        .map_err(damaged)?;
    if rows == ["ok"] {
        Ok(())
    } else {
        Err(StoreError::Damaged(rows.join("; ")))
    }
}

/// The background half: a read-only connection of its own, so the working
/// connection stays free for the people list (WAL lets both read at once).
fn check_file(path: &Path, key: &DerivedKey) -> Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| StoreError::Damaged(e.to_string()))?;
    crate::apply_key(&conn, key)?;
    quick_check(&conn)
}
