//! `[[letters]]`: when each letter is offered and printable, its parts and
//! enclosures, and the messages of the French letters file it needs.

use std::collections::BTreeSet;

use toml_edit::{Item, Table};

use super::context::start_of;
use super::deadlines::Declared;
use super::{Ctx, Messages, Types};
use crate::expr::ValueType;
use crate::keys::{self, LetterPart, SheetPart};
use crate::model::DeadlineMeaning::{self, *};
use crate::model::{Block, DocumentRule, LetterSpec};

const KEYS: &[&str] = &[
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
];

/// What a letter may name besides answers.
struct Names<'a> {
    types: &'a Types,
    deadlines: &'a [Declared],
    documents: BTreeSet<String>,
}

pub(super) fn parse(
    cx: &mut Ctx,
    root: &Table,
    types: &Types,
    deadlines: &[Declared],
    documents: &[DocumentRule],
    messages: &mut Messages,
) -> Vec<LetterSpec> {
    let names = Names {
        types,
        deadlines,
        documents: documents.iter().map(|d| d.id.clone()).collect(),
    };
    // A letter file opens with its sender and ends with its signature.
    if matches!(root.get("letters"), Some(Item::ArrayOfTables(a)) if !a.is_empty()) {
        let id = messages.id;
        messages.letters.push(keys::sender(id));
        messages.letters.push(keys::signature(id));
    }
    let mut letters = Vec::new();
    for (t, lid, at) in cx.with_ids(root, "letters", KEYS, ("a letter", "letter")) {
        let letter = Letter {
            what: format!("letter `{lid}`"),
            t,
            names: &names,
        };
        let spec = letter.parse(cx, lid, at);
        ask_messages(&spec, messages);
        letters.push(spec);
    }
    messages.letters.sort();
    messages.letters.dedup();
    letters
}

/// The messages a letter's parts are written in (French letters file),
/// and its name and explanation sheet (every language).
fn ask_messages(spec: &LetterSpec, messages: &mut Messages) {
    let (id, lid) = (messages.id, spec.id.as_str());
    let needed = &mut messages.letters;
    for b in &spec.references {
        needed.push(keys::reference(id, lid, &b.id));
    }
    for b in &spec.paragraphs {
        needed.push(keys::paragraph(id, lid, &b.id));
    }
    let enclosed = spec.references.iter().chain(&spec.paragraphs);
    let enclosed = enclosed.flat_map(|b| &b.encloses).chain(&spec.enclosures);
    needed.extend(enclosed.map(|e| keys::enclosure(id, e)));
    needed.extend(spec.copies.iter().map(|c| keys::copy(id, lid, c)));
    needed.extend(LetterPart::ALL.map(|part| keys::letter_part(id, lid, part)));
    messages.texts.push(keys::letter(id, lid));
    let sheet = SheetPart::ALL.map(|part| keys::sheet(id, lid, part));
    messages.texts.extend(sheet);
}

/// One letter being read.
struct Letter<'a> {
    what: String,
    t: &'a Table,
    names: &'a Names<'a>,
}

impl Letter<'_> {
    fn parse(&self, cx: &mut Ctx, id: String, at: Option<usize>) -> LetterSpec {
        let (what, t, types) = (&self.what, self.t, self.names.types);
        let wait_for = self.wait_for(cx);
        let wait_unless = cx.expr(t, "wait_unless", what, types);
        if wait_unless.is_some() && wait_for.is_empty() {
            cx.problem(
                start_of(t, "wait_unless"),
                format!("{what}: `wait_unless` without `wait_for`"),
            );
        }
        let paragraphs = self.blocks(cx, "paragraphs");
        if paragraphs.is_empty() {
            cx.problem(
                at,
                format!("{what}: needs at least one [[letters.paragraphs]]"),
            );
        }
        LetterSpec {
            id,
            offer_if: cx.expr(t, "offer_if", what, types),
            wait_for,
            wait_unless,
            due_by: self.deadline(cx, "due_by", &[RecourseDue, CourtDue]),
            urgent_if: cx.expr(t, "urgent_if", what, types),
            follow_up: self.deadline(
                cx,
                "follow_up",
                &[
                    ImplicitRefusal,
                    ImplicitRejection,
                    ImplicitAcceptance,
                    AuthorityDue,
                ],
            ),
            registered_if: cx.expr(t, "registered_if", what, types),
            lrar_number: self.lrar_number(cx),
            references: self.blocks(cx, "references"),
            paragraphs,
            enclosures: self.documents(cx, t, "enclosures", what, |e| {
                format!("{what}: enclosure `{e}` is not a document of the checklist")
            }),
            copies: cx.strings(t, "copies", what),
        }
    }

    /// `wait_for`: implicit decisions of this procedure.
    fn wait_for(&self, cx: &mut Ctx) -> Vec<String> {
        let what = &self.what;
        let wait_for = cx.strings(self.t, "wait_for", what);
        for w in &wait_for {
            let at = start_of(self.t, "wait_for");
            match self.names.deadlines.iter().find(|d| &d.id == w) {
                None => cx.problem(at, format!("{what}: `wait_for` names no deadline `{w}`")),
                Some(d) if !d.meaning().is_some_and(DeadlineMeaning::is_implicit_decision) => cx.problem(
                    at,
                    format!(
                        "{what}: `wait_for` deadline `{w}` is no implicit decision (its meaning is `{}`)",
                        d.meaning
                    ),
                ),
                Some(_) => {}
            }
        }
        wait_for
    }

    /// A deadline of this procedure with one of `meanings`.
    fn deadline(&self, cx: &mut Ctx, key: &str, meanings: &[DeadlineMeaning]) -> Option<String> {
        let what = &self.what;
        let (rule, at) = cx.string(self.t, key, what, false)?;
        match self.names.deadlines.iter().find(|d| d.id == rule) {
            None => cx.problem(at, format!("{what}: `{key}` names no deadline `{rule}`")),
            Some(d) if !d.meaning().is_some_and(|m| meanings.contains(&m)) => cx.problem(
                at,
                format!(
                    "{what}: `{key}` deadline `{rule}` has the meaning `{}` (expected: {})",
                    d.meaning,
                    meanings
                        .iter()
                        .map(|m| m.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            Some(_) => {}
        }
        Some(rule)
    }

    fn lrar_number(&self, cx: &mut Ctx) -> Option<String> {
        let what = &self.what;
        let (q, at) = cx.string(self.t, "lrar_number", what, false)?;
        if self.names.types.get(&q) != Some(&ValueType::Text) {
            cx.problem(
                at,
                format!("{what}: `lrar_number` must name a text question, not `{q}`"),
            );
        }
        Some(q)
    }

    /// `[[letters.references]]` or `[[letters.paragraphs]]`.
    fn blocks(&self, cx: &mut Ctx, key: &str) -> Vec<Block> {
        let what = format!("{}, {key}", self.what);
        let allowed = ["id", "show_if", "encloses"];
        let mut out = Vec::new();
        for (b, bid, _) in cx.with_ids(self.t, key, &allowed, (&what, &what)) {
            let block = format!("{what} `{bid}`");
            let show_if = cx.expr(b, "show_if", &block, self.names.types);
            let encloses = self.documents(cx, b, "encloses", &block, |e| {
                format!("{block}: `encloses` names `{e}`, not a document of the checklist")
            });
            out.push(Block {
                id: bid,
                show_if,
                encloses,
            });
        }
        out
    }

    /// A list of documents of the checklist (`enclosures`, `encloses`):
    /// each one that is not a document is a problem at the list's line.
    fn documents(
        &self,
        cx: &mut Ctx,
        table: &Table,
        key: &str,
        what: &str,
        not_a_document: impl Fn(&str) -> String,
    ) -> Vec<String> {
        let ids = cx.strings(table, key, what);
        for e in ids.iter().filter(|e| !self.names.documents.contains(*e)) {
            cx.problem(start_of(table, key), not_a_document(e));
        }
        ids
    }
}
