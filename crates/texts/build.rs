//! Embeds every `locales/<lang>/*.ftl` file into the crate, so the binaries
//! carry their texts and never depend on where they were installed.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut files = Vec::new();
    let mut langs: Vec<_> = std::fs::read_dir(&locales)
        .expect("locales/ directory next to the workspace root")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    for lang_dir in langs {
        println!("cargo:rerun-if-changed={}", lang_dir.display());
        let lang = lang_dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut ftl: Vec<_> = std::fs::read_dir(&lang_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        ftl.sort();
        for path in ftl {
            println!("cargo:rerun-if-changed={}", path.display());
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let abs = path.canonicalize().unwrap();
            files.push((lang.clone(), name, abs));
        }
    }

    let mut out = String::from("pub(crate) static EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for (lang, name, abs) in files {
        writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            abs.display()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded.rs");
    std::fs::write(dest, out).unwrap();
}
