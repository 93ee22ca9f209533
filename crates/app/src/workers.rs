//! Worker profiles: after the database is unlocked (one passphrase for the
//! team), each worker signs in with their name and PIN, so records say who
//! made and changed them and the audit journal says who did what. Once a
//! profile exists, nothing is reachable until someone signs in; locking
//! signs out.

use std::sync::Mutex;

use permanence_domain::{FieldProblem, fold, unlock_delay};
use permanence_store::{Passphrase, Worker};

use crate::{App, AppError};

/// Shortest PIN or passphrase of a worker.
pub const MIN_PIN_CHARS: usize = 4;
/// Longest worker name.
pub const MAX_WORKER_NAME_CHARS: usize = 80;

/// Wrong PINs in a row, and when the last one was typed.
#[derive(Debug, Default)]
pub(crate) struct SignInFailures(Mutex<(u32, Option<String>)>);

fn name_key(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

impl App {
    /// The profiles, for the sign-in list (needs the database unlocked).
    pub fn workers(&self) -> Result<Vec<Worker>, AppError> {
        self.with_store_signed_out(|s| s.workers())
    }

    pub fn current_worker(&self) -> Option<Worker> {
        self.worker_slot().clone()
    }

    fn worker_slot(&self) -> std::sync::MutexGuard<'_, Option<Worker>> {
        self.worker.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds a profile. The first one can be made by whoever unlocked the
    /// database, and signs them in; later ones only by a signed-in worker.
    pub fn add_worker(
        &self,
        name: &str,
        pin: &str,
        confirmation: &str,
        now: &str,
    ) -> Result<Worker, AppError> {
        let name = name.trim();
        let mut problems = Vec::new();
        if name.is_empty() || name.chars().count() > MAX_WORKER_NAME_CHARS {
            problems.push(FieldProblem {
                field: "name",
                code: "worker-name",
            });
        }
        if pin.chars().count() < MIN_PIN_CHARS {
            problems.push(FieldProblem {
                field: "pin",
                code: "pin-short",
            });
        } else if pin != confirmation {
            problems.push(FieldProblem {
                field: "confirmation",
                code: "pin-mismatch",
            });
        }
        let existing = self.workers()?;
        let key = name_key(name);
        if existing.iter().any(|w| name_key(&w.name) == key) {
            problems.push(FieldProblem {
                field: "name",
                code: "worker-exists",
            });
        }
        if !problems.is_empty() {
            return Err(AppError::Invalid(problems));
        }
        if !existing.is_empty() && self.current_worker().is_none() {
            return Err(AppError::SignInRequired);
        }
        let kdf = self.kdf;
        let worker = self.with_store_signed_out(|s| {
            s.add_worker(name, &key, &Passphrase::new(pin), &kdf, now)
        })?;
        if existing.is_empty() {
            self.sign_in_as(worker.clone());
        }
        self.audit("create", &format!("worker:{}", worker.id), None, "", now)?;
        Ok(worker)
    }

    fn sign_in_as(&self, worker: Worker) {
        let id = worker.id;
        *self.worker_slot() = Some(worker);
        if let Some(store) = self.store_slot().as_mut() {
            store.set_worker(Some(id));
        }
    }

    /// Signs a worker in with their PIN. Wrong PINs in a row make the next
    /// try wait, as for the database passphrase.
    pub fn sign_in(&self, name: &str, pin: &str, now: &str) -> Result<Worker, AppError> {
        let failures = &self.sign_in_failures;
        {
            let state = failures.0.lock().unwrap_or_else(|e| e.into_inner());
            let wait = crate::unlock::Attempts {
                failures: state.0,
                last_failure: state.1.clone(),
            }
            .wait_left(now);
            if wait > 0 {
                return Err(AppError::UnlockWait(wait));
            }
        }
        let kdf = self.kdf;
        let found = self.with_store_signed_out(|s| {
            s.check_worker(&name_key(name), &Passphrase::new(pin), &kdf)
        })?;
        let mut state = failures.0.lock().unwrap_or_else(|e| e.into_inner());
        match found {
            Some(worker) => {
                *state = (0, None);
                drop(state);
                self.sign_in_as(worker.clone());
                self.audit("sign-in", &format!("worker:{}", worker.id), None, "", now)?;
                // In a team, the exchange at unlock waited for someone to
                // sign in.
                let _ = self.exchange_quietly(now);
                Ok(worker)
            }
            None => {
                state.0 = state.0.saturating_add(1);
                state.1 = Some(now.to_owned());
                let wait = unlock_delay(state.0);
                Err(if wait > 0 {
                    AppError::WrongPinWait(wait)
                } else {
                    AppError::WrongPin
                })
            }
        }
    }

    /// Back to the profile choice (the database stays unlocked).
    pub fn sign_out(&self) {
        self.worker_slot().take();
        if let Some(store) = self.store_slot().as_mut() {
            store.set_worker(None);
        }
    }
}
