//! `outsource report` with offers: the ranking, the contributions chart, exclusions,
//! weights, AHP consistency and the sensitivity analysis, on the example criteria
//! and offers.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::process::Output;

use crate::common::{html_errors, stdout};
use crate::leak;

const BRIEF: &str = "examples/ecommerce-retailer.toml";

fn report(args: &[&str]) -> Output {
    crate::common::outsource()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--lang", "en", "report", BRIEF])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn html_report_with_offers_and_sensitivity() {
    let html = stdout(&report(&[
        "--criteria",
        "examples/criteria.toml",
        "examples/offers",
        "--sensitivity",
        "--samples",
        "500",
    ]));
    let errors = html_errors(&html);
    assert!(errors.is_empty(), "{errors:#?}");
    // Radar, contributions, shares of first places, rank acceptability heat map.
    assert_eq!(html.matches("<svg").count(), 4);
    assert!(html.contains("Rank acceptability"));
    for needle in [
        "id=\"offers\"",
        "Method: weighted sum",
        "<td>Rhône Relation Client</td>",
        "Excluded offers",
        "<strong>EuroVox Nearshore</strong>",
        "Weights and contributions",
        "Rhône Relation Client leads Atlantique Contact by 0.147. It gains most on",
        // 0.0625 rounded half away from zero, as `rank` writes it (README).
        "Service-level guarantee (+0.063)",
        "Sensitivity to the weights",
        "over 500 random weightings",
        "What changes the winner",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    assert!(!html.contains("AHP consistency"));
}

#[test]
fn ahp_consistency_and_topsis_are_reported() {
    let html = stdout(&report(&[
        "--criteria",
        "examples/criteria-ahp.toml",
        "examples/offers",
        "--method",
        "topsis",
    ]));
    assert!(html_errors(&html).is_empty());
    assert!(html.contains("AHP consistency:"));
    assert!(html.contains("λ<sub>max</sub>"));
    assert!(html.contains("TOPSIS"));
    assert!(html.contains("do not add up to the score"));
    // No --sensitivity: radar and contributions only.
    assert_eq!(html.matches("<svg").count(), 2);
}

#[test]
fn markdown_report_with_offers_writes_three_charts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lumen.md");
    let output = report(&[
        "--criteria",
        "examples/criteria.toml",
        "examples/offers",
        "-s",
        "--samples",
        "200",
        "-f",
        "markdown",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert!(stdout(&output).is_empty());
    let text = std::fs::read_to_string(&path).unwrap();
    for name in [
        "lumen-radar.svg",
        "lumen-offers.svg",
        "lumen-sensitivity.svg",
    ] {
        assert!(text.contains(&format!("]({name})")), "no link to {name}");
        let svg = std::fs::read_to_string(dir.path().join(name)).unwrap();
        roxmltree::Document::parse(&svg).unwrap();
    }
    assert!(
        text.contains("| # | Provider | Score |\n|---:|---|---:|\n| 1 | Rhône Relation Client |")
    );
    assert!(text.contains("### Excluded offers"));
}

#[test]
fn bad_offer_files_are_input_errors() {
    let output = report(&[
        "--criteria",
        "tests/rank/criteria.toml",
        "tests/rank/bad-not-a-number.toml",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

#[test]
fn no_offer_passing_the_must_haves_still_gives_a_report() {
    let html = stdout(&report(&[
        "--criteria",
        "tests/rank/criteria-strict.toml",
        "tests/rank/offers.toml",
        "--sensitivity",
    ]));
    assert!(html_errors(&html).is_empty());
    assert!(html.contains("No offer passes the must-have criteria."));
    assert!(html.contains("<strong>Alpha</strong>: quality = 8 is below the minimum 10"));
    // Radar only: no bar to draw, no sensitivity without a ranking.
    assert_eq!(html.matches("<svg").count(), 1);
}

/// The report in both languages and both formats, with every offers section
/// (exclusions, warnings, AHP, sensitivity): no word of the other language, no
/// English decimal point nor plain space before `:` in French.
#[test]
fn both_formats_speak_one_language() {
    let criteria_sets: [&[&str]; 2] = [
        &["--criteria", "examples/criteria.toml"],
        &[
            "--criteria",
            "examples/criteria-ahp.toml",
            "--method",
            "topsis",
        ],
    ];
    for lang in ["fr", "en"] {
        for format in ["html", "markdown"] {
            for criteria in criteria_sets {
                let output = crate::common::outsource()
                    .args(["--lang", lang, "report", BRIEF, "--format", format])
                    .args(criteria)
                    .args(["examples/offers", "--sensitivity", "--samples", "200"])
                    .output()
                    .unwrap();
                let text = stdout(&output);
                // The style sheet is code.
                let text = match (text.find("<style>"), text.find("</style>")) {
                    (Some(start), Some(end)) => format!("{}{}", &text[..start], &text[end..]),
                    _ => text,
                };
                // Citations keep the article's language, and waivers, notes and the
                // appendix of answers the client's words: those lines are data,
                // not the tool's sentences.
                let text: String = leak::prose(&without_answers(&text))
                    .lines()
                    .filter(|line| {
                        !["Source", "Risk accepted", "Risque accepté", "Note"]
                            .iter()
                            .any(|label| {
                                line.trim_start().trim_start_matches('*').starts_with(label)
                            })
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                let found = leak::leaks(&text, lang);
                assert!(found.is_empty(), "{lang} {format} {criteria:?}: {found:#?}");
            }
        }
    }
}

/// The report without its appendix of answers (the client's own words).
fn without_answers(text: &str) -> String {
    let (start, end) = if text.starts_with("<!DOCTYPE") {
        ("<section id=\"answers\"", "</section>")
    } else {
        ("\n## Appendix", "\n## ")
    };
    let start = text
        .find(start)
        .or_else(|| text.find("\n## Annexe"))
        .expect("the report has an appendix of answers");
    let end = text[start + 1..]
        .find(end)
        .map_or(text.len(), |end| start + 1 + end);
    format!("{}{}", &text[..start], &text[end..])
}

#[test]
fn committee_report_groups_the_chart_and_scores_each_group() {
    let html = stdout(&report(&[
        "--criteria",
        "examples/committee/criteria.toml",
        "examples/committee",
    ]));
    let errors = html_errors(&html);
    assert!(errors.is_empty(), "{errors:#?}");
    // Eleven criteria in five groups: one series per group, no "other" series.
    let chart = html
        .split("Score of each offer, by criterion</title>")
        .nth(1)
        .and_then(|rest| rest.split("</svg>").next())
        .unwrap();
    for group in ["Cost", "Quality of service", "Security and compliance"] {
        assert!(
            chart.contains(&format!(">{group}<")),
            "legend lacks {group}"
        );
    }
    assert!(!chart.contains("Other criteria"));
    assert!(html.contains("Score per group of criteria"));
    // Security and compliance: Rhône 1.000 (its group score), weight 32.3%.
    assert!(html.contains(
        "<td>Security and compliance</td><td class=\"num\">32.3%</td><td class=\"num\">1.000</td>"
    ));
}

#[test]
fn committee_report_shows_where_evaluators_disagree() {
    let args = [
        "--criteria",
        "examples/committee/criteria.toml",
        "examples/committee",
    ];
    let html = stdout(&report(&args));
    let mut markdown_args = args.to_vec();
    markdown_args.extend(["--format", "markdown"]);
    let markdown = stdout(&report(&markdown_args));
    // Rhône's `fit`: claire 3, malik 3, sofia 9; mean 5, population SD
    // sqrt(((3-5)² + (3-5)² + (9-5)²) / 3) = sqrt(8) = 2.83.
    assert!(markdown.contains("### Disagreement between evaluators"));
    assert!(markdown.contains(
        "| Fit and interest in our project | Rhône Relation Client | 3 | 3 | 9 | 5 | 3–9 | 2.83 |"
    ));
    assert!(html.contains("Disagreement between evaluators"));
    assert!(html.contains("<td>Rhône Relation Client</td>"));
    for text in [&html, &markdown] {
        assert!(text.contains("Following sofia alone: Rhône Relation Client wins (unchanged)"));
        assert!(text.contains("No reading of the evaluators"));
    }
    let french = stdout(
        &crate::common::outsource()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["--lang", "fr", "report", BRIEF, "--format", "markdown"])
            .args(args)
            .output()
            .unwrap(),
    );
    assert!(french.contains("### Désaccords entre évaluateurs"));
    // Decimal comma in the standard deviation.
    assert!(french.contains("| 2,83 |"), "{french}");
    // A flat file scored once has no such section.
    let flat = stdout(&report(&[
        "--criteria",
        "examples/criteria.toml",
        "examples/offers",
    ]));
    assert!(!flat.contains("Disagreement between evaluators"));
}
