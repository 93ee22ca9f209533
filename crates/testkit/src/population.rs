//! A made-up population for benchmarks: family and given names as met at a
//! permanence (accents, diacritics, hyphenated and alternative spellings),
//! drawn by a seeded generator so every run builds the same people.
//!
//! Shared by the store benchmark (`crates/store/benches/store.rs`, a base in
//! the bench's memory) and the base the desktop app is measured on
//! (`crates/app/examples/seed_base.rs`), so both measure the same names and
//! the same search hits.

use chrono::NaiveDate;
use permanence_domain::PersonFields;

pub const FAMILY: &[&str] = &[
    "Diallo",
    "Traoré",
    "Koné",
    "Benali",
    "Haddad",
    "Nguyễn",
    "Öztürk",
    "Popescu",
    "Mohamed",
    "Camara",
    "Sow",
    "Ba",
    "Bah",
    "Cissé",
    "Keita",
    "Mendy",
    "Rahmani",
    "Bouzid",
    "Hakimi",
    "Okafor",
    "Mensah",
    "Kamara",
    "Sylla",
    "Touré",
    "Fofana",
    "Dembélé",
    "Yilmaz",
    "Kaya",
    "Ahmadi",
    "Hosseini",
    "Rezaei",
    "Karimi",
    "Mukendi",
    "Kabila",
    "Ilunga",
    "Ngoy",
];

pub const GIVEN: &[&str] = &[
    "Mohamed",
    "Fatoumata",
    "Awa",
    "Hélène",
    "Ibrahim",
    "Aïcha",
    "Mamadou",
    "Mariam",
    "Youssef",
    "Amina",
    "Oumar",
    "Khadija",
    "Moussa",
    "Aminata",
    "Ali",
    "Zeynep",
    "Ahmad",
    "Leïla",
    "Omar",
    "Nour",
    "Samuel",
    "Grace",
    "Joseph",
    "Esther",
    "Abdoulaye",
    "Binta",
    "Sékou",
    "Hawa",
];

/// The seed both benchmarks start from.
pub const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// Deterministic pseudo-random numbers (xorshift64*): no clock, no
/// entropy, the same sequence on every machine.
#[derive(Debug, Clone)]
pub struct Rng(pub u64);

impl Rng {
    pub fn draw(&mut self) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize
    }

    pub fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.draw() % list.len()]
    }
}

/// Person number `n` of the population: one family name (every seventh
/// hyphenated with « -Ba »), two given names, an alternative spelling for
/// every third, a birth date spread over fifty years, a short note.
pub fn person(n: usize, rng: &mut Rng) -> PersonFields {
    let family = rng.pick(FAMILY);
    PersonFields {
        family_name: format!("{family}{}", if n.is_multiple_of(7) { "-Ba" } else { "" }),
        given_names: format!("{} {}", rng.pick(GIVEN), rng.pick(GIVEN)),
        alt_names: if n.is_multiple_of(3) {
            vec![format!("{family}h")]
        } else {
            vec![]
        },
        birth_date: NaiveDate::from_ymd_opt(
            1960 + (n % 50) as i32,
            1 + (n % 12) as u32,
            1 + (n % 28) as u32,
        ),
        notes: "Suivi régulier.".into(),
        ..Default::default()
    }
}
