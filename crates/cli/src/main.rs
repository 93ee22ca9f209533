//! `permanence`: the use cases of the desktop app from a terminal, for
//! scripts, tests and workers who prefer it. Reads the command line and the
//! environment here, and nowhere below.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use permanence_app::{App, DATA_DIR_ENV, PROJECT_DIRS, resolve_data_dir};
use permanence_texts::Catalog;

/// Permanence — aide aux démarches d'accès aux droits, hors ligne.
#[derive(Debug, Parser)]
#[command(name = "permanence", version, about, long_about = None)]
struct Cli {
    /// Dossier des données (sinon $PERMANENCE_DATA_DIR, sinon le dossier de données de l'utilisateur).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Affiche la version, le dossier des données et les langues disponibles.
    Info,
    /// Textes de l'interface (fichiers Fluent).
    Locales {
        #[command(subcommand)]
        command: LocalesCommand,
    },
}

#[derive(Debug, Subcommand)]
enum LocalesCommand {
    /// Vérifie que chaque langue a tous les messages, avec les mêmes variables.
    Check {
        /// Dossier `locales/` à vérifier (sinon les textes intégrés au programme).
        dir: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("permanence : {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        None => {
            use clap::CommandFactory;
            Cli::command().print_help().map_err(|e| e.to_string())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Info) => {
            let env = std::env::var_os(DATA_DIR_ENV).map(PathBuf::from);
            let platform = {
                let (q, o, a) = PROJECT_DIRS;
                directories::ProjectDirs::from(q, o, a)
            }
            .map(|d| d.data_local_dir().to_owned());
            let paths =
                resolve_data_dir(cli.data_dir.as_deref(), env.as_deref(), platform.as_deref())
                    .map_err(|e| e.to_string())?;
            let app = App::open(paths).map_err(|e| e.to_string())?;
            let info = app.info();
            println!("version: {}", info.version);
            println!("data-dir: {}", info.data_dir.display());
            println!("locales: {}", info.locales.join(", "));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Locales {
            command: LocalesCommand::Check { dir },
        }) => {
            let catalog = match dir {
                Some(dir) => Catalog::from_dir(&dir).map_err(|e| e.to_string())?,
                None => Catalog::embedded(),
            };
            let problems = catalog.check();
            for p in &problems {
                println!("{p}");
            }
            if problems.is_empty() {
                println!(
                    "ok: {} ({} fichiers)",
                    catalog.locales().join(", "),
                    catalog.sources().len()
                );
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{} problème(s)", problems.len());
                Ok(ExitCode::FAILURE)
            }
        }
    }
}
