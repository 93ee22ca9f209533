//! The interview engine on the shipped procedures.

use permanence_procedures::interview::{Answers, next_after, prefill, previous_before, progress};
use permanence_procedures::model::Procedure;
use permanence_testkit::{shipped_procedure, workspace_root};
use serde_json::{Value, json};

fn shipped(id: &str) -> Procedure {
    shipped_procedure(id, &["fr"])
}

fn answers(v: Value) -> Answers {
    v.as_object().unwrap().clone()
}

fn example(id: &str, name: &str) -> Answers {
    let root = workspace_root().join("assets/procedures");
    let text = std::fs::read_to_string(root.join(id).join("examples").join(name)).unwrap();
    answers(serde_json::from_str(&text).unwrap())
}

fn docs(p: &Procedure, a: &Answers) -> Vec<(String, bool)> {
    progress(p, a).documents
}

#[test]
fn a_new_interview_starts_at_the_first_question_with_everything_missing() {
    let p = shipped("droit-au-compte");
    let state = progress(&p, &Answers::new());
    assert_eq!(state.next.as_deref(), Some("nom"));
    assert_eq!(state.answered, 0);
    assert_eq!(state.required, 10);
    assert_eq!(state.missing.len(), 10);
    assert!(
        !state.visible.contains(&"date_depot".to_string()),
        "hidden until the mode is known"
    );
}

#[test]
fn answers_reveal_questions_and_the_example_is_complete() {
    let p = shipped("droit-au-compte");
    let a = example("droit-au-compte", "refus-guichet.json");
    let state = progress(&p, &a);
    assert_eq!(state.missing, Vec::<String>::new());
    assert_eq!(state.answered, state.required);
    assert!(state.visible.contains(&"date_depot".to_string()));
    assert!(!state.visible.contains(&"numero_lrar".to_string()));
    assert_eq!(state.outcomes, ["saisir-bdf"]);
    assert_eq!(
        docs(&p, &a),
        [
            ("piece_identite".to_string(), true),
            ("justificatif_domicile".to_string(), true),
            ("preuve_demande".to_string(), true),
            ("formulaire_bdf".to_string(), true)
        ]
    );
    let hosted = example("droit-au-compte", "refus-lrar-heberge.json");
    assert_eq!(docs(&p, &hosted).len(), 7);
    assert!(
        progress(&p, &hosted).missing.is_empty(),
        "complete: ready for the review"
    );
}

#[test]
fn an_answer_hidden_by_a_later_change_no_longer_counts() {
    let p = shipped("refus-inscription-scolaire");
    let mut a = example("refus-inscription-scolaire", "refus-oral-maternelle.json");
    assert!(docs(&p, &a).contains(&("attestation_honneur".to_string(), true)));
    assert!(progress(&p, &a).outcomes.contains(&"pieces".to_string()));
    // The reason changes to "no place": the missing-documents answer is
    // kept (going back restores it) but hidden, so it requires nothing.
    a.insert("motif_refus".into(), json!("places"));
    let state = progress(&p, &a);
    assert!(!state.visible.contains(&"pieces_manquantes".to_string()));
    assert!(
        !state
            .documents
            .iter()
            .any(|(d, _)| d == "attestation_honneur")
    );
    assert!(!state.outcomes.contains(&"pieces".to_string()));
    assert_eq!(a.get("pieces_manquantes"), Some(&json!(true)));
}

#[test]
fn the_variant_follows_the_school_level() {
    let p = shipped("refus-inscription-scolaire");
    let college = example("refus-inscription-scolaire", "refus-ecrit-college.json");
    assert_eq!(progress(&p, &college).outcomes, ["second-degre"]);
    let maternelle = example("refus-inscription-scolaire", "refus-oral-maternelle.json");
    assert_eq!(
        progress(&p, &maternelle).outcomes,
        ["premier-degre", "pieces"]
    );
}

#[test]
fn back_and_forward_skip_hidden_questions() {
    let p = shipped("droit-au-compte");
    let a = answers(json!({"mode_demande": "guichet"}));
    assert_eq!(
        next_after(&p, &a, "mode_demande").as_deref(),
        Some("date_depot")
    );
    assert_eq!(
        previous_before(&p, &a, "date_depot").as_deref(),
        Some("mode_demande")
    );
    let lrar = answers(json!({"mode_demande": "lrar"}));
    assert_eq!(
        next_after(&p, &lrar, "mode_demande").as_deref(),
        Some("numero_lrar")
    );
    assert_eq!(
        next_after(&p, &lrar, "date_ar").as_deref(),
        Some("reponse_banque")
    );
    assert_eq!(previous_before(&p, &lrar, "nom"), None);
    assert_eq!(next_after(&p, &lrar, "reponse_banque"), None);
}

#[test]
fn prefill_takes_the_persons_record_without_overwriting_answers() {
    let p = shipped("droit-au-compte");
    let person = answers(json!({"family_name": "Diallo", "given_names": "Awa", "address": ""}));
    let typed = answers(json!({"prenoms": "Awa Fatou"}));
    let filled = prefill(&p, &typed, &person);
    assert_eq!(filled.get("nom"), Some(&json!("Diallo")));
    assert_eq!(
        filled.get("prenoms"),
        Some(&json!("Awa Fatou")),
        "typed answer kept"
    );
    assert_eq!(filled.get("adresse"), None, "blank field not copied");
}

#[test]
fn computed_values_and_answer_rules() {
    use permanence_procedures::interview::keeps_rule;
    let p = shipped("refus-inscription-scolaire");
    let a = answers(json!({"date_naissance_enfant": "2020-05-01", "date_refus": "2019-01-01"}));
    assert!(
        !keeps_rule(&p, &a, "date_refus"),
        "a refusal before birth is refused"
    );
    let a = answers(json!({"date_naissance_enfant": "2020-05-01", "date_refus": "2026-09-08"}));
    assert!(keeps_rule(&p, &a, "date_refus"));
    let a = answers(json!({"date_refus": "2026-09-08"}));
    assert!(
        keeps_rule(&p, &a, "date_refus"),
        "no birth date yet: nothing to compare"
    );

    let p = shipped("droit-au-compte");
    let a = answers(
        json!({"mode_demande": "guichet", "date_depot": "2026-10-05", "reponse_banque": "refus", "date_refus": "2026-10-01"}),
    );
    assert!(!keeps_rule(&p, &a, "date_refus"));
    // `refus_constate` (computed) drives the checklist and the outcome.
    let silent = answers(json!({"reponse_banque": "aucune"}));
    assert!(
        progress(&p, &silent)
            .documents
            .contains(&("preuve_demande".to_string(), true))
    );
    assert_eq!(progress(&p, &silent).outcomes, ["saisir-bdf"]);
}
