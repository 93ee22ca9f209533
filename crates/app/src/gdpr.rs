//! The rights of the person whose record this is (GDPR art. 15, 17, 20):
//! everything held about them exported — a readable PDF, a JSON file and
//! their attachments — and their erasure everywhere, shown before it is
//! done and noted in the audit journal without the erased content.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use permanence_letters::{Summary, SummaryRow, SummarySection};
use permanence_procedures::keys;
use permanence_procedures::model::QuestionKind;
use permanence_store::ErasureCounts;
use serde::Serialize;
use serde_json::{Value, json};

use crate::letters::file_safe;
use crate::{App, AppError, BACKUPS_KEPT};

/// What « Effacer la personne » will remove, shown before confirming.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErasurePreview {
    pub person_id: i64,
    pub display_name: String,
    pub counts: ErasureCounts,
    /// The démarches' ids, one per dossier (the UI names them).
    pub procedures: Vec<String>,
    /// Backups that may still hold the person until rotated out.
    pub backups_kept: usize,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> AppError + '_ {
    move |source| AppError::Io {
        path: path.to_owned(),
        source,
    }
}

fn extension(media_type: &str) -> &'static str {
    match media_type {
        "application/pdf" => "pdf",
        "image/png" => "png",
        "image/jpeg" => "jpg",
        "image/gif" => "gif",
        "image/webp" => "webp",
        _ => "bin",
    }
}

impl App {
    pub fn erasure_preview(&self, person_id: i64) -> Result<ErasurePreview, AppError> {
        let (person, counts, dossiers) = self.with_store(|s| {
            Ok((
                s.person(person_id)?,
                s.erasure_counts(person_id)?,
                s.dossiers_of(person_id)?,
            ))
        })?;
        Ok(ErasurePreview {
            person_id,
            display_name: format!(
                "{} {}",
                person.fields.family_name.to_uppercase(),
                person.fields.given_names
            ),
            counts,
            procedures: dossiers.into_iter().map(|d| d.procedure_id).collect(),
            backups_kept: BACKUPS_KEPT,
        })
    }

    /// Erases the person everywhere in the database; the journal keeps that
    /// it happened, by whom and what amounts, not what it was.
    pub fn erase_person(&self, person_id: i64, now: &str) -> Result<ErasureCounts, AppError> {
        let worker = self.worker_name();
        let (counts, entry) = self.with_store(|s| s.erase_person(person_id, &worker, now))?;
        self.keep_audit_head(&permanence_store::AuditHead {
            seq: entry.seq,
            hash: entry.hash,
        })?;
        Ok(counts)
    }

    /// Writes `<dir>/<today>-donnees-<name>/`: `resume.pdf` (readable, in
    /// the worker's language), `donnees.json` (everything, machine
    /// readable) and `pieces/` (documents, screenshots, frozen letters).
    /// Written under a `.partial` name and renamed once complete, so a
    /// half-written export is never mistaken for a whole one.
    pub fn export_person(
        &self,
        person_id: i64,
        dir: &Path,
        today: NaiveDate,
        now: &str,
    ) -> Result<PathBuf, AppError> {
        let person = self.with_store(|s| s.person(person_id))?;
        let stem = format!(
            "{today}-donnees-{}",
            file_safe(&format!(
                "{} {}",
                person.fields.family_name, person.fields.given_names
            ))
        );
        let mut target = dir.join(&stem);
        for n in 2.. {
            if !target.exists() {
                break;
            }
            target = dir.join(format!("{stem}-{n}"));
        }
        let partial = target.with_extension("partial");
        if partial.exists() {
            std::fs::remove_dir_all(&partial).map_err(io(&partial))?;
        }
        let pieces = partial.join("pieces");
        std::fs::create_dir_all(&pieces).map_err(io(&pieces))?;
        let write = |name: &str, bytes: &[u8]| -> Result<String, AppError> {
            let path = pieces.join(name);
            std::fs::write(&path, bytes).map_err(io(&path))?;
            Ok(format!("pieces/{name}"))
        };

        let mut documents = Vec::new();
        for d in self.with_store(|s| s.documents_of(person_id))? {
            let bytes = self.with_store(|s| s.document_bytes(d.id))?;
            let file = write(
                &format!(
                    "document-{}-{}.{}",
                    d.id,
                    file_safe(&d.kind),
                    extension(&d.media_type)
                ),
                &bytes,
            )?;
            documents.push(json!({
                "id": d.id, "kind": d.kind, "title": d.title, "media_type": d.media_type,
                "expires_on": d.expires_on, "sha256": d.sha256, "file": file,
            }));
        }
        let mut dossiers = Vec::new();
        for summary in self.with_store(|s| s.dossiers_of(person_id))? {
            let id = summary.id;
            let record = self.with_store(|s| s.dossier(id))?;
            let mut letters = Vec::new();
            for l in self.with_store(|s| s.frozen_letters_of(id))? {
                let (pdf, _) = self.with_store(|s| s.frozen_letter_bytes(l.id))?;
                let file = write(&format!("courrier-{}-{}.pdf", l.id, l.letter_id), &pdf)?;
                let mut value = serde_json::to_value(&l).unwrap_or(Value::Null);
                value["file"] = json!(file);
                letters.push(value);
            }
            let mut attempts = Vec::new();
            for a in self.with_store(|s| s.attempts_of(id))? {
                let mut value = serde_json::to_value(&a).unwrap_or(Value::Null);
                if let Some(shot) = &a.screenshot {
                    let bytes = self.with_store(|s| s.document_bytes(shot.document_id))?;
                    let file = write(
                        &format!("capture-{}.{}", a.id, extension(&shot.media_type)),
                        &bytes,
                    )?;
                    value["file"] = json!(file);
                }
                attempts.push(value);
            }
            dossiers.push(json!({
                "id": id,
                "procedure_id": record.procedure_id,
                "procedure_version": record.procedure_version,
                "status": record.status,
                "opened_on": record.opened_on,
                "closed_on": record.closed_on,
                "answers": record.answers,
                "deadlines": self.dossier_deadlines(id)?,
                "letters": letters,
                "attempts": attempts,
            }));
        }
        let events = self.with_store(|s| s.events_of_person(person_id))?;
        let audit = self.person_audit(person_id)?;
        let data = json!({
            "format": "permanence-export-1",
            "exported_at": now,
            "person": person,
            "documents": documents,
            "dossiers": dossiers,
            "events": events,
            "audit": audit,
        });
        let json_path = partial.join("donnees.json");
        let text =
            serde_json::to_vec_pretty(&data).map_err(|e| AppError::Internal(e.to_string()))?;
        std::fs::write(&json_path, text).map_err(io(&json_path))?;

        let pdf = self.summary_pdf(&data, today)?;
        let pdf_path = partial.join("resume.pdf");
        std::fs::write(&pdf_path, pdf).map_err(io(&pdf_path))?;
        std::fs::rename(&partial, &target).map_err(io(&target))?;
        self.audit(
            "export",
            &format!("person:{person_id}"),
            Some(person_id),
            "gdpr export",
            now,
        )?;
        Ok(target)
    }

    /// The readable summary of an export, in the worker's language.
    fn summary_pdf(&self, data: &Value, today: NaiveDate) -> Result<Vec<u8>, AppError> {
        let language = self.settings().map(|s| s.language).unwrap_or_default();
        let t = |key: &str, args: &[(&str, &str)]| {
            self.texts
                .format(language, key, args)
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        let text = |v: &Value| match v {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            Value::Bool(true) => t("interview-yes", &[]),
            Value::Bool(false) => t("interview-no", &[]),
            other => other.to_string(),
        };
        let p = &data["person"];
        let name = format!("{} {}", text(&p["given_names"]), text(&p["family_name"]));
        let person_rows = [
            ("person-family-name", "family_name"),
            ("person-given-names", "given_names"),
            ("person-birth-date", "birth_date"),
            ("person-birth-place", "birth_place"),
            ("person-nationality", "nationality"),
            ("person-phone", "phone"),
            ("person-email", "email"),
            ("person-address", "address"),
            ("person-notes", "notes"),
        ]
        .iter()
        .filter(|(_, k)| !text(&p[*k]).is_empty())
        .map(|(label, k)| SummaryRow {
            label: t(label, &[]),
            value: text(&p[*k]),
        })
        .collect();
        let mut sections = vec![SummarySection {
            heading: t("gdpr-section-person", &[]),
            rows: person_rows,
        }];
        let documents = data["documents"].as_array().cloned().unwrap_or_default();
        sections.push(SummarySection {
            heading: t("gdpr-section-documents", &[]),
            rows: documents
                .iter()
                .map(|d| SummaryRow {
                    label: t(&format!("document-kind-{}", text(&d["kind"])), &[]),
                    value: format!("{} — {}", text(&d["title"]), text(&d["file"])),
                })
                .collect(),
        });
        let day = |v: &Value| {
            NaiveDate::parse_from_str(text(v).get(..10).unwrap_or_default(), "%Y-%m-%d")
                .map(|d| permanence_domain::long_date(d, language))
                .unwrap_or_else(|_| text(v))
        };
        for d in data["dossiers"].as_array().cloned().unwrap_or_default() {
            let id = text(&d["procedure_id"]);
            let Ok(procedure) = self.procedure(&id) else {
                continue;
            };
            let pt = |key: &str| permanence_letters::procedure_text(procedure, language, key);
            let mut rows = vec![SummaryRow {
                label: t("gdpr-opened", &[]),
                value: day(&d["opened_on"]),
            }];
            // In the interview's order, each answer as the worker saw it.
            for q in procedure.questions() {
                let v = &d["answers"][&q.id];
                if v.is_null() || text(v).trim().is_empty() {
                    continue;
                }
                let value = match q.kind {
                    QuestionKind::Choice => pt(&keys::option(&id, &q.id, &text(v))),
                    QuestionKind::Date => day(v),
                    _ => text(v),
                };
                rows.push(SummaryRow {
                    label: pt(&keys::question(&id, &q.id)),
                    value,
                });
            }
            for l in d["letters"].as_array().cloned().unwrap_or_default() {
                rows.push(SummaryRow {
                    label: pt(&keys::letter(&id, &text(&l["letter_id"]))),
                    value: format!("{} — {}", day(&l["frozen_at"]), text(&l["file"])),
                });
            }
            let attempts = d["attempts"].as_array().map_or(0, Vec::len);
            if attempts > 0 {
                rows.push(SummaryRow {
                    label: t("gdpr-attempts", &[]),
                    value: attempts.to_string(),
                });
            }
            sections.push(SummarySection {
                heading: pt(&keys::title(&id)),
                rows,
            });
        }
        let audit = data["audit"].as_array().map_or(0, Vec::len).to_string();
        let summary = Summary {
            lang: language.code().to_owned(),
            rtl: language.direction() == permanence_domain::Direction::Rtl,
            title: t("gdpr-summary-title", &[("name", &name)]),
            intro: vec![
                t(
                    "gdpr-summary-date",
                    &[("date", &permanence_domain::long_date(today, language))],
                ),
                t("gdpr-summary-files", &[]),
                t("gdpr-summary-audit", &[("count", &audit)]),
            ],
            sections,
            empty: t("gdpr-none", &[]),
            page: t("letter-page", &[]),
        };
        permanence_letters::render_summary(&summary, today)
            .map_err(|e| AppError::Internal(e.to_string()))
    }
}

/// Closed dossiers kept longer than the retention of Paramètres.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RetentionReview {
    pub months: u32,
    /// Dossiers closed before this day are listed.
    pub closed_before: NaiveDate,
    pub dossiers: Vec<permanence_store::ClosedDossier>,
}

impl App {
    /// Closes a dossier today (`close`) or opens it again.
    pub fn set_dossier_closed(
        &self,
        dossier_id: i64,
        close: bool,
        today: NaiveDate,
        now: &str,
    ) -> Result<(), AppError> {
        self.with_store(|s| s.set_dossier_closed(dossier_id, close.then_some(today), now))?;
        let detail = if close { "closed" } else { "reopened" };
        self.audit_dossier("change", dossier_id, detail, now)
    }

    pub fn retention_review(&self, today: NaiveDate) -> Result<RetentionReview, AppError> {
        let months = self.settings().unwrap_or_default().retention_months;
        let closed_before = today
            .checked_sub_months(chrono::Months::new(months))
            .unwrap_or(today);
        let dossiers = self.with_store(|s| s.dossiers_closed_before(closed_before))?;
        Ok(RetentionReview {
            months,
            closed_before,
            dossiers,
        })
    }

    /// Purges the listed dossiers still due (closed before the retention
    /// limit on `today`); returns how many went.
    pub fn purge_closed_dossiers(
        &self,
        ids: &[i64],
        today: NaiveDate,
        now: &str,
    ) -> Result<usize, AppError> {
        let before = self.retention_review(today)?.closed_before;
        let worker = self.worker_name();
        let purged = self.with_store(|s| s.purge_dossiers(ids, before, &worker, now))?;
        let head = self.with_store(|s| s.audit_head())?;
        self.keep_audit_head(&head)?;
        Ok(purged)
    }
}
