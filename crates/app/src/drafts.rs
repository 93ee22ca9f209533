//! Drafts of the person form: what is being typed is kept, encrypted, so
//! an interruption (a phone call, a locked screen) loses nothing. One
//! draft per person, and one for a person not saved yet.

use permanence_domain::PersonForm;

use crate::{App, AppError};

/// The draft's key: the person's, or `person:new` before the first save.
pub(crate) fn draft_key(id: Option<i64>) -> String {
    match id {
        Some(id) => format!("person:{id}"),
        None => "person:new".into(),
    }
}

impl App {
    /// Keeps what is being typed in the person form, encrypted.
    pub fn save_person_draft(
        &self,
        id: Option<i64>,
        form: &PersonForm,
        now: &str,
    ) -> Result<(), AppError> {
        let json = serde_json::to_string(form).map_err(|e| AppError::Internal(e.to_string()))?;
        self.with_store(|s| s.save_draft(&draft_key(id), &json, now))
    }

    pub fn person_draft(&self, id: Option<i64>) -> Result<Option<PersonForm>, AppError> {
        let json = self.with_store(|s| s.draft(&draft_key(id)))?;
        Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
    }

    pub fn discard_person_draft(&self, id: Option<i64>) -> Result<(), AppError> {
        self.with_store(|s| s.delete_draft(&draft_key(id)))
    }
}
