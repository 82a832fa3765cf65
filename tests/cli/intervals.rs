//! End-to-end tests of uncertain values: an interval `{ min, max }` counts as its
//! midpoint in the ranking and is drawn uniformly by `--sensitivity`, as are the
//! evaluators' values of `by` (one evaluator drawn per sample).

#![allow(clippy::unwrap_used)]

use serde_json::Value;

/// One criterion on a fixed scale 0 to 10 (utility = value / 10).
const CRITERIA: &str = "[[criterion]]\nid = \"quality\"\nname = \"Quality\"\nweight = 1\n\
scale = { worst = 0, best = 10 }\n";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Writes `criteria.toml` and the offers into a temporary folder and ranks them.
fn rank(offers: &[(&str, &str)], extra: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("criteria.toml"), CRITERIA).unwrap();
    std::fs::create_dir(dir.path().join("offers")).unwrap();
    for (name, text) in offers {
        std::fs::write(dir.path().join("offers").join(name), text).unwrap();
    }
    let output = crate::common::outsource()
        .current_dir(dir.path())
        .args(["--lang", "en", "--color", "never", "rank"])
        .args(["-c", "criteria.toml", "offers"])
        .args(extra)
        .output()
        .unwrap();
    Run {
        code: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

const FIXED: (&str, &str) = ("a.toml", "name = \"A\"\n[scores]\nquality = 5\n");
const INTERVAL: (&str, &str) = (
    "b.toml",
    "name = \"B\"\n[scores]\nquality = { min = 0, max = 10, note = \"pilot\" }\n",
);
const EVALUATORS: (&str, &str) = (
    "c.toml",
    "name = \"C\"\n[scores]\nquality = { by = { claire = 4, malik = 6 } }\n",
);

fn first_place_share(doc: &Value, name: &str) -> f64 {
    doc["sensitivity"]["acceptability"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["provider"] == name)
        .unwrap()["ranks"][0]
        .as_f64()
        .unwrap()
}

#[test]
fn intervals_and_evaluators_feed_the_monte_carlo() {
    let run = rank(
        &[FIXED, INTERVAL, EVALUATORS],
        &["--sensitivity", "--samples", "20000", "-f", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    // One criterion, so the weights never matter: A = 5, B uniform on [0, 10],
    // C = 4 or 6 with probability 1/2 each.
    // P(A first) = P(B < 5) P(C = 4) = 0.5 x 0.5 = 0.25;
    // P(C first) = P(C = 6) P(B < 6) = 0.5 x 0.6 = 0.30;
    // P(B first) = 0.5 x P(B > 5) + 0.5 x P(B > 6) = 0.25 + 0.20 = 0.45.
    // Standard error at 20,000 samples: at most sqrt(0.25 / 20000) = 0.0035; 0.02
    // is more than 5 of them.
    for (name, expected) in [("A", 0.25), ("B", 0.45), ("C", 0.30)] {
        let share = first_place_share(&doc, name);
        assert!((share - expected).abs() < 0.02, "{name}: {share}");
    }
    // The first-place shares of the summary are the same numbers.
    assert_eq!(
        doc["sensitivity"]["first_place_share"]["B"],
        doc["sensitivity"]["acceptability"][1]["ranks"][0]
    );
    // The ranking counts B's midpoint 5 and C's mean 5: all three tie.
    for offer in doc["ranking"].as_array().unwrap() {
        assert_eq!(offer["values"]["quality"], 5.0, "{offer}");
    }
    let codes: Vec<&str> = doc["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"uncertain-value"), "{codes:?}");
}

#[test]
fn the_warning_names_the_offer_and_the_midpoint() {
    let run = rank(&[FIXED, INTERVAL], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all = format!("{}{}", run.stdout, run.stderr);
    assert!(
        all.contains(
            "B gives an uncertain value (an interval) on Quality: the ranking counts its midpoint"
        ),
        "{all}"
    );
}

#[test]
fn a_bad_interval_is_refused_where_it_is() {
    let run = rank(
        &[(
            "a.toml",
            "name = \"A\"\n[scores]\nquality = { min = 6, max = 4 }\n",
        )],
        &[],
    );
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr
            .contains("error[invalid-score]: score `quality`: `min` is greater than `max`"),
        "{}",
        run.stderr
    );
    // Line 3, column 28: the `4` of `max = 4`.
    assert!(run.stderr.contains("a.toml:3:28"), "{}", run.stderr);

    let run = rank(
        &[(
            "a.toml",
            "name = \"A\"\n[scores]\nquality = { min = 4, max = 6, value = 5 }\n",
        )],
        &[],
    );
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("together with `value` or `by`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_must_have_tests_the_midpoint() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("criteria.toml"),
        format!("{CRITERIA}min = 5\n"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("offers")).unwrap();
    // Midpoints: A (4 + 7) / 2 = 5.5 is kept; B (2 + 7) / 2 = 4.5 is excluded.
    for (name, text) in [
        (
            "a.toml",
            "name = \"A\"\n[scores]\nquality = { min = 4, max = 7 }\n",
        ),
        (
            "b.toml",
            "name = \"B\"\n[scores]\nquality = { min = 2, max = 7 }\n",
        ),
    ] {
        std::fs::write(dir.path().join("offers").join(name), text).unwrap();
    }
    let output = crate::common::outsource()
        .current_dir(dir.path())
        .args([
            "--lang",
            "en",
            "rank",
            "-c",
            "criteria.toml",
            "offers",
            "-f",
            "json",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["ranking"][0]["provider"], "A");
    assert_eq!(doc["ranking"].as_array().unwrap().len(), 1);
    assert_eq!(doc["excluded"][0]["provider"], "B");
}

// ---------------------------------------------------------------------------
// Intervals in sheets, in evaluation files, and in every output of `rank`.

use std::path::Path;

use crate::sheets::{ranking_json, write_ods};

/// The offers of `tests/rank/offers.toml` without Delta, with two intervals:
/// Alpha's quality 7..9 (midpoint (7 + 9) / 2 = 8, its fixture value) and
/// Bravo's price 1.5..2.5 (midpoint (1.5 + 2.5) / 2 = 2, its fixture value).
const OFFERS_TOML: &str = "[[provider]]\nname = \"Alpha\"\n[provider.scores]\n\
quality = { min = 7, max = 9 }\nprice = 3.0\nreferences = 6\n\n\
[[provider]]\nname = \"Bravo\"\n[provider.scores]\nquality = 6\n\
price = { min = 1.5, max = 2.5 }\nreferences = 9\n\n\
[[provider]]\nname = \"Charlie\"\n[provider.scores]\nquality = 4\nprice = 3.5\n";

/// The same offers as a French-style CSV: `;` between cells, decimal commas.
const OFFERS_CSV: &str =
    "provider;Qualité;Prix;Références\nAlpha;7..9;3,0;6\nBravo;6;1,5..2,5;9\nCharlie;4;3,5;\n";

fn write_offers_xlsx(path: &Path) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Offres").unwrap();
    sheet
        .write_row(0, 0, ["Prestataire", "quality", "price", "references"])
        .unwrap();
    sheet.write_row(1, 0, ["Alpha", "7..9"]).unwrap();
    sheet.write_row(1, 2, [3.0, 6.0]).unwrap();
    sheet.write_row(2, 0, ["Bravo"]).unwrap();
    sheet.write_number(2, 1, 6.0).unwrap();
    sheet.write_string(2, 2, "1.5..2.5").unwrap();
    sheet.write_number(2, 3, 9.0).unwrap();
    sheet.write_row(3, 0, ["Charlie"]).unwrap();
    sheet.write_row(3, 1, [4.0, 3.5]).unwrap();
    workbook.save(path).unwrap();
}

/// The four files, written in `dir`.
fn offers_in_every_form(dir: &Path) -> [std::path::PathBuf; 4] {
    let toml = dir.join("offers.toml");
    std::fs::write(&toml, OFFERS_TOML).unwrap();
    let csv = dir.join("offers.csv");
    std::fs::write(&csv, OFFERS_CSV).unwrap();
    let xlsx = dir.join("offers.xlsx");
    write_offers_xlsx(&xlsx);
    let ods = dir.join("offers.ods");
    write_ods(
        &ods,
        &[
            &["provider", "quality", "price", "references"],
            &["Alpha", "7..9", "3", "6"],
            &["Bravo", "6", "1.5..2.5", "9"],
            &["Charlie", "4", "3.5", ""],
        ],
    );
    [toml, csv, xlsx, ods]
}

#[test]
fn intervals_rank_alike_from_toml_csv_xlsx_and_ods() {
    let dir = tempfile::tempdir().unwrap();
    let [toml, csv, xlsx, ods] = offers_in_every_form(dir.path());
    for extra in [&[][..], &["--sensitivity", "--samples", "500"]] {
        let expected = ranking_json(&toml, extra);
        for other in [&csv, &xlsx, &ods] {
            assert_eq!(ranking_json(other, extra), expected, "{}", other.display());
        }
    }
    let doc = ranking_json(&toml, &[]);
    // Weights 5:3:2 = 0.5, 0.3, 0.2. Quality 8, 6, 4 -> 1, 0.5, 0; price (cost)
    // 3, 2, 3.5 -> (3.5 - x) / 1.5 = 1/3, 1, 0; references 6, 9, none -> 0, 1, 0.
    // Bravo 0.25 + 0.3 + 0.2 = 0.75; Alpha 0.5 + 0.1 + 0 = 0.6; Charlie 0.
    let bravo = &doc["ranking"][0];
    assert_eq!(bravo["provider"], "Bravo");
    assert!((bravo["score"].as_f64().unwrap() - 0.75).abs() < 1e-12);
    assert_eq!(bravo["values"]["price"], 2.0);
    assert_eq!(
        bravo["intervals"],
        serde_json::json!({ "price": { "min": 1.5, "max": 2.5 } })
    );
    let alpha = &doc["ranking"][1];
    assert!((alpha["score"].as_f64().unwrap() - 0.6).abs() < 1e-12);
    assert_eq!(
        alpha["intervals"],
        serde_json::json!({ "quality": { "min": 7.0, "max": 9.0 } })
    );
    // No interval, no field: the JSON of plain offers is unchanged.
    assert!(doc["ranking"][2].get("intervals").is_none());
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    let output = crate::common::outsource()
        .current_dir(dir)
        .args(["--color", "never"])
        .args(args)
        .output()
        .unwrap();
    Run {
        code: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

#[test]
fn every_rank_output_shows_the_interval() {
    let dir = tempfile::tempdir().unwrap();
    offers_in_every_form(dir.path());
    let criteria = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rank/criteria.toml");
    let criteria = criteria.to_str().unwrap();
    let rank = |lang: &str, format: &str| {
        let run = run_in(
            dir.path(),
            &[
                "--lang",
                lang,
                "rank",
                "-c",
                criteria,
                "offers.toml",
                "-f",
                format,
            ],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
    };
    // Contributions as above: Alpha's quality 0.5 x 1 = 0.500, Bravo's price
    // 0.3 x 1 = 0.300.
    let table = rank("en", "table");
    assert!(table.contains("7–9 · 0.500"), "{table}");
    assert!(table.contains("1.5–2.5 · 0.300"), "{table}");
    assert!(table.contains("7–9: an uncertain value (an interval), ranked by its midpoint"));
    let markdown = rank("fr", "markdown");
    assert!(markdown.contains("| 1,5–2,5 · 0,300 |"), "{markdown}");
    assert!(
        markdown.contains("7–9\u{a0}: une valeur incertaine"),
        "{markdown}"
    );
    // CSV: min and max only for the criteria with intervals, the value column
    // keeps the midpoint (8 for Alpha's quality, 2 for Bravo's price).
    let csv = rank("en", "csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "rank,provider,score,quality.value,quality.min,quality.max,quality.normalised,\
         quality.contribution,price.value,price.min,price.max,price.normalised,\
         price.contribution,references.value,references.normalised,references.contribution"
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("1,Bravo,0.75,6,,,0.5,0.25,2,1.5,2.5,1,")
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("2,Alpha,0.6,8,7,9,1,0.5,3,,,")
    );
    // XLSX: an Intervals sheet, one row per interval: min, midpoint, max.
    let run = run_in(
        dir.path(),
        &[
            "--lang",
            "en",
            "rank",
            "-c",
            criteria,
            "offers.toml",
            "-f",
            "xlsx",
            "-o",
            "r.xlsx",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    use calamine::Reader as _;
    let mut book = calamine::open_workbook_auto(dir.path().join("r.xlsx")).unwrap();
    let range = book.worksheet_range("Intervals").unwrap();
    let rows: Vec<String> = range
        .rows()
        .map(|row| {
            row.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect();
    assert_eq!(
        rows,
        [
            "Provider|Criterion|Min|Midpoint (ranked)|Max",
            "Bravo|Price|1.5|2|2.5",
            "Alpha|Quality|7|8|9",
        ]
    );
}

#[test]
fn bad_intervals_in_sheets_name_their_cell() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("offers.csv"),
        "provider,quality\nAlpha,9..7\nBravo,abc..5\n",
    )
    .unwrap();
    let criteria = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rank/criteria.toml");
    let criteria = criteria.to_str().unwrap();
    let run = run_in(
        dir.path(),
        &["--lang", "en", "rank", "-c", criteria, "offers.csv"],
    );
    assert_eq!(run.code, 2, "{}", run.stdout);
    // `Alpha,` is 6 bytes: the cell starts at column 7 of lines 2 and 3.
    for expected in [
        "error[invalid-score]: Quality: the interval “9..7” has its lower bound above its upper bound",
        "offers.csv:2:7",
        "error[not-a-number]: Quality: expected a number or an interval `min..max`, found “abc..5”",
        "offers.csv:3:7",
        "an uncertain value is written `40..60`",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
    let run = run_in(
        dir.path(),
        &["--lang", "fr", "rank", "-c", criteria, "offers.csv"],
    );
    assert!(
        run.stderr
            .contains("Qualité\u{a0}: l’intervalle «\u{a0}9..7\u{a0}» a sa borne basse"),
        "{}",
        run.stderr
    );
    let ods = dir.path().join("offers.ods");
    write_ods(&ods, &[&["provider", "quality"], &["Alpha", "5..1"]]);
    let run = run_in(
        dir.path(),
        &["--lang", "en", "rank", "-c", criteria, "offers.ods"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("offers.ods, sheet Offres, B2"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_evaluator_interval_is_drawn_after_the_evaluator() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("criteria.toml"), CRITERIA).unwrap();
    std::fs::create_dir(dir.path().join("offers")).unwrap();
    std::fs::create_dir(dir.path().join("evaluations")).unwrap();
    std::fs::write(
        dir.path().join("offers/a.toml"),
        "name = \"A\"\n[scores]\nquality = 5\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("offers/b.toml"), "name = \"B\"\n[scores]\n").unwrap();
    for (name, value) in [("claire", "{ min = 0, max = 10 }"), ("malik", "3")] {
        std::fs::write(
            dir.path().join(format!("evaluations/{name}.toml")),
            format!("[evaluator]\nname = \"{name}\"\n[offer.B]\nquality = {value}\n"),
        )
        .unwrap();
    }
    let args = [
        "--lang",
        "en",
        "rank",
        "-c",
        "criteria.toml",
        "offers",
        "evaluations",
    ];
    let run = run_in(
        dir.path(),
        &[
            &args[..],
            &["-f", "json", "--sensitivity", "--samples", "20000"],
        ]
        .concat(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    // B's value: claire's midpoint (0 + 10) / 2 = 5 and malik's 3, mean 4 < A's 5.
    assert_eq!(doc["ranking"][0]["provider"], "A");
    assert_eq!(doc["ranking"][1]["values"]["quality"], 4.0);
    // B wins when claire is drawn (1/2) and her value exceeds 5 (1/2): 1/4; malik's
    // 3 never beats 5. Standard error sqrt(0.25 x 0.75 / 20000) = 0.003; 0.02 allowed.
    let share = first_place_share(&doc, "B");
    assert!((share - 0.25).abs() < 0.02, "{share}");
    let run = run_in(
        dir.path(),
        &[&args[..], &["--sensitivity", "--samples", "100"]].concat(),
    );
    assert!(
        run.stdout.contains(
            "and of the uncertain values: each interval drawn uniformly between its bounds, \
             and one evaluator’s value drawn per offer and criterion"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_relative_criterion_nobody_answered_shows_no_value() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("o.csv"),
        "provider,quality,price\nAlpha,8,3\nBravo,6,2\n",
    )
    .unwrap();
    let criteria = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rank/criteria.toml");
    let run = run_in(
        dir.path(),
        &[
            "--lang",
            "en",
            "rank",
            "-c",
            criteria.to_str().unwrap(),
            "o.csv",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Nobody answered references (weight 0.2): both get the same 0.2 x 1 = 0.200,
    // shown without a value and without the `*` of a value counted as the worst.
    assert!(
        run.stdout
            .contains("│ references ┆ — · 0.200 ┆ — · 0.200 │"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("counted as the worst"),
        "{}",
        run.stdout
    );
    let all = format!("{}{}", run.stdout, run.stderr);
    assert!(all.contains("warning[no-values]"), "{all}");
    assert!(!all.contains("warning[missing-value]"), "{all}");
}

#[test]
fn the_report_says_values_are_drawn_too() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("offers.toml"), OFFERS_TOML).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let brief = root.join("examples/ecommerce-retailer.toml");
    let criteria = root.join("tests/rank/criteria.toml");
    for (lang, expected) in [
        (
            "en",
            "over 200 random draws of the weights, each weight times an independent \
             uniform factor in \\[0.5, 1.5\\], then renormalised to sum 1, and of the \
             uncertain values: each interval drawn uniformly between its bounds.",
        ),
        (
            "fr",
            "sur 200 tirages des poids, chaque poids multiplié par un facteur uniforme \
             indépendant dans \\[0,5",
        ),
        (
            "fr",
            "et des valeurs incertaines\u{a0}: chaque intervalle tiré uniformément entre \
             ses bornes.",
        ),
    ] {
        let run = run_in(
            dir.path(),
            &[
                "--lang",
                lang,
                "report",
                brief.to_str().unwrap(),
                "-c",
                criteria.to_str().unwrap(),
                "offers.toml",
                "--sensitivity",
                "--samples",
                "200",
                "--format",
                "markdown",
            ],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stdout.contains(expected), "{}", run.stdout);
    }
}
