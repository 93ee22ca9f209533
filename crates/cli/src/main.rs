//! `permanence`: the use cases of the desktop app from a terminal, for
//! scripts, tests and workers who prefer it. Reads the command line and the
//! environment here, and nowhere below.

mod letter;

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
    /// Prépare un courrier en PDF à partir des réponses d'une démarche (fichier JSON).
    Letter {
        /// Identifiant de la démarche (voir `permanence procedures list`).
        #[arg(long, value_name = "ID")]
        procedure: String,
        /// Réponses : objet JSON dont les clés sont les identifiants des questions.
        #[arg(long, value_name = "ANSWERS.json")]
        answers: PathBuf,
        /// Le courrier voulu, si la démarche en propose plusieurs (par défaut : le premier qui convient).
        #[arg(long, value_name = "ID")]
        letter: Option<String>,
        /// Ajoute la fiche d'explication pour la personne, dans sa langue (fr, en, ar).
        #[arg(long, value_name = "LANG")]
        explain_lang: Option<String>,
        /// Date du courrier, AAAA-MM-JJ (par défaut : aujourd'hui).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Ville écrite avant la date (par défaut : celle des Paramètres).
        #[arg(long)]
        place: Option<String>,
        /// Structure qui aide à rédiger (par défaut : celle des Paramètres).
        #[arg(long)]
        organisation: Option<String>,
        /// Calendrier des jours fériés des dates calculées (par défaut : celui des Paramètres).
        #[arg(long, value_name = "ZONE")]
        zone: Option<String>,
        /// Fichier PDF à écrire.
        #[arg(long, value_name = "OUT.pdf")]
        out: PathBuf,
    },
    /// Calcule une échéance : la date sur la première ligne (AAAA-MM-JJ), puis l'explication.
    Deadline {
        /// Date de départ (notification, réception…), AAAA-MM-JJ ; ce jour ne compte pas.
        #[arg(long, value_name = "AAAA-MM-JJ")]
        start: String,
        /// Durée : 15d (jours), 2m (mois), 3wd (jours ouvrés).
        #[arg(long, value_name = "N{d|m|wd}")]
        duration: String,
        /// Délai franc (tribunal administratif) : un jour de plus.
        #[arg(long)]
        franc: bool,
        /// Calendrier des jours fériés.
        #[arg(long, default_value = "metropole", value_name = "ZONE")]
        zone: String,
        /// Délai de distance (R421-7 CJA) : overseas (+1 mois) ou abroad (+2 mois).
        #[arg(long, value_name = "overseas|abroad")]
        distance: Option<String>,
    },
    /// Liste les jours fériés d'une année, un AAAA-MM-JJ par ligne, dans l'ordre.
    Holidays {
        #[arg(long, value_name = "AAAA")]
        year: i32,
        #[arg(long, default_value = "metropole", value_name = "ZONE")]
        zone: String,
    },
    /// Journal d'audit de la base (qui a ouvert, modifié, imprimé, exporté ou effacé quoi).
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Démarches décrites par des fichiers (assets/procedures).
    Procedures {
        #[command(subcommand)]
        command: ProceduresCommand,
    },
}

#[derive(Debug, Subcommand)]
enum ProceduresCommand {
    /// Vérifie les fichiers de démarches et leurs textes ; signale chaque problème avec fichier et ligne.
    Check {
        /// Dossier des démarches (par défaut : celles livrées avec Permanence).
        dir: Option<PathBuf>,
        /// Dossier `locales/` (par défaut : `DIR/../locales` ou `DIR/../../locales`).
        #[arg(long)]
        locales: Option<PathBuf>,
    },
    /// Affiche chaque démarche disponible avec sa version, une par ligne.
    List {
        dir: Option<PathBuf>,
        #[arg(long)]
        locales: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Vérifie la chaîne du journal : une entrée modifiée, supprimée ou coupée à la fin est signalée (code de sortie 1).
    /// La phrase secrète est lue dans $PERMANENCE_PASSPHRASE, sinon sur l'entrée standard.
    Verify,
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

/// The procedures shipped in the source tree this binary was built from.
const SHIPPED_PROCEDURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/procedures");

fn load_procedures(
    dir: Option<PathBuf>,
    locales: Option<PathBuf>,
) -> Result<permanence_procedures::load::Catalogue, String> {
    let dir = dir.unwrap_or_else(|| PathBuf::from(SHIPPED_PROCEDURES));
    let dir = dir
        .canonicalize()
        .map_err(|e| format!("{} : {e}", dir.display()))?;
    let locales = locales
        .or_else(|| {
            [dir.join("../locales"), dir.join("../../locales")]
                .into_iter()
                .find(|p| p.is_dir())
        })
        .ok_or_else(|| format!("aucun dossier locales/ trouvé près de {}", dir.display()))?;
    let locales = locales
        .canonicalize()
        .map_err(|e| format!("{} : {e}", locales.display()))?;
    // Paths in messages are shown from the folder holding both.
    let root = locales.parent().map(PathBuf::from).unwrap_or_default();
    let languages: Vec<&str> = permanence_domain::Language::ALL
        .iter()
        .map(|l| l.code())
        .collect();
    permanence_procedures::load::load_catalogue(&dir, &locales, &languages, &root)
        .map_err(|e| e.to_string())
}

fn data_paths(data_dir: Option<&std::path::Path>) -> Result<permanence_app::Paths, String> {
    let env = std::env::var_os(DATA_DIR_ENV).map(PathBuf::from);
    let platform = {
        let (q, o, a) = PROJECT_DIRS;
        directories::ProjectDirs::from(q, o, a)
    }
    .map(|d| d.data_local_dir().to_owned());
    resolve_data_dir(data_dir, env.as_deref(), platform.as_deref()).map_err(|e| e.to_string())
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        None => {
            use clap::CommandFactory;
            Cli::command().print_help().map_err(|e| e.to_string())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Letter {
            procedure,
            answers,
            letter,
            explain_lang,
            date,
            place,
            organisation,
            zone,
            out,
        }) => {
            // Settings (town, structure) are read when a data folder exists;
            // the command works without one.
            let settings = data_paths(cli.data_dir.as_deref())
                .ok()
                .and_then(|paths| App::open(paths).ok())
                .and_then(|app| app.settings().ok())
                .unwrap_or_default();
            let today = match date {
                Some(d) => chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                    .map_err(|_| format!("--date {d} : date invalide (AAAA-MM-JJ attendu)"))?,
                None => chrono::Local::now().date_naive(),
            };
            letter::run(&letter::Request {
                procedure: &procedure,
                answers: &answers,
                letter: letter.as_deref(),
                explain_lang: explain_lang.as_deref(),
                today,
                place: place.as_deref().unwrap_or(&settings.place),
                organisation: organisation.as_deref().unwrap_or(&settings.organisation),
                zone: match zone {
                    Some(z) => z.parse()?,
                    None => settings.zone,
                },
                out: &out,
            })
        }
        Some(Command::Deadline {
            start,
            duration,
            franc,
            zone,
            distance,
        }) => {
            use permanence_domain::{Distance, Duration, Rule, Zone, compute};
            let day = chrono::NaiveDate::parse_from_str(&start, "%Y-%m-%d")
                .map_err(|_| format!("--start {start} : date invalide (AAAA-MM-JJ attendu)"))?;
            let duration: Duration = duration.parse().map_err(|_| {
                format!("--duration {duration} : durée invalide (exemples : 15d, 2m, 3wd)")
            })?;
            let rule = Rule {
                franc,
                zone: zone.parse::<Zone>()?,
                distance: distance.map(|d| d.parse::<Distance>()).transpose()?,
                implicit_decision: false,
            };
            let c = compute(day, duration, &rule, "start");
            let texts = permanence_texts::Texts::embedded().map_err(|e| e.to_string())?;
            println!("{}", c.due);
            // A terminal shows the bidi isolation marks Fluent puts around
            // placeables as odd characters: French needs none.
            let steps = texts.steps(permanence_domain::Language::French, &c.steps);
            println!(
                "{}",
                steps.join(" ; ").replace(['\u{2068}', '\u{2069}'], "")
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Holidays { year, zone }) => {
            if !(1900..=2200).contains(&year) {
                return Err(format!("--year {year} : année hors de 1900–2200"));
            }
            let zone: permanence_domain::Zone = zone.parse()?;
            for (day, _) in permanence_domain::holidays(year, zone) {
                println!("{day}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Audit {
            command: AuditCommand::Verify,
        }) => audit_verify(cli.data_dir.as_deref()),
        Some(Command::Info) => {
            let paths = data_paths(cli.data_dir.as_deref())?;
            let app = App::open(paths).map_err(|e| e.to_string())?;
            let info = app.info();
            println!("version: {}", info.version);
            println!("data-dir: {}", info.data_dir.display());
            println!("locales: {}", info.locales.join(", "));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Procedures {
            command: ProceduresCommand::Check { dir, locales },
        }) => {
            let catalogue = load_procedures(dir, locales)?;
            // The vocabularies the démarches name (themes, document kinds).
            let vocabulary: Vec<String> = [
                permanence_domain::THEMES_FILE,
                permanence_domain::DOCUMENT_KINDS_FILE,
            ]
            .iter()
            .flat_map(|(file, text)| {
                permanence_domain::vocabulary_problems(text)
                    .into_iter()
                    .map(move |(line, m)| format!("{file}:{line}: {m}"))
            })
            .collect();
            // The départements and the courts the letters look up.
            let courts = permanence_procedures::courts::problems();
            let problems: Vec<String> = vocabulary
                .into_iter()
                .chain(courts.iter().map(|p| p.to_string()))
                .chain(catalogue.problems().iter().map(|p| p.to_string()))
                .collect();
            for p in &problems {
                println!("{p}");
            }
            if problems.is_empty() {
                println!("ok: {} démarche(s)", catalogue.entries.len());
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{} problème(s)", problems.len());
                Ok(ExitCode::FAILURE)
            }
        }
        Some(Command::Procedures {
            command: ProceduresCommand::List { dir, locales },
        }) => {
            use permanence_procedures::load::Entry;
            for entry in load_procedures(dir, locales)?.entries {
                match entry {
                    Entry::Available(p) => println!("{} {}", p.id, p.version),
                    Entry::Unavailable { id, problems } => eprintln!(
                        "{id} : indisponible ({} problème(s), voir `permanence procedures check`)",
                        problems.len()
                    ),
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Locales {
            command: LocalesCommand::Check { dir },
        }) => locales_check(dir),
    }
}

/// `permanence audit verify`: unlocks with the passphrase (from
/// PERMANENCE_PASSPHRASE or typed), checks the hash chain, says what broke.
fn audit_verify(data_dir: Option<&std::path::Path>) -> Result<ExitCode, String> {
    let paths = data_paths(data_dir)?;
    let app = App::open(paths).map_err(|e| e.to_string())?;
    let passphrase = match std::env::var("PERMANENCE_PASSPHRASE") {
        Ok(p) => p,
        Err(_) => {
            eprint!("Phrase secrète : ");
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(|e| e.to_string())?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    let now = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    app.unlock(&passphrase, &now)
        .map_err(|e| app.report(&e).message)?;
    let report = app.verify_audit().map_err(|e| app.report(&e).message)?;
    app.lock();
    let texts = permanence_texts::Texts::embedded().map_err(|e| e.to_string())?;
    // The CLI speaks French; the isolation marks only matter on screen.
    let findings: Vec<String> = report
        .in_words(&texts, permanence_domain::Language::French)
        .into_iter()
        .map(|f| f.replace(['\u{2068}', '\u{2069}'], ""))
        .collect();
    if report.intact() {
        println!("journal d'audit intact : {} entrée(s)", report.entries);
        for f in findings {
            println!("remarque : {f}");
        }
        Ok(ExitCode::SUCCESS)
    } else {
        println!("journal d'audit altéré ({} entrée(s)) :", report.entries);
        for f in findings {
            println!("- {f}");
        }
        Ok(ExitCode::FAILURE)
    }
}

/// `permanence locales check [DIR]`: every problem of the Fluent files.
fn locales_check(dir: Option<std::path::PathBuf>) -> Result<ExitCode, String> {
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
