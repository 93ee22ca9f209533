//! Persons: found by name, shown with what hangs off their record, saved
//! from the form as typed (checked by [`PersonForm::to_fields`], each
//! problem on its field), each opening noted in the audit journal.

use chrono::NaiveDate;
use permanence_domain::{Expiry, Person, PersonForm, expiry};
use permanence_store::{DossierSummary, EventSummary, PersonSummary};
use serde::Serialize;

use crate::drafts::draft_key;
use crate::{App, AppError, DocumentView};

/// A person and the form to edit them, with what hangs off their record.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PersonView {
    pub person: Person,
    pub form: PersonForm,
    pub display_name: String,
    pub domiciliation_expiry: Expiry,
    pub dossiers: Vec<DossierSummary>,
    pub events: Vec<EventSummary>,
    pub documents: Vec<DocumentView>,
    /// Who created the record and who changed it last.
    pub authors: permanence_store::Authors,
    /// Fields changed on two laptops of the team, not chosen yet: the
    /// value shown is the more recent, marked (Paramètres → Équipe).
    pub conflicted_fields: Vec<String>,
}

impl App {
    pub fn search_persons(&self, query: &str) -> Result<Vec<PersonSummary>, AppError> {
        self.with_store(|s| s.search_persons(query, 200))
    }

    /// A person's record; `today` (from the caller) dates the expiry
    /// warnings.
    pub fn person(&self, id: i64, today: NaiveDate) -> Result<PersonView, AppError> {
        let (person, dossiers, events, documents, authors, conflicted_fields) =
            self.with_store(|s| {
                Ok((
                    s.person(id)?,
                    s.dossiers_of(id)?,
                    s.events_of_person(id)?,
                    s.documents_of(id)?,
                    s.authors(permanence_store::AuthoredTable::Person, id)?,
                    s.open_conflict_fields("persons", id)?,
                ))
            })?;
        Ok(PersonView {
            form: PersonForm::from_person(&person),
            display_name: person.fields.display_name(),
            domiciliation_expiry: expiry(
                person
                    .fields
                    .domiciliation
                    .as_ref()
                    .and_then(|d| d.expires_on),
                today,
            ),
            person,
            dossiers,
            events,
            documents: documents
                .into_iter()
                .map(|d| DocumentView {
                    expiry: expiry(d.expires_on, today),
                    document: d,
                })
                .collect(),
            authors,
            conflicted_fields,
        })
    }

    /// Creates (`id` = None) or updates a person from the form. `today`
    /// and `now` come from the caller's clock. The draft of that form is
    /// discarded once saved.
    pub fn save_person(
        &self,
        id: Option<i64>,
        form: &PersonForm,
        today: NaiveDate,
        now: &str,
    ) -> Result<PersonView, AppError> {
        let fields = form.to_fields(today).map_err(AppError::Invalid)?;
        let person = self.with_store(|s| {
            let person = match id {
                Some(id) => s.update_person(id, &fields, now)?,
                None => s.create_person(&fields, now)?,
            };
            s.delete_draft(&draft_key(id))?;
            Ok(person)
        })?;
        let action = if id.is_some() { "change" } else { "create" };
        self.audit(
            action,
            &format!("person:{}", person.id),
            Some(person.id),
            "",
            now,
        )?;
        self.person(person.id, today)
    }

    /// A person's page opened by the worker: shown, and noted in the
    /// audit journal.
    pub fn open_person(
        &self,
        id: i64,
        today: NaiveDate,
        now: &str,
    ) -> Result<PersonView, AppError> {
        let view = self.person(id, today)?;
        self.audit("open", &format!("person:{id}"), Some(id), "", now)?;
        Ok(view)
    }
}
