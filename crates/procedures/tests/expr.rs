//! The condition language: what parses, what type-checks, what it means.

use std::collections::BTreeMap;

use permanence_procedures::ProceduresError;
use permanence_procedures::expr::{ValueType, check, eval, parse};
use serde_json::{Map, Value, json};

fn questions() -> BTreeMap<String, ValueType> {
    BTreeMap::from([
        ("a_repondu".into(), ValueType::Bool),
        (
            "niveau".into(),
            ValueType::Choice(vec!["ecole".into(), "college".into(), "lycee".into()]),
        ),
        ("montant".into(), ValueType::Number),
        ("date_refus".into(), ValueType::Date),
        ("nom_banque".into(), ValueType::Text),
    ])
}

fn answers(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

/// Parses, checks (must be clean) and evaluates.
fn holds(condition: &str, v: Value) -> bool {
    let e = parse(condition).unwrap_or_else(|e| panic!("{condition}: {e}"));
    assert_eq!(check(&e, &questions()), vec![], "{condition}");
    eval(&e, &answers(v))
}

fn syntax_error(condition: &str) -> (usize, String) {
    match parse(condition) {
        Err(ProceduresError::Condition { column, message }) => (column, message),
        Err(other) => panic!("{condition}: {other}"),
        Ok(e) => panic!("{condition} parsed as {e:?}"),
    }
}

fn type_errors(condition: &str) -> Vec<(usize, String)> {
    check(&parse(condition).unwrap(), &questions())
}

#[test]
fn evaluates_comparisons_membership_and_logic() {
    let a = json!({"a_repondu": false, "niveau": "college", "montant": 120, "date_refus": "2026-03-02"});
    assert!(holds("a_repondu == false", a.clone()));
    assert!(holds("not a_repondu", a.clone()));
    assert!(holds("niveau in ['college', 'lycee']", a.clone()));
    assert!(!holds("niveau == 'ecole'", a.clone()));
    assert!(holds("montant > 100 and montant <= 120", a.clone()));
    assert!(holds(
        "date_refus >= '2026-01-01' and date_refus < '2026-03-03'",
        a.clone()
    ));
    assert!(holds(
        "(niveau == 'ecole' or montant != 0) and answered(date_refus)",
        a.clone()
    ));
    assert!(holds("not (a_repondu or niveau == 'lycee')", a));
}

#[test]
fn an_unanswered_question_makes_its_comparisons_false() {
    let none = json!({"nom_banque": ""});
    assert!(!holds("niveau == 'ecole'", none.clone()));
    assert!(!holds("niveau != 'ecole'", none.clone()));
    assert!(!holds("montant < 10", none.clone()));
    assert!(!holds("answered(nom_banque)", none.clone()));
    assert!(holds("not answered(niveau)", none));
    assert!(!holds("a_repondu", json!({"a_repondu": null})));
}

#[test]
fn syntax_errors_point_at_their_column() {
    assert_eq!(
        syntax_error("niveau = 'ecole'"),
        (8, "use `==` to compare".into())
    );
    assert_eq!(
        syntax_error("a_repondu and"),
        (14, "condition ends too early".into())
    );
    assert_eq!(syntax_error("(montant > 1"), (13, "expected `)`".into()));
    assert_eq!(
        syntax_error("niveau == 'lycee"),
        (11, "text not closed: missing '".into())
    );
    assert_eq!(
        syntax_error("niveau in 'lycee'"),
        (11, "expected `[` after `in`".into())
    );
    assert_eq!(
        syntax_error("a_repondu a_repondu"),
        (11, "unexpected text after the condition".into())
    );
    assert_eq!(
        syntax_error("montant > 1 ; drop"),
        (13, "unexpected character `;`".into())
    );
}

#[test]
fn type_errors_are_all_reported() {
    assert_eq!(
        type_errors("niveau == 'universite' or inconnu == true"),
        vec![
            (
                11,
                "'universite' is not an option (options: ecole, college, lycee)".into()
            ),
            (27, "unknown question `inconnu`".into()),
        ]
    );
    assert_eq!(
        type_errors("montant == 'beaucoup'"),
        vec![(12, "a number cannot be compared with a text".into())]
    );
    assert_eq!(
        type_errors("date_refus > '02/03/2026'"),
        vec![(14, "'02/03/2026' is not a date (write 'YYYY-MM-DD')".into())]
    );
    assert_eq!(
        type_errors("nom_banque > 'B'"),
        vec![(12, "only numbers and dates can be ordered, not text".into())]
    );
    assert_eq!(
        type_errors("montant"),
        vec![(1, "a condition must be yes/no, not number".into())]
    );
    assert_eq!(
        type_errors("montant and a_repondu"),
        vec![(1, "expected yes/no, found number".into())]
    );
    assert_eq!(
        type_errors("answered(nulle_part)"),
        vec![(1, "unknown question `nulle_part`".into())]
    );
}

#[test]
fn names_lists_every_question_read() {
    let e = parse("a_repondu and (niveau in ['ecole'] or not answered(date_refus))").unwrap();
    assert_eq!(e.names(), ["a_repondu", "niveau", "date_refus"]);
}
