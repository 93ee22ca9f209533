//! `permanence letter`: a démarche's letter as a PDF from an answers file,
//! for scripts and for checking a procedure's letters without the window.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use permanence_domain::Language;
use permanence_letters::{Draft, LettersError, compose, offered, procedure_text, render};
use permanence_procedures::keys;
use permanence_procedures::load::{Entry, check_answers, load_embedded};
use permanence_texts::Texts;

#[derive(Debug)]
pub struct Request<'a> {
    pub procedure: &'a str,
    pub answers: &'a Path,
    pub letter: Option<&'a str>,
    pub explain_lang: Option<&'a str>,
    pub today: NaiveDate,
    pub place: &'a str,
    pub organisation: &'a str,
    pub zone: permanence_domain::Zone,
    pub out: &'a Path,
}

pub fn run(r: &Request) -> Result<ExitCode, String> {
    let languages: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    let procedure = load_embedded(&languages)
        .entries
        .into_iter()
        .find_map(|e| match e {
            Entry::Available(p) if p.id == r.procedure => Some(p),
            _ => None,
        })
        .ok_or_else(|| {
            format!(
                "démarche inconnue ou indisponible : {} (voir `permanence procedures list`)",
                r.procedure
            )
        })?;
    let explain = r
        .explain_lang
        .map(|code| {
            code.parse::<Language>().map_err(|_| {
                format!("--explain-lang {code} : langue inconnue (langues : fr, en, ar)")
            })
        })
        .transpose()?;
    let text =
        std::fs::read_to_string(r.answers).map_err(|e| format!("{} : {e}", r.answers.display()))?;
    let answers: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text).map_err(|e| {
            format!(
                "{}:{} : JSON invalide ({e}) ; attendu : un objet dont les clés sont les questions",
                r.answers.display(),
                e.line()
            )
        })?;
    let problems = check_answers(&procedure, &answers);
    if !problems.is_empty() {
        return Err(format!(
            "{} : réponses qui ne conviennent pas à la démarche {} :\n  - {}",
            r.answers.display(),
            procedure.id,
            problems.join("\n  - ")
        ));
    }
    let fitting: Vec<String> = offered(&procedure, &answers)
        .iter()
        .map(|l| l.id.clone())
        .collect();
    let letter_id = match r.letter {
        Some(id) if procedure.letters.iter().any(|l| l.id == id) => id.to_owned(),
        Some(id) => {
            return Err(format!(
                "--letter {id} : courrier inconnu de {} (courriers : {})",
                procedure.id,
                procedure
                    .letters
                    .iter()
                    .map(|l| l.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        None => fitting.first().cloned().ok_or_else(|| {
            format!(
                "aucun courrier de {} ne correspond à ces réponses",
                procedure.id
            )
        })?,
    };
    let texts = Texts::embedded().map_err(|e| e.to_string())?;
    let draft = Draft {
        procedure: &procedure,
        letter_id: &letter_id,
        answers: &answers,
        today: r.today,
        place: r.place,
        organisation: r.organisation,
        explain_in: explain,
        facts: &Default::default(),
        zone: r.zone,
    };
    let document = match compose(&draft, &texts) {
        Ok(d) => d,
        Err(LettersError::Missing(questions)) => {
            let fr = Language::French;
            let lines: Vec<String> = questions
                .iter()
                .map(|q| {
                    format!(
                        "  - {} ({q})",
                        procedure_text(&procedure, fr, &keys::question(&procedure.id, q))
                    )
                })
                .collect();
            return Err(format!(
                "le courrier « {} » ne peut pas être préparé : il manque {} réponse(s) :\n{}",
                procedure_text(&procedure, fr, &keys::letter(&procedure.id, &letter_id)),
                questions.len(),
                lines.join("\n")
            ));
        }
        Err(LettersError::TooEarly { rule, from }) => {
            let name = procedure_text(
                &procedure,
                Language::French,
                &keys::letter(&procedure.id, &letter_id),
            );
            let waited = procedure_text(
                &procedure,
                Language::French,
                &keys::deadline(&procedure.id, &rule),
            );
            return Err(match from {
                Some(day) => format!(
                    "le courrier « {name} » ne peut pas encore être préparé : il invoque un silence qui n'a pas encore duré le temps prévu par la loi ({waited}). Il pourra l'être à partir du {}.",
                    permanence_domain::long_date(day, Language::French)
                ),
                None => format!(
                    "le courrier « {name} » ne peut pas encore être préparé : il invoque un silence dont le point de départ n'est pas connu ({waited}). Indiquez d'abord la date de l'accusé de réception ou du dépôt de la demande."
                ),
            });
        }
        Err(e) => return Err(e.to_string()),
    };
    let pdf = render(&document, r.today).map_err(|e| e.to_string())?;
    std::fs::write(r.out, &pdf).map_err(|e| format!("{} : {e}", r.out.display()))?;
    println!(
        "{} ({} Ko) : {letter_id}",
        r.out.display(),
        pdf.len() / 1024
    );
    let others: Vec<&String> = fitting.iter().filter(|l| **l != letter_id).collect();
    if !others.is_empty() {
        eprintln!(
            "autres courriers possibles pour ces réponses : {}",
            others
                .iter()
                .map(|l| format!("--letter {l}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}
