//! Whole démarches through the use cases, as a worker would go: a realistic
//! person and answers → the letter as printed → its deadlines, then the
//! AR coming back. The letters' wording itself is reviewed in
//! `crates/letters/tests/snapshots/`; here the legal points that must be in
//! the printed letter and the dates the dossier must show are checked.

use chrono::NaiveDate;
use permanence_app::App;
use permanence_testkit::pdf_text;
use serde_json::Value;

// The app's test setup (an unlocked installation, a dossier answered from
// a shipped example), shared rather than copied.
#[path = "../../crates/app/tests/common/mod.rs"]
mod common;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

struct Scenario {
    _dir: tempfile::TempDir,
    app: App,
    dossier: i64,
}

fn scenario(
    procedure: &str,
    example: &str,
    family: &str,
    given: &str,
    today: NaiveDate,
    now: &str,
) -> Scenario {
    let (dir, app) = common::unlocked_app();
    let dossier = common::answered_dossier(&app, (family, given), (procedure, example), today, now);
    let view = app.interview(dossier, today).unwrap();
    assert!(
        view.progress.missing.is_empty(),
        "{procedure}: {:?}",
        view.progress.missing
    );
    Scenario {
        _dir: dir,
        app,
        dossier,
    }
}

/// Fails naming each expected passage missing from the printed letter.
fn contains_all(text: &str, passages: &[&str]) {
    let missing: Vec<_> = passages.iter().filter(|p| !text.contains(**p)).collect();
    assert!(missing.is_empty(), "missing {missing:?} in:\n{text}");
}

impl Scenario {
    fn due(&self, rule: &str) -> Option<(NaiveDate, bool)> {
        self.app
            .dossier_deadlines(self.dossier)
            .unwrap()
            .into_iter()
            .find(|d| d.rule == rule)
            .map(|d| (d.due, d.provisional))
    }

    /// Records the worker's text answers, as typed in the interview.
    fn answer_all(&self, answers: &[(&str, &str)], now: &str) {
        for (question, value) in answers {
            self.app
                .answer(self.dossier, question, &serde_json::json!(value), now)
                .unwrap();
        }
    }

    /// Freezes the letter and returns its printed text.
    fn print(&self, letter: &str, today: NaiveDate, now: &str) -> (i64, String) {
        let frozen = self
            .app
            .freeze_letter(self.dossier, letter, Some("fr"), today, now)
            .unwrap();
        let pdf = self.app.frozen_letter_pdf(frozen.id).unwrap();
        // Lines joined: justified text is hyphenated across lines.
        let text = pdf_text(&pdf).replace("-\n", "").replace('\n', " ");
        (frozen.id, text)
    }
}

#[test]
fn caf_refuses_the_api_the_worker_writes_to_the_commission_de_recours_amiable() {
    let now = "2026-10-12T18:00:00+02:00";
    let today = d(2026, 10, 12);
    let s = scenario(
        "recours-amiable-caf-cpam",
        "api-refusee-caf.json",
        "Kamara",
        "Fatoumata",
        today,
        now,
    );
    // Notified 28/09/2026: the CRA within two months, 28/11 a Saturday → 30/11.
    assert_eq!(s.due("saisine-cra"), Some((d(2026, 11, 30), false)));
    let (id, text) = s.print("reclamation-cra", today, now);
    contains_all(
        &text,
        &[
            "Commission de recours amiable",
            "Caisse d'allocations familiales Seine-Saint-Denis 50 rue Exemple 93000 Bobigny",
            "Numéro d'allocataire : 1234567 X",
            "articles L142-4 et R142-1 du code de la sécurité sociale",
            "R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile",
            "Lettre recommandée avec accusé de réception n° 1A 222 333 4444 5",
        ],
    );
    // Posted on 13/10, AR signed 15/10: rejection on 15/12, then the pôle
    // social of the tribunal judiciaire until 15/02/2027 (non-franc).
    s.app
        .mark_letter_sent(id, "13/10/2026", "1A 222 333 4444 5", now)
        .unwrap();
    assert_eq!(
        s.due("rejet-implicite-cra"),
        Some((d(2026, 12, 16), true)),
        "AR assumed on 16/10"
    );
    s.app.mark_letter_received(id, "15/10/2026", now).unwrap();
    assert_eq!(s.due("rejet-implicite-cra"), Some((d(2026, 12, 15), false)));
    assert_eq!(s.due("pole-social"), Some((d(2027, 2, 15), false)));
    // The court step: the commission stays silent; the worker answers the
    // court questions (the pôle social named by the worker, never looked
    // up) and, from 16/12, prints the requête.
    let later = "2026-12-18T18:00:00+01:00";
    s.answer_all(
        &[
            ("reponse_cra", "aucune"),
            ("date_naissance", "1988-02-14"),
            ("lieu_naissance", "Conakry (Guinée)"),
            ("nationalite", "guinéenne"),
            ("profession", "sans profession"),
            ("tribunal_judiciaire", "Tribunal judiciaire de Bobigny"),
            ("adresse_pole_social", "173 avenue Exemple, 93000 Bobigny"),
        ],
        later,
    );
    let (_, text) = s.print("requete-pole-social", d(2026, 12, 18), later);
    contains_all(
        &text,
        &[
            "Pôle social – greffe Tribunal judiciaire de Bobigny 173 avenue Exemple 93000 Bobigny",
            "Requête devant le pôle social du tribunal judiciaire (article R142-10-1 du code de la sécurité sociale)",
            "décision implicite de rejet à compter du 15 décembre 2026",
            "R431-15-1",
            "Copie de ma réclamation à la commission de recours amiable et de la preuve de sa réception",
        ],
    );
    // Its sheet: the day it reaches the court counts, not the postmark.
    // No AR with voies et délais: the date is advised, not opposable.
    let letters = s.app.letters_of(s.dossier, d(2026, 12, 18)).unwrap();
    let requete = letters
        .iter()
        .find(|l| l.letter_id == "requete-pole-social")
        .unwrap();
    assert!(requete.due_at_court, "{requete:?}");
    assert!(
        matches!(
            requete.due,
            Some(permanence_procedures::deadlines::DeadlineState::NotEnforceable { .. })
        ),
        "{requete:?}"
    );
}

#[test]
fn cpam_claims_an_overpayment_without_voies_et_delais() {
    let now = "2026-10-12T18:00:00+02:00";
    let s = scenario(
        "recours-amiable-caf-cpam",
        "indu-cpam.json",
        "Rahmani",
        "Karim",
        d(2026, 10, 12),
        now,
    );
    let chain = s.app.dossier_deadlines(s.dossier).unwrap();
    let cra = chain.iter().find(|d| d.rule == "saisine-cra").unwrap();
    assert!(!cra.enforceable, "no voies et délais in the decision");
    assert_eq!(cra.ceiling, Some(d(2027, 10, 5)));
    let (_, text) = s.print("reclamation-cra", d(2026, 10, 12), now);
    assert!(text.contains("Numéro de sécurité sociale"), "{text}");
    assert!(
        text.contains("au titre de la prestation suivante : les indemnités journalières"),
        "{text}"
    );
    assert!(
        !text.contains("de les "),
        "no « de les » whatever the worker typed: {text}"
    );
}

#[test]
fn the_bank_refuses_an_account_the_banque_de_france_designates_one() {
    let now = "2026-10-21T18:00:00+02:00";
    let s = scenario(
        "droit-au-compte",
        "refus-guichet.json",
        "Diallo",
        "Mamadou",
        d(2026, 10, 21),
        now,
    );
    // Deposit at the counter on 05/10: silence is a refusal on 20/10.
    assert_eq!(
        s.due("silence-banque-guichet"),
        Some((d(2026, 10, 20), false))
    );
    let (id, text) = s.print("saisine-bdf", d(2026, 10, 21), now);
    assert!(text.contains("R312-6-1"), "{text}");
    assert!(text.contains("arrêté du 31 juillet 2015"), "{text}");
    s.app.mark_letter_sent(id, "21/10/2026", "", now).unwrap();
    s.app.mark_letter_received(id, "23/10/2026", now).unwrap();
    // One working day after receipt of the file: Monday 26/10.
    assert_eq!(s.due("designation-bdf"), Some((d(2026, 10, 26), false)));
}

#[test]
fn the_mayor_refuses_to_enrol_a_child_recours_then_tribunal() {
    let now = "2026-09-10T18:00:00+02:00";
    let s = scenario(
        "refus-inscription-scolaire",
        "refus-oral-maternelle.json",
        "Popescu",
        "Ioana",
        d(2026, 9, 10),
        now,
    );
    let (id, text) = s.print("recours-maire", d(2026, 9, 10), now);
    assert!(text.contains("L131-5"), "{text}");
    assert!(
        text.contains("L2122-34 du code général des collectivités territoriales"),
        "{text}"
    );
    assert!(
        !text.contains("Pôle emploi") && !text.contains("recours hiérarchique"),
        "seed errors"
    );
    s.app.mark_letter_sent(id, "10/09/2026", "", now).unwrap();
    s.app.mark_letter_received(id, "14/09/2026", now).unwrap();
    assert_eq!(
        s.due("rejet-implicite-maire"),
        Some((d(2026, 11, 14), false))
    );
    assert_eq!(
        s.due("tribunal-administratif"),
        Some((d(2027, 1, 15), false))
    );
    // The mayor stays silent: the requête is offered, but only once the
    // silence has run (from 15/11); the court is the tribunal administratif
    // of Montreuil for the Seine-Saint-Denis (R221-3 CJA), its greffe
    // address typed by the worker.
    let later = "2026-11-10T18:00:00+01:00";
    s.answer_all(
        &[
            ("reponse_recours", "aucune"),
            ("adresse_tribunal", "7 rue Catherine Puig, 93100 Montreuil"),
        ],
        later,
    );
    let letters = s.app.letters_of(s.dossier, d(2026, 11, 10)).unwrap();
    let requete = letters
        .iter()
        .find(|l| l.letter_id == "requete-tribunal")
        .unwrap();
    assert!(requete.offered && requete.waiting.is_some(), "{requete:?}");
    let (_, text) = s.print("requete-tribunal", d(2026, 11, 16), later);
    contains_all(
        &text,
        &[
            "Tribunal administratif de Montreuil",
            "7 rue Catherine Puig",
            "Autorité défenderesse : le maire de",
            "décision implicite de rejet à compter du 14 novembre 2026",
            "article R421-2 du code de justice administrative",
            "opposé oralement",
            "article D131-3-1 du code de l'éducation",
            "d'inscrire mon enfant sur la liste scolaire de la commune",
            "Copie de mon recours gracieux et de la preuve de sa réception",
        ],
    );
}

#[test]
fn the_rsa_is_suspended_recours_to_the_departement_then_tribunal_administratif() {
    let now = "2026-10-05T18:00:00+02:00";
    let today = d(2026, 10, 5);
    let s = scenario(
        "recours-rsa",
        "suspension.json",
        "Mensah",
        "Akosua",
        today,
        now,
    );
    // Notified 02/10/2026: the recours within two months, by 02/12.
    assert_eq!(s.due("recours-pcd"), Some((d(2026, 12, 2), false)));
    let (id, text) = s.print("recours-pcd", today, now);
    contains_all(
        &text,
        &[
            "Madame ou Monsieur le Président du conseil départemental – Seine-Saint-Denis",
            "Recours administratif préalable – RSA",
            "articles L262-47 et R262-88 du code de l'action sociale et des familles",
            "Cette décision suspend le versement de mon revenu de solidarité active.",
            "Numéro d'allocataire : 7654321 A",
        ],
    );
    assert!(!text.contains("L262-46"), "only for an overpayment: {text}");
    s.app
        .mark_letter_sent(id, "05/10/2026", "1A 555 666 7777 8", now)
        .unwrap();
    s.app.mark_letter_received(id, "07/10/2026", now).unwrap();
    // Rejection on 07/12/2026; tribunal administratif: 07/02/2027 + 1
    // (délai franc) = Monday 08/02/2027.
    assert_eq!(s.due("rejet-implicite-pcd"), Some((d(2026, 12, 7), false)));
    assert_eq!(
        s.due("tribunal-administratif"),
        Some((d(2027, 2, 8), false))
    );
    // The court step: asked before the silence has run, the requête waits
    // for it (from 08/12, the day after the implicit rejection).
    let later = "2026-11-20T18:00:00+01:00";
    s.app
        .answer(
            s.dossier,
            "reponse_pcd",
            &serde_json::json!("aucune"),
            later,
        )
        .unwrap();
    let waiting = |day| {
        s.app
            .letters_of(s.dossier, day)
            .unwrap()
            .into_iter()
            .find(|l| l.letter_id == "requete-tribunal")
            .unwrap()
    };
    let early = waiting(d(2026, 11, 20));
    assert!(early.offered, "{early:?}");
    assert!(
        format!("{:?}", early.waiting).contains("2026-12-08"),
        "{:?}",
        early.waiting
    );
    let day = d(2026, 12, 10);
    let then = "2026-12-10T18:00:00+01:00";
    assert!(waiting(day).waiting.is_none());
    // Seine-Saint-Denis → Montreuil (R221-3 CJA), whose greffe's address
    // the data does not hold: nothing is printed until it is typed.
    let refused = s
        .app
        .freeze_letter(s.dossier, "requete-tribunal", Some("fr"), day, then);
    assert!(refused.is_err());
    s.app
        .answer(
            s.dossier,
            "adresse_tribunal",
            &serde_json::json!("7 rue Catherine Puig, 93100 Montreuil"),
            then,
        )
        .unwrap();
    let (_, text) = s.print("requete-tribunal", day, then);
    contains_all(
        &text,
        &[
            "Tribunal administratif de Montreuil 7 rue Catherine Puig 93100 Montreuil",
            "décision implicite de rejet à compter du 7 décembre 2026",
            "Défendeur : le département – Seine-Saint-Denis",
            "rétablir le versement de mon revenu de solidarité active à compter de la date de sa suspension",
            "Copie de mon recours administratif préalable et de la preuve de sa réception par le département",
        ],
    );
}

#[test]
fn an_rsa_overpayment_the_recours_suspends_recovery() {
    let now = "2026-10-12T18:00:00+02:00";
    let s = scenario(
        "recours-rsa",
        "indu.json",
        "Ilunga",
        "Patrick",
        d(2026, 10, 12),
        now,
    );
    let (_, text) = s.print("recours-pcd", d(2026, 10, 12), now);
    assert!(
        text.contains("L262-46 du même code, ce recours suspend la récupération"),
        "{text}"
    );
    let chain = s.app.dossier_deadlines(s.dossier).unwrap();
    let recours = chain.iter().find(|d| d.rule == "recours-pcd").unwrap();
    assert!(!recours.enforceable);
    // 09/10/2027 is a Saturday: the one-year ceiling moves to Monday 11/10.
    assert_eq!(recours.ceiling, Some(d(2027, 10, 11)));
}

#[test]
fn a_dentist_refuses_a_patient_with_ame_complaint_to_the_cpam() {
    let now = "2026-10-15T18:00:00+02:00";
    let today = d(2026, 10, 15);
    let s = scenario(
        "refus-de-soins",
        "ame-dentiste.json",
        "Hosseini",
        "Maryam",
        today,
        now,
    );
    let (id, text) = s.print("plainte", today, now);
    contains_all(
        &text,
        &[
            "Madame ou Monsieur le Directeur de la caisse primaire d'assurance maladie Paris",
            "Madame la Directrice, Monsieur le Directeur,",
            "dépose plainte pour refus de soins discriminatoire contre Cabinet dentaire Exemple (Dr X.), chirurgien-dentiste",
            "au motif que je bénéficie de l'aide médicale de l'État",
            "article L1110-3 du code de la santé publique",
            "article R1110-8 du même code",
            "au président du conseil de l'ordre compétent ainsi qu'au professionnel concerné dans un délai de huit jours",
            "article R1110-11 du même code",
            "Témoins : Mme Exemple, bénévole qui m'accompagnait.",
        ],
    );
    assert!(!text.contains("R110-8"), "the seed's wrong article number");
    // No date until the complaint is posted; then the milestones run from
    // its receipt (assumed, then known).
    assert_eq!(s.due("conciliation"), None);
    s.app
        .mark_letter_sent(id, "15/10/2026", "1A 999 888 7777 6", now)
        .unwrap();
    assert_eq!(
        s.due("accuse-reception"),
        Some((d(2026, 10, 28), true)),
        "AR assumed on 20/10"
    );
    s.app.mark_letter_received(id, "19/10/2026", now).unwrap();
    assert_eq!(s.due("accuse-reception"), Some((d(2026, 10, 27), false)));
    assert_eq!(s.due("convocation"), Some((d(2026, 11, 19), false)));
    assert_eq!(s.due("conciliation"), Some((d(2027, 1, 19), false)));
}

#[test]
fn a_doctor_refuses_a_patient_with_css_online_complaint_to_the_ordre() {
    let now = "2026-11-03T18:00:00+01:00";
    let s = scenario(
        "refus-de-soins",
        "css-medecin-en-ligne.json",
        "Touré",
        "Moussa",
        d(2026, 11, 3),
        now,
    );
    let (_, text) = s.print("plainte", d(2026, 11, 3), now);
    assert!(
        text.contains("du conseil départemental de l'ordre des médecins Bouches-du-Rhône"),
        "{text}"
    );
    assert!(
        text.contains("Madame la Présidente, Monsieur le Président,"),
        "{text}"
    );
    assert!(
        text.contains(
            "au directeur de la caisse primaire d'assurance maladie ainsi qu'au professionnel"
        ),
        "{text}"
    );
    assert!(text.contains("complémentaire santé solidaire"), "{text}");
}

#[test]
fn the_mdph_refuses_to_examine_an_aah_file_for_lack_of_a_residence_permit() {
    let now = "2026-10-08T18:00:00+02:00";
    let today = d(2026, 10, 8);
    let s = scenario(
        "rapo-mdph",
        "aah-refus-examen.json",
        "Ahmadi",
        "Reza",
        today,
        now,
    );
    let (id, text) = s.print("rapo", today, now);
    contains_all(
        &text,
        &[
            "Maison départementale des personnes handicapées Gironde",
            "(CDAPH)",
            "Numéro de dossier MDPH : 33-123456",
            "Je soussigné, Reza Ahmadi, né le 2 mars 1979",
            "article L142-4 du code de la sécurité sociale et de l'article R241-36 du code de l'action sociale et des familles",
            "au motif que je ne produisais pas de titre de séjour",
            "article L821-1 du code de la sécurité sociale",
            "article L211-2 du code des relations entre le public et l'administration",
        ],
    );
    // No voies et délais: the two months are not enforceable (1-year limit).
    let chain = s.app.dossier_deadlines(s.dossier).unwrap();
    let rapo = chain.iter().find(|d| d.rule == "rapo").unwrap();
    assert!(!rapo.enforceable);
    assert_eq!(rapo.due, d(2026, 12, 7), "06/12 is a Sunday");
    // AAH: after the CDAPH's silence, the pôle social (non-franc).
    s.app
        .mark_letter_sent(id, "08/10/2026", "1A 111 222 3333 4", now)
        .unwrap();
    s.app.mark_letter_received(id, "12/10/2026", now).unwrap();
    assert_eq!(
        s.due("rejet-implicite-rapo"),
        Some((d(2026, 12, 12), false))
    );
    assert_eq!(s.due("tribunal-judiciaire"), Some((d(2027, 2, 12), false)));
    assert_eq!(s.due("tribunal-administratif"), None);
    // The AR of the RAPO gave no voies et délais: not enforceable.
    assert!(!enforceable(&s, "tribunal-judiciaire"));
    // Still no answer on 15/12: the requête to the pôle social, the court
    // named by the worker from the decision.
    let later = "2026-12-15T18:00:00+01:00";
    s.answer_all(
        &[
            ("reponse_rapo", "aucune"),
            ("lieu_naissance", "Hérat (Afghanistan)"),
            ("nationalite", "afghane"),
            ("profession", "sans profession"),
            ("tribunal_judiciaire", "Tribunal judiciaire de Bordeaux"),
            ("adresse_pole_social", "30 rue Exemple, 33000 Bordeaux"),
        ],
        later,
    );
    let (_, text) = s.print("requete-pole-social", d(2026, 12, 15), later);
    contains_all(
        &text,
        &[
            "Pôle social – greffe Tribunal judiciaire de Bordeaux",
            "Défendeur : la maison départementale des personnes handicapées – Gironde",
            "décision implicite de rejet à compter du 12 décembre 2026",
            "Aucun texte ne subordonne à un titre de séjour",
            "dire que ma demande doit être enregistrée et examinée par la commission",
        ],
    );
}

#[test]
fn an_rqth_decision_goes_to_the_tribunal_administratif_after_the_rapo() {
    let now = "2026-10-14T18:00:00+02:00";
    let s = scenario(
        "rapo-mdph",
        "rqth-guichet.json",
        "Okafor",
        "Grace",
        d(2026, 10, 14),
        now,
    );
    let (id, text) = s.print("rapo", d(2026, 10, 14), now);
    assert!(
        !text.contains("recommandée"),
        "handed in at the counter: {text}"
    );
    assert!(
        text.contains("Je soussignée, Grace Okafor, née le 20 novembre 1985"),
        "{text}"
    );
    // Handed in on 14/10: the receipt is the deposit.
    s.app.mark_letter_received(id, "14/10/2026", now).unwrap();
    assert_eq!(
        s.due("rejet-implicite-rapo"),
        Some((d(2026, 12, 14), false))
    );
    // 14/02/2027 is a Sunday: + 1 (franc) = Monday 15/02.
    assert_eq!(
        s.due("tribunal-administratif"),
        Some((d(2027, 2, 15), false))
    );
    assert_eq!(s.due("tribunal-judiciaire"), None);
    // The CDAPH rejects the RAPO in writing on 04/12 with voies et délais:
    // the court deadline runs from it, 04/02/2027 + 1 (franc), enforceable;
    // the requête goes to the tribunal administratif of the département.
    let later = "2026-12-10T18:00:00+01:00";
    s.answer_all(
        &[
            ("reponse_rapo", "rejet-ecrit"),
            ("date_rejet_rapo", "2026-12-04"),
            ("adresse_tribunal", "7 rue Catherine Puig, 93100 Montreuil"),
        ],
        later,
    );
    s.app
        .answer(
            s.dossier,
            "voies_delais_rejet",
            &serde_json::json!(true),
            later,
        )
        .unwrap();
    assert_eq!(s.due("rejet-implicite-rapo"), None);
    assert_eq!(
        s.due("tribunal-administratif"),
        Some((d(2027, 2, 5), false))
    );
    assert!(enforceable(&s, "tribunal-administratif"));
    let (_, text) = s.print("requete-tribunal", d(2026, 12, 10), later);
    contains_all(
        &text,
        &[
            "Tribunal administratif de Montreuil",
            "la décision du 4 décembre 2026 rejetant mon recours administratif préalable",
            "reconnaître la qualité de travailleur handicapé",
        ],
    );
}

#[test]
fn a_conciliation_suspends_the_rapo_deadline_until_the_report() {
    let now = "2026-10-20T18:00:00+02:00";
    let s = scenario(
        "rapo-mdph",
        "rqth-guichet.json",
        "Okafor",
        "Grace",
        d(2026, 10, 20),
        now,
    );
    // Notified 13/10: 13/12/2026 is a Sunday → Monday 14/12.
    assert_eq!(s.due("rapo"), Some((d(2026, 12, 14), false)));
    assert_eq!(s.due("rapport-conciliation"), None);
    s.app
        .answer(s.dossier, "conciliation", &Value::Bool(true), now)
        .unwrap();
    s.app
        .answer(
            s.dossier,
            "date_conciliation",
            &Value::from("2026-10-20"),
            now,
        )
        .unwrap();
    // While the conciliation runs the unsuspended date stays shown, marked
    // provisional: acting before it is always safe.
    assert_eq!(s.due("rapo"), Some((d(2026, 12, 14), true)));
    // The conciliator's two months: Sunday 20/12 → Monday 21/12.
    assert_eq!(
        s.due("rapport-conciliation"),
        Some((d(2026, 12, 21), false))
    );
    s.app
        .answer(
            s.dossier,
            "date_rapport_conciliation",
            &Value::from("2026-12-10"),
            now,
        )
        .unwrap();
    // 54 days were left on 20/10 (11 in October, 30 in November, 13 in
    // December): 10/12 + 54 days = Tuesday 02/02/2027.
    assert_eq!(s.due("rapo"), Some((d(2027, 2, 2), false)));
    let rapo = s
        .app
        .dossier_deadlines(s.dossier)
        .unwrap()
        .into_iter()
        .find(|d| d.rule == "rapo")
        .unwrap();
    let explanation = permanence_testkit::in_french(&rapo.explanation);
    assert!(
        explanation.contains("suspendu par la conciliation du 20/10/2026 au 10/12/2026"),
        "{explanation}"
    );
}

#[test]
fn the_prefecture_blocks_a_renewal_the_defenseur_des_droits_is_seized_in_parallel() {
    let now = "2026-10-12T18:00:00+02:00";
    let s = scenario(
        "defenseur-des-droits",
        "prefecture-sans-rendez-vous.json",
        "Nguyen",
        "Thi Lan",
        d(2026, 10, 12),
        now,
    );
    let (_, text) = s.print("reclamation", d(2026, 10, 12), now);
    contains_all(
        &text,
        &[
            "Défenseur des droits Délégué du Défenseur des droits",
            "Mise en cause : Préfecture du Nord, service des étrangers",
            "Elle porte sur mes relations avec ce service public.",
            "Depuis le 1er septembre 2026 :",
            "J'ai déjà effectué les démarches suivantes auprès de ce service",
            "n'a pas d'effet sur les délais de recours",
        ],
    );
    assert!(!text.contains("recommandée"), "{text}");
    assert!(
        s.app.dossier_deadlines(s.dossier).unwrap().is_empty(),
        "no deadline of its own"
    );
}

/// Whether one deadline of the dossier can be held against the person.
fn enforceable(s: &Scenario, rule: &str) -> bool {
    s.app
        .dossier_deadlines(s.dossier)
        .unwrap()
        .into_iter()
        .find(|d| d.rule == rule)
        .unwrap_or_else(|| panic!("no deadline {rule}"))
        .enforceable
}

#[test]
fn a_css_application_unanswered_for_two_months_is_accepted_the_certificate_is_asked() {
    let now = "2026-10-21T18:00:00+02:00";
    let today = d(2026, 10, 21);
    let s = scenario(
        "sante-sans-reponse",
        "css-sans-reponse.json",
        "Diallo",
        "Aminata",
        today,
        now,
    );
    // File received on 05/08: accepted on Monday 05/10 (an implicit
    // decision is never moved).
    assert_eq!(s.due("acceptation-css"), Some((d(2026, 10, 5), false)));
    assert_eq!(s.due("silence-demande"), None, "no rejection for the CSS");
    let offered: Vec<_> = s
        .app
        .letters_of(s.dossier, today)
        .unwrap()
        .into_iter()
        .filter(|l| l.offered)
        .map(|l| l.letter_id)
        .collect();
    assert_eq!(offered, ["attestation-css"]);
    let (_, text) = s.print("attestation-css", today, now);
    contains_all(
        &text,
        &[
            "Demande d'attestation d'acceptation implicite de la complémentaire santé solidaire",
            "qui a expiré le 5 octobre 2026, ma demande est considérée comme acceptée",
            "article L232-3 du code des relations entre le public et l'administration",
        ],
    );
    // The acceptance clause's current version was not read: no article.
    assert!(!text.contains("L861-5"), "{text}");
}

#[test]
fn a_puma_application_unanswered_the_decision_and_its_reasons_are_asked() {
    let now = "2026-10-21T18:00:00+02:00";
    let today = d(2026, 10, 21);
    let s = scenario(
        "sante-sans-reponse",
        "puma-sans-reponse.json",
        "Nguyen",
        "Thi Lan",
        today,
        now,
    );
    // Received 12/08: silence read as a rejection on 12/10, then the CRA
    // within two months (the AR gave the voies et délais): 12/12 is a
    // Saturday → Monday 14/12.
    assert_eq!(s.due("silence-demande"), Some((d(2026, 10, 12), false)));
    assert_eq!(s.due("saisine-cra"), Some((d(2026, 12, 14), false)));
    assert!(enforceable(&s, "saisine-cra"));
    let (id, text) = s.print("demande-decision", today, now);
    contains_all(
        &text,
        &[
            "protection universelle maladie",
            "en application de l'article L232-4 du code des relations entre le public et l'administration",
            "devant la commission de recours amiable",
        ],
    );
    // The reasons are due one month after the letter is received.
    s.app.mark_letter_sent(id, "21/10/2026", "", now).unwrap();
    s.app.mark_letter_received(id, "23/10/2026", now).unwrap();
    assert_eq!(s.due("motifs"), Some((d(2026, 11, 23), false)));
}

#[test]
fn an_ame_application_unanswered_goes_to_the_recours_prealable_then_the_tribunal() {
    let now = "2026-10-21T18:00:00+02:00";
    let today = d(2026, 10, 21);
    let s = scenario(
        "sante-sans-reponse",
        "ame-sans-reponse.json",
        "Traoré",
        "Moussa",
        today,
        now,
    );
    // Posted Monday 20/07, receipt assumed Thursday 23/07 (provisional):
    // silence on 23/09; the recours préalable (L134-2 CASF) by 23/11,
    // without délai franc (the safe date), not enforceable — the AR gave
    // no voies et délais. No court deadline before the recours.
    assert_eq!(s.due("silence-demande"), Some((d(2026, 9, 23), true)));
    assert_eq!(s.due("recours-prealable"), Some((d(2026, 11, 23), true)));
    assert!(!enforceable(&s, "recours-prealable"));
    assert_eq!(s.due("tribunal-administratif"), None);
    assert_eq!(s.due("saisine-cra"), None);
    let (_, text) = s.print("demande-decision", today, now);
    contains_all(
        &text,
        &[
            "aide médicale de l'État",
            "Il appartient au directeur de la caisse, agissant au nom de l'État",
            "recours administratif préalable prévu à l'article L134-2",
        ],
    );
    // Still nothing: the worker records it, with the date the AR card of
    // the request gives (a silence is asserted only from a known receipt),
    // and prints the recours.
    s.answer_all(
        &[
            ("date_reception", "2026-07-23"),
            ("reponse_cpam", "aucune"),
            (
                "motif_contestation",
                "Je vis en France depuis plus de trois mois et je n'ai aucune ressource.",
            ),
        ],
        now,
    );
    let (id, text) = s.print("recours-prealable-ame", today, now);
    contains_all(
        &text,
        &[
            "article L134-2 du code de l'action sociale et des familles",
            "je conteste le refus qui résulte de ce silence",
            "au nom de l'État",
        ],
    );
    assert!(!text.contains("décision implicite"), "{text}");
    assert_eq!(s.due("recours-prealable"), Some((d(2026, 11, 23), false)));
    // Sent 22/10, AR signed Wednesday 28/10: the recours is rejected by
    // silence on Monday 28/12; then the tribunal administratif until
    // 28/02/2027 + 1 (franc) = Monday 01/03/2027.
    s.app.mark_letter_sent(id, "22/10/2026", "", now).unwrap();
    s.app.mark_letter_received(id, "28/10/2026", now).unwrap();
    assert_eq!(
        s.due("rejet-implicite-recours"),
        Some((d(2026, 12, 28), false))
    );
    assert_eq!(
        s.due("tribunal-administratif"),
        Some((d(2027, 3, 1), false))
    );
    assert!(!enforceable(&s, "tribunal-administratif"));
    // Still nothing on 05/01/2027: the requête to the tribunal
    // administratif of Seine-Saint-Denis (Montreuil), filed by the person.
    let later = "2027-01-05T18:00:00+01:00";
    s.answer_all(
        &[
            ("reponse_recours", "aucune"),
            ("adresse_tribunal", "7 rue Catherine Puig, 93100 Montreuil"),
        ],
        later,
    );
    let (_, text) = s.print("requete-tribunal", d(2027, 1, 5), later);
    contains_all(
        &text,
        &[
            "Tribunal administratif de Montreuil 7 rue Catherine Puig",
            "Défendeur : l'État",
            "décision implicite de rejet à compter du 28 décembre 2026",
            "m'admettre au bénéfice de l'aide médicale de l'État",
        ],
    );
}

#[test]
fn a_legal_aid_request_goes_with_the_cerfa_before_the_court_deadline() {
    let now = "2027-01-05T18:00:00+01:00";
    let today = d(2027, 1, 5);
    let s = scenario(
        "aide-juridictionnelle",
        "ame-tribunal-administratif.json",
        "Traoré",
        "Moussa",
        today,
        now,
    );
    // The court deadline of the AME dossier, Monday 01/03/2027: the
    // request must be posted by then (the postmark counts, art. 37).
    assert_eq!(s.due("envoi-aj"), Some((d(2027, 3, 1), false)));
    let (_, text) = s.print("demande-aj", today, now);
    contains_all(
        &text,
        &[
            "Bureau d'aide juridictionnelle du tribunal judiciaire de Bobigny",
            "Lettre recommandée avec accusé de réception",
            "formulaire cerfa n° 16146 que je joins rempli et signé",
            "article 43 du décret n° 2020-1717 du 28 décembre 2020",
            "sans exiger que ce séjour soit régulier",
            "Formulaire de demande d'aide juridictionnelle (cerfa n° 16146) rempli et signé",
        ],
    );
}

#[test]
fn a_decision_shown_but_unreadable_in_anef_is_asked_of_the_prefet() {
    let now = "2026-11-30T18:00:00+01:00";
    let today = d(2026, 11, 30);
    let s = scenario(
        "anef-decision-inaccessible",
        "refus-illisible.json",
        "Haddad",
        "Karim",
        today,
        now,
    );
    // Seen on 24/11/2026: the safe date is two months later, Sunday
    // 24/01/2027 → Monday 25/01, never enforceable (no notification).
    assert_eq!(s.due("prudence"), Some((d(2027, 1, 25), false)));
    assert!(!enforceable(&s, "prudence"));
    let (_, text) = s.print("demande-notification", today, now);
    contains_all(
        &text,
        &[
            "Demande de notification de la décision prise sur ma demande de titre de séjour",
            "mon compte ANEF indiquait qu'une décision défavorable avait été prise",
            "article R421-5 du code de justice administrative",
        ],
    );
    // The decision then arrives by post: it is contested, not asked for.
    s.app
        .answer(s.dossier, "courrier_recu", &serde_json::json!(true), now)
        .unwrap();
    let letters = s.app.letters_of(s.dossier, today).unwrap();
    assert!(letters.iter().all(|l| !l.offered), "{letters:?}");
}

#[test]
fn france_travail_refuses_a_registration_on_an_api() {
    let now = "2026-11-10T18:00:00+01:00";
    let today = d(2026, 11, 10);
    let s = scenario(
        "inscription-france-travail",
        "api-refusee.json",
        "Benali",
        "Yasmine",
        today,
        now,
    );
    let (id, text) = s.print("reclamation", today, now);
    contains_all(
        &text,
        &[
            "France Travail – agence de Lille Centre",
            "ai demandé à être inscrite sur la liste des demandeurs d'emploi",
            "accompagnée de mon titre de séjour expiré",
            "article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile",
            "m'autorisait à travailler",
            "décision écrite et motivée indiquant les voies et délais de recours",
        ],
    );
    // Seed errors and unverified points stay out.
    for never in ["Pôle emploi", "Pôle Emploi", "5221-48", "2015"] {
        assert!(!text.contains(never), "« {never} » in:\n{text}");
    }
    s.app.mark_letter_sent(id, "10/11/2026", "", now).unwrap();
    s.app.mark_letter_received(id, "12/11/2026", now).unwrap();
    assert_eq!(s.due("rejet-implicite"), Some((d(2027, 1, 12), false)));
    assert_eq!(s.due("contester-refus"), None, "an oral refusal");
}

#[test]
fn france_travail_refuses_in_writing_for_want_of_a_nir() {
    let now = "2026-11-10T18:00:00+01:00";
    let today = d(2026, 11, 10);
    let s = scenario(
        "inscription-france-travail",
        "sans-nir-ecrit.json",
        "Haddad",
        "Karim",
        today,
        now,
    );
    // Written refusal of 02/11 without voies et délais: 02/01 + 1 (franc)
    // = Sunday 03/01 → Monday 04/01/2027, not enforceable.
    assert_eq!(s.due("contester-refus"), Some((d(2027, 1, 4), false)));
    assert!(!enforceable(&s, "contester-refus"));
    let (_, text) = s.print("reclamation", today, now);
    contains_all(
        &text,
        &[
            "article R5411-2 du code du travail",
            "numéro d'attente 1 93 09 99 888 777 15",
            "me l'a refusé par écrit",
        ],
    );
}

/// Kofi Mensah's renewal blocked on ANEF, answered on 16 October 2026.
fn renewal_blocked_on_anef() -> (Scenario, NaiveDate, &'static str) {
    let now = "2026-10-16T18:00:00+02:00";
    let today = d(2026, 10, 16);
    let s = scenario(
        "prefecture-anef",
        "renouvellement-bloque.json",
        "Mensah",
        "Kofi",
        today,
        now,
    );
    (s, today, now)
}

#[test]
fn the_anef_blocks_a_renewal_the_prefet_is_asked_for_the_substitution() {
    let (s, today, now) = renewal_blocked_on_anef();
    let (_, text) = s.print("demande-substitution", today, now);
    contains_all(
        &text,
        &[
            "Direction des migrations et de l'intégration",
            "Numéro étranger : 7501234567",
            "qui expire le 31 décembre 2026",
            "R431-2 du code de l'entrée et du séjour des étrangers et du droit d'asile",
            "décret n° 2023-191 du 22 mars 2023",
            "arrêté du 1er août 2023",
            "CE, Section, 3 juin 2022, n° 452798",
            "référence [ANEF-2026-0915-4821]",
            "article L521-3 du code de justice administrative",
            "Relevé daté et chronologique de mes tentatives",
        ],
    );
    // The seed's wrong decision number never appears.
    assert!(!text.contains("752798"), "{text}");
    // Not filed: no four-month silence to track.
    assert_eq!(s.due("rejet-implicite-titre"), None);
    // The journal that goes with the letter.
    let journal = s.app.journal(s.dossier).unwrap();
    assert!(journal.attempts.is_empty() && !journal.span.enough);
}

#[test]
fn the_request_to_the_prefet_unanswered_the_person_files_a_refere_mesures_utiles() {
    let (s, today, now) = renewal_blocked_on_anef();
    let offered = |s: &Scenario, day| {
        s.app
            .letters_of(s.dossier, day)
            .unwrap()
            .into_iter()
            .filter(|l| l.offered)
            .map(|l| l.letter_id)
            .collect::<Vec<_>>()
    };
    // Before the request to the préfet: no requête, only that request.
    assert_eq!(offered(&s, today), ["demande-substitution"]);
    let (id, _) = s.print("demande-substitution", today, now);
    s.app
        .mark_letter_sent(id, "16/10/2026", "1A 111 222 3333 4", now)
        .unwrap();
    // Three weeks later the worker records that nothing came back.
    let later = "2026-11-06T18:00:00+01:00";
    let day = d(2026, 11, 6);
    for (q, v) in [
        ("substitution_envoyee", serde_json::json!(true)),
        ("date_envoi_substitution", serde_json::json!("2026-10-16")),
        ("reponse_prefet", serde_json::json!("aucune")),
    ] {
        s.app.answer(s.dossier, q, &v, later).unwrap();
    }
    assert!(offered(&s, day).contains(&"refere-mesures-utiles".to_owned()));
    let (_, text) = s.print("refere-mesures-utiles", day, later);
    contains_all(
        &text,
        &[
            // Val-de-Marne → Melun (R221-3 CJA), the greffe's address.
            "Madame, Monsieur le juge des référés Tribunal administratif de Melun 43 rue du Général de Gaulle 77000 Melun",
            "Requête en référé « mesures utiles » (article L521-3 du code de justice administrative)",
            "Défendeur : le préfet – Val-de-Marne",
            "Par lettre du 16 octobre 2026",
            "Cette demande est restée sans réponse à ce jour.",
            "valable jusqu'au 31 décembre 2026",
            "CE, 9 juin 2022, n° 453391",
            "même en l'absence de décision administrative préalable",
            "Copie de ma demande au préfet du 16 octobre 2026 et preuve de son envoi",
            "Relevé daté et chronologique de mes tentatives",
        ],
    );
    // Provisional legal aid only when asked.
    assert!(!text.contains("aide juridictionnelle"), "{text}");
    // A written refusal is a decision: no « mesures utiles » against it.
    s.app
        .answer(
            s.dossier,
            "reponse_prefet",
            &serde_json::json!("refus-ecrit"),
            later,
        )
        .unwrap();
    assert!(!offered(&s, day).contains(&"refere-mesures-utiles".to_owned()));
}

#[test]
fn a_filed_application_unanswered_is_rejected_after_four_months() {
    let now = "2026-10-16T18:00:00+02:00";
    let today = d(2026, 10, 16);
    let s = scenario(
        "prefecture-anef",
        "premiere-demande-deposee.json",
        "Okafor",
        "Grace",
        today,
        now,
    );
    // Filed 10/06/2026: rejected on Saturday 10/10/2026 (an implicit
    // decision is not moved), whatever APIs are issued meanwhile. Then the
    // tribunal administratif until 10/12 + 1 (franc) = Friday 11/12/2026,
    // not enforceable: the attestation de dépôt gave no voies et délais.
    assert_eq!(
        s.due("rejet-implicite-titre"),
        Some((d(2026, 10, 10), false))
    );
    assert_eq!(s.due("tribunal-titre"), Some((d(2026, 12, 11), false)));
    assert!(!enforceable(&s, "tribunal-titre"));
    // The substitution asks for the filing: not offered once filed; the
    // requête against the implicit refusal is, and prints for Montreuil.
    let letters = s.app.letters_of(s.dossier, today).unwrap();
    let offered: Vec<_> = letters.iter().filter(|l| l.offered).collect();
    assert_eq!(offered.len(), 1, "{letters:?}");
    assert_eq!(offered[0].letter_id, "requete-refus-implicite");
    let (_, text) = s.print("requete-refus-implicite", today, now);
    contains_all(
        &text,
        &[
            "Tribunal administratif de Montreuil 7 rue Catherine Puig",
            "Défendeur : le préfet – Seine-Saint-Denis",
            "ma demande a ainsi été rejetée le 10 octobre 2026",
            "Preuve du dépôt de ma demande de titre de séjour le 10 juin 2026",
        ],
    );
    // The préfecture then asks for missing documents: the four months are
    // suspended (L114-5 CRPA), no refusal to contest, no court deadline.
    s.answer_all(&[("reponse_demande", "pieces-demandees")], now);
    assert_eq!(s.due("rejet-implicite-titre"), None);
    assert_eq!(s.due("tribunal-titre"), None);
    let letters = s.app.letters_of(s.dossier, today).unwrap();
    assert!(letters.iter().all(|l| !l.offered), "{letters:?}");
}

#[test]
fn the_api_ended_unrenewed_the_prefet_is_asked_to_renew_it() {
    let now = "2026-10-21T10:00:00+02:00";
    let today = d(2026, 10, 21);
    let s = scenario(
        "anef-attestation-prolongation",
        "api-expiree.json",
        "Traoré",
        "Moussa",
        today,
        now,
    );
    let (_, text) = s.print("demande-api", today, now);
    contains_all(
        &text,
        &[
            "Service des étrangers",
            "le renouvellement le 10 mai 2026, en temps utile, avant l'expiration de ce titre",
            "valable jusqu'au 14 octobre 2026 et n'a pas été renouvelée",
            "article R431-15-1 du code de l'entrée et du séjour des étrangers et du droit d'asile",
            "le préfet est tenu de mettre à la disposition du demandeur",
            "renouveler, sans délai, mon attestation de prolongation de l'instruction",
            "article L521-3 du code de justice administrative",
            "Copie de la dernière attestation de prolongation de l'instruction",
        ],
    );
    // The R431-5 window is unverified: never cited.
    assert!(!text.contains("R431-5"), "{text}");
    // Filed Sunday 10/05/2026 + 4 months = Thursday 10/09/2026 (counted by
    // hand; an implicit decision is not moved): already past on 21/10, the
    // API does not stop it (CE avis 6/5/2025).
    assert_eq!(
        s.due("rejet-implicite-titre"),
        Some((d(2026, 9, 10), false))
    );
    let letters = s.app.letters_of(s.dossier, today).unwrap();
    assert!(letters.iter().any(|l| l.offered), "{letters:?}");
}

#[test]
fn anef_closes_a_refugees_card_application_the_prefet_is_asked_to_register_it() {
    let now = "2026-12-04T10:00:00+01:00";
    let today = d(2026, 12, 4);
    let s = scenario(
        "anef-protection-dossier-clos",
        "refugie-cloture-autre-demande.json",
        "Rahimi",
        "Ahmad",
        today,
        now,
    );
    let (_, text) = s.print("demande-enregistrement", today, now);
    contains_all(
        &text,
        &[
            "Monsieur le Préfet de police",
            "par une décision du 20 août 2026, la qualité de réfugié",
            "article L424-1 du code de l'entrée et du séjour des étrangers et du droit d'asile",
            "dans un délai de trois mois à compter de la décision de reconnaissance",
            "Le 2 octobre 2026, le téléservice l'a clôturée au motif qu'une autre demande",
            "avis du 10 octobre 2024, n° 493514",
            "3 juin 2022, n° 452798",
            "attestation de prolongation de l'instruction portant la mention « reconnu réfugié »",
            "rouvrir ma demande sur le téléservice ou, à défaut, l'enregistrer",
            "article L521-3 du code de justice administrative",
            "Copie d'écran ou message du téléservice ANEF",
            "Justificatifs des droits perdus faute de document",
        ],
    );
    // Never cited: the repealed récépissé articles and the seed's wrong
    // decision number.
    for bad in ["R743-3", "R313-75-1", "752798"] {
        assert!(!text.contains(bad), "{bad}: {text}");
    }
    // OFPRA decision Thursday 20/08/2026 + 3 months = Friday 20/11/2026
    // (counted by hand, a working day): the préfet's R424-1 delay, already
    // run on 4/12 — the dashboard shows it as overdue, the letter does not
    // claim it.
    assert_eq!(s.due("carte-refugie"), Some((d(2026, 11, 20), false)));
    assert!(!text.contains("20 novembre 2026"), "{text}");
    let letters = s.app.letters_of(s.dossier, today).unwrap();
    assert!(letters.iter().any(|l| l.offered), "{letters:?}");
}

#[test]
fn anef_refuses_to_file_subsidiary_protection_no_refugee_deadline_or_article() {
    let now = "2026-12-04T10:00:00+01:00";
    let today = d(2026, 12, 4);
    let s = scenario(
        "anef-protection-dossier-clos",
        "subsidiaire-depot-impossible.json",
        "Haile",
        "Selam",
        today,
        now,
    );
    let (_, text) = s.print("demande-enregistrement", today, now);
    contains_all(
        &text,
        &[
            "Je soussignée, Selam Haile, née le 30 septembre 1995",
            "Cour nationale du droit d'asile",
            "article L424-9",
            "ne me permet pas de présenter cette demande de carte",
            "bien vouloir enregistrer ma demande selon la solution de substitution",
        ],
    );
    // The subsidiary-protection delay's current article is unverified: no
    // deadline tracked, no refugee article printed.
    assert_eq!(s.due("carte-refugie"), None);
    for bad in ["R424-1", "R431-15-3", "carte de résident", "rouvrir"] {
        assert!(!text.contains(bad), "{bad}: {text}");
    }
}

#[test]
fn the_titre_expired_during_the_renewal_the_caf_and_france_travail_are_asked_to_restore() {
    let now = "2026-10-21T10:00:00+02:00";
    let today = d(2026, 10, 21);
    let s = scenario(
        "anef-droits-suspendus",
        "api-caf-france-travail.json",
        "Diallo",
        "Mariama",
        today,
        now,
    );
    // The CAF's decision of Sunday 20/09/2026 + 2 months = Friday
    // 20/11/2026 (counted by hand), voies et délais given: enforceable.
    assert_eq!(s.due("recours-cra"), Some((d(2026, 11, 20), false)));
    assert!(enforceable(&s, "recours-cra"));
    // Filed 10/06/2026 + 4 months = Saturday 10/10/2026: an implicit
    // rejection is not moved to the Monday (CE avis 6/5/2025: the API does
    // not stop it).
    assert_eq!(
        s.due("rejet-implicite-titre"),
        Some((d(2026, 10, 10), false))
    );
    let (_, caf) = s.print("courrier-caf", today, now);
    contains_all(
        &caf,
        &[
            "CAF de la Seine-Saint-Denis",
            "Numéro d'allocataire : 1234567 D",
            "le versement de mes prestations (allocations familiales, aide au logement)",
            "dans le délai prévu à l'article R431-5",
            "article R431-15-1 du CESEDA",
            "4° de l'article D512-1 du code de la sécurité sociale",
            "article L512-2 du code de la sécurité sociale",
            "n° 15-26.271",
            "depuis le 5 septembre 2026",
            "Lettre recommandée avec accusé de réception",
        ],
    );
    assert!(!caf.contains("L433-3"), "{caf}");
    let (_, ft) = s.print("courrier-france-travail", today, now);
    contains_all(
        &ft,
        &[
            "France Travail Saint-Denis Pleyel",
            "Identifiant France Travail : 1234567A",
            "mis fin à mon inscription comme demandeur d'emploi le 1er septembre 2026",
            "article R431-15-2 du CESEDA",
            "article L5411-4 du code du travail",
            "annuler la cessation de mon inscription",
            "reprendre le versement de mon allocation",
            "article R5312-47 du code du travail",
        ],
    );
    let letters = s.app.letters_of(s.dossier, today).unwrap();
    let employer = letters.iter().find(|l| l.letter_id == "courrier-employeur");
    assert!(employer.is_some_and(|l| !l.offered), "{letters:?}");
}

#[test]
fn a_residents_card_expired_the_employer_is_told_the_worker_may_work_until_dismissal() {
    let now = "2026-10-21T10:00:00+02:00";
    let today = d(2026, 10, 21);
    let s = scenario(
        "anef-droits-suspendus",
        "carte-resident-employeur.json",
        "Benyahia",
        "Rachid",
        today,
        now,
    );
    let (_, text) = s.print("courrier-employeur", today, now);
    contains_all(
        &text,
        &[
            "Société Exemple Propreté",
            "Emploi : agent de propreté en CDI",
            "envisagiez de suspendre ou de rompre mon contrat",
            "article L433-3 du CESEDA",
            "pendant trois mois à compter du 15 septembre 2026",
            "mon droit d'exercer une activité professionnelle",
            "article L8251-1 du code du travail",
            "maintenir mon contrat de travail",
        ],
    );
    // No API: nothing may say one was issued; no pay is claimed for a
    // contract still running.
    assert!(!text.contains("R431-15-1"), "{text}");
    assert!(!text.contains("99-43.361"), "{text}");
    // The employer dismisses him: the letter is no longer offered (the
    // conseil de prud'hommes, with a union, an association or a lawyer).
    s.app
        .answer(
            s.dossier,
            "situation_emploi",
            &serde_json::json!("licencie"),
            now,
        )
        .unwrap();
    let letters = s.app.letters_of(s.dossier, today).unwrap();
    let employer = letters.iter().find(|l| l.letter_id == "courrier-employeur");
    assert!(employer.is_some_and(|l| !l.offered), "{letters:?}");
}
