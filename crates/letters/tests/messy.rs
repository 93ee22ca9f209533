//! Letters on messy answers: the situations workers actually meet (an
//! oral refusal, no voies et délais, a deadline already past, a
//! conciliation pending, a letter asked for too early, optional
//! enclosures, the wrong démarche chosen), written from the field reports
//! rather than from the shipped examples.
//!
//! Each file `tests/messy/<procedure>/<case>.json` holds the day the
//! worker prints (`today`), optionally the holiday `zone` and what became
//! of earlier letters (`facts`), the `answers`, and what must hold for each
//! letter (`expect`). Every letter composed is compared with a reviewed
//! text in `tests/snapshots/messy/` (`UPDATE_SNAPSHOTS=1` to accept a
//! deliberate change, then read the diff), and the rules that hold for
//! every démarche are checked on it and on every shipped example:
//!
//! 1. a letter whose precondition (a silence) has not run is refused, with
//!    the date from which it can go out;
//! 2. every document a shown part of the letter says is enclosed is listed,
//!    nothing is listed twice, and a sentence announcing « les pièces
//!    listées ci-dessous » has a list under it;
//! 3. nothing unresolved reaches the paper, and the recipient holds at
//!    most six lines (the envelope's window).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use permanence_domain::{Language, Zone};
use permanence_letters::{
    Availability, Document, Draft, LettersError, availability, compose, enclosures, offered,
};
use permanence_procedures::deadlines::Facts;
use permanence_procedures::expr::eval;
use permanence_procedures::interview::{Answers, effective};
use permanence_procedures::load::{Entry, check_answers, load_embedded};
use permanence_procedures::model::Procedure;
use permanence_testkit::{pdf_text_layout, workspace_root};
use permanence_texts::Texts;
use serde::Deserialize;

fn procedures() -> Vec<Procedure> {
    load_embedded(&["fr", "en", "ar"])
        .entries
        .into_iter()
        .map(|e| match e {
            Entry::Available(p) => *p,
            Entry::Unavailable { id, problems } => panic!("{id} unavailable: {problems:?}"),
        })
        .collect()
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct LetterFacts {
    sent: Option<NaiveDate>,
    received: Option<NaiveDate>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// Whether the letter fits the answers at all.
    offered: Option<bool>,
    /// Offered but too early: the first day it can go out (`null`: not
    /// known yet, the silence's start is missing).
    #[serde(default, with = "double_option")]
    available_from: Option<Option<NaiveDate>>,
    #[serde(default)]
    letter_contains: Vec<String>,
    #[serde(default)]
    letter_lacks: Vec<String>,
    /// Lines that must be among « Pièces jointes » (substrings).
    #[serde(default)]
    enclosures_include: Vec<String>,
    #[serde(default)]
    enclosures_lack: Vec<String>,
    /// Per language: substrings the explanation sheet must hold / lack.
    #[serde(default)]
    sheet_contains: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    sheet_lacks: BTreeMap<String, Vec<String>>,
    /// Offered but not printable yet: the questions the worker is asked
    /// (a court that cannot be determined from the answers is asked for,
    /// never guessed).
    #[serde(default)]
    asks_for: Vec<String>,
}

mod double_option {
    use serde::{Deserialize, Deserializer};
    pub fn deserialize<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        Option::<T>::deserialize(d).map(Some)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// The situation, in the worker's words.
    about: String,
    today: NaiveDate,
    #[serde(default)]
    zone: Option<String>,
    #[serde(default)]
    facts: BTreeMap<String, LetterFacts>,
    answers: Answers,
    expect: BTreeMap<String, Expect>,
}

#[allow(clippy::too_many_arguments)]
fn compose_in(
    p: &Procedure,
    letter: &str,
    answers: &Answers,
    facts: &Facts,
    today: NaiveDate,
    zone: Zone,
    lang: Option<Language>,
    texts: &Texts,
) -> Result<Document, LettersError> {
    compose(
        &Draft {
            procedure: p,
            letter_id: letter,
            answers,
            today,
            place: "Saint-Denis",
            organisation: "Association Exemple d'accès aux droits",
            explain_in: lang,
            facts,
            zone,
        },
        texts,
    )
}

/// The rules that hold for every letter of every démarche.
fn check_rules(p: &Procedure, letter: &str, answers: &Answers, doc: &Document) -> Vec<String> {
    let mut broken = Vec::new();
    let spec = p.letters.iter().find(|l| l.id == letter).unwrap();
    let l = &doc.letter;
    // The recipient fits the window of a DL envelope: six lines at most.
    if l.recipient.len() > 6 {
        broken.push(format!(
            "recipient on {} lines: {:?}",
            l.recipient.len(),
            l.recipient
        ));
    }
    // Nothing listed twice.
    let mut seen = l.enclosures.clone();
    seen.sort();
    seen.dedup();
    if seen.len() != l.enclosures.len() {
        broken.push(format!("an enclosure is listed twice: {:?}", l.enclosures));
    }
    // Every document a shown part says is enclosed is in the list.
    let eff = effective(p, answers);
    let listed: Vec<String> = enclosures(p, spec, answers)
        .into_iter()
        .filter_map(|e| match e {
            permanence_letters::Enclosure::Document(id) => Some(id),
            permanence_letters::Enclosure::Named(_) => None,
        })
        .collect();
    for block in spec.references.iter().chain(&spec.paragraphs) {
        if !block.show_if.as_ref().is_none_or(|c| eval(c, &eff)) {
            continue;
        }
        for e in &block.encloses {
            if !listed.contains(e) {
                broken.push(format!(
                    "`{}` says `{e}` is enclosed; it is not listed",
                    block.id
                ));
            }
        }
    }
    if listed.len() > l.enclosures.len() {
        broken.push("fewer enclosure lines printed than documents enclosed".into());
    }
    // A sentence that announces enclosures has some under it; one that
    // names a document as joined must say which (`encloses`).
    for text in &l.paragraphs {
        let lower = text.to_lowercase();
        let announces = ["je joins", "ci-joint", "jointe", "joints", "en annexe"]
            .iter()
            .any(|w| lower.contains(w));
        if announces && l.enclosures.is_empty() {
            broken.push(format!(
                "announces an enclosure but none is listed: « {text} »"
            ));
        }
    }
    for (what, text) in l
        .paragraphs
        .iter()
        .chain(&l.references)
        .chain(&l.enclosures)
        .map(|t| ("letter", t))
        .chain(
            doc.explanation
                .iter()
                .flat_map(|e| e.sections.iter().map(|s| ("sheet", &s.text))),
        )
    {
        if text.contains('{') || text.contains('}') || text.trim().is_empty() {
            broken.push(format!("{what}: unresolved or empty text « {text} »"));
        }
    }
    broken
}

/// Every démarche is tried on at least four situations of its own.
fn too_few_cases(cases_per_procedure: &BTreeMap<String, usize>, messy: &Path) -> Vec<String> {
    procedures()
        .iter()
        .filter_map(|p| {
            let n = cases_per_procedure.get(&p.id).copied().unwrap_or(0);
            (n < 4).then(|| {
                format!(
                    "{}: {n} messy answers file(s) under {}, at least 4 expected",
                    p.id,
                    messy.display()
                )
            })
        })
        .collect()
}

/// Writes `text` as the snapshot at `file` when `update`, otherwise says
/// how it differs.
fn snapshot(file: &Path, text: &str, update: bool) -> Option<String> {
    if update {
        std::fs::write(file, text).unwrap();
        return None;
    }
    (std::fs::read_to_string(file).ok().as_deref() != Some(text)).then(|| {
        format!(
            "differs from {} (UPDATE_SNAPSHOTS=1 to accept):\n{text}",
            file.display()
        )
    })
}

/// What the case expects of the letter (in French) and of its sheet (in
/// `lang`) that `doc` does not say, one message each.
fn unmet(letter: &str, lang: Language, doc: &Document, e: &Expect) -> Vec<String> {
    let mut out = Vec::new();
    let letter_text = doc.plain_text();
    let letter_part = letter_text
        .split("\n----\n")
        .next()
        .unwrap_or(&letter_text)
        .to_owned();
    if lang == Language::French {
        for want in &e.letter_contains {
            if !letter_part.contains(want.as_str()) {
                out.push(format!("`{}` lacks « {want} »:\n{letter_part}", letter));
            }
        }
        for bad in &e.letter_lacks {
            if letter_part.contains(bad.as_str()) {
                out.push(format!("`{}` says « {bad} »:\n{letter_part}", letter));
            }
        }
        let listed: Vec<String> = doc
            .letter
            .enclosures
            .iter()
            .map(|l| l.replace(['\u{a0}', '\u{202f}'], " "))
            .collect();
        for want in &e.enclosures_include {
            if !listed.iter().any(|l| l.contains(want.as_str())) {
                out.push(format!(
                    "`{}` enclosures lack « {want} »: {:?}",
                    letter, doc.letter.enclosures
                ));
            }
        }
        for bad in &e.enclosures_lack {
            if listed.iter().any(|l| l.contains(bad.as_str())) {
                out.push(format!(
                    "`{}` encloses « {bad} »: {:?}",
                    letter, doc.letter.enclosures
                ));
            }
        }
    }
    let sheet: String = doc
        .explanation
        .iter()
        .flat_map(|x| x.sections.iter().map(|s| s.text.clone()))
        .collect::<Vec<_>>()
        .join("\n")
        .replace(['\u{2068}', '\u{2069}'], "")
        .replace(['\u{a0}', '\u{202f}'], " ");
    for want in e.sheet_contains.get(lang.code()).into_iter().flatten() {
        if !sheet.contains(want.as_str()) {
            out.push(format!(
                "`{}` sheet ({}) lacks « {want} »:\n{sheet}",
                letter,
                lang.code()
            ));
        }
    }
    for bad in e.sheet_lacks.get(lang.code()).into_iter().flatten() {
        if sheet.contains(bad.as_str()) {
            out.push(format!(
                "`{}` sheet ({}) says « {bad} »:\n{sheet}",
                letter,
                lang.code()
            ));
        }
    }
    out
}

#[test]
fn messy_answers_give_letters_that_keep_the_rules() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/messy");
    std::fs::create_dir_all(&snapshots).unwrap();
    let messy = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/messy");
    let texts = Texts::embedded().unwrap();
    let mut failures: Vec<String> = Vec::new();
    let mut cases_per_procedure: BTreeMap<String, usize> = BTreeMap::new();
    let mut written = Vec::new();
    for p in procedures() {
        let dir = messy.join(&p.id);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files {
            let name = file.file_stem().unwrap().to_string_lossy().into_owned();
            let case: Case = serde_json::from_str(&std::fs::read_to_string(&file).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            *cases_per_procedure.entry(p.id.clone()).or_default() += 1;
            let mut fail = |m: String| {
                failures.push(format!("{}/{name} ({}): {m}", p.id, case.about));
            };
            let problems = check_answers(&p, &case.answers);
            if !problems.is_empty() {
                fail(format!("answers do not fit: {problems:?}"));
                continue;
            }
            for id in case.expect.keys() {
                if !p.letters.iter().any(|l| &l.id == id) {
                    fail(format!(
                        "expects a letter `{id}` the démarche does not have"
                    ));
                }
            }
            let zone: Zone = case
                .zone
                .as_deref()
                .map_or(Zone::Metropole, |z| z.parse().unwrap());
            let mut facts = Facts::default();
            for (letter, f) in &case.facts {
                facts.letters.insert(letter.clone(), (f.sent, f.received));
            }
            let fitting: Vec<String> = offered(&p, &case.answers)
                .iter()
                .map(|l| l.id.clone())
                .collect();
            for spec in &p.letters {
                let expect = case.expect.get(&spec.id);
                let is_offered = fitting.contains(&spec.id);
                if let Some(want) = expect.and_then(|e| e.offered)
                    && want != is_offered
                {
                    fail(format!(
                        "`{}` offered: {is_offered}, expected {want}",
                        spec.id
                    ));
                }
                if !is_offered {
                    continue;
                }
                let when = availability(&p, spec, &case.answers, &facts, case.today, zone);
                let expected_wait = expect.and_then(|e| e.available_from);
                match (&when, expected_wait) {
                    (Availability::Now, None) => {}
                    (Availability::From { date, .. }, Some(Some(want))) if *date == want => {}
                    (Availability::Unknown { .. }, Some(None)) => {}
                    (got, want) => {
                        fail(format!(
                            "`{}` availability {got:?}, expected {want:?}",
                            spec.id
                        ));
                        continue;
                    }
                }
                // This case's letter, with the sheet in `lang` if any.
                let compose_case = |lang: Option<Language>| {
                    compose_in(
                        &p,
                        &spec.id,
                        &case.answers,
                        &facts,
                        case.today,
                        zone,
                        lang,
                        &texts,
                    )
                };
                if let Some(e) = expect.filter(|e| !e.asks_for.is_empty()) {
                    match compose_case(None) {
                        Err(LettersError::Missing(asked)) if asked == e.asks_for => {}
                        other => fail(format!(
                            "`{}` should ask for {:?}: {other:?}",
                            spec.id, e.asks_for
                        )),
                    }
                    continue;
                }
                if when != Availability::Now {
                    // Rule 2: nothing is printed before its precondition.
                    match compose_case(None) {
                        Err(LettersError::TooEarly { .. }) => {}
                        other => fail(format!("`{}` printed too early: {other:?}", spec.id)),
                    }
                    continue;
                }
                for lang in Language::ALL {
                    let doc = match compose_case(Some(lang)) {
                        Ok(d) => d,
                        Err(e) => {
                            fail(format!("`{}` in {}: {e}", spec.id, lang.code()));
                            continue;
                        }
                    };
                    for b in check_rules(&p, &spec.id, &case.answers, &doc) {
                        fail(format!("`{}`: {b}", spec.id));
                    }
                    let text = doc.plain_text();
                    let file = snapshots.join(format!(
                        "{}--{name}--{}--{}.txt",
                        p.id,
                        spec.id,
                        lang.code()
                    ));
                    written.push(file.clone());
                    if let Some(m) = snapshot(&file, &text, update) {
                        fail(m);
                    }
                    let Some(e) = expect else { continue };
                    for m in unmet(&spec.id, lang, &doc, e) {
                        fail(m);
                    }
                }
            }
        }
    }
    // Snapshots of cases that no longer exist are stale.
    for entry in std::fs::read_dir(&snapshots).unwrap() {
        let path = entry.unwrap().path();
        if !written.contains(&path) {
            if update {
                std::fs::remove_file(&path).unwrap();
            } else {
                failures.push(format!("stale snapshot {}", path.display()));
            }
        }
    }
    failures.extend(too_few_cases(&cases_per_procedure, &messy));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_shipped_examples_keep_the_rules_too() {
    let texts = Texts::embedded().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let mut broken = Vec::new();
    for p in procedures() {
        let dir = workspace_root().join(format!("assets/procedures/{}/examples", p.id));
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let answers: Answers =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            for spec in offered(&p, &answers) {
                let doc = compose_in(
                    &p,
                    &spec.id,
                    &answers,
                    &Facts::default(),
                    today,
                    Zone::Metropole,
                    Some(Language::French),
                    &texts,
                );
                match doc {
                    Ok(doc) => broken.extend(
                        check_rules(&p, &spec.id, &answers, &doc)
                            .into_iter()
                            .map(|b| format!("{} {}: {b}", path.display(), spec.id)),
                    ),
                    Err(e) => broken.push(format!("{} {}: {e}", path.display(), spec.id)),
                }
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

/// The last paragraph, the closing formula, the signature and the
/// enclosures share a page: a second page never holds only the signature
/// or only the list of enclosures.
#[test]
fn the_signature_and_the_enclosures_never_stand_alone_on_a_page() {
    let texts = Texts::embedded().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let mut broken = Vec::new();
    let mut checked = 0;
    for p in procedures() {
        let examples = workspace_root().join(format!("assets/procedures/{}/examples", p.id));
        let messy = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/messy/{}", p.id));
        let mut files: Vec<PathBuf> = std::fs::read_dir(examples)
            .unwrap()
            .chain(std::fs::read_dir(messy).into_iter().flatten())
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files {
            let raw: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let answers: Answers = match raw.get("answers") {
                Some(serde_json::Value::Object(a)) => a.clone(),
                _ => raw.as_object().unwrap().clone(),
            };
            for spec in offered(&p, &answers) {
                let Ok(doc) = compose_in(
                    &p,
                    &spec.id,
                    &answers,
                    &Facts::default(),
                    today,
                    Zone::Metropole,
                    None,
                    &texts,
                ) else {
                    continue;
                };
                let pdf = permanence_letters::render(&doc, today).unwrap();
                let text = pdf_text_layout(&pdf);
                let pages: Vec<&str> = text.split('\u{c}').collect();
                let closing_start: String = doc
                    .letter
                    .closing
                    .split_whitespace()
                    .take(4)
                    .collect::<Vec<_>>()
                    .join(" ");
                // What follows the closing formula on its page.
                let tail = pages
                    .iter()
                    .find_map(|pg| pg.find(&closing_start).map(|i| &pg[i..]));
                let signature = doc.letter.signature.last().unwrap();
                let last_enclosure = doc
                    .letter
                    .enclosures
                    .last()
                    .map(|e| e.split_whitespace().take(3).collect::<Vec<_>>().join(" "));
                checked += 1;
                let together = tail.is_some_and(|t| {
                    t.contains(signature.as_str())
                        && last_enclosure
                            .as_ref()
                            .is_none_or(|e| t.contains(e.as_str()))
                });
                if !together {
                    broken.push(format!(
                        "{} {}: the closing formula, the signature and the enclosures are not on one page",
                        path.display(),
                        spec.id
                    ));
                }
            }
        }
    }
    assert!(checked > 30, "{checked}");
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}
