//! Embeds the shipped procedures and their texts, so the installed app and
//! CLI carry them wherever they are installed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// One `(<prefix>"<file stem>", include_str!(…)),` line per `.ftl` file.
fn embed_ftl(out: &mut String, dir: &Path, prefix: &str) {
    println!("cargo:rerun-if-changed={}", dir.display());
    for file in sorted_entries(dir) {
        if file.extension().is_some_and(|e| e == "ftl") {
            println!("cargo:rerun-if-changed={}", file.display());
            let id = file.file_stem().unwrap().to_string_lossy().into_owned();
            writeln!(
                out,
                "    ({prefix}{id:?}, include_str!({:?})),",
                file.canonicalize().unwrap().display()
            )
            .unwrap();
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let procedures = manifest.join("../../assets/procedures");
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", procedures.display());
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut out = String::from("pub(crate) static PROCEDURES: &[(&str, &str)] = &[\n");
    for dir in sorted_entries(&procedures)
        .into_iter()
        .filter(|p| p.is_dir())
    {
        println!("cargo:rerun-if-changed={}", dir.display());
        let file = dir.join("procedure.toml");
        println!("cargo:rerun-if-changed={}", file.display());
        if file.is_file() {
            let id = dir.file_name().unwrap().to_string_lossy().into_owned();
            writeln!(
                out,
                "    ({id:?}, include_str!({:?})),",
                file.canonicalize().unwrap().display()
            )
            .unwrap();
        }
    }
    out.push_str("];\n\npub(crate) static TEXTS: &[(&str, &str, &str)] = &[\n");
    for lang_dir in sorted_entries(&locales).into_iter().filter(|p| p.is_dir()) {
        let lang = lang_dir.file_name().unwrap().to_string_lossy().into_owned();
        embed_ftl(
            &mut out,
            &lang_dir.join("procedures"),
            &format!("{lang:?}, "),
        );
    }
    // Letters are written in French only: they go to French administrations.
    out.push_str("];\n\npub(crate) static LETTER_TEXTS: &[(&str, &str)] = &[\n");
    embed_ftl(&mut out, &locales.join("fr").join("letters"), "");
    out.push_str("];\n");
    std::fs::write(
        PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded.rs"),
        out,
    )
    .unwrap();
}
