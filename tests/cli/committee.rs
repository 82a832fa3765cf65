//! End-to-end tests of several evaluators (inline `by` and evaluation files),
//! `--aggregate`, the offers' own values and `rank --method all`, on
//! tests/committee/ (the flat committee fixture) and on small files written for the error paths.

#![allow(clippy::unwrap_used)]

use serde_json::Value;

const CRITERIA: &str = "tests/committee/criteria.toml";
const OFFERS: &str = "tests/committee/offers";
const EVALUATIONS: &str = "tests/committee/evaluations";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn rank(args: &[&str]) -> Run {
    let output = crate::common::outsource()
        .args(["--lang", "en", "--color", "never", "rank"])
        .args(args)
        .output()
        .unwrap();
    Run {
        code: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

fn committee(extra: &[&str]) -> Run {
    let mut args = vec!["-c", CRITERIA, OFFERS, EVALUATIONS];
    args.extend(extra);
    let run = rank(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run
}

fn json(extra: &[&str]) -> Value {
    let mut args = extra.to_vec();
    args.extend(["-f", "json"]);
    serde_json::from_str(&committee(&args).stdout).unwrap()
}

fn provider<'a>(doc: &'a Value, name: &str) -> &'a Value {
    doc["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["provider"] == name)
        .unwrap()
}

#[test]
fn evaluators_count_by_their_mean_or_median() {
    // Vosges's fit: claire 8, malik 8, sofia 5 (evaluation files):
    // mean (8 + 8 + 5) / 3 = 7; median 8.
    // Its references (inline `by`): 8, 8, 5, the same.
    // Seine's references: claire 5, sofia 6 (malik gave none): mean = median = 5.5.
    let mean = json(&[]);
    let rhone = provider(&mean, "Vosges Relation Client");
    assert_eq!(rhone["values"]["fit"], 7.0);
    assert_eq!(rhone["values"]["references"], 7.0);
    assert_eq!(
        provider(&mean, "Seine Contact")["values"]["references"],
        5.5
    );
    let median = json(&["--aggregate", "median"]);
    let rhone = provider(&median, "Vosges Relation Client");
    assert_eq!(rhone["values"]["fit"], 8.0);
    assert_eq!(median["disagreement"]["aggregate"], "median");
    assert_eq!(
        provider(&median, "Seine Contact")["values"]["references"],
        5.5
    );
}

#[test]
fn json_shows_the_spread_and_the_scenarios() {
    let doc = json(&[]);
    let d = &doc["disagreement"];
    assert_eq!(
        d["evaluators"],
        serde_json::json!(["claire", "malik", "sofia"])
    );
    let spreads = d["spreads"].as_array().unwrap();
    // 3 offers x 3 judgement criteria.
    assert_eq!(spreads.len(), 9);
    let fit = spreads
        .iter()
        .find(|s| s["provider"] == "Vosges Relation Client" && s["criterion"] == "fit")
        .unwrap();
    // 5..8: range 3; sd: deviations 1, 1, -2 from 7, squares 1, 1, 4, mean 2, sqrt(2).
    assert_eq!(fit["min"], 5.0);
    assert_eq!(fit["range"], 3.0);
    assert!((fit["std_dev"].as_f64().unwrap() - 2.0_f64.sqrt()).abs() < 1e-12);
    let winner = doc["ranking"][0]["provider"].as_str().unwrap();
    assert_eq!(winner, "Loire Appels");
    // Claire alone puts Vosges first (her fit and affinity marks favour it).
    let claire = d["scenarios"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["evaluator"] == "claire")
        .unwrap();
    assert_eq!(claire["winner"], "Vosges Relation Client");
    assert_eq!(claire["changes_winner"], true);
}

#[test]
fn values_show_next_to_contributions_everywhere() {
    let table = committee(&[]).stdout;
    // Loire's price 2.9: (3.1 - 2.9) / (3.1 - 2.6) = 0.4, times 4/13 = 0.123.
    assert!(table.contains("2.9 · 0.123"), "{table}");
    assert!(table.contains("Disagreement between evaluators"), "{table}");
    assert!(
        table.contains("Following claire alone: Vosges Relation Client wins: the winner changes")
    );
    let md = committee(&["-f", "markdown"]).stdout;
    assert!(md.contains("| Price, € per contact (30.8%) |"), "{md}");
    assert!(md.contains("### Disagreement between evaluators"), "{md}");
    let csv = committee(&["-f", "csv"]).stdout;
    let header = csv.lines().next().unwrap();
    assert!(
        header.starts_with("rank,provider,score,price.value,price.normalised,price.contribution,")
    );
    let loire = csv.lines().find(|l| l.contains("Loire")).unwrap();
    assert!(loire.contains(",2.9,"), "{loire}");
}

#[test]
fn method_all_in_every_format() {
    // tests/committee/methods/: the weighted sum picks Cyan (0.556), TOPSIS Atlas
    // (0.683); the arithmetic is in offers.toml.
    let args = [
        "-c",
        "tests/committee/methods/criteria.toml",
        "tests/committee/methods/offers.toml",
        "--method",
        "all",
    ];
    let table = rank(&args);
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(
        table.stdout.contains("The methods pick different winners"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("Cyan (1 → 2)"), "{}", table.stdout);
    assert!(table.stdout.contains("Atlas (2 → 1)"), "{}", table.stdout);
    assert!(table.stdout.contains("═══ topsis ═══"));

    let mut json_args = args.to_vec();
    json_args.extend(["-f", "json"]);
    let doc: Value = serde_json::from_str(&rank(&json_args).stdout).unwrap();
    assert_eq!(doc["method"], "all");
    assert_eq!(doc["different_winner"], true);
    assert_eq!(doc["winners"]["weighted-sum"], "Cyan");
    assert_eq!(doc["winners"]["topsis"], "Atlas");
    assert_eq!(doc["rankings"][1]["method"], "topsis");
    let cyan = doc["moves"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["provider"] == "Cyan")
        .unwrap();
    assert_eq!(cyan["ranks"]["topsis"], 2);

    let mut csv_args = args.to_vec();
    csv_args.extend(["-f", "csv"]);
    let csv = rank(&csv_args);
    let lines: Vec<&str> = csv.stdout.lines().collect();
    assert!(lines[0].starts_with("method,rank,provider,score,"));
    // One header, then 3 ranked offers per method.
    assert_eq!(lines.len(), 1 + 2 * 3);
    assert!(lines[4].starts_with("topsis,1,Atlas,"), "{}", csv.stdout);

    let mut md_args = args.to_vec();
    md_args.extend(["-f", "markdown"]);
    let md = rank(&md_args).stdout;
    assert!(md.starts_with("## Rankings by every method\n"), "{md}");
    assert!(md.contains("| Cyan | 1 (0.556) | 2 (0.350) | ↕ |"), "{md}");
    assert!(md.contains("\n### Ranking of the offers\n"), "{md}");
}

/// Writes files into a temporary folder and ranks them against the committee criteria.
fn rank_files(files: &[(&str, &str)]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let criteria = std::fs::canonicalize(CRITERIA).unwrap();
    let output = crate::common::outsource()
        .current_dir(dir.path())
        .args(["--lang", "en", "--color", "never", "rank", "-c"])
        .arg(criteria)
        .arg(".")
        .output()
        .unwrap();
    Run {
        code: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

const OFFER: &str = "name = \"A\"\n[scores]\nprice = 3\n";

#[test]
fn a_bad_by_value_is_named_with_its_position() {
    let run = rank_files(&[(
        "a.toml",
        "name = \"A\"\n[scores]\nprice = 3\nfit = { by = { claire = 4, malik = \"high\" } }\n",
    )]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("error[not-a-number]: `fit.by.malik` must be a finite number"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("a.toml:4:36"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn evaluation_file_errors() {
    // An unknown key in [evaluator]: the TOML error with its position.
    let run = rank_files(&[
        ("a.toml", OFFER),
        (
            "claire.toml",
            "[evaluator]\nname = \"claire\"\nteam = \"ops\"\n",
        ),
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("claire.toml:3:1"), "{}", run.stderr);
    assert!(
        run.stderr.contains("unknown field `team`"),
        "{}",
        run.stderr
    );

    // A provider no offer gives, and a value on the offer's own figure.
    let run = rank_files(&[
        ("a.toml", OFFER),
        (
            "claire.toml",
            "[evaluator]\nname = \"claire\"\n[offer.A]\nprice = 2\n[offer.Zeta]\nfit = 3\n",
        ),
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("A gives its own value for `price`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("claire.toml:4:9"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error[unknown-provider]: no offer of the ranking is from `Zeta`")
    );
    assert!(run.stderr.contains("help: offers: A"));

    // No name.
    let run = rank_files(&[
        ("a.toml", OFFER),
        ("x.toml", "[evaluator]\n[offer.A]\nfit = 1\n"),
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("error[missing-name]: the evaluator has no `name`"),
        "{}",
        run.stderr
    );
}

#[test]
fn report_shows_the_values_and_takes_the_aggregate() {
    let output = crate::common::outsource()
        .args([
            "--lang",
            "en",
            "report",
            "examples/ecommerce-retailer.toml",
            "-c",
        ])
        .args([
            CRITERIA,
            OFFERS,
            EVALUATIONS,
            "-f",
            "markdown",
            "--aggregate",
            "median",
        ])
        .output()
        .unwrap();
    let md = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0));
    // By the median, Vosges's fit is 8 (8, 8, 5) and Vosges leads.
    assert!(
        md.contains("| Criterion | Weight | 1. Vosges Relation Client |"),
        "{md}"
    );
    assert!(
        md.contains("| Price (€ per contact) | 30.8% | 3.1 · 0.000 |"),
        "{md}"
    );
    assert!(md.contains("| Fit to needs | 23.1% | 8 · 0.231 |"), "{md}");
}

const AHP_CRITERIA: &str = "[[criterion]]\nid = \"price\"\nname = \"Price\"\ndirection = \"cost\"\n\
[[criterion]]\nid = \"fit\"\nname = \"Fit\"\n\
[[criterion]]\nid = \"sla\"\nname = \"SLA\"\n[ahp]\ncomparisons = [\n";

const AHP_OFFERS: &str = "[[provider]]\nname = \"A\"\n[provider.scores]\nprice = 3\nfit = 5\nsla = 80\n\
[[provider]]\nname = \"B\"\n[provider.scores]\nprice = 4\nfit = 7\nsla = 90\n";

fn rank_ahp(comparisons: &str, format: &str) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let criteria = format!("{AHP_CRITERIA}{comparisons}]\n");
    std::fs::write(dir.path().join("criteria.toml"), criteria).unwrap();
    std::fs::write(dir.path().join("offers.toml"), AHP_OFFERS).unwrap();
    let output = crate::common::outsource()
        .current_dir(dir.path())
        .args([
            "--lang",
            "en",
            "rank",
            "-c",
            "criteria.toml",
            "offers.toml",
            "-f",
            format,
        ])
        .output()
        .unwrap();
    Run {
        code: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

#[test]
fn ahp_judgements_by_several_evaluators() {
    // price over fit: claire 2, malik 4, sofia 8 -> geometric mean 4; price over
    // sla: 4 for all (plain); fit over sla: 1. The aggregate [1 4 4; 1/4 1 1;
    // 1/4 1 1] is consistent: weights 4/6, 1/6, 1/6.
    let comparisons = "[\"price\", \"fit\", { by = { claire = 2, malik = 4, sofia = 8 } }],\n\
                       [\"price\", \"sla\", 4], [\"fit\", \"sla\", 1],\n";
    let run = rank_ahp(comparisons, "json");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    assert!((doc["weights"]["price"].as_f64().unwrap() - 4.0 / 6.0).abs() < 1e-9);
    let evaluators = doc["ahp"]["evaluators"].as_array().unwrap();
    assert_eq!(evaluators.len(), 3);
    // malik's own matrix is the aggregate: consistent.
    assert_eq!(evaluators[1]["name"], "malik");
    assert!(evaluators[1]["cr"].as_f64().unwrap() < 1e-9);
    // claire's [1 2 4; 1/2 1 1; 1/4 1 1] is not: price/sla 4 but price/fit x fit/sla = 2.
    assert!(evaluators[0]["cr"].as_f64().unwrap() > 0.0);
    let table = rank_ahp(comparisons, "table").stdout;
    assert!(
        table.contains("  - claire: consistency ratio 0.0"),
        "{table}"
    );
}

#[test]
fn a_bad_ahp_judgement_by_evaluators_is_refused() {
    let comparisons = "[\"price\", \"fit\", { by = { claire = 20 } }],\n\
                       [\"price\", \"sla\", 4], [\"fit\", \"sla\", 1],\n";
    let run = rank_ahp(comparisons, "table");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("error[ahp-bad-comparison]: a judgement by several evaluators"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("criteria.toml:13:18"), "{}", run.stderr);
}
