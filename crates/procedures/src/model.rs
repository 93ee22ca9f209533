//! A loaded, validated procedure. Built only by [`crate::load`]: every
//! condition in it has parsed and type-checked.

use chrono::NaiveDate;
use serde::Serialize;

use crate::expr::Expr;

/// The kinds of question a procedure may ask.
pub const QUESTION_TYPES: &[&str] = &[
    "text",
    "date",
    "choice",
    "yes-no",
    "address",
    "amount",
    "person-field",
    "document",
];

/// Themes of the catalogue.
pub const THEMES: &[&str] = &[
    "sejour", "caf", "sante", "banque", "ecole", "handicap", "emploi", "droits",
];

/// Person fields a question may be prefilled from.
pub const PERSON_FIELDS: &[&str] = &[
    "family_name",
    "given_names",
    "birth_date",
    "birth_place",
    "nationality",
    "address",
    "phone",
    "email",
    "domiciliation_organisation",
    "domiciliation_address",
    "domiciliation_expires_on",
];

/// `document:<kind>:expires_on`: prefill a date question from the expiry of
/// the person's latest stored document of that kind (e.g. an API).
pub fn document_prefill_kind(prefill: &str) -> Option<&str> {
    prefill
        .strip_prefix("document:")
        .and_then(|rest| rest.strip_suffix(":expires_on"))
}

#[derive(Debug, Clone, PartialEq)]
pub struct Procedure {
    pub id: String,
    pub version: String,
    pub law_as_of: NaiveDate,
    pub theme: String,
    pub legal_basis: Vec<LegalBasis>,
    pub steps: Vec<Step>,
    pub documents: Vec<DocumentRule>,
    pub deadlines: Vec<DeadlineRule>,
    pub letters: Vec<LetterSpec>,
    pub outcomes: Vec<Outcome>,
    /// Named yes/no values computed from the answers, usable in every
    /// condition (`refus_constate` rather than repeating the same test).
    pub computed: Vec<Computed>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    pub id: String,
    /// Reads questions only (not other computed values): no cycles.
    pub when: Expr,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LegalBasis {
    pub id: String,
    /// As it is cited in letters, e.g. `R312-6-1 CMF`.
    pub citation: String,
    /// Where the fact is established: a section of legal-reference.md.
    pub reference: String,
    /// VERIFIED-P or VERIFIED-S: unverified facts are never cited.
    pub status: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: String,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    /// One of [`QUESTION_TYPES`].
    pub kind: String,
    pub required: bool,
    pub options: Vec<String>,
    pub show_if: Option<Expr>,
    /// Must hold once answered; else the message `<id>-q-<question>-invalid`.
    pub validate: Option<Expr>,
    /// A person field (see [`PERSON_FIELDS`]) or a stored document's expiry
    /// (`document:<kind>:expires_on`) that prefills the answer.
    pub prefill: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DocumentRule {
    pub id: String,
    pub required: bool,
    /// Required only when this holds.
    pub required_if: Option<Expr>,
    /// Kinds of stored document (domain `DOCUMENT_KINDS`) that satisfy it,
    /// so the checklist can tick what the person's record already holds.
    pub kinds: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeadlineRule {
    pub id: String,
    /// A date question the deadline runs from.
    pub from: String,
    /// `15d` (calendar days), `2m` (months), `10wd` (working days).
    pub duration: String,
    /// What the date means: `implicit-rejection`, `recourse-due`…
    pub meaning: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterSpec {
    pub id: String,
    pub template: String,
    pub recipient: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub id: String,
    pub when: Option<Expr>,
}

impl Procedure {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.steps.iter().flat_map(|s| s.questions.iter())
    }
}
