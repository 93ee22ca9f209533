//! From a démarche, its answers and the Fluent texts to a [`Document`]
//! ready to print. Pure: the date, the place and the structure's name are
//! given by the caller.
//!
//! A letter's sentences are Fluent messages (French, `locales/fr/letters/`);
//! the explanation sheet's are in the person's language. Answers become
//! Fluent variables, written out first (dates in words, amounts in euros).
//! A message that reads an answer the dossier does not have is not printed
//! with a gap: the whole letter is refused with the list of missing
//! answers ([`LettersError::Missing`]), so the worker can fill them in.

use std::collections::BTreeSet;
use unicode_normalization::UnicodeNormalization;

use chrono::NaiveDate;
use fluent_bundle::{
    FluentArgs, FluentError, FluentResource, FluentValue, concurrent::FluentBundle,
};
use permanence_domain::{Language, MONTHS_FR, Zone, euros, long_date};
use permanence_procedures::deadlines::{DeadlineState, Facts, deadline_state, dossier_deadlines};
use permanence_procedures::expr::eval;
use permanence_procedures::interview::{self, Answers, is_answered};
use permanence_procedures::keys::{self, LetterPart, SheetPart};
use permanence_procedures::model::{Block, ENCLOSURES_ANSWER, LetterSpec, Procedure, QuestionKind};
use permanence_texts::Texts;
use serde_json::Value;

use crate::{Document, Explanation, Labels, Letter, LettersError, Section};

/// What the worker asks for: one letter of one dossier.
#[derive(Debug, Clone, Copy)]
pub struct Draft<'a> {
    pub procedure: &'a Procedure,
    pub letter_id: &'a str,
    pub answers: &'a Answers,
    /// The date printed on the letter and from which nothing is computed
    /// (deadlines run from the answers' dates).
    pub today: NaiveDate,
    /// Town printed before the date (« Saint-Denis, le … »); may be empty.
    pub place: &'a str,
    /// The worker's structure, for « rédigé avec l'aide de … »; may be empty.
    pub organisation: &'a str,
    /// The person's language for the explanation sheet, if one is printed.
    pub explain_in: Option<Language>,
    /// What happened to the dossier's letters (posting, AR), for the dates
    /// of the explanation sheet.
    pub facts: &'a Facts,
    /// The holiday calendar chosen in Paramètres: every date printed is
    /// computed with it, as on the Échéances dashboard.
    pub zone: Zone,
}

/// Whether a letter whose legal precondition is a silence can go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Availability {
    Now,
    /// The silence becomes a decision on the day before: the letter can be
    /// printed from this day on. `rule` is the deadline waited for.
    From {
        date: NaiveDate,
        rule: String,
    },
    /// The day the silence started is not known yet (the AR of the request
    /// has not been recorded); `estimate` is the date from the assumed AR.
    Unknown {
        rule: String,
        estimate: Option<NaiveDate>,
    },
}

/// Whether `spec` can be printed `today`: a letter that waits for an
/// implicit decision (`wait_for`) is available from the day after the
/// first of those deadlines that applies, unless `wait_unless` holds (the
/// refusal was given in writing).
pub fn availability(
    procedure: &Procedure,
    spec: &LetterSpec,
    answers: &Answers,
    facts: &Facts,
    today: NaiveDate,
    zone: Zone,
) -> Availability {
    if spec.wait_for.is_empty() {
        return Availability::Now;
    }
    let eff = interview::effective(procedure, answers);
    if spec.wait_unless.as_ref().is_some_and(|c| eval(c, &eff)) {
        return Availability::Now;
    }
    let computed = dossier_deadlines(procedure, answers, facts, zone);
    for rule in &spec.wait_for {
        let Some(d) = computed.iter().find(|d| &d.rule == rule) else {
            continue;
        };
        // The silence has run at the end of its last day.
        let from = d.due.succ_opt().unwrap_or(d.due);
        if d.provisional {
            return Availability::Unknown {
                rule: rule.clone(),
                estimate: Some(from),
            };
        }
        return if today >= from {
            Availability::Now
        } else {
            Availability::From {
                date: from,
                rule: rule.clone(),
            }
        };
    }
    // No start known: name the rule that applies to this dossier.
    let applies = procedure
        .deadlines
        .iter()
        .filter(|d| spec.wait_for.contains(&d.id))
        .find(|d| d.when.as_ref().is_none_or(|c| eval(c, &eff)))
        .map_or_else(|| spec.wait_for[0].clone(), |d| d.id.clone());
    Availability::Unknown {
        rule: applies,
        estimate: None,
    }
}

/// The worker's own choice of enclosures, kept in the answers under
/// [`ENCLOSURES_ANSWER`]: documents of the checklist ticked, documents
/// added by name.
fn enclosure_choice(answers: &Answers) -> (Vec<String>, Vec<String>) {
    let list = |key: &str| -> Vec<String> {
        answers
            .get(ENCLOSURES_ANSWER)
            .and_then(|c| c.get(key))
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|s| typed(s).trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    };
    (list("ticked"), list("added"))
}

/// One line of « Pièces jointes ».
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Enclosure {
    /// A document of the checklist.
    Document(String),
    /// A document the worker added by name.
    Named(String),
}

/// What goes under « Pièces jointes », once each: the letter's documents
/// required now or ticked by the worker, every document a shown part of
/// the letter says is enclosed, other ticked documents, then the documents
/// added by name.
pub fn enclosures(procedure: &Procedure, spec: &LetterSpec, answers: &Answers) -> Vec<Enclosure> {
    let eff = interview::effective(procedure, answers);
    let progress = interview::progress(procedure, answers);
    let required = |id: &str| progress.documents.iter().any(|(d, now)| d == id && *now);
    let (ticked, added) = enclosure_choice(answers);
    let announced: Vec<&String> = spec
        .references
        .iter()
        .chain(&spec.paragraphs)
        .filter(|b| b.show_if.as_ref().is_none_or(|c| eval(c, &eff)))
        .flat_map(|b| &b.encloses)
        .collect();
    let mut ids: Vec<String> = Vec::new();
    let mut push = |id: &String| {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    };
    spec.enclosures
        .iter()
        .filter(|e| required(e) || ticked.contains(e) || announced.contains(e))
        .for_each(&mut push);
    announced.into_iter().for_each(&mut push);
    procedure
        .documents
        .iter()
        .map(|d| &d.id)
        .filter(|d| ticked.contains(d))
        .for_each(&mut push);
    let mut lines: Vec<Enclosure> = ids.into_iter().map(Enclosure::Document).collect();
    let mut seen_names: Vec<String> = Vec::new();
    for name in added {
        let folded = permanence_domain::fold(&name);
        if !seen_names.contains(&folded) {
            seen_names.push(folded);
            lines.push(Enclosure::Named(name));
        }
    }
    lines
}

/// The letters of the procedure that fit the answers so far.
pub fn offered<'p>(procedure: &'p Procedure, answers: &Answers) -> Vec<&'p LetterSpec> {
    let eff = interview::effective(procedure, answers);
    procedure
        .letters
        .iter()
        .filter(|l| l.offer_if.as_ref().is_none_or(|c| eval(c, &eff)))
        .collect()
}

/// Fluent values for one language: every visible answer, written out.
struct Values<'a> {
    args: FluentArgs<'a>,
    /// Deadline variables whose start date is not known yet.
    pending_deadlines: Vec<String>,
}

#[allow(clippy::too_many_arguments)]
fn values<'a>(
    procedure: &Procedure,
    answers: &Answers,
    facts: &Facts,
    eff: &Answers,
    language: Language,
    today: NaiveDate,
    zone: Zone,
    block: bool,
    enclosures: usize,
) -> Values<'a> {
    let mut args = FluentArgs::new();
    for q in procedure.questions() {
        let Some(v) = eff.get(&q.id).filter(|v| is_answered(Some(v))) else {
            continue;
        };
        let text = match (q.kind, v) {
            (QuestionKind::Document, _) => continue,
            (QuestionKind::Date, Value::String(s)) => {
                match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                    Ok(d) => long_date(d, language),
                    Err(_) => continue,
                }
            }
            (QuestionKind::Amount, Value::Number(n)) => euros(n.as_f64().unwrap_or_default()),
            (QuestionKind::Address, Value::String(s)) => address(&typed(s), block),
            // « 93 » or « seine st denis » is printed as the département's
            // name: a letter to « Préfecture – 93 » looks careless.
            (QuestionKind::Departement, Value::String(s)) => {
                match permanence_procedures::courts::departement(s) {
                    Some(d) => d.name.clone(),
                    None => typed(s).trim().to_owned(),
                }
            }
            (_, Value::Bool(b)) => b.to_string(),
            (_, Value::String(s)) => typed(s).trim().to_owned(),
            (_, other) => other.to_string(),
        };
        args.set(q.id.clone(), text);
    }
    for c in &procedure.computed {
        if let Some(Value::Bool(b)) = eff.get(&c.id) {
            args.set(c.id.clone(), b.to_string());
        }
    }
    // A court found from its département; one the data cannot place stays
    // unset, so the letter asks for the département again.
    for c in &procedure.courts {
        let found = eff
            .get(&c.departement)
            .and_then(Value::as_str)
            .and_then(|answer| permanence_procedures::courts::court_for(c.kind, answer));
        if let Some(court) = found {
            args.set(keys::court_variable(&c.id), court.name.clone());
        }
        // The worker's own address for the greffe wins (a court moves);
        // else the data's, when a source gave it.
        let typed_address = c
            .address
            .as_ref()
            .and_then(|q| eff.get(q))
            .and_then(Value::as_str)
            .map(typed)
            .filter(|a| !a.trim().is_empty());
        let data_address = found
            .filter(|court| !court.address.is_empty())
            .map(|court| court.address.join("\n"));
        if let Some(lines) = typed_address.or(data_address) {
            args.set(keys::court_address_variable(&c.id), address(&lines, block));
        }
    }
    // Deadlines computed from the answers and the letters' events; a date
    // still provisional (an assumed AR) or unknown is announced as pending.
    let computed = dossier_deadlines(procedure, answers, facts, zone);
    let mut pending_deadlines = Vec::new();
    for rule in &procedure.deadlines {
        let name = keys::deadline_variable(&rule.id);
        match computed
            .iter()
            .find(|d| d.rule == rule.id && !d.provisional)
        {
            Some(d) => args.set(name, long_date(d.due, language)),
            None => pending_deadlines.push(name),
        }
    }
    args.set("today", long_date(today, language));
    args.set("enclosures", FluentValue::from(enclosures as f64));
    Values {
        args,
        pending_deadlines,
    }
}

/// What the worker typed, without the invisible characters that could
/// reorder or hide printed text (bidi overrides and isolates, zero-width
/// characters, control characters other than line breaks): a name pasted
/// with U+202E must not print « Diallo » as « ollaiD » or hide a word.
pub fn typed(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(c,
                '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
            ) && (!c.is_control() || *c == '\n')
        })
        .flat_map(printable)
        .collect()
}

/// A character the embedded fonts can draw, as itself; otherwise its
/// compatibility form when that one can be drawn (« 𝕳𝖊𝖑𝖑𝖔 » → « Hello »,
/// « ﬁ » → « fi »), else « ? ». A PDF/A file refuses a glyph no font
/// has: without this one emoji in a person's notes made their letters and
/// their GDPR export impossible to print.
fn printable(c: char) -> Vec<char> {
    if c.is_whitespace() || crate::drawable(c) {
        return vec![c];
    }
    let compatible: Vec<char> = std::iter::once(c).nfkc().collect();
    if compatible != [c]
        && compatible
            .iter()
            .all(|&k| k.is_whitespace() || crate::drawable(k))
    {
        return compatible;
    }
    vec!['?']
}

/// An address typed on one line (« 1 place Victor Hugo, 93200 Saint-Denis »)
/// or on several: one line per part in an address block, commas inside a
/// sentence.
fn address(typed: &str, block: bool) -> String {
    let parts: Vec<&str> = typed
        .split(['\n', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.join(if block { "\n" } else { ", " })
}

/// The démarche's own Fluent source in `language`, French failing it.
fn procedure_texts(procedure: &Procedure, language: Language) -> &str {
    procedure
        .texts
        .get(language.code())
        .or_else(|| procedure.texts.get("fr"))
        .map(String::as_str)
        .unwrap_or_default()
}

fn bundle(source: &str, language: Language) -> FluentBundle<FluentResource> {
    let langid: unic_langid::LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Bidi isolation only where a sentence runs right to left: in a French
    // letter the marks would only be noise in the PDF's text.
    bundle.set_use_isolating(language.direction() == permanence_domain::Direction::Rtl);
    // The loader has already checked the syntax of every file.
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    bundle.add_resource_overriding(resource);
    bundle
}

/// A message of the procedure's own texts (question labels, letter
/// names…) in `language`, without variables: for naming a missing answer.
pub fn procedure_text(procedure: &Procedure, language: Language, key: &str) -> String {
    let source = procedure
        .texts
        .get(language.code())
        .map(String::as_str)
        .unwrap_or_default();
    let mut ignored = BTreeSet::new();
    let text = format(
        &bundle(source, language),
        key,
        &FluentArgs::new(),
        &mut ignored,
    );
    if text.is_empty() {
        key.to_owned()
    } else {
        plain(text)
    }
}

/// Formats one message; variables it needed and did not get go to
/// `missing`.
fn format(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    args: &FluentArgs,
    missing: &mut BTreeSet<String>,
) -> String {
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        // Impossible for a loaded procedure (every key is checked at load);
        // never print an empty line in its place.
        missing.insert(format!("message:{key}"));
        return String::new();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    for e in errors {
        if let FluentError::ResolverError(fluent_bundle::resolver::ResolverError::Reference(
            fluent_bundle::resolver::errors::ReferenceKind::Variable { id },
        )) = e
        {
            missing.insert(id);
        }
    }
    text.into_owned()
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// French contracts « de » with the articles « le » and « les »: a text
/// built as « avec l'aide de { $organisation } » must read « avec l'aide du
/// CCAS », « des Restos du cœur », never « de le CCAS ». Only the places
/// where `name` (already given its article by [`with_article`]) follows
/// « de » are touched: « de le » elsewhere may be a pronoun (« avant de le
/// faire »).
pub fn contract_de(text: &str, name: &str) -> String {
    let Some(first) = name.split_whitespace().next() else {
        return text.to_owned();
    };
    let contracted = match first {
        "le" | "Le" => "du",
        "les" | "Les" => "des",
        _ => return text.to_owned(),
    };
    let rest = name[first.len()..].trim_start();
    text.replace(&format!("de {name}"), &format!("{contracted} {rest}"))
}

/// The structure's name as it reads after « avec l'aide de »: a name that
/// starts with a common noun gets its article (« Association Exemple » →
/// « l'association Exemple », « CCAS de Saint-Denis » → « le CCAS de
/// Saint-Denis »); a name that already has one, or a proper name, is kept.
pub fn with_article(name: &str) -> String {
    const NOUNS: &[(&str, &str)] = &[
        ("association", "l'"),
        ("espace", "l'"),
        ("union", "l'"),
        ("antenne", "l'"),
        ("accueil", "l'"),
        ("centre", "le "),
        ("collectif", "le "),
        ("comité", "le "),
        ("service", "le "),
        ("point", "le "),
        ("foyer", "le "),
        ("fédération", "la "),
        ("maison", "la "),
        ("fondation", "la "),
        ("permanence", "la "),
        ("mission", "la "),
        ("ccas", "le "),
        ("cias", "le "),
        ("chrs", "le "),
        ("cada", "le "),
        ("chu", "le "),
        ("huda", "l'"),
    ];
    let Some(first) = name.split_whitespace().next() else {
        return name.to_owned();
    };
    let lower = first.to_lowercase();
    match NOUNS.iter().find(|(noun, _)| *noun == lower) {
        Some((_, article)) => {
            // An acronym keeps its capitals; a common noun is lowercased.
            let word = if first.chars().all(|c| !c.is_lowercase()) && first.len() <= 5 {
                first.to_owned()
            } else {
                lower
            };
            format!("{article}{word}{}", &name[first.len()..])
        }
        None => name.to_owned(),
    }
}

/// A date written out (« 1er décembre 2026 », « 20 novembre 2026 ») is
/// never cut at the end of a line: its spaces become no-break spaces.
fn keep_dates_together(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let is_day = |w: &str| {
        w == "1er" || (!w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
    };
    let is_year = |w: &str| {
        let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
        digits.len() == 4
    };
    let mut out = String::with_capacity(text.len());
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        let Some(next) = words.get(i + 1) else { break };
        let glued = (is_day(w) && MONTHS_FR.contains(next))
            || (MONTHS_FR.contains(w) && is_year(next) && i > 0 && is_day(words[i - 1]));
        out.push(if glued { '\u{A0}' } else { ' ' });
    }
    out
}

/// French typography: no-break space before « : » and inside « », narrow
/// no-break space before ; ! ?, so no line starts with a colon or a closing
/// guillemet, and no date is cut at a line's end. Only existing spaces are
/// replaced (« 10:30 » stays).
pub fn french_typography(text: &str) -> String {
    let text = &keep_dates_together(text);
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|j| chars[j]);
        if c == ' ' {
            match next {
                Some(':') | Some('»') => out.push('\u{A0}'),
                Some(';') | Some('!') | Some('?') => out.push('\u{202F}'),
                _ if prev == Some('«') => out.push('\u{A0}'),
                _ => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Without isolation marks: the generic texts come from the shared
/// catalogue, which isolates placeables for the interface.
fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Composes the letter (and its explanation sheet when asked), or lists
/// the answers it still needs.
pub fn compose(draft: &Draft, texts: &Texts) -> Result<Document, LettersError> {
    let procedure = draft.procedure;
    let spec = procedure
        .letters
        .iter()
        .find(|l| l.id == draft.letter_id)
        .ok_or_else(|| LettersError::UnknownLetter(draft.letter_id.to_owned()))?;
    ready(draft, spec)?;
    let eff = interview::effective(procedure, draft.answers);
    let enclosure_ids = enclosures(procedure, spec, draft.answers);
    let shown = |blocks: &[Block]| -> Vec<String> {
        blocks
            .iter()
            .filter(|b| b.show_if.as_ref().is_none_or(|c| eval(c, &eff)))
            .map(|b| b.id.clone())
            .collect()
    };

    let fr = Language::French;
    let answers = draft.answers;
    let facts = draft.facts;
    // The same values inline (« 1 place X, 93200 Y ») and as blocks (an
    // address on its own lines, for the sender and the recipient).
    let values_as = |block: bool| {
        values(
            procedure,
            answers,
            facts,
            &eff,
            fr,
            draft.today,
            draft.zone,
            block,
            enclosure_ids.len(),
        )
    };
    let inline = values_as(false);
    let block = values_as(true);
    let b = bundle(&procedure.letter_texts, fr);
    let mut missing = BTreeSet::new();
    // A deadline date the letter needs is missing through its start date.
    let p = &procedure.id;
    let l = &spec.id;
    let mut say = |key: String, args: &FluentArgs| format(&b, &key, args, &mut missing);
    let sender = lines(&say(keys::sender(p), &block.args));
    let signature = lines(&say(keys::signature(p), &block.args));
    let part = |part: LetterPart| keys::letter_part(p, l, part);
    let recipient = lines(&say(part(LetterPart::Recipient), &block.args));
    let subject = say(part(LetterPart::Subject), &inline.args);
    let references = shown(&spec.references)
        .into_iter()
        .map(|r| say(keys::reference(p, l, &r), &inline.args))
        .collect();
    let salutation = say(part(LetterPart::Salutation), &inline.args);
    // A paragraph may have nothing to say in a case (« the enclosures
    // below » when there are none: its `[0]` variant is empty).
    let paragraphs = shown(&spec.paragraphs)
        .into_iter()
        .map(|r| say(keys::paragraph(p, l, &r), &inline.args))
        .filter(|text| !text.trim().is_empty())
        .collect();
    let closing = say(part(LetterPart::Closing), &inline.args);
    let copies = spec
        .copies
        .iter()
        .map(|c| say(keys::copy(p, l, c), &inline.args))
        .collect();
    let enclosures = enclosure_ids
        .iter()
        .map(|e| match e {
            Enclosure::Named(name) => name.clone(),
            // A document ticked by the worker that no letter encloses by
            // default has no enclosure line of its own: its checklist
            // label says what it is.
            Enclosure::Document(id) if !b.has_message(&keys::enclosure(p, id)) => {
                procedure_text(procedure, fr, &keys::document(p, id))
            }
            Enclosure::Document(id) => say(keys::enclosure(p, id), &inline.args),
        })
        .collect();

    let generic = |key: &str, args: &[(&str, &str)]| plain(texts.format(fr, key, args));
    let registered = registered_line(spec, &eff, &generic);
    let (place_date, helped_by) = place_date_and_help(draft, &generic);

    let explanation = draft.explain_in.map(|language| {
        explain(
            draft,
            spec,
            &eff,
            language,
            enclosure_ids.len(),
            signature.join(" "),
            texts,
            &mut missing,
        )
    });

    if !missing.is_empty() {
        return Err(LettersError::Missing(missing_questions(
            procedure,
            &missing,
            &inline.pending_deadlines,
        )));
    }

    let fix = |s: String| french_typography(&s);
    let fix_all = |v: Vec<String>| v.into_iter().map(fix).collect::<Vec<_>>();
    let labels = Labels {
        subject: fix(generic("letter-subject-label", &[])),
        enclosures: fix(generic("letter-enclosures-label", &[])),
        copy: fix(generic("letter-copy-label", &[])),
        page: generic("letter-page", &[]),
    };
    Ok(Document {
        letter: Letter {
            lang: fr.code().to_owned(),
            sender: fix_all(sender),
            recipient: fix_all(recipient),
            place_date: fix(place_date),
            registered: registered.map(fix),
            subject: fix(subject),
            references: fix_all(references),
            salutation: fix(salutation),
            paragraphs: fix_all(paragraphs),
            closing: fix(closing),
            signature: fix_all(signature),
            helped_by: helped_by.map(fix),
            copies: fix_all(copies),
            enclosures: fix_all(enclosures),
            labels,
        },
        explanation,
    })
}

/// Where and when the letter is signed, and the organisation that helped
/// write it, if the draft names one.
fn place_date_and_help(draft: &Draft, generic: &Generic) -> (String, Option<String>) {
    let date = long_date(draft.today, Language::French);
    let place_date = if draft.place.trim().is_empty() {
        generic("letter-date", &[("date", &date)])
    } else {
        generic(
            "letter-place-date",
            &[("place", draft.place.trim()), ("date", &date)],
        )
    };
    let organisation = with_article(draft.organisation.trim());
    let organisation = organisation.as_str();
    let helped_by = (!organisation.is_empty()).then(|| {
        contract_de(
            &generic("letter-helped-by", &[("organisation", organisation)]),
            organisation,
        )
    });
    (place_date, helped_by)
}

/// A French message of the shared texts, formatted with its arguments.
type Generic<'a> = dyn Fn(&str, &[(&str, &str)]) -> String + 'a;

/// « Lettre recommandée avec accusé de réception » (with its number
/// when answered), when the letter goes registered.
fn registered_line(spec: &LetterSpec, eff: &Answers, generic: &Generic) -> Option<String> {
    spec.registered_if
        .as_ref()
        .filter(|c| eval(c, eff))
        .map(|_| {
            match spec
                .lrar_number
                .as_ref()
                .and_then(|q| eff.get(q))
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|n| !n.is_empty())
            {
                Some(number) => generic("letter-registered-number", &[("number", number)]),
                None => generic("letter-registered", &[]),
            }
        })
}

/// The questions to answer for the `missing` Fluent variables, in
/// interview order, once each: a deadline variable whose start is not
/// known yet stands for its start question.
fn missing_questions(
    procedure: &Procedure,
    missing: &BTreeSet<String>,
    pending_deadlines: &[String],
) -> Vec<String> {
    let mut questions: Vec<String> = missing
        .iter()
        .map(|name| match name.strip_prefix("deadline-") {
            Some(rule) if pending_deadlines.contains(name) => procedure
                .deadlines
                .iter()
                .find(|d| d.id == rule)
                .and_then(|d| d.first_question())
                .map_or_else(|| name.clone(), str::to_owned),
            // A court not found stands for its département question; an
            // address unknown, for the question that asks it.
            _ => procedure
                .courts
                .iter()
                .find_map(|c| {
                    if *name == keys::court_variable(&c.id) {
                        Some(c.departement.clone())
                    } else if *name == keys::court_address_variable(&c.id) {
                        Some(c.address.clone().unwrap_or_else(|| c.departement.clone()))
                    } else {
                        None
                    }
                })
                .unwrap_or_else(|| name.clone()),
        })
        .collect();
    let order: Vec<String> = procedure.questions().map(|q| q.id.clone()).collect();
    questions.sort_by_key(|q| order.iter().position(|o| o == q).unwrap_or(usize::MAX));
    questions.dedup();
    questions
}

/// A letter whose precondition (a silence that becomes a decision) has
/// not happened yet is refused, with the day it can go out when known.
fn ready(draft: &Draft, spec: &LetterSpec) -> Result<(), LettersError> {
    match availability(
        draft.procedure,
        spec,
        draft.answers,
        draft.facts,
        draft.today,
        draft.zone,
    ) {
        Availability::Now => Ok(()),
        Availability::From { date, rule } => Err(LettersError::TooEarly {
            rule,
            from: Some(date),
        }),
        Availability::Unknown { rule, .. } => Err(LettersError::TooEarly { rule, from: None }),
    }
}

/// The sheet's sections about time: the state of the deadline to post
/// the letter, and, when the person is left without schooling, care or
/// income, that it goes today and when to come back.
struct Timing {
    deadline: Option<Section>,
    urgent: Option<Section>,
}

fn timing(
    draft: &Draft,
    spec: &LetterSpec,
    eff: &Answers,
    language: Language,
    texts: &Texts,
) -> Timing {
    let procedure = draft.procedure;
    let day = |d: NaiveDate| long_date(d, language);
    let say = |key: &str, args: &[(&str, &str)]| texts.format(language, key, args);
    let computed = dossier_deadlines(procedure, draft.answers, draft.facts, draft.zone);
    let deadline = spec.due_by.as_ref().map(|rule| {
        // A court counts the day the requête reaches its greffe, not the
        // postmark (legal-reference §0.2): its sheet says so.
        let at_court = procedure.deadlines.iter().any(|d| {
            d.id == *rule && d.meaning == permanence_procedures::model::DeadlineMeaning::CourtDue
        });
        let text = match deadline_state(&computed, rule, draft.today) {
            DeadlineState::Enforceable { due } if at_court => {
                say("explain-deadline-enforceable-court", &[("date", &day(due))])
            }
            DeadlineState::Past { due } if at_court => {
                say("explain-deadline-past-court", &[("date", &day(due))])
            }
            DeadlineState::Enforceable { due } => {
                say("explain-deadline-enforceable", &[("date", &day(due))])
            }
            DeadlineState::NotEnforceable { advised, ceiling } if draft.today <= advised => say(
                "explain-deadline-not-enforceable",
                &[("date", &day(advised)), ("ceiling", &day(ceiling))],
            ),
            DeadlineState::NotEnforceable { advised, ceiling } => say(
                "explain-deadline-not-enforceable-late",
                &[("date", &day(advised)), ("ceiling", &day(ceiling))],
            ),
            DeadlineState::Past { due } => {
                // The generic text speaks of an administration that may
                // still reconsider; a démarche where that is wrong (a
                // request for legal aid) gives its own words.
                let own = format!("{}-explain-{}-past", procedure.id, spec.id);
                let source = procedure_texts(procedure, language);
                let b = bundle(source, language);
                if b.has_message(&own) {
                    format(&b, &own, &FluentArgs::new(), &mut BTreeSet::new())
                } else {
                    say("explain-deadline-past", &[("date", &day(due))])
                }
            }
            DeadlineState::Suspended {
                since,
                days_left,
                safe,
            } => say(
                "explain-deadline-suspended",
                &[
                    ("since", &day(since)),
                    ("days", &days_left.to_string()),
                    ("safe", &day(safe)),
                ],
            ),
            DeadlineState::NothingNotified => say("explain-deadline-none", &[]),
        };
        Section {
            heading: say("explain-deadline", &[]),
            text,
        }
    });
    let urgent = spec.urgent_if.as_ref().filter(|c| eval(c, eff)).map(|_| {
        // Until its posting is recorded, the answer's date is counted as
        // if the letter went today, as the sheet asks.
        let mut facts = draft.facts.clone();
        let entry = facts.letters.entry(spec.id.clone()).or_default();
        entry.0 = entry.0.or(Some(draft.today));
        let back = spec.follow_up.as_ref().and_then(|rule| {
            dossier_deadlines(procedure, draft.answers, &facts, draft.zone)
                .into_iter()
                .find(|d| &d.rule == rule)
                .map(|d| d.due)
        });
        Section {
            heading: say("explain-urgent", &[]),
            text: match back {
                Some(date) => say("explain-urgent-text", &[("date", &day(date))]),
                None => say("explain-urgent-text-undated", &[]),
            },
        }
    });
    Timing { deadline, urgent }
}

#[allow(clippy::too_many_arguments)]
fn explain(
    draft: &Draft,
    spec: &LetterSpec,
    eff: &Answers,
    language: Language,
    enclosures: usize,
    person: String,
    texts: &Texts,
    missing: &mut BTreeSet<String>,
) -> Explanation {
    let procedure = draft.procedure;
    let (p, l) = (&procedure.id, &spec.id);
    let mut values = values(
        procedure,
        draft.answers,
        draft.facts,
        eff,
        language,
        draft.today,
        draft.zone,
        false,
        enclosures,
    );
    // A date that depends on an event still to come (the AR) is announced,
    // not left blank.
    let pending = texts.format(language, "explain-date-pending", &[]);
    for name in &values.pending_deadlines {
        values.args.set(name.clone(), pending.clone());
    }
    let source = procedure_texts(procedure, language);
    let b = bundle(source, language);
    let mut say = |key: String| format(&b, &key, &values.args, missing);
    let letter_name = say(keys::letter(p, l));
    let sections: Vec<Section> = [
        (SheetPart::Asks, "explain-asks"),
        (SheetPart::To, "explain-to"),
        (SheetPart::Next, "explain-next"),
        (SheetPart::Keep, "explain-keep"),
    ]
    .into_iter()
    .map(|(part, heading)| Section {
        heading: texts.format(language, heading, &[]),
        text: say(keys::sheet(p, l, part)),
    })
    .collect();
    let mut sections = sections;
    let when = timing(draft, spec, eff, language, texts);
    // What must be done today comes first; the deadline after what the
    // letter asks and to whom.
    if let Some(urgent) = when.urgent {
        sections.insert(0, urgent);
    }
    if let Some(deadline) = when.deadline {
        sections.insert(2.min(sections.len()), deadline);
    }
    let date = long_date(draft.today, language);
    let organisation = with_article(draft.organisation.trim());
    let organisation = organisation.as_str();
    let typo = |s: String| match language {
        Language::French => french_typography(&s),
        _ => s,
    };
    let clean = |s: String| match language.direction() {
        permanence_domain::Direction::Rtl => s,
        permanence_domain::Direction::Ltr => plain(s),
    };
    Explanation {
        lang: language.code().to_owned(),
        title: typo(texts.format(language, "explain-title", &[])),
        letter: typo(clean(texts.format(
            language,
            "explain-letter",
            &[("letter", &letter_name)],
        ))),
        person: typo(clean(texts.format(
            language,
            "explain-person",
            &[("name", &person)],
        ))),
        prepared: typo(clean(if organisation.is_empty() {
            texts.format(language, "explain-prepared", &[("date", &date)])
        } else {
            texts.format(
                language,
                "explain-prepared-by",
                &[("date", &date), ("organisation", organisation)],
            )
        })),
        sections: sections
            .into_iter()
            .map(|s: Section| Section {
                heading: typo(s.heading),
                text: typo(clean(s.text)),
            })
            .collect(),
        footer: typo(texts.format(language, "explain-footer", &[])),
    }
}
