//! The courts as data: every département is placed, answers are read the
//! way workers type them, and nothing is guessed from a near miss.

use permanence_procedures::courts::{
    ADMINISTRATIVE_COURTS, CourtKind, DEPARTEMENTS, court_for, departement, problems,
};

#[test]
fn the_shipped_courts_files_have_no_problem() {
    assert_eq!(problems(), vec![]);
    assert_eq!(DEPARTEMENTS.len(), 107);
}

#[test]
fn every_departement_has_exactly_one_administrative_court() {
    for d in DEPARTEMENTS.iter() {
        let n = ADMINISTRATIVE_COURTS
            .iter()
            .filter(|c| c.departements.contains(&d.code))
            .count();
        assert_eq!(n, 1, "{} ({})", d.name, d.code);
    }
}

#[test]
fn answers_are_read_as_workers_type_them() {
    for (answer, code) in [
        ("93", "93"),
        ("Seine-Saint-Denis", "93"),
        ("seine saint denis", "93"),
        ("Seine St Denis", "93"),
        ("93 – Seine-Saint-Denis", "93"),
        ("Seine-Saint-Denis (93)", "93"),
        ("  PARIS ", "75"),
        ("1", "01"),
        ("2a", "2A"),
        ("Corse du Sud", "2A"),
        ("Cote d'Or", "21"),
        ("côte-d’or", "21"),
        ("La Réunion", "974"),
        ("974", "974"),
        ("Val d'Oise", "95"),
    ] {
        assert_eq!(
            departement(answer).map(|d| d.code.as_str()),
            Some(code),
            "{answer}"
        );
    }
}

#[test]
fn a_near_miss_or_a_mismatch_is_not_guessed() {
    for answer in [
        "",
        "Seine",
        "Saint-Denis",
        "979",
        "93 Paris",
        "Paris 93",
        "Bobigny",
        "Corse",
        "20",
        "Marseille",
    ] {
        assert_eq!(departement(answer), None, "{answer}");
        assert_eq!(
            court_for(CourtKind::Administratif, answer),
            None,
            "{answer}"
        );
    }
}

#[test]
fn the_court_follows_the_authority_departement() {
    let name = |a: &str| court_for(CourtKind::Administratif, a).map(|c| c.name.as_str());
    assert_eq!(name("93"), Some("Tribunal administratif de Montreuil"));
    assert_eq!(
        name("Val-de-Marne"),
        Some("Tribunal administratif de Melun")
    );
    assert_eq!(
        name("Hauts-de-Seine"),
        Some("Tribunal administratif de Cergy-Pontoise")
    );
    assert_eq!(name("Paris"), Some("Tribunal administratif de Paris"));
    assert_eq!(
        name("Moselle"),
        Some("Tribunal administratif de Strasbourg")
    );
    // R221-3 as in force: the Ardèche goes to Lyon, not Nîmes.
    assert_eq!(name("Ardèche"), Some("Tribunal administratif de Lyon"));
    assert_eq!(
        name("Martinique"),
        Some("Tribunal administratif de la Martinique")
    );
}
