//! The person form as the UI sends it, and its conversion to domain fields.
//!
//! Dates arrive as typed (`JJ/MM/AAAA` or `AAAA-MM-JJ`) so that an
//! impossible date is reported on its field, in the worker's language,
//! rather than silently dropped by the UI.

use permanence_domain::{Domiciliation, FieldProblem, Person, PersonFields, parse_date};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PersonForm {
    pub family_name: String,
    pub given_names: String,
    /// One spelling per line.
    pub alt_names: String,
    pub birth_date: String,
    pub birth_place: String,
    pub nationality: String,
    /// Comma-separated.
    pub languages: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub domiciliation_organisation: String,
    pub domiciliation_address: String,
    pub domiciliation_expires_on: String,
    pub notes: String,
}

fn date_field(
    text: &str,
    field: &'static str,
    problems: &mut Vec<FieldProblem>,
) -> Option<chrono::NaiveDate> {
    if text.trim().is_empty() {
        return None;
    }
    let date = parse_date(text);
    if date.is_none() {
        problems.push(FieldProblem {
            field,
            code: "date-invalid",
        });
    }
    date
}

fn list(text: &str, separator: char) -> Vec<String> {
    text.split(separator)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn french_date(date: Option<chrono::NaiveDate>) -> String {
    date.map(|d| d.format("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

impl PersonForm {
    /// Domain fields, or every problem found (dates first, then the
    /// domain's own rules).
    pub fn to_fields(&self, today: chrono::NaiveDate) -> Result<PersonFields, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let birth_date = date_field(&self.birth_date, "birth_date", &mut problems);
        let expires_on = date_field(
            &self.domiciliation_expires_on,
            "domiciliation_expires_on",
            &mut problems,
        );
        let has_domiciliation = !self.domiciliation_organisation.trim().is_empty()
            || !self.domiciliation_address.trim().is_empty()
            || expires_on.is_some();
        let fields = PersonFields {
            // Names are kept exactly as typed, apart from surrounding spaces.
            family_name: self.family_name.trim().to_owned(),
            given_names: self.given_names.trim().to_owned(),
            alt_names: list(&self.alt_names, '\n'),
            birth_date,
            birth_place: self.birth_place.trim().to_owned(),
            nationality: self.nationality.trim().to_owned(),
            languages: list(&self.languages, ','),
            phone: self.phone.trim().to_owned(),
            email: self.email.trim().to_owned(),
            address: self.address.trim().to_owned(),
            domiciliation: has_domiciliation.then(|| Domiciliation {
                organisation: self.domiciliation_organisation.trim().to_owned(),
                address: self.domiciliation_address.trim().to_owned(),
                expires_on,
            }),
            notes: self.notes.trim_end().to_owned(),
        };
        problems.extend(fields.problems(today));
        if problems.is_empty() {
            Ok(fields)
        } else {
            Err(problems)
        }
    }

    /// The form pre-filled with a stored person, for editing.
    pub fn from_person(person: &Person) -> Self {
        let f = &person.fields;
        let dom = f.domiciliation.clone().unwrap_or_default();
        PersonForm {
            family_name: f.family_name.clone(),
            given_names: f.given_names.clone(),
            alt_names: f.alt_names.join("\n"),
            birth_date: french_date(f.birth_date),
            birth_place: f.birth_place.clone(),
            nationality: f.nationality.clone(),
            languages: f.languages.join(", "),
            phone: f.phone.clone(),
            email: f.email.clone(),
            address: f.address.clone(),
            domiciliation_organisation: dom.organisation,
            domiciliation_address: dom.address,
            domiciliation_expires_on: french_date(dom.expires_on),
            notes: f.notes.clone(),
        }
    }
}
