//! The démarches shipped with the application, usable or not, and what the
//! « À propos » section says about the installation.

use std::path::PathBuf;

use permanence_domain::Language;
use permanence_procedures::load::Entry;
use serde::Serialize;

use crate::{App, VERSION};

/// A démarche of the catalogue, for the Démarches screen (texts come from
/// the Fluent files: `<id>-title`, `<id>-summary`, `<id>-audience`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CatalogueItem {
    pub id: String,
    pub version: String,
    pub theme: String,
    pub available: bool,
    /// Why it is unavailable: each problem with its file and line.
    pub problems: Vec<String>,
}

/// What the "À propos" section shows.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AppInfo {
    pub version: String,
    pub data_dir: PathBuf,
    pub locales: Vec<String>,
}

impl App {
    pub(crate) fn catalogue_entries(&self) -> &[Entry] {
        &self.catalogue.entries
    }

    /// Every démarche shipped, usable or not (a broken file does not stop
    /// the others; the reasons are listed).
    pub fn catalogue(&self) -> Vec<CatalogueItem> {
        self.catalogue
            .entries
            .iter()
            .map(|e| match e {
                Entry::Available(p) => CatalogueItem {
                    id: p.id.clone(),
                    version: p.version.clone(),
                    theme: p.theme.to_string(),
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
}
