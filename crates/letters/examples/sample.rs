//! Writes a sample letter to the path given:
//! `cargo run -p permanence-letters --example sample -- out.pdf`.
fn main() {
    let letter = permanence_letters::Letter {
        lang: "fr".into(),
        sender: vec![
            "Mme Hélène Benali".into(),
            "Chez CCAS de Saint-Denis".into(),
            "1 place Victor Hugo".into(),
            "93200 Saint-Denis".into(),
        ],
        recipient: vec![
            "Banque de France".into(),
            "Service droit au compte".into(),
            "8 rue Exemple".into(),
            "93000 Bobigny".into(),
        ],
        place_date: "Saint-Denis, le 25 novembre 2026".into(),
        registered: Some("Lettre recommandée avec accusé de réception n° 1A 123 456 7890 1".into()),
        subject: "Demande de droit au compte".into(),
        references: vec!["Refus de la Banque Exemple du 20 septembre 2026".into()],
        salutation: "Madame, Monsieur,".into(),
        paragraphs: vec![
            "Je vous prie de bien vouloir désigner un établissement de crédit qui m'ouvrira un compte de dépôt, conformément à la procédure de droit au compte. La banque sollicitée n'a pas répondu dans le délai de quinze jours qui suivait le dépôt de ma demande."
                .into();
            3
        ],
        closing: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
            .into(),
        signature: vec!["Hélène Benali".into()],
        enclosures: vec!["Copie de la pièce d'identité".into(), "Attestation de refus".into()],
    };
    let out = std::env::args().nth(1).expect("output path");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    let pdf = permanence_letters::render(&letter, today).expect("letter");
    std::fs::write(out, pdf).expect("write");
}
