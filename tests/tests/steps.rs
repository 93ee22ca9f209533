//! A deadline's explanation is data ([`Step`]s) said in the worker's
//! language twice: by Rust (`crates/texts/src/steps.rs`, for the calendar
//! file and the CLI) and by the window (`ui/src/screens/DeadlineParts.tsx`).
//! This test writes the sentences Rust gives for a set of steps covering
//! every kind and variant into `ui/src/testing/steps.fixture.json`; the
//! Vitest `steps.test.ts` checks the window gives the same ones. A stale
//! fixture fails here (`UPDATE_BINDINGS=1 cargo test -p permanence-tests
//! --test steps` rewrites it). It also checks that every code a démarche
//! file or the calendar can put in a step has its message.

use chrono::NaiveDate;
use permanence_domain::{Distance, Holiday, Language, Origin, Skipped, Step, Unit};
use permanence_procedures::load::Entry;
use permanence_texts::Texts;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// One step of each kind, each variant of a kind (distance, missing day,
/// each unit and origin), and every holiday skipped once.
fn steps() -> Vec<Step> {
    let count = |event: &str, amount, unit, distance, end, missing_day| Step::Count {
        event: event.into(),
        start: day(2025, 12, 30),
        amount,
        unit,
        distance,
        end,
        missing_day,
    };
    let mut steps = vec![
        count(
            "notification",
            2,
            Unit::Months,
            None,
            day(2026, 2, 28),
            Some(30),
        ),
        count(
            "refusal-notified",
            15,
            Unit::Days,
            None,
            day(2026, 1, 14),
            None,
        ),
        count(
            "acknowledgement",
            3,
            Unit::WorkingDays,
            None,
            day(2026, 1, 5),
            None,
        ),
        count(
            "notification",
            2,
            Unit::Months,
            Some(Distance::Overseas),
            day(2026, 3, 30),
            None,
        ),
        count(
            "notification",
            1,
            Unit::Months,
            Some(Distance::Abroad),
            day(2026, 3, 31),
            Some(30),
        ),
        count(
            "implicit-rejection",
            1,
            Unit::Days,
            None,
            day(2025, 12, 31),
            None,
        ),
        Step::Franc {
            end: day(2026, 3, 2),
        },
        Step::FrancAfterMonthEnd,
        Step::MovedForward {
            skipped: vec![
                Skipped {
                    day: day(2026, 2, 28),
                    holiday: None,
                },
                Skipped {
                    day: day(2026, 3, 1),
                    holiday: None,
                },
            ],
            due: day(2026, 3, 2),
        },
        Step::Suspended {
            reason: "conciliation".into(),
            from: day(2026, 1, 10),
            until: day(2026, 2, 9),
            days_left: 1,
            end: day(2026, 2, 10),
        },
        Step::Suspended {
            reason: "conciliation".into(),
            from: day(2026, 1, 10),
            until: day(2026, 2, 9),
            days_left: 31,
            end: day(2026, 3, 12),
        },
        Step::SuspensionRunning {
            reason: "conciliation".into(),
            since: day(2026, 1, 10),
        },
        Step::NotEnforceable {
            ceiling: day(2027, 8, 6),
            act_by: day(2026, 10, 6),
        },
    ];
    for (origin, unit, amount) in [
        (Origin::Answer, Unit::Days, 0),
        (Origin::LetterSent, Unit::WorkingDays, 3),
        (Origin::LetterReceived, Unit::Days, 1),
        (Origin::Deadline, Unit::Months, 2),
    ] {
        steps.push(Step::Assumed {
            event: "acknowledgement".into(),
            assumed: day(2026, 1, 5),
            origin,
            base: day(2025, 12, 30),
            amount,
            unit,
        });
    }
    // Every holiday, on the day it falls in 2026 (the date only matters
    // to the sentence, not to the calendar).
    for (i, holiday) in Holiday::ALL.iter().enumerate() {
        steps.push(Step::MovedForward {
            skipped: vec![Skipped {
                day: day(2026, 1 + (i as u32 % 12), 1 + i as u32),
                holiday: Some(*holiday),
            }],
            due: day(2026, 12, 31),
        });
    }
    steps
}

fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn fixture() -> String {
    let texts = Texts::embedded().expect("the shipped texts are valid");
    let entries: Vec<serde_json::Value> = steps()
        .iter()
        .map(|step| {
            let mut entry = serde_json::json!({ "step": step });
            for language in Language::ALL {
                entry[language.code()] = plain(texts.step(language, step)).into();
            }
            entry
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&entries).unwrap();
    out.push('\n');
    out
}

#[test]
fn the_fixture_of_step_sentences_is_what_rust_says() {
    permanence_testkit::generated_for_the_window(
        "ui/src/testing/steps.fixture.json",
        &fixture(),
        std::env::var_os("UPDATE_BINDINGS").is_some(),
        "cargo test -p permanence-tests --test steps\n\
         then `npx vitest run src/steps.test.ts` in ui/ to see whether the window still agrees.",
    );
}

#[test]
fn every_sentence_is_translated_and_fills_every_placeholder() {
    let texts = Texts::embedded().unwrap();
    for step in steps() {
        let french = plain(texts.step(Language::French, &step));
        for language in Language::ALL {
            let text = plain(texts.step(language, &step));
            // An unknown message comes back as its key; a missing argument
            // as `{$name}`.
            assert!(
                !text.contains("deadline-") && !text.contains("holiday-") && !text.contains('{'),
                "{language:?} {step:?}: {text}"
            );
            if language != Language::French {
                assert_ne!(
                    text, french,
                    "{language:?} says the French sentence for {step:?}"
                );
            }
        }
    }
}

#[test]
fn every_event_reason_and_holiday_a_step_can_name_has_its_message() {
    let texts = Texts::embedded().unwrap();
    let has = |key: &str| texts.format(Language::French, key, &[]) != key;
    let catalogue = permanence_testkit::shipped_catalogue(&["fr"]);
    let mut missing = Vec::new();
    let mut seen = 0;
    for entry in &catalogue.entries {
        let Entry::Available(procedure) = entry else {
            continue;
        };
        for rule in &procedure.deadlines {
            seen += 1;
            let key = format!("deadline-event-{}", rule.event);
            if !has(&key) {
                missing.push(format!("{}: {} → {key}", procedure.id, rule.id));
            }
            if let Some(suspend) = &rule.suspend {
                let key = format!("deadline-suspension-{}", suspend.reason);
                if !has(&key) {
                    missing.push(format!("{}: {} → {key}", procedure.id, rule.id));
                }
            }
        }
    }
    for holiday in Holiday::ALL {
        let key = format!("holiday-{}", holiday.code());
        if !has(&key) {
            missing.push(key);
        }
    }
    assert!(seen > 10, "only {seen} deadline rules in the catalogue");
    assert!(
        missing.is_empty(),
        "messages missing from locales/fr/deadlines.ftl: {missing:#?}"
    );
}
