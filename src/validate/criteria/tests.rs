//! Criteria: unit tests.

use super::*;

fn check(text: &str) -> (Option<Criteria>, Vec<Diagnostic>) {
    validate_criteria(&SourceFile::new("c.toml", text), Lang::En)
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<&str> {
    diagnostics.iter().map(|d| d.code.as_str()).collect()
}

#[test]
fn weights_are_normalised_and_price_is_detected() {
    let (criteria, diagnostics) = check(
        "method = \"topsis\"\n\
         [[criterion]]\nid = \"tarif\"\nname = { fr = \"Tarif\", en = \"Fee\" }\nweight = 6\ndirection = \"cost\"\n\
         [[criterion]]\nid = \"quality\"\nweight = 2\n\
         [[criterion]]\nid = \"delay\"\nweight = 2\ndirection = \"cost\"\nprice = false\n",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let criteria = criteria.unwrap();
    assert_eq!(criteria.method, Some(Method::Topsis));
    assert_eq!(criteria.weights(), [0.6, 0.2, 0.2]);
    assert!(criteria.criteria[0].price);
    assert!(!criteria.criteria[1].price);
    assert!(!criteria.criteria[2].price);
    assert_eq!(criteria.criteria[1].name.en, "quality");
}

#[test]
fn every_problem_is_collected() {
    let (criteria, diagnostics) = check(
        "method = \"magic\"\n\
         [[criterion]]\nid = \"a\"\nweight = 1\ndirection = \"up\"\n\
         [[criterion]]\nid = \"a\"\nweight = 1\n\
         [[criterion]]\nid = \"b\"\n\
         [[criterion]]\nid = \"c\"\nweight = 1\nmin = 5\nmax = 1\n\
         [[criterion]]\nid = \"Bad Id\"\nweight = 1\n",
    );
    assert!(criteria.is_none());
    let mut got = codes(&diagnostics);
    got.sort_unstable();
    assert_eq!(
        got,
        [
            "duplicate-criterion",
            "invalid-id",
            "min-above-max",
            "missing-weight",
            "unknown-direction",
            "unknown-method"
        ]
    );
    let duplicate = diagnostics
        .iter()
        .find(|d| d.code == "duplicate-criterion")
        .unwrap();
    assert_eq!(duplicate.label.as_deref(), Some("first defined on line 3"));
}

#[test]
fn ahp_comparisons_give_the_weights() {
    let (criteria, diagnostics) = check(
        "[[criterion]]\nid = \"a\"\n[[criterion]]\nid = \"b\"\n\
         [ahp]\ncomparisons = [[\"b\", \"a\", 0.25]]\n",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let criteria = criteria.unwrap();
    // b is a quarter as important as a: w = (0.8, 0.2).
    assert!((criteria.criteria[0].weight - 0.8).abs() < 1e-12);
    assert!((criteria.criteria[1].weight - 0.2).abs() < 1e-12);
    assert_eq!(criteria.ahp.unwrap().cr, 0.0);
}

#[test]
fn ahp_problems() {
    let (_, diagnostics) = check(
        "[[criterion]]\nid = \"a\"\nweight = 2\n[[criterion]]\nid = \"b\"\n\
         [ahp]\ncomparisons = [[\"a\", \"a\", 1], [\"a\", \"zz\", 2], [\"a\", \"b\"], [\"a\", \"b\", 0.1]]\n",
    );
    let mut got = codes(&diagnostics);
    got.sort_unstable();
    assert_eq!(
        got,
        [
            "ahp-bad-comparison",
            "ahp-out-of-range",
            "ahp-self-comparison",
            "unknown-criterion",
            "weight-and-ahp"
        ]
    );
}

#[test]
fn one_ninth_written_with_three_decimals_is_accepted() {
    let (criteria, diagnostics) = check(
        "[[criterion]]\nid = \"a\"\n[[criterion]]\nid = \"b\"\n\
         [ahp]\ncomparisons = [[\"a\", \"b\", 0.111]]\n",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert!(criteria.is_some());
}

#[test]
fn names_are_one_string_or_both_languages() {
    let (_, diagnostics) = check(
        "[[criterion]]\nid = \"a\"\nweight = 1\nname = { fr = \"A\" }\n\
         [[criterion]]\nid = \"b\"\nweight = 1\nname = 3\nunit = { en = \"€\", fr = \"€\", de = \"€\" }\n",
    );
    assert_eq!(
        codes(&diagnostics),
        ["missing-translation", "invalid-text", "invalid-text"]
    );
}

#[test]
fn syntax_errors_keep_their_span() {
    let (_, diagnostics) = check("[[criterion]]\nid = \"a\"\nweight = \n");
    assert_eq!(codes(&diagnostics), ["invalid-toml"]);
    assert!(diagnostics[0].span.is_some());
}

#[test]
fn texts_share_the_questionnaire_diagnostics() {
    let problems = |name: &str| -> Vec<(&'static str, String)> {
        check(&format!(
            "[[criterion]]\nid = \"c\"\nname = {name}\nweight = 1\n"
        ))
        .1
        .iter()
        .map(|d| (d.code.as_str(), d.message.clone()))
        .collect()
    };
    // One string stands for both languages in a criteria file.
    assert_eq!(problems("\"Price\""), []);
    // Same code and message as questionnaire::tests::texts_are_translated_tables_only.
    assert_eq!(
        problems("{ fr = \"Prix\" }"),
        [(
            "missing-translation",
            "`name` lacks its translation: en".to_owned()
        )]
    );
    assert_eq!(
        problems("{ fr = \" \", en = \"\" }"),
        [(
            "missing-translation",
            "`name` lacks its translation: fr, en".to_owned()
        )]
    );
    assert_eq!(
        problems("3"),
        [(
            "invalid-text",
            "`name` must be a string, or a table with `fr` and `en`".to_owned()
        )]
    );
}
