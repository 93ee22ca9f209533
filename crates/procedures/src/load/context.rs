//! Reading values out of a TOML table while collecting problems, each at
//! the line of the value (or of its table) in the procedure file.

use std::collections::BTreeSet;
use std::str::FromStr;

use toml_edit::{Item, Table};

use super::{Problem, Types};
use crate::ProceduresError;
use crate::expr::{self, Expr};

pub(super) struct Ctx<'a> {
    path: &'a str,
    text: &'a str,
    pub(super) problems: Vec<Problem>,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(path: &'a str, text: &'a str) -> Self {
        Ctx {
            path,
            text,
            problems: Vec::new(),
        }
    }

    fn line_at(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    pub(super) fn problem(&mut self, offset: Option<usize>, message: impl Into<String>) {
        let line = offset.map(|o| self.line_at(o));
        self.problems.push(Problem {
            path: self.path.to_owned(),
            line,
            message: message.into(),
        });
    }

    /// Reports keys of `table` not in `allowed`.
    pub(super) fn only(&mut self, table: &Table, allowed: &[&str], what: &str) {
        for (key, item) in table.iter() {
            if !allowed.contains(&key) {
                let at = table
                    .key(key)
                    .and_then(|k| k.span())
                    .or(item.span())
                    .map(|s| s.start);
                self.problem(
                    at,
                    format!(
                        "unknown key `{key}` in {what} (allowed: {})",
                        allowed.join(", ")
                    ),
                );
            }
        }
    }

    pub(super) fn string(
        &mut self,
        table: &Table,
        key: &str,
        what: &str,
        required: bool,
    ) -> Option<(String, Option<usize>)> {
        match table.get(key) {
            None => {
                if required {
                    let at = table.span().map(|s| s.start);
                    self.problem(at, format!("{what}: missing `{key}`"));
                }
                None
            }
            Some(item) => {
                let at = item.span().map(|s| s.start);
                match item.as_str() {
                    Some(s) => Some((s.to_owned(), at)),
                    None => {
                        self.problem(at, format!("{what}: `{key}` must be text"));
                        None
                    }
                }
            }
        }
    }

    /// A text of a vocabulary (see [`crate::model`]) as its value; another
    /// text is the problem `unknown` says, at the text's line.
    pub(super) fn parse_as<T: FromStr>(
        &mut self,
        (text, at): (&str, Option<usize>),
        unknown: impl FnOnce(&str) -> String,
    ) -> Option<T> {
        text.parse().ok().or_else(|| {
            self.problem(at, unknown(text));
            None
        })
    }

    /// A required text, empty when missing (a problem is then reported).
    pub(super) fn text(&mut self, table: &Table, key: &str, what: &str) -> String {
        self.string(table, key, what, true)
            .map(|v| v.0)
            .unwrap_or_default()
    }

    pub(super) fn boolean(&mut self, table: &Table, key: &str, what: &str) -> bool {
        match table.get(key) {
            None => false,
            Some(item) => item.as_bool().unwrap_or_else(|| {
                let at = item.span().map(|s| s.start);
                self.problem(at, format!("{what}: `{key}` must be true or false"));
                false
            }),
        }
    }

    pub(super) fn strings(&mut self, table: &Table, key: &str, what: &str) -> Vec<String> {
        let Some(item) = table.get(key) else {
            return Vec::new();
        };
        let at = item.span().map(|s| s.start);
        match item.as_array() {
            Some(a) if a.iter().all(|v| v.as_str().is_some()) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            _ => {
                self.problem(at, format!("{what}: `{key}` must be a list of texts"));
                Vec::new()
            }
        }
    }

    pub(super) fn tables<'t>(&mut self, root: &'t Table, key: &str) -> Vec<&'t Table> {
        match root.get(key) {
            None => Vec::new(),
            Some(Item::ArrayOfTables(a)) => a.iter().collect(),
            Some(item) => {
                let at = item.span().map(|s| s.start);
                self.problem(at, format!("`{key}` must be written as [[{key}]] tables"));
                Vec::new()
            }
        }
    }

    pub(super) fn id(
        &mut self,
        table: &Table,
        what: &str,
        seen: &mut BTreeSet<String>,
    ) -> Option<(String, Option<usize>)> {
        let (id, at) = self.string(table, "id", what, true)?;
        let valid = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !valid {
            self.problem(
                at,
                format!("{what}: id `{id}` must use a-z, 0-9, - and _ only"),
            );
        }
        if !seen.insert(id.clone()) {
            self.problem(at, format!("{what}: id `{id}` is used twice"));
        }
        Some((id, at))
    }

    /// The `[[key]]` tables of `root` that have an id, with it and where
    /// it stands; keys not `allowed`, bad and repeated ids are reported.
    /// `what` names one table in problems: `("a document", "document")`.
    pub(super) fn with_ids<'t>(
        &mut self,
        root: &'t Table,
        key: &str,
        allowed: &[&str],
        what: (&str, &str),
    ) -> Vec<(&'t Table, String, Option<usize>)> {
        let mut seen = BTreeSet::new();
        let mut found = Vec::new();
        for t in self.tables(root, key) {
            self.only(t, allowed, what.0);
            if let Some((id, at)) = self.id(t, what.1, &mut seen) {
                found.push((t, id, at));
            }
        }
        found
    }

    /// Parses and type-checks a condition; problems point at its line.
    pub(super) fn condition(
        &mut self,
        table: &Table,
        key: &str,
        what: &str,
        types: &Types,
    ) -> Option<(Expr, Option<usize>)> {
        let (text, at) = self.string(table, key, what, false)?;
        match expr::parse(&text) {
            Err(ProceduresError::Condition { column, message }) => {
                self.problem(at, format!("{what}: `{key}` column {column}: {message}"));
                None
            }
            Err(other) => {
                self.problem(at, format!("{what}: {other}"));
                None
            }
            Ok(e) => {
                let found = expr::check(&e, types);
                for (column, message) in &found {
                    self.problem(at, format!("{what}: `{key}` column {column}: {message}"));
                }
                found.is_empty().then_some((e, at))
            }
        }
    }

    /// [`Ctx::condition`] where its line is not needed afterwards.
    pub(super) fn expr(
        &mut self,
        table: &Table,
        key: &str,
        what: &str,
        types: &Types,
    ) -> Option<Expr> {
        self.condition(table, key, what, types).map(|v| v.0)
    }
}

/// Where a value of `table` starts, for a problem about it.
pub(super) fn start_of(table: &Table, key: &str) -> Option<usize> {
    table.get(key).and_then(|i| i.span()).map(|s| s.start)
}
