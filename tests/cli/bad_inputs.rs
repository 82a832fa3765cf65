//! Every bad input gives a clear message naming the file, line and column, and
//! exit code 2, without a panic.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

/// (fixture, diagnostic code, line:column, a fragment of the message)
const CASES: &[(&str, &str, &str, &str)] = &[
    (
        "q-unknown-key.toml",
        "invalid-toml",
        "14:1",
        "unknown field `weigth`",
    ),
    (
        "q-duplicate-id.toml",
        "duplicate-id",
        "19:6",
        "question id `q` is used twice",
    ),
    (
        "q-missing-translation.toml",
        "missing-translation",
        "11:8",
        "lacks its translation: en",
    ),
    (
        "q-weight-zero.toml",
        "weight-not-positive",
        "14:10",
        "must be greater than 0",
    ),
    (
        "q-score-out-of-range.toml",
        "score-out-of-range",
        "20:9",
        "between 0 and 1, not 1.5",
    ),
    (
        "q-band-gap.toml",
        "band-gap",
        "22:8",
        "values from 30 to 45 are in no band",
    ),
    (
        "q-band-overlap.toml",
        "band-overlap",
        "22:8",
        "values from 20 to 30 are in two bands",
    ),
    (
        "q-unknown-dimension.toml",
        "unknown-dimension",
        "10:13",
        "undeclared dimension `scopes`",
    ),
    (
        "q-scale-levels.toml",
        "wrong-level-count",
        "17:10",
        "has 2 levels",
    ),
    (
        "q-text-with-weight.toml",
        "key-not-for-kind",
        "14:10",
        "`weight` does not apply to `text` questions",
    ),
    (
        "q-unknown-kind.toml",
        "invalid-toml",
        "13:8",
        "unknown variant `essay`",
    ),
    (
        "q-syntax.toml",
        "invalid-toml",
        "13:8",
        "string values must be quoted",
    ),
    (
        "q-missing-recommendation.toml",
        "missing-recommendation",
        "8:1",
        "has no `recommendation`",
    ),
    (
        "b-unknown-question.toml",
        "unknown-question",
        "5:1",
        "`mini` has no question `objectives-writen`",
    ),
    (
        "b-wrong-type.toml",
        "invalid-answer",
        "5:22",
        "expected true or false",
    ),
    (
        "b-unknown-option.toml",
        "invalid-answer",
        "5:11",
        "expected one of: measured, estimated, unknown",
    ),
    (
        "b-scale-out-of-range.toml",
        "invalid-answer",
        "5:12",
        "expected a level from 0 to 4",
    ),
    (
        "b-number-below-min.toml",
        "invalid-answer",
        "5:13",
        "expected a number >= 0",
    ),
    (
        "b-multi-twice.toml",
        "invalid-answer",
        "5:8",
        "`templates` is chosen twice",
    ),
    (
        "b-na-without-reason.toml",
        "missing-reason",
        "5:11",
        "`not-applicable` needs a reason",
    ),
    (
        "b-unknown-questionnaire.toml",
        "unknown-questionnaire",
        "4:10",
        "unknown questionnaire `mnii`",
    ),
    (
        "b-bad-date.toml",
        "invalid-date",
        "3:8",
        "expected YYYY-MM-DD",
    ),
    (
        "b-unknown-project-key.toml",
        "invalid-toml",
        "3:1",
        "unknown field `budget`",
    ),
    (
        "b-answer-unknown-key.toml",
        "unknown-key",
        "5:11",
        "unknown key `comment` in an answer",
    ),
    (
        "b-waiver-without-reason.toml",
        "missing-reason",
        "8:18",
        "a waiver needs a reason",
    ),
    (
        "b-empty.toml",
        "unknown-file-kind",
        // A problem with the whole file has no position.
        "",
        "cannot tell what kind of file this is",
    ),
];

use crate::common::outsource;

#[test]
fn each_bad_input_names_file_line_and_column() {
    for (file, code, position, message) in CASES {
        let path = format!("tests/fixtures/bad/{file}");
        let output = outsource()
            .args([
                "--questionnaires",
                "tests/fixtures/questionnaires",
                "validate",
                "--format",
                "short",
                &path,
            ])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{file}: {stderr}");
        let place = if position.is_empty() {
            path.clone()
        } else {
            format!("{path}:{position}")
        };
        let expected = format!("{place}: error[{code}]: ");
        let line = stderr
            .lines()
            .find(|l| l.starts_with(&expected))
            .unwrap_or_else(|| {
                panic!("{file}: expected a line starting with {expected:?} in\n{stderr}")
            });
        assert!(
            line.contains(message),
            "{file}: expected {message:?} in {line:?}"
        );
        assert!(!stderr.contains("panicked"), "{file}: {stderr}");
    }
}

#[test]
fn human_form_quotes_the_line_with_a_caret() {
    let output = outsource()
        .args([
            "--questionnaires",
            "tests/fixtures/questionnaires",
            "validate",
            "tests/fixtures/bad/b-unknown-question.toml",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("error[unknown-question]: `mini` has no question `objectives-writen`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> tests/fixtures/bad/b-unknown-question.toml:5:1"),
        "{stderr}"
    );
    assert!(stderr.contains("5 | objectives-writen = true"), "{stderr}");
    assert!(stderr.contains("^^^^^^^^^^^^^^^^^"), "{stderr}");
    assert!(
        stderr.contains("help: did you mean `objectives-written`?"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: 1 problem in the input files"),
        "{stderr}"
    );
}

#[test]
fn messages_exist_in_french() {
    let output = outsource()
        .args([
            "--lang",
            "fr",
            "--questionnaires",
            "tests/fixtures/questionnaires",
            "validate",
            "--format",
            "short",
            "tests/fixtures/bad/b-wrong-type.toml",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "réponse invalide à `objectives-written` (question de type oui/non) (attendu\u{a0}: true ou false)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 problème dans les fichiers d’entrée"),
        "{stderr}"
    );
}

#[test]
fn check_refuses_bad_briefs_with_exit_2() {
    for file in [
        "b-wrong-type.toml",
        "b-empty.toml",
        "b-unknown-questionnaire.toml",
    ] {
        let path = format!("tests/fixtures/bad/{file}");
        let output = outsource()
            .args([
                "--questionnaires",
                "tests/fixtures/questionnaires",
                "check",
                &path,
            ])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{file}");
        assert!(output.stdout.is_empty(), "{file}: nothing on stdout");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains(&path),
            "{file}"
        );
    }
}

#[test]
fn a_bad_questionnaire_folder_is_an_input_error() {
    let output = outsource()
        .args([
            "--questionnaires",
            "tests/fixtures/bad-questionnaire-dir",
            "questionnaires",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not a folder"));
}

#[test]
fn missing_files_and_usage_errors_exit_2() {
    let output = outsource()
        .args(["check", "no/such/brief.toml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cannot read no/such/brief.toml: no such file or folder"),
        "{stderr}"
    );

    let output = outsource()
        .args(["check", "--min-score", "120", "x.toml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("expected a number from 0 to 100"));

    let output = outsource().args(["check"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn offers_are_checked_against_the_one_criteria_file_of_the_call() {
    // Alone, an offer file is checked for its structure only.
    let output = outsource()
        .args(["validate", "tests/rank/bad-unknown-criterion.toml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    // With one criteria file in the same call, its criterion ids are checked too.
    let output = outsource()
        .args([
            "validate",
            "--format",
            "short",
            "tests/rank/criteria.toml",
            "tests/rank/bad-unknown-criterion.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("tests/rank/bad-unknown-criterion.toml:")
            && stderr.contains("error[unknown-criterion]"),
        "{stderr}"
    );
}

// Edges: each refused with a clear message, exit 2, and nothing written.

const BRIEF: &str = "examples/b2b-software.toml";

fn copy_brief(dir: &std::path::Path) -> std::path::PathBuf {
    let brief = dir.join("brief.toml");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(BRIEF),
        &brief,
    )
    .unwrap();
    brief
}

#[test]
fn report_refuses_to_write_over_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let brief = copy_brief(dir.path());
    let before = std::fs::read(&brief).unwrap();
    let link = dir.path().join("link.toml");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&brief, &link).unwrap();
    #[cfg(not(unix))]
    std::fs::copy(&brief, &link).unwrap();
    for output in [&brief, &link] {
        let run = outsource()
            .arg("report")
            .arg(&brief)
            .arg("-o")
            .arg(output)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("that is the input file"), "{stderr}");
        assert_eq!(
            std::fs::read(&brief).unwrap(),
            before,
            "the brief is untouched"
        );
    }
}

#[cfg(target_os = "linux")]
#[test]
fn report_writes_through_links_and_into_devices() {
    let dir = tempfile::tempdir().unwrap();
    let brief = copy_brief(dir.path());
    // A link to a device stays a link, and the device a device.
    let null = dir.path().join("null.html");
    std::os::unix::fs::symlink("/dev/null", &null).unwrap();
    // A link to a file stays a link; its target gets the report.
    let real = dir.path().join("real.html");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.html");
    std::os::unix::fs::symlink("real.html", &link).unwrap();
    for output in [&null, &link] {
        outsource()
            .arg("report")
            .arg(&brief)
            .arg("-o")
            .arg(output)
            .assert()
            .success();
        assert!(output.symlink_metadata().unwrap().file_type().is_symlink());
    }
    assert!(std::fs::read_to_string(&real).unwrap().contains("<html"));
    // `-o /dev/stdout` writes on standard output (here a pipe), Markdown without chart files.
    let run = outsource()
        .current_dir(dir.path())
        .args([
            "report",
            "brief.toml",
            "-f",
            "markdown",
            "-o",
            "/dev/stdout",
        ])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&run.stdout).starts_with("# "));
    let svgs = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "svg")
        })
        .count();
    assert_eq!(svgs, 0);
}

#[test]
fn a_markdown_report_that_cannot_be_written_leaves_no_chart_behind() {
    let dir = tempfile::tempdir().unwrap();
    let brief = copy_brief(dir.path());
    // The report's path is a folder; its charts would go beside it.
    std::fs::create_dir(dir.path().join("report.md")).unwrap();
    let run = outsource()
        .current_dir(dir.path())
        .args(["report", "brief.toml", "-f", "markdown", "-o", "report.md"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot write report.md: it is a folder"),
        "{stderr}"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["brief.toml", "report.md"],
        "no chart, no temporary file"
    );
    drop(brief);
}

#[cfg(unix)]
#[test]
fn a_folder_linked_inside_itself_is_checked_once() {
    let dir = tempfile::tempdir().unwrap();
    copy_brief(dir.path());
    std::os::unix::fs::symlink(dir.path(), dir.path().join("self")).unwrap();
    std::os::unix::fs::symlink("brief.toml", dir.path().join("again.toml")).unwrap();
    let run = outsource()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(json["briefs"].as_array().unwrap().len(), 1, "{json}");
}

#[test]
fn a_file_that_is_not_utf8_gets_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.toml");
    // "caf\xe9" in Latin-1: the bad byte is line 2, column 14 (after the 13 characters `client = "caf`).
    std::fs::write(&path, b"[project]\nclient = \"caf\xe9\"\n").unwrap();
    for command in ["validate", "check"] {
        let run = outsource().arg(command).arg(&path).output().unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains(&format!("{}:2:14", path.display())),
            "{command}: {stderr}"
        );
        assert!(stderr.contains("not valid UTF-8"), "{stderr}");
        assert!(run.stdout.is_empty() || command == "validate");
    }
}

#[test]
fn nesting_too_deep_gets_a_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.toml");
    let keys = vec!["a"; 300].join(".");
    std::fs::write(&path, format!("# deep\n[{keys}]\n")).unwrap();
    let run = outsource()
        .args(["validate", "--format", "short"])
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("{}:2:", path.display())) && stderr.contains("recursion limit"),
        "{stderr}"
    );
}

#[test]
fn samples_are_capped() {
    for samples in ["4000000000", "0"] {
        let run = outsource()
            .args([
                "rank",
                "-c",
                "examples/criteria.toml",
                "examples/offers",
                "-s",
                "--samples",
                samples,
            ])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("--samples"), "{stderr}");
        assert!(run.stdout.is_empty());
    }
}
