//! The desktop shell: reads the command line and the environment, opens the
//! installation, and exposes one-line commands to the UI. Every command
//! converts, calls one use case of `permanence-app`, and maps errors to
//! `{code, message}`. No logic lives here.

use std::path::PathBuf;

use permanence_app::{App, AppInfo, DATA_DIR_ENV, ErrorReport, PROJECT_DIRS, resolve_data_dir};
use permanence_domain::Settings;
use tauri::State;

type Reply<T> = Result<T, ErrorReport>;

#[tauri::command]
fn app_info(app: State<'_, App>) -> AppInfo {
    app.info()
}

#[tauri::command]
fn get_settings(app: State<'_, App>) -> Reply<Settings> {
    app.settings().map_err(|e| app.report(&e))
}

#[tauri::command]
fn set_language(app: State<'_, App>, code: String) -> Reply<Settings> {
    app.set_language(&code).map_err(|e| app.report(&e))
}

/// `--data-dir DIR` or `--data-dir=DIR` on the command line.
fn data_dir_flag() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(v) = arg.strip_prefix("--data-dir=") {
            return Some(PathBuf::from(v));
        }
    }
    None
}

fn open_app() -> Result<App, String> {
    let env = std::env::var_os(DATA_DIR_ENV).map(PathBuf::from);
    let (qualifier, organisation, application) = PROJECT_DIRS;
    let platform = directories::ProjectDirs::from(qualifier, organisation, application)
        .map(|d| d.data_local_dir().to_owned());
    let paths = resolve_data_dir(
        data_dir_flag().as_deref(),
        env.as_deref(),
        platform.as_deref(),
    )
    .map_err(|e| e.to_string())?;
    App::open(paths).map_err(|e| e.to_string())
}

pub fn run() {
    let app = match open_app() {
        Ok(app) => app,
        Err(message) => {
            eprintln!("Permanence ne peut pas démarrer : {message}");
            std::process::exit(1);
        }
    };
    tauri::Builder::default()
        .manage(app)
        .invoke_handler(tauri::generate_handler![
            app_info,
            get_settings,
            set_language
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Permanence s'est arrêté : {e}");
            std::process::exit(1);
        });
}
