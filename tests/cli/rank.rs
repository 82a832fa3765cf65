//! End-to-end tests of `outsource rank` on the fixtures in tests/rank/ and the examples.

// Helpers outside #[test] functions are not covered by clippy.toml's allow-unwrap-in-tests.
#![allow(clippy::unwrap_used)]

use crate::leak;
use serde_json::Value;

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

const CRITERIA: &str = "tests/rank/criteria.toml";
const OFFERS: &str = "tests/rank/offers.toml";

fn json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let run = rank(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn json_follows_the_contract() {
    let doc = json(&["--criteria", CRITERIA, OFFERS]);
    assert_eq!(doc["method"], "weighted-sum");
    // Weights 5, 3, 2 normalised.
    assert_eq!(doc["weights"]["quality"], 0.5);
    assert_eq!(doc["weights"]["price"], 0.3);
    assert_eq!(doc["weights"]["references"], 0.2);
    // Delta (price 4.5 > max 4) is excluded. Over Alpha, Bravo, Charlie:
    // quality 8, 6, 4 -> 1, 0.5, 0; price 3.0, 2.0, 3.5 (cost) -> 0.333, 1, 0;
    // references 6, 9, missing -> worst = 6 -> 0, 1, 0.
    // Alpha = 0.5 + 0.1 = 0.6; Bravo = 0.25 + 0.3 + 0.2 = 0.75; Charlie = 0.
    let ranking = doc["ranking"].as_array().unwrap();
    let names: Vec<&str> = ranking
        .iter()
        .map(|o| o["provider"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Bravo", "Alpha", "Charlie"]);
    assert_eq!(ranking[0]["rank"], 1);
    assert!((ranking[0]["score"].as_f64().unwrap() - 0.75).abs() < 1e-12);
    assert!((ranking[1]["score"].as_f64().unwrap() - 0.6).abs() < 1e-12);
    assert_eq!(ranking[2]["score"].as_f64().unwrap(), 0.0);
    assert!((ranking[1]["contributions"]["price"].as_f64().unwrap() - 0.1).abs() < 1e-12);
    assert_eq!(ranking[2]["missing"][0], "references");
    assert_eq!(
        ranking[0]["notes"]["references"],
        "three calls, all positive"
    );
    let excluded = doc["excluded"].as_array().unwrap();
    assert_eq!(excluded.len(), 1);
    assert_eq!(excluded[0]["provider"], "Delta");
    assert_eq!(excluded[0]["reasons"][0]["code"], "above-max");
    // The sentence names the criterion by its label; the id is a field of its own.
    assert_eq!(excluded[0]["reasons"][0]["criterion"], "price");
    assert_eq!(
        excluded[0]["reasons"][0]["message"],
        "Price = 4.5 is above the maximum 4"
    );
    let warnings = doc["warnings"].as_array().unwrap();
    assert!(warnings.iter().any(|w| w["code"] == "missing-value"));
    // Bravo - Alpha: quality 0.25 - 0.5, price 0.3 - 0.1, references 0.2 - 0.
    assert_eq!(doc["lead"]["winner"], "Bravo");
    assert_eq!(doc["lead"]["runner_up"], "Alpha");
    assert!((doc["lead"]["margin"].as_f64().unwrap() - 0.15).abs() < 1e-12);
    assert!((doc["lead"]["gains"]["price"].as_f64().unwrap() - 0.2).abs() < 1e-12);
    assert!((doc["lead"]["losses"]["quality"].as_f64().unwrap() + 0.25).abs() < 1e-12);
    assert!(doc.get("ahp").is_none());
    assert!(doc.get("sensitivity").is_none());
}

#[test]
fn json_sensitivity_section() {
    let doc = json(&[
        "-c",
        CRITERIA,
        OFFERS,
        "--sensitivity",
        "--samples",
        "300",
        "--seed",
        "7",
    ]);
    let s = &doc["sensitivity"];
    assert_eq!(s["samples"], 300);
    assert_eq!(s["seed"], 7);
    let thresholds = s["thresholds"].as_array().unwrap();
    assert_eq!(thresholds.len(), 3);
    assert_eq!(thresholds[0]["criterion"], "quality");
    // Quality weight t, price and references share 1 - t in the ratio 3:2:
    // Alpha = t + (1 - t) * 0.6 * 1/3 = 0.2 + 0.8 t; Bravo = 0.5 t + (1 - t) * 1
    // = 1 - 0.5 t. Alpha overtakes Bravo at 1.3 t = 0.8, t = 0.6154 (+0.1154).
    let quality = &thresholds[0];
    assert!((quality["new_weight"].as_f64().unwrap() - 0.8 / 1.3).abs() < 1e-6);
    assert_eq!(quality["new_winner"], "Alpha");
    let share = &s["first_place_share"];
    let total: f64 = ["Alpha", "Bravo", "Charlie"]
        .iter()
        .map(|p| share[p].as_f64().unwrap())
        .sum();
    assert!((total - 1.0).abs() < 1e-9);
    assert_eq!(s["rank_range"]["Charlie"], serde_json::json!([3, 3]));
    // Same seed, same document.
    let again = json(&[
        "-c",
        CRITERIA,
        OFFERS,
        "--sensitivity",
        "--samples",
        "300",
        "--seed",
        "7",
    ]);
    assert_eq!(doc, again);
}

#[test]
fn topsis_from_the_file_and_the_flag_wins_over_it() {
    let doc = json(&["-c", "tests/rank/criteria-topsis.toml", OFFERS]);
    assert_eq!(doc["method"], "topsis");
    for offer in doc["ranking"].as_array().unwrap() {
        let score = offer["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
    }
    let doc = json(&[
        "-c",
        "tests/rank/criteria-topsis.toml",
        OFFERS,
        "--method",
        "weighted-sum",
    ]);
    assert_eq!(doc["method"], "weighted-sum");
}

#[test]
fn ahp_weights_and_consistency() {
    // quality/price 2, quality/references 3, price/references 2: not quite
    // consistent (2 * 2 = 4, not 3), so CR is above 0 but well under 0.10.
    let doc = json(&["-c", "tests/rank/criteria-ahp.toml", OFFERS]);
    let ahp = &doc["ahp"];
    let cr = ahp["cr"].as_f64().unwrap();
    assert!(cr > 0.0 && cr < 0.10, "{cr}");
    assert_eq!(ahp["ri"], 0.58);
    assert_eq!(ahp["ri_table"], "Saaty (1980)");
    let weights = &doc["weights"];
    let sum: f64 = ["quality", "price", "references"]
        .iter()
        .map(|id| weights[id].as_f64().unwrap())
        .sum();
    assert!((sum - 1.0).abs() < 1e-12);
    assert!(weights["quality"].as_f64() > weights["price"].as_f64());
}

#[test]
fn inconsistent_ahp_is_a_warning_naming_the_judgements() {
    let run = rank(&["-c", "tests/rank/criteria-ahp-inconsistent.toml", OFFERS]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("warning[ahp-inconsistent]: AHP consistency ratio 2.759"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("quality vs price: 5"), "{}", run.stdout);
    assert!(run.stdout.contains("Saaty (1980)"));
}

#[test]
fn csv_has_a_header_and_one_row_per_ranked_offer() {
    let run = rank(&["-c", CRITERIA, OFFERS, "-f", "csv"]);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "rank,provider,score,quality.value,quality.normalised,quality.contribution,\
         price.value,price.normalised,price.contribution,\
         references.value,references.normalised,references.contribution"
    );
    // Exclusions and warnings have no column: they go to stderr.
    assert!(
        run.stderr
            .contains("excluded: Delta: Price = 4.5 is above the maximum 4")
    );
    assert!(run.stderr.contains("warning[missing-value]"));
    assert_eq!(lines.len(), 4);
    let first: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(first[..2], ["1", "Bravo"]);
    assert!((first[2].parse::<f64>().unwrap() - 0.75).abs() < 1e-12);
    for line in &lines[1..] {
        let fields: Vec<&str> = line.split(',').collect();
        // rank, provider, score, then value, normalised, contribution per criterion.
        assert_eq!(fields.len(), 3 + 3 * 3);
        let score: f64 = fields[2].parse().unwrap();
        let sum: f64 = fields[5..]
            .iter()
            .step_by(3)
            .map(|f| f.parse::<f64>().unwrap())
            .sum();
        assert!((score - sum).abs() < 1e-12, "{line}");
    }
}

#[test]
fn markdown_has_a_table_and_the_lists() {
    let run = rank(&[
        "-c",
        CRITERIA,
        OFFERS,
        "-f",
        "markdown",
        "-s",
        "--samples",
        "50",
    ]);
    assert_eq!(run.code, 0);
    let md = &run.stdout;
    assert!(
        md.contains("| Rank | Provider | Score | Quality (50%) | Price (30%) | Références (20%) |"),
        "{md}"
    );
    assert!(md.contains("| 1 | Bravo | 0.750 |"), "{md}");
    assert!(
        md.contains("### Excluded\n\n- **Delta**: Price = 4.5 is above the maximum 4"),
        "{md}"
    );
    assert!(md.contains("### Warnings"));
    assert!(md.contains("### Sensitivity to the weights"));
}

#[test]
fn table_is_the_default() {
    let run = rank(&["-c", CRITERIA, OFFERS]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("│    1 ┆ Bravo"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("Excluded:\n  - Delta: Price = 4.5 is above the maximum 4")
    );
    assert!(run.stdout.contains("0.000*"), "the missing value is marked");
}

#[test]
fn colours_only_when_asked() {
    let plain = rank(&["-c", CRITERIA, OFFERS]);
    assert!(!plain.stdout.contains('\x1b'));
    let output = crate::common::outsource()
        .args([
            "--lang", "en", "--color", "always", "rank", "-c", CRITERIA, OFFERS,
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("\x1b[1;32mBravo is ahead of Alpha"),
        "{stdout}"
    );
    assert!(stdout.contains("\x1b[31m  - Delta:"), "{stdout}");
    assert!(
        stdout.contains("\x1b[33mwarning[missing-value]"),
        "{stdout}"
    );
}

#[test]
fn french_output() {
    let output = crate::common::outsource()
        .args(["--lang", "fr", "rank", "-c", CRITERIA, OFFERS])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("Prestataire"));
    // No-break space before the colon; decimal comma; the label, not the id.
    assert!(
        stdout.contains("Exclues\u{a0}:\n  - Delta\u{a0}: Prix = 4,5 dépasse le maximum 4"),
        "{stdout}"
    );
    assert!(stdout.contains("│    1 ┆ Bravo       ┆ 0,750"), "{stdout}");
    assert!(
        stdout.contains("Bravo devance Alpha de 0,150\u{a0}; gagne surtout sur Prix +0,200"),
        "{stdout}"
    );
}

/// Every human format of `rank`, in both languages, on the fixtures and the
/// examples (with sensitivity, AHP, exclusions and warnings): no word of the other
/// language, no English decimal point nor plain space before `:` in French.
#[test]
fn human_formats_speak_one_language() {
    let cases: &[&[&str]] = &[
        &["-c", CRITERIA, OFFERS, "-s", "--samples", "50"],
        &["-c", "tests/rank/criteria-ahp-inconsistent.toml", OFFERS],
        &["-c", "tests/rank/criteria-strict.toml", OFFERS],
        &[
            "-c",
            "tests/rank/criteria-topsis.toml",
            OFFERS,
            "-s",
            "--samples",
            "50",
        ],
        &[
            "-c",
            "examples/criteria.toml",
            "examples/offers",
            "-s",
            "--samples",
            "50",
        ],
        &[
            "-c",
            "examples/criteria-ahp.toml",
            "examples/offers",
            "-s",
            "--samples",
            "50",
        ],
    ];
    for lang in ["fr", "en"] {
        for format in ["table", "markdown"] {
            for args in cases {
                let output = crate::common::outsource()
                    .args(["--lang", lang, "--color", "never", "rank", "-f", format])
                    .args(*args)
                    .output()
                    .unwrap();
                let stdout = String::from_utf8(output.stdout).unwrap();
                assert!(!stdout.is_empty(), "{lang} {format} {args:?}");
                let mut found = leak::leaks(&stdout, lang);
                if lang == "fr" {
                    found.extend(leak::typography(&stdout));
                }
                assert!(
                    found.is_empty(),
                    "{lang} {format} {args:?}: {found:#?}\n{stdout}"
                );
            }
        }
    }
}

#[test]
fn diagnostics_in_french() {
    let output = crate::common::outsource()
        .args([
            "--lang",
            "fr",
            "rank",
            "-c",
            CRITERIA,
            "tests/rank/bad-unknown-criterion.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("erreur[unknown-criterion]\u{a0}: critère inconnu `qualty`"),
        "{stderr}"
    );
    assert!(stderr.contains("critères connus\u{a0}: quality, price, references"));
    assert!(stderr.contains("1 problème dans les fichiers d’entrée"));
}

#[test]
fn nothing_left_exits_1_with_the_reasons() {
    let run = rank(&["-c", "tests/rank/criteria-strict.toml", OFFERS]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("Alpha: quality = 8 is below the minimum 10")
    );
    assert!(
        run.stdout
            .contains("no value for references, which requires one")
    );
    assert!(
        run.stdout
            .contains("no offer passes the must-have criteria")
    );
}

#[test]
fn examples_rank_with_both_criteria_files() {
    for criteria in ["examples/criteria.toml", "examples/criteria-ahp.toml"] {
        let run = rank(&["-c", criteria, "examples/offers", "-s", "--samples", "200"]);
        assert_eq!(run.code, 0, "{criteria}: {}", run.stderr);
        assert!(run.stderr.is_empty(), "{criteria}: {}", run.stderr);
        assert!(
            run.stdout
                .contains("EuroVox Nearshore: Data protection = 5 is below the minimum 6")
        );
        assert!(
            run.stdout
                .contains("Nordique Assistance: Price = 4.9 is above the maximum 4.5")
        );
        assert!(
            run.stdout
                .contains("Garonne Contact gives no value for References")
        );
    }
    let doc = json(&["-c", "examples/criteria-ahp.toml", "examples/offers"]);
    assert!(doc["ahp"]["cr"].as_f64().unwrap() < 0.10);
    assert_eq!(doc["ahp"]["ri_table"], "Alonso & Lamata (2006)");
    assert_eq!(doc["ranking"].as_array().unwrap().len(), 4);
}

/// A bad input: exit 2, and stderr has the code, the message and `file:line:col`.
fn bad(criteria: &str, offers: &[&str], code: &str, message: &str, location: &str) {
    let mut args = vec!["-c", criteria];
    args.extend(offers);
    let run = rank(&args);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("error[{code}]: {message}")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("--> {location}")),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "nothing is ranked: {}", run.stdout);
}

#[test]
fn unknown_criterion_in_an_offer() {
    bad(
        CRITERIA,
        &[OFFERS, "tests/rank/bad-unknown-criterion.toml"],
        "unknown-criterion",
        "unknown criterion `qualty`",
        "tests/rank/bad-unknown-criterion.toml:5:1",
    );
}

#[test]
fn negative_and_zero_weights() {
    bad(
        "tests/rank/bad-weight-negative.toml",
        &[OFFERS],
        "weight-not-positive",
        "the weight of `price` must be greater than 0, got -1",
        "tests/rank/bad-weight-negative.toml:7:10",
    );
    bad(
        "tests/rank/bad-weight-zero.toml",
        &[OFFERS],
        "weight-not-positive",
        "the weight of `quality` must be greater than 0, got 0",
        "tests/rank/bad-weight-zero.toml:3:10",
    );
}

#[test]
fn non_numeric_score_and_weight() {
    bad(
        CRITERIA,
        &["tests/rank/bad-not-a-number.toml"],
        "not-a-number",
        "`price` must be a finite number, got the string \"cheap\"",
        "tests/rank/bad-not-a-number.toml:5:9",
    );
    bad(
        "tests/rank/bad-weight-text.toml",
        &[OFFERS],
        "not-a-number",
        "`weight` must be a finite number, got the string \"high\"",
        "tests/rank/bad-weight-text.toml:3:10",
    );
}

#[test]
fn ahp_value_out_of_range() {
    bad(
        "tests/rank/bad-ahp-range.toml",
        &[OFFERS],
        "ahp-out-of-range",
        "comparison value 12 is outside Saaty's scale 1/9 to 9",
        "tests/rank/bad-ahp-range.toml:9:24",
    );
}

#[test]
fn ahp_missing_pairs_are_named() {
    bad(
        "tests/rank/bad-ahp-missing.toml",
        &[OFFERS],
        "ahp-missing-pair",
        "2 pairs not compared: `quality` / `references`, `price` / `references`",
        "tests/rank/bad-ahp-missing.toml:10:15",
    );
}

#[test]
fn ahp_duplicated_pair_even_reversed() {
    bad(
        "tests/rank/bad-ahp-duplicate.toml",
        &[OFFERS],
        "ahp-duplicate-pair",
        "the pair `quality` / `price` is compared twice",
        "tests/rank/bad-ahp-duplicate.toml:10:3",
    );
}

#[test]
fn duplicate_provider_names_in_a_file_and_across_files() {
    bad(
        CRITERIA,
        &["tests/rank/bad-duplicate-provider.toml"],
        "duplicate-provider",
        "provider `Golf` appears twice",
        "tests/rank/bad-duplicate-provider.toml:7:8",
    );
    bad(
        CRITERIA,
        &[OFFERS, "tests/rank/bad-duplicate-across.toml"],
        "duplicate-provider",
        "provider `Alpha` appears twice",
        "tests/rank/bad-duplicate-across.toml:2:8",
    );
}

#[test]
fn empty_files() {
    bad(
        CRITERIA,
        &["tests/rank/bad-empty.toml"],
        "empty-file",
        "the offer file is empty",
        "tests/rank/bad-empty.toml:1:1",
    );
    bad(
        "tests/rank/bad-empty.toml",
        &[OFFERS],
        "empty-file",
        "the criteria file is empty",
        "tests/rank/bad-empty.toml:1:1",
    );
}

#[test]
fn criteria_file_without_criterion() {
    bad(
        "tests/rank/bad-no-criterion.toml",
        &[OFFERS],
        "no-criterion",
        "the criteria file has no `[[criterion]]`",
        "tests/rank/bad-no-criterion.toml:1:1",
    );
}

#[test]
fn unknown_key() {
    bad(
        "tests/rank/bad-unknown-key.toml",
        &[OFFERS],
        "invalid-toml",
        "unknown field `wieght`",
        "tests/rank/bad-unknown-key.toml:3:1",
    );
}

#[test]
fn duplicate_criterion() {
    bad(
        "tests/rank/bad-duplicate-criterion.toml",
        &[OFFERS],
        "duplicate-criterion",
        "criterion `quality` is defined twice",
        "tests/rank/bad-duplicate-criterion.toml:6:6",
    );
}

#[test]
fn min_above_max() {
    bad(
        "tests/rank/bad-min-above-max.toml",
        &[OFFERS],
        "min-above-max",
        "`min` (90) is above `max` (80) for `sla`: no offer can pass",
        "tests/rank/bad-min-above-max.toml:4:7",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    // A boolean score: without valid criteria a text could be a level's name.
    let run = rank(&[
        "-c",
        "tests/rank/bad-weight-negative.toml",
        "tests/rank/bad-not-a-number-bool.toml",
        "tests/rank/bad-duplicate-provider.toml",
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("error[weight-not-positive]"));
    assert!(run.stderr.contains("error[not-a-number]"));
    assert!(run.stderr.contains("error[duplicate-provider]"));
    assert!(
        run.stderr.contains("error: 3 problems in the input files"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_folder_with_other_files_keeps_only_the_offers() {
    // examples/committee/ holds its criteria file and offers/.
    let run = rank(&[
        "-c",
        "examples/committee/criteria.toml",
        "examples/committee",
        "-f",
        "csv",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 4, "{}", run.stdout);
}

#[test]
fn missing_file_is_an_input_error_with_its_path() {
    let run = rank(&["-c", "tests/rank/nope.toml", OFFERS]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("cannot read tests/rank/nope.toml"),
        "{}",
        run.stderr
    );
}
