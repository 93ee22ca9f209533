//! Seeds a data folder the desktop app opens: an encrypted base of many
//! persons with dossiers and deadlines, to measure the app on a large
//! installation (`scripts/bench-app.sh`, `tests/e2e/bench.mjs`).
//!
//! ```text
//! cargo run --release -p permanence-app --example seed_base -- \
//!     <data-dir> <persons> --today AAAA-MM-JJ [--dossiers N] [--passphrase TEXT]
//! ```
//!
//! The vault is made by the app itself (`App::create_vault`: the data
//! folder's layout, the production Argon2id parameters, `settings.json`
//! through Paramètres' own use case), so the desktop app unlocks it with
//! the passphrase. The persons are the made-up population of the store
//! benchmark (`permanence_testkit::population`), written in one transaction
//! through a second connection, as an import would. The dossiers are the
//! droit-au-compte démarche with the answers the window test gives, the
//! request's date spread over the last 80 days so Échéances has overdue,
//! this week's and this month's deadlines; the app computes and stores
//! their deadlines (`App::recompute_deadlines`).
//!
//! Nothing here reads the clock: `--today` dates the dossiers and the
//! deadlines, and the app measured later must run on that day or soon
//! after for its dashboard to show them.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Days, NaiveDate};
use permanence_app::{App, Paths};
use permanence_procedures::load::{Entry, check_answers, load_embedded};
use permanence_store::{KdfParams, NewDossier, Passphrase, Store};
use permanence_testkit::population::{self, Rng};
use serde_json::{Map, Value, json};

/// The passphrase of the window test, which the bench types too.
const PASSPHRASE: &str = "mardi soir permanence";
const PROCEDURE: &str = "droit-au-compte";
/// The letter the bench previews and freezes; it must print on every
/// seeded dossier.
const LETTER: &str = "demande-ouverture";
/// Requests dated from today back to this many days: their 15-day
/// silences fall from 65 days overdue to 15 days ahead.
const SPREAD_DAYS: u64 = 80;

struct Options {
    data_dir: PathBuf,
    persons: usize,
    dossiers: usize,
    today: NaiveDate,
    passphrase: String,
}

const USAGE: &str =
    "usage: seed_base <data-dir> <persons> --today AAAA-MM-JJ [--dossiers N] [--passphrase TEXT]";

fn options(args: &[String]) -> Result<Options, String> {
    let mut positional = Vec::new();
    let mut dossiers = None;
    let mut today = None;
    let mut passphrase = PASSPHRASE.to_owned();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || rest.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--dossiers" => {
                dossiers = Some(value()?.parse().map_err(|e| format!("--dossiers: {e}"))?)
            }
            "--today" => today = Some(value()?.parse().map_err(|e| format!("--today: {e}"))?),
            "--passphrase" => passphrase = value()?.clone(),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ => positional.push(arg.clone()),
        }
    }
    let [data_dir, persons] = positional.as_slice() else {
        return Err("expected a data folder and a number of persons".into());
    };
    let persons: usize = persons.parse().map_err(|e| format!("persons: {e}"))?;
    if persons == 0 {
        return Err("persons: at least one".into());
    }
    Ok(Options {
        data_dir: data_dir.into(),
        persons,
        // One dossier for twenty persons by default: more than the
        // Dossiers screen (500) and Échéances (100 overdue + 200 coming)
        // list, as on a large installation.
        dossiers: dossiers.unwrap_or(persons / 20).min(persons),
        today: today.ok_or("--today is required (the app's day: nothing here reads the clock)")?,
        passphrase,
    })
}

/// The window test's answers (tests/e2e/harness.mjs, `BANK_ANSWERS`) as the
/// interview stores them, for the person's name; the request made by LRAR
/// (AR received) or at the counter on `request_day`.
fn answers(family: &str, given: &str, by_post: bool, request_day: NaiveDate) -> Map<String, Value> {
    let mut a = json!({
        "nom": family,
        "prenoms": given,
        "civilite": "madame",
        "adresse": "CCAS de Saint-Denis, 1 place Victor Hugo, 93200 Saint-Denis",
        "compte_existant": false,
        "heberge": false,
        "nom_banque": "Banque Exemple",
        "adresse_agence": "12 rue de la République, 93200 Saint-Denis",
        "mode_demande": if by_post { "lrar" } else { "guichet" },
        "reponse_banque": "aucune",
        "attestation_refus": false,
        "adresse_bdf": "Banque de France, 2 rue de la Banque, 75002 Paris",
        "mode_saisine": "guichet",
    });
    let day = json!(request_day.to_string());
    a[if by_post { "date_ar" } else { "date_depot" }] = day;
    match a {
        Value::Object(map) => map,
        _ => unreachable!("an object literal"),
    }
}

fn seed(o: &Options) -> Result<(), String> {
    let fail = |what: &str| {
        let what = what.to_owned();
        move |e: permanence_app::AppError| format!("{what}: {e}")
    };
    let paths = Paths::new(&o.data_dir);
    if paths.database_file().exists() {
        return Err(format!(
            "{} exists already: seed an empty folder",
            paths.database_file().display()
        ));
    }
    let now = format!("{}T09:00:00+01:00", o.today);

    // The vault as the setup screen makes it; it stays unlocked (no
    // unlock, so no daily backup is taken here: the app's first unlock
    // takes it, as on a real first day).
    let app = App::open(paths.clone()).map_err(fail("open"))?;
    app.create_vault(&o.passphrase, &o.passphrase)
        .map_err(fail("create the vault"))?;
    app.set_letterhead("l'association Exemple", "Saint-Denis")
        .map_err(fail("letterhead"))?;

    // Bulk writes through a second connection: the app has no import use
    // case, and one transaction per person would take minutes.
    let mut store = Store::open(
        &paths.database_file(),
        &Passphrase::new(&o.passphrase),
        &KdfParams::STANDARD,
    )
    .map_err(|e| format!("second connection: {e}"))?;
    let mut rng = Rng(population::SEED);
    let people: Vec<_> = (0..o.persons)
        .map(|n| population::person(n, &mut rng))
        .collect();
    let ids = store
        .create_persons(&people, &now)
        .map_err(|e| format!("persons: {e}"))?;
    println!("persons: {} in one transaction", ids.len());

    let catalogue = load_embedded(&["fr"]);
    let procedure = catalogue
        .entries
        .iter()
        .find_map(|e| match e {
            Entry::Available(p) if p.id == PROCEDURE => Some(p),
            _ => None,
        })
        .ok_or(format!("{PROCEDURE} is not available"))?;
    let mut dossier_ids = Vec::with_capacity(o.dossiers);
    for k in 0..o.dossiers {
        // Spread over the whole base, so search results hold some.
        let n = k * o.persons / o.dossiers.max(1);
        let fields = &people[n];
        let request_day = o.today - Days::new(k as u64 % SPREAD_DAYS);
        let a = answers(
            &fields.family_name,
            &fields.given_names,
            k % 2 == 0,
            request_day,
        );
        let problems = check_answers(procedure, &a);
        if !problems.is_empty() {
            return Err(format!("answers do not fit {PROCEDURE}: {problems:?}"));
        }
        let dossier = NewDossier {
            person_id: ids[n],
            procedure_id: procedure.id.clone(),
            procedure_version: procedure.version.clone(),
            opened_on: request_day,
        };
        // At the review (no current question), as after the last answer.
        let id = store
            .open_dossier(&dossier, &a, None, &now)
            .map_err(|e| format!("dossier: {e}"))?;
        dossier_ids.push(id);
    }
    drop(store);
    println!(
        "dossiers: {} ({PROCEDURE}, requests over the last {SPREAD_DAYS} days)",
        dossier_ids.len()
    );

    // Deadlines are derived by the app from the answers, as after an
    // answer in the window.
    for &id in &dossier_ids {
        app.recompute_deadlines(id, &now)
            .map_err(fail("deadlines"))?;
    }
    // The dashboard once, as a used base has had it: it also clears the
    // mark a fresh schema leaves for recomputing every dossier.
    let board = app
        .deadlines_dashboard(o.today)
        .map_err(fail("dashboard"))?;
    println!(
        "Échéances on {}: {} overdue, {} this week, {} within 30 days, {} later{}",
        o.today,
        board.overdue.len(),
        board.this_week.len(),
        board.next_30_days.len(),
        board.later.len(),
        if board.truncated {
            " (more than listed)"
        } else {
            ""
        }
    );
    // The bench previews and freezes this letter on these dossiers.
    if let Some(&first) = dossier_ids.first() {
        let preview = app
            .preview_letter(first, LETTER, Some("fr"), o.today)
            .map_err(fail("preview"))?;
        if preview.pages.is_empty() || !preview.missing.is_empty() || preview.waiting.is_some() {
            return Err(format!(
                "{LETTER} does not print on dossier {first}: {preview:?}"
            ));
        }
    }
    app.lock();

    // What the desktop app will do: open it with the passphrase alone.
    let check = Store::open(
        &paths.database_file(),
        &Passphrase::new(&o.passphrase),
        &KdfParams::STANDARD,
    )
    .map_err(|e| format!("reopen: {e}"))?;
    let count = check.count_persons().map_err(|e| format!("count: {e}"))?;
    if count != o.persons as i64 {
        return Err(format!("{count} persons stored, {} expected", o.persons));
    }
    drop(check);
    let size = std::fs::metadata(paths.database_file())
        .map(|m| m.len())
        .unwrap_or(0);
    println!(
        "{}: {:.1} MiB, opens with the passphrase",
        paths.database_file().display(),
        size as f64 / 1048576.0
    );
    Ok(())
}

fn main() -> ExitCode {
    // An example is a program of its own, like the CLI: it reads its
    // arguments (and nothing else of the environment).
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = options(&args)
        .map_err(|e| format!("{e}\n{USAGE}"))
        .and_then(|o| seed(&o));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("seed_base: {e}");
            ExitCode::FAILURE
        }
    }
}
