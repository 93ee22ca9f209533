//! Settings kept as a small JSON file in the data directory.
//!
//! Written atomically (temporary file, fsync, rename) so a crash or a power
//! cut during a save leaves either the old or the new file, never half of one.

use std::fs;
use std::io::Write;
use std::path::Path;

use permanence_domain::Settings;

use crate::{AppError, Paths};

pub(crate) fn load(paths: &Paths) -> Result<Settings, AppError> {
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

pub(crate) fn save(paths: &Paths, settings: &Settings) -> Result<(), AppError> {
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
