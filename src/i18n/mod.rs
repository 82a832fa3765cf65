//! The message catalogue: every sentence the tool says to a person, in Fluent
//! files a translator can edit without reading Rust (`locales/<lang>/*.ftl`,
//! embedded in the binary by `build.rs`).
//!
//! Code asks for a message by id, with its arguments, through [`tr!`](crate::tr):
//! `tr!(lang, "check-summary", briefs = 3)`. Plurals follow the CLDR rules of each
//! language (in French 0 and 1 are singular) through Fluent selectors; numbers
//! given as arguments are written by [`number`] (decimal comma and grouped
//! thousands in French). Adding a language: copy `locales/en` to
//! `locales/<code>`, translate, and add the code to [`Lang`]; the compiler then
//! points at the per-language data left (docs/glossary.md lists it).

pub(crate) mod number;

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

/// Every catalogue file: `(language code, file name, Fluent text)`.
pub(crate) const BUILTIN_LOCALES: &[(&str, &str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/builtin_locales.rs"));

/// The arguments of a message.
pub(crate) type Args<'a> = FluentArgs<'a>;

/// One language's messages.
type Bundle = FluentBundle<FluentResource>;

/// The bundles, one per language, in the order of [`Lang::ALL`].
fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.iter().map(|&lang| bundle(lang)).collect())
}

fn bundle(lang: Lang) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: the output goes to terminals,
    // files and CI logs, where they show as stray characters.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format_en,
        Lang::Fr => format_fr,
    }));
    for (code, _, text) in BUILTIN_LOCALES {
        if *code == lang.code() {
            // A file with a syntax error still gives its good messages; the
            // catalogue tests refuse any error.
            let resource = FluentResource::try_new((*text).to_owned())
                .unwrap_or_else(|(resource, _)| resource);
            let _ = bundle.add_resource(resource);
        }
    }
    bundle
}

fn format_en<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Lang::En)
}

fn format_fr<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Lang::Fr)
}

/// Numbers given as arguments: whole numbers grouped (`10 000`), others with the
/// decimals their options ask for (at most 2 by default).
fn format_number(value: &FluentValue, lang: Lang) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let decimals = n
        .options
        .maximum_fraction_digits
        .or(n.options.minimum_fraction_digits);
    Some(match decimals {
        Some(decimals) => number::decimal(n.value, decimals, lang),
        None if n.value.fract() == 0.0 => number::decimal(n.value, 0, lang),
        None => number::trimmed(n.value, 2, lang),
    })
}

/// The message `id` (or `id.attribute`) in `lang`, with its arguments. A message
/// missing in `lang` falls back to English, then to its id; a debug build (the
/// tests) panics instead, so a missing message or argument never ships.
pub(crate) fn message(lang: Lang, id: &str, args: Option<&Args>) -> String {
    match format(lang, id, args).or_else(|| format(Lang::En, id, args)) {
        Some(text) => text,
        None => {
            debug_assert!(false, "no message `{id}` in the catalogue");
            id.to_owned()
        }
    }
}

fn format(lang: Lang, id: &str, args: Option<&Args>) -> Option<String> {
    let index = Lang::ALL.iter().position(|&l| l == lang)?;
    let bundle = bundles().get(index)?;
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text: Cow<str> = bundle.format_pattern(pattern, args, &mut errors);
    debug_assert!(
        errors.is_empty(),
        "message `{id}` in {}: {errors:?}",
        lang.code()
    );
    Some(text.into_owned())
}

/// Whether the catalogue of `lang` has the message (or `message.attribute`).
pub(crate) fn has(lang: Lang, id: &str) -> bool {
    let Some(bundle) = Lang::ALL
        .iter()
        .position(|&l| l == lang)
        .and_then(|index| bundles().get(index))
    else {
        return false;
    };
    match id.split_once('.') {
        Some((message, attribute)) => bundle
            .get_message(message)
            .is_some_and(|m| m.get_attribute(attribute).is_some()),
        None => bundle.get_message(id).is_some_and(|m| m.value().is_some()),
    }
}

/// A message from the catalogue: `tr!(lang, "id")` or
/// `tr!(lang, "id", name = value, count = 3)`. Values are strings or numbers
/// (numbers select plurals and are written for the language).
#[doc(hidden)]
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr $(,)?) => {
        $crate::i18n::message($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message($lang, $id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
