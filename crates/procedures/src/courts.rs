//! The courts as data (`assets/courts/`): the départements, and which
//! tribunal administratif hears a case against an authority of each one
//! (R312-1 CJA: the court in whose ressort the authority that decided has
//! its seat; the ressorts are those of R221-3 CJA). A démarche names a
//! lookup (`[[courts]]`: a kind and a `departement` question); its letters
//! then read `court-<id>` (the court's name) and `court-<id>-address`.
//!
//! The départements file also lists the overseas collectivités that have
//! a tribunal administratif of their own.
//!
//! The files are built in (no IO here), like the vocabularies; [`problems`]
//! checks them with line numbers in the tests and in `permanence
//! procedures check`. A département the data cannot place is never
//! guessed: the letter asks for the question again.

use std::sync::LazyLock;

use serde::Serialize;

use crate::load::Problem;
pub use crate::model::CourtKind;

/// `assets/courts/departements.txt`, as built in.
pub const DEPARTEMENTS_FILE: (&str, &str) = (
    "assets/courts/departements.txt",
    include_str!("../../../assets/courts/departements.txt"),
);

/// `assets/courts/tribunaux-administratifs.toml`, as built in.
pub const ADMINISTRATIVE_FILE: (&str, &str) = (
    "assets/courts/tribunaux-administratifs.toml",
    include_str!("../../../assets/courts/tribunaux-administratifs.toml"),
);

/// A département: its code (`93`, `2A`, `974`) and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Departement {
    pub code: String,
    pub name: String,
}

/// The départements in the file's order (by code).
pub static DEPARTEMENTS: LazyLock<Vec<Departement>> =
    LazyLock::new(|| departements(DEPARTEMENTS_FILE.1).0);

/// A court and the départements it hears cases from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Court {
    pub id: String,
    /// As printed: « Tribunal administratif de Melun ».
    pub name: String,
    /// The greffe's postal address, one line each; empty where no source
    /// gave it (the démarche then asks for it).
    pub address: Vec<String>,
    pub departements: Vec<String>,
}

/// The tribunaux administratifs, as built in.
pub static ADMINISTRATIVE_COURTS: LazyLock<Vec<Court>> =
    LazyLock::new(|| courts(ADMINISTRATIVE_FILE.1).0);

/// The département an answer names: its code (« 93 », « 2a », « 1 » for
/// « 01 »), its name written in full (accents, case, hyphens and
/// apostrophes aside: « seine saint denis », « Cote d'Or »), or both
/// (« 93 – Seine-Saint-Denis », « Seine-Saint-Denis (93) »). Anything else
/// is `None`: a court is never guessed from a near miss.
pub fn departement(answer: &str) -> Option<&'static Departement> {
    let key = normalise(answer);
    if key.is_empty() {
        return None;
    }
    let by_code = |code: &str| {
        let code = if code.len() == 1 && code.chars().all(|c| c.is_ascii_digit()) {
            format!("0{code}")
        } else {
            code.to_owned()
        };
        DEPARTEMENTS.iter().find(|d| normalise(&d.code) == code)
    };
    let by_name = |name: &str| DEPARTEMENTS.iter().find(|d| normalise(&d.name) == name);
    if let Some(d) = by_code(&key).or_else(|| by_name(&key)) {
        return Some(d);
    }
    // « 93 seine saint denis » or « seine saint denis 93 »: both must agree.
    let words: Vec<&str> = key.split(' ').collect();
    let (first, last) = (words[0], words[words.len() - 1]);
    let split = [
        (first, words[1..].join(" ")),
        (last, words[..words.len() - 1].join(" ")),
    ];
    split.into_iter().find_map(|(code, name)| {
        let d = by_code(code)?;
        (by_name(&name) == Some(d)).then_some(d)
    })
}

/// The court of `kind` for the département an answer names.
pub fn court_for(kind: CourtKind, answer: &str) -> Option<&'static Court> {
    let d = departement(answer)?;
    let courts = match kind {
        CourtKind::Administratif => &*ADMINISTRATIVE_COURTS,
    };
    courts.iter().find(|c| c.departements.contains(&d.code))
}

/// Lowercase ASCII words: accents dropped, hyphens, apostrophes,
/// parentheses and dashes as spaces, « st » as « saint ».
fn normalise(text: &str) -> String {
    let folded: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    folded
        .split_whitespace()
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn departements(text: &str) -> (Vec<Departement>, Vec<(usize, String)>) {
    let mut list: Vec<Departement> = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((code, name)) = line.split_once(' ') else {
            problems.push((
                i + 1,
                format!("« {line} » : un code, une espace, puis le nom"),
            ));
            continue;
        };
        let well_formed = (code.len() == 2 || code.len() == 3)
            && code
                .chars()
                .all(|c| c.is_ascii_digit() || c == 'A' || c == 'B');
        if !well_formed {
            problems.push((
                i + 1,
                format!("« {code} » n'est pas un code de département"),
            ));
            continue;
        }
        if list.iter().any(|d| d.code == code || d.name == name.trim()) {
            problems.push((i + 1, format!("« {line} » figure déjà plus haut")));
            continue;
        }
        list.push(Departement {
            code: code.to_owned(),
            name: name.trim().to_owned(),
        });
    }
    (list, problems)
}

fn courts(text: &str) -> (Vec<Court>, Vec<(usize, String)>) {
    let line_at = |offset: Option<usize>| {
        offset.map_or(1, |o| text[..o.min(text.len())].matches('\n').count() + 1)
    };
    let doc = match toml_edit::Document::parse(text.to_owned()) {
        Ok(d) => d,
        Err(e) => {
            let at = line_at(e.span().map(|s| s.start));
            return (
                Vec::new(),
                vec![(at, format!("TOML : {}", e.message().trim()))],
            );
        }
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let Some(tables) = doc.get("tribunal").and_then(|t| t.as_array_of_tables()) else {
        return (Vec::new(), vec![(1, "aucun [[tribunal]]".to_owned())]);
    };
    for t in tables {
        let at = line_at(t.span().map(|s| s.start));
        let text_of = |key: &str| t.get(key).and_then(|v| v.as_str()).map(str::to_owned);
        let list_of = |key: &str| -> Option<Vec<String>> {
            t.get(key)?
                .as_array()?
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect()
        };
        let (Some(id), Some(name), Some(address), Some(departements)) = (
            text_of("id"),
            text_of("name"),
            list_of("address"),
            list_of("departements"),
        ) else {
            problems.push((
                at,
                "un tribunal a besoin de id, name, address (lignes) et departements (codes)"
                    .to_owned(),
            ));
            continue;
        };
        out.push(Court {
            id,
            name,
            address,
            departements,
        });
    }
    (out, problems)
}

/// Every problem of the courts files, with its file and line: a line or a
/// table that does not read, a département code unknown, a département
/// that no court or two courts hear. A court without an address is no
/// problem: the démarche asks the worker for it.
pub fn problems() -> Vec<Problem> {
    let mut out = Vec::new();
    let mut at = |path: &str, line: usize, message: String| {
        out.push(Problem {
            path: path.to_owned(),
            line: Some(line),
            message,
        });
    };
    let (deps, dep_problems) = departements(DEPARTEMENTS_FILE.1);
    for (line, m) in dep_problems {
        at(DEPARTEMENTS_FILE.0, line, m);
    }
    let (path, text) = ADMINISTRATIVE_FILE;
    let (courts, court_problems) = courts(text);
    for (line, m) in court_problems {
        at(path, line, m);
    }
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .map_or(1, |i| i + 1)
    };
    for c in &courts {
        let line = line_of(&format!("\"{}\"", c.id));
        for code in c
            .departements
            .iter()
            .filter(|code| !deps.iter().any(|d| &d.code == *code))
        {
            at(
                path,
                line,
                format!("{} : « {code} » n'est pas un département", c.name),
            );
        }
    }
    for d in &deps {
        let hearing: Vec<&Court> = courts
            .iter()
            .filter(|c| c.departements.contains(&d.code))
            .collect();
        match hearing.as_slice() {
            [_] => {}
            [] => at(
                path,
                1,
                format!("aucun tribunal administratif pour {} ({})", d.name, d.code),
            ),
            [first, second, ..] => at(
                path,
                line_of(&format!("\"{}\"", second.id)),
                format!("{} ({}) figure aussi sous {}", d.name, d.code, first.name),
            ),
        }
    }
    out
}
