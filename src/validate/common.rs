//! Helpers shared by the validators of every file kind, so that the same mistake
//! gets the same code and message wherever it is made.

use std::ops::Range;

use toml::Spanned;

use crate::diag::{Code, Diagnostic};
use crate::lang::{Lang, Text};
use crate::tr;

/// True when a file holds nothing but blank lines and `#` comments.
pub(crate) fn is_blank(text: &str) -> bool {
    text.lines()
        .all(|line| line.trim().is_empty() || line.trim_start().starts_with('#'))
}

/// A number as a diagnostic writes it: up to 6 decimals, for the reader's language.
pub(crate) fn num(value: f64, lang: Lang) -> String {
    crate::i18n::number::trimmed(value, 6, lang)
}

/// A finite number (TOML integer or float), or a `not-a-number` diagnostic naming `what`.
pub(crate) fn number(
    value: &Spanned<toml::Value>,
    lang: Lang,
    what: &str,
) -> Result<f64, Diagnostic> {
    let found = match value.get_ref() {
        // i64 -> f64 rounds above 2^53, far beyond any figure in these files.
        #[allow(clippy::cast_precision_loss)]
        toml::Value::Integer(i) => return Ok(*i as f64),
        toml::Value::Float(f) if f.is_finite() => return Ok(*f),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::String(s) => tr!(lang, "validate-found-string", value = s.as_str()),
        toml::Value::Boolean(b) => b.to_string(),
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::Array(_) => tr!(lang, "validate-found-array"),
        toml::Value::Table(_) => tr!(lang, "validate-found-table"),
    };
    Err(Diagnostic::error(
        Code::NotANumber,
        tr!(lang, "validate-not-a-number", key = what, found = found),
    )
    .at(value.span())
    .label(tr!(lang, "validate-not-a-number.label")))
}

/// `unknown-criterion`, with the known ids as help.
pub(crate) fn unknown_criterion(
    id: &str,
    span: Range<usize>,
    known: &[&str],
    lang: Lang,
) -> Diagnostic {
    Diagnostic::error(
        Code::UnknownCriterion,
        tr!(lang, "validate-unknown-criterion", id = id),
    )
    .at(span)
    .help(crate::suggest::hint_before(
        tr!(
            lang,
            "validate-unknown-criterion.help",
            known = known.join(", ")
        ),
        id,
        known,
        lang,
    ))
}

/// Which ways of writing a translated text a key accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextForm {
    /// Only `{ fr = "…", en = "…" }` (questionnaires: every text is translated).
    Translated,
    /// Also one plain string, used for both languages (criteria names and units).
    PlainAllowed,
}

/// A text in both languages, written `{ fr = "…", en = "…" }` (or, when `form`
/// allows it, one string for both). Otherwise pushes `missing-translation` (a
/// translation absent or blank) or `invalid-text` (anything else) and returns `None`.
pub(crate) fn translated(
    value: &Spanned<toml::Value>,
    what: &str,
    form: TextForm,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Text> {
    match value.get_ref() {
        toml::Value::String(text) if form == TextForm::PlainAllowed => {
            return Some(Text::new(text.clone(), text.clone()));
        }
        toml::Value::Table(table) if table.keys().all(|k| k == "fr" || k == "en") => {
            let get = |key: &str| {
                table
                    .get(key)
                    .and_then(toml::Value::as_str)
                    .filter(|s| !s.trim().is_empty())
            };
            let (fr, en) = (get("fr"), get("en"));
            if let (Some(fr), Some(en)) = (fr, en) {
                return Some(Text::new(en, fr));
            }
            let missing: Vec<&str> = [("fr", fr), ("en", en)]
                .iter()
                .filter(|(_, text)| text.is_none())
                .map(|(key, _)| *key)
                .collect();
            diagnostics.push(
                Diagnostic::error(
                    Code::MissingTranslation,
                    tr!(
                        lang,
                        "validate-missing-translation",
                        key = what,
                        missing = missing.join(", ")
                    ),
                )
                .at(value.span())
                .label(tr!(lang, "validate-missing-translation.label")),
            );
            return None;
        }
        _ => {}
    }
    let message = match form {
        TextForm::Translated => tr!(lang, "validate-invalid-text-translated", key = what),
        TextForm::PlainAllowed => tr!(lang, "validate-invalid-text-plain", key = what),
    };
    diagnostics.push(
        Diagnostic::error(Code::InvalidText, message)
            .at(value.span())
            .label(tr!(lang, "validate-invalid-text")),
    );
    None
}
