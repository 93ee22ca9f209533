//! Use cases of Permanence: what the desktop shell and the CLI both do.
//!
//! Takes its paths from the caller and never reads the clock or the
//! environment, so every behaviour is reproducible in tests. Knows nothing
//! of windows or of tauri: the shell converts, calls one function here, and
//! converts back.

mod audit;
mod calendar;
mod deadlines;
mod error;
mod gdpr;
mod interview;
mod journal;
mod letters;
mod paths;
mod persons;
mod portable;
mod settings;
mod unlock;
mod workers;

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use chrono::NaiveDate;
use permanence_domain::{
    DOCUMENT_KINDS, Expiry, FieldProblem, Language, Person, Settings, Strength, expiry, parse_date,
    passphrase_strength,
};
use permanence_store::{
    BackupInfo, DerivedKey, DocumentSummary, DossierSummary, EventSummary, KdfParams,
    MAX_DOCUMENT_BYTES, NewDocument, Passphrase, PersonSummary, Store, list_backups,
    rotate_backups,
};
use permanence_texts::Texts;
use serde::Serialize;

pub use audit::{AuditOverview, AuditReport};
pub use calendar::{CalendarEvent, to_ics};
pub use deadlines::{DASHBOARD_LINES, Dashboard, OVERDUE_DAYS, OVERDUE_LINES};
pub use error::{AppError, ErrorReport, ProblemReport};
pub use gdpr::{ErasurePreview, RetentionReview};
pub use interview::{ChecklistItem, InterviewView, Move, QuestionView};
pub use journal::{AttemptForm, JournalView, MAX_OUTCOME_CHARS};
pub use letters::{LetterItem, LetterPreview, MissingAnswer};
pub use paths::{DATA_DIR_ENV, PROJECT_DIRS, Paths, resolve_data_dir};
pub use permanence_store::Worker;
pub use persons::PersonForm;
pub use workers::{MAX_WORKER_NAME_CHARS, MIN_PIN_CHARS};

/// Version of the whole application (all crates share it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What the "À propos" section shows.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: PathBuf,
    pub locales: Vec<String>,
}

/// How many automatic backups are kept.
pub const BACKUPS_KEPT: usize = 7;
/// A new automatic backup is taken at unlock when the newest is older.
pub const BACKUP_INTERVAL_HOURS: i64 = 24;

/// The backups on disk, newest first, and the last automatic backup's
/// failure, if any (shown in Paramètres rather than lost).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct BackupStatus {
    pub backups: Vec<BackupInfo>,
    pub last_error: Option<ErrorReport>,
}

/// Whether the encrypted database exists yet, and whether it is open.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct VaultStatus {
    pub exists: bool,
    pub unlocked: bool,
    /// Profiles exist and nobody is signed in: ask who is there.
    pub sign_in_required: bool,
    /// The signed-in worker.
    pub worker: Option<permanence_store::Worker>,
}

/// A person and the form to edit them, with what hangs off their record.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PersonView {
    pub person: Person,
    pub form: PersonForm,
    pub display_name: String,
    pub domiciliation_expiry: Expiry,
    pub dossiers: Vec<DossierSummary>,
    pub events: Vec<EventSummary>,
    pub documents: Vec<DocumentView>,
    /// Who created the record and who changed it last.
    pub authors: permanence_store::Authors,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DocumentView {
    #[serde(flatten)]
    pub document: DocumentSummary,
    pub expiry: Expiry,
}

/// A document as the UI sends it: the file's bytes and what the worker
/// said about it (expiry date as typed).
#[derive(Debug, Clone, serde::Deserialize, Default)]
#[serde(default)]
pub struct DocumentForm {
    pub kind: String,
    pub title: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
    pub expires_on: String,
}

/// A démarche of the catalogue, for the Démarches screen (texts come from
/// the Fluent files: `<id>-title`, `<id>-summary`, `<id>-audience`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CatalogueItem {
    pub id: String,
    pub version: String,
    pub theme: String,
    pub available: bool,
    /// Why it is unavailable: each problem with its file and line.
    pub problems: Vec<String>,
}

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
        if passphrase != confirmation {
            return Err(AppError::PassphraseMismatch);
        }
        if !passphrase_strength(passphrase).acceptable {
            return Err(AppError::PassphraseWeak);
        }
        std::fs::create_dir_all(&self.paths.data_dir).map_err(|source| AppError::Io {
            path: self.paths.data_dir.clone(),
            source,
        })?;
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
        let store = match Store::open(
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
        let _ = self.backup_if_due(now);
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
            let _ = self.backup_now(now);
        }
        self.lock();
    }

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

    pub fn change_passphrase(
        &self,
        current: &str,
        new: &str,
        confirmation: &str,
    ) -> Result<(), AppError> {
        if new != confirmation {
            return Err(AppError::PassphraseMismatch);
        }
        if !passphrase_strength(new).acceptable {
            return Err(AppError::PassphraseWeak);
        }
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

    pub fn search_persons(&self, query: &str) -> Result<Vec<PersonSummary>, AppError> {
        self.with_store(|s| s.search_persons(query, 200))
    }

    /// A person's record; `today` (from the caller) dates the expiry
    /// warnings.
    pub fn person(&self, id: i64, today: NaiveDate) -> Result<PersonView, AppError> {
        let (person, dossiers, events, documents, authors) = self.with_store(|s| {
            Ok((
                s.person(id)?,
                s.dossiers_of(id)?,
                s.events_of_person(id)?,
                s.documents_of(id)?,
                s.authors(permanence_store::AuthoredTable::Person, id)?,
            ))
        })?;
        Ok(PersonView {
            form: PersonForm::from_person(&person),
            display_name: person.fields.display_name(),
            domiciliation_expiry: expiry(
                person
                    .fields
                    .domiciliation
                    .as_ref()
                    .and_then(|d| d.expires_on),
                today,
            ),
            person,
            dossiers,
            events,
            documents: documents
                .into_iter()
                .map(|d| DocumentView {
                    expiry: expiry(d.expires_on, today),
                    document: d,
                })
                .collect(),
            authors,
        })
    }

    /// Attaches a document to a person.
    pub fn add_document(
        &self,
        person_id: i64,
        form: &DocumentForm,
        today: NaiveDate,
        now: &str,
    ) -> Result<PersonView, AppError> {
        let mut problems = Vec::new();
        if !DOCUMENT_KINDS.contains(&form.kind.as_str()) {
            problems.push(FieldProblem {
                field: "kind",
                code: "kind-unknown",
            });
        }
        if form.bytes.is_empty() || form.bytes.len() > MAX_DOCUMENT_BYTES {
            problems.push(FieldProblem {
                field: "file",
                code: "file-size",
            });
        }
        let expires_on = if form.expires_on.trim().is_empty() {
            None
        } else {
            let date = parse_date(&form.expires_on);
            if date.is_none() {
                problems.push(FieldProblem {
                    field: "expires_on",
                    code: "date-invalid",
                });
            }
            date
        };
        if !problems.is_empty() {
            return Err(AppError::Invalid(problems));
        }
        self.with_store(|s| {
            s.person(person_id)?;
            s.add_document(
                &NewDocument {
                    person_id,
                    kind: form.kind.clone(),
                    title: form.title.trim().to_owned(),
                    media_type: form.media_type.clone(),
                    bytes: form.bytes.clone(),
                    issued_on: None,
                    expires_on,
                },
                now,
            )
        })?;
        self.audit(
            "change",
            &format!("person:{person_id}"),
            Some(person_id),
            &format!("document {}", form.kind),
            now,
        )?;
        self.person(person_id, today)
    }

    /// Creates (`id` = None) or updates a person from the form. `today`
    /// and `now` come from the caller's clock. The draft of that form is
    /// discarded once saved.
    pub fn save_person(
        &self,
        id: Option<i64>,
        form: &PersonForm,
        today: NaiveDate,
        now: &str,
    ) -> Result<PersonView, AppError> {
        let fields = form.to_fields(today).map_err(AppError::Invalid)?;
        let person = self.with_store(|s| {
            let person = match id {
                Some(id) => s.update_person(id, &fields, now)?,
                None => s.create_person(&fields, now)?,
            };
            s.delete_draft(&draft_key(id))?;
            Ok(person)
        })?;
        let action = if id.is_some() { "change" } else { "create" };
        self.audit(
            action,
            &format!("person:{}", person.id),
            Some(person.id),
            "",
            now,
        )?;
        self.person(person.id, today)
    }

    /// A person's page opened by the worker: shown, and noted in the
    /// audit journal.
    pub fn open_person(
        &self,
        id: i64,
        today: NaiveDate,
        now: &str,
    ) -> Result<PersonView, AppError> {
        let view = self.person(id, today)?;
        self.audit("open", &format!("person:{id}"), Some(id), "", now)?;
        Ok(view)
    }

    /// Keeps what is being typed in the person form, encrypted.
    pub fn save_person_draft(
        &self,
        id: Option<i64>,
        form: &PersonForm,
        now: &str,
    ) -> Result<(), AppError> {
        let json = serde_json::to_string(form).map_err(|e| AppError::Internal(e.to_string()))?;
        self.with_store(|s| s.save_draft(&draft_key(id), &json, now))
    }

    pub fn person_draft(&self, id: Option<i64>) -> Result<Option<PersonForm>, AppError> {
        let json = self.with_store(|s| s.draft(&draft_key(id)))?;
        Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
    }

    pub fn discard_person_draft(&self, id: Option<i64>) -> Result<(), AppError> {
        self.with_store(|s| s.delete_draft(&draft_key(id)))
    }

    pub(crate) fn catalogue_entries(&self) -> &[permanence_procedures::load::Entry] {
        &self.catalogue.entries
    }

    /// Every démarche shipped, usable or not (a broken file does not stop
    /// the others; the reasons are listed).
    pub fn catalogue(&self) -> Vec<CatalogueItem> {
        use permanence_procedures::load::Entry;
        self.catalogue
            .entries
            .iter()
            .map(|e| match e {
                Entry::Available(p) => CatalogueItem {
                    id: p.id.clone(),
                    version: p.version.clone(),
                    theme: p.theme.clone(),
                    available: true,
                    problems: Vec::new(),
                },
                Entry::Unavailable { id, problems } => CatalogueItem {
                    id: id.clone(),
                    version: String::new(),
                    theme: String::new(),
                    available: false,
                    problems: problems.iter().map(ToString::to_string).collect(),
                },
            })
            .collect()
    }

    pub fn info(&self) -> AppInfo {
        AppInfo {
            version: VERSION.to_owned(),
            data_dir: self.paths.data_dir.clone(),
            locales: Language::ALL.iter().map(|l| l.code().to_owned()).collect(),
        }
    }

    /// The saved settings; defaults when none were saved yet.
    pub fn settings(&self) -> Result<Settings, AppError> {
        settings::load(&self.paths)
    }

    /// Remembers the interface language and returns the new settings.
    /// A corrupt settings file is replaced rather than blocking the choice.
    pub fn set_language(&self, code: &str) -> Result<Settings, AppError> {
        let language: Language = code
            .parse()
            .map_err(|_| AppError::UnknownLanguage(code.to_owned()))?;
        let mut current = self.settings().unwrap_or_default();
        current.language = language;
        settings::save(&self.paths, &current)?;
        Ok(current)
    }

    /// Remembers the structure's name and town printed on letters.
    pub fn set_letterhead(&self, organisation: &str, place: &str) -> Result<Settings, AppError> {
        let mut current = self.settings().unwrap_or_default();
        current.organisation = organisation.trim().chars().take(200).collect();
        current.place = place.trim().chars().take(100).collect();
        settings::save(&self.paths, &current)?;
        Ok(current)
    }

    /// The holiday calendar of deadlines and the reminder window (days).
    /// Every open dossier's deadlines are recomputed with the new calendar
    /// (when the database is unlocked), so the dashboard follows at once.
    pub fn set_deadline_settings(
        &self,
        zone: &str,
        reminder_days: u32,
        now: &str,
    ) -> Result<Settings, AppError> {
        let zone: permanence_domain::Zone = zone.parse().map_err(|_| {
            AppError::Invalid(vec![FieldProblem {
                field: "zone",
                code: "zone-unknown",
            }])
        })?;
        let mut current = self.settings().unwrap_or_default();
        current.zone = zone;
        current.reminder_days = reminder_days.clamp(1, 90);
        settings::save(&self.paths, &current)?;
        if self.vault_status().unlocked {
            self.recompute_open_dossiers(now)?;
        }
        Ok(current)
    }

    /// Minutes without input before locking, and the closed-dossier
    /// retention in months (Paramètres), each kept within its range.
    pub fn set_privacy_settings(
        &self,
        lock_after_minutes: u32,
        retention_months: u32,
    ) -> Result<Settings, AppError> {
        let mut current = self.settings().unwrap_or_default();
        current.lock_after_minutes = lock_after_minutes.clamp(
            *permanence_domain::LOCK_MINUTES_RANGE.start(),
            *permanence_domain::LOCK_MINUTES_RANGE.end(),
        );
        current.retention_months = retention_months.clamp(1, 120);
        settings::save(&self.paths, &current)?;
        Ok(current)
    }

    /// `{code, message, problems}` for the UI, in the worker's language.
    pub fn report(&self, error: &AppError) -> ErrorReport {
        let language = self.settings().map(|s| s.language).unwrap_or_default();
        error.report(&self.texts, language)
    }
}

fn draft_key(id: Option<i64>) -> String {
    match id {
        Some(id) => format!("person:{id}"),
        None => "person:new".into(),
    }
}

/// `YYYYMMDDTHHMMSSZ` (UTC) from an RFC 3339 instant: sorts in time order
/// whatever the local offset or summer time.
fn backup_stamp(now: &str) -> Result<String, AppError> {
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
