//! Automatic backups of the open database: one a day at unlock, one at
//! close, the newest [`BACKUPS_KEPT`] kept; and the restore of one of them,
//! which keeps what it replaces.

use permanence_store::{BackupInfo, DerivedKey, Passphrase, Store, list_backups, rotate_backups};
use serde::Serialize;

use crate::{App, AppError, ErrorReport};

/// How many automatic backups are kept.
pub const BACKUPS_KEPT: usize = 7;
/// A new automatic backup is taken at unlock when the newest is older.
pub const BACKUP_INTERVAL_HOURS: i64 = 24;

/// The backups on disk, newest first, and the last automatic backup's
/// failure, if any (shown in Paramètres rather than lost).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupStatus {
    pub backups: Vec<BackupInfo>,
    pub last_error: Option<ErrorReport>,
}

impl App {
    fn record_backup_outcome<T>(&self, outcome: Result<T, AppError>) -> Result<T, AppError> {
        let report = outcome.as_ref().err().map(|e| self.report(e));
        *self.backup_error.lock().unwrap_or_else(|e| e.into_inner()) = report;
        outcome
    }

    /// Backs up the open database now and keeps the newest
    /// [`BACKUPS_KEPT`].
    pub fn backup_now(&self, now: &str) -> Result<BackupInfo, AppError> {
        let outcome = (|| {
            let stamp = backup_stamp(now)?;
            let dir = self.paths.backups_dir();
            let info = self.with_store(|s| s.backup_into(&dir, &stamp))?;
            rotate_backups(&dir, BACKUPS_KEPT)?;
            Ok(info)
        })();
        self.record_backup_outcome(outcome)
    }

    /// Backs up when the newest backup is older than a day (or missing).
    pub fn backup_if_due(&self, now: &str) -> Result<Option<BackupInfo>, AppError> {
        let stamp = backup_stamp(now)?;
        let newest = list_backups(&self.paths.backups_dir())?.into_iter().next();
        let due = match newest {
            None => true,
            Some(b) => hours_between(&b.stamp, &stamp).is_none_or(|h| h >= BACKUP_INTERVAL_HOURS),
        };
        if due {
            self.backup_now(now).map(Some)
        } else {
            Ok(None)
        }
    }

    pub fn backup_status(&self) -> Result<BackupStatus, AppError> {
        Ok(BackupStatus {
            backups: list_backups(&self.paths.backups_dir())?,
            last_error: self
                .backup_error
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone(),
        })
    }

    /// Replaces the database with backup `file_name`, which must open with
    /// `passphrase` (the one in use when it was taken). The replaced
    /// database is kept under `preserved/`; the restored one is left open.
    pub fn restore_backup(
        &self,
        file_name: &str,
        passphrase: &str,
        now: &str,
    ) -> Result<(), AppError> {
        // Only a listed backup, never a path the UI made up.
        let known = list_backups(&self.paths.backups_dir())?;
        if !known.iter().any(|b| b.file_name == file_name) {
            return Err(AppError::NotFound);
        }
        let backup = self.paths.backups_dir().join(file_name);
        let key = DerivedKey::for_database(&backup, &Passphrase::new(passphrase), &self.kdf)?;
        let preserved = self.paths.preserved_dir().join(format!(
            "permanence-before-restore-{}.db",
            backup_stamp(now)?
        ));
        // A wrong passphrase or a damaged backup is refused while the live
        // database is still open.
        drop(Store::open_with_derived(&backup, &key)?);
        // Restoring also works while locked: that is the way out when the
        // live database is damaged and cannot be unlocked.
        let mut slot = self.store_slot();
        let live_key = slot.as_ref().map(Store::derived_key);
        // The live database must be closed (WAL checkpointed) before its
        // file is moved aside.
        slot.take();
        let live = self.paths.database_file();
        match permanence_store::restore_backup(&backup, &key, &live, &preserved) {
            Ok(()) => {
                *slot = Some(Store::open_with_derived(&live, &key)?);
                // In a team, a restored database must join again before
                // exchanging (it would write as the laptop it came from).
                if let Some(s) = slot.as_mut() {
                    s.mark_restored()?;
                }
                drop(slot);
                // Other data, other profiles: sign in again.
                self.sign_out();
                // The restored journal ends earlier than the one kept
                // outside: the restore itself is the explanation, noted
                // as the next entry.
                let head = self.with_store_signed_out(|s| s.audit_head())?;
                self.keep_audit_head(&head)?;
                self.audit("restore", "database", None, file_name, now)?;
                Ok(())
            }
            Err(e) => {
                // Nothing was replaced: reopen what was there.
                *slot = live_key.and_then(|k| Store::open_with_derived(&live, &k).ok());
                Err(e.into())
            }
        }
    }
}

/// `YYYYMMDDTHHMMSSZ` (UTC) from an RFC 3339 instant: sorts in time order
/// whatever the local offset or summer time.
pub(crate) fn backup_stamp(now: &str) -> Result<String, AppError> {
    let instant = chrono::DateTime::parse_from_rfc3339(now)
        .map_err(|e| AppError::Internal(format!("bad instant {now:?}: {e}")))?;
    Ok(instant
        .with_timezone(&chrono::Utc)
        .format("%Y%m%dT%H%M%SZ")
        .to_string())
}

fn hours_between(earlier: &str, later: &str) -> Option<i64> {
    let parse = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%SZ").ok();
    Some((parse(later)? - parse(earlier)?).num_hours())
}
