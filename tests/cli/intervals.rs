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
