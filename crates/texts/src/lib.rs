//! The texts of Permanence, written in Fluent under `locales/<lang>/*.ftl`.
//!
//! The same files are read by the web UI (`@fluent/bundle`) and by Rust
//! (this crate), so a sentence is translated once. This crate:
//! - embeds the files at build time ([`Catalog::embedded`]) or reads a
//!   directory ([`Catalog::from_dir`], for checking files being edited);
//! - checks that every locale has every message, with the same variables,
//!   reporting every problem with its file and line ([`Catalog::check`]);
//! - formats messages ([`Texts`]), falling back to French.
//!
//! It does not format numbers or dates (fluent-rs does not localise them):
//! callers format them first and pass strings.

mod check;
mod format;
mod steps;

use std::path::{Path, PathBuf};

pub use check::{Problem, message_variables};
pub use format::Texts;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The locale every other is compared with: the language of the law.
pub const REFERENCE_LOCALE: &str = "fr";

/// The one error type of this crate.
#[derive(Debug, thiserror::Error)]
pub enum TextsError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} problem(s) in the Fluent files:\n{}", .0.len(), Problem::list(.0))]
    Invalid(Vec<Problem>),
}

/// One `.ftl` file of one locale, as text.
#[derive(Debug, Clone)]
pub struct Source {
    pub locale: String,
    /// File name inside the locale folder, e.g. `main.ftl`.
    pub name: String,
    pub text: String,
}

impl Source {
    /// Path as shown to people fixing the file: `locales/fr/main.ftl`.
    pub fn display_path(&self) -> String {
        format!("locales/{}/{}", self.locale, self.name)
    }
}

/// Every Fluent file of every locale.
#[derive(Debug, Clone)]
pub struct Catalog {
    sources: Vec<Source>,
}

impl Catalog {
    /// The files compiled into this binary.
    pub fn embedded() -> Self {
        let sources = embedded::EMBEDDED
            .iter()
            .map(|(locale, name, text)| Source {
                locale: (*locale).to_owned(),
                name: (*name).to_owned(),
                text: (*text).to_owned(),
            })
            .collect();
        Catalog { sources }
    }

    /// Reads `<dir>/<lang>/*.ftl`.
    pub fn from_dir(dir: &Path) -> Result<Self, TextsError> {
        let read_dir = |p: &Path| {
            std::fs::read_dir(p).map_err(|source| TextsError::Read {
                path: p.to_owned(),
                source,
            })
        };
        let mut sources = Vec::new();
        for lang in read_dir(dir)? {
            let lang = lang.map_err(|source| TextsError::Read {
                path: dir.to_owned(),
                source,
            })?;
            if !lang.path().is_dir() {
                continue;
            }
            for file in read_dir(&lang.path())? {
                let path = file
                    .map_err(|source| TextsError::Read {
                        path: lang.path(),
                        source,
                    })?
                    .path();
                if path.extension().is_none_or(|x| x != "ftl") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).map_err(|source| TextsError::Read {
                    path: path.clone(),
                    source,
                })?;
                sources.push(Source {
                    locale: lang.file_name().to_string_lossy().into_owned(),
                    name: path
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                    text,
                });
            }
        }
        sources.sort_by(|a, b| (&a.locale, &a.name).cmp(&(&b.locale, &b.name)));
        Ok(Catalog { sources })
    }

    pub fn from_sources(sources: Vec<Source>) -> Self {
        Catalog { sources }
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Locale codes present, sorted.
    pub fn locales(&self) -> Vec<&str> {
        let mut l: Vec<&str> = self.sources.iter().map(|s| s.locale.as_str()).collect();
        l.sort_unstable();
        l.dedup();
        l
    }

    /// Every problem in the files; empty when the catalogue is sound.
    pub fn check(&self) -> Vec<Problem> {
        check::check(self)
    }
}
