//! The audit journal from the use cases: every opening, change, print,
//! export and erasure of a record is appended (`store::audit`), and the
//! journal's last entry is also written next to the database
//! (`audit-head.json`) so that entries cut off at the end are noticed.

use permanence_domain::Language;
use permanence_store::{AuditEntry, AuditHead, ChainBreak, NewAuditEntry};
use permanence_texts::Texts;
use serde::Serialize;

use crate::{App, AppError};

/// Paramètres → journal d'audit: the latest entries, how many in all, and
/// whether the chain holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditOverview {
    pub entries: Vec<AuditEntry>,
    pub total: i64,
    pub intact: bool,
}

/// The outcome of `permanence audit verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditReport {
    pub entries: i64,
    /// The first entry that does not fit the chain.
    pub broken: Option<ChainBreak>,
    /// The last entry as the database has it, and as kept outside.
    pub head: AuditHead,
    pub kept_head: Option<AuditHead>,
}

impl AuditReport {
    pub fn intact(&self) -> bool {
        self.broken.is_none() && self.kept_head.as_ref().is_none_or(|k| *k == self.head)
    }

    /// What the check found, one item per finding, in no language.
    pub fn findings(&self) -> Vec<AuditFinding> {
        let mut out = Vec::new();
        match self.broken {
            Some(ChainBreak::Missing { seq, next }) => {
                out.push(AuditFinding::Missing { seq, next })
            }
            Some(ChainBreak::Unlinked { seq }) => out.push(AuditFinding::Unlinked { seq }),
            Some(ChainBreak::Changed { seq }) => out.push(AuditFinding::Changed { seq }),
            None => {}
        }
        match &self.kept_head {
            Some(kept) if kept.seq > self.head.seq => out.push(AuditFinding::CutAtEnd {
                from: self.head.seq + 1,
                to: kept.seq,
            }),
            Some(kept) if *kept != self.head => {
                out.push(AuditFinding::LastDiffers { seq: self.head.seq })
            }
            Some(_) => {}
            None => out.push(AuditFinding::NoKeptHead),
        }
        out
    }

    /// The findings in `language`, one line each (`audit-finding-*`).
    pub fn in_words(&self, texts: &Texts, language: Language) -> Vec<String> {
        self.findings()
            .iter()
            .map(|f| f.in_words(texts, language))
            .collect()
    }
}

/// One thing `permanence audit verify` found wrong, or worth a remark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditFinding {
    /// Entry `seq` is gone; the next one found is `next`.
    Missing { seq: i64, next: i64 },
    /// Entry `seq` does not follow the previous one.
    Unlinked { seq: i64 },
    /// Entry `seq` was changed after it was written.
    Changed { seq: i64 },
    /// Entries `from` to `to` were cut off the end.
    CutAtEnd { from: i64, to: i64 },
    /// The last entry is not the one kept outside the database.
    LastDiffers { seq: i64 },
    /// Nothing kept outside: a cut end would go unseen.
    NoKeptHead,
}

impl AuditFinding {
    pub fn in_words(&self, texts: &Texts, language: Language) -> String {
        let n = |v: &i64| v.to_string();
        match self {
            AuditFinding::Missing { seq, next } => texts.format(
                language,
                "audit-finding-missing",
                &[("seq", &n(seq)), ("next", &n(next))],
            ),
            AuditFinding::Unlinked { seq } => {
                texts.format(language, "audit-finding-unlinked", &[("seq", &n(seq))])
            }
            AuditFinding::Changed { seq } => {
                texts.format(language, "audit-finding-changed", &[("seq", &n(seq))])
            }
            AuditFinding::CutAtEnd { from, to } => texts.format(
                language,
                "audit-finding-cut-at-end",
                &[("from", &n(from)), ("to", &n(to))],
            ),
            AuditFinding::LastDiffers { seq } => {
                texts.format(language, "audit-finding-last-differs", &[("seq", &n(seq))])
            }
            AuditFinding::NoKeptHead => texts.format(language, "audit-finding-no-kept-head", &[]),
        }
    }
}

impl App {
    /// Appends to the journal. `person_id` ties the entry to a person's
    /// record (their journal is printable from their page).
    pub(crate) fn audit(
        &self,
        action: &str,
        subject: &str,
        person_id: Option<i64>,
        detail: &str,
        now: &str,
    ) -> Result<(), AppError> {
        let entry = self.with_store_signed_out(|s| {
            s.append_audit(
                &NewAuditEntry {
                    worker: self.worker_name(),
                    action: action.to_owned(),
                    subject: subject.to_owned(),
                    person_id,
                    detail: detail.to_owned(),
                },
                now,
            )
        })?;
        self.keep_audit_head(&AuditHead {
            seq: entry.seq,
            hash: entry.hash,
        })
    }

    /// An entry about a dossier, tied to its person.
    pub(crate) fn audit_dossier(
        &self,
        action: &str,
        dossier_id: i64,
        detail: &str,
        now: &str,
    ) -> Result<(), AppError> {
        let person = self.with_store(|s| Ok(s.dossier(dossier_id)?.person_id))?;
        self.audit(
            action,
            &format!("dossier:{dossier_id}"),
            Some(person),
            detail,
            now,
        )
    }

    pub(crate) fn keep_audit_head(&self, head: &AuditHead) -> Result<(), AppError> {
        let json = serde_json::to_vec(head).map_err(|e| AppError::Internal(e.to_string()))?;
        crate::settings::write_atomic(&self.paths, &self.paths.audit_head_file(), &json)
    }

    /// The signed-in worker's name ('' without profiles).
    pub(crate) fn worker_name(&self) -> String {
        self.current_worker().map(|w| w.name).unwrap_or_default()
    }

    /// A person's entries, oldest first — still there after an erasure.
    pub fn person_audit(&self, person_id: i64) -> Result<Vec<AuditEntry>, AppError> {
        self.with_store(|s| s.audit_of_person(person_id))
    }

    /// The latest `limit` entries of the whole journal, newest first, with
    /// the verdict of the chain.
    pub fn recent_audit(&self, limit: usize) -> Result<AuditOverview, AppError> {
        let entries = self.with_store(|s| s.recent_audit(limit))?;
        let report = self.verify_audit()?;
        // The chains of the other laptops of the team, as received.
        let others = self.with_store(|s| s.verify_team_audit())?;
        Ok(AuditOverview {
            entries,
            total: report.entries,
            intact: report.intact() && others.is_empty(),
        })
    }

    /// Recomputes the chain and compares its end with the one kept outside.
    pub fn verify_audit(&self) -> Result<AuditReport, AppError> {
        let check = self.with_store_signed_out(|s| s.verify_audit())?;
        let kept_head = std::fs::read(self.paths.audit_head_file())
            .ok()
            .and_then(|b| serde_json::from_slice::<AuditHead>(&b).ok());
        Ok(AuditReport {
            entries: check.entries,
            broken: check.broken,
            head: check.head,
            kept_head,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_finding_is_said_in_every_language() {
        let texts = Texts::embedded().unwrap();
        let all = [
            AuditFinding::Missing { seq: 4, next: 6 },
            AuditFinding::Unlinked { seq: 4 },
            AuditFinding::Changed { seq: 4 },
            AuditFinding::CutAtEnd { from: 7, to: 9 },
            AuditFinding::LastDiffers { seq: 4 },
            AuditFinding::NoKeptHead,
        ];
        for finding in all {
            let french = finding.in_words(&texts, Language::French);
            for language in Language::ALL {
                let text = finding.in_words(&texts, language);
                assert!(
                    !text.starts_with("audit-finding") && !text.contains('{'),
                    "{text}"
                );
                if language != Language::French {
                    assert_ne!(text, french, "{language:?} says {finding:?} in French");
                }
            }
        }
        let cut = AuditFinding::CutAtEnd { from: 7, to: 9 }.in_words(&texts, Language::English);
        assert_eq!(
            cut.replace(['\u{2068}', '\u{2069}'], ""),
            "entries no. 7 to 9 deleted at the end of the journal"
        );
    }
}
