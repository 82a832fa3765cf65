//! Scales and groups in a criteria file (issue 13), and level names in offers.

use super::*;
use crate::model::criteria::{Direction, Level, Scale};

fn check(text: &str) -> (Option<Criteria>, Vec<Diagnostic>) {
    validate_criteria(&SourceFile::new("c.toml", text), Lang::En)
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<&str> {
    diagnostics.iter().map(|d| d.code.as_str()).collect()
}

fn one(scale: &str) -> String {
    format!("[[criterion]]\nid = \"c\"\nweight = 1\nscale = {scale}\n")
}

#[test]
fn every_kind_of_scale_is_read() {
    let scale = |text: &str| {
        let (criteria, diagnostics) = check(&one(text));
        assert!(diagnostics.is_empty(), "{text}: {diagnostics:?}");
        let c = criteria.unwrap().criteria.remove(0);
        (c.scale, c.direction)
    };
    assert_eq!(
        scale("{ worst = 6, best = 1 }"),
        (
            Scale::Linear {
                worst: 6.0,
                best: 1.0
            },
            Direction::Cost
        )
    );
    assert_eq!(
        scale("{ points = [[0, 0], [50, 0.8], [100, 1]] }"),
        (
            Scale::Points {
                points: vec![(0.0, 0.0), (50.0, 0.8), (100.0, 1.0)]
            },
            Direction::Benefit
        )
    );
    let level = |name: &str, value: f64| Level {
        name: name.to_owned(),
        value,
    };
    assert_eq!(
        scale("{ levels = [\"none\", \"basic\", \"good\"] }").0,
        Scale::Levels {
            levels: vec![level("none", 0.0), level("basic", 1.0), level("good", 2.0)]
        }
    );
    // A table of levels is put in value order, whatever the key order.
    assert_eq!(
        scale("{ levels = { good = 3, none = 0, fair = 1.5 } }").0,
        Scale::Levels {
            levels: vec![level("none", 0.0), level("fair", 1.5), level("good", 3.0)]
        }
    );
    assert_eq!(
        scale("\"lowest-price\""),
        (Scale::LowestPrice, Direction::Cost)
    );
    assert_eq!(scale("\"relative\""), (Scale::Relative, Direction::Benefit));
}

#[test]
fn wrong_scales_are_refused_with_their_position() {
    for (text, code) in [
        ("\"magic\"", "invalid-scale"),
        ("3", "invalid-scale"),
        ("{ worst = 1, best = 1 }", "invalid-scale"),
        ("{ worst = 1 }", "invalid-scale"),
        ("{ worst = \"low\", best = 1 }", "invalid-scale"),
        ("{ points = [[0, 0]] }", "invalid-scale"),
        ("{ points = [[0, 0], [0, 1]] }", "invalid-scale"),
        ("{ points = [[0, 0], [1, 2]] }", "invalid-scale"),
        ("{ points = [[0, 0], [1]] }", "invalid-scale"),
        ("{ levels = [\"a\"] }", "invalid-scale"),
        ("{ levels = [\"a\", \"a\"] }", "invalid-scale"),
        ("{ levels = [\"a\", 2] }", "invalid-scale"),
        ("{ levels = { a = 1, b = 1 } }", "invalid-scale"),
    ] {
        let (criteria, diagnostics) = check(&one(text));
        assert!(criteria.is_none(), "{text}");
        assert_eq!(codes(&diagnostics), [code], "{text}: {diagnostics:?}");
        // Line 4 (`scale = …`), column 9: where the scale starts.
        let file = SourceFile::new("c.toml", one(text));
        let span = diagnostics[0].span.clone().unwrap();
        assert_eq!(file.line(span.start), 4, "{text}");
        assert_eq!(span.start, one(text).find(text).unwrap(), "{text}");
    }
}

#[test]
fn a_direction_that_contradicts_the_scale_is_refused() {
    let (criteria, diagnostics) = check(
        "[[criterion]]\nid = \"c\"\nweight = 1\ndirection = \"benefit\"\nscale = { worst = 6, best = 1 }\n",
    );
    assert!(criteria.is_none());
    assert_eq!(codes(&diagnostics), ["scale-direction"]);
    // The same direction as the scale's is accepted.
    let (criteria, diagnostics) = check(
        "[[criterion]]\nid = \"c\"\nweight = 1\ndirection = \"cost\"\nscale = \"lowest-price\"\n",
    );
    assert!(
        diagnostics.is_empty() && criteria.is_some(),
        "{diagnostics:?}"
    );
}

#[test]
fn groups_weigh_their_criteria() {
    // Groups 3 and 1 -> 0.75 and 0.25; inside a: 1 and 1 -> 0.5 each; b alone: 1.
    // Global: x 0.375, y 0.375, z 0.25.
    let (criteria, diagnostics) = check(
        "[[group]]\nid = \"a\"\nname = { fr = \"Coût\", en = \"Cost\" }\nweight = 3\n\
         [[group]]\nid = \"b\"\nweight = 1\n\
         [[criterion]]\nid = \"x\"\ngroup = \"a\"\nweight = 1\n\
         [[criterion]]\nid = \"z\"\ngroup = \"b\"\nweight = 5\n\
         [[criterion]]\nid = \"y\"\ngroup = \"a\"\nweight = 1\n",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let criteria = criteria.unwrap();
    assert_eq!(criteria.weights(), [0.375, 0.25, 0.375]);
    let groups = criteria.groups.unwrap();
    assert_eq!(groups.list[0].criteria, ["x", "y"]);
    assert_eq!(groups.list[0].name.fr, "Coût");
    assert_eq!(groups.list[1].weight, 0.25);
}

#[test]
fn group_mistakes_are_all_reported() {
    let (criteria, diagnostics) = check(
        "[[group]]\nid = \"a\"\nweight = 1\n\
         [[group]]\nid = \"a\"\nweight = 1\n\
         [[group]]\nid = \"empty\"\n\
         [[criterion]]\nid = \"x\"\ngroup = \"a\"\nweight = 1\n\
         [[criterion]]\nid = \"y\"\nweight = 1\n\
         [[criterion]]\nid = \"z\"\ngroup = \"nope\"\nweight = 1\n",
    );
    assert!(criteria.is_none());
    let mut got = codes(&diagnostics);
    got.sort_unstable();
    assert_eq!(
        got,
        [
            "duplicate-group",
            "empty-group",
            "missing-group",
            "missing-weight",
            "unknown-group"
        ],
        "{diagnostics:?}"
    );
}

#[test]
fn ahp_among_groups_refuses_group_weights_and_unknown_ids() {
    let (criteria, diagnostics) = check(
        "[ahp]\ncomparisons = [[\"a\", \"zz\", 3]]\n\
         [[group]]\nid = \"a\"\nweight = 2\n\
         [[group]]\nid = \"b\"\n\
         [[criterion]]\nid = \"x\"\ngroup = \"a\"\nweight = 1\n\
         [[criterion]]\nid = \"y\"\ngroup = \"b\"\nweight = 1\n",
    );
    assert!(criteria.is_none());
    let mut got = codes(&diagnostics);
    got.sort_unstable();
    assert_eq!(
        got,
        ["ahp-missing-pair", "unknown-group", "weight-and-ahp"],
        "{diagnostics:?}"
    );
}

#[test]
fn a_group_without_groups_and_weights_inside_ahp_groups_are_refused() {
    let (_, diagnostics) = check("[[criterion]]\nid = \"x\"\ngroup = \"a\"\nweight = 1\n");
    assert_eq!(codes(&diagnostics), ["unknown-group"]);
    let (_, diagnostics) = check(
        "[[group]]\nid = \"a\"\nweight = 1\ncomparisons = [[\"x\", \"y\", 2]]\n\
         [[criterion]]\nid = \"x\"\ngroup = \"a\"\nweight = 1\n\
         [[criterion]]\nid = \"y\"\ngroup = \"a\"\n",
    );
    assert_eq!(codes(&diagnostics), ["weight-and-ahp"]);
}

#[test]
fn offers_give_level_names() {
    let criteria = check(&one("{ levels = [\"none\", \"basic\", \"good\"] }"))
        .0
        .unwrap();
    let offer = |score: &str| {
        crate::validate::offer::validate_offers(
            &SourceFile::new("o.toml", format!("name = \"A\"\n[scores]\nc = {score}\n")),
            Some(&criteria),
            Lang::En,
        )
    };
    let (offers, diagnostics) = offer("\"good\"");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(offers.unwrap()[0].value("c"), Some(2.0));
    let (offers, _) = offer("{ value = \"basic\", note = \"after the audit\" }");
    let offers = offers.unwrap();
    assert_eq!(offers[0].value("c"), Some(1.0));
    assert_eq!(
        offers[0].scores["c"].note.as_deref(),
        Some("after the audit")
    );
    let (offers, diagnostics) = offer("\"superb\"");
    assert!(offers.is_none());
    assert_eq!(codes(&diagnostics), ["unknown-level"]);
    assert_eq!(
        diagnostics[0].help.as_deref(),
        Some("levels: none, basic, good")
    );
}
