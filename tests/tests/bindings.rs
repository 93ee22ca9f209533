//! The contract with the window, written once: the TypeScript declarations
//! of every type the shell sends or receives, and the fixed vocabularies
//! (zones, languages, document kinds, audit actions, channels, statuses,
//! settings ranges…), generated from the Rust side into
//! `ui/src/bindings.ts`. This test fails when that file is not what the
//! Rust types give (`UPDATE_BINDINGS=1 cargo test -p permanence-tests
//! --test bindings` rewrites it); `tsc` (the UI build in the README's test
//! command) then fails wherever the window no longer matches.

use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet};

use permanence_app::view;
use ts_rs::{TS, TypeVisitor};

/// Collects the declaration of a type and, recursively, of every type it
/// uses (primitives and containers have none and are only walked through).
#[derive(Default)]
struct Declarations {
    seen: BTreeSet<String>,
    ids: Vec<TypeId>,
    decls: BTreeMap<String, String>,
}

impl TypeVisitor for Declarations {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        let id = TypeId::of::<T>();
        if self.ids.contains(&id) {
            return;
        }
        self.ids.push(id);
        if T::output_path().is_some() {
            let name = T::ident();
            let decl = T::decl();
            // serde_json's Value and Map are both `JsonValue`: the same
            // declaration twice is one type.
            if self.seen.insert(name.clone()) {
                self.decls.insert(name, decl);
            } else {
                assert_eq!(
                    self.decls[&name], decl,
                    "two Rust types are both called `{name}` in TypeScript: rename one with #[ts(rename)]"
                );
            }
        }
        T::visit_generics(self);
        T::visit_dependencies(self);
    }
}

/// `export const NAME = [...] as const;` from strings.
fn list(name: &str, doc: &str, items: &[&str]) -> String {
    let items: Vec<String> = items
        .iter()
        .map(|s| serde_json::to_string(s).unwrap())
        .collect();
    format!(
        "/** {doc} */\nexport const {name} = [{}] as const;\n",
        items.join(", ")
    )
}

fn number(name: &str, doc: &str, value: impl std::fmt::Display) -> String {
    format!("/** {doc} */\nexport const {name} = {value};\n")
}

fn range(name: &str, doc: &str, r: &std::ops::RangeInclusive<u32>) -> String {
    format!(
        "/** {doc} */\nexport const {name} = {{ min: {}, max: {} }} as const;\n",
        r.start(),
        r.end()
    )
}

/// The string serde writes for a value (an enum's name on the wire).
fn wire<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .unwrap()
        .as_str()
        .expect("a fieldless enum is written as a string")
        .to_owned()
}

fn bindings() -> String {
    let mut d = Declarations::default();
    view::visit_all(&mut d);
    // Language and Zone are written as their codes (`serde(into)`), which
    // ts-rs cannot see: their declarations are the codes themselves.
    let union = |codes: &[String]| {
        codes
            .iter()
            .map(|c| serde_json::to_string(c).unwrap())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let zone_codes: Vec<String> = permanence_domain::Zone::ALL.iter().map(wire).collect();
    let language_codes: Vec<String> = permanence_domain::Language::ALL.iter().map(wire).collect();
    d.decls.insert(
        "Language".into(),
        format!("type Language = {};", union(&language_codes)),
    );
    d.decls.insert(
        "Zone".into(),
        format!("type Zone = {};", union(&zone_codes)),
    );
    let mut out = String::from(
        "// Generated from the Rust types by tests/tests/bindings.rs — do not edit.\n\
         // Regenerate: UPDATE_BINDINGS=1 cargo test -p permanence-tests --test bindings\n\
         // Integers are SQLite row ids and counts, far below 2^53: numbers.\n\n",
    );
    for decl in d.decls.values() {
        // ts-rs maps i64 to bigint; JSON.parse gives numbers.
        let decl = decl.replace("bigint", "number");
        out.push_str("export ");
        out.push_str(&decl);
        out.push('\n');
    }
    out.push('\n');
    let zones: Vec<String> = permanence_domain::Zone::ALL.iter().map(wire).collect();
    let zones: Vec<&str> = zones.iter().map(String::as_str).collect();
    let languages: Vec<String> = permanence_domain::Language::ALL
        .iter()
        .map(|l| l.code().to_owned())
        .collect();
    let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
    let departements: Vec<String> = permanence_procedures::courts::DEPARTEMENTS
        .iter()
        .map(|d| format!("{} ({})", d.name, d.code))
        .collect();
    let departements: Vec<&str> = departements.iter().map(String::as_str).collect();
    for part in [
        list(
            "ZONES",
            "Holiday calendars of deadlines (Paramètres).",
            &zones,
        ),
        list(
            "LANGUAGES",
            "Languages of the interface and of the sheets.",
            &languages,
        ),
        list(
            "DOCUMENT_KINDS",
            "Kinds of a person's documents (data: assets/vocabulary/document-kinds.txt).",
            &permanence_domain::DOCUMENT_KINDS,
        ),
        list(
            "AUDIT_ACTIONS",
            "Every action the audit journal records (each has `audit-action-<action>` in every locale).",
            permanence_store::AUDIT_ACTIONS,
        ),
        list(
            "JOURNAL_CHANNELS",
            "Channels of an attempt in the evidence journal.",
            permanence_domain::CHANNELS,
        ),
        list(
            "THEMES",
            "Themes of the catalogue of démarches (data: assets/vocabulary/themes.txt).",
            &permanence_procedures::model::THEMES,
        ),
        list(
            "DEPARTEMENTS",
            "Suggestions for a `departement` question, as the courts data reads them (data: assets/courts/departements.txt).",
            &departements,
        ),
        list(
            "DEADLINE_MEANINGS",
            "What a deadline's date is.",
            permanence_procedures::model::DEADLINE_MEANINGS,
        ),
        list(
            "LETTER_STATUSES",
            "A frozen letter: printed, then sent, then received.",
            permanence_store::LETTER_STATUSES,
        ),
        number(
            "JOURNAL_MIN_WEEKS",
            "Different calendar weeks of attempts before the journal stops warning.",
            permanence_domain::MIN_WEEKS,
        ),
        number(
            "MAX_OUTCOME_CHARS",
            "Longest « what happened » of an attempt.",
            permanence_domain::MAX_OUTCOME_CHARS,
        ),
        number(
            "MIN_PIN_CHARS",
            "Shortest PIN of a worker profile.",
            permanence_app::MIN_PIN_CHARS,
        ),
        number(
            "MAX_WORKER_NAME_CHARS",
            "Longest name of a worker profile.",
            permanence_app::MAX_WORKER_NAME_CHARS,
        ),
        number(
            "MIN_PASSPHRASE_CHARS",
            "Shortest passphrase accepted.",
            permanence_domain::MIN_PASSPHRASE_CHARS,
        ),
        number(
            "FREE_UNLOCK_ATTEMPTS",
            "Wrong passphrases or PINs before a wait.",
            permanence_domain::FREE_ATTEMPTS,
        ),
        number(
            "MAX_UNLOCK_DELAY_SECONDS",
            "Longest wait after wrong passphrases or PINs.",
            permanence_domain::MAX_UNLOCK_DELAY_SECONDS,
        ),
        number(
            "RECENT_AUDIT_LIMIT",
            "Entries of the whole journal shown in Paramètres.",
            permanence_app::RECENT_AUDIT_LIMIT,
        ),
        number(
            "ENCLOSURES_ANSWER",
            "The answers' key holding the worker's own enclosures.",
            serde_json::to_string(permanence_procedures::model::ENCLOSURES_ANSWER).unwrap(),
        ),
        range(
            "REMINDER_DAYS_RANGE",
            "Reminders of deadlines due within this many days.",
            &permanence_domain::REMINDER_DAYS_RANGE,
        ),
        range(
            "LOCK_MINUTES_RANGE",
            "Minutes without input before locking.",
            &permanence_domain::LOCK_MINUTES_RANGE,
        ),
        range(
            "RETENTION_MONTHS_RANGE",
            "Months a closed dossier is kept before review.",
            &permanence_domain::RETENTION_MONTHS_RANGE,
        ),
    ] {
        out.push_str(&part);
    }
    out.push_str(
        "/** What a deadline's date is (one of DEADLINE_MEANINGS). */\n\
         export type DeadlineMeaning = (typeof DEADLINE_MEANINGS)[number];\n",
    );
    out
}

#[test]
fn the_windows_types_are_generated_from_the_rust_ones() {
    permanence_testkit::generated_for_the_window(
        "ui/src/bindings.ts",
        &bindings(),
        std::env::var_os("UPDATE_BINDINGS").is_some(),
        "cargo test -p permanence-tests --test bindings\n\
         then `npm run build --workspace ui` to see where the window must follow.",
    );
}
