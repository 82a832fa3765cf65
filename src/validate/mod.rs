//! Raw file contents to valid models (pure). Each file format has a `Raw*` serde
//! type with spans; validation collects every problem as a [`Diagnostic`] instead of
//! stopping at the first, and returns the valid model only when there is no error.

mod ahp_evaluators;
pub(crate) mod brief;
mod common;
pub(crate) mod criteria;
pub(crate) mod evaluation;
pub(crate) mod offer;
pub(crate) mod questionnaire;
mod score;
pub(crate) mod shape;

use toml::Spanned;

use crate::diag::{Code, Diagnostic};
use crate::lang::{Lang, Text};
use crate::tr;

/// Checks a questionnaire text: `{ fr = "…", en = "…" }`, both present and not blank.
/// The same helper as a criteria name's, without the plain-string form.
pub(crate) fn check_text(
    raw: &Spanned<toml::Value>,
    what: &str,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Text> {
    common::translated(raw, what, common::TextForm::Translated, lang, diagnostics)
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
            tr!(lang, "validate-invalid-id", id = id.get_ref().as_str()),
        )
        .at(id.span())
        .label(tr!(lang, "validate-invalid-id.label")),
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
