//! End-to-end tests of the committee outputs' second pass: criterion names in the
//! disagreement tables, each evaluator's AHP consistency per matrix of the groups
//! (tests/committee2/), and `rank --format csv --sensitivity` as the ranking with
//! extra columns.

#![allow(clippy::unwrap_used)]

use serde_json::Value;

const CRITERIA: &str = "tests/committee2/criteria.toml";
const OFFERS: &str = "tests/committee2/offers";

fn rank(lang: &str, args: &[&str]) -> String {
    let output = crate::common::outsource()
        .args(["--lang", lang, "--color", "never", "rank"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    String::from_utf8(output.stdout).unwrap()
}

fn close(a: &Value, b: f64) -> bool {
    (a.as_f64().unwrap() - b).abs() < 1e-6
}

#[test]
fn disagreement_tables_show_criterion_names() {
    let args = [
        "-c",
        "examples/committee/criteria.toml",
        "examples/committee",
    ];
    // examples/committee: `references` of Atlantique Contact (inline `by`) and
    // `fit` of every offer (evaluation files) are scored by three evaluators.
    let english = rank("en", &args);
    let section = &english[english.find("Disagreement between evaluators").unwrap()..];
    assert!(section.contains("│ References "), "{section}");
    assert!(
        section.contains("│ Fit and interest in our project "),
        "{section}"
    );
    assert!(!section.contains("│ fit "), "{section}");
    let french = rank("fr", &args);
    let section = &french[french.find("Désaccords entre évaluateurs").unwrap()..];
    assert!(
        section.contains("│ Adéquation et intérêt pour notre projet "),
        "{section}"
    );
    // JSON keeps the id as the key and adds the name in the output's language.
    let mut json_args = args.to_vec();
    json_args.extend(["-f", "json"]);
    let doc: Value = serde_json::from_str(&rank("fr", &json_args)).unwrap();
    let spread = &doc["disagreement"]["spreads"][0];
    assert_eq!(spread["criterion"], "references");
    assert_eq!(spread["criterion_name"], "Références");
}

#[test]
fn each_evaluators_consistency_ratio_per_matrix_of_the_groups() {
    // Among the groups (n = 3, RI = 0.58, Saaty 1980):
    // claire: cost/quality 2, quality/team 2, cost/team 4 = 2 x 2: consistent,
    // lambda_max = 3, CI = (3 - 3) / 2 = 0, CR = 0.
    // malik: 2, 2 and cost/team 1/2: every row of [1 2 1/2; 1/2 1 2; 2 1/2 1]
    // holds 1, 2 and 1/2, so w = (1, 1, 1) / 3 and lambda_max = 3.5;
    // CI = (3.5 - 3) / 2 = 0.25; CR = 0.25 / 0.58 = 0.431 (> 0.10).
    // Inside quality (n = 4, RI = 0.90): claire's rows each hold 1, 2, 1 and 1/2:
    // lambda_max = 4.5, CI = (4.5 - 4) / 3 = 0.1667, CR = 0.1667 / 0.90 = 0.185;
    // malik's judgements are all 1: lambda_max = 4, CI = 0, CR = 0.
    let table = rank("en", &["-c", CRITERIA, OFFERS]);
    for line in [
        "  - claire, comparisons among the groups: consistency ratio 0.000\n",
        "  - malik, comparisons among the groups: consistency ratio 0.431 (above 0.10)\n",
        "  - claire, comparisons inside Quality: consistency ratio 0.185 (above 0.10)\n",
        "  - malik, comparisons inside Quality: consistency ratio 0.000\n",
    ] {
        assert!(table.contains(line), "{line}\n{table}");
    }
    let french = rank("fr", &["-c", CRITERIA, OFFERS]);
    assert!(
        french.contains(
            "  - claire, comparaisons dans Qualité\u{a0}: ratio de cohérence 0,185 (au-dessus de 0,10)\n"
        ),
        "{french}"
    );
    let markdown = rank("en", &["-c", CRITERIA, OFFERS, "-f", "markdown"]);
    assert!(
        markdown.contains(
            "- malik, comparisons among the groups: consistency ratio 0.431 (above 0.10)\n"
        ),
        "{markdown}"
    );

    let doc: Value =
        serde_json::from_str(&rank("en", &["-c", CRITERIA, OFFERS, "-f", "json"])).unwrap();
    let among = &doc["ahp"]["evaluators"];
    assert_eq!(among[0]["name"], "claire");
    assert!(close(&among[0]["cr"], 0.0), "{among}");
    assert!(close(&among[1]["cr"], 0.25 / 0.58), "{among}");
    let quality = &doc["groups"][1]["ahp"];
    assert!(
        close(&quality["evaluators"][0]["cr"], 0.5 / 3.0 / 0.90),
        "{quality}"
    );
    assert!(close(&quality["evaluators"][1]["cr"], 0.0), "{quality}");
    // The aggregate inside quality: a/b = b/c = c/d = sqrt(2 x 1) = sqrt(2),
    // a/d = sqrt(1/2 x 1), a/c = b/d = 1: every row holds 1, sqrt(2), 1 and
    // 1/sqrt(2), so the weights are equal (1/4 each) and lambda_max = 2 +
    // 1.414214 + 0.707107 = 4.121320.
    assert!(close(
        &quality["lambda_max"],
        2.0 + 2.0_f64.sqrt() + 0.5_f64.sqrt()
    ));
    let local = doc["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "sla")
        .unwrap();
    assert!(close(&local["local_weight"], 0.25), "{local}");
}

#[test]
fn judgements_inside_a_group_must_name_the_same_evaluators() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(CRITERIA).unwrap().replace(
        r#"["references", "hours", { by = { claire = 2, malik = 1 } }]"#,
        r#"["references", "hours", { by = { claire = 2, sofia = 1 } }]"#,
    );
    let path = dir.path().join("criteria.toml");
    std::fs::write(&path, text).unwrap();
    let output = crate::common::outsource()
        .args(["--lang", "en", "rank", "-c"])
        .arg(&path)
        .arg(OFFERS)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("every judgement with `by` must name the same evaluators"),
        "{stderr}"
    );
    // The sixth judgement of quality, line 27 of the fixture: its `{ by = … }` starts
    // at column 27 (2 spaces, `["references", ` 16 characters, `"hours", ` 9).
    assert!(stderr.contains("criteria.toml:27:27"), "{stderr}");
}

#[test]
fn csv_with_sensitivity_is_still_the_ranking() {
    let plain = rank("en", &["-c", CRITERIA, OFFERS, "-f", "csv"]);
    let with = rank(
        "en",
        &[
            "-c",
            CRITERIA,
            OFFERS,
            "-f",
            "csv",
            "--sensitivity",
            "--samples",
            "200",
            "--seed",
            "7",
        ],
    );
    let (plain, with): (Vec<&str>, Vec<&str>) = (plain.lines().collect(), with.lines().collect());
    // The same rows, each one the plain row followed by the sensitivity columns.
    assert_eq!(plain.len(), with.len());
    for (p, w) in plain.iter().zip(&with) {
        assert!(w.starts_with(&format!("{p},")), "{w}");
    }
    assert!(with[0].ends_with(
        ",rank_1_share,rank_2_share,mean_rank,best_rank,worst_rank,central_rank_low,\
         central_rank_high,confidence,price.central_weight,fit.central_weight,\
         sla.central_weight,handling.central_weight,references.central_weight,\
         hours.central_weight"
    ));
    // Alpha is better than Beta on every criterion, so it is first in every
    // sample: shares 1 and 0, every rank figure 1, confidence 1 (exact values).
    // Beta never ranks first: no confidence and no central weights (6 empty).
    let alpha: Vec<&str> = with[1].rsplitn(15, ',').collect();
    let alpha: Vec<&str> = alpha.into_iter().rev().skip(1).collect();
    assert_eq!(alpha[..8], ["1", "0", "1", "1", "1", "1", "1", "1"]);
    // Alpha's central weights: the mean of weight vectors that each sum to 1.
    let sum: f64 = alpha[8..].iter().map(|w| w.parse::<f64>().unwrap()).sum();
    assert!((sum - 1.0).abs() < 1e-9, "{sum}");
    assert!(with[2].ends_with(",0,1,2,2,2,2,2,,,,,,,"), "{}", with[2]);
}
