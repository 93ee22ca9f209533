//! The evidence journal of a dossier whose démarche keeps one (préfecture,
//! ANEF): attempts with date, time, channel, what happened and a
//! screenshot; whether they already span several weeks; the dated annex.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use permanence_domain::{
    AttemptForm, JournalSpan, Language, MIN_WEEKS, journal_span, long_date, undisguised,
};
use permanence_letters::{AnnexRow, AnnexShot, JournalAnnex};
use permanence_store::{Attempt, MAX_DOCUMENT_BYTES, NewAttempt, Screenshot};
use serde::Serialize;

use crate::{App, AppError};

const WEEKDAYS_FR: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Screenshot formats shown in the annex (typst decodes them).
const IMAGE_TYPES: &[&str] = &["image/png", "image/jpeg", "image/gif"];

/// The journal screen: attempts in order and what they show so far.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JournalView {
    pub dossier_id: i64,
    pub attempts: Vec<Attempt>,
    pub span: JournalSpan,
    pub min_weeks: usize,
}

impl App {
    fn journal_procedure(&self, dossier_id: i64) -> Result<(), AppError> {
        let procedure_id = self.with_store(|s| Ok(s.dossier(dossier_id)?.procedure_id))?;
        if self.procedure(&procedure_id)?.evidence_journal {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }

    pub fn journal(&self, dossier_id: i64) -> Result<JournalView, AppError> {
        self.journal_procedure(dossier_id)?;
        let attempts = self.with_store(|s| s.attempts_of(dossier_id))?;
        let dates: Vec<NaiveDate> = attempts.iter().map(|a| a.on).collect();
        Ok(JournalView {
            dossier_id,
            span: journal_span(&dates),
            attempts,
            min_weeks: MIN_WEEKS,
        })
    }

    /// Records an attempt; `today` refuses attempts dated in the future.
    pub fn add_attempt(
        &self,
        dossier_id: i64,
        form: &AttemptForm,
        today: NaiveDate,
        now: &str,
    ) -> Result<JournalView, AppError> {
        self.journal_procedure(dossier_id)?;
        let attempt = form
            .to_attempt(today, MAX_DOCUMENT_BYTES)
            .map_err(AppError::Invalid)?;
        self.with_store(|s| {
            s.add_attempt(
                &NewAttempt {
                    dossier_id,
                    on: attempt.on,
                    at: attempt.at,
                    channel: attempt.channel,
                    outcome: attempt.outcome,
                    screenshot: attempt.screenshot.map(|shot| Screenshot {
                        title: shot.title,
                        media_type: shot.media_type,
                        bytes: shot.bytes,
                    }),
                },
                now,
            )
        })?;
        self.audit_dossier("change", dossier_id, "attempt added", now)?;
        self.journal(dossier_id)
    }

    pub fn delete_attempt(
        &self,
        dossier_id: i64,
        id: i64,
        now: &str,
    ) -> Result<JournalView, AppError> {
        self.journal_procedure(dossier_id)?;
        self.with_store(|s| {
            if !s.attempts_of(dossier_id)?.iter().any(|a| a.id == id) {
                return Err(permanence_store::StoreError::NotFound);
            }
            s.delete_attempt(id)
        })?;
        self.audit_dossier("change", dossier_id, "attempt deleted", now)?;
        self.journal(dossier_id)
    }

    /// The bytes of an attempt's screenshot, with its media type.
    pub fn attempt_screenshot(
        &self,
        dossier_id: i64,
        id: i64,
    ) -> Result<(String, Vec<u8>), AppError> {
        let view = self.journal(dossier_id)?;
        let shot = view
            .attempts
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.screenshot.clone())
            .ok_or(AppError::NotFound)?;
        let bytes = self.with_store(|s| s.document_bytes(shot.document_id))?;
        Ok((shot.media_type, bytes))
    }

    /// The screenshot as a `data:` URL, for the thumbnail on screen.
    pub fn attempt_screenshot_url(&self, dossier_id: i64, id: i64) -> Result<String, AppError> {
        use base64::Engine;
        let (media_type, bytes) = self.attempt_screenshot(dossier_id, id)?;
        let data = base64::engine::general_purpose::STANDARD.encode(bytes);
        Ok(format!("data:{media_type};base64,{data}"))
    }

    /// The annex: in French (it goes to the préfecture and the court),
    /// dated `today`, attempts in chronological order, then screenshots.
    pub fn journal_annex(&self, dossier_id: i64, today: NaiveDate) -> Result<Vec<u8>, AppError> {
        let view = self.journal(dossier_id)?;
        let fr = Language::French;
        // Printed text: without Fluent's isolation marks around values.
        let t = |key: &str, args: &[(&str, &str)]| {
            self.texts
                .format(fr, key, args)
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        let (dossier, person) = self.with_store(|s| {
            let dossier = s.dossier(dossier_id)?;
            let person = s.person(dossier.person_id)?;
            Ok((dossier, person))
        })?;
        let settings = self.settings()?;
        let f = &person.fields;
        let name = undisguised(&format!("{} {}", f.given_names, f.family_name));
        let mut who = vec![name.clone()];
        if let Some(b) = f.birth_date {
            who.push(t("annex-born", &[("date", &long_date(b, fr))]));
        }
        if !f.nationality.trim().is_empty() {
            who.push(t(
                "annex-nationality",
                &[("nationality", &undisguised(&f.nationality))],
            ));
        }
        let answer = |k: &str| {
            dossier
                .answers
                .get(k)
                .and_then(|v| v.as_str())
                .map(undisguised)
                .unwrap_or_default()
        };
        let subject = t(
            "annex-subject",
            &[
                ("demarche", &answer("demarche")),
                ("titre", &answer("titre")),
                ("departement", &answer("departement")),
            ],
        );
        let span = &view.span;
        let count = span.attempts.to_string();
        let weeks = span.weeks.to_string();
        let summary = match (span.first, span.last) {
            (Some(first), Some(last)) => t(
                "annex-summary",
                &[
                    ("count", &count),
                    ("first", &long_date(first, fr)),
                    ("last", &long_date(last, fr)),
                    ("weeks", &weeks),
                ],
            ),
            _ => t("annex-empty", &[]),
        };
        let today_text = long_date(today, fr);
        let org = permanence_letters::with_article(settings.organisation.trim());
        let established = match (settings.place.trim(), org.as_str()) {
            ("", "") => t("annex-established", &[("date", &today_text)]),
            (place, "") => t(
                "annex-established-place",
                &[("date", &today_text), ("place", place)],
            ),
            ("", org) => t(
                "annex-established-by",
                &[("date", &today_text), ("organisation", org)],
            ),
            (place, org) => t(
                "annex-established-place-by",
                &[
                    ("date", &today_text),
                    ("place", place),
                    ("organisation", org),
                ],
            ),
        };
        let established = permanence_letters::contract_de(&established, &org);
        let mut images: Vec<Vec<u8>> = Vec::new();
        let mut rows = Vec::new();
        let mut shots = Vec::new();
        for (n, a) in view.attempts.iter().enumerate() {
            let number = (n + 1).to_string();
            // The weekday shows at a glance that attempts span weeks.
            let date = format!(
                "{} {}",
                WEEKDAYS_FR[a.on.weekday().num_days_from_monday() as usize],
                a.on.format("%d/%m/%Y")
            );
            let recorded = a
                .recorded_at
                .get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(|d| d.format("%d/%m/%Y").to_string())
                .unwrap_or_default();
            let mut proof = t("annex-recorded", &[("date", &recorded)]);
            if let Some(s) = &a.screenshot {
                proof = format!("{} — {proof}", t("annex-see-shot", &[("number", &number)]));
                let shown = IMAGE_TYPES.contains(&s.media_type.as_str());
                let image = if shown {
                    images.push(self.with_store(|st| st.document_bytes(s.document_id))?);
                    images.len() as i64 - 1
                } else {
                    -1
                };
                shots.push(AnnexShot {
                    caption: t(
                        "annex-shot-caption",
                        &[("number", &number), ("date", &date), ("time", &a.at)],
                    ),
                    image,
                    note: if shown {
                        String::new()
                    } else {
                        t("annex-shot-not-image", &[("name", &s.title)])
                    },
                });
            }
            rows.push(AnnexRow {
                number,
                date,
                time: a.at.clone(),
                channel: t(&format!("journal-channel-{}", a.channel), &[]),
                outcome: a.outcome.clone(),
                proof,
            });
        }
        let annex = JournalAnnex {
            title: t("annex-title", &[]),
            person: who.join(", "),
            subject,
            summary,
            established,
            header: format!("{} — {name}", t("annex-title", &[])),
            columns: ["number", "date", "time", "channel", "outcome"]
                .iter()
                .map(|c| t(&format!("annex-column-{c}"), &[]))
                .collect(),
            rows,
            shots_heading: t("annex-shots", &[]),
            shots,
            page: t("letter-page", &[]),
        };
        permanence_letters::render_journal(&annex, &images, &t("annex-shot-unreadable", &[]), today)
            .map_err(|e| AppError::Internal(e.to_string()))
    }

    /// Saves the annex into `dir` (never overwriting): `<today>-releve-tentatives-<name>.pdf`.
    pub fn save_journal_annex(
        &self,
        dossier_id: i64,
        today: NaiveDate,
        dir: &Path,
        now: &str,
    ) -> Result<PathBuf, AppError> {
        let pdf = self.journal_annex(dossier_id, today)?;
        let family = self.with_store(|s| {
            let d = s.dossier(dossier_id)?;
            Ok(s.person(d.person_id)?.fields.family_name)
        })?;
        let family = crate::letters::file_safe(&family);
        let path = crate::letters::write_new_file(
            dir,
            &format!("{today}-releve-tentatives-{family}"),
            "pdf",
            &pdf,
        )?;
        self.audit_dossier("export", dossier_id, "journal annex", now)?;
        Ok(path)
    }
}
