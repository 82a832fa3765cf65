//! Follow-ups of issues 13 and 16: an evaluator's interval given inline in an
//! offer (`by = { claire = { min, max }, malik = 7 }`) ranks exactly as the same
//! interval in an evaluation file; the report shows interval values with their
//! legend and every AHP consistency (the groups' matrices, each evaluator's ratio);
//! the rank JSON flags each evaluator's consistency. Fixture: tests/followups/.
//!
//! Hand-computed figures of the fixture (tests/followups/criteria.toml):
//! - Groups among themselves, the element-wise geometric mean of claire's and
//!   malik's judgements: cost/quality sqrt(2 x 2) = 2, quality/team 2, cost/team
//!   sqrt(4 x 0.5) = sqrt(2). For 3 x 3 the eigenvector is the rows' geometric
//!   means: (cbrt(2 x sqrt 2), cbrt(1/2 x 2), cbrt(1/sqrt 2 x 1/2)) = (sqrt 2, 1,
//!   1/sqrt 2), sum 3.121320, so the weights are (0.4531, 0.3204, 0.2265);
//!   A w = 3.121320 w, so lambda_max = 3.121; CI = 0.121320 / 2 = 0.060660;
//!   CR = 0.060660 / 0.58 = 0.104587, written 0.105 (above 0.10: NOT consistent).
//! - claire: 2, 2, 4 = 2 x 2, consistent, CR 0. malik: 2, 2, 1/2, every row holds
//!   1, 2, 1/2: lambda_max = 3.5, CI = 0.25, CR = 0.25 / 0.58 = 0.431.
//! - Alpha's fit: claire's interval 4.5..6.5 counts as (4.5 + 6.5) / 2 = 5.5, the
//!   mean with malik's 7 is (5.5 + 7) / 2 = 6.25.
//! - Alpha's affinity 6..8 (midpoint 7) beats Bravo's 5: normalised 1, so its
//!   contribution is the affinity weight 0.2265, written 0.227.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::process::Output;

use serde_json::Value;

use crate::common::{html_errors, stdout};

const CRITERIA: &str = "tests/followups/criteria.toml";

fn run(args: &[&str]) -> Output {
    crate::common::outsource()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap()
}

/// The rank JSON, without each offer's `source` (the file it came from).
fn rank_json(offers: &[&str]) -> Value {
    let mut args = vec!["--lang", "en", "rank", "-c", CRITERIA, "-f", "json"];
    args.extend(offers);
    let mut doc: Value = serde_json::from_str(&stdout(&run(&args))).unwrap();
    for offer in doc["ranking"].as_array_mut().unwrap() {
        offer.as_object_mut().unwrap().remove("source").unwrap();
    }
    doc
}

#[test]
fn an_inline_evaluator_interval_ranks_as_in_an_evaluation_file() {
    let inline = rank_json(&["tests/followups/inline"]);
    let files = rank_json(&[
        "tests/followups/files/offers",
        "tests/followups/files/evaluations",
    ]);
    assert_eq!(inline, files);

    let alpha = &inline["ranking"][0];
    assert_eq!(alpha["provider"], "Alpha");
    // (4.5 + 6.5) / 2 = 5.5 for claire, then (5.5 + 7) / 2 = 6.25.
    assert_eq!(alpha["values"]["fit"], 6.25);
    let spread = &inline["disagreement"]["spreads"][0];
    assert_eq!(spread["values"]["claire"], 5.5);

    // Each evaluator's consistency carries the aggregate's flag: claire CR 0,
    // malik 0.25 / 0.58 = 0.431 > 0.10.
    let ahp = &inline["ahp"];
    assert_eq!(ahp["consistent"], false, "{ahp}");
    let evaluators = ahp["evaluators"].as_array().unwrap();
    assert_eq!(evaluators[0]["name"], "claire");
    assert_eq!(evaluators[0]["consistent"], true);
    assert_eq!(evaluators[1]["name"], "malik");
    assert_eq!(evaluators[1]["consistent"], false);
    assert!((evaluators[1]["cr"].as_f64().unwrap() - 0.25 / 0.58).abs() < 1e-9);
}

#[test]
fn a_bad_inline_evaluator_interval_is_refused_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let offer = dir.path().join("a.toml");
    let criteria = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(CRITERIA);
    for (text, message, at) in [
        (
            "fit = { by = { claire = { min = 6, max = 4 }, malik = 7 } }",
            "error[invalid-score]: score `fit.by.claire`: `min` is greater than `max`",
            // Column 42: the `4` of `max = 4`.
            "a.toml:3:42",
        ),
        (
            "fit = { by = { claire = { min = 6 }, malik = 7 } }",
            "error[invalid-score]: score `fit.by.claire`: an interval needs both `min` and `max`",
            // Column 25: claire's table.
            "a.toml:3:25",
        ),
    ] {
        std::fs::write(&offer, format!("name = \"A\"\n[scores]\n{text}\n")).unwrap();
        let output = crate::common::outsource()
            .current_dir(dir.path())
            .args(["--lang", "en", "--color", "never", "rank", "-c"])
            .arg(&criteria)
            .arg("a.toml")
            .output()
            .unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(message), "{stderr}");
        assert!(stderr.contains(at), "{stderr}");
    }
}

fn report(lang: &str, format: &str) -> String {
    stdout(&run(&[
        "--lang",
        lang,
        "report",
        "examples/ecommerce-retailer.toml",
        "--criteria",
        CRITERIA,
        "tests/followups/inline",
        "--format",
        format,
    ]))
}

#[test]
fn the_report_shows_intervals_and_every_ahp_consistency() {
    let markdown = report("en", "markdown");
    for needle in [
        "Method: weighted sum of min-max normalised values, weights from AHP pairwise comparisons",
        // Alpha's affinity 6..8 and its contribution 0.227.
        "| Affinity | 22.7% | 6–8 · 0.227 | 5 · 0.000 |",
        "7–9: an uncertain value (an interval), ranked by its midpoint",
        "AHP consistency of the comparisons between and inside the groups of criteria:",
        "AHP (comparisons among the groups): lambda\\_max = 3.121, CI = 0.061, CR = 0.105, NOT consistent",
        "- claire, comparisons among the groups: consistency ratio 0.000\n",
        "- malik, comparisons among the groups: consistency ratio 0.431 (above 0.10)",
    ] {
        assert!(
            markdown.contains(needle),
            "missing {needle:?} in\n{markdown}"
        );
    }

    let french = report("fr", "markdown");
    for needle in [
        "| Affinité | 22,7\u{a0}% | 6–8 · 0,227 | 5 · 0,000 |",
        "7–9\u{a0}: une valeur incertaine (un intervalle), classée par son milieu",
        "entre les groupes de critères et à l’intérieur de chacun\u{a0}:",
        "CR = 0,105, NON cohérent",
        "sur ses seuls jugements (les poids viennent de la moyenne géométrique, élément par élément, de tous leurs jugements)\u{a0}:",
        "- malik, comparaisons entre les groupes\u{a0}: ratio de cohérence 0,431 (au-dessus de 0,10)",
    ] {
        assert!(french.contains(needle), "missing {needle:?} in\n{french}");
    }

    let html = report("en", "html");
    assert!(html_errors(&html).is_empty(), "{:?}", html_errors(&html));
    assert!(html.contains("6–8 · 0.227"));
    // A ratio above 0.10 is marked bad (red), as the aggregate's verdict is.
    assert!(html.contains(
        "<span class=\"bad\">malik, comparisons among the groups: consistency ratio 0.431 (above 0.10)</span>"
    ));
    assert!(
        html.contains("<li>claire, comparisons among the groups: consistency ratio 0.000</li>")
    );
}

#[test]
fn the_offer_schema_accepts_an_inline_evaluator_interval() {
    for file in ["alpha.toml", "bravo.toml"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/followups/inline")
            .join(file);
        let text = std::fs::read_to_string(path).unwrap();
        let errors = crate::schemas::errors("offer", &text);
        assert!(errors.is_empty(), "{file}: {errors:#?}");
    }
    // A reversed interval is the validator's to refuse (at its position); a key
    // other than min, max and note is the schema's too.
    let errors = crate::schemas::errors(
        "offer",
        "name = \"A\"\n[scores]\nfit = { by = { claire = { min = 4, mid = 5 } } }\n",
    );
    assert!(!errors.is_empty());
}
