//! Letters composed from the shipped démarches and their example answers.
//!
//! The text of every letter (and of its explanation sheet in each
//! language) is compared with a reviewed copy in `tests/snapshots/`: a
//! change of wording shows up in review as a diff of those files. Run with
//! `UPDATE_SNAPSHOTS=1` to rewrite them after a deliberate change, then
//! read the diff.

use std::path::Path;

use chrono::NaiveDate;
use permanence_domain::Language;
use permanence_letters::{Draft, LettersError, compose, offered, render};
use permanence_procedures::deadlines::Facts;
use permanence_procedures::interview::Answers;
use permanence_procedures::load::{Entry, load_embedded};
use permanence_procedures::model::Procedure;
use permanence_testkit::{pdf_file_text, pdftotext, workspace_root};
use permanence_texts::Texts;
use serde_json::{Value, json};

fn procedure(id: &str) -> Procedure {
    load_embedded(&["fr", "en", "ar"])
        .entries
        .into_iter()
        .find_map(|e| match e {
            Entry::Available(p) if p.id == id => Some(*p),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{id} unavailable"))
}

fn example(id: &str, name: &str) -> Answers {
    let path = workspace_root().join(format!("assets/procedures/{id}/examples/{name}"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// After every example's events and before the deadlines they start.
static NO_FACTS: std::sync::LazyLock<Facts> = std::sync::LazyLock::new(Facts::default);

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 21).unwrap()
}

fn texts() -> Texts {
    Texts::embedded().unwrap()
}

fn draft<'a>(p: &'a Procedure, letter: &'a str, answers: &'a Answers) -> Draft<'a> {
    Draft {
        procedure: p,
        letter_id: letter,
        answers,
        today: today(),
        place: "Saint-Denis",
        organisation: "Association Exemple d'accès aux droits",
        explain_in: None,
        facts: &NO_FACTS,
        zone: permanence_domain::Zone::Metropole,
    }
}

fn text(p: &Procedure, letter: &str, answers: &Answers, explain: Option<Language>) -> String {
    let mut d = draft(p, letter, answers);
    d.explain_in = explain;
    compose(&d, &texts())
        .unwrap_or_else(|e| panic!("{letter}: {e}"))
        .plain_text()
}

#[test]
fn every_example_letter_matches_its_reviewed_text() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut checked = 0;
    let mut differ = Vec::new();
    let mut ids: Vec<String> = std::fs::read_dir(workspace_root().join("assets/procedures"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "README.md")
        .collect();
    ids.sort();
    for id in &ids {
        let id = id.as_str();
        let p = procedure(id);
        let mut examples: Vec<String> =
            std::fs::read_dir(workspace_root().join(format!("assets/procedures/{id}/examples")))
                .unwrap()
                .map(|e| e.unwrap().file_name().into_string().unwrap())
                .collect();
        examples.sort();
        // A situation may call for no letter (an application already filed
        // and only awaited), but every procedure with letters shows one.
        let mut with_letters = 0;
        for name in examples {
            let answers = example(id, &name);
            let letters = offered(&p, &answers);
            with_letters += usize::from(!letters.is_empty());
            for spec in letters {
                for lang in Language::ALL {
                    let got = text(&p, &spec.id, &answers, Some(lang));
                    let file = dir.join(format!(
                        "{id}--{}--{}--{}.txt",
                        name.trim_end_matches(".json"),
                        spec.id,
                        lang.code()
                    ));
                    checked += 1;
                    if update {
                        std::fs::write(&file, &got).unwrap();
                    } else if std::fs::read_to_string(&file).ok().as_deref() != Some(&got) {
                        differ.push(format!("{}\n{got}", file.display()));
                    }
                }
            }
        }
        assert!(
            p.letters.is_empty() || with_letters > 0,
            "{id}: no example offers a letter"
        );
    }
    assert!(checked >= 27, "{checked}");
    assert!(
        differ.is_empty(),
        "{} letter(s) differ from the reviewed text (UPDATE_SNAPSHOTS=1 to accept):\n{}",
        differ.len(),
        differ.join("\n\n")
    );
}

#[test]
fn a_missing_answer_names_its_question_and_nothing_is_printed() {
    let p = procedure("droit-au-compte");
    let mut a = example("droit-au-compte", "refus-guichet.json");
    a.remove("adresse_agence");
    a.insert("nom_banque".into(), json!("   "));
    let d = draft(&p, "demande-ouverture", &a);
    assert_eq!(
        compose(&d, &texts()),
        Err(LettersError::Missing(vec![
            "nom_banque".into(),
            "adresse_agence".into()
        ]))
    );
}

/// The court of a requête comes from the courts data; an address the data
/// lacks is asked of the worker, a département it cannot place is asked
/// again — never guessed.
#[test]
fn a_court_the_data_cannot_complete_is_asked_for() {
    let p = procedure("prefecture-anef");
    let mut a = example("prefecture-anef", "renouvellement-bloque.json");
    a.insert("substitution_envoyee".into(), json!(true));
    a.insert("date_envoi_substitution".into(), json!("2026-09-20"));
    a.insert("reponse_prefet".into(), json!("aucune"));
    // Montreuil's greffe has no verified address in the data.
    a.insert("departement".into(), json!("93"));
    let d = draft(&p, "refere-mesures-utiles", &a);
    assert_eq!(
        compose(&d, &texts()),
        Err(LettersError::Missing(vec!["adresse_tribunal".into()]))
    );
    a.insert(
        "adresse_tribunal".into(),
        json!("Greffe\n7 rue Exemple\n93100 Montreuil"),
    );
    let printed = text(&p, "refere-mesures-utiles", &a, None);
    assert!(
        printed.contains("Tribunal administratif de Montreuil\n    Greffe\n    7 rue Exemple"),
        "{printed}"
    );
    // « Seine » names no département: the question is asked again.
    a.insert("departement".into(), json!("Seine"));
    let d = draft(&p, "refere-mesures-utiles", &a);
    assert_eq!(
        compose(&d, &texts()),
        Err(LettersError::Missing(vec!["departement".into()]))
    );
    // The worker's address wins over the data's (a court moves).
    a.insert("departement".into(), json!("Val-de-Marne"));
    let printed = text(&p, "refere-mesures-utiles", &a, None);
    assert!(
        printed.contains("Tribunal administratif de Melun\n    Greffe\n    7 rue Exemple"),
        "{printed}"
    );
    a.remove("adresse_tribunal");
    let printed = text(&p, "refere-mesures-utiles", &a, None);
    assert!(
        printed.contains(
            "Tribunal administratif de Melun\n    43 rue du Général de Gaulle\n    77000 Melun"
        ),
        "{printed}"
    );
}

#[test]
fn a_date_the_letter_states_is_needed_but_a_future_one_is_announced() {
    let p = procedure("droit-au-compte");
    let mut a = example("droit-au-compte", "refus-lrar-heberge.json");
    a.remove("date_ar");
    // The explanation of the request can be printed before the AR comes
    // back: its 15-day date is announced as still to be computed.
    let sheet = text(&p, "demande-ouverture", &a, Some(Language::French));
    assert!(
        sheet.contains("(date : à calculer au retour de l'accusé de réception"),
        "{sheet}"
    );
    // The referral to the Banque de France after 15 days of silence cannot
    // go out while the day the bank received the request is unknown: the
    // silence is not established.
    a.insert("reponse_banque".into(), json!("aucune"));
    let d = draft(&p, "saisine-bdf", &a);
    assert_eq!(
        compose(&d, &texts()),
        Err(LettersError::TooEarly {
            rule: "silence-banque-lrar".into(),
            from: None
        })
    );
}

#[test]
fn known_dates_are_computed_into_the_explanation() {
    let p = procedure("droit-au-compte");
    let a = example("droit-au-compte", "refus-guichet.json");
    // Deposit on Monday 5 October 2026 + 15 days = Tuesday 20 October.
    let fr = text(&p, "demande-ouverture", &a, Some(Language::French));
    assert!(fr.contains("(date : 20 octobre 2026)"), "{fr}");
    let en = text(&p, "demande-ouverture", &a, Some(Language::English));
    assert!(en.contains("20 October 2026"), "{en}");
    let ar = text(&p, "demande-ouverture", &a, Some(Language::Arabic));
    assert!(ar.contains("20 أكتوبر 2026"), "{ar}");
}

#[test]
fn answers_hidden_by_later_changes_do_not_reach_the_letter() {
    let p = procedure("droit-au-compte");
    let mut a = example("droit-au-compte", "refus-guichet.json");
    // An LRAR number typed before the worker switched to a counter deposit.
    a.insert("numero_lrar".into(), json!("1A 000 000 0000 0"));
    let t = text(&p, "demande-ouverture", &a, None);
    assert!(!t.contains("1A 000"), "{t}");
    assert!(!t.contains("recommandée"), "{t}");
    assert!(
        t.contains("du dépôt de cette demande à votre guichet"),
        "{t}"
    );
}

#[test]
fn the_registered_line_carries_the_lrar_number_when_known() {
    let p = procedure("droit-au-compte");
    let a = example("droit-au-compte", "refus-lrar-heberge.json");
    let t = text(&p, "demande-ouverture", &a, None);
    assert!(
        t.contains("Lettre recommandée avec accusé de réception n° 1A 123 456 7890 1"),
        "{t}"
    );
}

#[test]
fn gender_and_plural_follow_the_answers() {
    let p = procedure("droit-au-compte");
    let mut a = example("droit-au-compte", "refus-lrar-heberge.json");
    let t = text(&p, "demande-ouverture", &a, None);
    assert!(t.contains("Je soussignée, Leïla Haddad"), "{t}");
    assert!(t.contains("considérée comme dépourvue de compte"), "{t}");
    // Hosted: identity, address, and the host's three documents.
    assert!(t.contains("les 5 pièces listées ci-dessous"), "{t}");
    a.insert("civilite".into(), json!("monsieur"));
    a.insert("heberge".into(), json!(false));
    let t = text(&p, "demande-ouverture", &a, None);
    assert!(t.contains("Je soussigné, Leïla Haddad"), "{t}");
    assert!(t.contains("considéré comme dépourvu de compte"), "{t}");
    assert!(t.contains("les 2 pièces listées ci-dessous"), "{t}");
    a.insert("civilite".into(), json!("non-precise"));
    let t = text(&p, "demande-ouverture", &a, None);
    assert!(t.contains("Je, Leïla Haddad, demeurant"), "{t}");
}

#[test]
fn letters_are_offered_by_situation() {
    let school = procedure("refus-inscription-scolaire");
    let ids =
        |a: &Answers| -> Vec<String> { offered(&school, a).iter().map(|l| l.id.clone()).collect() };
    assert_eq!(
        ids(&example(
            "refus-inscription-scolaire",
            "refus-oral-maternelle.json"
        )),
        ["recours-maire", "demande-dasen"]
    );
    assert_eq!(
        ids(&example(
            "refus-inscription-scolaire",
            "refus-ecrit-college.json"
        )),
        ["recours-dasen-second-degre"]
    );
    let bank = procedure("droit-au-compte");
    let mut still_open = example("droit-au-compte", "refus-guichet.json");
    still_open.insert("compte_existant".into(), Value::Bool(true));
    still_open.insert("compte_cloture".into(), Value::Bool(false));
    assert!(
        offered(&bank, &still_open)
            .iter()
            .all(|l| l.id != "demande-ouverture")
    );
}

#[test]
fn the_structure_is_named_with_its_article() {
    use permanence_letters::with_article;
    assert_eq!(
        with_article("Association Exemple d'accès aux droits"),
        "l'association Exemple d'accès aux droits"
    );
    assert_eq!(
        with_article("CCAS de Saint-Denis"),
        "le CCAS de Saint-Denis"
    );
    assert_eq!(
        with_article("Centre social Exemple"),
        "le centre social Exemple"
    );
    assert_eq!(with_article("Fédération Exemple"), "la fédération Exemple");
    // Already with its article, or a proper name: kept.
    assert_eq!(
        with_article("l'association Exemple"),
        "l'association Exemple"
    );
    assert_eq!(with_article("La Cimade"), "La Cimade");
    assert_eq!(with_article("Secours populaire"), "Secours populaire");
    assert_eq!(with_article(""), "");
}

#[test]
fn de_is_contracted_with_the_structures_article() {
    use permanence_letters::{contract_de, with_article};
    let helped = |name: &str| {
        let org = with_article(name);
        contract_de(&format!("Courrier rédigé avec l'aide de {org}"), &org)
    };
    assert_eq!(
        helped("CCAS de Saint-Denis"),
        "Courrier rédigé avec l'aide du CCAS de Saint-Denis"
    );
    assert_eq!(
        helped("Centre social Exemple"),
        "Courrier rédigé avec l'aide du centre social Exemple"
    );
    assert_eq!(
        helped("Le Secours populaire"),
        "Courrier rédigé avec l'aide du Secours populaire"
    );
    assert_eq!(
        helped("les Restos du cœur"),
        "Courrier rédigé avec l'aide des Restos du cœur"
    );
    assert_eq!(
        helped("Association Exemple"),
        "Courrier rédigé avec l'aide de l'association Exemple"
    );
    assert_eq!(
        helped("La Cimade"),
        "Courrier rédigé avec l'aide de La Cimade"
    );
    // « de le » that is not before the name is a pronoun: untouched.
    assert_eq!(
        contract_de("avant de le faire, avec le CCAS", "le CCAS"),
        "avant de le faire, avec le CCAS"
    );
}

#[test]
fn a_date_is_never_cut_at_the_end_of_a_line() {
    let t = permanence_letters::french_typography(
        "Le 1er décembre 2026, puis le 20 novembre 2026 ; mais pas 3 mai ni 12 pommes 2026.",
    );
    assert_eq!(
        t,
        "Le 1er\u{a0}décembre\u{a0}2026, puis le 20\u{a0}novembre\u{a0}2026\u{202f}; mais pas 3\u{a0}mai ni 12 pommes 2026."
    );
}

#[test]
fn french_typography_keeps_punctuation_with_its_word() {
    let p = procedure("refus-inscription-scolaire");
    let a = example("refus-inscription-scolaire", "refus-oral-maternelle.json");
    let mut d = draft(&p, "recours-maire", &a);
    d.explain_in = None;
    let doc = compose(&d, &texts()).unwrap();
    assert_eq!(doc.letter.labels.subject, "Objet\u{a0}:");
    assert!(
        doc.letter
            .paragraphs
            .iter()
            .any(|p| p.contains("suivantes\u{a0}: Au guichet")),
        "{:?}",
        doc.letter.paragraphs
    );
    assert!(
        doc.letter
            .references
            .iter()
            .any(|r| r.contains("demandée\u{a0}: École"))
    );
    assert!(
        doc.letter.paragraphs.iter().any(|p| p.contains("commune\u{202f}; je") || p.contains("administration)\u{202f}; je")),
        "{:?}",
        doc.letter.paragraphs
    );
}

#[test]
fn the_printed_pdf_holds_the_letter_then_the_arabic_sheet() {
    let p = procedure("refus-inscription-scolaire");
    let a = example("refus-inscription-scolaire", "refus-oral-maternelle.json");
    let mut d = draft(&p, "recours-maire", &a);
    d.explain_in = Some(Language::Arabic);
    let doc = compose(&d, &texts()).unwrap();
    let pdf = render(&doc, today()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.pdf");
    std::fs::write(&path, &pdf).unwrap();
    if let Some(keep) = std::env::var_os("KEEP_PDF") {
        std::fs::write(keep, &pdf).unwrap();
    }
    let out = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("poppler-utils is installed by scripts/setup.sh");
    assert!(out.status.success());
    let info = String::from_utf8(out.stdout).unwrap();
    // PDF/A-2b (archival: fonts embedded, metadata, no external content)
    // and tagged for screen readers.
    let xmp = String::from_utf8_lossy(&pdf);
    assert!(
        xmp.contains("<pdfaid:part>2</pdfaid:part>")
            && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "no PDF/A-2b identification"
    );
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
        "{info}"
    );
    let text = pdf_file_text(&path);
    assert!(
        text.contains("Madame ou Monsieur le Maire de Montreuil"),
        "{text}"
    );
    assert!(
        text.contains("Courrier rédigé avec l’aide de")
            || text.contains("Courrier rédigé avec l'aide de"),
        "{text}"
    );
    // The sheet's heading, shaped and in reading order.
    let heading = doc.explanation.as_ref().unwrap().sections[0]
        .heading
        .clone();
    assert!(text.contains(&heading), "{heading}\n{text}");
    // Page numbers count the letter's pages only.
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(pages >= 2);
    let letter_pages = pages - 1;
    assert!(text.contains(&format!("Page 1/{letter_pages}")), "{text}");
    assert!(!text.contains(&format!("Page {pages}/")), "{text}");
}

#[test]
fn invisible_characters_typed_in_answers_cannot_spoof_the_letter() {
    let p = procedure("droit-au-compte");
    let mut a = example("droit-au-compte", "refus-guichet.json");
    a.insert("nom".into(), json!("Dia\u{202E}llo\u{200B}\u{7}"));
    a.insert(
        "nom_banque".into(),
        json!("\u{2067}Banque #*$] Exemple\u{2069}"),
    );
    let t = text(&p, "demande-ouverture", &a, Some(Language::Arabic));
    assert!(t.contains("Mamadou Diallo"), "{t}");
    assert!(t.contains("Banque #*$] Exemple"), "{t}");
    for c in ['\u{202E}', '\u{200B}', '\u{7}', '\u{2067}'] {
        assert!(!t.contains(c), "{c:?} reached the letter");
    }
}

#[test]
fn every_recipient_block_fits_the_envelope_window() {
    // Window of a DL envelope (window on the right), sheet folded in three:
    // 110–200 mm from the left, 45–90 mm from the top.
    let mm = |v: f64| v * 72.0 / 25.4;
    for (id, name, letter) in [
        (
            "refus-inscription-scolaire",
            "refus-oral-maternelle.json",
            "recours-maire",
        ),
        (
            "refus-inscription-scolaire",
            "refus-oral-maternelle.json",
            "demande-dasen",
        ),
        ("droit-au-compte", "refus-lrar-heberge.json", "saisine-bdf"),
        ("droit-au-compte", "refus-guichet.json", "demande-ouverture"),
        ("droit-au-compte", "refus-guichet.json", "saisine-bdf"),
        (
            "recours-amiable-caf-cpam",
            "api-refusee-caf.json",
            "reclamation-cra",
        ),
        ("recours-rsa", "suspension.json", "recours-pcd"),
        ("rapo-mdph", "aah-refus-examen.json", "rapo"),
        ("refus-de-soins", "css-medecin-en-ligne.json", "plainte"),
    ] {
        let p = procedure(id);
        let mut a = example(id, name);
        if letter == "saisine-bdf" {
            // A long address: eight lines in the window.
            a.insert(
                "adresse_bdf".into(),
                json!("Succursale de Bobigny, Service droit au compte, Bâtiment B, 3e étage, 1 rue Exemple, 93000 Bobigny"),
            );
        }
        let doc = compose(&draft(&p, letter, &a), &texts()).unwrap();
        let pdf = render(&doc, today()).unwrap();
        let bbox = pdftotext(&pdf, &["-bbox", "-f", "1", "-l", "1"]);
        let last_line = doc.letter.recipient.last().unwrap();
        for word in [
            doc.letter.recipient[0].split(' ').next().unwrap(),
            last_line.split(' ').next_back().unwrap(),
        ] {
            let attr_of = |line: &str, name: &str| -> f64 {
                let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                line[start..].split('"').next().unwrap().parse().unwrap()
            };
            // The sender block may hold the same word (a town), and so may
            // the body or the enclosures lower down: take the rightmost
            // occurrence in the upper third, the recipient's.
            let line = bbox
                .lines()
                .filter(|l| l.contains(&format!(">{word}</word>")))
                .filter(|l| attr_of(l, "yMin") < mm(100.0))
                .max_by(|a, b| attr_of(a, "xMin").total_cmp(&attr_of(b, "xMin")))
                .unwrap_or_else(|| panic!("{letter}: {word} not found"));
            let attr = |name: &str| attr_of(line, name);
            assert!(
                attr("xMin") >= mm(105.0) && attr("xMax") <= mm(200.0),
                "{letter}: {word} outside the window horizontally"
            );
            assert!(
                attr("yMin") >= mm(45.0) && attr("yMax") <= mm(90.0),
                "{letter}: {word} at {:.1}–{:.1} mm from the top",
                attr("yMin") / mm(1.0),
                attr("yMax") / mm(1.0)
            );
        }
    }
}

#[test]
fn a_letter_without_enclosures_announces_none() {
    // French plural rules put 0 with 1: the `[0]` variant of the sentence
    // is empty and the paragraph is left out.
    let p = procedure("defenseur-des-droits");
    let a = example("defenseur-des-droits", "discrimination-logement.json");
    let t = text(&p, "reclamation", &a, None);
    assert!(!t.contains("ci-joint"), "{t}");
    assert!(!t.contains("Pièces jointes"), "{t}");
    let service = example("defenseur-des-droits", "prefecture-sans-rendez-vous.json");
    let t = text(&p, "reclamation", &service, None);
    assert!(
        t.contains("Vous trouverez ci-joint la pièce listée ci-dessous."),
        "{t}"
    );
}

#[test]
fn characters_no_font_can_draw_never_stop_a_pdf() {
    use permanence_letters::typed;
    // Mathematical letters read as their plain form; an emoji (a ZWJ
    // family: the joiners go) becomes « ? »; Arabic and accents stay.
    assert_eq!(typed("𝕳𝖊𝖑𝖑𝖔"), "Hello");
    assert_eq!(typed("Awa 👨\u{200D}👩\u{200D}👧"), "Awa ???");
    assert_eq!(typed("Zoé أمينة"), "Zoé أمينة");
}
