//! Numbers as a reader of each language expects them, through one formatter that
//! every human output uses, so a figure is rounded the same way everywhere.
//!
//! English: `83.5`, `13.3%`, `10,000`. French: `83,5`, `13,3 %` (no-break space
//! before `%`) and `10 000` (narrow no-break space between thousands). Machine
//! formats (JSON, CSV, SARIF, JUnit) write plain numbers and never come here.

use crate::lang::Lang;

/// Narrow no-break space, the French thousands separator.
const NARROW_NBSP: char = '\u{202f}';
/// No-break space, before `%` and high punctuation in French.
pub(crate) const NBSP: char = '\u{a0}';

/// Rounds half away from zero (`62.5` -> `63`), as people expect; `format!`
/// alone rounds half to even. Never returns `-0`.
pub(crate) fn round(value: f64, decimals: usize) -> f64 {
    let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(9));
    let rounded = (value * scale).round() / scale;
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// The decimal mark: `.` in English, `,` in French.
pub(crate) fn decimal_point(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Fr => ',',
    }
}

/// Between groups of three digits: `,` in English, a narrow no-break space in French.
pub(crate) fn group_separator(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        Lang::Fr => NARROW_NBSP,
    }
}

/// `value` with exactly `decimals` decimals and grouped thousands.
pub(crate) fn decimal(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let text = format!("{:.decimals$}", round(value, decimals));
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let (group, point) = (group_separator(lang), decimal_point(lang));
    let mut out = String::with_capacity(text.len() + whole.len() / 3);
    out.push_str(sign);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push(point);
        out.push_str(fraction);
    }
    out
}

/// `value` with at most `decimals` decimals, trailing zeros dropped: `3`, `0,25`.
pub(crate) fn trimmed(value: f64, decimals: usize, lang: Lang) -> String {
    let text = decimal(value, decimals, lang);
    let point = decimal_point(lang);
    if text.contains(point) {
        text.trim_end_matches('0')
            .trim_end_matches(point)
            .to_owned()
    } else {
        text
    }
}

/// A difference with its sign: `+22.9`, `-3`, and `0` without a sign.
pub(crate) fn signed(value: f64, decimals: usize, lang: Lang) -> String {
    let text = decimal(value, decimals, lang);
    if round(value, decimals) > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// A share (0..=1) as a percentage with `decimals` decimals: `13.3%` / `13,3 %`.
pub(crate) fn percent(share: f64, decimals: usize, lang: Lang) -> String {
    with_percent_sign(decimal(share * 100.0, decimals, lang), lang)
}

/// A share as a percentage with one decimal only when it is not whole, as weights
/// are shown: `30%`, `13.3%` / `30 %`, `13,3 %`.
pub(crate) fn percent_tenths(share: f64, lang: Lang) -> String {
    with_percent_sign(trimmed(share * 100.0, 1, lang), lang)
}

fn with_percent_sign(number: String, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{number}%"),
        Lang::Fr => format!("{number}{NBSP}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_and_rounding() {
        assert_eq!(decimal(83.46, 1, Lang::En), "83.5");
        assert_eq!(decimal(83.46, 1, Lang::Fr), "83,5");
        // Half away from zero: 62.5 -> 63, -62.5 -> -63; 0.0625 -> 0.063 in every output.
        assert_eq!(decimal(62.5, 0, Lang::En), "63");
        assert_eq!(decimal(-62.5, 0, Lang::En), "-63");
        assert_eq!(decimal(0.0625, 3, Lang::En), "0.063");
        // No negative zero: -0.0004 rounds to 0.000.
        assert_eq!(decimal(-0.0004, 3, Lang::Fr), "0,000");
        assert_eq!(decimal(-0.0, 0, Lang::En), "0");
    }

    #[test]
    fn thousands() {
        assert_eq!(decimal(10_000.0, 0, Lang::En), "10,000");
        assert_eq!(decimal(10_000.0, 0, Lang::Fr), "10\u{202f}000");
        assert_eq!(decimal(999.0, 0, Lang::Fr), "999");
        assert_eq!(decimal(1_234_567.0, 0, Lang::En), "1,234,567");
        assert_eq!(decimal(-1234.5, 1, Lang::Fr), "-1\u{202f}234,5");
    }

    #[test]
    fn percentages_and_signs() {
        // 2/15 = 0.1333… -> 13.3 %
        assert_eq!(percent(2.0 / 15.0, 1, Lang::En), "13.3%");
        assert_eq!(percent(2.0 / 15.0, 1, Lang::Fr), "13,3\u{a0}%");
        assert_eq!(percent_tenths(0.3, Lang::Fr), "30\u{a0}%");
        assert_eq!(percent_tenths(2.0 / 15.0, Lang::En), "13.3%");
        assert_eq!(signed(22.94, 1, Lang::Fr), "+22,9");
        assert_eq!(signed(-3.0, 0, Lang::En), "-3");
        assert_eq!(signed(0.01, 1, Lang::En), "0.0");
        assert_eq!(trimmed(0.25, 3, Lang::Fr), "0,25");
        assert_eq!(trimmed(3.0, 3, Lang::En), "3");
    }
}
