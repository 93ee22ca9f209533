//! Use cases as the shell and the CLI call them, on a temporary data dir.

use permanence_app::{App, AppError, Paths};
use permanence_domain::Language;

fn app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(Paths::new(dir.path().join("data"))).unwrap();
    (dir, app)
}

#[test]
fn a_new_installation_speaks_french_and_writes_nothing() {
    let (dir, app) = app();
    assert_eq!(app.settings().unwrap().language, Language::French);
    assert!(!dir.path().join("data").exists());
}

#[test]
fn the_chosen_language_is_remembered_across_restarts() {
    let (dir, app) = app();
    app.set_language("ar").unwrap();
    drop(app);
    let reopened = App::open(Paths::new(dir.path().join("data"))).unwrap();
    assert_eq!(reopened.settings().unwrap().language, Language::Arabic);
    // No temporary file left behind by the atomic write.
    let names: Vec<_> = std::fs::read_dir(dir.path().join("data"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, vec!["settings.json"]);
}

#[test]
fn an_unknown_language_is_refused_with_a_message_in_the_current_language() {
    let (_dir, app) = app();
    let err = app.set_language("xx").unwrap_err();
    let report = app.report(&err);
    assert_eq!(report.code, "unknown-language");
    assert_eq!(report.message, "Langue inconnue : \u{2068}xx\u{2069}");
    assert_eq!(app.settings().unwrap().language, Language::French);

    app.set_language("en").unwrap();
    assert_eq!(
        app.report(&err).message,
        "Unknown language: \u{2068}xx\u{2069}"
    );
}

#[test]
fn a_corrupt_settings_file_is_reported_then_replaced_by_the_next_choice() {
    let (dir, app) = app();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("settings.json"), b"{\"language\": \"fr\"").unwrap();
    let err = app.settings().unwrap_err();
    assert!(matches!(err, AppError::CorruptSettings { .. }));
    assert_eq!(app.report(&err).code, "settings-corrupt");

    app.set_language("en").unwrap();
    assert_eq!(app.settings().unwrap().language, Language::English);
}

#[test]
fn settings_from_another_version_keep_what_is_understood() {
    let (dir, app) = app();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("settings.json"),
        br#"{"language": "en", "future_option": 3}"#,
    )
    .unwrap();
    assert_eq!(app.settings().unwrap().language, Language::English);
}

#[test]
fn info_names_the_version_data_dir_and_languages() {
    let (dir, app) = app();
    let info = app.info();
    assert_eq!(info.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(info.data_dir, dir.path().join("data"));
    assert_eq!(info.locales, vec!["fr", "en", "ar"]);
}

#[test]
fn the_catalogue_lists_the_shipped_demarches() {
    let (_dir, app) = app();
    let items = app.catalogue();
    // The embedded catalogue is every folder of assets/procedures, each
    // with the theme its procedure.toml declares: nothing to edit here
    // when a démarche is added.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/procedures");
    let mut shipped: Vec<(String, String)> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("procedure.toml").is_file())
        .map(|p| {
            let toml = std::fs::read_to_string(p.join("procedure.toml")).unwrap();
            let theme = toml
                .lines()
                .find_map(|l| l.strip_prefix("theme = "))
                .unwrap()
                .trim_matches('"')
                .to_owned();
            (p.file_name().unwrap().to_string_lossy().into_owned(), theme)
        })
        .collect();
    shipped.sort();
    assert!(
        shipped.len() >= 11,
        "assets/procedures lost démarches: {shipped:?}"
    );
    let listed: Vec<(String, String)> = items
        .iter()
        .map(|i| (i.id.clone(), i.theme.clone()))
        .collect();
    assert_eq!(listed, shipped);
    assert!(items.iter().all(|i| i.available && i.problems.is_empty()));
}
