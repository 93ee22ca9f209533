//! Loading and validating procedure files.
//!
//! A procedure is `assets/procedures/<id>/procedure.toml` plus its texts in
//! `locales/<lang>/procedures/<id>.ftl`. Validation reports every problem it
//! can find, each with its file and line: TOML syntax, unknown or missing
//! keys, unknown question types, duplicate ids, conditions that do not
//! parse or type-check, conditions that name unknown questions, dependency
//! cycles between `show_if`s, unverified legal facts, deadlines that do not
//! run from a date, and texts missing in any locale. A broken procedure does
//! not stop the others from loading: it is listed as unavailable, with its
//! problems.
//!
//! One parser per section of procedure.toml (`metadata`, `legal_basis`,
//! `steps`, `computed`, `documents`, `deadlines`, `letters`, `outcomes`),
//! in the order each needs the names of the ones before it; `texts` checks
//! the Fluent files once the sections have said which messages they need,
//! `examples` the answers files.

mod computed;
mod context;
mod courts;
mod deadlines;
mod documents;
mod examples;
mod legal_basis;
mod letters;
mod metadata;
mod outcomes;
mod steps;
mod texts;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::ProceduresError;
use crate::expr::ValueType;
use crate::model::Procedure;
use context::Ctx;
pub use examples::check_answers;
use examples::check_examples;

/// Values every letter and explanation sheet may read besides answers:
/// today's date (written out), the number of enclosures (for plurals).
pub const LETTER_VARIABLES: &[&str] = &["today", "enclosures"];

/// One problem, where it is: the same type as the Fluent checker's.
pub use permanence_texts::Problem;

/// A procedure of the catalogue: usable, or not with the reasons.
#[derive(Debug, Clone)]
pub enum Entry {
    Available(Box<Procedure>),
    Unavailable { id: String, problems: Vec<Problem> },
}

impl Entry {
    pub fn id(&self) -> &str {
        match self {
            Entry::Available(p) => &p.id,
            Entry::Unavailable { id, .. } => id,
        }
    }
}

/// Every procedure under a directory, sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub entries: Vec<Entry>,
}

impl Catalogue {
    pub fn problems(&self) -> Vec<&Problem> {
        self.entries
            .iter()
            .flat_map(|e| match e {
                Entry::Unavailable { problems, .. } => problems.iter().collect(),
                Entry::Available(_) => Vec::new(),
            })
            .collect()
    }
}

/// Loads `<procedures_dir>/*/procedure.toml`, with texts from
/// `<locales_dir>/<lang>/procedures/<id>.ftl` for each of `languages`.
/// Paths in problems are shown relative to `display_root`.
pub fn load_catalogue(
    procedures_dir: &Path,
    locales_dir: &Path,
    languages: &[&str],
    display_root: &Path,
) -> Result<Catalogue, ProceduresError> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(procedures_dir)
        .map_err(|e| ProceduresError::Io(format!("{}: {e}", procedures_dir.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut entries = Vec::new();
    for dir in dirs {
        let id = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let file = dir.join("procedure.toml");
        let shown = |p: &Path| {
            p.strip_prefix(display_root)
                .unwrap_or(p)
                .display()
                .to_string()
        };
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) => {
                entries.push(Entry::Unavailable {
                    problems: vec![Problem {
                        path: shown(&file),
                        line: None,
                        message: format!("cannot read: {e}"),
                    }],
                    id,
                });
                continue;
            }
        };
        let mut texts = BTreeMap::new();
        for lang in languages {
            let ftl = locales_dir
                .join(lang)
                .join("procedures")
                .join(format!("{id}.ftl"));
            texts.insert(
                (*lang).to_owned(),
                (shown(&ftl), std::fs::read_to_string(&ftl).ok()),
            );
        }
        let letters_ftl = locales_dir
            .join("fr")
            .join("letters")
            .join(format!("{id}.ftl"));
        let letter_texts = (
            shown(&letters_ftl),
            std::fs::read_to_string(&letters_ftl).ok(),
        );
        entries.push(
            match parse_procedure(&id, &shown(&file), &text, &texts, &letter_texts) {
                Ok(p) => {
                    let problems = check_examples(&p, &dir.join("examples"), &shown);
                    if problems.is_empty() {
                        Entry::Available(Box::new(p))
                    } else {
                        Entry::Unavailable { id, problems }
                    }
                }
                Err(problems) => Entry::Unavailable { id, problems },
            },
        );
    }
    Ok(Catalogue { entries })
}

/// Names every condition may read, with their types: the questions, then
/// the computed values.
type Types = BTreeMap<String, ValueType>;

/// The Fluent messages a procedure file asks for, gathered section by
/// section and checked once the whole file is read.
struct Messages<'a> {
    /// The procedure's id, which starts every message name.
    id: &'a str,
    /// In `locales/<lang>/procedures/<id>.ftl`, in every language.
    texts: Vec<String>,
    /// In `locales/fr/letters/<id>.ftl`.
    letters: Vec<String>,
}

/// Validates one procedure file and its texts. `texts` maps a language to
/// (shown path, content if the file exists).
pub fn parse_procedure(
    id: &str,
    path: &str,
    text: &str,
    texts: &BTreeMap<String, (String, Option<String>)>,
    letter_texts: &(String, Option<String>),
) -> Result<Procedure, Vec<Problem>> {
    let mut cx = Ctx::new(path, text);
    let doc = match toml_edit::Document::parse(text.to_owned()) {
        Ok(d) => d,
        Err(e) => {
            let at = e.span().map(|s| s.start);
            cx.problem(at, format!("TOML syntax: {}", e.message().trim()));
            return Err(cx.problems);
        }
    };
    let root = doc.as_table();
    let mut messages = Messages {
        id,
        texts: Vec::new(),
        letters: Vec::new(),
    };
    let head = metadata::parse(&mut cx, root, &mut messages);
    let legal_basis = legal_basis::parse(&mut cx, root, &mut messages);
    let declared = steps::declare(&mut cx, root, &mut messages);
    // Computed values read questions only; once checked they join the
    // names every other condition may use.
    let mut types = declared.types.clone();
    let computed = computed::parse(&mut cx, root, &mut types);
    let steps = steps::parse(&mut cx, declared, &types, &mut messages);
    let courts = courts::parse(&mut cx, root, &steps);
    let documents = documents::parse(&mut cx, root, &types, &mut messages);
    let deadlines = deadlines::parse(&mut cx, root, &types, &mut messages);
    let rules = &deadlines.declared;
    let letters = letters::parse(&mut cx, root, &types, rules, &documents, &mut messages);
    deadlines::check_letter_sources(&mut cx, &deadlines.letter_sources, &letters);
    let outcomes = outcomes::parse(&mut cx, root, &types, &mut messages);

    texts::check_messages(&mut cx.problems, messages, texts, letter_texts);
    let readable = texts::readable(&types, &steps, rules, &courts);
    texts::check_variables(&mut cx.problems, id, &readable, texts, letter_texts);

    // Each value missing here was reported as a problem.
    let (true, Some(law_as_of), Some(theme)) = (cx.problems.is_empty(), head.law_as_of, head.theme)
    else {
        cx.problems.sort();
        return Err(cx.problems);
    };
    Ok(Procedure {
        id: id.to_owned(),
        version: head.version,
        law_as_of,
        theme,
        evidence_journal: head.evidence_journal,
        legal_basis,
        steps,
        documents,
        deadlines: deadlines.rules,
        letters,
        outcomes,
        computed,
        courts,
        texts: texts
            .iter()
            .filter_map(|(lang, (_, content))| content.clone().map(|c| (lang.clone(), c)))
            .collect(),
        letter_texts: letter_texts.1.clone().unwrap_or_default(),
    })
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The procedures compiled into this binary, validated like files on disk.
pub fn load_embedded(languages: &[&str]) -> Catalogue {
    let entries = embedded::PROCEDURES
        .iter()
        .map(|(id, toml)| {
            let texts = languages
                .iter()
                .map(|lang| {
                    let text = embedded::TEXTS
                        .iter()
                        .find(|(l, i, _)| l == lang && i == id)
                        .map(|(_, _, t)| (*t).to_owned());
                    (
                        (*lang).to_owned(),
                        (format!("locales/{lang}/procedures/{id}.ftl"), text),
                    )
                })
                .collect();
            let path = format!("assets/procedures/{id}/procedure.toml");
            let letter_texts = (
                format!("locales/fr/letters/{id}.ftl"),
                embedded::LETTER_TEXTS
                    .iter()
                    .find(|(i, _)| i == id)
                    .map(|(_, t)| (*t).to_owned()),
            );
            match parse_procedure(id, &path, toml, &texts, &letter_texts) {
                Ok(p) => Entry::Available(Box::new(p)),
                Err(problems) => Entry::Unavailable {
                    id: (*id).to_owned(),
                    problems,
                },
            }
        })
        .collect();
    Catalogue { entries }
}
