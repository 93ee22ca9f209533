//! Domain types shared by every layer of Permanence.
//!
//! Pure by design: no file system, no clock, no environment, no tauri.
//! Deadline arithmetic (`deadline`) counts over the holiday calendars of
//! `calendar`; the forms the worker types become validated values in
//! `form`.

mod calendar;
mod deadline;
mod expiry;
mod form;
mod format;
mod journal;
mod language;
mod lock;
mod passphrase;
mod person;
mod search;
mod settings;
mod vocabulary;

pub use calendar::{
    Holiday, Zone, easter, holiday, holidays, is_public_holiday, is_working_day, is_working_day_in,
};
pub use deadline::{
    Computation, Distance, Duration, Origin, Rule, Skipped, Step, Unit, compute, due_date, suspend,
};
pub use expiry::{EXPIRY_WARNING_DAYS, Expiry, expiry};
pub use form::{
    AttemptForm, DocumentForm, MAX_OUTCOME_CHARS, PersonForm, ValidAttempt, ValidDocument,
    ValidScreenshot, undisguised,
};
pub use format::{MONTHS_FR, euros, long_date};
pub use journal::{CHANNELS, JournalSpan, MIN_WEEKS, journal_span};
pub use language::{Direction, Language};
pub use lock::{
    DEFAULT_LOCK_MINUTES, FREE_ATTEMPTS, LOCK_MINUTES_RANGE, MAX_UNLOCK_DELAY_SECONDS,
    REMINDER_DAYS_RANGE, RETENTION_MONTHS_RANGE, unlock_delay,
};
pub use passphrase::{MIN_PASSPHRASE_CHARS, Strength, passphrase_strength};
pub use person::{Domiciliation, FieldProblem, MAX_FIELD_CHARS, Person, PersonFields, parse_date};
pub use search::{fold, search_tokens};
pub use settings::Settings;
pub use vocabulary::{
    DOCUMENT_KINDS, DOCUMENT_KINDS_FILE, THEMES, THEMES_FILE, problems as vocabulary_problems,
};

/// The one error type of this crate.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DomainError {
    /// A language code that Permanence has no texts for.
    #[error("unknown language code `{0}`")]
    UnknownLanguage(String),
}
