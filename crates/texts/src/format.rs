//! Formatting messages in a chosen language, for texts produced in Rust
//! (error messages, and later the letters and explanation sheets).

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use permanence_domain::Language;

use crate::{Catalog, REFERENCE_LOCALE, TextsError};

/// Ready-to-use bundles, one per language. Shareable between threads.
pub struct Texts {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Texts {
    /// Builds bundles from a catalogue, refusing one that fails
    /// [`Catalog::check`]: a broken translation must not ship.
    pub fn new(catalog: &Catalog) -> Result<Self, TextsError> {
        let problems = catalog.check();
        if !problems.is_empty() {
            return Err(TextsError::Invalid(problems));
        }
        let mut bundles = HashMap::new();
        for locale in catalog.locales() {
            let langid: unic_langid::LanguageIdentifier = locale
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Placeables are wrapped in FSI…PDI (Unicode bidi isolation) so a
            // Latin name inside an Arabic sentence keeps its own direction.
            bundle.set_use_isolating(true);
            for source in catalog.sources().iter().filter(|s| s.locale == locale) {
                let resource = FluentResource::try_new(source.text.clone())
                    .map_err(|_| TextsError::Invalid(catalog.check()))?;
                bundle
                    .add_resource(resource)
                    .map_err(|_| TextsError::Invalid(catalog.check()))?;
            }
            bundles.insert(locale.to_owned(), bundle);
        }
        Ok(Texts { bundles })
    }

    /// The texts compiled into this binary.
    pub fn embedded() -> Result<Self, TextsError> {
        Texts::new(&Catalog::embedded())
    }

    /// Formats `key` in `language`, with string arguments. Falls back to
    /// French, then to the key itself, so a gap never hides the whole text.
    pub fn format(&self, language: Language, key: &str, args: &[(&str, &str)]) -> String {
        self.format_counting(language, key, None, args)
    }

    /// As [`Texts::format`], with `count` passed as a number so plural
    /// variants (`[one]`, `*[other]`) follow the language's rules.
    pub fn format_counting(
        &self,
        language: Language,
        key: &str,
        count: Option<(&str, u64)>,
        args: &[(&str, &str)],
    ) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        if let Some((name, n)) = count {
            fluent_args.set(name, fluent_bundle::FluentValue::from(n as f64));
        }
        for locale in [language.code(), REFERENCE_LOCALE] {
            let Some(bundle) = self.bundles.get(locale) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
        key.to_owned()
    }
}
