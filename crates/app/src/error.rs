//! The one error type of the `app` crate, and its report to the UI.

use std::path::PathBuf;

use permanence_domain::{FieldProblem, Language};
use permanence_store::StoreError;
use permanence_texts::Texts;
use serde::Serialize;

use crate::App;

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
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// A wrong passphrase, after which the next try must wait.
    #[error("wrong passphrase; next try in {0} s")]
    WrongPassphraseWait(i64),
    /// Tried again before the wait after wrong passphrases was over.
    #[error("too many wrong passphrases; next try in {0} s")]
    UnlockWait(i64),
    #[error("the two passphrases differ")]
    PassphraseMismatch,
    #[error("passphrase too weak")]
    PassphraseWeak,
    #[error("a database already exists")]
    VaultExists,
    #[error("no database yet")]
    VaultMissing,
    #[error("the database is locked")]
    Locked,
    /// Profiles exist: a worker must sign in first.
    #[error("a worker must sign in")]
    SignInRequired,
    #[error("wrong PIN")]
    WrongPin,
    #[error("wrong PIN; next try in {0} s")]
    WrongPinWait(i64),
    #[error("the database is damaged: {0}")]
    Damaged(String),
    #[error("the database comes from a newer version")]
    TooNew,
    /// A portable backup cut short or altered: nothing was restored.
    #[error("incomplete backup file: {0}")]
    BackupIncomplete(String),
    #[error("record not found")]
    NotFound,
    /// The letter reads answers the dossier does not have yet.
    #[error("the letter needs answers: {}", .0.join(", "))]
    LetterIncomplete(Vec<String>),
    /// The letter's precondition (a silence) has not happened yet.
    #[error("too early for this letter (deadline `{rule}`)")]
    LetterTooEarly {
        rule: String,
        from: Option<chrono::NaiveDate>,
    },
    #[error("{} field(s) to correct", .0.len())]
    Invalid(Vec<FieldProblem>),
    /// The disk (or the USB key) is full: nothing was written.
    #[error("the disk is full")]
    DiskFull,
    /// The data folder can no longer be written: nothing was written.
    #[error("the data folder is read-only")]
    ReadOnly,
    /// A team exchange or set-up refused; nothing was applied. `code` is
    /// one of [`TEAM_CODES`], `args` the Fluent variables of its message.
    #[error("team: {code} {args:?}")]
    Team {
        code: &'static str,
        args: Vec<(&'static str, String)>,
    },
    #[error("internal error: {0}")]
    Internal(String),
}

/// The codes of [`AppError::Team`], each with the variables its message
/// reads.
pub const TEAM_CODES: &[(&str, &[&str])] = &[
    ("team-packet-cut", &["file"]),
    ("team-packet-unknown", &["file"]),
    ("team-packet-other-team", &["file"]),
    ("team-packet-altered", &["file"]),
    ("team-packet-replayed", &["file"]),
    ("team-packet-out-of-order", &["file"]),
    ("team-packet-waiting", &["file", "laptop"]),
    ("team-folder-unreachable", &["folder"]),
    ("team-schema", &["laptop"]),
    ("team-none", &[]),
    ("team-already", &[]),
    ("team-folder-taken", &["folder"]),
    ("team-folder-empty", &["folder"]),
    ("team-not-from-team", &[]),
    ("team-wrong-passphrase", &[]),
    ("team-copy", &[]),
];

/// `<laptop folder>/<file>`: enough to find the packet in the team folder.
fn packet_name(file: &std::path::Path) -> String {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
    let laptop = file
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    match (laptop, name) {
        (Some(l), Some(n)) => format!("{l}/{n}"),
        _ => file.display().to_string(),
    }
}

fn team(code: &'static str, args: Vec<(&'static str, String)>) -> AppError {
    AppError::Team { code, args }
}

fn team_error(e: StoreError) -> AppError {
    use permanence_store::PacketProblem as P;
    match e {
        StoreError::TeamPacket { file, problem } => {
            let f = ("file", packet_name(&file));
            match problem {
                P::CutShort => team("team-packet-cut", vec![f]),
                P::NotAPacket => team("team-packet-unknown", vec![f]),
                P::OtherTeam => team("team-packet-other-team", vec![f]),
                P::Altered => team("team-packet-altered", vec![f]),
                P::Misplaced => team("team-packet-replayed", vec![f]),
                P::OutOfOrder { .. } => team("team-packet-out-of-order", vec![f]),
                P::Waiting { installation } => {
                    team("team-packet-waiting", vec![f, ("laptop", installation)])
                }
            }
        }
        StoreError::TeamFolderUnreachable(folder) => team(
            "team-folder-unreachable",
            vec![("folder", folder.display().to_string())],
        ),
        StoreError::TeamSchema { laptop, .. } => team("team-schema", vec![("laptop", laptop)]),
        StoreError::NotInTeam => team("team-none", vec![]),
        StoreError::AlreadyInTeam => team("team-already", vec![]),
        StoreError::TeamExists(folder) => team(
            "team-folder-taken",
            vec![("folder", folder.display().to_string())],
        ),
        StoreError::NoTeamInFolder(folder) => team(
            "team-folder-empty",
            vec![("folder", folder.display().to_string())],
        ),
        StoreError::NotFromThisTeam => team("team-not-from-team", vec![]),
        StoreError::WrongTeamPassphrase => team("team-wrong-passphrase", vec![]),
        StoreError::CopyOfAnotherLaptop => team("team-copy", vec![]),
        other => AppError::Internal(other.to_string()),
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::WrongPassphrase => AppError::WrongPassphrase,
            StoreError::AlreadyExists(_) => AppError::VaultExists,
            StoreError::Missing(_) => AppError::VaultMissing,
            StoreError::Damaged(d) => AppError::Damaged(d),
            StoreError::TooNew { .. } => AppError::TooNew,
            StoreError::Incomplete(d) => AppError::BackupIncomplete(d),
            StoreError::NotFound => AppError::NotFound,
            StoreError::DiskFull => AppError::DiskFull,
            StoreError::ReadOnly => AppError::ReadOnly,
            StoreError::Io { path, source } => AppError::Io { path, source },
            other => team_error(other),
        }
    }
}

/// One field to correct, with its message in the worker's language.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProblemReport {
    pub field: &'static str,
    pub code: &'static str,
    pub message: String,
}

/// What the UI receives: it branches on `code`, shows `message`, and marks
/// each field of `problems`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErrorReport {
    pub code: &'static str,
    pub message: String,
    pub problems: Vec<ProblemReport>,
    /// Seconds before the passphrase may be tried again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<i64>,
}

impl AppError {
    /// Stable identifier the UI branches on; also names the Fluent message
    /// `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            // A file written by the app (a letter, a backup) on a full or
            // locked disk says so, as the database does.
            AppError::Io { source, .. } if source.kind() == std::io::ErrorKind::StorageFull => {
                "disk-full"
            }
            AppError::Io { source, .. }
                if source.kind() == std::io::ErrorKind::ReadOnlyFilesystem =>
            {
                "read-only"
            }
            AppError::Io { .. } => "io",
            AppError::DiskFull => "disk-full",
            AppError::ReadOnly => "read-only",
            AppError::CorruptSettings { .. } => "settings-corrupt",
            AppError::UnknownLanguage(_) => "unknown-language",
            AppError::WrongPassphrase => "wrong-passphrase",
            AppError::WrongPassphraseWait(_) => "wrong-passphrase-wait",
            AppError::UnlockWait(_) => "unlock-wait",
            AppError::PassphraseMismatch => "passphrase-mismatch",
            AppError::PassphraseWeak => "passphrase-weak",
            AppError::VaultExists => "vault-exists",
            AppError::VaultMissing => "vault-missing",
            AppError::Locked => "locked",
            AppError::SignInRequired => "sign-in-required",
            AppError::WrongPin => "wrong-pin",
            AppError::WrongPinWait(_) => "wrong-pin-wait",
            AppError::Damaged(_) => "damaged",
            AppError::TooNew => "too-new",
            AppError::BackupIncomplete(_) => "backup-incomplete",
            AppError::NotFound => "not-found",
            AppError::LetterIncomplete(_) => "letter-incomplete",
            AppError::LetterTooEarly { .. } => "letter-too-early",
            AppError::Invalid(_) => "invalid",
            AppError::Team { code, .. } => code,
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
            AppError::LetterTooEarly { from, .. } => {
                let date =
                    from.map_or_else(String::new, |d| permanence_domain::long_date(d, language));
                let known = if from.is_some() { "yes" } else { "no" };
                texts.format(language, &key, &[("date", &date), ("known", known)])
            }
            AppError::Damaged(detail) => texts.format(language, &key, &[("detail", detail)]),
            AppError::WrongPassphraseWait(seconds)
            | AppError::UnlockWait(seconds)
            | AppError::WrongPinWait(seconds) => {
                texts.format(language, &key, &[("seconds", &seconds.to_string())])
            }
            AppError::NoDataDir | AppError::Internal(_) => {
                texts.format(language, &key, &[("detail", &self.to_string())])
            }
            AppError::Team { args, .. } => {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                texts.format(language, &key, &args)
            }
            _ => texts.format(language, &key, &[]),
        };
        let problems = match self {
            AppError::Invalid(problems) => problems
                .iter()
                .map(|p| ProblemReport {
                    field: p.field,
                    code: p.code,
                    message: texts.format(language, &format!("field-error-{}", p.code), &[]),
                })
                .collect(),
            _ => Vec::new(),
        };
        let retry_after = match self {
            AppError::WrongPassphraseWait(s)
            | AppError::UnlockWait(s)
            | AppError::WrongPinWait(s) => Some(*s),
            _ => None,
        };
        ErrorReport {
            code: self.code(),
            message,
            problems,
            retry_after,
        }
    }
}

impl App {
    /// `{code, message, problems}` for the UI, in the worker's language.
    pub fn report(&self, error: &AppError) -> ErrorReport {
        let language = self.settings().map(|s| s.language).unwrap_or_default();
        error.report(&self.texts, language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each variant: a new variant must be added here, or this
    /// match stops compiling.
    fn every_error() -> Vec<AppError> {
        let io = || std::io::Error::other("x");
        let all = vec![
            AppError::Io {
                path: PathBuf::from("/x"),
                source: io(),
            },
            AppError::CorruptSettings {
                path: PathBuf::from("/x"),
                detail: String::new(),
            },
            AppError::UnknownLanguage("xx".into()),
            AppError::NoDataDir,
            AppError::WrongPassphrase,
            AppError::WrongPassphraseWait(5),
            AppError::UnlockWait(5),
            AppError::PassphraseMismatch,
            AppError::PassphraseWeak,
            AppError::VaultExists,
            AppError::VaultMissing,
            AppError::Locked,
            AppError::SignInRequired,
            AppError::WrongPin,
            AppError::WrongPinWait(5),
            AppError::Damaged(String::new()),
            AppError::TooNew,
            AppError::BackupIncomplete(String::new()),
            AppError::NotFound,
            AppError::LetterIncomplete(vec![]),
            AppError::LetterTooEarly {
                rule: String::new(),
                from: None,
            },
            AppError::Invalid(vec![]),
            AppError::DiskFull,
            AppError::ReadOnly,
            AppError::Internal(String::new()),
        ];
        let mut all = all;
        for (code, vars) in TEAM_CODES {
            all.push(AppError::Team {
                code,
                args: vars.iter().map(|v| (*v, "x".to_owned())).collect(),
            });
        }
        for e in &all {
            match e {
                AppError::Io { .. }
                | AppError::CorruptSettings { .. }
                | AppError::UnknownLanguage(_)
                | AppError::NoDataDir
                | AppError::WrongPassphrase
                | AppError::WrongPassphraseWait(_)
                | AppError::UnlockWait(_)
                | AppError::PassphraseMismatch
                | AppError::PassphraseWeak
                | AppError::VaultExists
                | AppError::VaultMissing
                | AppError::Locked
                | AppError::SignInRequired
                | AppError::WrongPin
                | AppError::WrongPinWait(_)
                | AppError::Damaged(_)
                | AppError::TooNew
                | AppError::BackupIncomplete(_)
                | AppError::NotFound
                | AppError::LetterIncomplete(_)
                | AppError::LetterTooEarly { .. }
                | AppError::Invalid(_)
                | AppError::DiskFull
                | AppError::ReadOnly
                | AppError::Team { .. }
                | AppError::Internal(_) => {}
            }
        }
        all
    }

    #[test]
    fn every_error_code_has_its_message_in_every_language() {
        let texts = Texts::embedded().unwrap();
        let mut missing = Vec::new();
        for e in every_error() {
            for language in Language::ALL {
                let key = format!("error-{}", e.code());
                let report = e.report(&texts, language);
                // Texts::format gives the key back when no file has it;
                // `locales check` (permanence-texts) makes every locale
                // hold the same keys as French.
                if report.message.contains(&key) || report.message.trim().is_empty() {
                    missing.push(format!("{}:{key}", language.code()));
                }
            }
        }
        assert_eq!(missing, Vec::<String>::new());
    }
}
