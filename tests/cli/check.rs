//! `outsource check` end to end: every output format parsed, every exit code,
//! waivers, partial briefs, folders. Briefs answer the fixture questionnaire
//! `tests/fixtures/questionnaires/mini.toml`; its arithmetic is in each test.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use assert_cmd::Command;
use serde_json::Value;

fn outsource() -> Command {
    let mut cmd = crate::common::outsource();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--questionnaires", "tests/fixtures/questionnaires"]);
    cmd
}

fn brief(name: &str) -> String {
    format!("tests/fixtures/briefs/{name}.toml")
}

/// Runs `check --format json` and returns (exit code, JSON).
fn check_json(args: &[&str]) -> (i32, Value) {
    let output = outsource()
        .arg("check")
        .args(["--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)));
    (output.status.code().unwrap(), json)
}

fn close(value: &Value, expected: f64) -> bool {
    (value.as_f64().unwrap() - expected).abs() < 1e-9
}

#[test]
fn ready_brief_passes_with_full_marks() {
    // Every answer scores 1: (2 + 1 + 3 + 1 + 2) / 9 = 100 %.
    let (code, json) = check_json(&[&brief("ready")]);
    assert_eq!(code, 0);
    assert_eq!(json["passed"], true);
    let b = &json["briefs"][0];
    assert_eq!(b["file"], brief("ready"));
    assert!(close(&b["score"], 100.0));
    assert!(close(&b["coverage"], 1.0));
    assert_eq!(b["verdict"], "ready");
    assert_eq!(b["findings"].as_array().unwrap().len(), 0);
    assert_eq!(b["dimensions"][0]["id"], "objectives");
    assert!(close(&b["dimensions"][1]["score"], 100.0));
}

#[test]
fn conditions_pass_unless_failing_on_warnings() {
    // objectives: (2×1 + 1×0.75) / 3 = 91.67; governance: (3×0.4 + 1×0.75) / 4 = 48.75
    // overall: 4.7 / 7 = 67.142857…; coverage 7 / 9 (kpi-count, weight 2, unanswered).
    let (code, json) = check_json(&[&brief("conditions")]);
    assert_eq!(code, 0);
    let b = &json["briefs"][0];
    assert!(close(&b["score"], 470.0 / 7.0));
    assert!(close(&b["coverage"], 7.0 / 9.0));
    assert!(close(&b["dimensions"][0]["score"], 275.0 / 3.0));
    assert!(close(&b["dimensions"][1]["score"], 48.75));
    assert_eq!(b["verdict"], "ready-with-conditions");
    assert_eq!(b["missing"], serde_json::json!(["mini.kpi-count"]));
    let finding = &b["findings"][0];
    assert_eq!(finding["severity"], "warning");
    assert_eq!(finding["questionnaire"], "mini");
    assert_eq!(finding["question"], "volumes");
    assert_eq!(finding["message"], "Volumes?");
    assert_eq!(finding["line"], 9);
    assert_eq!(finding["waived"], false);

    let (code, json) = check_json(&["--fail-on", "warning", &brief("conditions")]);
    assert_eq!(code, 1);
    assert_eq!(json["passed"], false);
    // A higher minimum score fails it too: 67.1 < 70.
    let (code, _) = check_json(&["--min-score", "70", &brief("conditions")]);
    assert_eq!(code, 1);
}

#[test]
fn blocker_fails() {
    // (2×0 + 1×0.75 + 3×0.4 + 1×0.75) / 7 = 2.7 / 7 = 38.57…
    let (code, json) = check_json(&[&brief("blocker")]);
    assert_eq!(code, 1);
    let b = &json["briefs"][0];
    assert!(close(&b["score"], 270.0 / 7.0));
    assert_eq!(b["verdict"], "not-ready");
    assert_eq!(b["findings"][0]["severity"], "blocker");
    assert_eq!(b["findings"][0]["line"], 6);
    assert!(
        b["reasons"][0]
            .as_str()
            .unwrap()
            .contains("1 unwaived blocker")
    );
}

#[test]
fn waived_blocker_passes_and_not_applicable_leaves_the_weights() {
    // kpi-count is not applicable: (0 + 1 + 3 + 1) / 7 = 71.43; coverage 7 / 7.
    let (code, json) = check_json(&[&brief("waived")]);
    assert_eq!(code, 0);
    let b = &json["briefs"][0];
    assert!(close(&b["score"], 500.0 / 7.0));
    assert!(close(&b["coverage"], 1.0));
    assert_eq!(b["findings"][0]["waived"], true);
    assert_eq!(
        b["findings"][0]["waiver_reason"],
        "the board accepts it until March"
    );
    assert_eq!(b["not_applicable"][0]["question"], "mini.kpi-count");
    assert_eq!(b["verdict"], "ready-with-conditions");
}

#[test]
fn stale_waiver_is_reported() {
    let (code, json) = check_json(&[&brief("stale")]);
    assert_eq!(code, 0);
    let finding = &json["briefs"][0]["findings"][0];
    assert_eq!(finding["kind"], "stale-waiver");
    assert_eq!(finding["severity"], "warning");
    assert_eq!(finding["line"], 13);
    let (code, _) = check_json(&["--fail-on", "warning", &brief("stale")]);
    assert_eq!(code, 1);
}

#[test]
fn partial_brief_counts_missing_answers() {
    // Only objectives-written (weight 2 of 9) is answered: coverage 2/9 < 0.7.
    let (code, json) = check_json(&[&brief("partial")]);
    assert_eq!(code, 1);
    let b = &json["briefs"][0];
    assert!(close(&b["coverage"], 2.0 / 9.0));
    assert!(close(&b["score"], 100.0));
    assert_eq!(b["missing"].as_array().unwrap().len(), 4);
    assert_eq!(b["dimensions"][1]["score"], Value::Null);
    assert!(
        b["reasons"][0]
            .as_str()
            .unwrap()
            .contains("coverage 22% below 70%")
    );
    // A lower coverage threshold lets it through.
    let (code, _) = check_json(&["--min-coverage", "0.2", &brief("partial")]);
    assert_eq!(code, 0);
}

#[test]
fn a_folder_checks_every_brief() {
    let (code, json) = check_json(&["tests/fixtures/briefs"]);
    assert_eq!(code, 1, "blocker.toml and partial.toml fail");
    let files: Vec<&str> = json["briefs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 6);
    assert!(files.windows(2).all(|w| w[0] < w[1]), "sorted: {files:?}");
}

#[test]
fn human_output_shows_table_findings_and_verdict() {
    let output = outsource()
        .args(["check", &brief("conditions")])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("tests/fixtures/briefs/conditions.toml: ACME · Conditions"),
        "{stdout}"
    );
    assert!(stdout.contains("│ Objectives ┆  91.7 ┆"), "{stdout}");
    assert!(stdout.contains("│ Overall    ┆  67.1 ┆"), "{stdout}");
    assert!(
        stdout.contains("warning[mini.volumes]: Volumes?"),
        "{stdout}"
    );
    assert!(
        stdout.contains("--> tests/fixtures/briefs/conditions.toml:9:1"),
        "{stdout}"
    );
    assert!(
        stdout.contains("9 | volumes = { value = \"estimated\", note = \"from phone bills\" }"),
        "{stdout}"
    );
    assert!(stdout.contains("weak answer: scores 40%"), "{stdout}");
    assert!(stdout.contains("help: Count."), "{stdout}");
    assert!(
        stdout.contains("unanswered (1): mini.kpi-count"),
        "{stdout}"
    );
    assert!(
        stdout.contains("verdict: ready with conditions (score 67.1/100, coverage 78%): 1 unwaived warning; score 67.1 below 75; coverage 78% below 90%"),
        "{stdout}"
    );
    assert!(!stdout.contains("\x1b["), "no colour when not a terminal");
}

#[test]
fn human_output_in_french_and_quiet() {
    let output = outsource()
        .args(["--lang", "fr", "check", &brief("blocker")])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("point bloquant[mini.objectives-written]\u{a0}: Objectifs écrits ?"),
        "{stdout}"
    );
    assert!(stdout.contains("verdict\u{a0}: pas prêt"), "{stdout}");
    assert!(stdout.contains("Global"), "{stdout}");

    let output = outsource()
        .args(["--quiet", "check", &brief("ready")])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        stdout,
        "tests/fixtures/briefs/ready.toml: verdict: ready (score 100.0/100, coverage 100%)\n"
    );

    let output = outsource()
        .args(["--color", "always", "check", &brief("ready")])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("\x1b[1;32m")
    );
}

#[test]
fn french_locale_is_the_default_when_lang_says_so() {
    let output = outsource()
        .env("LANG", "fr_FR.UTF-8")
        .args(["check", &brief("ready")])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("verdict\u{a0}: prêt (score 100,0/100, couverture 100\u{a0}%)")
    );
}

#[test]
fn github_annotations() {
    let output = outsource()
        .args(["check", "--format", "github", &brief("blocker")])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    // The verdict comes first (annotations are capped at 10 per kind).
    assert!(
        lines[0].starts_with(
            "::error file=tests/fixtures/briefs/blocker.toml,title=outsource check::not ready"
        ),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with("::error file=tests/fixtures/briefs/blocker.toml,line=6,title=blocker mini.objectives-written::Objectives written?%0AWrite them down.%0ASource: Test article"),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("::warning file=tests/fixtures/briefs/blocker.toml,line=8,")),
        "{stdout}"
    );
}

#[test]
fn junit_is_valid_xml_with_a_case_per_question() {
    let output = outsource()
        .args([
            "check",
            "--format",
            "junit",
            &brief("conditions"),
            &brief("waived"),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let xml = String::from_utf8(output.stdout).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    assert_eq!(suites.len(), 2);
    // 6 questions + the verdict.
    let cases: Vec<_> = suites[0]
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), 7);
    assert_eq!(suites[0].attribute("tests"), Some("7"));
    assert_eq!(suites[0].attribute("skipped"), Some("1"));
    // With --fail-on blocker, the weak warning is not a failure.
    assert_eq!(suites[0].attribute("failures"), Some("0"));
    let volumes = cases
        .iter()
        .find(|c| c.attribute("name") == Some("mini.volumes"))
        .unwrap();
    // junit-10.xsd has no line attribute on a test case: the class name holds the brief.
    assert_eq!(
        volumes.attribute("classname"),
        Some("tests/fixtures/briefs/conditions.toml.mini")
    );
    assert!(volumes.children().any(|n| n.has_tag_name("system-out")));
    let kpi = cases
        .iter()
        .find(|c| c.attribute("name") == Some("mini.kpi-count"))
        .unwrap();
    assert!(kpi.children().any(|n| n.has_tag_name("skipped")));

    let output = outsource()
        .args([
            "check",
            "--format",
            "junit",
            "--fail-on",
            "warning",
            &brief("conditions"),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let xml = String::from_utf8(output.stdout).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let failures: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .collect();
    assert_eq!(failures.len(), 2, "the weak answer and the verdict");
    assert_eq!(failures[0].attribute("type"), Some("warning"));
}

#[test]
fn sarif_is_2_1_0_with_locations_and_suppressions() {
    let output = outsource()
        .args([
            "check",
            "--format",
            "sarif",
            &brief("blocker"),
            &brief("waived"),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let sarif: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "outsource");
    let results = run["results"].as_array().unwrap();
    // results[0] is blocker.toml's verdict; then its findings.
    assert_eq!(results[0]["ruleId"], "verdict");
    let first = &results[1];
    assert_eq!(first["ruleId"], "mini.objectives-written");
    assert_eq!(first["level"], "error");
    assert_eq!(
        first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        brief("blocker")
    );
    assert_eq!(
        first["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
        "%SRCROOT%"
    );
    assert_eq!(
        first["locations"][0]["physicalLocation"]["region"]["startLine"],
        6
    );
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let index = first["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[index]["id"], "mini.objectives-written");
    assert_eq!(rules[index]["help"]["text"], "Write them down.");
    let waived = results
        .iter()
        .find(|r| r["suppressions"].is_array())
        .unwrap();
    assert_eq!(
        waived["suppressions"][0]["justification"],
        "the board accepts it until March"
    );
}

#[test]
fn examples_check_as_documented() {
    let cmd = |file: &str| {
        let mut cmd = crate::common::outsource();
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["check", "--format", "json", file]);
        cmd.output().unwrap()
    };
    let ready = cmd("examples/ecommerce-retailer.toml");
    assert_eq!(ready.status.code(), Some(0));
    let b2b = cmd("examples/b2b-software.toml");
    assert_eq!(b2b.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&b2b.stdout).unwrap();
    let blockers = json["briefs"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "blocker" && f["waived"] == false)
        .count();
    assert!(blockers >= 3, "several blockers: {blockers}");
    let utility = cmd("examples/utility-partial.toml");
    assert_eq!(utility.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&utility.stdout).unwrap();
    assert!(json["briefs"][0]["coverage"].as_f64().unwrap() < 0.7);
}

#[test]
fn questionnaires_list_and_json() {
    let output = outsource().args(["questionnaires"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    for id in [
        "ten-questions",
        "ten-mistakes",
        "customer-service-steps",
        "ecommerce-peaks",
        "invoice-dunning",
        "mini",
    ] {
        assert!(stdout.contains(id), "{id} in {stdout}");
    }
    let output = outsource()
        .args(["questionnaires", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let mini = json["questionnaires"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "mini")
        .unwrap();
    let questions = mini["questions"].as_array().unwrap();
    assert_eq!(questions[0]["kind"], "yes-no");
    assert_eq!(questions[0]["weight"], 2.0);
    assert_eq!(questions[0]["dimension"], "objectives");
    assert_eq!(questions[1]["levels"][4]["score"], 1.0);
    assert_eq!(questions[2]["options"][1]["id"], "estimated");
    assert_eq!(questions[2]["options"][1]["score"], 0.4);
    assert_eq!(questions[4]["bands"][1]["from"], 3.0);
    assert_eq!(questions[4]["bands"][1]["to"], 8.0);
    assert_eq!(questions[5]["kind"], "text");
}

#[test]
fn validate_accepts_every_shipped_file() {
    let mut cmd = crate::common::outsource();
    let output = cmd
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "validate",
            "questionnaires",
            "examples",
            "tests/fixtures/questionnaires",
            "tests/fixtures/briefs",
        ])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn broken_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = crate::common::outsource_std()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["questionnaires", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn findings_say_where_they_come_from_and_one_fact_is_one_finding() {
    // Built-in questionnaires. Six answers of weight 3; only opposition-list
    // scores (1): 3 / 18 = 16.67 %.
    let file = "tests/fixtures/provenance/owner.toml";
    let (code, json) = check_json(&[file]);
    assert_eq!(code, 1);
    let b = &json["briefs"][0];
    assert!(close(&b["score"], 100.0 * 3.0 / 18.0));
    let findings = b["findings"].as_array().unwrap();
    let found: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| {
            (
                f["question"].as_str().unwrap(),
                f["severity"].as_str().unwrap(),
            )
        })
        .collect();
    // daily-steering, stay-involved and results-owner ask one fact: one blocker;
    // "price only" and "we do not know" set their own severity.
    assert_eq!(
        found,
        [
            ("daily-steering", "blocker"),
            ("not-price-only", "blocker"),
            ("data-transfers", "warning"),
        ]
    );
    let owner = &findings[0];
    let cited: Vec<String> = owner["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{}.{} {}",
                s["questionnaire"], s["question"], s["provenance"]["kind"]
            )
        })
        .collect();
    assert_eq!(
        cited,
        [
            "\"ten-mistakes\".\"daily-steering\" \"article\"",
            "\"ten-questions\".\"stay-involved\" \"article\"",
            "\"customer-service-steps\".\"results-owner\" \"article\"",
        ]
    );
    assert_eq!(
        owner["sources"][1]["provenance"]["section"],
        "Quelle relation avec votre prestataire\u{a0}?"
    );
    assert_eq!(findings[2]["source"], "RGPD, chapitre V, art. 44 à 49");
    assert_eq!(
        findings[2]["sources"][0]["provenance"]["law"],
        "RGPD, chapitre V"
    );

    let output = outsource().args(["check", file]).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.matches("daily-steering]").count(), 1, "{stdout}");
    assert!(
        stdout.contains(
            "= note: Source: 10 questions à se poser avant de choisir une solution externalisée \
             pour un centre de contacts, § Quelle relation avec votre prestataire\u{a0}? \
             (ten-questions.stay-involved)"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("= note: Source: RGPD, chapitre V, art. 44 à 49"),
        "{stdout}"
    );
    let output = outsource()
        .args(["--lang", "fr", "check", file])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("Source\u{a0}: Comment externaliser le service client\u{a0}?, § Conseils"),
        "{stdout}"
    );
}

#[test]
fn a_link_to_a_missing_question_is_refused_with_its_position() {
    // ten-questions.stay-involved names a question ten-mistakes does not have.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("questionnaires/ten-questions.toml").unwrap();
    let broken = text.replace(
        "same-as = \"ten-mistakes.daily-steering\"",
        "same-as = \"ten-mistakes.daily-steer\"",
    );
    assert_ne!(text, broken);
    let line = broken
        .lines()
        .position(|l| l.starts_with("same-as = \"ten-mistakes.daily-steer\""))
        .unwrap()
        + 1;
    std::fs::write(dir.path().join("ten-questions.toml"), broken).unwrap();
    let output = crate::common::outsource()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("--questionnaires")
        .arg(dir.path())
        .arg("questionnaires")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("error[unknown-link]"), "{stderr}");
    // `same-as = ` is 10 characters: the quoted value starts at column 11.
    assert!(
        stderr.contains(&format!("ten-questions.toml:{line}:11")),
        "{stderr}"
    );
}

#[test]
fn a_folder_is_reported_in_path_order_across_chunks() {
    // 300 briefs (more than one parallel chunk of 256), written in reverse order,
    // every third one blocked: the quiet output lists them by sorted path, and the
    // summary counts 100 failed.
    let dir = tempfile::tempdir().unwrap();
    let ready = std::fs::read_to_string(brief("ready")).unwrap();
    let blocker = std::fs::read_to_string(brief("blocker")).unwrap();
    for i in (0..300).rev() {
        let text = if i % 3 == 0 { &blocker } else { &ready };
        std::fs::write(dir.path().join(format!("b-{i:03}.toml")), text).unwrap();
    }
    let output = outsource()
        .args(["--quiet", "check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let files: Vec<&str> = stdout
        .lines()
        .filter_map(|line| line.split(": ").next())
        .filter(|path| path.ends_with(".toml"))
        .collect();
    let mut sorted = files.clone();
    sorted.sort_unstable();
    assert_eq!(files.len(), 300);
    assert_eq!(files, sorted);
    assert!(stdout.contains("200 passed, 100 failed"), "{stdout}");
}
