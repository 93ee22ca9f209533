//! The head of procedure.toml: its keys, id, version, date of the law and
//! theme.

use chrono::NaiveDate;
use toml_edit::Table;

use super::{Ctx, Messages};
use crate::keys;
use crate::model::THEMES;

/// The sections of a procedure file.
const SECTIONS: &[&str] = &[
    "id",
    "version",
    "law_as_of",
    "theme",
    "evidence_journal",
    "legal_basis",
    "steps",
    "computed",
    "courts",
    "documents",
    "deadlines",
    "letters",
    "outcomes",
];

pub(super) struct Head {
    pub(super) version: String,
    pub(super) law_as_of: Option<NaiveDate>,
    pub(super) theme: Option<String>,
    pub(super) evidence_journal: bool,
}

pub(super) fn parse(cx: &mut Ctx, root: &Table, messages: &mut Messages) -> Head {
    cx.only(root, SECTIONS, "the procedure");
    let what = "procedure";
    let id = messages.id;
    if let Some((declared, at)) = cx.string(root, "id", what, true)
        && declared != id
    {
        cx.problem(
            at,
            format!("id `{declared}` differs from its folder name `{id}`"),
        );
    }
    let version = cx.text(root, "version", what);
    let law_as_of = match cx.string(root, "law_as_of", what, true) {
        Some((d, at)) => NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok().or_else(|| {
            cx.problem(at, format!("law_as_of `{d}` is not a date (YYYY-MM-DD)"));
            None
        }),
        None => None,
    };
    // Themes are data (assets/vocabulary/themes.txt), not an enum.
    let theme = cx.string(root, "theme", what, true).and_then(|(t, at)| {
        if THEMES.contains(&t.as_str()) {
            Some(t)
        } else {
            cx.problem(
                at,
                format!("unknown theme `{t}` (themes: {})", THEMES.join(", ")),
            );
            None
        }
    });
    let evidence_journal = cx.boolean(root, "evidence_journal", what);
    messages.texts.extend(keys::catalogue(id));
    Head {
        version,
        law_as_of,
        theme,
        evidence_journal,
    }
}
