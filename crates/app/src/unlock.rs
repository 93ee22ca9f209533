//! Wrong passphrases in a row, remembered in the data directory so that
//! restarting the app does not reset the wait. The file holds no secret: a
//! count and an instant. Deleting it resets the count — the wait only slows
//! guessing through the app; the key derivation (Argon2id) and the strength
//! required of passphrases are what protect a copied database.

use chrono::DateTime;
use permanence_domain::unlock_delay;
use serde::{Deserialize, Serialize};

use crate::{AppError, Paths};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub(crate) struct Attempts {
    pub failures: u32,
    /// RFC 3339, from the caller's clock.
    pub last_failure: Option<String>,
}

impl Attempts {
    pub(crate) fn load(paths: &Paths) -> Attempts {
        std::fs::read(paths.unlock_attempts_file())
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    pub(crate) fn save(&self, paths: &Paths) -> Result<(), AppError> {
        let json = serde_json::to_vec(self).map_err(|e| AppError::Internal(e.to_string()))?;
        crate::settings::write_atomic(paths, &paths.unlock_attempts_file(), &json)
    }

    /// Seconds still to wait at `now` before trying again.
    pub(crate) fn wait_left(&self, now: &str) -> i64 {
        let delay = unlock_delay(self.failures);
        let (Some(last), Ok(now)) = (
            self.last_failure
                .as_deref()
                .and_then(|l| DateTime::parse_from_rfc3339(l).ok()),
            DateTime::parse_from_rfc3339(now),
        ) else {
            return 0;
        };
        // A clock set back must not shorten the wait below the full delay.
        let elapsed = (now - last).num_seconds().max(0);
        (delay - elapsed).clamp(0, delay)
    }

    pub(crate) fn failed(mut self, now: &str) -> Attempts {
        self.failures = self.failures.saturating_add(1);
        self.last_failure = Some(now.to_owned());
        self
    }
}
