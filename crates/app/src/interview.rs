//! Démarches for a person: opening a dossier, the guided interview (one
//! question at a time, saved after every answer), and its review.

use chrono::NaiveDate;
use permanence_procedures::interview::{self, Answers, Progress};
use permanence_procedures::load::{Entry, check_answers};
use permanence_procedures::model::{ENCLOSURES_ANSWER, LegalBasis, Procedure, QuestionKind};
use permanence_store::NewDossier;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::{App, AppError};

/// The question on screen.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuestionView {
    pub id: String,
    pub kind: String,
    pub required: bool,
    pub options: Vec<String>,
    pub answer: Value,
    /// 1-based position among the visible questions, and their count.
    pub position: usize,
    pub total: usize,
}

/// Everything the interview screen shows. Texts are Fluent messages keyed
/// by `procedure_id` (see assets/procedures/README.md).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InterviewView {
    pub dossier_id: i64,
    pub person_id: i64,
    pub procedure_id: String,
    /// None: every question has been through; show the review.
    pub question: Option<QuestionView>,
    pub progress: Progress,
    pub answers: Answers,
    /// The documents checklist, each line with the person's stored
    /// documents that satisfy it (valid on the day).
    pub checklist: Vec<ChecklistItem>,
    /// The person's stored documents, for `document` questions (answered
    /// with a document id, as text).
    pub person_documents: Vec<permanence_store::DocumentSummary>,
    /// Question id → its kind, so the review shows each answer properly.
    pub kinds: std::collections::BTreeMap<String, String>,
    pub legal_basis: Vec<LegalBasis>,
    /// The démarche keeps a journal of attempts (préfecture, ANEF).
    pub evidence_journal: bool,
    /// `open` or `closed`, with the dates (the review closes and reopens).
    pub status: String,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    /// Questions answered differently on two laptops of the team, not
    /// chosen yet: the answer shown is the more recent, marked.
    pub conflicted: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChecklistItem {
    pub id: String,
    pub required: bool,
    /// Ids of the person's stored documents of a matching kind, not expired.
    pub held: Vec<i64>,
}

/// The day of an RFC 3339 instant, as the caller's clock gave it.
fn day_of(now: &str) -> Result<NaiveDate, AppError> {
    chrono::DateTime::parse_from_rfc3339(now)
        .map(|d| d.date_naive())
        .map_err(|e| AppError::Internal(format!("bad instant {now:?}: {e}")))
}

/// Moving through the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Move {
    Back,
    Forward,
    Review,
}

fn person_fields(p: &permanence_domain::Person) -> Map<String, Value> {
    let f = &p.fields;
    let dom = f.domiciliation.clone().unwrap_or_default();
    let mut m = Map::new();
    let mut put = |k: &str, v: String| {
        m.insert(k.to_owned(), Value::String(v));
    };
    put("family_name", f.family_name.clone());
    put("given_names", f.given_names.clone());
    put(
        "birth_date",
        f.birth_date.map(|d| d.to_string()).unwrap_or_default(),
    );
    put("birth_place", f.birth_place.clone());
    put("nationality", f.nationality.clone());
    // Without a personal address, the domiciliation is where mail goes.
    let address = if f.address.trim().is_empty() && !dom.address.trim().is_empty() {
        format!("{}, {}", dom.organisation, dom.address)
    } else {
        f.address.clone()
    };
    put("address", address);
    put("phone", f.phone.clone());
    put("email", f.email.clone());
    put("domiciliation_organisation", dom.organisation);
    put("domiciliation_address", dom.address);
    put(
        "domiciliation_expires_on",
        dom.expires_on.map(|d| d.to_string()).unwrap_or_default(),
    );
    m
}

/// `document:<kind>:expires_on` → the latest expiry among the person's
/// stored documents of that kind.
fn document_fields(documents: &[permanence_store::DocumentSummary]) -> Map<String, Value> {
    let mut latest: std::collections::BTreeMap<&str, NaiveDate> = Default::default();
    for d in documents {
        if let Some(e) = d.expires_on {
            let slot = latest.entry(d.kind.as_str()).or_insert(e);
            *slot = (*slot).max(e);
        }
    }
    latest
        .into_iter()
        .map(|(kind, date)| {
            (
                format!("document:{kind}:expires_on"),
                Value::String(date.to_string()),
            )
        })
        .collect()
}

impl App {
    pub(crate) fn procedure(&self, id: &str) -> Result<&Procedure, AppError> {
        self.catalogue_entries()
            .iter()
            .find_map(|e| match e {
                Entry::Available(p) if p.id == id => Some(&**p),
                _ => None,
            })
            .ok_or(AppError::NotFound)
    }

    fn view(&self, dossier_id: i64, today: NaiveDate) -> Result<InterviewView, AppError> {
        let d = self.with_store(|s| s.dossier(dossier_id))?;
        let p = self.procedure(&d.procedure_id)?;
        let progress = interview::progress(p, &d.answers);
        let stored = self.with_store(|s| s.documents_of(d.person_id))?;
        let conflicted = self
            .with_store(|s| s.open_conflict_fields("dossiers", dossier_id))?
            .into_iter()
            .filter_map(|f| f.strip_prefix("answers/").map(str::to_owned))
            .collect();
        let checklist = progress
            .documents
            .iter()
            .map(|(id, required)| {
                let kinds = p
                    .documents
                    .iter()
                    .find(|r| &r.id == id)
                    .map(|r| r.kinds.as_slice())
                    .unwrap_or_default();
                ChecklistItem {
                    id: id.clone(),
                    required: *required,
                    held: stored
                        .iter()
                        .filter(|doc| kinds.contains(&doc.kind))
                        .filter(|doc| doc.expires_on.is_none_or(|e| e >= today))
                        .map(|doc| doc.id)
                        .collect(),
                }
            })
            .collect();
        let question = d
            .current_question
            .as_ref()
            .filter(|q| progress.visible.contains(q))
            .and_then(|qid| p.questions().find(|q| &q.id == qid))
            .map(|q| QuestionView {
                id: q.id.clone(),
                kind: q.kind.to_string(),
                required: q.required,
                options: q.options.clone(),
                answer: d.answers.get(&q.id).cloned().unwrap_or(Value::Null),
                position: progress
                    .visible
                    .iter()
                    .position(|v| v == &q.id)
                    .unwrap_or(0)
                    + 1,
                total: progress.visible.len(),
            });
        Ok(InterviewView {
            dossier_id,
            person_id: d.person_id,
            status: d.status,
            opened_on: d.opened_on,
            closed_on: d.closed_on,
            conflicted,
            procedure_id: d.procedure_id,
            question,
            progress,
            answers: d.answers,
            checklist,
            person_documents: stored,
            kinds: p
                .questions()
                .map(|q| (q.id.clone(), q.kind.to_string()))
                .collect(),
            legal_basis: p.legal_basis.clone(),
            evidence_journal: p.evidence_journal,
        })
    }

    /// Opens a dossier of `procedure_id` for a person, prefilled from their
    /// record, at the first question still to answer.
    pub fn start_demarche(
        &self,
        person_id: i64,
        procedure_id: &str,
        today: NaiveDate,
        now: &str,
    ) -> Result<InterviewView, AppError> {
        let p = self.procedure(procedure_id)?;
        let (person, documents) =
            self.with_store(|s| Ok((s.person(person_id)?, s.documents_of(person_id)?)))?;
        let mut known = person_fields(&person);
        known.extend(document_fields(&documents));
        let answers = interview::prefill(p, &Answers::new(), &known);
        let first = interview::progress(p, &answers).next;
        let id = self.with_store(|s| {
            s.open_dossier(
                &NewDossier {
                    person_id,
                    procedure_id: p.id.clone(),
                    procedure_version: p.version.clone(),
                    opened_on: today,
                },
                &answers,
                first.as_deref(),
                now,
            )
        })?;
        self.audit_dossier("create", id, procedure_id, now)?;
        self.recompute_deadlines(id, now)?;
        self.view(id, today)
    }

    /// Every dossier, for the Dossiers screen.
    pub fn dossiers(&self) -> Result<Vec<permanence_store::DossierListItem>, AppError> {
        self.with_store(|s| s.list_dossiers(500))
    }

    /// The interview where it was left; `today` dates document validity.
    pub fn interview(&self, dossier_id: i64, today: NaiveDate) -> Result<InterviewView, AppError> {
        self.view(dossier_id, today)
    }

    /// Saves one answer (checked against the question's kind) and moves to
    /// the next visible question, or to the review after the last one.
    pub fn answer(
        &self,
        dossier_id: i64,
        question_id: &str,
        value: &Value,
        now: &str,
    ) -> Result<InterviewView, AppError> {
        let d = self.with_store(|s| s.dossier(dossier_id))?;
        let p = self.procedure(&d.procedure_id)?;
        let mut single = Map::new();
        single.insert(question_id.to_owned(), value.clone());
        // A département the courts data cannot place gets its own message:
        // the worker is told how to write it, not only that it is wrong.
        let is_departement = p
            .questions()
            .any(|q| q.id == question_id && q.kind == QuestionKind::Departement);
        let placed = value
            .as_str()
            .is_some_and(|v| permanence_procedures::courts::departement(v).is_some());
        if is_departement && !value.is_null() && !placed {
            return Err(AppError::Invalid(vec![permanence_domain::FieldProblem {
                field: "answer",
                code: "answer-departement",
            }]));
        }
        if !check_answers(p, &single).is_empty() {
            return Err(AppError::Invalid(vec![permanence_domain::FieldProblem {
                field: "answer",
                code: "answer-invalid",
            }]));
        }
        let mut after = d.answers.clone();
        after.insert(question_id.to_owned(), value.clone());
        // A `document` answer must name one of the person's own documents.
        let is_document = p
            .questions()
            .any(|q| q.id == question_id && q.kind == QuestionKind::Document);
        if is_document && !value.is_null() {
            let held = self.with_store(|s| s.documents_of(d.person_id))?;
            let known = value
                .as_str()
                .and_then(|v| v.parse::<i64>().ok())
                .is_some_and(|id| held.iter().any(|doc| doc.id == id));
            if !known {
                return Err(AppError::Invalid(vec![permanence_domain::FieldProblem {
                    field: "answer",
                    code: "answer-invalid",
                }]));
            }
        }
        if !interview::keeps_rule(p, &after, question_id) {
            return Err(AppError::Invalid(vec![permanence_domain::FieldProblem {
                field: "answer",
                code: "answer-rule",
            }]));
        }
        let next = interview::next_after(p, &after, question_id);
        self.with_store(|s| s.save_answer(dossier_id, question_id, value, next.as_deref(), now))?;
        self.audit_dossier("change", dossier_id, &format!("answer {question_id}"), now)?;
        // A date answered may start or move a deadline (and the chain after it).
        self.recompute_deadlines(dossier_id, now)?;
        self.view(dossier_id, day_of(now)?)
    }

    /// Back, forward without answering, or straight to the review.
    pub fn move_in_interview(
        &self,
        dossier_id: i64,
        from: Option<&str>,
        movement: Move,
        now: &str,
    ) -> Result<InterviewView, AppError> {
        let d = self.with_store(|s| s.dossier(dossier_id))?;
        let p = self.procedure(&d.procedure_id)?;
        let visible = interview::progress(p, &d.answers).visible;
        let target = match (movement, from) {
            (Move::Review, _) => None,
            // Back from the review: the last visible question.
            (Move::Back, None) => visible.last().cloned(),
            (Move::Back, Some(q)) => {
                interview::previous_before(p, &d.answers, q).or(Some(q.to_owned()))
            }
            (Move::Forward, Some(q)) => interview::next_after(p, &d.answers, q),
            (Move::Forward, None) => None,
        };
        self.with_store(|s| s.set_current_question(dossier_id, target.as_deref(), now))?;
        self.view(dossier_id, day_of(now)?)
    }

    /// The worker's own choice of enclosures for the dossier's letters:
    /// optional documents of the checklist ticked, documents added by name
    /// (« Déclaration de revenus du conjoint »). Kept with the answers, so
    /// the letters list them under « Pièces jointes ».
    pub fn set_enclosures(
        &self,
        dossier_id: i64,
        ticked: &[String],
        added: &[String],
        now: &str,
    ) -> Result<InterviewView, AppError> {
        let d = self.with_store(|s| s.dossier(dossier_id))?;
        let p = self.procedure(&d.procedure_id)?;
        let added: Vec<String> = added
            .iter()
            .map(|a| permanence_letters::typed(a).trim().to_owned())
            .filter(|a| !a.is_empty())
            .collect();
        let value = serde_json::json!({ "ticked": ticked, "added": added });
        let mut single = Map::new();
        single.insert(ENCLOSURES_ANSWER.to_owned(), value.clone());
        if !check_answers(p, &single).is_empty() {
            return Err(AppError::Invalid(vec![permanence_domain::FieldProblem {
                field: "enclosures",
                code: "enclosures-invalid",
            }]));
        }
        self.with_store(|s| {
            s.save_answer(
                dossier_id,
                ENCLOSURES_ANSWER,
                &value,
                d.current_question.as_deref(),
                now,
            )
        })?;
        // Counts only: the names typed stay out of the journal.
        self.audit_dossier(
            "change",
            dossier_id,
            &format!("enclosures {} ticked {} added", ticked.len(), added.len()),
            now,
        )?;
        self.view(dossier_id, day_of(now)?)
    }

    /// Opens one question of the review for editing.
    pub fn edit_answer(
        &self,
        dossier_id: i64,
        question_id: &str,
        now: &str,
    ) -> Result<InterviewView, AppError> {
        self.with_store(|s| s.set_current_question(dossier_id, Some(question_id), now))?;
        self.view(dossier_id, day_of(now)?)
    }
}
