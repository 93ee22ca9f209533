//! The forms the worker fills in, as the UI sends them, and their checks.
//!
//! Dates and times arrive as typed (`JJ/MM/AAAA` or `AAAA-MM-JJ`, `14h30`)
//! so that an impossible one is reported on its field, in the worker's
//! language, rather than silently dropped by the UI. Every problem of a
//! form is reported at once, in field order; a form that passes becomes a
//! validated value, so callers never check again what was checked here.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::{
    CHANNELS, DOCUMENT_KINDS, Domiciliation, FieldProblem, Person, PersonFields, parse_date,
};

/// Longest account of one attempt.
pub const MAX_OUTCOME_CHARS: usize = 2_000;

fn problem(field: &'static str, code: &'static str) -> FieldProblem {
    FieldProblem { field, code }
}

/// A rule of one field: `code` when it does not hold.
fn require(holds: bool, field: &'static str, code: &'static str) -> Result<(), FieldProblem> {
    if holds {
        Ok(())
    } else {
        Err(problem(field, code))
    }
}

/// An optional date as typed: nothing typed is no date.
fn optional_date(text: &str, field: &'static str) -> Result<Option<NaiveDate>, FieldProblem> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_date(text)
        .map(Some)
        .ok_or_else(|| problem(field, "date-invalid"))
}

/// The problems of fields checked one by one, in field order.
fn problems<const N: usize>(checks: [Option<FieldProblem>; N]) -> Vec<FieldProblem> {
    checks.into_iter().flatten().collect()
}

/// Drops what could disguise the text (bidi overrides, zero-width and
/// control characters), keeping line breaks; trims the ends.
pub fn undisguised(text: &str) -> String {
    text.chars()
        .filter(|c| {
            *c == '\n'
                || !(c.is_control()
                    || matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF))
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// A time as typed in France: `HH:MM`, `14h30`, `14h`; written `HH:MM`.
fn parse_time(text: &str) -> Option<String> {
    let t = text.trim().replace(['h', 'H'], ":");
    let t = if t.ends_with(':') {
        format!("{t}00")
    } else {
        t
    };
    NaiveTime::parse_from_str(&t, "%H:%M")
        .ok()
        .map(|t| t.format("%H:%M").to_string())
}

/// The person form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct PersonForm {
    pub family_name: String,
    pub given_names: String,
    /// One spelling per line.
    pub alt_names: String,
    pub birth_date: String,
    pub birth_place: String,
    pub nationality: String,
    /// Comma-separated.
    pub languages: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub domiciliation_organisation: String,
    pub domiciliation_address: String,
    pub domiciliation_expires_on: String,
    pub notes: String,
}

fn list(text: &str, separator: char) -> Vec<String> {
    text.split(separator)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn french_date(date: Option<NaiveDate>) -> String {
    date.map(|d| d.format("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

impl PersonForm {
    /// Domain fields, or every problem found (dates first, then the
    /// domain's own rules).
    pub fn to_fields(&self, today: NaiveDate) -> Result<PersonFields, Vec<FieldProblem>> {
        let birth_date = optional_date(&self.birth_date, "birth_date");
        let expires_on = optional_date(&self.domiciliation_expires_on, "domiciliation_expires_on");
        let mut problems = problems([birth_date.clone().err(), expires_on.clone().err()]);
        // A date that does not parse is left out, so the other fields are
        // still checked and reported together with it.
        let (birth_date, expires_on) = (birth_date.ok().flatten(), expires_on.ok().flatten());
        let has_domiciliation = !self.domiciliation_organisation.trim().is_empty()
            || !self.domiciliation_address.trim().is_empty()
            || expires_on.is_some();
        let fields = PersonFields {
            // Names are kept exactly as typed, apart from surrounding spaces.
            family_name: self.family_name.trim().to_owned(),
            given_names: self.given_names.trim().to_owned(),
            alt_names: list(&self.alt_names, '\n'),
            birth_date,
            birth_place: self.birth_place.trim().to_owned(),
            nationality: self.nationality.trim().to_owned(),
            languages: list(&self.languages, ','),
            phone: self.phone.trim().to_owned(),
            email: self.email.trim().to_owned(),
            address: self.address.trim().to_owned(),
            domiciliation: has_domiciliation.then(|| Domiciliation {
                organisation: self.domiciliation_organisation.trim().to_owned(),
                address: self.domiciliation_address.trim().to_owned(),
                expires_on,
            }),
            notes: self.notes.trim_end().to_owned(),
        };
        problems.extend(fields.problems(today));
        if problems.is_empty() {
            Ok(fields)
        } else {
            Err(problems)
        }
    }

    /// The form pre-filled with a stored person, for editing.
    pub fn from_person(person: &Person) -> Self {
        let f = &person.fields;
        let dom = f.domiciliation.clone().unwrap_or_default();
        PersonForm {
            family_name: f.family_name.clone(),
            given_names: f.given_names.clone(),
            alt_names: f.alt_names.join("\n"),
            birth_date: french_date(f.birth_date),
            birth_place: f.birth_place.clone(),
            nationality: f.nationality.clone(),
            languages: f.languages.join(", "),
            phone: f.phone.clone(),
            email: f.email.clone(),
            address: f.address.clone(),
            domiciliation_organisation: dom.organisation,
            domiciliation_address: dom.address,
            domiciliation_expires_on: french_date(dom.expires_on),
            notes: f.notes.clone(),
        }
    }
}

/// A document as the UI sends it: the file's bytes and what the worker
/// said about it (expiry date as typed).
#[derive(Debug, Clone, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct DocumentForm {
    pub kind: String,
    pub title: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
    pub expires_on: String,
}

/// A document whose kind, size and expiry date passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidDocument {
    /// One of [`DOCUMENT_KINDS`].
    pub kind: String,
    pub title: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
    pub expires_on: Option<NaiveDate>,
}

impl DocumentForm {
    /// The document, or every problem found. `max_bytes` is the largest
    /// file the store keeps.
    pub fn to_document(&self, max_bytes: usize) -> Result<ValidDocument, Vec<FieldProblem>> {
        let kind = require(
            DOCUMENT_KINDS.contains(&self.kind.as_str()),
            "kind",
            "kind-unknown",
        );
        let size = require(
            !self.bytes.is_empty() && self.bytes.len() <= max_bytes,
            "file",
            "file-size",
        );
        let expires_on = optional_date(&self.expires_on, "expires_on");
        match (kind, size, expires_on) {
            (Ok(()), Ok(()), Ok(expires_on)) => Ok(ValidDocument {
                kind: self.kind.clone(),
                title: self.title.trim().to_owned(),
                media_type: self.media_type.clone(),
                bytes: self.bytes.clone(),
                expires_on,
            }),
            (kind, size, expires_on) => Err(problems([kind.err(), size.err(), expires_on.err()])),
        }
    }
}

/// An attempt of the evidence journal as the form sends it: date and time
/// as typed.
#[derive(Debug, Clone, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct AttemptForm {
    /// JJ/MM/AAAA (or ISO).
    pub date: String,
    /// HH:MM (or HHhMM).
    pub time: String,
    pub channel: String,
    pub outcome: String,
    pub screenshot_name: String,
    pub screenshot_type: String,
    pub screenshot: Vec<u8>,
}

/// An attempt whose every field passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidAttempt {
    pub on: NaiveDate,
    /// `HH:MM`.
    pub at: String,
    /// One of [`CHANNELS`].
    pub channel: String,
    /// What happened, without invisible characters.
    pub outcome: String,
    pub screenshot: Option<ValidScreenshot>,
}

/// The screenshot attached to an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidScreenshot {
    /// The file's name, without invisible characters.
    pub title: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
}

impl AttemptForm {
    /// The attempt, or every problem found. `today` refuses attempts dated
    /// in the future; `max_bytes` is the largest file the store keeps.
    pub fn to_attempt(
        &self,
        today: NaiveDate,
        max_bytes: usize,
    ) -> Result<ValidAttempt, Vec<FieldProblem>> {
        let on = match parse_date(&self.date) {
            None => Err(problem("date", "date-invalid")),
            Some(d) if d > today => Err(problem("date", "date-future")),
            Some(d) => Ok(d),
        };
        let at = parse_time(&self.time).ok_or_else(|| problem("time", "time-invalid"));
        let channel = require(
            CHANNELS.contains(&self.channel.as_str()),
            "channel",
            "channel-unknown",
        );
        let outcome = undisguised(&self.outcome);
        let outcome = if outcome.is_empty() {
            Err(problem("outcome", "required"))
        } else if outcome.chars().count() > MAX_OUTCOME_CHARS {
            Err(problem("outcome", "too-long"))
        } else {
            Ok(outcome)
        };
        let screenshot = self.screenshot(max_bytes);
        match (on, at, channel, outcome, screenshot) {
            (Ok(on), Ok(at), Ok(()), Ok(outcome), Ok(screenshot)) => Ok(ValidAttempt {
                on,
                at,
                channel: self.channel.clone(),
                outcome,
                screenshot,
            }),
            (on, at, channel, outcome, screenshot) => Err(problems([
                on.err(),
                at.err(),
                channel.err(),
                outcome.err(),
                screenshot.err(),
            ])),
        }
    }

    /// The attached file, if any: no file is no screenshot.
    fn screenshot(&self, max_bytes: usize) -> Result<Option<ValidScreenshot>, FieldProblem> {
        if self.screenshot.is_empty() {
            Ok(None)
        } else if self.screenshot.len() > max_bytes {
            Err(problem("screenshot", "file-size"))
        } else {
            Ok(Some(ValidScreenshot {
                title: undisguised(&self.screenshot_name),
                media_type: self.screenshot_type.clone(),
                bytes: self.screenshot.clone(),
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 10, 16).unwrap()
    }

    fn codes(problems: &[FieldProblem]) -> Vec<(&str, &str)> {
        problems.iter().map(|p| (p.field, p.code)).collect()
    }

    #[test]
    fn times_are_read_as_typed_in_france() {
        assert_eq!(parse_time("9:05").as_deref(), Some("09:05"));
        assert_eq!(parse_time("14h30").as_deref(), Some("14:30"));
        assert_eq!(parse_time("14h").as_deref(), Some("14:00"));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("midi"), None);
    }

    #[test]
    fn invisible_characters_cannot_disguise_an_account() {
        assert_eq!(
            undisguised("erreur\u{202E}txe\u{200B}\u{0007} 500\n"),
            "erreurtxe 500"
        );
        assert_eq!(undisguised("ligne 1\nligne 2"), "ligne 1\nligne 2");
    }

    #[test]
    fn an_attempt_reports_every_field_at_once_in_field_order() {
        let form = AttemptForm {
            date: "17/10/2026".into(),
            time: "midi".into(),
            channel: "pigeon".into(),
            outcome: " \u{200B} ".into(),
            screenshot: vec![0; 11],
            ..Default::default()
        };
        assert_eq!(
            codes(&form.to_attempt(today(), 10).unwrap_err()),
            [
                ("date", "date-future"),
                ("time", "time-invalid"),
                ("channel", "channel-unknown"),
                ("outcome", "required"),
                ("screenshot", "file-size"),
            ]
        );
    }

    #[test]
    fn a_valid_attempt_comes_back_as_written_out() {
        let form = AttemptForm {
            date: "16/10/2026".into(),
            time: "9h".into(),
            channel: "anef".into(),
            outcome: "erreur 500\u{202E}\n".into(),
            ..Default::default()
        };
        let attempt = form.to_attempt(today(), 10).unwrap();
        assert_eq!((attempt.on, attempt.at.as_str()), (today(), "09:00"));
        assert_eq!(attempt.outcome, "erreur 500");
        assert_eq!(attempt.screenshot, None);
    }

    #[test]
    fn a_document_reports_kind_size_and_date_in_field_order() {
        let form = DocumentForm {
            kind: "inconnu".into(),
            expires_on: "31/02/2027".into(),
            ..Default::default()
        };
        assert_eq!(
            codes(&form.to_document(10).unwrap_err()),
            [
                ("kind", "kind-unknown"),
                ("file", "file-size"),
                ("expires_on", "date-invalid"),
            ]
        );
        let form = DocumentForm {
            kind: "passeport".into(),
            title: "  Passeport ".into(),
            bytes: vec![1],
            ..Default::default()
        };
        let document = form.to_document(10).unwrap();
        assert_eq!(
            (document.title.as_str(), document.expires_on),
            ("Passeport", None)
        );
    }

    #[test]
    fn a_person_form_reports_dates_before_the_domain_rules() {
        let form = PersonForm {
            birth_date: "30/02/1990".into(),
            domiciliation_expires_on: "demain".into(),
            ..Default::default()
        };
        assert_eq!(
            codes(&form.to_fields(today()).unwrap_err()),
            [
                ("birth_date", "date-invalid"),
                ("domiciliation_expires_on", "date-invalid"),
                ("family_name", "name-required"),
            ]
        );
    }
}
