//! The languages Permanence speaks, for the worker's interface and for the
//! explanation sheets handed to beneficiaries.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

use crate::DomainError;

/// Writing direction of a language, needed by the UI (`dir` attribute) and
/// by the letters engine (Arabic explanation sheets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A language with a complete set of texts under `locales/<code>/`.
///
/// French comes first: it is the language of the law, of the letters and of
/// most workers; the others must never lag behind it (a test checks keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(into = "&'static str", try_from = "String")]
pub enum Language {
    #[default]
    French,
    English,
    Arabic,
}

impl Language {
    /// Every supported language, French first.
    pub const ALL: [Language; 3] = [Language::French, Language::English, Language::Arabic];

    /// BCP 47 code, also the folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::French => "fr",
            Language::English => "en",
            Language::Arabic => "ar",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::Arabic => Direction::Rtl,
            Language::French | Language::English => Direction::Ltr,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = DomainError;

    /// Accepts a bare code or a regional tag (`fr-FR`, `ar_MA`), because
    /// that is what operating systems report.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let primary = s
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|l| l.code() == primary)
            .ok_or_else(|| DomainError::UnknownLanguage(s.to_owned()))
    }
}

impl From<Language> for &'static str {
    fn from(l: Language) -> Self {
        l.code()
    }
}

impl TryFrom<String> for Language {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_regional_tags() {
        for (input, expected) in [
            ("fr", Language::French),
            ("fr-FR", Language::French),
            ("FR_fr.UTF-8", Language::French),
            ("en-GB", Language::English),
            ("ar", Language::Arabic),
            ("ar-MA", Language::Arabic),
        ] {
            assert_eq!(input.parse::<Language>(), Ok(expected), "{input}");
        }
    }

    #[test]
    fn rejects_languages_without_texts() {
        assert_eq!(
            "tr".parse::<Language>(),
            Err(DomainError::UnknownLanguage("tr".into()))
        );
        assert!("".parse::<Language>().is_err());
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        let rtl: Vec<_> = Language::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .collect();
        assert_eq!(rtl, vec![Language::Arabic]);
    }

    #[test]
    fn serialises_as_its_code() {
        assert_eq!(serde_json::to_string(&Language::Arabic).unwrap(), "\"ar\"");
        let back: Language = serde_json::from_str("\"en\"").unwrap();
        assert_eq!(back, Language::English);
        assert!(serde_json::from_str::<Language>("\"xx\"").is_err());
    }
}
