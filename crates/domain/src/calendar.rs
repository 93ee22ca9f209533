//! Holiday calendars: the public holidays of each zone and the working
//! days they leave, as the roll-forward of a deadline (CPC 642) needs them.
//!
//! Metropolitan France (L3133-1 Code du travail), Alsace-Moselle (Good
//! Friday, 26 December) and the overseas zones with their
//! abolition-of-slavery day. Holidays follow the history encoded by the
//! reference oracle (`jours-feries-france` 0.7.0, checked against it for
//! 1950–2100): 8 May only in 1953–1959 and from 1982, Saint-Martin's
//! abolition day moved from 27 to 28 May in 2018, La Réunion's 20 December
//! from 1981.

use std::str::FromStr;

use chrono::{Datelike, NaiveDate, Weekday};

/// A holiday calendar: metropolitan France, Alsace-Moselle, or an overseas
/// département or collectivité with its abolition-of-slavery day.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(into = "&'static str", try_from = "String")]
pub enum Zone {
    #[default]
    Metropole,
    AlsaceMoselle,
    Guadeloupe,
    Martinique,
    Guyane,
    Reunion,
    Mayotte,
    SaintBarthelemy,
    SaintMartin,
}

impl Zone {
    pub const ALL: [Zone; 9] = [
        Zone::Metropole,
        Zone::AlsaceMoselle,
        Zone::Guadeloupe,
        Zone::Martinique,
        Zone::Guyane,
        Zone::Reunion,
        Zone::Mayotte,
        Zone::SaintBarthelemy,
        Zone::SaintMartin,
    ];

    /// The identifier used on the command line and in files.
    pub fn code(self) -> &'static str {
        match self {
            Zone::Metropole => "metropole",
            Zone::AlsaceMoselle => "alsace-moselle",
            Zone::Guadeloupe => "guadeloupe",
            Zone::Martinique => "martinique",
            Zone::Guyane => "guyane",
            Zone::Reunion => "reunion",
            Zone::Mayotte => "mayotte",
            Zone::SaintBarthelemy => "saint-barthelemy",
            Zone::SaintMartin => "saint-martin",
        }
    }

    /// The abolition-of-slavery day of the zone in `year`, if any.
    fn abolition_day(self, year: i32) -> Option<NaiveDate> {
        let (month, day) = match self {
            Zone::Metropole | Zone::AlsaceMoselle => return None,
            Zone::Mayotte => (4, 27),
            Zone::Martinique => (5, 22),
            Zone::Guadeloupe => (5, 27),
            Zone::SaintMartin if year >= 2018 => (5, 28),
            Zone::SaintMartin => (5, 27),
            Zone::Guyane => (6, 10),
            Zone::SaintBarthelemy => (10, 9),
            Zone::Reunion if year >= 1981 => (12, 20),
            Zone::Reunion => return None,
        };
        NaiveDate::from_ymd_opt(year, month, day)
    }
}

impl From<Zone> for &'static str {
    fn from(z: Zone) -> Self {
        z.code()
    }
}

impl TryFrom<String> for Zone {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        s.parse()
    }
}

impl FromStr for Zone {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Zone::ALL
            .into_iter()
            .find(|z| z.code() == s)
            .ok_or_else(|| {
                format!(
                    "zone inconnue « {s} » (zones : {})",
                    Zone::ALL.map(Zone::code).join(", ")
                )
            })
    }
}

/// Easter Sunday of `year` (Gregorian computus, Meeus/Jones/Butcher).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("computus gives a real date")
}

/// A public holiday. Explanations carry its code; the worker reads its
/// name in their language (`holiday-<code>` in locales/*/deadlines.ftl).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Holiday {
    NewYear,
    EasterMonday,
    LabourDay,
    #[serde(rename = "victory-1945")]
    Victory1945,
    Ascension,
    WhitMonday,
    NationalDay,
    Assumption,
    AllSaints,
    #[serde(rename = "armistice-1918")]
    Armistice1918,
    Christmas,
    /// Alsace-Moselle only, with Saint Stephen's day.
    GoodFriday,
    SaintStephen,
    /// Overseas, on each département's own day (and 27 May in Mayotte…).
    AbolitionOfSlavery,
}

impl Holiday {
    pub const ALL: [Holiday; 14] = [
        Holiday::NewYear,
        Holiday::EasterMonday,
        Holiday::LabourDay,
        Holiday::Victory1945,
        Holiday::Ascension,
        Holiday::WhitMonday,
        Holiday::NationalDay,
        Holiday::Assumption,
        Holiday::AllSaints,
        Holiday::Armistice1918,
        Holiday::Christmas,
        Holiday::GoodFriday,
        Holiday::SaintStephen,
        Holiday::AbolitionOfSlavery,
    ];

    /// The wire code, also the end of its Fluent message name.
    pub fn code(self) -> &'static str {
        match self {
            Holiday::NewYear => "new-year",
            Holiday::EasterMonday => "easter-monday",
            Holiday::LabourDay => "labour-day",
            Holiday::Victory1945 => "victory-1945",
            Holiday::Ascension => "ascension",
            Holiday::WhitMonday => "whit-monday",
            Holiday::NationalDay => "national-day",
            Holiday::Assumption => "assumption",
            Holiday::AllSaints => "all-saints",
            Holiday::Armistice1918 => "armistice-1918",
            Holiday::Christmas => "christmas",
            Holiday::GoodFriday => "good-friday",
            Holiday::SaintStephen => "saint-stephen",
            Holiday::AbolitionOfSlavery => "abolition-of-slavery",
        }
    }
}

/// The public holidays of `year` in `zone`, in date order.
pub fn holidays(year: i32, zone: Zone) -> Vec<(NaiveDate, Holiday)> {
    let fixed = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d);
    let easter = easter(year);
    let from_easter = |days: i64| Some(easter + chrono::Duration::days(days));
    let mut out: Vec<(Option<NaiveDate>, Holiday)> = vec![
        (fixed(1, 1), Holiday::NewYear),
        (from_easter(1), Holiday::EasterMonday),
        (fixed(5, 1).filter(|_| year >= 1920), Holiday::LabourDay),
        (
            fixed(5, 8).filter(|_| (1953..=1959).contains(&year) || year >= 1982),
            Holiday::Victory1945,
        ),
        (from_easter(39), Holiday::Ascension),
        (from_easter(50), Holiday::WhitMonday),
        (fixed(7, 14), Holiday::NationalDay),
        (fixed(8, 15), Holiday::Assumption),
        (fixed(11, 1), Holiday::AllSaints),
        (fixed(11, 11), Holiday::Armistice1918),
        (fixed(12, 25), Holiday::Christmas),
    ];
    if zone == Zone::AlsaceMoselle {
        out.push((from_easter(-2), Holiday::GoodFriday));
        out.push((fixed(12, 26), Holiday::SaintStephen));
    }
    out.push((zone.abolition_day(year), Holiday::AbolitionOfSlavery));
    let mut days: Vec<(NaiveDate, Holiday)> = out
        .into_iter()
        .filter_map(|(d, n)| d.map(|d| (d, n)))
        .collect();
    days.sort();
    days
}

/// The holiday on `date` in `zone`, if it is one.
pub fn holiday(date: NaiveDate, zone: Zone) -> Option<Holiday> {
    holidays(date.year(), zone)
        .into_iter()
        .find(|(d, _)| *d == date)
        .map(|(_, h)| h)
}

/// Public holiday of metropolitan France (L3133-1 Code du travail).
pub fn is_public_holiday(date: NaiveDate) -> bool {
    holiday(date, Zone::Metropole).is_some()
}

/// Monday to Friday and not a public holiday of `zone`.
pub fn is_working_day_in(date: NaiveDate, zone: Zone) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && holiday(date, zone).is_none()
}

/// Monday to Friday and not a metropolitan public holiday.
pub fn is_working_day(date: NaiveDate) -> bool {
    is_working_day_in(date, Zone::Metropole)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_holidays_wire_code_is_the_end_of_its_message_name() {
        // The window looks up `holiday-<wire code>`; Rust `holiday-<code()>`.
        for h in Holiday::ALL {
            assert_eq!(serde_json::to_value(h).unwrap(), h.code(), "{h:?}");
        }
    }

    #[test]
    fn easter_matches_published_dates() {
        // Dates from the French calendar (independent of the computus).
        for (y, m, day) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
        ] {
            assert_eq!(Some(easter(y)), NaiveDate::from_ymd_opt(y, m, day));
        }
    }
}
