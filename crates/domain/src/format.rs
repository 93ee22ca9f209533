//! Dates and amounts written out for people, the way each language writes
//! them: « 1er octobre 2026 », "1 October 2026", « 1 أكتوبر 2026 »;
//! « 1 234,50 € ». Fluent does not localise dates or numbers, so letters and
//! explanation sheets receive these strings ready-made.

use chrono::{Datelike, NaiveDate};

use crate::Language;

/// The French month names, as dates are written out in letters.
pub const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
// The month names of Modern Standard Arabic as printed in most of the
// Arab world (يناير, فبراير…), understood across the dialects of our
// beneficiaries; digits stay Western, as on their French papers.
const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// A date in words: `1er octobre 2026` (French writes the first day as an
/// ordinal), `1 October 2026`, `1 أكتوبر 2026` (Western digits, as on French
/// papers, so the person can match the dates).
pub fn long_date(date: NaiveDate, language: Language) -> String {
    let month = date.month0() as usize;
    let day = date.day();
    match language {
        Language::French if day == 1 => format!("1er {} {}", MONTHS_FR[month], date.year()),
        Language::French => format!("{day} {} {}", MONTHS_FR[month], date.year()),
        Language::English => format!("{day} {} {}", MONTHS_EN[month], date.year()),
        Language::Arabic => format!("{day} {} {}", MONTHS_AR[month], date.year()),
    }
}

/// Narrow no-break space: the French thousands separator, and the space
/// before the euro sign, so « 1 234,50 € » never breaks across lines.
const NNBSP: char = '\u{202F}';

/// An amount in euros, French style: `1 234,50 €`; whole amounts without
/// decimals (`300 €`). Cents are rounded to the nearest.
pub fn euros(amount: f64) -> String {
    let cents = (amount * 100.0).round() as i64;
    let (sign, cents) = if cents < 0 {
        ("-", -cents)
    } else {
        ("", cents)
    };
    let units = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push(NNBSP);
        }
        grouped.push(c);
    }
    match cents % 100 {
        0 => format!("{sign}{grouped}{NNBSP}€"),
        c => format!("{sign}{grouped},{c:02}{NNBSP}€"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn french_dates_use_the_ordinal_first_day_and_lowercase_months() {
        assert_eq!(
            long_date(d(2026, 10, 1), Language::French),
            "1er octobre 2026"
        );
        assert_eq!(long_date(d(2026, 8, 15), Language::French), "15 août 2026");
        assert_eq!(
            long_date(d(2026, 10, 1), Language::English),
            "1 October 2026"
        );
        assert_eq!(long_date(d(2026, 10, 1), Language::Arabic), "1 أكتوبر 2026");
    }

    #[test]
    fn amounts_are_grouped_with_unbreakable_spaces() {
        assert_eq!(euros(1234.5), "1\u{202F}234,50\u{202F}€");
        assert_eq!(euros(300.0), "300\u{202F}€");
        assert_eq!(euros(1_000_000.0), "1\u{202F}000\u{202F}000\u{202F}€");
        assert_eq!(euros(-12.345), "-12,35\u{202F}€");
        assert_eq!(euros(0.07), "0,07\u{202F}€");
    }
}
