//! Use cases of Permanence: what the desktop shell and the CLI both do.
//!
//! Takes its paths from the caller and never reads the clock or the
//! environment, so every behaviour is reproducible in tests. Knows nothing
//! of windows or of tauri: the shell converts, calls one function here, and
//! converts back.

mod error;
mod paths;
mod settings;

use std::path::PathBuf;

use permanence_domain::{Language, Settings};
use permanence_texts::Texts;
use serde::Serialize;

pub use error::{AppError, ErrorReport};
pub use paths::{DATA_DIR_ENV, PROJECT_DIRS, Paths, resolve_data_dir};

/// Version of the whole application (all crates share it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What the "À propos" section shows.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: PathBuf,
    pub locales: Vec<String>,
}

/// One opened installation: its data directory and its texts.
#[derive(Debug)]
pub struct App {
    paths: Paths,
    texts: Texts,
}

impl App {
    /// Opens the installation rooted at `paths`. Creates nothing yet: the
    /// data directory is created on the first write.
    pub fn open(paths: Paths) -> Result<Self, AppError> {
        let texts = Texts::embedded().map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(App { paths, texts })
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

    /// `{code, message}` for the UI, the message in the worker's language.
    pub fn report(&self, error: &AppError) -> ErrorReport {
        let language = self.settings().map(|s| s.language).unwrap_or_default();
        error.report(&self.texts, language)
    }
}
