//! The open vocabularies declared as data (`assets/vocabulary/*.txt`):
//! the catalogue's themes and the kinds of stored document. Adding one
//! means a line there and its Fluent message, never code. The files are
//! built in (no IO here); `problems` checks them, with line numbers, in
//! the tests and in `permanence procedures check`.

use std::sync::LazyLock;

/// `assets/vocabulary/themes.txt`, as built in.
pub const THEMES_FILE: (&str, &str) = (
    "assets/vocabulary/themes.txt",
    include_str!("../../../assets/vocabulary/themes.txt"),
);

/// `assets/vocabulary/document-kinds.txt`, as built in.
pub const DOCUMENT_KINDS_FILE: (&str, &str) = (
    "assets/vocabulary/document-kinds.txt",
    include_str!("../../../assets/vocabulary/document-kinds.txt"),
);

/// Themes of the catalogue, in the order shown. Each has a Fluent message
/// `theme-<id>`.
pub static THEMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| ids(THEMES_FILE.1));

/// Document types the worker can choose, in the order shown. Each has a
/// Fluent message `document-kind-<kind>`.
pub static DOCUMENT_KINDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| ids(DOCUMENT_KINDS_FILE.1));

/// The ids of a vocabulary file: one per line, blank lines and `#`
/// comments skipped.
fn ids(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Every problem of a vocabulary file, each with its line (1-based): an id
/// that is not lowercase letters, digits and single hyphens, an id given
/// twice, no id at all.
pub fn problems(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let id = line.trim();
        if id.is_empty() || id.starts_with('#') {
            continue;
        }
        let well_formed = id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        });
        if !well_formed {
            out.push((i + 1, format!("« {id} » : un identifiant s'écrit en minuscules, chiffres et tirets (ex. titre-sejour)")));
        }
        if let Some((_, first)) = seen.iter().find(|(s, _)| *s == id) {
            out.push((i + 1, format!("« {id} » figure déjà ligne {first}")));
        } else {
            seen.push((id, i + 1));
        }
    }
    if seen.is_empty() {
        out.push((1, "aucun identifiant".to_owned()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_vocabularies_are_well_formed() {
        for (file, text) in [THEMES_FILE, DOCUMENT_KINDS_FILE] {
            assert_eq!(problems(text), vec![], "{file}");
        }
        assert!(THEMES.contains(&"sejour") && DOCUMENT_KINDS.contains(&"titre-sejour"));
        assert_eq!(
            DOCUMENT_KINDS.first(),
            Some(&"titre-sejour"),
            "the form's first choice"
        );
    }

    #[test]
    fn every_problem_is_found_with_its_line() {
        let text = "# comment\nsejour\nSéjour\n\ncaf\nsejour\nbad--id\n";
        assert_eq!(
            problems(text),
            vec![
                (3, "« Séjour » : un identifiant s'écrit en minuscules, chiffres et tirets (ex. titre-sejour)".to_owned()),
                (6, "« sejour » figure déjà ligne 2".to_owned()),
                (7, "« bad--id » : un identifiant s'écrit en minuscules, chiffres et tirets (ex. titre-sejour)".to_owned()),
            ]
        );
        assert_eq!(
            problems("# only a comment\n"),
            vec![(1, "aucun identifiant".to_owned())]
        );
    }
}
