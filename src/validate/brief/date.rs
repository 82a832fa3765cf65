//! The project's date.

use toml::{Spanned, Value};

use crate::diag::{Code, Diagnostic};
use crate::lang::Lang;

/// The project's date (from a TOML date or a `YYYY-MM-DD` string), or `None`
/// after an error diagnostic in `diagnostics`.
pub(super) fn project_date(
    date: &Spanned<Value>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<jiff::civil::Date> {
    let text = match date.get_ref() {
        Value::String(s) => s.clone(),
        Value::Datetime(d) if d.date.is_some() && d.time.is_none() => d.to_string(),
        _ => String::new(),
    };
    if let Some(date) = parse_date(&text) {
        return Some(date);
    }
    let message = if text.is_empty() {
        crate::tr!(lang, "brief-invalid-date")
    } else {
        crate::tr!(lang, "brief-invalid-date-text", text = text.as_str())
    };
    diagnostics.push(
        Diagnostic::error(Code::InvalidDate, message)
            .at(date.span())
            .label(crate::tr!(lang, "brief-invalid-date-label")),
    );
    None
}

/// A calendar day written `YYYY-MM-DD` (ISO 8601), checked by jiff: `2026-02-30`
/// and `2025-02-29` are refused, `2024-02-29` is a leap day.
pub(crate) fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    let year: i16 = text[0..4].parse().ok()?;
    let month: i8 = text[5..7].parse().ok()?;
    let day: i8 = text[8..10].parse().ok()?;
    jiff::civil::Date::new(year, month, day).ok()
}

/// Whether `text` is a real calendar day written `YYYY-MM-DD`.
#[cfg(test)]
pub(crate) fn is_iso_date(text: &str) -> bool {
    parse_date(text).is_some()
}
