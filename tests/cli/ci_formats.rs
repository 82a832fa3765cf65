//! `outsource check`'s CI formats against validators this project did not write:
//! SARIF against the OASIS schema (format checking on), JUnit against Jenkins'
//! `junit-10.xsd` (with xmllint), plus the GitHub annotation limits, the job
//! summary and GitLab Code Quality. Briefs sit in folders whose names hold a
//! space, `%`, `#` and an accent, and are named by relative and absolute paths.
//! The schemas and their origin are in `tests/vendor/`. The tests that need a
//! tool (xmllint, mandoc, groff) are ignored by a plain `cargo test`; `.ci/run`
//! installs the tools and runs them.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::common::outsource as outsource_at_root;

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

/// The folders (relative to the temporary root) and the fixture brief in each.
const TREE: &[(&str, &str)] = &[
    ("odd dir", "blocker"),
    ("100%", "partial"),
    ("#hash", "stale"),
    ("café", "waived"),
    ("plain", "conditions"),
];

/// A temporary folder holding copies of the fixture briefs under odd names.
fn odd_tree() -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut relative = Vec::new();
    for (folder, brief) in TREE {
        std::fs::create_dir_all(dir.path().join(folder)).unwrap();
        let from = Path::new(MANIFEST).join(format!("tests/fixtures/briefs/{brief}.toml"));
        let to = format!("{folder}/{brief}.toml");
        std::fs::copy(from, dir.path().join(&to)).unwrap();
        relative.push(to);
    }
    (dir, relative)
}

/// The binary in `cwd` (clean environment: no locale, no `GITHUB_STEP_SUMMARY`),
/// with the fixture questionnaires.
fn outsource(cwd: &Path) -> assert_cmd::Command {
    let mut cmd = outsource_at_root();
    cmd.current_dir(cwd)
        .env("NO_COLOR", "1")
        .arg("--questionnaires")
        .arg(Path::new(MANIFEST).join("tests/fixtures/questionnaires"));
    cmd
}

/// Runs `check --format FORMAT` in `cwd` on `briefs`; (exit code, stdout).
fn check(cwd: &Path, format: &str, briefs: &[String]) -> (i32, String) {
    let output = outsource(cwd)
        .args(["check", "--format", format])
        .args(briefs)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

/// Every run the tests validate: relative paths, then absolute ones.
fn relative_and_absolute() -> (tempfile::TempDir, [Vec<String>; 2]) {
    let (dir, relative) = odd_tree();
    let absolute = relative
        .iter()
        .map(|p| dir.path().join(p).to_string_lossy().into_owned())
        .collect();
    (dir, [relative, absolute])
}

// --- SARIF ---------------------------------------------------------------------

/// The OASIS schema, validated under draft 7 with format checking on: draft-04
/// has no `uri-reference` format, so under draft-04 a `uri` holding a space would
/// pass unnoticed. The schema uses no keyword whose meaning changed between the
/// two drafts (no boolean `exclusiveMinimum`), only `id`, which becomes `$id`.
fn sarif_validator() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(Path::new(MANIFEST).join("tests/vendor/sarif-schema-2.1.0.json"))
            .unwrap();
    let mut schema: Value = serde_json::from_str(&text).unwrap();
    assert!(
        !text.contains("exclusiveM"),
        "the draft change would alter it"
    );
    let object = schema.as_object_mut().unwrap();
    let id = object.remove("id").unwrap();
    object.insert("$id".to_owned(), id);
    object.insert(
        "$schema".to_owned(),
        json!("http://json-schema.org/draft-07/schema#"),
    );
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn sarif_errors(validator: &jsonschema::Validator, sarif: &Value) -> Vec<String> {
    validator
        .iter_errors(sarif)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_sarif_validator_rejects_a_path_that_is_not_a_uri() {
    let validator = sarif_validator();
    let sarif = |uri: &str| {
        json!({
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": { "name": "t" } },
                "results": [{
                    "message": { "text": "m" },
                    "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri } } }],
                }],
            }],
        })
    };
    assert_eq!(
        sarif_errors(&validator, &sarif("odd%20dir/b.toml")),
        Vec::<String>::new()
    );
    for bad in [
        "odd dir/b.toml",
        "100%/b.toml",
        "a#b#c.toml",
        "file:///a b.toml",
    ] {
        let errors = sarif_errors(&validator, &sarif(bad));
        assert!(
            errors
                .iter()
                .any(|e| e.contains("uri-reference") || e.contains("uri")),
            "{bad} accepted: {errors:?}"
        );
    }
}

#[test]
fn sarif_meets_the_oasis_schema_for_odd_relative_and_absolute_paths() {
    let validator = sarif_validator();
    let (dir, runs) = relative_and_absolute();
    for briefs in &runs {
        let (code, text) = check(dir.path(), "sarif", briefs);
        assert_eq!(code, 1);
        let sarif: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            sarif_errors(&validator, &sarif),
            Vec::<String>::new(),
            "{text}"
        );
    }

    // Relative paths: percent-encoded, resolved against %SRCROOT%, the cwd.
    let (_, text) = check(dir.path(), "sarif", &runs[0]);
    let sarif: Value = serde_json::from_str(&text).unwrap();
    let run = &sarif["runs"][0];
    let root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        root.starts_with("file:///") && root.ends_with('/'),
        "{root}"
    );
    let uris: HashSet<(&str, &str)> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let artifact = &r["locations"][0]["physicalLocation"]["artifactLocation"];
            (
                artifact["uri"].as_str().unwrap(),
                artifact["uriBaseId"].as_str().unwrap(),
            )
        })
        .collect();
    for uri in [
        "odd%20dir/blocker.toml",
        "100%25/partial.toml",
        "%23hash/stale.toml",
        "caf%C3%A9/waived.toml",
    ] {
        assert!(uris.contains(&(uri, "%SRCROOT%")), "{uri} in {uris:?}");
    }

    // Absolute paths: file:// URIs, no base.
    let (_, text) = check(dir.path(), "sarif", &runs[1]);
    let sarif: Value = serde_json::from_str(&text).unwrap();
    let first =
        &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    let uri = first["uri"].as_str().unwrap();
    assert!(uri.starts_with("file:///"), "{uri}");
    assert!(uri.ends_with("/odd%20dir/blocker.toml"), "{uri}");
    assert!(first.get("uriBaseId").is_none());
}

#[test]
fn sarif_has_a_result_for_every_brief_not_ready_and_names_questions() {
    let (dir, [relative, _]) = relative_and_absolute();
    let (_, text) = check(dir.path(), "sarif", &relative);
    let sarif: Value = serde_json::from_str(&text).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let verdicts: Vec<&Value> = results
        .iter()
        .filter(|r| r["ruleId"] == "verdict")
        .collect();
    // partial.toml fails on coverage alone (2/9 < 0.7) and has no finding: its
    // verdict result keeps the dashboard from showing it green.
    let partial = verdicts
        .iter()
        .find(|r| {
            r["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with("100%/partial.toml")
        })
        .unwrap();
    assert_eq!(partial["level"], "error");
    assert!(
        partial["message"]["text"]
            .as_str()
            .unwrap()
            .contains("coverage 22% below 70%"),
        "{partial}"
    );
    // None of the five is ready (stale.toml has its stale waiver's warning); the
    // three with conditions pass and are notes.
    assert_eq!(verdicts.len(), 5, "{verdicts:?}");
    assert_eq!(verdicts.iter().filter(|r| r["level"] == "error").count(), 2);

    let stale = results
        .iter()
        .find(|r| r["ruleId"] == "stale-waiver")
        .unwrap();
    assert!(
        stale["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with("mini.maturity: stale waiver"),
        "{stale}"
    );
    let weak = results
        .iter()
        .find(|r| r["ruleId"] == "mini.objectives-written" && r["suppressions"].is_null())
        .unwrap();
    assert_eq!(
        weak["message"]["text"],
        "mini.objectives-written: Objectives written? Write them down. Source: Test article"
    );
    assert_eq!(weak["properties"]["sources"], json!(["Test article"]));
    let waived = results
        .iter()
        .find(|r| r["suppressions"].is_array())
        .unwrap();
    assert_eq!(waived["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        waived["suppressions"][0]["justification"],
        "the board accepts it until March"
    );
}

#[test]
fn sarif_of_the_examples_meets_the_schema() {
    let validator = sarif_validator();
    let output = outsource_at_root()
        .args(["check", "--format", "sarif", "examples"])
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(sarif_errors(&validator, &sarif), Vec::<String>::new());
}

#[test]
fn sarif_of_a_run_with_invalid_briefs_meets_the_schema() {
    let (_dir, folder) = invalid_run();
    let sarif: Value = serde_json::from_str(&check_invalid(&folder, "sarif")).unwrap();
    assert_eq!(
        sarif_errors(&sarif_validator(), &sarif),
        Vec::<String>::new()
    );
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let lines: Vec<(&str, &Value)> = results
        .iter()
        .filter(|r| r["ruleId"] == "invalid-toml" || r["ruleId"] == "unknown-question")
        .map(|r| {
            assert_eq!(r["level"], "error");
            (
                r["ruleId"].as_str().unwrap(),
                &r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
        })
        .collect();
    assert_eq!(lines.len(), 2, "{results:?}");
    // The valid brief is still reported.
    assert!(results.iter().any(|r| r["ruleId"] == "verdict"));
}

// --- JUnit ---------------------------------------------------------------------

/// (suite file, JUnit text) of every run: odd relative, odd absolute, examples.
fn junit_outputs() -> Vec<String> {
    let (dir, runs) = relative_and_absolute();
    let mut outputs: Vec<String> = runs
        .iter()
        .map(|briefs| check(dir.path(), "junit", briefs).1)
        .collect();
    let output = outsource_at_root()
        .args(["check", "--format", "junit", "examples"])
        .output()
        .unwrap();
    outputs.push(String::from_utf8(output.stdout).unwrap());
    let (_dir, folder) = invalid_run();
    outputs.push(check_invalid(&folder, "junit"));
    outputs
}

/// A folder under an odd name holding a valid brief and two invalid files (an
/// unknown question at line 4, a TOML syntax error at line 1).
fn invalid_run() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("odd dir é");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(
        Path::new(MANIFEST).join("tests/fixtures/briefs/blocker.toml"),
        folder.join("blocker.toml"),
    )
    .unwrap();
    std::fs::write(
        folder.join("unknown.toml"),
        "[project]\nname = \"U\"\n[answers.mini]\nnope = true\n",
    )
    .unwrap();
    std::fs::write(folder.join("syntax.toml"), "[project\n").unwrap();
    let folder = folder.to_string_lossy().into_owned();
    (dir, folder)
}

/// `check --format FORMAT FOLDER` on an invalid run: exit 2, the stdout.
fn check_invalid(folder: &str, format: &str) -> String {
    let output = outsource(Path::new(MANIFEST))
        .args(["check", "--format", format, folder])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn junit_names_are_unique_across_briefs_and_failures_say_what_to_do() {
    for xml in junit_outputs() {
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let mut seen = HashSet::new();
        for case in doc.descendants().filter(|n| n.has_tag_name("testcase")) {
            let key = (
                case.attribute("classname").unwrap().to_owned(),
                case.attribute("name").unwrap().to_owned(),
            );
            assert!(seen.insert(key.clone()), "duplicate {key:?}");
            assert!(case.attribute("file").is_none() && case.attribute("line").is_none());
        }
        assert!(doc.root_element().attribute("skipped").is_none());
    }
    let (dir, [relative, _]) = relative_and_absolute();
    let (_, xml) = check(dir.path(), "junit", &relative);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let failure = doc
        .descendants()
        .filter(|n| n.has_tag_name("failure") && n.attribute("type") == Some("blocker"))
        .find(|n| n.parent().unwrap().attribute("classname") == Some("odd dir/blocker.toml.mini"))
        .unwrap();
    assert_eq!(
        failure.text(),
        Some(
            "odd dir/blocker.toml:6: mini.objectives-written: Objectives written?\nWrite them down.\nSource: Test article"
        )
    );
}

/// `xmllint --schema` on every JUnit output; `.ci/run` installs libxml2-utils and
/// runs the ignored tests of this file.
#[test]
#[ignore = "needs xmllint: .ci/run installs it"]
fn junit_meets_junit_10_xsd() {
    let xsd = Path::new(MANIFEST).join("tests/vendor/junit-10.xsd");
    let dir = tempfile::tempdir().unwrap();
    for (k, xml) in junit_outputs().iter().enumerate() {
        let file: PathBuf = dir.path().join(format!("junit-{k}.xml"));
        std::fs::write(&file, xml).unwrap();
        let output = std::process::Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(&xsd)
            .arg(&file)
            .output()
            .expect("xmllint (Debian package libxml2-utils)");
        assert!(
            output.status.success(),
            "{}\n{xml}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// The xsd check is not vacuous: xmllint rejects the attributes the issue found.
#[test]
#[ignore = "needs xmllint: .ci/run installs it"]
fn xmllint_rejects_a_line_attribute_on_a_testcase() {
    let xsd = Path::new(MANIFEST).join("tests/vendor/junit-10.xsd");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.xml");
    std::fs::write(
        &file,
        r#"<testsuites><testsuite name="s" tests="1" failures="0" errors="0"><testcase name="c" line="3"/></testsuite></testsuites>"#,
    )
    .unwrap();
    let status = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(&file)
        .output()
        .unwrap()
        .status;
    assert!(!status.success());
}

// --- GitHub --------------------------------------------------------------------

#[test]
fn github_annotations_stay_within_the_limits_verdicts_first() {
    // Twelve failing briefs: 12 verdict errors + 12 blocker errors = 24 errors,
    // and 12 × 2 warnings (maturity scores 0.4, volumes 0.4 in blocker.toml).
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(MANIFEST).join("tests/fixtures/briefs/blocker.toml");
    let briefs: Vec<String> = (1..=12)
        .map(|k| {
            let name = format!("b{k:02}.toml");
            std::fs::copy(&from, dir.path().join(&name)).unwrap();
            name
        })
        .collect();
    let summary = dir.path().join("summary.md");
    let output = outsource(dir.path())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["check", "--format", "github"])
        .args(&briefs)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let errors: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("::error "))
        .collect();
    let warnings = stdout
        .lines()
        .filter(|l| l.starts_with("::warning "))
        .count();
    assert_eq!(errors.len(), 10, "{stdout}");
    assert!(warnings <= 10, "{stdout}");
    // 9 verdicts shown, then the count of the other 24 - 9 = 15.
    for line in &errors[..9] {
        assert!(line.contains(",title=outsource check::not ready"), "{line}");
    }
    assert_eq!(
        errors[9],
        "::error title=outsource check::15 more annotations not shown: GitHub shows 10 per step. Every finding is in the job summary and in `outsource check`'s other formats."
    );
    // The job summary has every brief and every finding.
    let markdown = std::fs::read_to_string(&summary).unwrap();
    for brief in &briefs {
        assert!(
            markdown.contains(&format!("### ❌ `{brief}`")),
            "{markdown}"
        );
    }
    assert_eq!(
        markdown
            .matches("| blocker | `mini.objectives-written` | 6 |")
            .count(),
        12
    );
    assert!(markdown.contains("12 of 12 briefs failed the check."));
}

#[test]
fn no_job_summary_without_github_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(MANIFEST).join("tests/fixtures/briefs/ready.toml"),
        dir.path().join("ready.toml"),
    )
    .unwrap();
    let (code, stdout) = check(dir.path(), "github", &["ready.toml".to_owned()]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "::notice file=ready.toml,title=outsource check::ready (score 100.0/100, coverage 100%25)\n"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

// --- GitLab Code Quality -------------------------------------------------------

#[test]
fn codequality_issues_have_the_fields_gitlab_reads() {
    let (dir, [relative, _]) = relative_and_absolute();
    let (code, text) = check(dir.path(), "codequality", &relative);
    assert_eq!(code, 1);
    let issues: Vec<Value> = serde_json::from_str(&text).unwrap();
    let mut fingerprints = HashSet::new();
    for issue in &issues {
        assert!(issue["description"].as_str().is_some_and(|d| !d.is_empty()));
        assert!(
            issue["check_name"]
                .as_str()
                .unwrap()
                .starts_with("outsource/")
        );
        assert!(
            ["info", "minor", "major", "critical", "blocker"]
                .contains(&issue["severity"].as_str().unwrap()),
            "{issue}"
        );
        assert!(issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
        assert!(fingerprints.insert(issue["fingerprint"].as_str().unwrap().to_owned()));
    }
    let blocker = issues.iter().find(|i| i["severity"] == "blocker").unwrap();
    assert_eq!(blocker["location"]["path"], "odd dir/blocker.toml");
    assert_eq!(blocker["location"]["lines"]["begin"], 6);
    assert_eq!(blocker["check_name"], "outsource/weak-answer");
    assert_eq!(
        blocker["description"],
        "mini.objectives-written: Objectives written? Write them down. Source: Test article"
    );
    // partial.toml fails on coverage alone: its verdict is an issue.
    assert!(
        issues
            .iter()
            .any(|i| i["location"]["path"] == "100%/partial.toml"
                && i["check_name"] == "outsource/verdict")
    );
    // Stable: the same run gives the same fingerprints.
    let (_, again) = check(dir.path(), "codequality", &relative);
    assert_eq!(text, again);
}

// --- Man pages -----------------------------------------------------------------

/// Every page passes `mandoc -Tlint -W warning` (STYLE notes, such as lines over
/// 80 bytes and the lower-case title that Linux pages use, are not warnings) and
/// `groff -k` renders "Français".
#[test]
#[ignore = "needs mandoc and groff: .ci/run installs them"]
fn man_pages_are_clean_under_mandoc_and_groff() {
    let run = |args: &[&str]| {
        let output = outsource_at_root().args(args).output().unwrap();
        assert!(output.status.success());
        output.stdout
    };
    // Every subcommand, as `man nope` lists them.
    let listing = outsource_at_root()
        .args(["--lang", "en", "man", "nope"])
        .output()
        .unwrap();
    let listing = String::from_utf8(listing.stderr).unwrap();
    let subs: Vec<&str> = listing
        .split("expected one of: ")
        .nth(1)
        .unwrap()
        .trim()
        .split(", ")
        .collect();
    assert!(subs.contains(&"check") && subs.len() > 5, "{listing}");
    let mut pages = vec![run(&["man"])];
    for sub in subs {
        pages.push(run(&["man", sub]));
    }
    let dir = tempfile::tempdir().unwrap();
    for (k, page) in pages.iter().enumerate() {
        let file = dir.path().join(format!("page{k}.1"));
        std::fs::write(&file, page).unwrap();
        let lint = std::process::Command::new("mandoc")
            .args(["-Tlint", "-W", "warning"])
            .arg(&file)
            .output()
            .expect("mandoc");
        let messages = String::from_utf8_lossy(&lint.stdout).into_owned()
            + &String::from_utf8_lossy(&lint.stderr);
        assert!(
            lint.status.success() && messages.is_empty(),
            "page {k}: {messages}"
        );
    }
    let file = dir.path().join("page0.1");
    let groff = std::process::Command::new("groff")
        .args(["-k", "-Tutf8", "-man"])
        .arg(&file)
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("groff");
    let text = String::from_utf8(groff.stdout).unwrap();
    assert!(text.contains("Français"), "{text}");
}
