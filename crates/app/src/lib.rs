//! Use cases of Permanence: what the desktop shell and the CLI both do.
//!
//! Takes its paths from the caller and never reads the clock or the
//! environment, so every behaviour is reproducible in tests. Knows nothing
//! of windows or of tauri: the shell converts, calls one function here, and
//! converts back.
//!
//! Each use case lives in its own module, as an `impl App` block: the vault
//! (`vault`), its backups (`backups`, `portable`), persons, their drafts
//! and documents, the catalogue, settings, démarches, letters, deadlines,
//! the evidence journal, worker profiles, the audit journal and the
//! person's rights.

mod audit;
mod backups;
mod calendar;
mod catalogue;
mod deadlines;
mod documents;
mod drafts;
mod error;
mod gdpr;
mod interview;
mod journal;
mod letters;
mod paths;
mod persons;
mod portable;
mod settings;
mod team;
mod unlock;
mod vault;
pub mod view;
mod workers;

use std::sync::{Mutex, MutexGuard};

use permanence_domain::Language;
use permanence_store::{KdfParams, Store};
use permanence_texts::Texts;

pub use audit::{AuditOverview, AuditReport};
pub use backups::{BACKUP_INTERVAL_HOURS, BACKUPS_KEPT, BackupStatus};
pub use calendar::{CalendarEvent, to_ics};
pub use catalogue::{AppInfo, CatalogueItem};
pub use deadlines::{DASHBOARD_LINES, Dashboard, OVERDUE_DAYS, OVERDUE_LINES};
pub use documents::DocumentView;
pub use error::{AppError, ErrorReport, ProblemReport, TEAM_CODES};
pub use gdpr::{ErasurePreview, RetentionReview};
pub use interview::{ChecklistItem, InterviewView, Move, QuestionView};
pub use journal::JournalView;
pub use letters::{LetterItem, LetterPreview, MissingAnswer};
pub use paths::{DATA_DIR_ENV, PROJECT_DIRS, Paths, resolve_data_dir};
// The forms are checked in the domain; callers still name them from here.
pub use permanence_domain::{AttemptForm, DocumentForm, MAX_OUTCOME_CHARS, PersonForm};
pub use permanence_store::Worker;
pub use persons::PersonView;
pub use team::{
    ConflictView, DuplicateSide, DuplicateView, ExchangeView, PeerView, TEAM_SILENT_DAYS, TeamView,
    team_folder_suggestions,
};
pub use vault::VaultStatus;
pub use workers::{MAX_WORKER_NAME_CHARS, MIN_PIN_CHARS};

/// Entries of the whole audit journal shown in Paramètres.
pub const RECENT_AUDIT_LIMIT: usize = 200;

/// Version of the whole application (all crates share it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// One opened installation: its data directory, its texts, the démarches
/// catalogue, and the database once unlocked.
#[derive(Debug)]
pub struct App {
    paths: Paths,
    texts: Texts,
    catalogue: permanence_procedures::load::Catalogue,
    kdf: KdfParams,
    store: Mutex<Option<Store>>,
    backup_error: Mutex<Option<ErrorReport>>,
    worker: Mutex<Option<permanence_store::Worker>>,
    sign_in_failures: workers::SignInFailures,
}

impl App {
    /// Opens the installation rooted at `paths`. Creates nothing yet: the
    /// data directory is created on the first write.
    pub fn open(paths: Paths) -> Result<Self, AppError> {
        App::open_with_kdf(paths, KdfParams::STANDARD)
    }

    /// As [`App::open`] with another key-derivation cost (tests).
    pub fn open_with_kdf(paths: Paths, kdf: KdfParams) -> Result<Self, AppError> {
        let texts = Texts::embedded().map_err(|e| AppError::Internal(e.to_string()))?;
        let languages: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        Ok(App {
            paths,
            texts,
            catalogue: permanence_procedures::load::load_embedded(&languages),
            kdf,
            store: Mutex::new(None),
            backup_error: Mutex::new(None),
            worker: Mutex::new(None),
            sign_in_failures: Default::default(),
        })
    }

    fn store_slot(&self) -> MutexGuard<'_, Option<Store>> {
        // A panic while holding the lock cannot leave the database in a
        // half-written state (every write is a transaction): keep going.
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, permanence_store::StoreError>,
    ) -> Result<T, AppError> {
        let mut slot = self.store_slot();
        let store = slot.as_mut().ok_or(AppError::Locked)?;
        if store.sign_in_required() {
            return Err(AppError::SignInRequired);
        }
        Ok(f(store)?)
    }

    /// The same before anyone signs in: the profiles themselves.
    pub(crate) fn with_store_signed_out<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, permanence_store::StoreError>,
    ) -> Result<T, AppError> {
        let mut slot = self.store_slot();
        let store = slot.as_mut().ok_or(AppError::Locked)?;
        Ok(f(store)?)
    }
}
