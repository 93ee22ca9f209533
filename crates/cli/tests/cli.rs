//! The `permanence` binary as a user or a script runs it.

use std::process::{Command, Output};

use permanence_testkit::pdf_file_text;

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
        "procedures/casse/procedure.toml:81: court `juge`: `d` is no question of type departement",
    ] {
        assert!(
            text.lines().any(|l| l.starts_with(line)),
            "missing {line}\n{text}"
        );
    }
    assert_eq!(text.lines().count(), 50, "{text}");
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

fn example(procedure: &str, name: &str) -> String {
    format!(
        "{}/../../assets/procedures/{procedure}/examples/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn letter_writes_the_pdf_with_the_explanation_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("courrier.pdf");
    let run = permanence(&[
        "--data-dir",
        dir.path().join("vide").to_str().unwrap(),
        "letter",
        "--procedure",
        "droit-au-compte",
        "--answers",
        &example("droit-au-compte", "refus-lrar-heberge.json"),
        "--letter",
        "saisine-bdf",
        "--explain-lang",
        "en",
        "--date",
        "2026-10-21",
        "--place",
        "Bobigny",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = pdf_file_text(&out);
    assert!(text.contains("Bobigny, le 21 octobre 2026"), "{text}");
    assert!(text.contains("Banque de France"), "{text}");
    assert!(text.contains("Your letter explained"), "{text}");
    assert!(
        !dir.path().join("vide").exists(),
        "nothing written but the PDF"
    );
}

#[test]
fn letter_names_every_missing_answer_in_french_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut answers: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(example("droit-au-compte", "refus-guichet.json")).unwrap(),
    )
    .unwrap();
    answers.remove("adresse_agence");
    let file = dir.path().join("reponses.json");
    std::fs::write(&file, serde_json::to_string(&answers).unwrap()).unwrap();
    let out = dir.path().join("courrier.pdf");
    let run = permanence(&[
        "letter",
        "--procedure",
        "droit-au-compte",
        "--answers",
        file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(
        err.contains("il manque 1 réponse(s)")
            && err.contains("Adresse de l'agence (adresse_agence)"),
        "{err}"
    );
    assert!(!out.exists());
}

#[test]
fn letter_asked_before_the_silence_has_run_gives_the_day_it_can_go_out() {
    // Deposit at the counter on 5 October: the bank's fifteen days run to
    // the 20th; the referral to the Banque de France is possible from the
    // 21st, not on the 12th.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("saisine.pdf");
    let run = |day: &str| {
        permanence(&[
            "letter",
            "--procedure",
            "droit-au-compte",
            "--answers",
            &example("droit-au-compte", "refus-guichet.json"),
            "--letter",
            "saisine-bdf",
            "--date",
            day,
            "--out",
            out.to_str().unwrap(),
        ])
    };
    let early = run("2026-10-12");
    assert_eq!(early.status.code(), Some(1));
    let err = String::from_utf8(early.stderr).unwrap();
    assert!(
        err.contains("ne peut pas encore être préparé")
            && err.contains("à partir du 21 octobre 2026"),
        "{err}"
    );
    assert!(!out.exists());
    let on_time = run("2026-10-21");
    assert!(
        on_time.status.success(),
        "{}",
        String::from_utf8_lossy(&on_time.stderr)
    );
    assert!(out.exists());
}

#[test]
fn letter_refuses_answers_that_do_not_fit_the_procedure() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("reponses.json");
    std::fs::write(&file, r#"{"mode_demande": "pigeon", "inconnue": 1}"#).unwrap();
    let run = permanence(&[
        "letter",
        "--procedure",
        "droit-au-compte",
        "--answers",
        file.to_str().unwrap(),
        "--explain-lang",
        "xx",
        "--out",
        dir.path().join("c.pdf").to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(err.contains("--explain-lang xx : langue inconnue"), "{err}");
    let run = permanence(&[
        "letter",
        "--procedure",
        "droit-au-compte",
        "--answers",
        file.to_str().unwrap(),
        "--out",
        dir.path().join("c.pdf").to_str().unwrap(),
    ]);
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(
        err.contains("`inconnue` is not a question") || err.contains("inconnue"),
        "{err}"
    );
    assert!(err.contains("mode_demande"), "{err}");
}

#[test]
fn deadline_prints_the_due_date_then_the_explanation() {
    let out = permanence(&["deadline", "--start", "2025-12-30", "--duration", "2m"]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out),
        "2026-03-02\ndépart le 30/12/2025 + 2 mois = 28/02/2026 (pas de 30 février) ; samedi → reporté au lundi 02/03/2026\n"
    );
    let out = permanence(&[
        "deadline",
        "--start",
        "2026-04-09",
        "--duration",
        "2m",
        "--franc",
        "--zone",
        "guyane",
    ]);
    assert_eq!(stdout(&out).lines().next(), Some("2026-06-11"));
    let out = permanence(&[
        "deadline",
        "--start",
        "2026-03-10",
        "--duration",
        "2m",
        "--franc",
        "--distance",
        "overseas",
    ]);
    assert_eq!(stdout(&out).lines().next(), Some("2026-06-11"));
    let out = permanence(&["deadline", "--start", "2026-05-13", "--duration", "3wd"]);
    assert_eq!(stdout(&out).lines().next(), Some("2026-05-19"));
}

#[test]
fn deadline_and_holidays_refuse_bad_input_in_french() {
    for (args, message) in [
        (
            vec!["deadline", "--start", "2026-02-30", "--duration", "2m"],
            "--start 2026-02-30 : date invalide",
        ),
        (
            vec!["deadline", "--start", "2026-02-01", "--duration", "2 mois"],
            "durée invalide",
        ),
        (
            vec![
                "deadline",
                "--start",
                "2026-02-01",
                "--duration",
                "2m",
                "--zone",
                "paris",
            ],
            "zone inconnue « paris »",
        ),
        (
            vec![
                "deadline",
                "--start",
                "2026-02-01",
                "--duration",
                "2m",
                "--distance",
                "lune",
            ],
            "délai de distance inconnu",
        ),
        (vec!["holidays", "--year", "1850"], "hors de 1900–2200"),
    ] {
        let out = permanence(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn holidays_lists_the_zones_days_in_order() {
    let out = permanence(&["holidays", "--year", "2026", "--zone", "guyane"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let days: Vec<&str> = text.lines().collect();
    assert_eq!(days.len(), 12);
    assert!(days.contains(&"2026-06-10"), "abolition day: {text}");
    let mut sorted = days.clone();
    sorted.sort();
    assert_eq!(days, sorted);
    let metro = permanence(&["holidays", "--year", "2026"]);
    assert_eq!(stdout(&metro).lines().count(), 11);
}

mod audit {
    use std::process::{Command, Output};

    use permanence_app::{App, Paths, PersonForm};
    use permanence_store::{KdfParams, Passphrase, Store};

    const PASS: &str = "mardi soir permanence";
    const NOW: &str = "2026-11-26T18:00:00+01:00";

    fn verify(data: &std::path::Path) -> Output {
        verify_with(data, PASS)
    }

    fn verify_with(data: &std::path::Path, passphrase: &str) -> Output {
        Command::new(env!("CARGO_BIN_EXE_permanence"))
            .arg("--data-dir")
            .arg(data)
            .args(["audit", "verify"])
            .env("PERMANENCE_PASSPHRASE", passphrase)
            .output()
            .unwrap()
    }

    /// An installation where a person was created, opened and changed.
    fn installation() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let app = App::open(Paths::new(&data)).unwrap();
        app.create_vault(PASS, PASS).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let form = PersonForm {
            family_name: "Diallo".into(),
            given_names: "Awa".into(),
            ..Default::default()
        };
        let id = app.save_person(None, &form, today, NOW).unwrap().person.id;
        app.open_person(id, today, NOW).unwrap();
        app.save_person(Some(id), &form, today, NOW).unwrap();
        app.close(NOW);
        (dir, data)
    }

    fn tamper(data: &std::path::Path, sql: &str) {
        let mut store = Store::open(
            &data.join("permanence.db"),
            &Passphrase::new(PASS),
            &KdfParams::STANDARD,
        )
        .unwrap();
        store.tamper_audit(sql).unwrap();
    }

    fn stdout(out: &Output) -> String {
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    #[test]
    fn an_intact_journal_passes() {
        let (_dir, data) = installation();
        let out = verify(&data);
        assert!(out.status.success(), "{}", stdout(&out));
        assert_eq!(stdout(&out), "journal d'audit intact : 3 entrée(s)\n");
    }

    #[test]
    fn an_edited_entry_is_caught() {
        let (_dir, data) = installation();
        tamper(&data, "UPDATE audit SET action = 'create' WHERE seq = 2");
        let out = verify(&data);
        assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
        assert!(
            stdout(&out).contains("- entrée n° 2 modifiée après coup"),
            "{}",
            stdout(&out)
        );
    }

    #[test]
    fn a_removed_last_entry_is_caught_by_the_head_kept_outside() {
        let (_dir, data) = installation();
        tamper(&data, "DELETE FROM audit WHERE seq = 3");
        let out = verify(&data);
        assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
        assert!(
            stdout(&out).contains("- entrées n° 3 à 3 supprimées à la fin du journal"),
            "{}",
            stdout(&out)
        );
    }

    #[test]
    fn a_wrong_passphrase_verifies_nothing() {
        let (_dir, data) = installation();
        let out = verify_with(&data, "pas la bonne");
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("Phrase secrète incorrecte"));
    }
}
