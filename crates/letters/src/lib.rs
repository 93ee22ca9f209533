//! Print-ready letters: structured data in, PDF bytes out.
//!
//! One function, [`render`], hides the engine (typst, embedded as a library
//! with its own [`typst::World`]): fonts are compiled in from
//! `assets/fonts/`, no file, network or system font is ever read, and the
//! date is given by the caller. What the worker typed is passed as JSON in
//! `sys.inputs` and shown as text, never spliced into markup.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration, IntoValue};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

mod compose;

pub use compose::{
    Availability, Draft, Enclosure, availability, compose, contract_de, enclosures,
    french_typography, offered, procedure_text, typed, with_article,
};

/// The one error type of this crate.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LettersError {
    /// Answers the letter needs and the dossier does not have yet, as
    /// question ids in interview order: the letter cannot be finalised.
    #[error("missing answers: {}", .0.join(", "))]
    Missing(Vec<String>),
    /// The letter's legal precondition (a silence that becomes a refusal)
    /// has not happened yet: it can be printed from `from`, or, when the
    /// start of the silence is not known yet, once it is.
    #[error("too early for this letter (deadline `{rule}`): from {from:?}")]
    TooEarly {
        rule: String,
        from: Option<chrono::NaiveDate>,
    },
    #[error("the procedure has no letter `{0}`")]
    UnknownLetter(String),
    #[error("letter layout failed: {0}")]
    Layout(String),
    #[error("PDF export failed: {0}")]
    Pdf(String),
}

/// A letter, every line already written in the letter's language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct Letter {
    /// `fr`, `en`, `ar`: hyphenation and shaping follow it.
    pub lang: String,
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    /// « Saint-Denis, le 25 novembre 2026 »
    pub place_date: String,
    /// « Lettre recommandée avec accusé de réception n° … » when sent so.
    pub registered: Option<String>,
    pub subject: String,
    /// Dossier, allocataire or MDPH numbers, the decision contested…
    pub references: Vec<String>,
    pub salutation: String,
    pub paragraphs: Vec<String>,
    pub closing: String,
    pub signature: Vec<String>,
    /// « Courrier rédigé avec l'aide de [structure] », when one is set.
    pub helped_by: Option<String>,
    /// « Copie : » recipients.
    pub copies: Vec<String>,
    pub enclosures: Vec<String>,
    pub labels: Labels,
}

/// The fixed words of the layout, in the letter's language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Labels {
    pub subject: String,
    pub enclosures: String,
    pub copy: String,
    pub page: String,
}

impl Default for Labels {
    fn default() -> Self {
        Labels {
            subject: "Objet\u{a0}:".into(),
            enclosures: "Pièces jointes\u{a0}:".into(),
            copy: "Copie\u{a0}:".into(),
            page: "Page".into(),
        }
    }
}

/// The sheet handed to the person, in their language: what the letter
/// asks, to whom, what happens next and when, what to keep.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct Explanation {
    pub lang: String,
    pub title: String,
    /// « Courrier : Demande de droit au compte à la Banque de France »
    pub letter: String,
    pub person: String,
    pub prepared: String,
    pub sections: Vec<Section>,
    pub footer: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct Section {
    pub heading: String,
    pub text: String,
}

/// What is printed: the letter, then (on its own page) the explanation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct Document {
    pub letter: Letter,
    pub explanation: Option<Explanation>,
}

impl Document {
    /// The words of the document as plain text, in reading order: for
    /// reviewing letters (snapshots) and for reading them aloud.
    pub fn plain_text(&self) -> String {
        let l = &self.letter;
        let mut out = Vec::new();
        let mut push = |s: &str| out.push(s.replace(['\u{a0}', '\u{202f}'], " "));
        l.sender.iter().for_each(|s| push(s));
        push("");
        l.recipient.iter().for_each(|s| push(&format!("    {s}")));
        push("");
        push(&l.place_date);
        if let Some(r) = &l.registered {
            push(r);
        }
        push(&format!("{} {}", l.labels.subject, l.subject));
        l.references.iter().for_each(|s| push(s));
        push("");
        push(&l.salutation);
        for p in &l.paragraphs {
            push("");
            push(p);
        }
        push("");
        push(&l.closing);
        push("");
        l.signature.iter().for_each(|s| push(&format!("    {s}")));
        if let Some(h) = &l.helped_by {
            push(&format!("    {h}"));
        }
        if !l.copies.is_empty() {
            push("");
            push(&format!("{} {}", l.labels.copy, l.copies.join("; ")));
        }
        if !l.enclosures.is_empty() {
            push("");
            push(&l.labels.enclosures);
            for (i, e) in l.enclosures.iter().enumerate() {
                push(&format!("{}. {e}", i + 1));
            }
        }
        if let Some(x) = &self.explanation {
            push("");
            push("----");
            push(&x.title);
            push(&x.letter);
            push(&x.person);
            push(&x.prepared);
            for s in &x.sections {
                push("");
                push(&s.heading);
                push(&s.text);
            }
            push("");
            push(&x.footer);
        }
        out.join("\n") + "\n"
    }
}

impl From<Letter> for Document {
    fn from(letter: Letter) -> Self {
        Document {
            letter,
            explanation: None,
        }
    }
}

const TEMPLATE: &str = include_str!("letter.typ");
const LIST_TEMPLATE: &str = include_str!("list.typ");

/// A printed list of deadlines (the week's, for the wall of a permanence),
/// every text already in the worker's language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct DeadlineList {
    pub lang: String,
    pub title: String,
    pub subtitle: String,
    /// Column headings: date, person, what is due, remarks.
    pub columns: Vec<String>,
    pub sections: Vec<ListSection>,
    /// Shown under a section without any line.
    pub empty: String,
    pub page: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct ListSection {
    pub heading: String,
    pub rows: Vec<ListRow>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct ListRow {
    pub date: String,
    pub person: String,
    pub what: String,
    pub note: String,
}

const JOURNAL_TEMPLATE: &str = include_str!("journal.typ");
const SUMMARY_TEMPLATE: &str = include_str!("summary.typ");

/// A summary of what is held about a person, every text already in the
/// worker's language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct Summary {
    pub lang: String,
    pub rtl: bool,
    pub title: String,
    pub intro: Vec<String>,
    pub sections: Vec<SummarySection>,
    /// Under a section without rows.
    pub empty: String,
    pub page: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct SummarySection {
    pub heading: String,
    /// (label, value)
    pub rows: Vec<SummaryRow>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct SummaryRow {
    pub label: String,
    pub value: String,
}

/// The summary as a PDF/A, dated `today`.
pub fn render_summary(
    summary: &Summary,
    today: chrono::NaiveDate,
) -> Result<Vec<u8>, LettersError> {
    let pdf = printable(summary)
        .and_then(|data| layout_template(SUMMARY_TEMPLATE, &data, today))
        .and_then(|p| pdf_a(&p, today));
    typst::comemo::evict(10);
    pdf
}

/// The evidence journal as a dated annex (référé « mesures utiles »), every
/// text already written (in French: it goes to a court).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct JournalAnnex {
    pub title: String,
    /// Name, birth date, nationality.
    pub person: String,
    /// The application concerned and the préfecture.
    pub subject: String,
    /// « 7 tentatives du … au …, sur 3 semaines différentes. »
    pub summary: String,
    /// Where, when and with whose help the list was drawn up.
    pub established: String,
    /// Running header of pages 2+.
    pub header: String,
    /// Number, date, time, channel, what happened.
    pub columns: Vec<String>,
    pub rows: Vec<AnnexRow>,
    pub shots_heading: String,
    pub shots: Vec<AnnexShot>,
    pub page: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct AnnexRow {
    pub number: String,
    pub date: String,
    pub time: String,
    pub channel: String,
    pub outcome: String,
    /// « Capture d'écran : voir n° 3 » or the recording date.
    pub proof: String,
}

/// One screenshot: `image` indexes the images given to
/// [`render_journal`], -1 when it cannot be shown (then `note` says why).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct AnnexShot {
    pub caption: String,
    pub image: i64,
    pub note: String,
}

static FONT_FILES: &[&[u8]] = &[
    include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoNaskhArabic-Bold.ttf"),
];

fn fonts() -> &'static (LazyHash<FontBook>, Vec<Font>) {
    static FONTS: OnceLock<(LazyHash<FontBook>, Vec<Font>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
    })
}

/// Whether one of the embedded fonts has a glyph for `c`.
pub(crate) fn drawable(c: char) -> bool {
    fonts()
        .1
        .iter()
        .any(|f| f.info().coverage.contains(u32::from(c)))
}

struct LetterWorld {
    library: LazyHash<Library>,
    source: Source,
    today: Datetime,
}

impl World for LetterWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().0
    }
    fn main(&self) -> FileId {
        self.source.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.source.id() {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    /// Nothing outside the template and the data: no file is readable.
    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }
    fn font(&self, index: usize) -> Option<Font> {
        fonts().1.get(index).cloned()
    }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn layout(document: &Document, today: chrono::NaiveDate) -> Result<PagedDocument, LettersError> {
    layout_template(TEMPLATE, document, today)
}

fn layout_template(
    template: &str,
    data: &impl Serialize,
    today: chrono::NaiveDate,
) -> Result<PagedDocument, LettersError> {
    layout_with_images(template, data, &[], today)
}

/// Every string of `data` through [`typed`]: lists, annexes and summaries
/// print what was typed, and what was typed must not reorder or hide text.
fn printable(data: &impl Serialize) -> Result<serde_json::Value, LettersError> {
    fn clean(v: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match v {
            Value::String(s) => Value::String(typed(&s)),
            Value::Array(a) => Value::Array(a.into_iter().map(clean).collect()),
            Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, clean(v))).collect()),
            other => other,
        }
    }
    serde_json::to_value(data)
        .map(clean)
        .map_err(|e| LettersError::Layout(e.to_string()))
}

/// Images go in `sys.inputs.images` as bytes: typst decodes them itself,
/// still without reading any file.
fn layout_with_images(
    template: &str,
    data: &impl Serialize,
    images: &[Vec<u8>],
    today: chrono::NaiveDate,
) -> Result<PagedDocument, LettersError> {
    let data = serde_json::to_string(data).map_err(|e| LettersError::Layout(e.to_string()))?;
    let mut inputs = Dict::new();
    inputs.insert("data".into(), data.into_value());
    let images: typst::foundations::Array = images
        .iter()
        .map(|b| Bytes::new(b.clone()).into_value())
        .collect();
    inputs.insert("images".into(), images.into_value());
    let world = LetterWorld {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        source: Source::detached(template),
        today: date(today)?,
    };
    typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|diags| LettersError::Layout(messages(diags.iter().map(|d| &d.message))))
}

fn date(day: chrono::NaiveDate) -> Result<Datetime, LettersError> {
    use chrono::Datelike;
    Datetime::from_ymd(day.year(), day.month() as u8, day.day() as u8)
        .ok_or_else(|| LettersError::Layout(format!("date out of range: {day}")))
}

fn messages<'a, S: std::fmt::Display + 'a>(m: impl Iterator<Item = &'a S>) -> String {
    m.map(|s| s.to_string()).collect::<Vec<_>>().join("; ")
}

/// PDF/A-2b, tagged, dated `today`.
fn pdf_a(paged: &PagedDocument, today: chrono::NaiveDate) -> Result<Vec<u8>, LettersError> {
    let options = typst_pdf::PdfOptions {
        standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::A_2b])
            .map_err(|e| LettersError::Pdf(format!("{e:?}")))?,
        timestamp: Some(typst_pdf::Timestamp::new_utc(date(today)?)),
        ..Default::default()
    };
    typst_pdf::pdf(paged, &options)
        .map_err(|diags| LettersError::Pdf(messages(diags.iter().map(|d| &d.message))))
}

/// Lays out the document and returns the PDF (PDF/A-2b, tagged, fonts
/// subset and embedded), dated `today` — the caller's date: nothing here
/// reads the clock. The same input always gives the same bytes.
pub fn render(document: &Document, today: chrono::NaiveDate) -> Result<Vec<u8>, LettersError> {
    let pdf = layout(document, today).and_then(|paged| pdf_a(&paged, today));
    // typst memoises across compilations: without eviction memory grows
    // with every letter.
    typst::comemo::evict(10);
    pdf
}

/// The list of deadlines as a PDF (landscape A4), dated `today`.
pub fn render_list(list: &DeadlineList, today: chrono::NaiveDate) -> Result<Vec<u8>, LettersError> {
    let pdf = printable(list)
        .and_then(|data| layout_template(LIST_TEMPLATE, &data, today))
        .and_then(|paged| {
            typst_pdf::pdf(
                &paged,
                &typst_pdf::PdfOptions {
                    timestamp: Some(typst_pdf::Timestamp::new_utc(date(today)?)),
                    ..Default::default()
                },
            )
            .map_err(|diags| LettersError::Pdf(messages(diags.iter().map(|d| &d.message))))
        });
    typst::comemo::evict(10);
    pdf
}

/// The evidence journal as a PDF (PDF/A-2b), dated `today`. A screenshot
/// typst cannot decode does not sink the annex: it is laid out again with
/// those screenshots replaced by `unreadable`.
pub fn render_journal(
    annex: &JournalAnnex,
    images: &[Vec<u8>],
    unreadable: &str,
    today: chrono::NaiveDate,
) -> Result<Vec<u8>, LettersError> {
    let pdf = |annex: &JournalAnnex, images: &[Vec<u8>]| {
        printable(annex)
            .and_then(|data| layout_with_images(JOURNAL_TEMPLATE, &data, images, today))
            .and_then(|paged| pdf_a(&paged, today))
    };
    let mut out = pdf(annex, images);
    if out.is_err() && !images.is_empty() {
        // Keep each image that lays out alone; replace the others.
        let mut fixed = annex.clone();
        for shot in &mut fixed.shots {
            if shot.image >= 0 {
                let alone = JournalAnnex {
                    shots: vec![AnnexShot {
                        image: 0,
                        ..shot.clone()
                    }],
                    rows: Vec::new(),
                    ..JournalAnnex::default()
                };
                let image = &images[shot.image as usize];
                if layout_with_images(JOURNAL_TEMPLATE, &alone, std::slice::from_ref(image), today)
                    .is_err()
                {
                    shot.image = -1;
                    shot.note = unreadable.to_owned();
                }
            }
        }
        out = pdf(&fixed, images);
    }
    typst::comemo::evict(10);
    out
}

/// The pages as SVG images, for the preview and the print view: the same
/// layout as [`render`], page for page.
pub fn preview(document: &Document, today: chrono::NaiveDate) -> Result<Vec<String>, LettersError> {
    let pages = layout(document, today).map(|paged| {
        paged
            .pages()
            .iter()
            .map(|page| typst_svg::svg(page, &typst_svg::SvgOptions::default()))
            .collect()
    });
    typst::comemo::evict(10);
    pages
}
