//! Print-ready letters: structured data in, PDF bytes out.
//!
//! One function, [`render`], hides the engine (typst, embedded as a library
//! with its own [`typst::World`]): fonts are compiled in from
//! `assets/fonts/`, no file, network or system font is ever read, and the
//! date is given by the caller. What the worker typed is passed as JSON in
//! `sys.inputs` and shown as text, never spliced into markup.

use std::sync::OnceLock;

use serde::Serialize;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration, IntoValue};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

/// The one error type of this crate.
#[derive(Debug, thiserror::Error)]
pub enum LettersError {
    #[error("letter layout failed: {0}")]
    Layout(String),
    #[error("PDF export failed: {0}")]
    Pdf(String),
}

/// A letter, every line already written in the letter's language.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
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
    /// Dossier, allocataire or MDPH numbers…
    pub references: Vec<String>,
    pub salutation: String,
    pub paragraphs: Vec<String>,
    pub closing: String,
    pub signature: Vec<String>,
    pub enclosures: Vec<String>,
}

const TEMPLATE: &str = include_str!("letter.typ");

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

/// Lays out `letter` and returns the PDF. `today` is the caller's date
/// (nothing here reads the clock).
pub fn render(letter: &Letter, today: chrono::NaiveDate) -> Result<Vec<u8>, LettersError> {
    use chrono::Datelike;
    let data = serde_json::to_string(letter).map_err(|e| LettersError::Layout(e.to_string()))?;
    let mut inputs = Dict::new();
    inputs.insert("data".into(), data.into_value());
    let world = LetterWorld {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        source: Source::detached(TEMPLATE),
        today: Datetime::from_ymd(today.year(), today.month() as u8, today.day() as u8)
            .ok_or_else(|| LettersError::Layout("bad date".into()))?,
    };
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|diags| {
            LettersError::Layout(
                diags
                    .iter()
                    .map(|d| d.message.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
    let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|diags| {
        LettersError::Pdf(
            diags
                .iter()
                .map(|d| d.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    });
    // typst memoises across compilations: without eviction memory grows
    // with every letter.
    typst::comemo::evict(10);
    pdf
}
