//! Settings kept as a small JSON file in the data directory, and the use
//! cases of Paramètres that change them, each value kept within its range.
//!
//! Written atomically (temporary file, fsync, rename) so a crash or a power
//! cut during a save leaves either the old or the new file, never half of one.

use std::fs;
use std::io::Write;
use std::path::Path;

use permanence_domain::{
    FieldProblem, LOCK_MINUTES_RANGE, Language, REMINDER_DAYS_RANGE, RETENTION_MONTHS_RANGE,
    Settings, Zone,
};

use crate::{App, AppError, Paths};

impl App {
    /// The saved settings; defaults when none were saved yet.
    pub fn settings(&self) -> Result<Settings, AppError> {
        load(&self.paths)
    }

    /// Remembers the interface language and returns the new settings.
    /// A corrupt settings file is replaced rather than blocking the choice.
    pub fn set_language(&self, code: &str) -> Result<Settings, AppError> {
        let language: Language = code
            .parse()
            .map_err(|_| AppError::UnknownLanguage(code.to_owned()))?;
        let mut current = self.settings().unwrap_or_default();
        current.language = language;
        save(&self.paths, &current)?;
        Ok(current)
    }

    /// Remembers the structure's name and town printed on letters.
    pub fn set_letterhead(&self, organisation: &str, place: &str) -> Result<Settings, AppError> {
        let mut current = self.settings().unwrap_or_default();
        current.organisation = organisation.trim().chars().take(200).collect();
        current.place = place.trim().chars().take(100).collect();
        save(&self.paths, &current)?;
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
        let zone: Zone = zone.parse().map_err(|_| {
            AppError::Invalid(vec![FieldProblem {
                field: "zone",
                code: "zone-unknown",
            }])
        })?;
        let mut current = self.settings().unwrap_or_default();
        current.zone = zone;
        current.reminder_days =
            reminder_days.clamp(*REMINDER_DAYS_RANGE.start(), *REMINDER_DAYS_RANGE.end());
        save(&self.paths, &current)?;
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
        current.lock_after_minutes =
            lock_after_minutes.clamp(*LOCK_MINUTES_RANGE.start(), *LOCK_MINUTES_RANGE.end());
        current.retention_months = retention_months.clamp(
            *RETENTION_MONTHS_RANGE.start(),
            *RETENTION_MONTHS_RANGE.end(),
        );
        save(&self.paths, &current)?;
        Ok(current)
    }
}

fn load(paths: &Paths) -> Result<Settings, AppError> {
    let path = paths.settings_file();
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Settings::default()),
        Err(source) => return Err(AppError::Io { path, source }),
    };
    serde_json::from_slice(&bytes).map_err(|e| AppError::CorruptSettings {
        path,
        detail: e.to_string(),
    })
}

fn save(paths: &Paths, settings: &Settings) -> Result<(), AppError> {
    let json =
        serde_json::to_vec_pretty(settings).map_err(|e| AppError::Internal(e.to_string()))?;
    write_atomic(paths, &paths.settings_file(), &json)
}

/// Writes a small file of the data directory atomically (temporary file,
/// fsync, rename, directory fsync).
pub(crate) fn write_atomic(paths: &Paths, target: &Path, bytes: &[u8]) -> Result<(), AppError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| AppError::Io { path, source }
    };
    fs::create_dir_all(&paths.data_dir).map_err(io(&paths.data_dir))?;
    let tmp = target.with_extension("tmp");
    let mut file = fs::File::create(&tmp).map_err(io(&tmp))?;
    file.write_all(bytes).map_err(io(&tmp))?;
    file.sync_all().map_err(io(&tmp))?;
    drop(file);
    fs::rename(&tmp, target).map_err(io(target))?;
    // The rename is durable only once the directory entry is on disk.
    if let Ok(dir) = fs::File::open(&paths.data_dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}
