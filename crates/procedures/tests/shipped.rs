//! Every shipped procedure loads in every locale, and its example answers
//! fit its questions.

use permanence_procedures::load::{Entry, check_answers};
use permanence_testkit::{shipped_catalogue, workspace_root};

#[test]
fn every_shipped_procedure_loads_in_every_locale() {
    let cat = shipped_catalogue(&["fr", "en", "ar"]);
    let problems: Vec<String> = cat.problems().iter().map(|p| p.to_string()).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let ids: Vec<&str> = cat.entries.iter().map(Entry::id).collect();
    assert!(ids.contains(&"droit-au-compte"), "{ids:?}");

    for entry in &cat.entries {
        let Entry::Available(p) = entry else {
            unreachable!()
        };
        let examples = workspace_root()
            .join("assets/procedures")
            .join(&p.id)
            .join("examples");
        let mut count = 0;
        for file in std::fs::read_dir(&examples).unwrap() {
            let path = file.unwrap().path();
            let json: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let problems = check_answers(p, json.as_object().unwrap());
            assert!(problems.is_empty(), "{}: {problems:?}", path.display());
            count += 1;
        }
        assert!(count >= 1, "{}: at least one example answers file", p.id);
    }
}

#[test]
fn an_answer_of_the_wrong_kind_is_reported() {
    let cat = shipped_catalogue(&["fr"]);
    let Some(Entry::Available(p)) = cat.entries.iter().find(|e| e.id() == "droit-au-compte") else {
        panic!()
    };
    let answers = serde_json::json!({
        "mode_demande": "pigeon",
        "date_depot": "05/10/2026",
        "compte_existant": "non",
        "question_inventee": 1
    });
    let mut problems = check_answers(p, answers.as_object().unwrap());
    problems.sort();
    assert_eq!(problems.len(), 4, "{problems:#?}");
}

#[test]
fn the_embedded_catalogue_is_the_shipped_one() {
    use permanence_procedures::load::load_embedded;
    let on_disk = shipped_catalogue(&["fr", "en", "ar"]);
    let embedded = load_embedded(&["fr", "en", "ar"]);
    let ids = |c: &permanence_procedures::load::Catalogue| {
        c.entries
            .iter()
            .map(|e| e.id().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&embedded), ids(&on_disk));
    assert!(embedded.problems().is_empty());
}
