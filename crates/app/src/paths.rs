//! Where an installation keeps its data.
//!
//! The caller (shell or CLI) reads the command line, the environment and the
//! platform's conventions, and hands the values here; this module decides.

use std::path::{Path, PathBuf};

use crate::AppError;

/// Environment variable that moves the data directory (tests, portable
/// install on a USB key).
pub const DATA_DIR_ENV: &str = "PERMANENCE_DATA_DIR";

/// Qualifier, organisation and application names handed to the platform
/// convention (`directories::ProjectDirs`) by the shell and the CLI, so both
/// find the same data: `~/.local/share/permanence` on Linux.
pub const PROJECT_DIRS: (&str, &str, &str) = ("fr", "Permanence", "permanence");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub data_dir: PathBuf,
}

impl Paths {
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        Paths {
            data_dir: data_dir.into(),
        }
    }

    pub fn settings_file(&self) -> PathBuf {
        self.data_dir.join("settings.json")
    }

    /// Wrong passphrases in a row (a count and an instant, no secret).
    pub fn unlock_attempts_file(&self) -> PathBuf {
        self.data_dir.join("unlock-attempts.json")
    }

    /// The audit journal's last entry, kept outside the database.
    pub fn audit_head_file(&self) -> PathBuf {
        self.data_dir.join("audit-head.json")
    }

    /// The encrypted database.
    pub fn database_file(&self) -> PathBuf {
        self.data_dir.join("permanence.db")
    }

    /// Rotating encrypted backups (the last [`crate::BACKUPS_KEPT`]).
    pub fn backups_dir(&self) -> PathBuf {
        self.data_dir.join("backups")
    }

    /// Databases replaced by a restore, kept until the worker deletes them.
    pub fn preserved_dir(&self) -> PathBuf {
        self.data_dir.join("preserved")
    }
}

/// `--data-dir` wins over the environment variable, which wins over the
/// platform's data directory. Empty values count as absent, because
/// `PERMANENCE_DATA_DIR=` in a launcher must not mean "current directory".
pub fn resolve_data_dir(
    flag: Option<&Path>,
    env: Option<&Path>,
    platform_default: Option<&Path>,
) -> Result<Paths, AppError> {
    [flag, env, platform_default]
        .into_iter()
        .flatten()
        .find(|p| !p.as_os_str().is_empty())
        .map(Paths::new)
        .ok_or(AppError::NoDataDir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_then_environment_then_platform() {
        let (f, e, p) = (Path::new("/f"), Path::new("/e"), Path::new("/p"));
        let pick = |a, b, c| resolve_data_dir(a, b, c).map(|x| x.data_dir);
        assert_eq!(pick(Some(f), Some(e), Some(p)).unwrap(), f);
        assert_eq!(pick(None, Some(e), Some(p)).unwrap(), e);
        assert_eq!(pick(None, None, Some(p)).unwrap(), p);
        assert_eq!(pick(None, Some(Path::new("")), Some(p)).unwrap(), p);
        assert!(matches!(pick(None, None, None), Err(AppError::NoDataDir)));
    }
}
