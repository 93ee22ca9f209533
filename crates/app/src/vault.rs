//! The vault: the encrypted database created at first launch, unlocked
//! with the team's passphrase, locked when the session ends, re-keyed when
//! the passphrase changes.

use permanence_domain::{Strength, passphrase_strength};
use permanence_store::{Passphrase, Store};
use serde::Serialize;

use crate::{App, AppError, unlock};

/// Whether the encrypted database exists yet, and whether it is open.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VaultStatus {
    pub exists: bool,
    pub unlocked: bool,
    /// Profiles exist and nobody is signed in: ask who is there.
    pub sign_in_required: bool,
    /// The signed-in worker.
    pub worker: Option<permanence_store::Worker>,
}

/// The checks of a passphrase being chosen: for the database, at creation
/// or change, and for a portable backup.
pub(crate) fn check_new_passphrase(passphrase: &str, confirmation: &str) -> Result<(), AppError> {
    if passphrase != confirmation {
        return Err(AppError::PassphraseMismatch);
    }
    if !passphrase_strength(passphrase).acceptable {
        return Err(AppError::PassphraseWeak);
    }
    Ok(())
}

impl App {
    pub fn vault_status(&self) -> VaultStatus {
        let (unlocked, sign_in_required) = match self.store_slot().as_ref() {
            Some(store) => (true, store.sign_in_required()),
            None => (false, false),
        };
        VaultStatus {
            exists: Store::exists(&self.paths.database_file()),
            unlocked,
            sign_in_required,
            worker: self.current_worker(),
        }
    }

    pub fn passphrase_strength(&self, passphrase: &str) -> Strength {
        passphrase_strength(passphrase)
    }

    /// First launch: creates the encrypted database and leaves it unlocked.
    pub fn create_vault(&self, passphrase: &str, confirmation: &str) -> Result<(), AppError> {
        check_new_passphrase(passphrase, confirmation)?;
        self.ensure_data_dir()?;
        let store = Store::create(
            &self.paths.database_file(),
            &Passphrase::new(passphrase),
            &self.kdf,
        )?;
        *self.store_slot() = Some(store);
        Ok(())
    }

    /// Opens the database. A wrong passphrase leaves everything as it was.
    /// Takes the daily backup when due (`now`, RFC 3339, from the caller);
    /// a failed backup does not block the worker: it is reported by
    /// [`App::backup_status`].
    ///
    /// After [`permanence_domain::FREE_ATTEMPTS`] wrong passphrases in a row
    /// each try waits longer (5 s doubling, at most 5 min), even across
    /// restarts; the data is never touched.
    pub fn unlock(&self, passphrase: &str, now: &str) -> Result<(), AppError> {
        let attempts = unlock::Attempts::load(&self.paths);
        let wait = attempts.wait_left(now);
        if wait > 0 {
            return Err(AppError::UnlockWait(wait));
        }
        let store = match Store::unlock(
            &self.paths.database_file(),
            &Passphrase::new(passphrase),
            &self.kdf,
        ) {
            Ok(store) => store,
            Err(permanence_store::StoreError::WrongPassphrase) => {
                let attempts = attempts.failed(now);
                attempts.save(&self.paths)?;
                let wait = permanence_domain::unlock_delay(attempts.failures);
                return Err(if wait > 0 {
                    AppError::WrongPassphraseWait(wait)
                } else {
                    AppError::WrongPassphrase
                });
            }
            Err(e) => return Err(e.into()),
        };
        if attempts.failures > 0 {
            unlock::Attempts::default().save(&self.paths)?;
        }
        *self.store_slot() = Some(store);
        Ok(())
    }

    /// Right after [`App::unlock`], once the people list shows: waits for
    /// the check of every page that unlocking started in the background
    /// (nothing is written before it passes), then takes the day's backup
    /// if it is due. A damaged database is closed again and reported, so
    /// the worker goes back to the unlock screen and its way out, a backup.
    pub fn check_pages(&self, now: &str) -> Result<(), AppError> {
        let integrity = self
            .store_slot()
            .as_ref()
            .map(Store::integrity)
            .ok_or(AppError::Locked)?;
        // Waited for without holding the store: the screens keep reading.
        if let Err(damaged) = integrity.wait() {
            let mut slot = self.store_slot();
            // Unless a restore replaced the database meanwhile.
            if slot
                .as_ref()
                .is_some_and(|s| s.integrity().same(&integrity))
            {
                slot.take();
                drop(slot);
                self.worker.lock().unwrap_or_else(|e| e.into_inner()).take();
            }
            return Err(damaged.into());
        }
        let _ = self.backup_if_due(now);
        // In a team, the exchange at unlock (once the pages are known
        // sound; without profiles, or once someone signed in).
        let _ = self.exchange_quietly(now);
        Ok(())
    }

    /// Closes the database: nothing readable stays open, nobody stays
    /// signed in.
    pub fn lock(&self) {
        self.store_slot().take();
        self.worker.lock().unwrap_or_else(|e| e.into_inner()).take();
    }

    /// At the end of a working session: a backup, then lock.
    pub fn close(&self, now: &str) {
        if self.store_slot().is_some() {
            // In a team, the exchange at closing, before the backup.
            let _ = self.exchange_quietly(now);
            let _ = self.backup_now(now);
        }
        self.lock();
    }

    pub fn change_passphrase(
        &self,
        current: &str,
        new: &str,
        confirmation: &str,
    ) -> Result<(), AppError> {
        check_new_passphrase(new, confirmation)?;
        let mut slot = self.store_slot();
        if slot.is_none() {
            return Err(AppError::Locked);
        }
        // Proves the worker knows the current passphrase before re-keying.
        drop(Store::open(
            &self.paths.database_file(),
            &Passphrase::new(current),
            &self.kdf,
        )?);
        let store = slot.take().ok_or(AppError::Locked)?;
        let rekeyed = store.change_passphrase(&Passphrase::new(new), &self.kdf);
        match rekeyed {
            Ok(store) => {
                *slot = Some(store);
                Ok(())
            }
            Err(e) => Err(e.into()),
        }
    }
}
