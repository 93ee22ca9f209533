//! Cross-locale checks of the Fluent files: syntax, duplicates, missing
//! messages and variables that differ between locales.
//!
//! A message missing in Arabic shows the worker a raw key; a variable that
//! exists in French but not in Arabic silently drops a name or a date from
//! an explanation sheet. Both must fail the tests, with file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast;

use crate::{Catalog, REFERENCE_LOCALE, Source};

/// One problem found in one file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// `locales/<lang>/<file>.ftl`
    pub path: String,
    /// 1-based line, when the problem sits on a line of that file.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl Problem {
    pub(crate) fn list(problems: &[Problem]) -> String {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Where a message (or `message.attribute`) is defined, and what it uses.
#[derive(Debug)]
struct Definition {
    path: String,
    line: usize,
    variables: BTreeSet<String>,
}

type Keys = BTreeMap<String, Definition>;

pub(crate) fn check(catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut per_locale: BTreeMap<&str, Keys> = BTreeMap::new();
    for source in catalog.sources() {
        let keys = per_locale.entry(&source.locale).or_default();
        collect(source, keys, &mut problems);
    }

    if !per_locale.contains_key(REFERENCE_LOCALE) {
        problems.push(Problem {
            path: format!("locales/{REFERENCE_LOCALE}"),
            line: None,
            message: "the reference locale has no .ftl file".into(),
        });
    }

    // Every key of every locale must exist in every other locale, with the
    // same variables. Comparing each pair through the union of keys reports
    // a problem once, in the file that must change.
    let all_keys: BTreeSet<&String> = per_locale.values().flat_map(|k| k.keys()).collect();
    for key in all_keys {
        let defined: Vec<(&str, &Definition)> = per_locale
            .iter()
            .filter_map(|(l, keys)| keys.get(key).map(|d| (*l, d)))
            .collect();
        let (ref_locale, reference) = defined
            .iter()
            .find(|(l, _)| *l == REFERENCE_LOCALE)
            .or_else(|| defined.first())
            .copied()
            .expect("a key comes from at least one locale");
        let file_name = reference.path.rsplit('/').next().unwrap_or_default();
        for (locale, keys) in &per_locale {
            match keys.get(key) {
                None => problems.push(Problem {
                    path: format!("locales/{locale}/{file_name}"),
                    line: None,
                    message: format!(
                        "missing message `{key}` (defined at {}:{})",
                        reference.path, reference.line
                    ),
                }),
                Some(def) if *locale != ref_locale && def.variables != reference.variables => {
                    problems.push(Problem {
                        path: def.path.clone(),
                        line: Some(def.line),
                        message: format!(
                            "message `{key}` uses variables {} but {}:{} uses {}",
                            show(&def.variables),
                            reference.path,
                            reference.line,
                            show(&reference.variables)
                        ),
                    })
                }
                Some(_) => {}
            }
        }
    }
    problems.sort();
    problems
}

fn show(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        "none".into()
    } else {
        vars.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn collect(source: &Source, keys: &mut Keys, problems: &mut Vec<Problem>) {
    let path = source.display_path();
    let resource = match fluent_syntax::parser::parse(source.text.as_str()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(Problem {
                    path: path.clone(),
                    // `slice` spans the whole broken entry: its start is the
                    // line a translator must look at, `pos` only where the
                    // parser gave up (often the next line).
                    line: Some(line_of_offset(
                        &source.text,
                        e.slice.as_ref().map_or(e.pos.start, |s| s.start),
                    )),
                    message: format!("syntax error: {}", e.kind),
                });
            }
            r
        }
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let nth = seen.entry(id.clone()).or_default();
        let line = line_of_definition(&source.text, &id, *nth);
        *nth += 1;
        let mut add = |key: String, pattern: Option<&ast::Pattern<&str>>| {
            let mut variables = BTreeSet::new();
            if let Some(p) = pattern {
                pattern_variables(p, &mut variables);
            }
            if let Some(previous) = keys.get(&key) {
                problems.push(Problem {
                    path: path.clone(),
                    line: Some(line),
                    message: format!(
                        "message `{key}` is defined twice (first at {}:{})",
                        previous.path, previous.line
                    ),
                });
                return;
            }
            keys.insert(
                key,
                Definition {
                    path: path.clone(),
                    line,
                    variables,
                },
            );
        };
        add(id.clone(), value);
        for attribute in attributes {
            add(
                format!("{id}.{}", attribute.id.name),
                Some(&attribute.value),
            );
        }
    }
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        // Arguments passed to a term are the term's own parameters, not
        // variables the caller must provide.
        ast::InlineExpression::TermReference { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn line_of_offset(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// fluent-syntax keeps no positions in its tree; a definition always starts
/// a line with its identifier followed by `=`. `nth` counts earlier
/// definitions of the same identifier in the file.
fn line_of_definition(text: &str, id: &str, nth: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .nth(nth)
        .map_or(1, |(i, _)| i + 1)
}

/// Every message of one Fluent file: its id, the line where it is defined,
/// and the variables it reads (in every variant of every selector). Used by
/// the procedure loader to check that letters only read answers that exist.
pub fn message_variables(text: &str) -> Vec<(String, usize, BTreeSet<String>)> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut seen: std::collections::HashMap<String, usize> = Default::default();
    let mut out = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            let nth = seen.entry(id.clone()).or_insert(0);
            let line = line_of_definition(text, &id, *nth);
            *nth += 1;
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern_variables(value, &mut vars);
            }
            out.push((id, line, vars));
        }
    }
    out
}
