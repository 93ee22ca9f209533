//! The `permanence` binary as a user or a script runs it.

use std::process::{Command, Output};

fn permanence(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_permanence"))
        .args(args)
        .env_remove("PERMANENCE_DATA_DIR")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn version_prints_name_and_version() {
    let out = permanence(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out),
        format!("permanence {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_lists_the_commands_in_french() {
    let out = permanence(&["--help"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("Usage: permanence"), "{text}");
    assert!(text.contains("locales"), "{text}");
    assert!(text.contains("--data-dir"), "{text}");
}

#[test]
fn info_honours_data_dir_flag_over_environment() {
    let dir = tempfile::tempdir().unwrap();
    let flag = dir.path().join("flag");
    let out = Command::new(env!("CARGO_BIN_EXE_permanence"))
        .args(["info", "--data-dir", flag.to_str().unwrap()])
        .env("PERMANENCE_DATA_DIR", dir.path().join("env"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stdout(&out).contains(&format!("data-dir: {}\n", flag.display())));

    let out = Command::new(env!("CARGO_BIN_EXE_permanence"))
        .arg("info")
        .env("PERMANENCE_DATA_DIR", dir.path().join("env"))
        .output()
        .unwrap();
    assert!(stdout(&out).contains(&format!("data-dir: {}\n", dir.path().join("env").display())));
}

#[test]
fn locales_check_passes_on_shipped_texts_and_fails_on_a_broken_copy() {
    let out = permanence(&["locales", "check"]);
    assert!(out.status.success(), "{}", stdout(&out));

    let dir = tempfile::tempdir().unwrap();
    for lang in ["fr", "en"] {
        std::fs::create_dir_all(dir.path().join(lang)).unwrap();
    }
    std::fs::write(dir.path().join("fr/main.ftl"), "a = A\nb = B { $x }\n").unwrap();
    std::fs::write(dir.path().join("en/main.ftl"), "a = A\nb = B\n").unwrap();
    let out = permanence(&["locales", "check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "locales/en/main.ftl:2: message `b` uses variables none but locales/fr/main.ftl:2 uses $x\n"
    );
}

#[test]
fn unknown_subcommand_fails_with_usage() {
    let out = permanence(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}
