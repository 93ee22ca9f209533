//! Preferences of the person using this installation.

use serde::{Deserialize, Serialize};

use crate::Language;

/// What the worker chose in Paramètres. Unknown fields written by a newer
/// version are ignored and missing ones take their default, so an upgrade or
/// a downgrade never makes the settings unreadable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Settings {
    /// Language of the interface.
    pub language: Language,
    /// The worker's structure, printed on letters as « rédigé avec l'aide
    /// de … » (e.g. « l'association Exemple »); empty: no such line.
    pub organisation: String,
    /// Town printed before the date of letters (« Saint-Denis, le … »);
    /// empty: « Le … » alone.
    pub place: String,
    /// Holiday calendar for deadlines (where the permanence works).
    pub zone: crate::Zone,
    /// Remind the worker of deadlines due within this many days.
    pub reminder_days: u32,
    /// Lock after this many minutes without input.
    pub lock_after_minutes: u32,
    /// Closed dossiers older than this many months are listed for review.
    pub retention_months: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: Default::default(),
            organisation: String::new(),
            place: String::new(),
            zone: Default::default(),
            reminder_days: 7,
            lock_after_minutes: crate::DEFAULT_LOCK_MINUTES,
            retention_months: 24,
        }
    }
}
