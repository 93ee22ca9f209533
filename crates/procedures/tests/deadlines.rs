//! A dossier's chain of deadlines: from answers, from its letters' posting
//! and AR, provisional while the AR is only assumed, and without force when
//! the decision gave no voies et délais.

use chrono::NaiveDate;
use permanence_domain::Zone;
use permanence_procedures::deadlines::{
    DeadlineState, DossierDeadline, Facts, deadline_state, dossier_deadlines,
};
use permanence_procedures::interview::Answers;
use permanence_procedures::model::Procedure;
use permanence_testkit::shipped_procedure;
use serde_json::json;

fn shipped(id: &str) -> Procedure {
    shipped_procedure(id, &["fr", "en", "ar"])
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn answers(v: serde_json::Value) -> Answers {
    v.as_object().unwrap().clone()
}

fn facts(letter: &str, sent: Option<NaiveDate>, received: Option<NaiveDate>) -> Facts {
    let mut f = Facts::default();
    f.letters.insert(letter.into(), (sent, received));
    f
}

fn find<'a>(all: &'a [DossierDeadline], rule: &str) -> Option<&'a DossierDeadline> {
    all.iter().find(|d| d.rule == rule)
}

#[test]
fn the_banks_silence_runs_from_the_ar_assumed_until_it_comes_back() {
    let p = shipped("droit-au-compte");
    let a = answers(json!({"mode_demande": "lrar"}));
    // Nothing posted yet: no date to show.
    assert!(
        find(
            &dossier_deadlines(&p, &a, &Facts::default(), Zone::Metropole),
            "silence-banque-lrar"
        )
        .is_none()
    );
    // Posted Thursday 1 October 2026: AR assumed Tuesday 6 October (three
    // working days), refusal on 21 October — provisional, and says why.
    let posted = facts("demande-ouverture", Some(d(2026, 10, 1)), None);
    let all = dossier_deadlines(&p, &a, &posted, Zone::Metropole);
    let silence = find(&all, "silence-banque-lrar").unwrap();
    assert_eq!(silence.due, d(2026, 10, 21));
    assert!(silence.provisional);
    let explanation = permanence_testkit::in_french(&silence.explanation);
    assert!(
        explanation.starts_with("avis de réception supposé le 06/10/2026 (envoi du courrier le 01/10/2026 + 3 jours ouvrés)"),
        "{explanation}"
    );
    // The AR comes back signed on Monday 5 October: 20 October, for sure.
    let signed = facts(
        "demande-ouverture",
        Some(d(2026, 10, 1)),
        Some(d(2026, 10, 5)),
    );
    let silence = find(
        &dossier_deadlines(&p, &a, &signed, Zone::Metropole),
        "silence-banque-lrar",
    )
    .unwrap()
    .clone();
    assert_eq!((silence.due, silence.provisional), (d(2026, 10, 20), false));
    assert_eq!(silence.source, "letter:demande-ouverture:received");
    // The date the worker typed wins over the letter's record; an implicit
    // refusal arises on its day, Saturday 17 October included.
    let typed = answers(json!({"mode_demande": "lrar", "date_ar": "2026-10-02"}));
    let silence = find(
        &dossier_deadlines(&p, &typed, &signed, Zone::Metropole),
        "silence-banque-lrar",
    )
    .unwrap()
    .clone();
    assert_eq!(
        (silence.due, silence.source.as_str()),
        (d(2026, 10, 17), "date_ar")
    );
    // At the counter, the other rule applies.
    let counter = answers(json!({"mode_demande": "guichet", "date_depot": "2026-10-05"}));
    let all = dossier_deadlines(&p, &counter, &signed, Zone::Metropole);
    assert!(find(&all, "silence-banque-lrar").is_none());
    assert_eq!(
        find(&all, "silence-banque-guichet").unwrap().due,
        d(2026, 10, 20)
    );
}

#[test]
fn the_court_deadline_follows_the_implicit_rejection() {
    let p = shipped("refus-inscription-scolaire");
    let a =
        answers(json!({"niveau": "maternelle", "forme_refus": "oral", "date_refus": "2026-09-08"}));
    let sent = facts("recours-maire", Some(d(2026, 9, 10)), None);
    let all = dossier_deadlines(&p, &a, &sent, Zone::Metropole);
    // AR assumed Tuesday 15/09; rejection on Sunday 15/11 (not moved);
    // tribunal: 15/01/2027 + 1 (franc) = Saturday 16/01 → Monday 18/01.
    let rejection = find(&all, "rejet-implicite-maire").unwrap();
    assert_eq!(
        (rejection.due, rejection.provisional),
        (d(2026, 11, 15), true)
    );
    let court = find(&all, "tribunal-administratif").unwrap();
    assert_eq!(court.due, d(2027, 1, 18), "{:?}", court.explanation);
    assert!(court.provisional, "built on a provisional date");
    assert!(
        find(&all, "rejet-implicite-dasen").is_none(),
        "not for primary school"
    );
    // The AR arrives, signed 14/09: rejection 14/11, tribunal 14/01 + 1.
    let ar = facts("recours-maire", Some(d(2026, 9, 10)), Some(d(2026, 9, 14)));
    let all = dossier_deadlines(&p, &a, &ar, Zone::Metropole);
    let court = find(&all, "tribunal-administratif").unwrap();
    assert_eq!((court.due, court.provisional), (d(2027, 1, 15), false));
}

#[test]
fn without_voies_et_delais_the_deadline_has_no_force_but_a_one_year_ceiling() {
    let p = shipped("refus-inscription-scolaire");
    // An oral refusal notified nothing: no deadline runs at all.
    let oral =
        answers(json!({"niveau": "college", "forme_refus": "oral", "date_refus": "2026-10-01"}));
    let all = dossier_deadlines(&p, &oral, &Facts::default(), Zone::Metropole);
    assert!(find(&all, "recours-gracieux").is_none());
    assert_eq!(
        deadline_state(&all, "recours-gracieux", d(2026, 10, 5)),
        DeadlineState::NothingNotified
    );
    // A written refusal without voies et délais: not enforceable, one year.
    let silent = answers(
        json!({"niveau": "college", "forme_refus": "ecrit", "voies_delais": false, "date_refus": "2026-10-01"}),
    );
    let all = dossier_deadlines(&p, &silent, &Facts::default(), Zone::Metropole);
    let r = find(&all, "recours-gracieux").unwrap();
    assert!(!r.enforceable);
    assert_eq!(r.due, d(2026, 12, 2), "still shown: act within two months");
    assert_eq!(r.ceiling, Some(d(2027, 10, 1)));
    let explanation = permanence_testkit::in_french(&r.explanation);
    assert!(
        explanation.contains("jurisprudence Czabaj"),
        "{explanation}"
    );
    // Told honestly on any day: the two months advised, then the ceiling,
    // then past.
    let state = |day| deadline_state(&all, "recours-gracieux", day);
    let not_enforceable = DeadlineState::NotEnforceable {
        advised: d(2026, 12, 2),
        ceiling: d(2027, 10, 1),
    };
    assert_eq!(state(d(2026, 10, 5)), not_enforceable);
    assert_eq!(
        state(d(2027, 2, 1)),
        not_enforceable,
        "two months gone, not held against"
    );
    assert_eq!(
        state(d(2027, 10, 2)),
        DeadlineState::Past {
            due: d(2027, 10, 1)
        }
    );
    let stated = answers(
        json!({"niveau": "college", "forme_refus": "ecrit", "voies_delais": true, "date_refus": "2026-10-01"}),
    );
    let r = find(
        &dossier_deadlines(&p, &stated, &Facts::default(), Zone::Metropole),
        "recours-gracieux",
    )
    .unwrap()
    .clone();
    assert!(r.enforceable);
    assert_eq!(r.ceiling, None);
    let all = [r];
    assert_eq!(
        deadline_state(&all, "recours-gracieux", d(2026, 12, 2)),
        DeadlineState::Enforceable {
            due: d(2026, 12, 2)
        }
    );
    assert_eq!(
        deadline_state(&all, "recours-gracieux", d(2026, 12, 3)),
        DeadlineState::Past {
            due: d(2026, 12, 2)
        }
    );
}

#[test]
fn an_oral_refusal_leaves_a_letter_to_post_now_with_no_deadline_running() {
    use permanence_procedures::deadlines::{ActNow, act_now};
    let p = shipped("refus-inscription-scolaire");
    let oral =
        answers(json!({"niveau": "college", "forme_refus": "oral", "date_refus": "2026-10-01"}));
    assert_eq!(
        act_now(&p, &oral, &Facts::default()),
        vec![ActNow {
            letter: "recours-dasen-second-degre".into(),
            rule: "recours-gracieux".into()
        }]
    );
    // Posted: its own deadlines (the DASEN's silence) take over.
    let posted = facts("recours-dasen-second-degre", Some(d(2026, 10, 2)), None);
    assert!(act_now(&p, &oral, &posted).is_empty());
    // A written refusal: a deadline runs, listed by date instead.
    let written = answers(
        json!({"niveau": "college", "forme_refus": "ecrit", "voies_delais": true, "date_refus": "2026-10-01"}),
    );
    assert!(act_now(&p, &written, &Facts::default()).is_empty());
    // How the refusal was given is not known yet: nothing is asserted.
    let unknown = answers(json!({"niveau": "college"}));
    assert!(act_now(&p, &unknown, &Facts::default()).is_empty());
}
