//! `[[deadlines]]`: what each deadline runs from, for how long, and what
//! its date means.

use toml_edit::{Item, Table, TableLike};

use super::{Ctx, Messages, Types};
use crate::expr::ValueType;
use crate::keys;
use permanence_domain::Duration;

use crate::model::{
    Assumption, DEADLINE_MEANINGS, DeadlineMeaning, DeadlineRule, LetterSpec, Source, Suspension,
};

const KEYS: &[&str] = &[
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
];

/// A letter a deadline runs from: checked once the letters are read.
pub(super) struct LetterSource {
    letter: String,
    at: Option<usize>,
    /// The deadline, as problems name it.
    what: String,
}

/// A deadline as the sections after it see it, sound or not: its id, and
/// its meaning as written (problems quote it).
pub(super) struct Declared {
    pub(super) id: String,
    pub(super) meaning: String,
}

impl Declared {
    pub(super) fn meaning(&self) -> Option<DeadlineMeaning> {
        self.meaning.parse().ok()
    }
}

pub(super) struct Deadlines {
    /// The sound rules, for the procedure.
    pub(super) rules: Vec<DeadlineRule>,
    /// Every rule with an id, in order.
    pub(super) declared: Vec<Declared>,
    pub(super) letter_sources: Vec<LetterSource>,
}

pub(super) fn parse(
    cx: &mut Ctx,
    root: &Table,
    types: &Types,
    messages: &mut Messages,
) -> Deadlines {
    let tables = cx.with_ids(root, "deadlines", KEYS, ("a deadline", "deadline"));
    let mut deadlines = Deadlines {
        rules: Vec::new(),
        declared: Vec::new(),
        letter_sources: Vec::new(),
    };
    for (t, did, _) in tables {
        let mut rule = Rule {
            what: format!("deadline `{did}`"),
            earlier: &deadlines.declared,
            types,
            letters: &mut deadlines.letter_sources,
        };
        let (declared, sound) = rule.parse(cx, t, did);
        messages
            .texts
            .push(keys::deadline(messages.id, &declared.id));
        deadlines.declared.push(declared);
        deadlines.rules.extend(sound);
    }
    deadlines
}

/// Every letter a deadline runs from must be one of the procedure's.
pub(super) fn check_letter_sources(cx: &mut Ctx, sources: &[LetterSource], letters: &[LetterSpec]) {
    for s in sources {
        if !letters.iter().any(|l| l.id == s.letter) {
            cx.problem(
                s.at,
                format!("{}: no letter `{}` in this procedure", s.what, s.letter),
            );
        }
    }
}

/// One deadline being read.
struct Rule<'a> {
    what: String,
    /// The deadlines above it, which it may run from (so chains have no
    /// cycles).
    earlier: &'a [Declared],
    types: &'a Types,
    letters: &'a mut Vec<LetterSource>,
}

impl Rule<'_> {
    /// The rule, when its duration and meaning are sound (any other
    /// problem found in it is reported all the same).
    fn parse(&mut self, cx: &mut Ctx, t: &Table, id: String) -> (Declared, Option<DeadlineRule>) {
        let what = self.what.clone();
        let from = self.from(cx, t);
        let assume = self.assume(cx, t);
        let duration = cx
            .string(t, "duration", &what, true)
            .and_then(|(d, at)| self.duration(cx, &d, at));
        let (meaning_text, meaning) = self.meaning(cx, t);
        let franc = cx.boolean(t, "franc", &what);
        let when = cx.expr(t, "when", &what, self.types);
        let enforceable_if = cx.expr(t, "enforceable_if", &what, self.types);
        let event = cx
            .string(t, "event", &what, false)
            .map(|v| v.0)
            .unwrap_or_else(|| "départ".to_owned());
        let suspend = self.suspend(cx, t);
        let rule = match (duration, meaning) {
            (Some(duration), Some(meaning)) => Some(DeadlineRule {
                id: id.clone(),
                from,
                assume,
                duration,
                franc,
                when,
                enforceable_if,
                event,
                meaning,
                suspend,
            }),
            _ => None,
        };
        let declared = Declared {
            id,
            meaning: meaning_text,
        };
        (declared, rule)
    }

    /// A source: a date question, a letter's posting or AR, or an earlier
    /// deadline.
    fn source(&mut self, cx: &mut Ctx, text: &str, at: Option<usize>) -> Option<Source> {
        let what = &self.what;
        let parts: Vec<&str> = text.split(':').collect();
        let letter = |l: &str| LetterSource {
            letter: l.to_owned(),
            at,
            what: what.clone(),
        };
        match parts.as_slice() {
            ["letter", l, "sent"] => {
                self.letters.push(letter(l));
                Some(Source::LetterSent((*l).to_owned()))
            }
            ["letter", l, "received"] => {
                self.letters.push(letter(l));
                Some(Source::LetterReceived((*l).to_owned()))
            }
            ["deadline", d] if self.earlier.iter().any(|r| r.id == *d) => {
                Some(Source::Deadline((*d).to_owned()))
            }
            ["deadline", d] => {
                cx.problem(
                    at,
                    format!("{what}: `deadline:{d}` must name an earlier deadline"),
                );
                None
            }
            [q] if self.types.get(*q) == Some(&ValueType::Date) => {
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
    }

    /// `from`: one source, or several in order of preference.
    fn from(&mut self, cx: &mut Ctx, t: &Table) -> Vec<Source> {
        let what = self.what.clone();
        let Some(item) = t.get("from") else {
            cx.problem(t.span().map(|s| s.start), format!("{what}: missing `from`"));
            return Vec::new();
        };
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
        texts
            .iter()
            .filter_map(|text| self.source(cx, text, at))
            .collect()
    }

    fn duration(&self, cx: &mut Ctx, d: &str, at: Option<usize>) -> Option<Duration> {
        cx.parse_as((d, at), |d| {
            format!(
                "{}: duration `{d}` must be a number then d, wd or m (15d, 10wd, 2m)",
                self.what
            )
        })
    }

    /// `assume = { from = …, duration = … }`: a provisional start.
    fn assume(&mut self, cx: &mut Ctx, t: &Table) -> Option<Assumption> {
        let (table, at) = inline_table(cx, t, "assume", &self.what, "from = …, duration = …")?;
        let from_text = table.get("from").and_then(|i| i.as_str());
        let duration = table.get("duration").and_then(|i| i.as_str());
        let (Some(f), Some(d)) = (from_text, duration) else {
            cx.problem(
                at,
                format!("{}: `assume` needs `from` and `duration`", self.what),
            );
            return None;
        };
        let duration = self.duration(cx, d, at);
        let from = self.source(cx, f, at);
        Some(Assumption {
            from: from?,
            duration: duration?,
        })
    }

    /// The meaning as written, and as a value when it is one.
    fn meaning(&self, cx: &mut Ctx, t: &Table) -> (String, Option<DeadlineMeaning>) {
        let Some((m, at)) = cx.string(t, "meaning", &self.what, true) else {
            return (String::new(), None);
        };
        let meaning = cx.parse_as((&m, at), |m| {
            format!(
                "{}: unknown meaning `{m}` (meanings: {})",
                self.what,
                DEADLINE_MEANINGS.join(", ")
            )
        });
        (m, meaning)
    }

    /// `suspend = { from = …, until = …, reason = … }`, between two dates.
    fn suspend(&self, cx: &mut Ctx, t: &Table) -> Option<Suspension> {
        let what = &self.what;
        let (table, at) = inline_table(cx, t, "suspend", what, "from = …, until = …, reason = …")?;
        let text = |k: &str| table.get(k).and_then(|i| i.as_str()).map(str::to_owned);
        let (Some(from), Some(until), Some(reason)) = (text("from"), text("until"), text("reason"))
        else {
            cx.problem(
                at,
                format!("{what}: `suspend` needs `from`, `until` and `reason`"),
            );
            return None;
        };
        for q in [&from, &until] {
            if self.types.get(q.as_str()) != Some(&ValueType::Date) {
                cx.problem(
                    at,
                    format!("{what}: `suspend` must name date questions, not `{q}`"),
                );
            }
        }
        Some(Suspension {
            from,
            until,
            reason,
        })
    }
}

/// An inline table `key = { … }` and where it starts; `shape` names its
/// keys in the problem when it is something else.
fn inline_table<'t>(
    cx: &mut Ctx,
    t: &'t Table,
    key: &str,
    what: &str,
    shape: &str,
) -> Option<(&'t dyn TableLike, Option<usize>)> {
    let item: &Item = t.get(key)?;
    let at = item.span().map(|s| s.start);
    match item.as_table_like() {
        Some(table) => Some((table, at)),
        None => {
            cx.problem(at, format!("{what}: `{key}` must be a table {{ {shape} }}"));
            None
        }
    }
}
