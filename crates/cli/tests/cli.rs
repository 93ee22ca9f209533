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

fn fixtures() -> String {
    format!(
        "{}/../procedures/tests/fixtures/procedures",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn procedures_check_reports_every_planted_error_with_file_and_line() {
    let out = permanence(&["procedures", "check", &fixtures()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    for line in [
        "procedures/casse/procedure.toml:5: unknown key `couleur`",
        "procedures/casse/procedure.toml:19: show_if conditions form a cycle: a → b → a",
        "procedures/casse/procedure.toml:28: question `c`: unknown type `signature`",
        "procedures/casse/procedure.toml:33: question `d`: `show_if` column 1: unknown question `inconnue`",
        "locales/ar/procedures/casse.ftl: missing message `casse-audience`",
        "procedures/syntaxe/procedure.toml:4: TOML syntax",
        "locales/fr/letters/casse.ftl:1: `casse-letter-sender` reads `$fantome`",
    ] {
        assert!(
            text.lines().any(|l| l.starts_with(line)),
            "missing {line}\n{text}"
        );
    }
    assert_eq!(text.lines().count(), 26, "{text}");
}

#[test]
fn procedures_list_prints_available_ones_with_their_version() {
    let out = permanence(&["procedures", "list", &fixtures()]);
    assert!(out.status.success());
    assert_eq!(stdout(&out), "valide 1\n");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("casse : indisponible"), "{err}");
}

#[test]
fn shipped_procedures_pass_the_check() {
    let out = permanence(&["procedures", "check"]);
    assert!(out.status.success(), "{}", stdout(&out));
}
