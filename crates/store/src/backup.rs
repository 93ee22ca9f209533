//! Encrypted backups through SQLite's online backup API, their rotation,
//! and restoring one.
//!
//! A backup is a complete database file encrypted with the same key as the
//! live one (same passphrase, same salt at the time it was taken). It is
//! written to a temporary name, checked, and only then renamed, so a backup
//! cut short (disk full, power cut) never looks complete.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use rusqlite::backup::Backup;
use serde::Serialize;

use crate::{DerivedKey, Result, Store, StoreError, apply_key, sync_file, sync_parent};

/// Backups are named `permanence-<UTC stamp>.db`; the stamp sorts in time
/// order, so names alone order them.
pub const BACKUP_PREFIX: &str = "permanence-";
pub const BACKUP_SUFFIX: &str = ".db";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupInfo {
    pub file_name: String,
    /// `YYYYMMDDTHHMMSSZ`, taken from the name.
    pub stamp: String,
    pub size: u64,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

impl Store {
    /// Writes a backup of the open database to `dir/permanence-<stamp>.db`.
    /// `stamp` is given by the caller (no clock here) and must sort in time
    /// order (`YYYYMMDDTHHMMSSZ`).
    pub fn backup_into(&self, dir: &Path, stamp: &str) -> Result<BackupInfo> {
        // A damaged database must not push a sound backup out of the
        // rotation: wait for the page check of a working session.
        self.check_integrity()?;
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let file_name = format!("{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}");
        let dest = dir.join(&file_name);
        let tmp = dir.join(format!("{file_name}.partial"));
        let _ = std::fs::remove_file(&tmp);
        {
            let mut out = Connection::open(&tmp)?;
            apply_key(&out, &self.key)?;
            {
                let backup = Backup::new(&self.conn, &mut out)?;
                // Small steps let writers in between on a big database.
                backup.run_to_completion(512, Duration::ZERO, None)?;
            }
            let check: String = out.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
            if check != "ok" {
                return Err(StoreError::Damaged(format!("backup check: {check}")));
            }
            out.close().map_err(|(_, e)| StoreError::from(e))?;
        }
        sync_file(&tmp)?;
        std::fs::rename(&tmp, &dest).map_err(io(&dest))?;
        sync_parent(&dest);
        let size = std::fs::metadata(&dest).map_err(io(&dest))?.len();
        Ok(BackupInfo {
            file_name,
            stamp: stamp.to_owned(),
            size,
        })
    }
}

/// Complete backups in `dir`, newest first. Partial files are ignored.
pub fn list_backups(dir: &Path) -> Result<Vec<BackupInfo>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(io(dir)(source)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io(dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stamp) = name
            .strip_prefix(BACKUP_PREFIX)
            .and_then(|r| r.strip_suffix(BACKUP_SUFFIX))
        else {
            continue;
        };
        let size = entry.metadata().map_err(io(&entry.path()))?.len();
        out.push(BackupInfo {
            stamp: stamp.to_owned(),
            file_name: name,
            size,
        });
    }
    out.sort_by(|a, b| b.stamp.cmp(&a.stamp));
    Ok(out)
}

/// Deletes all but the `keep` newest backups; returns what was removed.
pub fn rotate_backups(dir: &Path, keep: usize) -> Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for old in list_backups(dir)?.into_iter().skip(keep) {
        let path = dir.join(&old.file_name);
        std::fs::remove_file(&path).map_err(io(&path))?;
        removed.push(path);
    }
    Ok(removed)
}

/// Replaces the database at `live` with the backup at `backup`, after
/// moving the current file to `preserved` (never overwritten: restoring
/// must not destroy what it replaces). The backup must open with `key`
/// (derived from the backup's own salt) and pass its integrity check first.
pub fn restore_backup(
    backup: &Path,
    key: &DerivedKey,
    live: &Path,
    preserved: &Path,
) -> Result<()> {
    // Proves the backup is complete and readable before touching anything.
    drop(Store::open_with_derived(backup, key)?);
    if preserved.exists() {
        return Err(StoreError::AlreadyExists(preserved.to_owned()));
    }
    if let Some(parent) = preserved.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    let tmp = live.with_extension("restore.tmp");
    std::fs::copy(backup, &tmp).map_err(io(&tmp))?;
    sync_file(&tmp)?;
    if live.exists() {
        std::fs::rename(live, preserved).map_err(io(preserved))?;
    }
    std::fs::rename(&tmp, live).map_err(io(live))?;
    sync_parent(live);
    Ok(())
}
