//! The same numeric mistake gets the same diagnostic in every file kind.

use super::{criteria, offer, questionnaire};
use crate::diag::{Diagnostic, SourceFile};
use crate::lang::Lang;

/// A questionnaire with one number question; `{weight}`, `{min}` and `{from}` are
/// spliced in as written in TOML.
fn questionnaire(weight: &str, min: &str, from: &str) -> String {
    format!(
        "id = \"q\"\nsource = \"s\"\ntitle = {{ fr = \"t\", en = \"t\" }}\n\
         [dimensions]\nd = {{ fr = \"d\", en = \"d\" }}\n\
         [[question]]\nid = \"n\"\ndimension = \"d\"\nkind = \"number\"\nweight = {weight}\n\
         text = {{ fr = \"t\", en = \"t\" }}\nhelp = {{ fr = \"h\", en = \"h\" }}\n\
         severity = \"info\"\nrecommendation = {{ fr = \"r\", en = \"r\" }}\n\
         unit = {{ fr = \"j\", en = \"d\" }}\nmin = {min}\n\
         [[question.band]]\nfrom = {from}\nto = 10\nscore = 0\n\
         [[question.band]]\nfrom = 10\nscore = 1\n"
    )
}

fn criteria(weight: &str, min: &str) -> String {
    format!("[[criterion]]\nid = \"c\"\nname = \"C\"\nweight = {weight}\nmin = {min}\n")
}

fn offer(value: &str) -> String {
    format!("name = \"X\"\n[scores]\nc = {value}\n")
}

/// (code, message) of each diagnostic, in English.
fn problems(diagnostics: &[Diagnostic]) -> Vec<(&'static str, String)> {
    diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.message.clone()))
        .collect()
}

fn questionnaire_problems(text: &str) -> Vec<(&'static str, String)> {
    let file = SourceFile::new("q.toml", text);
    problems(&questionnaire::validate_questionnaire(&file, Lang::En).1)
}

fn criteria_problems(text: &str) -> Vec<(&'static str, String)> {
    let file = SourceFile::new("c.toml", text);
    problems(&criteria::validate_criteria(&file, Lang::En).1)
}

fn offer_problems(text: &str) -> Vec<(&'static str, String)> {
    let file = SourceFile::new("o.toml", text);
    problems(&offer::validate_offers(&file, None, Lang::En).1)
}

#[test]
fn the_fixtures_are_valid() {
    assert_eq!(questionnaire_problems(&questionnaire("1", "0", "0")), []);
    assert_eq!(criteria_problems(&criteria("1", "0")), []);
    assert_eq!(offer_problems(&offer("1")), []);
}

#[test]
fn a_quoted_weight_is_not_a_number_in_every_file_kind() {
    let expected = vec![(
        "not-a-number",
        "`weight` must be a finite number, got the string \"2\"".to_owned(),
    )];
    assert_eq!(
        questionnaire_problems(&questionnaire("\"2\"", "0", "0")),
        expected
    );
    assert_eq!(criteria_problems(&criteria("\"2\"", "0")), expected);
}

#[test]
fn nan_and_infinities_are_refused_in_every_file_kind() {
    for value in ["nan", "inf", "-inf"] {
        let shown = value.replace("nan", "NaN");
        let message = |what: &str| format!("`{what}` must be a finite number, got {shown}");
        let not_a_number = |what: &str| vec![("not-a-number", message(what))];
        assert_eq!(
            questionnaire_problems(&questionnaire(value, "0", "0")),
            not_a_number("weight")
        );
        assert_eq!(
            questionnaire_problems(&questionnaire("1", value, "0")),
            not_a_number("min")
        );
        assert_eq!(
            questionnaire_problems(&questionnaire("1", "0", value)),
            not_a_number("from")
        );
        assert_eq!(
            criteria_problems(&criteria(value, "0")),
            not_a_number("weight")
        );
        assert_eq!(
            criteria_problems(&criteria("1", value)),
            not_a_number("min")
        );
        assert_eq!(offer_problems(&offer(value)), not_a_number("c"));
    }
}
