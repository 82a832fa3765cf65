//! Numbers as a consultant types them.

use crate::lang::Lang;
use crate::model::questionnaire::Kind;

/// Parses a typed number and checks it against the question's bounds. Spaces are
/// ignored (`10 000`); a decimal comma is accepted in French, a thousands comma
/// in English. The error says why: not a number, below the minimum, above the maximum.
pub fn parse_number(text: &str, kind: &Kind, lang: Lang) -> Result<f64, String> {
    let Kind::Number { min, max, unit, .. } = kind else {
        return Err(lang
            .pick("not a number question", "pas une question numérique")
            .to_owned());
    };
    let trimmed = text.trim();
    let mut cleaned: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    cleaned = match lang {
        Lang::Fr => cleaned.replace(',', "."),
        Lang::En => cleaned.replace(',', ""),
    };
    let unit = unit.get(lang);
    let number = cleaned
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| match lang {
            Lang::En if trimmed.is_empty() => format!("type a number ({unit})"),
            Lang::Fr if trimmed.is_empty() => format!("tapez un nombre ({unit})"),
            Lang::En => format!("`{trimmed}` is not a number"),
            Lang::Fr => format!("`{trimmed}` n'est pas un nombre"),
        })?;
    if let Some(min) = min.filter(|min| number < *min) {
        return Err(match lang {
            Lang::En => format!("{number} is below the minimum, {min} {unit}"),
            Lang::Fr => format!("{number} est inférieur au minimum, {min} {unit}"),
        });
    }
    if let Some(max) = max.filter(|max| number > *max) {
        return Err(match lang {
            Lang::En => format!("{number} is above the maximum, {max} {unit}"),
            Lang::Fr => format!("{number} est supérieur au maximum, {max} {unit}"),
        });
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::tests::mini;

    #[test]
    fn numbers_in_both_languages() {
        let q = mini();
        let kind = &q.question("volume").unwrap().kind;
        assert_eq!(parse_number("1 200", kind, Lang::En), Ok(1200.0));
        assert_eq!(parse_number("1,200", kind, Lang::En), Ok(1200.0));
        assert_eq!(parse_number("12,5", kind, Lang::Fr), Ok(12.5));
        assert_eq!(
            parse_number("", kind, Lang::Fr),
            Err("tapez un nombre (contacts par jour)".to_owned())
        );
        assert!(parse_number("NaN", kind, Lang::En).is_err());
        assert!(parse_number("inf", kind, Lang::En).is_err());
    }
}
