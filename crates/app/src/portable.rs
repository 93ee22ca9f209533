//! Portable backups from the use cases: export the whole database to one
//! file under a passphrase chosen for it (a USB key), and restore such a
//! file on another laptop — after checking it whole, and keeping what it
//! replaces.

use std::path::{Path, PathBuf};

use permanence_store::{DerivedKey, Passphrase, Store, portable};

use crate::backups::backup_stamp;
use crate::vault::check_new_passphrase;
use crate::{App, AppError};

impl App {
    pub(crate) fn ensure_data_dir(&self) -> Result<(), AppError> {
        std::fs::create_dir_all(&self.paths.data_dir).map_err(|source| AppError::Io {
            path: self.paths.data_dir.clone(),
            source,
        })
    }

    /// Writes `<dir>/permanence-<stamp>.permanence`, protected by
    /// `passphrase` (which must be strong enough; it may differ from the
    /// database's). Returns the file's path.
    pub fn export_portable_backup(
        &self,
        passphrase: &str,
        confirmation: &str,
        dir: &Path,
        now: &str,
    ) -> Result<PathBuf, AppError> {
        check_new_passphrase(passphrase, confirmation)?;
        std::fs::create_dir_all(dir).map_err(|source| AppError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let dest = dir.join(format!(
            "permanence-{}.{}",
            backup_stamp(now)?,
            portable::EXTENSION
        ));
        let work = self.paths.data_dir.clone();
        let kdf = self.kdf;
        self.with_store(|s| s.export_portable(&dest, &work, &Passphrase::new(passphrase), &kdf))?;
        self.audit("export", "database", None, "portable backup", now)?;
        Ok(dest)
    }

    /// Restores a portable backup: the file is checked whole first (a copy
    /// cut short is refused and nothing changes), then must open with
    /// `passphrase`; the current database, if any, is moved to
    /// `preserved/`. Works locked or on a laptop without data yet; the
    /// restored database is left open, under the backup's passphrase.
    pub fn import_portable_backup(
        &self,
        file: &Path,
        passphrase: &str,
        now: &str,
    ) -> Result<(), AppError> {
        self.ensure_data_dir()?;
        let unpacked = self.paths.data_dir.join("portable-import.tmp");
        portable::read_portable(file, &unpacked)?;
        let key = match DerivedKey::for_database(&unpacked, &Passphrase::new(passphrase), &self.kdf)
            .and_then(|key| Store::open_with_derived(&unpacked, &key).map(|s| (key, s)))
        {
            Ok((key, store)) => {
                store.check_integrity()?;
                key
            }
            Err(e) => {
                let _ = std::fs::remove_file(&unpacked);
                return Err(e.into());
            }
        };
        let preserved = self.paths.preserved_dir().join(format!(
            "permanence-before-import-{}.db",
            backup_stamp(now)?
        ));
        let mut slot = self.store_slot();
        slot.take();
        let live = self.paths.database_file();
        let restored = permanence_store::restore_backup(&unpacked, &key, &live, &preserved);
        let _ = std::fs::remove_file(&unpacked);
        restored?;
        *slot = Some(Store::open_with_derived(&live, &key)?);
        // In a team, a restored database must join again before
        // exchanging (it would write as the laptop it came from).
        if let Some(s) = slot.as_mut() {
            s.mark_restored()?;
        }
        drop(slot);
        // Other data, other profiles: sign in again.
        self.sign_out();
        let head = self.with_store_signed_out(|s| s.audit_head())?;
        self.keep_audit_head(&head)?;
        self.audit("restore", "database", None, "portable backup", now)
    }
}

impl App {
    /// The same, from the bytes of a file chosen in the window (the web
    /// view cannot hand over a path).
    pub fn import_portable_backup_bytes(
        &self,
        bytes: &[u8],
        passphrase: &str,
        now: &str,
    ) -> Result<(), AppError> {
        self.ensure_data_dir()?;
        let upload = self.paths.data_dir.join("portable-upload.tmp");
        std::fs::write(&upload, bytes).map_err(|source| AppError::Io {
            path: upload.clone(),
            source,
        })?;
        let outcome = self.import_portable_backup(&upload, passphrase, now);
        let _ = std::fs::remove_file(&upload);
        outcome
    }
}
