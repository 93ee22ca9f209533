//! Paramètres → Équipe: several laptops keep one caseload through a shared
//! folder (a USB key, a network share, a folder kept in step by Syncthing
//! or a Nextcloud client). The store does the exchange (see
//! `permanence_store::team`); here, the team passphrase is checked like any
//! passphrase being chosen, the deadlines of the dossiers whose facts came
//! from another laptop are recomputed here, and conflicts are said in
//! words.

use std::path::Path;

use chrono::NaiveDate;
use permanence_store::{ExchangeReport, Passphrase, TeamStatus};
use serde::Serialize;

use crate::vault::check_new_passphrase;
use crate::{App, AppError};

/// A laptop that has written nothing in the folder for longer than this is
/// shown with a warning: what it records is not reaching the others.
pub const TEAM_SILENT_DAYS: i64 = 7;

/// Another laptop of the team, as the worker reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PeerView {
    pub installation: String,
    pub label: String,
    /// The day it last wrote to the folder (its own clock).
    pub last_written_on: Option<NaiveDate>,
    /// Days since, from today.
    pub days: Option<i64>,
    /// Silent for more than [`TEAM_SILENT_DAYS`].
    pub silent: bool,
}

/// This laptop in its team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamView {
    pub label: String,
    pub folder: String,
    /// Changes made here, not yet in the folder.
    pub pending: i64,
    /// Restored from a backup: join again before exchanging.
    pub must_join: bool,
    pub peers: Vec<PeerView>,
    pub open_conflicts: i64,
    pub silent_after_days: i64,
}

/// What an exchange did, for the message shown after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExchangeView {
    pub changes_written: i64,
    pub packets_read: i64,
    pub changes_applied: i64,
    pub new_conflicts: i64,
    pub open_conflicts: i64,
}

/// A field with two values, said for the worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConflictView {
    pub id: String,
    /// `persons`, `dossiers`…: with `field`, names the Fluent label.
    pub table: String,
    pub field: String,
    /// The person the record belongs to, when there is one.
    pub person_id: Option<i64>,
    /// The démarche of a dossier's answer (`field` is `answers/<question>`).
    pub procedure_id: Option<String>,
    pub person_name: String,
    /// The value in the record now (the more recent), as text.
    pub kept: String,
    pub kept_by: String,
    /// The value set aside.
    pub other: String,
    pub other_by: String,
    pub resolved: bool,
}

/// One of two records that may be the same person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DuplicateSide {
    pub id: i64,
    pub display_name: String,
    pub birth_date: Option<NaiveDate>,
    pub dossiers: i64,
}

/// Two records created on two laptops for what may be the same person:
/// offered for merging, never merged without a worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DuplicateView {
    pub a: DuplicateSide,
    pub b: DuplicateSide,
}

/// Where a team's shared folder usually is on a Debian laptop, from the
/// places the shell gives (`media_roots`: `/media/<user>`,
/// `/run/media/<user>`, where USB keys are mounted; `home`: the worker's
/// home, where Syncthing and the Nextcloud client keep their folders):
/// each USB key plugged in, `~/Sync`, `~/Nextcloud`, when they exist. The
/// worker picks one or types another.
pub fn team_folder_suggestions(
    media_roots: &[std::path::PathBuf],
    home: Option<&Path>,
) -> Vec<String> {
    let mut out = Vec::new();
    for root in media_roots {
        let Ok(entries) = std::fs::read_dir(root) else {
            continue;
        };
        let mut keys: Vec<std::path::PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        keys.sort();
        out.extend(keys.into_iter().map(|p| p.join("permanence-equipe")));
    }
    if let Some(home) = home {
        for synced in ["Sync", "Nextcloud"] {
            let dir = home.join(synced);
            if dir.is_dir() {
                out.push(dir.join("permanence-equipe"));
            }
        }
    }
    out.into_iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}

fn day_of(instant: &str) -> Option<NaiveDate> {
    chrono::DateTime::parse_from_rfc3339(instant)
        .ok()
        .map(|t| t.date_naive())
}

/// A stored value (JSON) as the worker reads it: text as is, nothing as
/// « — ».
fn shown(json: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(json) {
        Ok(serde_json::Value::String(s)) if s.trim().is_empty() => "—".to_owned(),
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Null) => "—".to_owned(),
        Ok(other) => other.to_string(),
        Err(_) => json.to_owned(),
    }
}

impl App {
    fn team_view(&self, status: TeamStatus, today: NaiveDate) -> TeamView {
        let peers = status
            .peers
            .into_iter()
            .map(|p| {
                let last = p.last_written_at.as_deref().and_then(day_of);
                let days = last.map(|d| (today - d).num_days());
                PeerView {
                    installation: p.installation,
                    label: p.label,
                    last_written_on: last,
                    days,
                    silent: days.is_some_and(|d| d > TEAM_SILENT_DAYS),
                }
            })
            .collect();
        TeamView {
            label: status.label,
            folder: status.folder,
            pending: status.pending,
            must_join: status.must_join,
            peers,
            open_conflicts: status.open_conflicts,
            silent_after_days: TEAM_SILENT_DAYS,
        }
    }

    /// This laptop's team, or `None` when it works alone.
    pub fn team_status(&self, today: NaiveDate) -> Result<Option<TeamView>, AppError> {
        let status = self.with_store(|s| s.team_status())?;
        Ok(status.map(|s| self.team_view(s, today)))
    }

    /// Starts a team in `folder` with this laptop's caseload. The team
    /// passphrase is chosen like the database's (typed twice, strong
    /// enough); the others join with it.
    pub fn create_team(
        &self,
        folder: &str,
        passphrase: &str,
        confirmation: &str,
        label: &str,
        today: NaiveDate,
        now: &str,
    ) -> Result<TeamView, AppError> {
        check_new_passphrase(passphrase, confirmation)?;
        let label = self.team_label(label)?;
        let kdf = self.kdf;
        // A suggested folder on a USB key or in a synced folder may not
        // exist yet: made here, inside a place that does.
        let folder_path = Path::new(folder.trim());
        if let Some(parent) = folder_path.parent()
            && parent.is_dir()
            && !folder_path.exists()
        {
            std::fs::create_dir(folder_path).map_err(|source| AppError::Io {
                path: folder_path.to_owned(),
                source,
            })?;
        }
        let status = self.with_store(|s| {
            s.create_team(
                Path::new(folder.trim()),
                &Passphrase::new(passphrase),
                &kdf,
                &label,
                now,
            )
        })?;
        Ok(self.team_view(status, today))
    }

    /// Joins the team of `folder` with this database, restored from a
    /// portable backup of one of its laptops; then exchanges at once.
    pub fn join_team(
        &self,
        folder: &str,
        passphrase: &str,
        label: &str,
        today: NaiveDate,
        now: &str,
    ) -> Result<TeamView, AppError> {
        let label = self.team_label(label)?;
        self.with_store(|s| {
            s.join_team(
                Path::new(folder.trim()),
                &Passphrase::new(passphrase),
                &label,
                now,
            )
        })?;
        self.exchange(now)?;
        self.team_status(today)?.ok_or(AppError::NotFound)
    }

    fn team_label(&self, label: &str) -> Result<String, AppError> {
        let label = label.trim();
        if label.is_empty() || label.chars().count() > 60 {
            return Err(AppError::Invalid(vec![permanence_domain::FieldProblem {
                field: "label",
                code: if label.is_empty() {
                    "required"
                } else {
                    "too-long"
                },
            }]));
        }
        Ok(label.to_owned())
    }

    /// « Échanger maintenant », and the exchange at unlock and at closing:
    /// this laptop's changes go to the folder, the others' are applied,
    /// and the deadlines of every dossier whose facts changed are
    /// recomputed here from the merged facts.
    pub fn exchange(&self, now: &str) -> Result<ExchangeView, AppError> {
        let report: ExchangeReport = self.with_store(|s| s.exchange(now))?;
        for id in &report.dossiers_touched {
            self.recompute_deadlines(*id, now)?;
        }
        let open = self
            .with_store(|s| s.team_status())?
            .map_or(0, |s| s.open_conflicts);
        Ok(ExchangeView {
            changes_written: report.changes_written,
            packets_read: report.packets_read,
            changes_applied: report.changes_applied,
            new_conflicts: report.new_conflicts,
            open_conflicts: open,
        })
    }

    /// The exchange at unlock or at closing: only in a team, and never in
    /// the way of the work (a folder out of reach is said in Paramètres →
    /// Équipe when the worker exchanges by hand).
    pub fn exchange_quietly(&self, now: &str) -> Option<ExchangeView> {
        let in_team = self
            .with_store(|s| s.team_status())
            .ok()
            .flatten()
            .is_some_and(|t| !t.must_join);
        if in_team {
            self.exchange(now).ok()
        } else {
            None
        }
    }

    /// Conflicts, open ones first, with the person each is about.
    pub fn team_conflicts(&self) -> Result<Vec<ConflictView>, AppError> {
        let conflicts = self.with_store(|s| s.team_conflicts())?;
        let labels: std::collections::HashMap<String, String> = self
            .with_store(|s| s.team_status())?
            .map(|t| {
                let mut m: std::collections::HashMap<String, String> = t
                    .peers
                    .into_iter()
                    .map(|p| (p.installation, p.label))
                    .collect();
                m.insert(t.installation, t.label);
                m
            })
            .unwrap_or_default();
        let mut out = Vec::with_capacity(conflicts.len());
        for c in conflicts {
            let row: Option<i64> = c.row_id.parse().ok();
            let dossier = match (c.table.as_str(), row) {
                ("dossiers", Some(id)) => self.with_store(|s| s.dossier(id)).ok(),
                _ => None,
            };
            let person_id = match (c.table.as_str(), row) {
                ("persons", Some(id)) => Some(id),
                _ => dossier.as_ref().map(|d| d.person_id),
            };
            let procedure_id = dossier.map(|d| d.procedure_id);
            let person_name = person_id
                .and_then(|id| self.with_store(|s| s.person(id)).ok())
                .map(|p| {
                    format!(
                        "{} {}",
                        p.fields.family_name.to_uppercase(),
                        p.fields.given_names
                    )
                })
                .unwrap_or_default();
            let by = |id: &str| labels.get(id).cloned().unwrap_or_else(|| id.to_owned());
            out.push(ConflictView {
                id: c.id,
                table: c.table,
                field: c.column,
                person_id,
                procedure_id,
                person_name: person_name.trim().to_owned(),
                kept: shown(&c.kept),
                kept_by: by(&c.kept_by),
                other: shown(&c.other),
                other_by: by(&c.other_by),
                resolved: c.resolved,
            });
        }
        Ok(out)
    }

    /// Records of the same person created on two laptops, to merge or to
    /// tell apart.
    pub fn team_duplicates(&self) -> Result<Vec<DuplicateView>, AppError> {
        let pairs = self.with_store(|s| s.possible_duplicates())?;
        let side = |id: i64| -> Result<DuplicateSide, AppError> {
            let (p, dossiers) =
                self.with_store(|s| Ok((s.person(id)?, s.dossiers_of(id)?.len() as i64)))?;
            Ok(DuplicateSide {
                id,
                display_name: p.fields.display_name(),
                birth_date: p.fields.birth_date,
                dossiers,
            })
        };
        pairs
            .into_iter()
            .map(|(a, b)| {
                Ok(DuplicateView {
                    a: side(a)?,
                    b: side(b)?,
                })
            })
            .collect()
    }

    /// Merges record `other` into `keep` (see `Store::merge_persons`); the
    /// journal of `keep` says so.
    pub fn merge_persons(
        &self,
        keep: i64,
        other: i64,
        now: &str,
    ) -> Result<Vec<DuplicateView>, AppError> {
        self.with_store(|s| s.merge_persons(keep, other, now))?;
        for id in self
            .with_store(|s| s.dossiers_of(keep))?
            .into_iter()
            .map(|d| d.id)
        {
            self.recompute_deadlines(id, now)?;
        }
        self.audit(
            "merge",
            &format!("person:{keep}"),
            Some(keep),
            &format!("person:{other}"),
            now,
        )?;
        self.team_duplicates()
    }

    /// Two records the worker says are different persons.
    pub fn not_duplicates(&self, a: i64, b: i64) -> Result<Vec<DuplicateView>, AppError> {
        self.with_store(|s| s.not_duplicates(a, b))?;
        self.team_duplicates()
    }

    /// The worker's choice: keep the value in the record, or put the other
    /// one back. Either way the choice travels to the other laptops.
    pub fn resolve_conflict(
        &self,
        id: &str,
        take_other: bool,
        now: &str,
    ) -> Result<Vec<ConflictView>, AppError> {
        self.with_store(|s| s.resolve_conflict(id, take_other, now))?;
        self.team_conflicts()
    }
}
