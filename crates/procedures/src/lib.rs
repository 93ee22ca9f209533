//! Démarches (procedures) as data.
//!
//! - [`expr`]: the condition language of `show_if`, `required_if` and
//!   `when` (parsed and type-checked at load, evaluated without IO);
//! - [`load`]: reads `assets/procedures/<id>/procedure.toml` and the texts
//!   in `locales/<lang>/procedures/<id>.ftl`, reporting every problem with
//!   its file and line; a broken procedure is listed as unavailable;
//! - [`model`]: the validated procedure;
//! - [`courts`]: the départements and the courts that hear their cases
//!   (`assets/courts/`), looked up by the letters;
//! - [`keys`]: the names of its Fluent messages;
//! - [`deadlines`]: a dossier's deadlines from its rules, answers and
//!   letters' events (chains, provisional dates, voies et délais);
//! - [`interview`]: answers so far → next question, progress, what is
//!   missing, the documents checklist, the outcomes (pure).
//!
//! The reference of the file format is `assets/procedures/README.md`.

pub mod courts;
pub mod deadlines;
pub mod expr;
pub mod interview;
pub mod keys;
pub mod load;
pub mod model;

/// The one error type of this crate.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProceduresError {
    /// A condition that does not parse or does not type-check; `column` is
    /// 1-based within the condition's text.
    #[error("column {column}: {message}")]
    Condition { column: usize, message: String },
    #[error("cannot read {0}")]
    Io(String),
}
