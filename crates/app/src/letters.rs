//! Letters of a dossier: preview while the worker checks it, freeze it
//! when printed or saved (the bytes are kept and never regenerated), follow
//! it once sent (LRAR number, AR).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use permanence_domain::{Language, parse_date};
use permanence_letters::{Document, Draft, LettersError};
use permanence_procedures::deadlines::Facts;
use permanence_procedures::model::Procedure;
use permanence_store::{FrozenLetter, NewEvent, NewFrozenLetter};
use serde::Serialize;

use crate::{App, AppError};

/// One answer a letter still needs, and where it is asked.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MissingAnswer {
    pub question: String,
    pub step: String,
}

/// A letter of the dossier's démarche: whether it fits the answers, and
/// its frozen copies (oldest first).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LetterItem {
    pub letter_id: String,
    pub offered: bool,
    /// Offered but not yet printable: its precondition (a silence that
    /// becomes a refusal) has not happened yet.
    pub waiting: Option<Waiting>,
    /// Where the deadline to post it stands today (`due_by`): the same five
    /// states the person's sheet tells.
    pub due: Option<permanence_procedures::deadlines::DeadlineState>,
    /// That deadline is a court's: what counts is the day the requête
    /// reaches the greffe, not the postmark.
    pub due_at_court: bool,
    pub frozen: Vec<FrozenLetter>,
}

/// Why a letter cannot go out yet, and from when.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Waiting {
    /// The deadline waited for (its label: `<procedure>-deadline-<rule>`).
    pub rule: String,
    /// The first day the letter can be printed, when the silence's start
    /// is known.
    pub from: Option<NaiveDate>,
    /// The first day estimated from an assumed AR, when it is not known.
    pub estimate: Option<NaiveDate>,
}

impl Waiting {
    fn of(a: permanence_letters::Availability) -> Option<Waiting> {
        use permanence_letters::Availability;
        match a {
            Availability::Now => None,
            Availability::From { date, rule } => Some(Waiting {
                rule,
                from: Some(date),
                estimate: None,
            }),
            Availability::Unknown { rule, estimate } => Some(Waiting {
                rule,
                from: None,
                estimate,
            }),
        }
    }
}

/// What the letter screen shows: the pages, or what is missing.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LetterPreview {
    pub dossier_id: i64,
    pub procedure_id: String,
    pub letter_id: String,
    /// Answers still needed; when not empty there are no pages.
    pub missing: Vec<MissingAnswer>,
    /// Too early for this letter: no pages, and from when.
    pub waiting: Option<Waiting>,
    /// One SVG image per page, letter then explanation sheet.
    pub pages: Vec<String>,
}

fn explain_language(code: Option<&str>) -> Result<Option<Language>, AppError> {
    code.filter(|c| !c.is_empty())
        .map(|c| {
            c.parse::<Language>()
                .map_err(|_| AppError::UnknownLanguage(c.to_owned()))
        })
        .transpose()
}

fn letter_error(e: LettersError) -> AppError {
    match e {
        LettersError::Missing(q) => AppError::LetterIncomplete(q),
        LettersError::UnknownLetter(_) => AppError::NotFound,
        LettersError::TooEarly { rule, from } => AppError::LetterTooEarly { rule, from },
        other => AppError::Internal(other.to_string()),
    }
}

fn step_of(procedure: &Procedure, question: &str) -> String {
    procedure
        .steps
        .iter()
        .find(|s| s.questions.iter().any(|q| q.id == question))
        .map(|s| s.id.clone())
        .unwrap_or_default()
}

/// Text as a piece of file name: folded to ASCII letters and digits,
/// words joined by `-`, at most four words and 40 characters (a pasted
/// 10 000-character name must not make a name no file system accepts).
pub(crate) fn file_safe(text: &str) -> String {
    let joined = permanence_domain::fold(text)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .take(4)
        .collect::<Vec<_>>()
        .join("-");
    joined
        .chars()
        .take(40)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

/// A file name a person can recognise, without characters that trouble
/// file systems or USB keys: `2026-11-25-saisine-bdf-diallo.pdf`.
fn file_name(letter: &FrozenLetter, person: &str) -> String {
    let day = letter.frozen_at.get(..10).unwrap_or("lettre");
    let person = file_safe(person);
    if person.is_empty() {
        format!("{day}-{}", letter.letter_id)
    } else {
        format!("{day}-{}-{person}", letter.letter_id)
    }
}

impl App {
    /// What happened to the dossier's letters: the latest posting and AR
    /// recorded on each letter's frozen copies.
    pub(crate) fn letter_facts(&self, dossier_id: i64) -> Result<Facts, AppError> {
        let frozen = self.with_store(|s| s.frozen_letters_of(dossier_id))?;
        let mut facts = Facts::default();
        for f in frozen {
            let entry = facts.letters.entry(f.letter_id.clone()).or_default();
            entry.0 = entry.0.max(f.sent_on);
            entry.1 = entry.1.max(f.received_on);
        }
        Ok(facts)
    }

    fn compose_letter(
        &self,
        dossier_id: i64,
        letter_id: &str,
        explain: Option<Language>,
        today: NaiveDate,
    ) -> Result<(Document, &Procedure, permanence_store::DossierRecord), AppError> {
        let d = self.with_store(|s| s.dossier(dossier_id))?;
        let p = self.procedure(&d.procedure_id)?;
        let settings = self.settings().unwrap_or_default();
        let facts = self.letter_facts(dossier_id)?;
        let draft = Draft {
            procedure: p,
            letter_id,
            answers: &d.answers,
            today,
            place: &settings.place,
            organisation: &settings.organisation,
            explain_in: explain,
            facts: &facts,
            zone: settings.zone,
        };
        let document = permanence_letters::compose(&draft, &self.texts).map_err(letter_error)?;
        Ok((document, p, d))
    }

    /// The dossier's letters: which fit its answers, which must still wait
    /// `today` for a silence to run, and their frozen copies.
    pub fn letters_of(
        &self,
        dossier_id: i64,
        today: NaiveDate,
    ) -> Result<Vec<LetterItem>, AppError> {
        let d = self.with_store(|s| s.dossier(dossier_id))?;
        let p = self.procedure(&d.procedure_id)?;
        let facts = self.letter_facts(dossier_id)?;
        let zone = self.settings().unwrap_or_default().zone;
        let computed =
            permanence_procedures::deadlines::dossier_deadlines(p, &d.answers, &facts, zone);
        let offered: Vec<&str> = permanence_letters::offered(p, &d.answers)
            .iter()
            .map(|l| l.id.as_str())
            .collect();
        let frozen = self.with_store(|s| s.frozen_letters_of(dossier_id))?;
        Ok(p.letters
            .iter()
            .map(|l| LetterItem {
                letter_id: l.id.clone(),
                offered: offered.contains(&l.id.as_str()),
                waiting: Waiting::of(permanence_letters::availability(
                    p, l, &d.answers, &facts, today, zone,
                )),
                due: l.due_by.as_ref().map(|rule| {
                    permanence_procedures::deadlines::deadline_state(&computed, rule, today)
                }),
                due_at_court: l.due_by.as_ref().is_some_and(|rule| {
                    p.deadlines.iter().any(|d| {
                        d.id == *rule
                            && d.meaning == permanence_procedures::model::DeadlineMeaning::CourtDue
                    })
                }),
                frozen: frozen
                    .iter()
                    .filter(|f| f.letter_id == l.id)
                    .cloned()
                    .collect(),
            })
            .collect())
    }

    /// The letter as it would print today, or the answers it still needs.
    pub fn preview_letter(
        &self,
        dossier_id: i64,
        letter_id: &str,
        explain: Option<&str>,
        today: NaiveDate,
    ) -> Result<LetterPreview, AppError> {
        let explain = explain_language(explain)?;
        let d = self.with_store(|s| s.dossier(dossier_id))?;
        let mut preview = LetterPreview {
            dossier_id,
            procedure_id: d.procedure_id.clone(),
            letter_id: letter_id.to_owned(),
            missing: Vec::new(),
            waiting: None,
            pages: Vec::new(),
        };
        match self.compose_letter(dossier_id, letter_id, explain, today) {
            Ok((document, ..)) => {
                preview.pages = permanence_letters::preview(&document, today)
                    .map_err(|e| AppError::Internal(e.to_string()))?;
            }
            Err(AppError::LetterIncomplete(questions)) => {
                let p = self.procedure(&d.procedure_id)?;
                preview.missing = questions
                    .into_iter()
                    .map(|q| MissingAnswer {
                        step: step_of(p, &q),
                        question: q,
                    })
                    .collect();
            }
            Err(AppError::LetterTooEarly { rule, from }) => {
                preview.waiting = Some(Waiting {
                    rule,
                    from,
                    estimate: None,
                });
            }
            Err(e) => return Err(e),
        }
        Ok(preview)
    }

    /// Freezes the letter as it prints now: composes it (refused while an
    /// answer is missing), lays out the PDF and stores its bytes with their
    /// SHA-256, the procedure's version and law-as-of date and the instant
    /// `now`. Printing again later reuses these bytes.
    pub fn freeze_letter(
        &self,
        dossier_id: i64,
        letter_id: &str,
        explain: Option<&str>,
        today: NaiveDate,
        now: &str,
    ) -> Result<FrozenLetter, AppError> {
        let explain = explain_language(explain)?;
        let (document, p, _) = self.compose_letter(dossier_id, letter_id, explain, today)?;
        let pdf = permanence_letters::render(&document, today)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let content =
            serde_json::to_string(&document).map_err(|e| AppError::Internal(e.to_string()))?;
        let frozen = NewFrozenLetter {
            dossier_id,
            letter_id: letter_id.to_owned(),
            procedure_version: p.version.clone(),
            law_as_of: p.law_as_of,
            language: document.letter.lang.clone(),
            explain_language: explain.map(|l| l.code().to_owned()),
            content,
            pdf,
        };
        let letter = self.with_store(|s| {
            let id = s.freeze_letter(&frozen, now)?;
            s.frozen_letter(id)
        })?;
        self.audit_dossier(
            "print",
            dossier_id,
            &format!("letter:{} {letter_id}", letter.id),
            now,
        )?;
        Ok(letter)
    }

    /// The pages of a frozen letter, laid out from its frozen text.
    pub fn frozen_letter_pages(&self, id: i64) -> Result<Vec<String>, AppError> {
        let (letter, (_, content)) =
            self.with_store(|s| Ok((s.frozen_letter(id)?, s.frozen_letter_bytes(id)?)))?;
        let document: Document =
            serde_json::from_str(&content).map_err(|e| AppError::Internal(e.to_string()))?;
        let day = NaiveDate::parse_from_str(letter.frozen_at.get(..10).unwrap_or(""), "%Y-%m-%d")
            .map_err(|e| AppError::Internal(format!("frozen_at: {e}")))?;
        permanence_letters::preview(&document, day).map_err(|e| AppError::Internal(e.to_string()))
    }

    /// The frozen PDF bytes, checked against their SHA-256.
    pub fn frozen_letter_pdf(&self, id: i64) -> Result<Vec<u8>, AppError> {
        self.with_store(|s| s.frozen_letter_bytes(id)).map(|b| b.0)
    }

    /// Writes the frozen PDF into `dir` (created if needed) under a
    /// readable name, never over an existing file; returns the path.
    pub fn save_letter_pdf(&self, id: i64, dir: &Path, now: &str) -> Result<PathBuf, AppError> {
        let (letter, pdf, person) = self.with_store(|s| {
            let letter = s.frozen_letter(id)?;
            let dossier = s.dossier(letter.dossier_id)?;
            let person = s.person(dossier.person_id)?;
            let (pdf, _) = s.frozen_letter_bytes(id)?;
            Ok((letter, pdf, person.fields.family_name))
        })?;
        let path = write_new_file(dir, &file_name(&letter, &person), "pdf", &pdf)?;
        // Not the file name: it carries the person's name.
        self.audit_dossier(
            "export",
            letter.dossier_id,
            &format!("letter:{id} pdf"),
            now,
        )?;
        Ok(path)
    }

    /// The letter was posted on `sent_on` (JJ/MM/AAAA or ISO), with its
    /// LRAR number if any: recorded on the letter and as a dossier event.
    pub fn mark_letter_sent(
        &self,
        id: i64,
        sent_on: &str,
        tracking_number: &str,
        now: &str,
    ) -> Result<FrozenLetter, AppError> {
        let day = parse_day(sent_on)?;
        let tracking = Some(tracking_number.trim()).filter(|t| !t.is_empty());
        self.with_store(|s| {
            let letter = s.frozen_letter(id)?;
            s.mark_letter_sent(id, day, tracking, now)?;
            s.record_events(
                &[NewEvent {
                    dossier_id: letter.dossier_id,
                    kind: "letter-posted".into(),
                    occurred_on: day,
                    tracking_number: tracking.map(str::to_owned),
                }],
                now,
            )?;
            s.frozen_letter(id)
        })
        .and_then(|letter| {
            self.recompute_deadlines(letter.dossier_id, now)?;
            Ok(letter)
        })
    }

    /// The AR of the letter came back, signed on `received_on`.
    pub fn mark_letter_received(
        &self,
        id: i64,
        received_on: &str,
        now: &str,
    ) -> Result<FrozenLetter, AppError> {
        let day = parse_day(received_on)?;
        self.with_store(|s| {
            let letter = s.frozen_letter(id)?;
            s.mark_letter_received(id, day, now)?;
            s.record_events(
                &[NewEvent {
                    dossier_id: letter.dossier_id,
                    kind: "ar-signed".into(),
                    occurred_on: day,
                    tracking_number: letter.tracking_number.clone(),
                }],
                now,
            )?;
            s.frozen_letter(id)
        })
        .and_then(|letter| {
            self.recompute_deadlines(letter.dossier_id, now)?;
            Ok(letter)
        })
    }
}

/// Writes `bytes` into `dir` (created if needed) as `<stem>.<ext>`, or
/// `<stem>-2.<ext>`… so an existing file is never overwritten; synced.
pub(crate) fn write_new_file(
    dir: &Path,
    stem: &str,
    ext: &str,
    bytes: &[u8],
) -> Result<PathBuf, AppError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| AppError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    // Counts up until a name is free: the directory cannot hold them all.
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let path = dir.join(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                use std::io::Write;
                file.write_all(bytes).map_err(io(&path))?;
                file.sync_all().map_err(io(&path))?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => n += 1,
            Err(source) => return Err(AppError::Io { path, source }),
        }
    }
}

fn parse_day(typed: &str) -> Result<NaiveDate, AppError> {
    parse_date(typed).ok_or_else(|| {
        AppError::Invalid(vec![permanence_domain::FieldProblem {
            field: "date",
            code: "date-invalid",
        }])
    })
}
