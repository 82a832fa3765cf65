//! `outsource check` in CI when the input is wrong: a path without a brief, and
//! an invalid brief next to valid ones. Every machine format still writes a
//! document (the valid briefs, plus each problem as an error at its file:line)
//! and the run exits 2; the human format keeps to diagnostics on stderr.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::path::Path;

use serde_json::Value;

use crate::common::outsource;

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");
const MACHINE: &[&str] = &["json", "sarif", "junit", "codequality", "github"];

/// `check --format FORMAT ARGS…` with the fixture questionnaires in `lang`;
/// (exit code, stdout, stderr).
fn check(lang: &str, format: &str, args: &[&str]) -> (i32, String, String) {
    let output = outsource()
        .env("LANG", lang)
        .env("NO_COLOR", "1")
        .arg("--questionnaires")
        .arg(Path::new(MANIFEST).join("tests/fixtures/questionnaires"))
        .args(["check", "--format", format])
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// A folder holding the valid `ready` fixture brief and `bad.toml`, whose answer
/// names a question no questionnaire has (line 5).
fn mixed_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(MANIFEST).join("tests/fixtures/briefs/ready.toml"),
        dir.path().join("a-ready.toml"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("bad.toml"),
        "[project]\nname = \"Bad\"\n\n[answers.mini]\nno-such-question = true\n",
    )
    .unwrap();
    dir
}

#[test]
fn a_folder_without_a_brief_is_an_input_error_in_every_format() {
    // examples/committee holds criteria and evaluations, no brief.
    for (lang, expected) in [
        ("C", "no brief found in examples/committee"),
        (
            "fr_FR.UTF-8",
            "aucun dossier projet trouvé dans examples/committee",
        ),
    ] {
        let (code, stdout, stderr) = check(lang, "human", &["examples/committee"]);
        assert_eq!(code, 2, "{stderr}");
        assert!(stdout.is_empty(), "{stdout}");
        assert!(stderr.contains(expected), "{stderr}");
        for format in MACHINE {
            let (code, stdout, stderr) = check(lang, format, &["examples/committee"]);
            assert_eq!(code, 2, "{format}: {stderr}");
            assert!(stderr.contains(expected), "{format}: {stderr}");
            assert!(stdout.contains(expected), "{format}: {stdout}");
        }
    }
    let (_, stdout, _) = check("C", "json", &["examples/committee"]);
    let json: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["passed"], false);
    assert_eq!(json["errors"][0]["code"], "no-brief");
    assert_eq!(json["errors"][0]["file"], "examples/committee");
    assert_eq!(json["errors"][0]["line"], Value::Null);
    // A folder with briefs and other files is fine: the others are skipped.
    let (code, _, stderr) = check("C", "json", &["examples"]);
    assert_eq!(code, 1, "{stderr}");
}

#[test]
fn an_invalid_brief_is_an_error_in_every_machine_format_and_valid_ones_stay() {
    let dir = mixed_folder();
    let folder = dir.path().to_str().unwrap();
    let bad = dir.path().join("bad.toml").to_string_lossy().into_owned();
    let ready = dir
        .path()
        .join("a-ready.toml")
        .to_string_lossy()
        .into_owned();

    // Human: diagnostics only, exit 2, as before.
    let (code, stdout, stderr) = check("C", "human", &[folder]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains(&format!("{bad}:5:")), "{stderr}");

    let mut outputs = std::collections::HashMap::new();
    for format in MACHINE {
        let (code, stdout, stderr) = check("C", format, &[folder]);
        assert_eq!(code, 2, "{format}");
        assert!(stderr.contains(&format!("{bad}:5:")), "{format}: {stderr}");
        assert!(!stdout.is_empty(), "{format}");
        outputs.insert(*format, stdout);
    }

    let json: Value = serde_json::from_str(&outputs["json"]).unwrap();
    assert_eq!(json["passed"], false);
    assert_eq!(json["briefs"].as_array().unwrap().len(), 1);
    assert_eq!(json["briefs"][0]["file"], ready.as_str());
    let errors = json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["file"], bad.as_str());
    assert_eq!(errors[0]["line"], 5);
    assert_eq!(errors[0]["column"], 1);

    let sarif: Value = serde_json::from_str(&outputs["sarif"]).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let error = results
        .iter()
        .find(|r| r["level"] == "error" && r["message"]["text"].as_str().unwrap().contains(&bad))
        .unwrap();
    let location = &error["locations"][0]["physicalLocation"];
    assert_eq!(location["region"]["startLine"], 5);
    assert!(
        location["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("/bad.toml")
    );

    let doc = roxmltree::Document::parse(&outputs["junit"]).unwrap();
    let root = doc.root_element();
    assert_eq!(root.attribute("errors"), Some("1"));
    let error = doc.descendants().find(|n| n.has_tag_name("error")).unwrap();
    assert!(
        error.text().unwrap().starts_with(&format!("{bad}:5:1: ")),
        "{:?}",
        error.text()
    );
    assert!(
        doc.descendants()
            .any(|n| n.has_tag_name("testsuite") && n.attribute("file") == Some(ready.as_str()))
    );

    let issues: Value = serde_json::from_str(&outputs["codequality"]).unwrap();
    let issue = issues
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["location"]["path"] == bad.as_str())
        .unwrap();
    assert_eq!(issue["severity"], "blocker");
    assert_eq!(issue["location"]["lines"]["begin"], 5);

    let github = &outputs["github"];
    let escaped = bad.replace(':', "%3A").replace(',', "%2C");
    assert!(
        github
            .lines()
            .any(|l| l.starts_with(&format!("::error file={escaped},line=5,col=1,"))),
        "{github}"
    );
    assert!(github.contains(&ready.replace(':', "%3A")), "{github}");
}

/// `check --format FORMAT examples/b2b-software.toml` in French, with the
/// built-in questionnaires; the stdout.
fn french(format: &str) -> String {
    let output = outsource()
        .env("LANG", "fr_FR.UTF-8")
        .args(["check", "--format", format, "examples/b2b-software.toml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn french_machine_formats_use_french_levels_and_no_break_spaces() {
    let github = french("github");
    assert!(
        github.contains(",title=point bloquant ten-questions.volumes-measured::"),
        "{github}"
    );
    assert!(!github.contains("title=blocker"), "{github}");

    let junit = french("junit");
    assert!(
        junit.contains("<system-out>point d’attention\u{a0}: "),
        "{junit}"
    );
    assert!(!junit.contains("<system-out>warning: "), "{junit}");
    assert!(
        junit.contains(
            "examples/b2b-software.toml:23\u{a0}: ten-questions.volumes-measured\u{a0}: "
        ),
        "{junit}"
    );

    let quality = french("codequality");
    assert!(
        quality.contains("\"examples/b2b-software.toml\u{a0}: pas prêt"),
        "{quality}"
    );
    assert!(
        quality.contains("\"ten-questions.volumes-measured\u{a0}: Connaissez-vous"),
        "{quality}"
    );

    let sarif = french("sarif");
    assert!(
        sarif.contains("\"ten-questions.volumes-measured\u{a0}: Connaissez-vous"),
        "{sarif}"
    );
}

#[test]
fn a_problem_with_the_whole_file_names_the_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.toml");
    std::fs::write(&empty, "").unwrap();
    let empty = empty.to_string_lossy().into_owned();
    let (code, _, stderr) = check("C", "human", &[&empty]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!(
            "error[empty-brief]: the brief has no [project] and no [answers]\n--> {empty}\n = help: "
        )),
        "{stderr}"
    );
    assert!(!stderr.contains(" |\n"), "{stderr}");
    // The machine formats point at line 1 (GitLab needs a line) but say no column.
    let (_, stdout, _) = check("C", "json", &[&empty]);
    let json: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["errors"][0]["line"], Value::Null);
    let (_, stdout, _) = check("C", "codequality", &[&empty]);
    assert!(stdout.contains("\"begin\": 1"), "{stdout}");
}

#[test]
fn the_job_summary_lists_invalid_files_too() {
    let dir = mixed_folder();
    let summary = dir.path().join("summary.md");
    let bad = dir.path().join("bad.toml").to_string_lossy().into_owned();
    let output = outsource()
        .env("GITHUB_STEP_SUMMARY", &summary)
        .arg("--questionnaires")
        .arg(Path::new(MANIFEST).join("tests/fixtures/questionnaires"))
        .args(["check", "--format", "github"])
        .arg(dir.path().join("a-ready.toml"))
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(text.contains(&format!("### ❌ `{bad}:5:1`")), "{text}");
    assert!(text.contains("a-ready.toml`"), "{text}");
}
