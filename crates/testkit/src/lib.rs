//! What the tests of several crates share, so that each is written once:
//! reading a generated PDF as a person would (poppler's `pdftotext`,
//! installed by `scripts/setup.sh`), the démarches as shipped in
//! `assets/procedures` and `locales/`, strings that have broken or fooled
//! software before, and a made-up population for benchmarks
//! ([`population`]).
//!
//! A dev-dependency only: nothing here is built into the app, and it never
//! pulls tauri (checked by `tests/tests/invariants.rs`).

pub mod population;

use std::path::{Path, PathBuf};
use std::process::Command;

use permanence_procedures::load::{Catalogue, Entry, load_catalogue};
use permanence_procedures::model::Procedure;

/// The repository root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The text of the PDF at `path`, with pdftotext's `options` (`-layout`,
/// `-bbox`, `-f 1 -l 1`…). Panics when pdftotext is missing or fails: a test
/// that reads nothing must not pass for it.
pub fn pdftotext_file(path: &Path, options: &[&str]) -> String {
    let out = Command::new("pdftotext")
        .args(options)
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    assert!(
        out.status.success(),
        "pdftotext {options:?} {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
}

/// The text of PDF bytes, with pdftotext's `options` (see [`pdftotext_file`]).
pub fn pdftotext(pdf: &[u8], options: &[&str]) -> String {
    // pdftotext reads files only: the bytes go through a temporary one.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("l.pdf");
    std::fs::write(&path, pdf).expect("the PDF written");
    pdftotext_file(&path, options)
}

/// The text of PDF bytes in reading order (pdftotext without options).
pub fn pdf_text(pdf: &[u8]) -> String {
    pdftotext(pdf, &[])
}

/// The text of PDF bytes laid out as printed (`pdftotext -layout`): columns
/// and lines kept where they stand on the page.
pub fn pdf_text_layout(pdf: &[u8]) -> String {
    pdftotext(pdf, &["-layout"])
}

/// The text of the PDF at `path` in reading order.
pub fn pdf_file_text(path: &Path) -> String {
    pdftotext_file(path, &[])
}

/// The text of the PDF at `path` laid out as printed (`-layout`).
pub fn pdf_file_text_layout(path: &Path) -> String {
    pdftotext_file(path, &["-layout"])
}

/// The catalogue as shipped, loaded from the files (`assets/procedures`
/// and `locales/`) rather than from the copy embedded at build time, with
/// the texts of `languages`.
pub fn shipped_catalogue(languages: &[&str]) -> Catalogue {
    let root = workspace_root();
    load_catalogue(
        &root.join("assets/procedures"),
        &root.join("locales"),
        languages,
        &root,
    )
    .expect("the shipped catalogue loads")
}

/// One shipped démarche (see [`shipped_catalogue`]); panics when it is
/// missing or unavailable, with the reasons.
pub fn shipped_procedure(id: &str, languages: &[&str]) -> Procedure {
    match shipped_catalogue(languages)
        .entries
        .into_iter()
        .find(|e| e.id() == id)
    {
        Some(Entry::Available(p)) => *p,
        other => panic!("{id}: {other:?}"),
    }
}

/// Strings that have broken or fooled software before: a bidi override
/// (`exe.png` on screen), isolates balanced inside a name and left open at
/// its end, zero-width and control characters, markup of HTML, Fluent and
/// typst, names of 10 000 and 100 000 characters, blank lines only,
/// characters outside the basic plane and joined emoji, text that looks
/// like a date or an overflowing number.
pub fn hostile_strings() -> Vec<String> {
    vec![
        "\u{202E}gnp.exe\u{202C}".into(),
        "Dia\u{2066}llo\u{2069}".into(),
        "Diallo\u{2066}\u{2067}\u{2068}\u{2069}".into(),
        "A\u{200B}w\u{200C}a\u{200D}\u{FEFF}".into(),
        "nul\u{0000}bell\u{0007}esc\u{001B}[31m".into(),
        "<script>alert(1)</script><img src=x onerror=alert(1)>".into(),
        "{ $nom } { -terme } {\"\"} *[other] x".into(),
        "#set page(width: 1pt) #import \"/etc/passwd\" ] [ $ \\ @ * _ `".into(),
        "é".repeat(10_000),
        "x".repeat(100_000),
        "\r\n\r\n\t".into(),
        "𝕳𝖊𝖑𝖑𝖔 👨‍👩‍👧 مرحبا".into(),
        "0000-13-45".into(),
        "-1e309".into(),
    ]
}

/// A deadline's explanation as a French-speaking worker reads it, through
/// the shipped Fluent messages, without the bidi isolation marks: what
/// tests compare with a sentence written by hand.
pub fn in_french(steps: &[permanence_domain::Step]) -> String {
    use std::sync::OnceLock;
    static TEXTS: OnceLock<permanence_texts::Texts> = OnceLock::new();
    let texts = TEXTS
        .get_or_init(|| permanence_texts::Texts::embedded().expect("the shipped texts are valid"));
    texts
        .steps(permanence_domain::Language::French, steps)
        .join(" ; ")
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// A file the window reads that Rust generates (`ui/src/bindings.ts`, the
/// step sentences' fixture), `relative` to the workspace root: rewritten
/// when `update` (the test reads `UPDATE_BINDINGS`: nothing under
/// `crates/` reads the environment), otherwise compared, failing with
/// `how_to_update` when it is stale.
pub fn generated_for_the_window(relative: &str, expected: &str, update: bool, how_to_update: &str) {
    let path = workspace_root().join(relative);
    if update {
        std::fs::write(&path, expected).unwrap();
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{relative} is not what Rust gives: run\n  UPDATE_BINDINGS=1 {how_to_update}"
    );
}
