//! "Did you mean": the closest known name to a misspelt one (pure). One rule for
//! every place that suggests (brief ids and keys, questionnaire links, TOML keys,
//! criterion ids in offers, `--questionnaire`).

use crate::lang::Lang;
use crate::tr;

/// The candidate closest to `word` by edit distance, when it is a plausible
/// typo: at most 2 edits, or a quarter of the candidate's length when longer.
/// On a tie, the first in byte order.
pub(crate) fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min()
        .map(|(_, c)| c)
}

/// "did you mean `…`?" in `lang` for the candidate [`closest`] to `word`.
pub(crate) fn did_you_mean(word: &str, candidates: &[&str], lang: Lang) -> Option<String> {
    closest(word, candidates).map(|close| tr!(lang, "brief-did-you-mean", name = close))
}

/// `help` (e.g. the list of known ids), after "did you mean `…`?" when a
/// candidate is close to `word`: `did you mean `price`? (known criteria: …)`.
pub(crate) fn hint_before(help: String, word: &str, candidates: &[&str], lang: Lang) -> String {
    match did_you_mean(word, candidates, lang) {
        Some(hint) => tr!(lang, "smallfix-hint-then-known", hint = hint, known = help),
        None => help,
    }
}

/// `message` and, when a candidate is close to `word`, a second line
/// `help: did you mean `…`?` (`aide : …` in French), for errors that are one
/// message rather than a diagnostic with a span (command-line ids).
pub(crate) fn with_did_you_mean(
    message: String,
    word: &str,
    candidates: &[&str],
    lang: Lang,
) -> String {
    match did_you_mean(word, candidates, lang) {
        Some(hint) => {
            let help = crate::diag::level_name(&tr!(lang, "diag-level-help"), None, lang);
            format!("{message}\n{help}: {hint}")
        }
        None => message,
    }
}

/// Levenshtein distance between `a` and `b` in characters (insertions,
/// deletions and substitutions count 1), one row at a time.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        // kitten -> sitten (k/s) -> sittin (e/i) -> sitting (+g): 3.
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        // prise -> price: one substitution (s/c).
        assert_eq!(edit_distance("prise", "price"), 1);
        // wieght -> weight: i/e and e/i, two substitutions.
        assert_eq!(edit_distance("wieght", "weight"), 2);
        // Characters, not bytes: "coût" -> "cout" is one substitution.
        assert_eq!(edit_distance("coût", "cout"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    #[test]
    fn the_closest_plausible_candidate() {
        // ten-questionz -> ten-questions: 1 edit.
        assert_eq!(
            closest("ten-questionz", &["ten-mistakes", "ten-questions"]),
            Some("ten-questions")
        );
        assert_eq!(closest("prise", &["fit", "price", "sla"]), Some("price"));
        // zzz -> fit: 3 edits, above max(2, 3 / 4) = 2.
        assert_eq!(closest("zzz", &["fit"]), None);
        // A 12-character candidate allows 12 / 4 = 3 edits: "dta-protectn" is 3
        // deletions from "data-protection" (15 characters, 15 / 4 = 3).
        assert_eq!(
            closest("dta-protectn", &["data-protection"]),
            Some("data-protection")
        );
        // A tie (1 edit each) goes to the first in byte order.
        assert_eq!(closest("bat", &["cat", "bad"]), Some("bad"));
        assert_eq!(closest("x", &[]), None);
    }

    #[test]
    fn the_hint_in_both_languages() {
        assert_eq!(
            did_you_mean("prise", &["price"], Lang::En).as_deref(),
            Some("did you mean `price`?")
        );
        assert_eq!(
            did_you_mean("prise", &["price"], Lang::Fr).as_deref(),
            Some("vouliez-vous dire `price`\u{a0}?")
        );
        assert_eq!(did_you_mean("zzz", &["price"], Lang::En), None);
    }

    #[test]
    fn a_help_gains_the_hint_first() {
        let known = "known criteria: fit, price".to_owned();
        assert_eq!(
            hint_before(known.clone(), "prise", &["fit", "price"], Lang::En),
            "did you mean `price`? (known criteria: fit, price)"
        );
        assert_eq!(
            hint_before(known.clone(), "zzzzz", &["fit", "price"], Lang::En),
            known
        );
    }

    #[test]
    fn a_one_line_message_gains_a_help_line() {
        let known = ["ten-mistakes", "ten-questions"];
        assert_eq!(
            with_did_you_mean("no such id".into(), "ten-questionz", &known, Lang::En),
            "no such id\nhelp: did you mean `ten-questions`?"
        );
        assert_eq!(
            with_did_you_mean("pas d’id".into(), "ten-questionz", &known, Lang::Fr),
            "pas d’id\naide\u{a0}: vouliez-vous dire `ten-questions`\u{a0}?"
        );
        assert_eq!(
            with_did_you_mean("no such id".into(), "zzz", &known, Lang::En),
            "no such id"
        );
    }
}
