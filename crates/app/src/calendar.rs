//! Deadlines as an iCalendar file (RFC 5545), for Thunderbird, Outlook or
//! Google Calendar: one all-day event per deadline, with a reminder the day
//! before. The UID is stable (dossier and rule), so importing a newer file
//! updates the events instead of duplicating them.

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};
use permanence_store::DueItem;

use crate::{App, AppError};

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character
/// (§3.1), and ends it with CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// One event of the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    pub uid: String,
    pub day: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// The calendar file; `stamp` is the caller's instant (`YYYYMMDDTHHMMSSZ`).
pub fn to_ics(events: &[CalendarEvent], stamp: &str) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Permanence//Echeances//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        line(&mut out, l);
    }
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", text(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", e.day.format("%Y%m%d")),
        );
        line(
            &mut out,
            &format!(
                "DTEND;VALUE=DATE:{}",
                (e.day + Days::new(1)).format("%Y%m%d")
            ),
        );
        line(&mut out, &format!("SUMMARY:{}", text(&e.summary)));
        line(&mut out, &format!("DESCRIPTION:{}", text(&e.description)));
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "BEGIN:VALARM");
        line(&mut out, "ACTION:DISPLAY");
        line(&mut out, &format!("DESCRIPTION:{}", text(&e.summary)));
        line(&mut out, "TRIGGER:-P1D");
        line(&mut out, "END:VALARM");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

impl App {
    fn calendar_events(&self, items: &[DueItem]) -> Vec<CalendarEvent> {
        let language = self.settings().map(|s| s.language).unwrap_or_default();
        items
            .iter()
            .map(|i| {
                let label = self.deadline_label(i, language);
                let name = format!("{} {}", i.given_names, i.family_name);
                let provisional = if i.deadline.provisional {
                    " (provisoire)"
                } else {
                    ""
                };
                CalendarEvent {
                    uid: format!(
                        "deadline-{}-{}@permanence.invalid",
                        i.dossier_id, i.deadline.rule_id
                    ),
                    day: i.deadline.due_on,
                    summary: format!("{} — {}{provisional}", name.trim(), label),
                    description: self
                        .texts
                        .steps(language, &i.deadline.explanation)
                        .join(" ; "),
                }
            })
            .collect()
    }

    /// The calendar of one dossier's deadlines, or of every open dossier's
    /// (from `today` on), as an .ics text.
    pub fn calendar(
        &self,
        dossier_id: Option<i64>,
        today: NaiveDate,
        stamp: &str,
    ) -> Result<String, AppError> {
        let items: Vec<DueItem> = self
            .with_store(|s| {
                s.deadlines_due(today - Days::new(crate::OVERDUE_DAYS), None, 10_000, false)
            })?
            .into_iter()
            .filter(|i| dossier_id.is_none_or(|d| i.dossier_id == d))
            .collect();
        Ok(to_ics(&self.calendar_events(&items), stamp))
    }

    /// Writes the calendar into `dir` (never over another file); returns
    /// the path.
    pub fn save_calendar(
        &self,
        dossier_id: Option<i64>,
        today: NaiveDate,
        stamp: &str,
        dir: &Path,
    ) -> Result<PathBuf, AppError> {
        let ics = self.calendar(dossier_id, today, stamp)?;
        let stem = match dossier_id {
            Some(id) => format!("{today}-echeances-dossier-{id}"),
            None => format!("{today}-echeances"),
        };
        crate::letters::write_new_file(dir, &stem, "ics", ics.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_without_cutting_a_character() {
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            format!("SUMMARY:{}", "é".repeat(60))
        );
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
