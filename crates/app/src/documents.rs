//! Documents attached to a person (a passport, a récépissé, a decision…):
//! checked by [`DocumentForm::to_document`], kept encrypted in the
//! database, each shown with how close its expiry is.

use chrono::NaiveDate;
use permanence_domain::{DocumentForm, Expiry};
use permanence_store::{DocumentSummary, MAX_DOCUMENT_BYTES, NewDocument};
use serde::Serialize;

use crate::{App, AppError, PersonView};

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DocumentView {
    #[serde(flatten)]
    pub document: DocumentSummary,
    pub expiry: Expiry,
}

impl App {
    /// Attaches a document to a person.
    pub fn add_document(
        &self,
        person_id: i64,
        form: &DocumentForm,
        today: NaiveDate,
        now: &str,
    ) -> Result<PersonView, AppError> {
        let document = form
            .to_document(MAX_DOCUMENT_BYTES)
            .map_err(AppError::Invalid)?;
        self.with_store(|s| {
            s.person(person_id)?;
            s.add_document(
                &NewDocument {
                    person_id,
                    kind: document.kind,
                    title: document.title,
                    media_type: document.media_type,
                    bytes: document.bytes,
                    issued_on: None,
                    expires_on: document.expires_on,
                },
                now,
            )
        })?;
        self.audit(
            "change",
            &format!("person:{person_id}"),
            Some(person_id),
            &format!("document {}", form.kind),
            now,
        )?;
        self.person(person_id, today)
    }
}
