//! Démarches (procedures) as data.
//!
//! This first part holds the condition language used by `show_if` and by
//! conditional documents: parsed and type-checked when a procedure is
//! loaded, evaluated against the answers without any IO. The loader, the
//! validator and the interview engine build on it.

pub mod expr;

/// The one error type of this crate.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProceduresError {
    /// A condition that does not parse or does not type-check; `column` is
    /// 1-based within the condition's text.
    #[error("column {column}: {message}")]
    Condition { column: usize, message: String },
}
