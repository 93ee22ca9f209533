//! The architecture's invariants (ARCHITECTURE.md), checked on every run.

use std::path::Path;
use std::process::Command;

use permanence_tests::workspace_root;

/// Library crates: everything under `crates/` except the CLI binary, which
/// may read the environment, but must not pull tauri either.
fn crates() -> Vec<(String, std::path::PathBuf)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(workspace_root().join("crates")).unwrap() {
        let dir = entry.unwrap().path();
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
        let name = manifest
            .lines()
            .find_map(|l| l.strip_prefix("name = "))
            .unwrap()
            .trim_matches('"')
            .to_owned();
        out.push((name, dir));
    }
    out.sort();
    assert!(out.len() >= 4, "crates/ lost its crates: {out:?}");
    out
}

/// `cargo tree` of one package, one `name vX.Y.Z` per line.
fn cargo_tree(package: &str, extra: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(&cargo)
        .current_dir(workspace_root())
        .args(["tree", "-p", package, "--prefix", "none", "--format", "{p}"])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cargo tree -p {package}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn no_crate_under_crates_depends_on_tauri() {
    for (name, _) in crates() {
        let tree = cargo_tree(&name, &["-e", "normal,build"]);
        let offenders: Vec<_> = tree
            .lines()
            .filter(|l| {
                l == &"tauri"
                    || l.starts_with("tauri ")
                    || l.starts_with("tauri-")
                    || l.starts_with("wry ")
            })
            .collect();
        assert!(offenders.is_empty(), "{name} depends on {offenders:?}");
        assert!(
            tree.lines().count() > 1 || name == "permanence-domain",
            "{name}: empty tree?"
        );
    }
}

#[test]
fn the_shell_does_depend_on_tauri() {
    // Guards the check above: if the tree output format changed, the shell
    // would stop showing tauri and this test would tell.
    let tree = cargo_tree("permanence-desktop", &["-e", "normal", "--depth", "1"]);
    assert!(tree.lines().any(|l| l.starts_with("tauri v2")), "{tree}");
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "tests") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn nothing_below_the_shell_reads_the_clock_or_the_environment() {
    let forbidden = [
        "SystemTime::now",
        "Utc::now",
        "Local::now",
        "Instant::now",
        "Zoned::now",
        "Timestamp::now",
        "std::env::var",
        "env::var(",
        "env::var_os",
        "env::args",
        "env::current_dir",
        "env::temp_dir",
    ];
    let mut files = Vec::new();
    for (name, dir) in crates() {
        if name == "permanence-cli" {
            continue;
        }
        rust_files(&dir.join("src"), &mut files);
    }
    assert!(files.len() >= 4);
    let mut hits = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            if let Some(f) = forbidden.iter().find(|f| line.contains(*f)) {
                hits.push(format!("{}:{}: {f}", file.display(), i + 1));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "clock or environment read below the shell:\n{}",
        hits.join("\n")
    );
}

#[test]
fn every_locale_folder_has_the_same_files() {
    let locales = workspace_root().join("locales");
    let list = |lang: &str| {
        let mut v: Vec<_> = std::fs::read_dir(locales.join(lang))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        v.sort();
        v
    };
    // Letters are written in French only (they go to French
    // administrations): `letters/` exists in fr alone.
    assert!(list("fr").contains(&"letters".to_string()));
    let fr: Vec<String> = list("fr").into_iter().filter(|f| f != "letters").collect();
    assert!(!fr.is_empty());
    for lang in ["en", "ar"] {
        assert_eq!(list(lang), fr, "locales/{lang} differs from locales/fr");
    }
}
