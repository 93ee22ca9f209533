//! A person supported by the worker, as recorded in Permanence.
//!
//! Everything is optional but a name: on a Tuesday evening the worker may
//! know only a first name and a phone number, and must still be able to
//! record them. Names are stored exactly as typed (whatever the script,
//! including control or bidi characters, which the UI isolates when
//! displaying them); search goes through [`crate::search_tokens`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where the person receives mail when they have no stable address:
/// the *domiciliation* (organisation, address, expiry of the attestation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Domiciliation {
    pub organisation: String,
    pub address: String,
    pub expires_on: Option<NaiveDate>,
}

/// What the worker types about a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct PersonFields {
    pub family_name: String,
    pub given_names: String,
    /// Other spellings and transliterations (Mohamed / Muhammad / Mohammed,
    /// a name in Arabic script…), all searched.
    pub alt_names: Vec<String>,
    pub birth_date: Option<NaiveDate>,
    pub birth_place: String,
    pub nationality: String,
    pub languages: Vec<String>,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub domiciliation: Option<Domiciliation>,
    pub notes: String,
}

/// A stored person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Person {
    pub id: i64,
    #[serde(flatten)]
    pub fields: PersonFields,
    /// RFC 3339 instants, supplied by the caller (no clock below the shell).
    pub created_at: String,
    pub updated_at: String,
}

/// One field that cannot be saved, and why. `code` names the Fluent message
/// shown to the worker (`field-error-<code>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldProblem {
    pub field: &'static str,
    pub code: &'static str,
}

/// Longest text accepted in one field. Generous (a long list of alternative
/// spellings, notes), but bounded so a pasted file cannot bloat the store.
pub const MAX_FIELD_CHARS: usize = 20_000;

impl PersonFields {
    /// Every problem that prevents saving, in field order. `today` is given
    /// by the caller: a birth date after it is refused.
    pub fn problems(&self, today: NaiveDate) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.family_name.trim().is_empty() && self.given_names.trim().is_empty() {
            out.push(FieldProblem {
                field: "family_name",
                code: "name-required",
            });
        }
        let texts: [(&'static str, &str); 8] = [
            ("family_name", &self.family_name),
            ("given_names", &self.given_names),
            ("birth_place", &self.birth_place),
            ("nationality", &self.nationality),
            ("phone", &self.phone),
            ("email", &self.email),
            ("address", &self.address),
            ("notes", &self.notes),
        ];
        for (field, text) in texts {
            if text.chars().count() > MAX_FIELD_CHARS {
                out.push(FieldProblem {
                    field,
                    code: "too-long",
                });
            }
        }
        if self
            .alt_names
            .iter()
            .map(|n| n.chars().count())
            .sum::<usize>()
            > MAX_FIELD_CHARS
        {
            out.push(FieldProblem {
                field: "alt_names",
                code: "too-long",
            });
        }
        if let Some(birth) = self.birth_date {
            if birth > today {
                out.push(FieldProblem {
                    field: "birth_date",
                    code: "birth-in-future",
                });
            } else if birth < NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN) {
                out.push(FieldProblem {
                    field: "birth_date",
                    code: "birth-too-old",
                });
            }
        }
        let email = self.email.trim();
        if !email.is_empty() && !plausible_email(email) {
            out.push(FieldProblem {
                field: "email",
                code: "email-invalid",
            });
        }
        out
    }

    /// Name as shown in lists: « NOM Prénoms ».
    pub fn display_name(&self) -> String {
        match (self.family_name.trim(), self.given_names.trim()) {
            ("", given) => given.to_owned(),
            (family, "") => family.to_uppercase(),
            (family, given) => format!("{} {given}", family.to_uppercase()),
        }
    }
}

/// One `@`, something on each side, a dot in the domain, no spaces. Enough
/// to catch typos; a stricter check would refuse real addresses.
fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
        && !domain.contains('@')
}

/// Parses a date typed as `YYYY-MM-DD` (what `<input type=date>` sends) or
/// `JJ/MM/AAAA` (what French workers type). Impossible dates (30 February)
/// are refused.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn named(family: &str) -> PersonFields {
        PersonFields {
            family_name: family.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_name_is_the_only_required_field() {
        assert_eq!(named("Diallo").problems(today()), vec![]);
        let given_only = PersonFields {
            given_names: "Awa".into(),
            ..Default::default()
        };
        assert_eq!(given_only.problems(today()), vec![]);
        assert_eq!(
            named("   ").problems(today()),
            vec![FieldProblem {
                field: "family_name",
                code: "name-required"
            }]
        );
    }

    #[test]
    fn birth_dates_must_be_plausible() {
        let mut p = named("Diallo");
        p.birth_date = NaiveDate::from_ymd_opt(2026, 11, 26);
        assert_eq!(p.problems(today())[0].code, "birth-in-future");
        p.birth_date = NaiveDate::from_ymd_opt(2026, 11, 25);
        assert!(p.problems(today()).is_empty());
        p.birth_date = NaiveDate::from_ymd_opt(1899, 12, 31);
        assert_eq!(p.problems(today())[0].code, "birth-too-old");
    }

    #[test]
    fn impossible_dates_are_refused_in_both_notations() {
        assert_eq!(
            parse_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(
            parse_date("29/02/2024"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for bad in [
            "2025-02-29",
            "30/02/2024",
            "2024-13-01",
            "31/04/2024",
            "hier",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn emails_with_typos_are_caught() {
        for good in ["a@b.fr", "prenom.nom@asso-exemple.org"] {
            let mut p = named("X");
            p.email = good.into();
            assert!(p.problems(today()).is_empty(), "{good}");
        }
        for bad in ["a@b", "a.b.fr", "a @b.fr", "@b.fr", "a@.fr", "a@b@c.fr"] {
            let mut p = named("X");
            p.email = bad.into();
            assert_eq!(p.problems(today())[0].code, "email-invalid", "{bad}");
        }
    }

    #[test]
    fn overlong_fields_are_refused_but_long_ones_kept() {
        let mut p = named(&"a".repeat(10_000));
        assert!(p.problems(today()).is_empty());
        p.notes = "n".repeat(MAX_FIELD_CHARS + 1);
        assert_eq!(
            p.problems(today()),
            vec![FieldProblem {
                field: "notes",
                code: "too-long"
            }]
        );
    }

    #[test]
    fn display_name_puts_the_family_name_first_in_capitals() {
        let p = PersonFields {
            family_name: "Benali".into(),
            given_names: "Hélène".into(),
            ..Default::default()
        };
        assert_eq!(p.display_name(), "BENALI Hélène");
        assert_eq!(named("Ødegård").display_name(), "ØDEGÅRD");
    }
}
