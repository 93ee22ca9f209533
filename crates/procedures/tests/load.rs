//! Loading procedure files: a sound one loads, every planted error in a
//! broken one is reported with its line, and a broken one does not stop
//! the others.

use std::path::{Path, PathBuf};

use permanence_domain::Duration;
use permanence_procedures::load::{Entry, load_catalogue};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn catalogue() -> permanence_procedures::load::Catalogue {
    let root = fixtures();
    load_catalogue(
        &root.join("procedures"),
        &root.join("locales"),
        &["fr", "en", "ar"],
        &root,
    )
    .unwrap()
}

#[test]
fn a_sound_procedure_loads_with_everything_it_declares() {
    let cat = catalogue();
    let Some(Entry::Available(p)) = cat.entries.iter().find(|e| e.id() == "valide") else {
        panic!("valide unavailable: {:?}", cat.entries);
    };
    assert_eq!(p.version, "1");
    assert_eq!(p.theme, "banque");
    assert_eq!(
        p.questions().map(|q| q.id.as_str()).collect::<Vec<_>>(),
        ["nom", "reponse", "date_demande"]
    );
    assert_eq!(
        p.questions().next().unwrap().prefill.as_deref(),
        Some("family_name")
    );
    assert!(p.questions().nth(2).unwrap().show_if.is_some());
    assert_eq!(p.documents.len(), 2);
    assert_eq!(p.deadlines[0].duration, Duration::Days(15));
    assert_eq!(p.letters[0].enclosures, ["identite"]);
    assert_eq!(
        p.letters[0]
            .paragraphs
            .iter()
            .map(|b| b.id.as_str())
            .collect::<Vec<_>>(),
        ["demande", "refus"]
    );
    assert!(p.letters[0].paragraphs[1].show_if.is_some());
    assert!(p.letter_texts.contains("valide-letter-saisine-p-demande"));
}

#[test]
fn every_planted_error_is_reported_with_its_line() {
    let cat = catalogue();
    let problems: Vec<String> = cat
        .problems()
        .iter()
        .filter(|p| p.path.contains("casse"))
        .map(|p| p.to_string())
        .collect();
    // The whole list (file:line: message), in the order it is given: a
    // problem reported twice, or one that should not be, fails as surely
    // as one missed. Texts missing in Arabic are all listed, not only the
    // first; the French sheet of the procedure is complete.
    let expected = [
        "locales/ar/procedures/casse.ftl: missing message `casse-audience`",
        "locales/ar/procedures/casse.ftl: missing message `casse-explain-attente-asks`",
        "locales/ar/procedures/casse.ftl: missing message `casse-explain-attente-keep`",
        "locales/ar/procedures/casse.ftl: missing message `casse-explain-attente-next`",
        "locales/ar/procedures/casse.ftl: missing message `casse-explain-attente-to`",
        "locales/ar/procedures/casse.ftl: missing message `casse-law-rumeur`",
        "locales/ar/procedures/casse.ftl: missing message `casse-letter-attente`",
        "locales/ar/procedures/casse.ftl: missing message `casse-q-_enclosures`",
        "locales/ar/procedures/casse.ftl: missing message `casse-q-a`",
        "locales/ar/procedures/casse.ftl: missing message `casse-q-b`",
        "locales/ar/procedures/casse.ftl: missing message `casse-q-c`",
        "locales/ar/procedures/casse.ftl: missing message `casse-q-d`",
        "locales/ar/procedures/casse.ftl: missing message `casse-q-e`",
        "locales/ar/procedures/casse.ftl: missing message `casse-step-etape`",
        "locales/ar/procedures/casse.ftl: missing message `casse-step-fin`",
        "locales/fr/letters/casse.ftl: missing message `casse-enclosure-inexistant`",
        "locales/fr/letters/casse.ftl: missing message `casse-letter-attente-closing`",
        "locales/fr/letters/casse.ftl: missing message `casse-letter-attente-p-p`",
        "locales/fr/letters/casse.ftl: missing message `casse-letter-attente-recipient`",
        "locales/fr/letters/casse.ftl: missing message `casse-letter-attente-salutation`",
        "locales/fr/letters/casse.ftl: missing message `casse-letter-attente-subject`",
        "locales/fr/letters/casse.ftl: missing message `casse-letter-lettre-copy-prefet`",
        "locales/fr/letters/casse.ftl:1: `casse-letter-sender` reads `$fantome`, which is no question, computed value or deadline of casse",
        "procedures/casse/procedure.toml:3: law_as_of `2026-13-01` is not a date (YYYY-MM-DD)",
        "procedures/casse/procedure.toml:5: unknown key `couleur` in the procedure (allowed: id, version, law_as_of, theme, evidence_journal, legal_basis, steps, computed, courts, documents, deadlines, letters, outcomes)",
        "procedures/casse/procedure.toml:11: legal basis `rumeur`: status `UNVERIFIED`: only VERIFIED-P or VERIFIED-S facts may be cited",
        "procedures/casse/procedure.toml:19: show_if conditions form a cycle: a → b → a",
        "procedures/casse/procedure.toml:28: question `c`: unknown type `signature` (types: text, date, choice, yes-no, address, amount, person-field, document, departement)",
        "procedures/casse/procedure.toml:33: question `d`: `show_if` column 1: unknown question `inconnue`",
        "procedures/casse/procedure.toml:37: question `e`: a choice needs `options`",
        "procedures/casse/procedure.toml:38: question `e`: `show_if` column 3: use `==` to compare",
        "procedures/casse/procedure.toml:42: deadline `delai`: `from` must name a date question, not `d` (or letter:<id>:sent, letter:<id>:received, deadline:<id>)",
        "procedures/casse/procedure.toml:43: deadline `delai`: duration `2 mois` must be a number then d, wd or m (15d, 10wd, 2m)",
        "procedures/casse/procedure.toml:47: computed value `a` has the id of a question",
        "procedures/casse/procedure.toml:48: computed value `a`: `when` column 13: unknown question `fantome`",
        "procedures/casse/procedure.toml:51: letter `lettre`: needs at least one [[letters.paragraphs]]",
        "procedures/casse/procedure.toml:52: letter `lettre`: enclosure `inexistant` is not a document of the checklist",
        "procedures/casse/procedure.toml:57: deadline `chaine`: `deadline:plus-tard` must name an earlier deadline",
        "procedures/casse/procedure.toml:57: deadline `chaine`: no letter `absente` in this procedure",
        "procedures/casse/procedure.toml:59: deadline `chaine`: unknown meaning `a-la-louche` (meanings: implicit-refusal, implicit-rejection, implicit-acceptance, recourse-due, court-due, authority-due)",
        "procedures/casse/procedure.toml:60: deadline `chaine`: `suspend` must name date questions, not `a`",
        "procedures/casse/procedure.toml:60: deadline `chaine`: `suspend` must name date questions, not `d`",
        "procedures/casse/procedure.toml:66: question `_enclosures`: this id is reserved for the worker's choice of enclosures",
        "procedures/casse/procedure.toml:71: letter `attente`: `wait_for` deadline `delai` is no implicit decision (its meaning is `recourse-due`)",
        "procedures/casse/procedure.toml:71: letter `attente`: `wait_for` names no deadline `introuvable`",
        "procedures/casse/procedure.toml:76: letter `attente`, paragraphs `p`: `encloses` names `inexistant`, not a document of the checklist",
        "procedures/casse/procedure.toml:80: court `juge`: unknown kind `constitutionnel` (one of: administratif)",
        "procedures/casse/procedure.toml:81: court `juge`: `d` is no question of type departement",
        "procedures/casse/procedure.toml:82: court `juge`: `a` is no question of type address",
    ];
    assert_eq!(problems, expected, "all:\n{}", problems.join("\n"));
}

#[test]
fn a_syntax_error_makes_only_that_procedure_unavailable() {
    let cat = catalogue();
    let ids: Vec<(&str, bool)> = cat
        .entries
        .iter()
        .map(|e| (e.id(), matches!(e, Entry::Available(_))))
        .collect();
    assert_eq!(
        ids,
        [("casse", false), ("syntaxe", false), ("valide", true)]
    );
    let syntax: Vec<String> = cat
        .problems()
        .iter()
        .filter(|p| p.path.contains("syntaxe"))
        .map(|p| p.to_string())
        .collect();
    assert_eq!(syntax.len(), 1, "{syntax:?}");
    assert!(
        syntax[0].starts_with("procedures/syntaxe/procedure.toml:4: TOML syntax"),
        "{syntax:?}"
    );
}
