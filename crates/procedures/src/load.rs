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

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use toml_edit::{Item, Table};

use crate::ProceduresError;
use crate::expr::{self, Expr, ValueType};
use crate::model::*;

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

struct Ctx<'a> {
    path: &'a str,
    text: &'a str,
    problems: Vec<Problem>,
}

impl Ctx<'_> {
    fn line_at(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    fn problem(&mut self, offset: Option<usize>, message: impl Into<String>) {
        let line = offset.map(|o| self.line_at(o));
        self.problems.push(Problem {
            path: self.path.to_owned(),
            line,
            message: message.into(),
        });
    }

    /// Reports keys of `table` not in `allowed`.
    fn only(&mut self, table: &Table, allowed: &[&str], what: &str) {
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

    fn string(
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

    fn boolean(&mut self, table: &Table, key: &str, what: &str) -> bool {
        match table.get(key) {
            None => false,
            Some(item) => item.as_bool().unwrap_or_else(|| {
                let at = item.span().map(|s| s.start);
                self.problem(at, format!("{what}: `{key}` must be true or false"));
                false
            }),
        }
    }

    fn strings(&mut self, table: &Table, key: &str, what: &str) -> Vec<String> {
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

    fn tables<'t>(&mut self, root: &'t Table, key: &str) -> Vec<&'t Table> {
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

    fn id(
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

    /// Parses and type-checks a condition; problems point at its line.
    fn condition(
        &mut self,
        table: &Table,
        key: &str,
        what: &str,
        types: &BTreeMap<String, ValueType>,
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
}

/// A list of documents of the checklist (`enclosures`, `encloses`): each
/// one that is not a document is a problem at the list's line.
fn document_refs(
    cx: &mut Ctx,
    table: &Table,
    key: &str,
    what: &str,
    documents: &BTreeSet<String>,
    not_a_document: impl Fn(&str) -> String,
) -> Vec<String> {
    let ids = cx.strings(table, key, what);
    for e in ids.iter().filter(|e| !documents.contains(*e)) {
        let at = table.get(key).and_then(|i| i.span()).map(|s| s.start);
        cx.problem(at, not_a_document(e));
    }
    ids
}

fn value_type(kind: &str, options: &[String]) -> ValueType {
    match kind {
        "date" => ValueType::Date,
        "choice" => ValueType::Choice(options.to_vec()),
        "yes-no" => ValueType::Bool,
        "amount" => ValueType::Number,
        _ => ValueType::Text,
    }
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
    let mut cx = Ctx {
        path,
        text,
        problems: Vec::new(),
    };
    let doc = match toml_edit::Document::parse(text.to_owned()) {
        Ok(d) => d,
        Err(e) => {
            let at = e.span().map(|s| s.start);
            cx.problem(at, format!("TOML syntax: {}", e.message().trim()));
            return Err(cx.problems);
        }
    };
    let root = doc.as_table();
    cx.only(
        root,
        &[
            "id",
            "version",
            "law_as_of",
            "theme",
            "evidence_journal",
            "legal_basis",
            "steps",
            "computed",
            "documents",
            "deadlines",
            "letters",
            "outcomes",
        ],
        "the procedure",
    );
    let what = "procedure";
    if let Some((declared, at)) = cx.string(root, "id", what, true)
        && declared != id
    {
        cx.problem(
            at,
            format!("id `{declared}` differs from its folder name `{id}`"),
        );
    }
    let version = cx
        .string(root, "version", what, true)
        .map(|v| v.0)
        .unwrap_or_default();
    let law_as_of = match cx.string(root, "law_as_of", what, true) {
        Some((d, at)) => NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok().or_else(|| {
            cx.problem(at, format!("law_as_of `{d}` is not a date (YYYY-MM-DD)"));
            None
        }),
        None => None,
    };
    let theme = match cx.string(root, "theme", what, true) {
        Some((t, at)) => {
            if !THEMES.contains(&t.as_str()) {
                cx.problem(
                    at,
                    format!("unknown theme `{t}` (themes: {})", THEMES.join(", ")),
                );
            }
            t
        }
        None => String::new(),
    };

    let evidence_journal = cx.boolean(root, "evidence_journal", what);

    let mut keys: Vec<String> = ["title", "summary", "audience", "keywords"]
        .iter()
        .map(|k| format!("{id}-{k}"))
        .collect();

    let mut seen = BTreeSet::new();
    let mut legal_basis = Vec::new();
    for t in cx.tables(root, "legal_basis") {
        cx.only(
            t,
            &["id", "citation", "reference", "status"],
            "a legal basis",
        );
        let Some((lid, _)) = cx.id(t, "legal basis", &mut seen) else {
            continue;
        };
        let citation = cx
            .string(t, "citation", "legal basis", true)
            .map(|v| v.0)
            .unwrap_or_default();
        let reference = cx
            .string(t, "reference", "legal basis", true)
            .map(|v| v.0)
            .unwrap_or_default();
        let status = match cx.string(t, "status", "legal basis", true) {
            Some((s, at)) => {
                if s != "VERIFIED-P" && s != "VERIFIED-S" {
                    cx.problem(at, format!("legal basis `{lid}`: status `{s}`: only VERIFIED-P or VERIFIED-S facts may be cited"));
                }
                s
            }
            None => String::new(),
        };
        keys.push(format!("{id}-law-{lid}"));
        legal_basis.push(LegalBasis {
            id: lid,
            citation,
            reference,
            status,
        });
    }

    // First pass over questions: ids and types, so conditions may refer to
    // questions of any step.
    let step_tables = cx.tables(root, "steps");
    let mut types: BTreeMap<String, ValueType> = BTreeMap::new();
    let mut raw_questions: Vec<(usize, &Table)> = Vec::new();
    let mut raw_question_kinds: Vec<(String, String)> = Vec::new();
    let mut step_ids = Vec::new();
    let mut seen_steps = BTreeSet::new();
    let mut seen_questions = BTreeSet::new();
    for (si, st) in step_tables.iter().enumerate() {
        cx.only(st, &["id", "questions"], "a step");
        let sid = cx
            .id(st, "step", &mut seen_steps)
            .map(|v| v.0)
            .unwrap_or_default();
        keys.push(format!("{id}-step-{sid}"));
        step_ids.push(sid);
        for qt in cx.tables(st, "questions") {
            cx.only(
                qt,
                &[
                    "id", "type", "required", "options", "show_if", "validate", "prefill",
                ],
                "a question",
            );
            let Some((qid, qat)) = cx.id(qt, "question", &mut seen_questions) else {
                continue;
            };
            if qid == ENCLOSURES_ANSWER {
                cx.problem(
                    qat,
                    format!("question `{qid}`: this id is reserved for the worker's choice of enclosures"),
                );
            }
            let kind = cx.string(qt, "type", "question", true);
            let options = cx.strings(qt, "options", "question");
            if let Some((k, at)) = &kind {
                if !QUESTION_TYPES.contains(&k.as_str()) {
                    cx.problem(
                        *at,
                        format!(
                            "question `{qid}`: unknown type `{k}` (types: {})",
                            QUESTION_TYPES.join(", ")
                        ),
                    );
                }
                if k == "choice" && options.is_empty() {
                    cx.problem(*at, format!("question `{qid}`: a choice needs `options`"));
                }
            }
            keys.push(format!("{id}-q-{qid}"));
            for o in &options {
                keys.push(format!("{id}-q-{qid}-{o}"));
            }
            raw_question_kinds.push((
                qid.clone(),
                kind.as_ref().map_or(String::new(), |k| k.0.clone()),
            ));
            types.insert(
                qid,
                value_type(kind.as_ref().map_or("", |k| k.0.as_str()), &options),
            );
            raw_questions.push((si, qt));
        }
    }
    if step_tables.is_empty() {
        cx.problem(None, "a procedure needs at least one [[steps]]");
    }

    // Computed values read questions only; once checked they join the
    // names every other condition may use.
    let mut computed = Vec::new();
    let question_types = types.clone();
    let mut seen_computed = BTreeSet::new();
    for t in cx.tables(root, "computed") {
        cx.only(t, &["id", "when"], "a computed value");
        let Some((cid, at)) = cx.id(t, "computed value", &mut seen_computed) else {
            continue;
        };
        if question_types.contains_key(&cid) {
            cx.problem(
                at,
                format!("computed value `{cid}` has the id of a question"),
            );
        }
        let what = format!("computed value `{cid}`");
        match cx.condition(t, "when", &what, &question_types) {
            Some((when, _)) => {
                types.insert(cid.clone(), ValueType::Bool);
                computed.push(Computed { id: cid, when });
            }
            None if t.get("when").is_none() => cx.problem(at, format!("{what}: missing `when`")),
            None => {}
        }
    }

    let mut steps: Vec<Step> = step_ids
        .into_iter()
        .map(|sid| Step {
            id: sid,
            questions: Vec::new(),
        })
        .collect();
    let mut depends: BTreeMap<String, (Vec<String>, Option<usize>)> = BTreeMap::new();
    for (si, qt) in raw_questions {
        let Some(qid) = qt.get("id").and_then(|i| i.as_str()).map(str::to_owned) else {
            continue;
        };
        let what = format!("question `{qid}`");
        let show_if = cx.condition(qt, "show_if", &what, &types);
        let validate = cx.condition(qt, "validate", &what, &types).map(|v| v.0);
        if validate.is_some() {
            keys.push(format!("{id}-q-{qid}-invalid"));
        }
        if let Some((e, at)) = &show_if {
            depends.insert(
                qid.clone(),
                (e.names().iter().map(|s| s.to_string()).collect(), *at),
            );
        }
        let prefill = match cx.string(qt, "prefill", &what, false) {
            Some((p, at)) => {
                match document_prefill_kind(&p) {
                    Some(kind) => {
                        if !permanence_domain::DOCUMENT_KINDS.contains(&kind) {
                            cx.problem(at, format!("{what}: unknown document kind `{kind}` in `{p}`"));
                        }
                        if qt.get("type").and_then(|i| i.as_str()) != Some("date") {
                            cx.problem(at, format!("{what}: `{p}` can only prefill a date question"));
                        }
                    }
                    None if !PERSON_FIELDS.contains(&p.as_str()) => cx.problem(
                        at,
                        format!(
                            "{what}: unknown person field `{p}` (fields: {}, or document:<kind>:expires_on)",
                            PERSON_FIELDS.join(", ")
                        ),
                    ),
                    None => {}
                }
                Some(p)
            }
            None => None,
        };
        steps[si].questions.push(Question {
            kind: qt
                .get("type")
                .and_then(|i| i.as_str())
                .unwrap_or_default()
                .to_owned(),
            required: cx.boolean(qt, "required", &what),
            options: qt
                .get("options")
                .and_then(|i| i.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default(),
            show_if: show_if.map(|v| v.0),
            validate,
            prefill,
            id: qid,
        });
    }
    // A question shown only if another is answered, which is itself shown
    // only if the first is answered, can never appear.
    for cycle in cycles(&depends) {
        let at = depends.get(&cycle[0]).and_then(|d| d.1);
        cx.problem(
            at,
            format!("show_if conditions form a cycle: {}", cycle.join(" → ")),
        );
    }

    let mut documents = Vec::new();
    let mut seen_docs = BTreeSet::new();
    for t in cx.tables(root, "documents") {
        cx.only(t, &["id", "required", "required_if", "kinds"], "a document");
        let Some((did, _)) = cx.id(t, "document", &mut seen_docs) else {
            continue;
        };
        let what = format!("document `{did}`");
        let required = cx.boolean(t, "required", &what);
        let required_if = cx.condition(t, "required_if", &what, &types).map(|v| v.0);
        let kinds = cx.strings(t, "kinds", &what);
        for k in &kinds {
            if !permanence_domain::DOCUMENT_KINDS.contains(&k.as_str()) {
                let at = t.get("kinds").and_then(|i| i.span()).map(|s| s.start);
                cx.problem(
                    at,
                    format!(
                        "{what}: unknown document kind `{k}` (kinds: {})",
                        permanence_domain::DOCUMENT_KINDS.join(", ")
                    ),
                );
            }
        }
        keys.push(format!("{id}-doc-{did}"));
        documents.push(DocumentRule {
            id: did,
            required,
            required_if,
            kinds,
        });
    }

    let mut deadlines: Vec<DeadlineRule> = Vec::new();
    let mut seen_deadlines = BTreeSet::new();
    // Letters named by deadline sources, checked once letters are read.
    let mut letter_sources: Vec<(String, Option<usize>, String)> = Vec::new();
    for t in cx.tables(root, "deadlines") {
        cx.only(
            t,
            &[
                "id",
                "from",
                "assume",
                "duration",
                "franc",
                "when",
                "enforceable_if",
                "event",
                "meaning",
                "suspend",
            ],
            "a deadline",
        );
        let Some((did, _)) = cx.id(t, "deadline", &mut seen_deadlines) else {
            continue;
        };
        let what = format!("deadline `{did}`");
        // A source: a date question, a letter's posting or AR, or an
        // earlier deadline (so chains have no cycles).
        let mut source = |text: &str, at: Option<usize>, cx: &mut Ctx| -> Option<Source> {
            let parts: Vec<&str> = text.split(':').collect();
            match parts.as_slice() {
                ["letter", l, "sent"] => {
                    letter_sources.push(((*l).to_owned(), at, what.clone()));
                    Some(Source::LetterSent((*l).to_owned()))
                }
                ["letter", l, "received"] => {
                    letter_sources.push(((*l).to_owned(), at, what.clone()));
                    Some(Source::LetterReceived((*l).to_owned()))
                }
                ["deadline", d] if deadlines.iter().any(|r| r.id == *d) => {
                    Some(Source::Deadline((*d).to_owned()))
                }
                ["deadline", d] => {
                    cx.problem(
                        at,
                        format!("{what}: `deadline:{d}` must name an earlier deadline"),
                    );
                    None
                }
                [q] if types.get(*q) == Some(&ValueType::Date) => {
                    Some(Source::Question((*q).to_owned()))
                }
                _ => {
                    cx.problem(
                        at,
                        format!("{what}: `from` must name a date question, not `{text}` (or letter:<id>:sent, letter:<id>:received, deadline:<id>)"),
                    );
                    None
                }
            }
        };
        let mut from = Vec::new();
        match t.get("from") {
            None => cx.problem(t.span().map(|s| s.start), format!("{what}: missing `from`")),
            Some(item) => {
                let at = item.span().map(|s| s.start);
                let texts: Vec<String> = match (item.as_str(), item.as_array()) {
                    (Some(one), _) => vec![one.to_owned()],
                    (None, Some(a)) if a.iter().all(|v| v.as_str().is_some()) && !a.is_empty() => a
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect(),
                    _ => {
                        cx.problem(
                            at,
                            format!("{what}: `from` must be a text or a list of texts"),
                        );
                        Vec::new()
                    }
                };
                for text in texts {
                    if let Some(src) = source(&text, at, &mut cx) {
                        from.push(src);
                    }
                }
            }
        }
        let check_duration = |d: &str, at: Option<usize>, cx: &mut Ctx| {
            if d.parse::<permanence_domain::Duration>().is_err() {
                cx.problem(
                    at,
                    format!(
                        "{what}: duration `{d}` must be a number then d, wd or m (15d, 10wd, 2m)"
                    ),
                );
            }
        };
        let assume = match t.get("assume").map(|i| (i.as_table_like(), i.span())) {
            None => None,
            Some((Some(table), span)) => {
                let at = span.map(|s| s.start);
                let from_text = table.get("from").and_then(|i| i.as_str());
                let duration = table.get("duration").and_then(|i| i.as_str());
                match (from_text, duration) {
                    (Some(f), Some(d)) => {
                        check_duration(d, at, &mut cx);
                        source(f, at, &mut cx).map(|from| Assumption {
                            from,
                            duration: d.to_owned(),
                        })
                    }
                    _ => {
                        cx.problem(at, format!("{what}: `assume` needs `from` and `duration`"));
                        None
                    }
                }
            }
            Some((None, span)) => {
                cx.problem(
                    span.map(|s| s.start),
                    format!("{what}: `assume` must be a table {{ from = …, duration = … }}"),
                );
                None
            }
        };
        let duration = match cx.string(t, "duration", &what, true) {
            Some((d, at)) => {
                check_duration(&d, at, &mut cx);
                d
            }
            None => String::new(),
        };
        let franc = cx.boolean(t, "franc", &what);
        let when = cx.condition(t, "when", &what, &types).map(|v| v.0);
        let enforceable_if = cx
            .condition(t, "enforceable_if", &what, &types)
            .map(|v| v.0);
        let event = cx
            .string(t, "event", &what, false)
            .map(|v| v.0)
            .unwrap_or_else(|| "départ".to_owned());
        let meaning = match cx.string(t, "meaning", &what, true) {
            Some((m, at)) => {
                if !DEADLINE_MEANINGS.contains(&m.as_str()) {
                    cx.problem(
                        at,
                        format!(
                            "{what}: unknown meaning `{m}` (meanings: {})",
                            DEADLINE_MEANINGS.join(", ")
                        ),
                    );
                }
                m
            }
            None => String::new(),
        };
        let suspend = match t.get("suspend").map(|i| (i.as_table_like(), i.span())) {
            None => None,
            Some((Some(table), span)) => {
                let at = span.map(|s| s.start);
                let text = |k: &str| table.get(k).and_then(|i| i.as_str()).map(str::to_owned);
                match (text("from"), text("until"), text("reason")) {
                    (Some(from), Some(until), Some(reason)) => {
                        for q in [&from, &until] {
                            if types.get(q.as_str()) != Some(&ValueType::Date) {
                                cx.problem(
                                    at,
                                    format!(
                                        "{what}: `suspend` must name date questions, not `{q}`"
                                    ),
                                );
                            }
                        }
                        Some(Suspension {
                            from,
                            until,
                            reason,
                        })
                    }
                    _ => {
                        cx.problem(
                            at,
                            format!("{what}: `suspend` needs `from`, `until` and `reason`"),
                        );
                        None
                    }
                }
            }
            Some((None, span)) => {
                cx.problem(
                    span.map(|s| s.start),
                    format!(
                        "{what}: `suspend` must be a table {{ from = …, until = …, reason = … }}"
                    ),
                );
                None
            }
        };
        keys.push(format!("{id}-deadline-{did}"));
        deadlines.push(DeadlineRule {
            suspend,
            id: did,
            from,
            assume,
            duration,
            franc,
            when,
            enforceable_if,
            event,
            meaning,
        });
    }

    let mut letters = Vec::new();
    let mut seen_letters = BTreeSet::new();
    let document_ids: BTreeSet<String> = documents.iter().map(|d| d.id.clone()).collect();
    // Messages the French letters file must define.
    let mut letter_keys: Vec<String> = Vec::new();
    let letter_tables = cx.tables(root, "letters");
    if !letter_tables.is_empty() {
        letter_keys.push(format!("{id}-letter-sender"));
        letter_keys.push(format!("{id}-letter-signature"));
    }
    for t in letter_tables {
        cx.only(
            t,
            &[
                "id",
                "offer_if",
                "wait_for",
                "wait_unless",
                "due_by",
                "urgent_if",
                "follow_up",
                "registered_if",
                "lrar_number",
                "references",
                "paragraphs",
                "enclosures",
                "copies",
            ],
            "a letter",
        );
        let Some((lid, at)) = cx.id(t, "letter", &mut seen_letters) else {
            continue;
        };
        let what = format!("letter `{lid}`");
        let offer_if = cx.condition(t, "offer_if", &what, &types).map(|v| v.0);
        let wait_for = cx.strings(t, "wait_for", &what);
        for w in &wait_for {
            let at = t.get("wait_for").and_then(|i| i.span()).map(|s| s.start);
            match deadlines.iter().find(|d| &d.id == w) {
                None => cx.problem(at, format!("{what}: `wait_for` names no deadline `{w}`")),
                Some(d) if !d.is_implicit_decision() => cx.problem(
                    at,
                    format!(
                        "{what}: `wait_for` deadline `{w}` is no implicit decision (its meaning is `{}`)",
                        d.meaning
                    ),
                ),
                Some(_) => {}
            }
        }
        let wait_unless = cx.condition(t, "wait_unless", &what, &types).map(|v| v.0);
        if wait_unless.is_some() && wait_for.is_empty() {
            let at = t.get("wait_unless").and_then(|i| i.span()).map(|s| s.start);
            cx.problem(at, format!("{what}: `wait_unless` without `wait_for`"));
        }
        let deadline_key = |key: &str, meanings: &[&str], cx: &mut Ctx| -> Option<String> {
            let (rule, at) = cx.string(t, key, &what, false)?;
            match deadlines.iter().find(|d| d.id == rule) {
                None => cx.problem(at, format!("{what}: `{key}` names no deadline `{rule}`")),
                Some(d) if !meanings.contains(&d.meaning.as_str()) => cx.problem(
                    at,
                    format!(
                        "{what}: `{key}` deadline `{rule}` has the meaning `{}` (expected: {})",
                        d.meaning,
                        meanings.join(", ")
                    ),
                ),
                Some(_) => {}
            }
            Some(rule)
        };
        let due_by = deadline_key("due_by", &["recourse-due", "court-due"], &mut cx);
        let follow_up = deadline_key(
            "follow_up",
            &[
                "implicit-refusal",
                "implicit-rejection",
                "implicit-acceptance",
                "authority-due",
            ],
            &mut cx,
        );
        let urgent_if = cx.condition(t, "urgent_if", &what, &types).map(|v| v.0);
        let registered_if = cx.condition(t, "registered_if", &what, &types).map(|v| v.0);
        let lrar_number = match cx.string(t, "lrar_number", &what, false) {
            Some((q, at)) => {
                if types.get(&q) != Some(&ValueType::Text) {
                    cx.problem(
                        at,
                        format!("{what}: `lrar_number` must name a text question, not `{q}`"),
                    );
                }
                Some(q)
            }
            None => None,
        };
        let mut blocks = |kind: &str, key: &str, cx: &mut Ctx| -> Vec<Block> {
            let mut seen = BTreeSet::new();
            let mut out = Vec::new();
            for b in cx.tables(t, key) {
                cx.only(b, &["id", "show_if", "encloses"], &format!("{what}, {key}"));
                let Some((bid, _)) = cx.id(b, &format!("{what}, {key}"), &mut seen) else {
                    continue;
                };
                let show_if = cx
                    .condition(b, "show_if", &format!("{what}, {key} `{bid}`"), &types)
                    .map(|v| v.0);
                let encloses = document_refs(
                    cx,
                    b,
                    "encloses",
                    &format!("{what}, {key} `{bid}`"),
                    &document_ids,
                    |e| {
                        format!(
                            "{what}, {key} `{bid}`: `encloses` names `{e}`, not a document of the checklist"
                        )
                    },
                );
                letter_keys.extend(encloses.iter().map(|e| format!("{id}-enclosure-{e}")));
                letter_keys.push(format!("{id}-letter-{lid}-{kind}-{bid}"));
                out.push(Block {
                    id: bid,
                    show_if,
                    encloses,
                });
            }
            out
        };
        let references = blocks("ref", "references", &mut cx);
        let paragraphs = blocks("p", "paragraphs", &mut cx);
        if paragraphs.is_empty() {
            cx.problem(
                at,
                format!("{what}: needs at least one [[letters.paragraphs]]"),
            );
        }
        let enclosures = document_refs(&mut cx, t, "enclosures", &what, &document_ids, |e| {
            format!("{what}: enclosure `{e}` is not a document of the checklist")
        });
        letter_keys.extend(enclosures.iter().map(|e| format!("{id}-enclosure-{e}")));
        let copies = cx.strings(t, "copies", &what);
        for c in &copies {
            letter_keys.push(format!("{id}-letter-{lid}-copy-{c}"));
        }
        for part in ["recipient", "subject", "salutation", "closing"] {
            letter_keys.push(format!("{id}-letter-{lid}-{part}"));
        }
        keys.push(format!("{id}-letter-{lid}"));
        for part in ["asks", "to", "next", "keep"] {
            keys.push(format!("{id}-explain-{lid}-{part}"));
        }
        letters.push(LetterSpec {
            id: lid,
            offer_if,
            wait_for,
            wait_unless,
            due_by,
            urgent_if,
            follow_up,
            registered_if,
            lrar_number,
            references,
            paragraphs,
            enclosures,
            copies,
        });
    }
    letter_keys.sort();
    letter_keys.dedup();
    for (letter, at, what) in letter_sources {
        if !letters.iter().any(|l: &LetterSpec| l.id == letter) {
            cx.problem(
                at,
                format!("{what}: no letter `{letter}` in this procedure"),
            );
        }
    }

    let mut outcomes = Vec::new();
    let mut seen_outcomes = BTreeSet::new();
    for t in cx.tables(root, "outcomes") {
        cx.only(t, &["id", "when"], "an outcome");
        let Some((oid, _)) = cx.id(t, "outcome", &mut seen_outcomes) else {
            continue;
        };
        let what = format!("outcome `{oid}`");
        let when = cx.condition(t, "when", &what, &types).map(|v| v.0);
        keys.push(format!("{id}-next-{oid}"));
        outcomes.push(Outcome { id: oid, when });
    }

    check_texts(&mut cx.problems, &keys, texts);
    if !letter_keys.is_empty() {
        let mut french = BTreeMap::new();
        french.insert("fr".to_owned(), letter_texts.clone());
        check_texts(&mut cx.problems, &letter_keys, &french);
    }
    // Letters and explanation sheets may read answers (question ids, except
    // documents), computed values, deadline dates and a few values of the
    // letter itself; anything else is a typo that would print a gap.
    let mut readable: BTreeSet<String> = types.keys().cloned().collect();
    for q in raw_question_kinds.iter().filter(|(_, k)| k == "document") {
        readable.remove(&q.0);
    }
    readable.extend(deadlines.iter().map(|d| format!("deadline-{}", d.id)));
    readable.extend(LETTER_VARIABLES.iter().map(|v| (*v).to_owned()));
    let sources = texts
        .values()
        .chain(std::iter::once(letter_texts))
        .filter_map(|(path, content)| content.as_ref().map(|c| (path, c)));
    for (path, content) in sources {
        for (key, line, vars) in permanence_texts::message_variables(content) {
            if !key.starts_with(&format!("{id}-letter-"))
                && !key.starts_with(&format!("{id}-explain-"))
                && !key.starts_with(&format!("{id}-enclosure-"))
            {
                continue;
            }
            for v in vars.iter().filter(|v| !readable.contains(*v)) {
                cx.problems.push(Problem {
                    path: path.clone(),
                    line: Some(line),
                    message: format!(
                        "`{key}` reads `${v}`, which is no question, computed value or deadline of {id}"
                    ),
                });
            }
        }
    }

    let texts_by_language = texts
        .iter()
        .filter_map(|(lang, (_, content))| content.clone().map(|c| (lang.clone(), c)))
        .collect();
    if cx.problems.is_empty() {
        Ok(Procedure {
            id: id.to_owned(),
            version,
            law_as_of: law_as_of.unwrap_or_default(),
            theme,
            evidence_journal,
            legal_basis,
            steps,
            documents,
            deadlines,
            letters,
            outcomes,
            computed,
            texts: texts_by_language,
            letter_texts: letter_texts.1.clone().unwrap_or_default(),
        })
    } else {
        cx.problems.sort();
        Err(cx.problems)
    }
}

/// Every Fluent message the procedure needs must exist in every language.
fn check_texts(
    problems: &mut Vec<Problem>,
    keys: &[String],
    texts: &BTreeMap<String, (String, Option<String>)>,
) {
    for (lang, (path, content)) in texts {
        let Some(content) = content else {
            problems.push(Problem {
                path: path.clone(),
                line: None,
                message: format!("missing: the texts of this procedure in `{lang}`"),
            });
            continue;
        };
        let defined: BTreeSet<String> = match fluent_syntax::parser::parse(content.as_str()) {
            Ok(r) | Err((r, _)) => r
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect(),
        };
        if let Err((_, errors)) = fluent_syntax::parser::parse(content.as_str()) {
            for e in errors {
                let offset = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                problems.push(Problem {
                    path: path.clone(),
                    line: Some(content[..offset.min(content.len())].matches('\n').count() + 1),
                    message: format!("Fluent syntax: {}", e.kind),
                });
            }
        }
        for key in keys {
            if !defined.contains(key) {
                problems.push(Problem {
                    path: path.clone(),
                    line: None,
                    message: format!("missing message `{key}`"),
                });
            }
        }
    }
}

/// Cycles in the "question → questions its show_if reads" graph, each
/// reported once, starting from its smallest id.
fn cycles(depends: &BTreeMap<String, (Vec<String>, Option<usize>)>) -> Vec<Vec<String>> {
    let mut found: BTreeSet<Vec<String>> = BTreeSet::new();
    for start in depends.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        while let Some((node, path)) = stack.pop() {
            for next in depends
                .get(&node)
                .map(|d| d.0.as_slice())
                .unwrap_or_default()
            {
                if next == start {
                    let mut cycle = path.clone();
                    // Normalise: rotate so the smallest id comes first.
                    let min = cycle
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, n)| *n)
                        .map_or(0, |(i, _)| i);
                    cycle.rotate_left(min);
                    cycle.push(cycle[0].clone());
                    found.insert(cycle);
                } else if !path.contains(next) && path.len() < 64 {
                    let mut p = path.clone();
                    p.push(next.clone());
                    stack.push((next.clone(), p));
                }
            }
        }
    }
    found.into_iter().collect()
}

/// Checks every `examples/*.json` answers file of a procedure folder: JSON
/// syntax (with its line), unknown questions, answers of the wrong kind.
fn check_examples(
    procedure: &Procedure,
    dir: &Path,
    shown: &dyn Fn(&Path) -> String,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|f| f.extension().is_some_and(|e| e == "json"));
    files.sort();
    for file in files {
        let path = shown(&file);
        let parsed = std::fs::read_to_string(&file)
            .map_err(|e| (None, e.to_string()))
            .and_then(|t| {
                serde_json::from_str::<serde_json::Value>(&t)
                    .map_err(|e| (Some(e.line()), e.to_string()))
            });
        match parsed {
            Ok(serde_json::Value::Object(answers)) => {
                for message in check_answers(procedure, &answers) {
                    problems.push(Problem {
                        path: path.clone(),
                        line: None,
                        message,
                    });
                }
            }
            Ok(_) => problems.push(Problem {
                path,
                line: None,
                message: "an answers file must be a JSON object keyed by question id".into(),
            }),
            Err((line, message)) => problems.push(Problem {
                path,
                line,
                message: format!("JSON: {message}"),
            }),
        }
    }
    problems
}

/// Checks an answers file (`examples/*.json`: question id → answer) against
/// a procedure: unknown questions, and answers of the wrong kind.
pub fn check_answers(
    procedure: &Procedure,
    answers: &serde_json::Map<String, serde_json::Value>,
) -> Vec<String> {
    use serde_json::Value;
    let mut problems = Vec::new();
    for (key, value) in answers {
        if key == ENCLOSURES_ANSWER {
            problems.extend(check_enclosure_choice(procedure, value));
            continue;
        }
        let Some(q) = procedure.questions().find(|q| &q.id == key) else {
            problems.push(format!("`{key}` is not a question of {}", procedure.id));
            continue;
        };
        let fits = match (q.kind.as_str(), value) {
            (_, Value::Null) => true,
            ("yes-no", Value::Bool(_)) => true,
            ("amount", Value::Number(_)) => true,
            ("date", Value::String(s)) => NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
            ("choice", Value::String(s)) => q.options.contains(s),
            ("text" | "address" | "person-field" | "document", Value::String(_)) => true,
            _ => false,
        };
        if !fits {
            problems.push(format!("`{key}` ({}): {value} does not fit", q.kind));
        }
    }
    problems
}

/// The worker's choice of enclosures: documents of the checklist ticked,
/// documents added by name (at most 200 characters each).
fn check_enclosure_choice(procedure: &Procedure, value: &serde_json::Value) -> Vec<String> {
    use serde_json::Value;
    let mut problems = Vec::new();
    let Value::Object(map) = value else {
        return vec![format!(
            "`{ENCLOSURES_ANSWER}`: expected {{\"ticked\": [...], \"added\": [...]}}"
        )];
    };
    for (key, list) in map {
        let Some(items) = list.as_array() else {
            problems.push(format!("`{ENCLOSURES_ANSWER}.{key}`: expected a list"));
            continue;
        };
        for item in items {
            match (key.as_str(), item.as_str()) {
                ("ticked", Some(doc)) if procedure.documents.iter().any(|d| d.id == doc) => {}
                ("ticked", _) => problems.push(format!(
                    "`{ENCLOSURES_ANSWER}.ticked`: {item} is not a document of {}",
                    procedure.id
                )),
                ("added", Some(name))
                    if !name.trim().is_empty() && name.chars().count() <= 200 => {}
                ("added", _) => problems.push(format!(
                    "`{ENCLOSURES_ANSWER}.added`: {item} is not a document name (1 to 200 characters)"
                )),
                _ => problems.push(format!("`{ENCLOSURES_ANSWER}.{key}`: unknown key")),
            }
        }
    }
    problems
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
