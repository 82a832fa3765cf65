//! The TOML parser's English messages, said in the user's language when they
//! are among the common ones (an unknown or missing key, a duplicate key, a
//! number too large), with a "did you mean" for a misspelt key or value.

use crate::lang::Lang;
use crate::tr;

/// The detail to show for the parser's `message`, and a hint when one helps.
pub(super) fn explain(lang: Lang, message: &str) -> (String, Option<String>) {
    let ticked = ticked(message);
    let same = |help: Option<String>| (message.to_owned(), help);
    if let Some(kind) = ["unknown field `", "unknown variant `"]
        .iter()
        .position(|start| message.starts_with(start))
    {
        let Some((name, expected)) = ticked.split_first() else {
            return same(None);
        };
        let help =
            closest(name, expected).map(|close| tr!(lang, "brief-did-you-mean", name = close));
        if expected.is_empty() {
            return same(help);
        }
        let expected = expected
            .iter()
            .map(|e| format!("`{e}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let id = if kind == 0 {
            "trial-toml-unknown-key"
        } else {
            "trial-toml-unknown-value"
        };
        return (tr!(lang, id, name = *name, expected = expected), help);
    }
    if let Some(name) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return (tr!(lang, "trial-toml-missing-key", name = name), None);
    }
    if message == "duplicate key" {
        return (tr!(lang, "trial-toml-duplicate-key"), None);
    }
    // toml reads a whole number beyond i64 as an i128, which no field takes.
    if let Some(number) = ticked.first()
        && message.starts_with("invalid type: integer `")
        && message.contains("` as i128")
    {
        return (
            tr!(lang, "trial-toml-number-too-large", number = *number),
            None,
        );
    }
    if message == "floating-point number overflowed" {
        return (tr!(lang, "trial-toml-float-too-large"), None);
    }
    same(None)
}

/// The expected key closest to a misspelt one: at most 2 edits, or a quarter
/// of its length. (The same rule as the brief's "did you mean", whose helper
/// is private to `validate::brief`.)
fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min()
        .map(|(_, c)| c)
}

/// Levenshtein distance, one row at a time.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The texts between backticks, in order.
fn ticked(message: &str) -> Vec<&str> {
    message.split('`').skip(1).step_by(2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNKNOWN: &str = "unknown field `wieght`, expected one of `id`, `weight`, `direction`";

    #[test]
    fn an_unknown_key_is_said_in_french_with_the_closest_key() {
        let (message, help) = explain(Lang::Fr, UNKNOWN);
        assert_eq!(
            message,
            "clé inconnue `wieght`\u{a0}; clés possibles\u{a0}: `id`, `weight`, `direction`"
        );
        // "wieght" is 2 edits from "weight" (swap i and e).
        assert_eq!(help.as_deref(), Some("vouliez-vous dire `weight`\u{a0}?"));
    }

    #[test]
    fn english_keeps_the_parser_words_and_gains_the_hint() {
        let (message, help) = explain(Lang::En, UNKNOWN);
        assert_eq!(message, UNKNOWN);
        assert_eq!(help.as_deref(), Some("did you mean `weight`?"));
        // "zzzzzz" is 6 edits from "name": no hint.
        let (message, help) = explain(Lang::En, "unknown field `zzzzzz`, expected `name`");
        assert_eq!(message, "unknown field `zzzzzz`, expected one of `name`");
        assert_eq!(help, None);
    }

    #[test]
    fn other_common_messages() {
        let (message, _) = explain(Lang::Fr, "missing field `name`");
        assert_eq!(message, "clé obligatoire manquante\u{a0}: `name`");
        let (message, _) = explain(Lang::Fr, "duplicate key");
        assert_eq!(message, "clé en double");
        let too_large =
            "invalid type: integer `99999999999999999999999` as i128, expected a number or a table";
        let (message, _) = explain(Lang::En, too_large);
        assert_eq!(message, "the number 99999999999999999999999 is too large");
        let (message, _) = explain(Lang::Fr, "floating-point number overflowed");
        assert_eq!(message, "nombre trop grand");
        let (message, help) = explain(Lang::Fr, "expected `.`, `=`");
        assert_eq!((message.as_str(), help), ("expected `.`, `=`", None));
    }
}
