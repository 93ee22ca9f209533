//! The shipped Fluent files, and the checker that guards them.

use permanence_domain::Language;
use permanence_texts::{Catalog, Problem, Source, Texts};

fn source(locale: &str, text: &str) -> Source {
    Source {
        locale: locale.into(),
        name: "main.ftl".into(),
        text: text.into(),
    }
}

fn check(sources: Vec<Source>) -> Vec<String> {
    Catalog::from_sources(sources)
        .check()
        .iter()
        .map(Problem::to_string)
        .collect()
}

#[test]
fn shipped_locales_are_complete_and_consistent() {
    let catalog = Catalog::embedded();
    assert_eq!(catalog.locales(), vec!["ar", "en", "fr"]);
    let problems = catalog.check();
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_files_on_disk_are_the_ones_embedded() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let on_disk = Catalog::from_dir(&dir).unwrap();
    let embedded = Catalog::embedded();
    let texts = |c: &Catalog| {
        c.sources()
            .iter()
            .map(|s| (s.locale.clone(), s.name.clone(), s.text.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(&on_disk), texts(&embedded));
}

#[test]
fn a_message_missing_in_one_locale_is_reported_in_that_locale() {
    let problems = check(vec![
        source("fr", "a = A\nb = B\n"),
        source("en", "a = A\nb = B\n"),
        source("ar", "a = ا\n"),
    ]);
    assert_eq!(
        problems,
        vec!["locales/ar/main.ftl: missing message `b` (defined at locales/fr/main.ftl:2)"]
    );
}

#[test]
fn a_message_only_in_a_translation_is_missing_from_french() {
    let problems = check(vec![
        source("fr", "a = A\n"),
        source("en", "a = A\nextra = E\n"),
    ]);
    assert_eq!(
        problems,
        vec!["locales/fr/main.ftl: missing message `extra` (defined at locales/en/main.ftl:2)"]
    );
}

#[test]
fn variables_must_match_across_locales_including_selectors_and_attributes() {
    let problems = check(vec![
        source(
            "fr",
            "hello = Bonjour { $name }\ncount = { $n ->\n  [one] un\n *[other] { $n } dossiers\n}\nbutton =\n    .title = Ouvrir { $what }\n",
        ),
        source(
            "en",
            "hello = Hello { $nom }\ncount = { $n ->\n  [one] one\n *[other] { $n } cases\n}\nbutton =\n    .title = Open\n",
        ),
    ]);
    assert_eq!(
        problems,
        vec![
            "locales/en/main.ftl:1: message `hello` uses variables $nom but locales/fr/main.ftl:1 uses $name",
            "locales/en/main.ftl:6: message `button.title` uses variables none but locales/fr/main.ftl:6 uses $what",
        ]
    );
}

#[test]
fn syntax_errors_and_duplicates_are_reported_with_their_line() {
    let problems = check(vec![
        source("fr", "a = A\n\nb = { $x\nc = C\na = again\n"),
        source("en", "a = A\nb = { $x }\nc = C\n"),
    ]);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("locales/fr/main.ftl:3: syntax error")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p == "locales/fr/main.ftl:5: message `a` is defined twice (first at locales/fr/main.ftl:1)"),
        "{problems:#?}"
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let problems = check(vec![
        source("fr", "a = A\nb = B\nc = C\n"),
        source("en", "a = A\n"),
        source("ar", "b = B\n"),
    ]);
    assert_eq!(problems.len(), 4, "{problems:#?}");
}

#[test]
fn formats_in_the_chosen_language_with_bidi_isolation() {
    let texts = Texts::embedded().unwrap();
    assert_eq!(
        texts.format(
            Language::French,
            "settings-version",
            &[("version", "1.2.3")]
        ),
        "Version \u{2068}1.2.3\u{2069}"
    );
    let arabic = texts.format(
        Language::Arabic,
        "settings-data-dir",
        &[("path", "/home/a")],
    );
    assert!(arabic.starts_with("تُحفَظ"), "{arabic}");
    // The Latin path is isolated so it is not reordered by the Arabic text.
    assert!(arabic.ends_with("\u{2068}/home/a\u{2069}"), "{arabic}");
    assert_eq!(texts.format(Language::English, "nav-people", &[]), "People");
}

#[test]
fn unknown_key_falls_back_to_the_key() {
    let texts = Texts::embedded().unwrap();
    assert_eq!(
        texts.format(Language::Arabic, "no-such-key", &[]),
        "no-such-key"
    );
}

#[test]
fn an_inconsistent_catalogue_is_refused() {
    let catalog = Catalog::from_sources(vec![source("fr", "a = A\n"), source("en", "b = B\n")]);
    let err = Texts::new(&catalog).unwrap_err().to_string();
    assert!(err.contains("missing message `a`"), "{err}");
}
