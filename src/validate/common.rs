//! Helpers shared by the criteria and offer validators.

use std::ops::Range;

use toml::Spanned;

use crate::diag::Diagnostic;
use crate::lang::{Lang, Text};

use crate::diag::Code;

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
        toml::Value::Integer(i) => return Ok(*i as f64),
        toml::Value::Float(f) if f.is_finite() => return Ok(*f),
        toml::Value::Float(f) => lang.pick(&format!("{f}"), &format!("{f}")).to_owned(),
        toml::Value::String(s) => lang
            .pick(
                &format!("the string \"{s}\""),
                &format!("la chaîne \"{s}\""),
            )
            .to_owned(),
        toml::Value::Boolean(b) => format!("{b}"),
        toml::Value::Datetime(d) => format!("{d}"),
        toml::Value::Array(_) => lang.pick("an array", "un tableau").to_owned(),
        toml::Value::Table(_) => lang.pick("a table", "une table").to_owned(),
    };
    Err(Diagnostic::error(
        Code::NotANumber,
        lang.pick(
            &format!("`{what}` must be a finite number, got {found}"),
            &format!("`{what}` doit être un nombre fini, pas {found}"),
        ),
    )
    .at(value.span())
    .label(lang.pick("expected a number", "un nombre est attendu")))
}

/// `unknown-criterion`, with the known ids as help.
pub(crate) fn unknown_criterion(
    id: &str,
    span: Range<usize>,
    known: &[&str],
    lang: Lang,
) -> Diagnostic {
    let known = known.join(", ");
    Diagnostic::error(
        Code::UnknownCriterion,
        lang.pick(
            &format!("unknown criterion `{id}`"),
            &format!("critère inconnu `{id}`"),
        ),
    )
    .at(span)
    .help(lang.pick(
        &format!("known criteria: {known}"),
        &format!("critères connus : {known}"),
    ))
}

/// A text in both languages: one string for both, or `{ fr = "…", en = "…" }`.
/// Pushes `missing-translation` or `invalid-text` and returns `None` otherwise.
pub(crate) fn bilingual(
    value: &Spanned<toml::Value>,
    what: &str,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Text> {
    match value.get_ref() {
        toml::Value::String(text) => return Some(Text::new(text.clone(), text.clone())),
        toml::Value::Table(table) if table.keys().all(|k| k == "fr" || k == "en") => {
            let get = |key: &str| {
                table
                    .get(key)
                    .and_then(toml::Value::as_str)
                    .filter(|s| !s.trim().is_empty())
            };
            match (get("en"), get("fr")) {
                (Some(en), Some(fr)) => return Some(Text::new(en, fr)),
                (en, _) => {
                    let missing = if en.is_none() { "en" } else { "fr" };
                    diagnostics.push(
                        Diagnostic::error(
                            Code::MissingTranslation,
                            lang.pick(
                                &format!("`{what}` lacks its translation: {missing}"),
                                &format!("`{what}` n'a pas de traduction : {missing}"),
                            ),
                        )
                        .at(value.span())
                        .label(lang.pick("expected both `fr` and `en`", "attendu : `fr` et `en`")),
                    );
                    return None;
                }
            }
        }
        _ => {}
    }
    diagnostics.push(
        Diagnostic::error(
            Code::InvalidText,
            lang.pick(
                &format!("`{what}` must be a string or {{ fr = \"…\", en = \"…\" }}"),
                &format!("`{what}` doit être une chaîne ou {{ fr = \"…\", en = \"…\" }}"),
            ),
        )
        .at(value.span()),
    );
    None
}
