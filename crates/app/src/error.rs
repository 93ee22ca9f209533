//! The one error type of the `app` crate, and its report to the UI.

use std::path::PathBuf;

use permanence_domain::Language;
use permanence_texts::Texts;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("cannot access {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("settings file {path} is unreadable: {detail}")]
    CorruptSettings { path: PathBuf, detail: String },
    #[error("unknown language `{0}`")]
    UnknownLanguage(String),
    #[error("no data directory: give --data-dir or set PERMANENCE_DATA_DIR")]
    NoDataDir,
    #[error("internal error: {0}")]
    Internal(String),
}

/// What the UI receives: it branches on `code`, shows `message`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ErrorReport {
    pub code: &'static str,
    pub message: String,
}

impl AppError {
    /// Stable identifier the UI branches on; also names the Fluent message
    /// `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Io { .. } => "io",
            AppError::CorruptSettings { .. } => "settings-corrupt",
            AppError::UnknownLanguage(_) => "unknown-language",
            AppError::NoDataDir | AppError::Internal(_) => "internal",
        }
    }

    pub fn report(&self, texts: &Texts, language: Language) -> ErrorReport {
        let key = format!("error-{}", self.code());
        let message = match self {
            AppError::Io { path, source } => {
                let detail = format!("{} ({source})", path.display());
                texts.format(language, &key, &[("detail", &detail)])
            }
            AppError::UnknownLanguage(code) => texts.format(language, &key, &[("code", code)]),
            AppError::CorruptSettings { .. } => texts.format(language, &key, &[]),
            AppError::NoDataDir | AppError::Internal(_) => {
                texts.format(language, &key, &[("detail", &self.to_string())])
            }
        };
        ErrorReport {
            code: self.code(),
            message,
        }
    }
}
