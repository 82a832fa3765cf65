//! Numbers as a consultant types them: `1 200`, `1,200` (English), `12,5`
//! (French), `3 canaux` (the question's unit after the number).

use crate::lang::Lang;
use crate::model::questionnaire::Kind;

/// Parses a typed number and checks it against the question: whole numbers for a
/// count, bounds. Spaces separate thousands in both languages, a comma in English;
/// the decimal mark is a point in English, a comma (or a point) in French. The
/// question's unit may follow the number. What is ambiguous or not a number is
/// refused with the reason and the expected form.
pub(crate) fn parse_number(text: &str, kind: &Kind, lang: Lang) -> Result<f64, String> {
    let Kind::Number {
        min,
        max,
        unit,
        whole,
        ..
    } = kind
    else {
        return Err(crate::tr!(lang, "number-not-a-number-question"));
    };
    let trimmed = text.trim();
    let unit_text = unit.get(lang);
    if trimmed.is_empty() {
        return Err(crate::tr!(lang, "number-empty", unit = unit_text));
    }
    let split = trimmed
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || "+-.,_' \u{a0}\u{202f}".contains(*c)))
        .map_or(trimmed.len(), |(i, _)| i);
    let (digits, rest) = trimmed.split_at(split);
    let rest = rest.trim();
    if !rest.is_empty() && !matches_unit(rest, &[&unit.en, &unit.fr]) {
        return Err(not_a_number(trimmed, unit_text, lang));
    }
    let number = read_digits(digits, lang)
        .map_err(|hint| hint.unwrap_or_else(|| not_a_number(trimmed, unit_text, lang)))?;
    if *whole && number.fract() != 0.0 {
        return Err(crate::tr!(
            lang,
            "number-not-whole",
            typed = trimmed,
            unit = unit_text
        ));
    }
    check_bounds(number, *min, *max, unit_text, lang)?;
    Ok(number)
}

fn not_a_number(typed: &str, unit: &str, lang: Lang) -> String {
    crate::tr!(lang, "number-not-a-number", typed = typed, unit = unit)
}

/// Whether the words typed after the number name the question's unit: the unit
/// in either language, or its first word (`3 canaux` for "canaux", `12 contacts`
/// for "contacts par jour"), case aside.
fn matches_unit(typed: &str, units: &[&str]) -> bool {
    let typed = typed.to_lowercase();
    units.iter().any(|unit| {
        let unit = unit.to_lowercase();
        typed == unit || unit.split_whitespace().next() == Some(typed.as_str())
    })
}

/// Reads digits with their separators. `Err(Some(hint))` when the form is
/// ambiguous or wrong in a way worth explaining, `Err(None)` when it is not a
/// number at all.
fn read_digits(digits: &str, lang: Lang) -> Result<f64, Option<String>> {
    let compact: String = digits
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_' | '\''))
        .collect();
    let body = compact.trim_start_matches(['+', '-']);
    if body.is_empty() || compact.len() - body.len() > 1 || body.contains(['+', '-']) {
        return Err(None);
    }
    // The language's decimal mark decides how groups and decimals read.
    let plain = if crate::i18n::number::decimal_point(lang) == '.' {
        english(body, digits)?
    } else {
        french(body, digits)?
    };
    let sign = if compact.starts_with('-') { "-" } else { "" };
    let number = format!("{sign}{plain}").parse::<f64>().map_err(|_| None)?;
    // What is saved is what was typed, or nothing: 99999999999999999999999
    // would come back as 100000000000000000000000.
    if plain_decimal(&plain) != format!("{}", number.abs()) {
        return Err(Some(crate::tr!(
            lang,
            "interview3-number-not-exact",
            typed = digits.trim()
        )));
    }
    // -0 is 0.
    Ok(if number == 0.0 { 0.0 } else { number })
}

/// A decimal written with a point as Rust writes an `f64` (`{}`): no leading
/// zeros, no trailing zeros after the point, no point without decimals.
fn plain_decimal(plain: &str) -> String {
    let (int, frac) = plain.split_once('.').unwrap_or((plain, ""));
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_owned()
    } else {
        format!("{int}.{frac}")
    }
}

/// English: a point for decimals, commas between groups of three digits.
fn english(body: &str, typed: &str) -> Result<String, Option<String>> {
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if frac.contains(['.', ',']) {
        return Err(None);
    }
    if int.contains(',') && !grouped_by_three(int, ',') {
        let decimal = typed.trim().replace(',', ".");
        return Err(Some(crate::tr!(
            Lang::En,
            "number-english-decimal-point",
            typed = typed.trim(),
            decimal = decimal
        )));
    }
    Ok(format!(
        "{}.{}",
        int.replace(',', ""),
        if frac.is_empty() { "0" } else { frac }
    ))
}

/// French: a comma for decimals (a point is read as one too), spaces or points
/// between groups of three digits. `1.200` alone is ambiguous.
fn french(body: &str, typed: &str) -> Result<String, Option<String>> {
    if let Some((int, frac)) = body.split_once(',') {
        if frac.contains([',', '.']) || (int.contains('.') && !grouped_by_three(int, '.')) {
            return Err(None);
        }
        return Ok(format!("{}.{frac}", int.replace('.', "")));
    }
    let dots = body.matches('.').count();
    if dots > 1 && grouped_by_three(body, '.') {
        return Ok(body.replace('.', ""));
    }
    if dots == 1 {
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if frac.len() == 3 {
            let typed = typed.trim();
            return Err(Some(crate::tr!(
                Lang::Fr,
                "number-french-ambiguous",
                typed = typed,
                thousands = format!("{int}{frac}"),
                decimals = format!("{int},{frac}")
            )));
        }
        return Ok(body.to_owned());
    }
    if dots > 1 {
        return Err(None);
    }
    Ok(body.to_owned())
}

/// `1,200,000`: a first group of 1 to 3 digits, then groups of exactly three.
fn grouped_by_three(int: &str, separator: char) -> bool {
    let mut groups = int.split(separator);
    let first = groups.next().unwrap_or_default();
    (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

fn check_bounds(
    number: f64,
    min: Option<f64>,
    max: Option<f64>,
    unit: &str,
    lang: Lang,
) -> Result<(), String> {
    let below = min
        .filter(|&min| number < min)
        .map(|min| ("interview3-number-below-minimum", min));
    let above = max
        .filter(|&max| number > max)
        .map(|max| ("interview3-number-above-maximum", max));
    match below.or(above) {
        // `count` selects the plural form the unit needs after the bound.
        Some((id, bound)) => Err(crate::tr!(
            lang,
            id,
            shown = format_number(number, lang),
            bound = format_number(bound, lang),
            count = bound,
            unit = unit
        )),
        None => Ok(()),
    }
}

/// A number as the interview shows it: no exponent, a decimal comma in French,
/// never `-0`.
pub(crate) fn format_number(number: f64, lang: Lang) -> String {
    let number = if number == 0.0 { 0.0 } else { number };
    let point = crate::i18n::number::decimal_point(lang);
    number
        .to_string()
        .replace('.', point.encode_utf8(&mut [0; 4]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::tests::mini;
    use crate::lang::Text;

    fn count() -> Kind {
        Kind::Number {
            unit: Text::new("channels", "canaux"),
            min: Some(0.0),
            max: None,
            bands: Vec::new(),
            whole: true,
        }
    }

    #[test]
    fn numbers_in_both_languages() {
        let q = mini();
        let kind = &q.question("volume").unwrap().kind;
        assert_eq!(parse_number("1 200", kind, Lang::En), Ok(1200.0));
        assert_eq!(parse_number("1,200", kind, Lang::En), Ok(1200.0));
        assert_eq!(parse_number("1,200.5", kind, Lang::En), Ok(1200.5));
        assert_eq!(parse_number("12.5", kind, Lang::En), Ok(12.5));
        assert_eq!(parse_number("12,5", kind, Lang::Fr), Ok(12.5));
        assert_eq!(parse_number("12.5", kind, Lang::Fr), Ok(12.5));
        assert_eq!(parse_number("1\u{a0}200,5", kind, Lang::Fr), Ok(1200.5));
        assert_eq!(parse_number("1.200,5", kind, Lang::Fr), Ok(1200.5));
        assert_eq!(
            parse_number("", kind, Lang::Fr),
            Err("tapez un nombre (contacts par jour)".to_owned())
        );
    }

    #[test]
    fn a_decimal_comma_in_english_is_never_read_as_thousands() {
        let q = mini();
        let kind = &q.question("volume").unwrap().kind;
        assert_eq!(
            parse_number("12,5", kind, Lang::En),
            Err("`12,5`: in English the decimal mark is a point (12.5) and a comma separates thousands (1,200)".to_owned())
        );
        assert_eq!(
            parse_number("1.200", kind, Lang::Fr),
            Err(
                "`1.200` est ambigu\u{a0}: écrivez 1200 (milliers) ou 1,200 (décimales)".to_owned()
            )
        );
    }

    #[test]
    fn exponents_and_words_are_not_numbers() {
        let q = mini();
        let kind = &q.question("volume").unwrap().kind;
        for typed in ["1e3", "NaN", "inf", "lots", "--3", "1.2.3", "3 apples"] {
            assert_eq!(
                parse_number(typed, kind, Lang::En),
                Err(format!(
                    "`{typed}` is not a number: type digits only, e.g. 1200 (contacts a day)"
                )),
                "{typed}"
            );
        }
    }

    #[test]
    fn a_number_is_kept_exactly_as_typed_or_refused() {
        let q = mini();
        let kind = &q.question("volume").unwrap().kind;
        let no_max = count();
        // 15 significant digits always survive an f64; 0.1 and 12.50 read back
        // as typed (the trailing zero aside).
        assert_eq!(
            parse_number("999999999999999", &no_max, Lang::En),
            Ok(999_999_999_999_999.0)
        );
        assert_eq!(parse_number("0012,50", kind, Lang::Fr), Ok(12.5));
        assert_eq!(parse_number("1 000 000", &no_max, Lang::Fr), Ok(1e6));
        // 10^23 - 1 is read as 10^23 by an f64: refused, not changed.
        assert_eq!(
            parse_number("99999999999999999999999", &no_max, Lang::En),
            Err("`99999999999999999999999` has too many digits to be kept exactly as typed: use at most 15 significant digits".to_owned())
        );
        assert_eq!(
            parse_number("1,0000000000000001", kind, Lang::Fr),
            Err("`1,0000000000000001` a trop de chiffres pour être gardé tel quel\u{a0}: 15 chiffres significatifs au plus".to_owned())
        );
        assert_eq!(plain_decimal("007.500"), "7.5");
        assert_eq!(plain_decimal("0.0"), "0");
        assert_eq!(plain_decimal(".5"), "0.5");
    }

    #[test]
    fn the_unit_may_follow_the_number() {
        let q = mini();
        let kind = &q.question("volume").unwrap().kind;
        assert_eq!(parse_number("40 contacts a day", kind, Lang::En), Ok(40.0));
        assert_eq!(parse_number("40 contacts", kind, Lang::Fr), Ok(40.0));
        assert_eq!(parse_number("3 canaux", &count(), Lang::Fr), Ok(3.0));
        assert_eq!(parse_number("3 Channels", &count(), Lang::Fr), Ok(3.0));
    }

    #[test]
    fn a_count_is_a_whole_number() {
        assert_eq!(parse_number("12", &count(), Lang::En), Ok(12.0));
        assert_eq!(
            parse_number("12.5", &count(), Lang::En),
            Err("`12.5`: a whole number is expected (channels)".to_owned())
        );
        assert_eq!(
            parse_number("12,5", &count(), Lang::Fr),
            Err("`12,5`\u{a0}: un nombre entier est attendu (canaux)".to_owned())
        );
    }

    #[test]
    fn bounds_and_formats() {
        let q = mini();
        let kind = &q.question("volume").unwrap().kind;
        // min 1, max 5000 in tests/interview/mini.toml.
        assert_eq!(
            parse_number("0,5", kind, Lang::Fr),
            Err("0,5 est inférieur au minimum, 1 (unité\u{a0}: contacts par jour)".to_owned())
        );
        // The unit agrees with the bound (CLDR: French 0 and 1 are singular,
        // English only 1), else it is named apart.
        assert_eq!(
            parse_number("9000", kind, Lang::Fr),
            Err("9000 est supérieur au maximum, 5000 contacts par jour".to_owned())
        );
        assert_eq!(
            parse_number("-3", &count(), Lang::Fr),
            Err("-3 est inférieur au minimum, 0 (unité\u{a0}: canaux)".to_owned())
        );
        assert_eq!(
            parse_number("-3", &count(), Lang::En),
            Err("-3 is below the minimum, 0 channels".to_owned())
        );
        assert_eq!(format_number(-0.0, Lang::En), "0");
        assert_eq!(format_number(1200.0, Lang::Fr), "1200");
        assert_eq!(format_number(12.5, Lang::Fr), "12,5");
    }
}
