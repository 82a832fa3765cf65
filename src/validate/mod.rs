//! Raw file contents to valid models (pure). Each file format has a `Raw*` serde
//! type with spans; validation collects every problem as a [`Diagnostic`] instead of
//! stopping at the first, and returns the valid model only when there is no error.

pub mod brief;
mod common;
pub mod criteria;
pub mod offer;
pub mod questionnaire;
pub mod shape;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Code, Diagnostic};
use crate::lang::{Lang, Text};

/// A text in French and English: `{ fr = "…", en = "…" }`.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawText {
    /// En français.
    fr: Option<String>,
    /// In English.
    en: Option<String>,
}

/// Checks a bilingual text: both translations present and not blank.
pub(crate) fn check_text(
    raw: &Spanned<RawText>,
    what: &str,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Text> {
    let text = raw.get_ref();
    let mut missing = Vec::new();
    if text.fr.as_deref().is_none_or(|s| s.trim().is_empty()) {
        missing.push("fr");
    }
    if text.en.as_deref().is_none_or(|s| s.trim().is_empty()) {
        missing.push("en");
    }
    if missing.is_empty() {
        return Some(Text {
            fr: text.fr.clone().unwrap_or_default(),
            en: text.en.clone().unwrap_or_default(),
        });
    }
    let list = missing.join(", ");
    diagnostics.push(
        Diagnostic::error(
            Code::MissingTranslation,
            match lang {
                Lang::En => format!("`{what}` lacks its translation: {list}"),
                Lang::Fr => format!("`{what}` n'a pas de traduction : {list}"),
            },
        )
        .at(raw.span())
        .label(lang.pick("expected both `fr` and `en`", "attendu : `fr` et `en`")),
    );
    None
}

/// Stable ids are kebab-case: lowercase ASCII letters and digits separated by single dashes.
pub(crate) fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Checks an id is kebab-case, pushing a diagnostic when not.
pub(crate) fn check_id(
    id: &Spanned<String>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    if is_kebab_case(id.get_ref()) {
        return true;
    }
    diagnostics.push(
        Diagnostic::error(
            Code::InvalidId,
            match lang {
                Lang::En => format!("`{}` is not a valid id", id.get_ref()),
                Lang::Fr => format!("`{}` n'est pas un identifiant valide", id.get_ref()),
            },
        )
        .at(id.span())
        .label(lang.pick(
            "expected kebab-case: lowercase letters, digits and dashes",
            "attendu : minuscules, chiffres et tirets (kebab-case)",
        )),
    );
    false
}

/// Parses TOML into a raw type, turning a syntax or shape error into a diagnostic.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Diagnostic> {
    toml::from_str(text).map_err(|error| Diagnostic::from_toml(&error))
}

#[cfg(test)]
mod number_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_case_ids() {
        assert!(is_kebab_case("ten-questions"));
        assert!(is_kebab_case("level-1"));
        assert!(!is_kebab_case("Ten"));
        assert!(!is_kebab_case("a_b"));
        assert!(!is_kebab_case("-a"));
        assert!(!is_kebab_case("a--b"));
        assert!(!is_kebab_case(""));
    }
}
