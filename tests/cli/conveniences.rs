//! End-to-end tests of the conveniences: completions, man, schema, init, diff.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use predicates::prelude::*;

use crate::common::outsource;

fn stdout_of(args: &[&str]) -> String {
    let output = outsource()
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn completions_for_each_shell_mention_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(&["completions", shell]);
        assert!(!script.is_empty(), "{shell}");
        for sub in ["check", "validate", "completions", "man"] {
            assert!(script.contains(sub), "{shell} lacks {sub}");
        }
    }
}

#[test]
fn completions_for_an_unknown_shell_is_a_usage_error() {
    outsource()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values"));
}

#[test]
fn man_pages() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH outsource 1"));
    for sub in ["check", "validate", "completions", "man"] {
        assert!(
            page.contains(&format!("outsource\\-{sub}(1)")),
            "lacks {sub}"
        );
    }
    let page = stdout_of(&["man", "check"]);
    assert!(page.contains(".TH outsource-check 1"));
    assert!(page.contains("min\\-score"));
    outsource()
        .args(["man", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no subcommand `nope`"));
}

#[test]
fn schema_for_each_kind_is_json() {
    for kind in ["questionnaire", "brief", "criteria", "offer"] {
        let schema: serde_json::Value =
            serde_json::from_str(&stdout_of(&["schema", kind])).unwrap();
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
        assert!(schema["title"].as_str().unwrap().contains(kind), "{kind}");
    }
    outsource()
        .args(["schema", "budget"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values"));
}

const BEFORE: &str = "examples/ecommerce-retailer-before.toml";
const AFTER: &str = "examples/ecommerce-retailer.toml";

#[test]
fn diff_human_shows_progress() {
    let text = stdout_of(&["--color", "never", "diff", BEFORE, AFTER]);
    assert!(text.starts_with("Atelier Lumen · Service client externalisé 2027\n"));
    assert!(text.contains("then  examples/ecommerce-retailer-before.toml (2026-09-14)"));
    assert!(
        text.contains("│ Overall               ┆ 55.4 ┆ 85.3 ┆     +29.9 │"),
        "{text}"
    );
    assert!(
        text.contains("│ Coverage              ┆  82% ┆ 100% ┆ +18.4 pts │"),
        "{text}"
    );
    assert!(text.contains("verdict not ready → ready with conditions (better)"));
    assert!(text.contains("findings resolved (8):"));
    assert!(text.contains("  ✓ blocker ten-mistakes.objectives-written:"));
    assert!(text.contains("findings now under a waiver (1):"));
    assert!(text.contains("findings still open (1): ten-mistakes.selection-criteria"));
    assert!(text.contains("  ten-questions.volumes-measured: estimated → measured (50% → 100%)"));
    assert!(text.contains("answers changed (29):"));
    assert!(text.contains("10 answers unchanged"));
    assert!(!text.contains('\x1b'));

    let french = stdout_of(&["--lang", "fr", "--quiet", "diff", BEFORE, AFTER]);
    assert_eq!(
        french,
        "examples/ecommerce-retailer-before.toml → examples/ecommerce-retailer.toml\u{a0}: score 55,4 → 85,3 (+29,9), couverture 82\u{a0}% → 100\u{a0}% (+18,4\u{a0}pts), verdict pas prêt → prêt sous conditions (mieux)\n"
    );
}

#[test]
fn diff_colours_only_when_asked() {
    let coloured = stdout_of(&["--color", "always", "diff", BEFORE, AFTER]);
    assert!(coloured.contains("\x1b["));
    // Piped output: auto means no colour.
    let piped = stdout_of(&["diff", BEFORE, AFTER]);
    assert!(!piped.contains('\x1b'));
    // Colours in check's human output follow the same switch.
    let check = outsource()
        .args(["--color", "always", "check", AFTER])
        .output()
        .unwrap();
    assert!(String::from_utf8(check.stdout).unwrap().contains("\x1b["));
    let check = outsource()
        .args(["--color", "never", "check", AFTER])
        .output()
        .unwrap();
    assert!(!String::from_utf8(check.stdout).unwrap().contains('\x1b'));
}

#[test]
fn diff_json_parses_with_exact_numbers() {
    let text = stdout_of(&["diff", "--format", "json", BEFORE, AFTER]);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["then"]["file"], BEFORE);
    assert_eq!(json["now"]["project"]["client"], "Atelier Lumen");
    assert_eq!(
        json["questionnaires"],
        serde_json::json!(["ten-questions", "ten-mistakes"])
    );
    let close = |v: &serde_json::Value, x: f64| (v.as_f64().unwrap() - x).abs() < 1e-9;
    assert!(close(
        &json["score"]["delta"],
        json["score"]["now"].as_f64().unwrap() - json["score"]["then"].as_f64().unwrap()
    ));
    // Coverage then: 0.8157… = 62 / 76 of the question weight answered (79 in all,
    // less 3 not applicable: expert-front-line 2, client-importance 1).
    assert!(close(&json["coverage"]["then"], 62.0 / 76.0));
    assert!(close(&json["coverage"]["now"], 1.0));
    assert_eq!(json["verdict"]["then"], "not-ready");
    assert_eq!(json["verdict"]["now"], "ready-with-conditions");
    assert_eq!(json["verdict"]["trend"], "better");
    let objectives = &json["dimensions"][0];
    assert_eq!(objectives["id"], "objectives");
    assert!(close(&objectives["then"], 25.0));
    assert!(close(&objectives["now"], 75.0));
    assert!(close(&objectives["delta"], 50.0));
    let findings = json["findings"].as_array().unwrap();
    let count = |status: &str| findings.iter().filter(|f| f["status"] == status).count();
    assert_eq!(count("resolved"), 8);
    assert_eq!(count("new"), 0);
    assert_eq!(count("waived"), 1);
    assert_eq!(count("open"), 1);
    let answers = json["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 29);
    let volumes = answers
        .iter()
        .find(|a| a["question"] == "volumes-measured")
        .unwrap();
    assert_eq!(volumes["then"], "estimated");
    assert_eq!(volumes["now"], "measured");
    assert!(close(&volumes["score"]["delta"], 0.5));
    assert_eq!(json["unchanged_answers"], 10);
}

#[test]
fn diff_of_a_missing_file_names_it() {
    outsource()
        .args(["diff", "examples/nope.toml", AFTER])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("examples/nope.toml"));
}

#[test]
fn diff_of_an_invalid_brief_shows_its_diagnostics() {
    outsource()
        .args([
            "diff",
            "tests/fixtures/bad/b-unknown-project-key.toml",
            AFTER,
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("b-unknown-project-key.toml:3:1"));
}

#[test]
fn diff_of_briefs_with_different_questionnaires_explains() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.toml");
    std::fs::write(
        &old,
        "[project]\nclient = \"Atelier Lumen\"\nquestionnaires = [\"ten-questions\"]\n\n[answers.ten-questions]\noutsourceable = true\n",
    )
    .unwrap();
    let assert = outsource()
        .args(["diff", old.to_str().unwrap(), AFTER])
        .assert()
        .code(2)
        .stdout("");
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("different questionnaires"), "{stderr}");
    assert!(
        stderr.contains(&format!("{}: ten-questions\n", old.display())),
        "{stderr}"
    );
    assert!(stderr.contains("examples/ecommerce-retailer.toml: ten-questions, ten-mistakes"));
    assert!(stderr.contains("help: list ten-mistakes in [project] questionnaires of"));
}

#[test]
fn diff_warns_about_swapped_or_unrelated_briefs() {
    outsource()
        .args(["diff", AFTER, BEFORE])
        .assert()
        .success()
        .stderr(predicate::str::contains("is dated after"));
    outsource()
        .args(["diff", AFTER, "examples/b2b-software.toml"])
        .assert()
        .success()
        .stderr(predicate::str::contains("different clients"));
    outsource()
        .args(["--quiet", "diff", AFTER, BEFORE])
        .assert()
        .success()
        .stderr("");
}

fn init_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    [
        "brief.toml",
        "criteria.toml",
        "offers/provider-a.toml",
        "offers/provider-b.toml",
    ]
    .iter()
    .map(|f| dir.join(f))
    .collect()
}

#[test]
fn init_creates_a_project_that_validates() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("atelier-lumen");
    let assert = outsource()
        .args(["init", dir.to_str().unwrap(), "--sector", "ecommerce"])
        .assert()
        .success()
        .stderr("");
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    for file in init_files(&dir) {
        assert!(file.is_file(), "{}", file.display());
        assert!(
            stdout.contains(&format!("created {}", file.display())),
            "{stdout}"
        );
    }
    assert!(stdout.contains("outsource interview --brief"));
    let brief = std::fs::read_to_string(dir.join("brief.toml")).unwrap();
    assert!(brief.contains("client = \"atelier-lumen\""));
    assert!(brief.contains("sector = \"ecommerce\""));
    assert!(brief.contains("\"ecommerce-peaks\","));
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 3);

    // Every file validates.
    let assert = outsource()
        .args(["validate", dir.to_str().unwrap()])
        .assert()
        .success();
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("ok ")).count(),
        4,
        "{stdout}"
    );
    assert!(stdout.contains("criteria, 7 criteria"));
    // The offer templates rank once their scores are filled in.
    for offer in ["provider-a", "provider-b"] {
        let path = dir.join(format!("offers/{offer}.toml"));
        let text = std::fs::read_to_string(&path).unwrap();
        let (head, scores) = text.split_once("[scores]\n").unwrap();
        let scores = scores.replace("\n# ", "\n").replacen("# ", "", 1);
        let filled = format!("{head}[scores]\n{scores}");
        std::fs::write(&path, filled).unwrap();
    }
    outsource()
        .args([
            "rank",
            "--criteria",
            dir.join("criteria.toml").to_str().unwrap(),
            dir.join("offers").to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Provider A"));
    // An empty brief is not ready yet: check says so with exit 1.
    outsource()
        .args(["check", dir.join("brief.toml").to_str().unwrap()])
        .assert()
        .code(1);
}

#[test]
fn init_never_overwrites() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    std::fs::write(dir.join("brief.toml"), "# mine\n").unwrap();
    let assert = outsource()
        .current_dir(dir)
        .args(["init", "--sector", "dunning"])
        .assert()
        .success();
    let output = assert.get_output();
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    assert_eq!(stderr, "skipped ./brief.toml: it already exists\n");
    assert_eq!(
        std::fs::read_to_string(dir.join("brief.toml")).unwrap(),
        "# mine\n"
    );
    assert!(dir.join("criteria.toml").is_file());

    // Everything exists now: nothing to do is exit 2, naming every skipped file.
    let assert = outsource()
        .current_dir(dir)
        .args(["init"])
        .assert()
        .code(2)
        .stdout("");
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.matches("skipped ").count(), 4, "{stderr}");
    assert!(stderr.contains("error: nothing to create"));

    // One file removed: only that one comes back.
    std::fs::remove_file(dir.join("offers/provider-b.toml")).unwrap();
    outsource()
        .current_dir(dir)
        .args(["--quiet", "init"])
        .assert()
        .success()
        .stdout("");
    assert!(dir.join("offers/provider-b.toml").is_file());
}

#[test]
fn init_speaks_the_users_language() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("p");
    outsource()
        .env("LANG", "fr_FR.UTF-8")
        .args(["init", dir.to_str().unwrap(), "-s", "dunning"])
        .assert()
        .success()
        .stdout(predicate::str::contains("créé"));
    let brief = std::fs::read_to_string(dir.join("brief.toml")).unwrap();
    assert!(brief.starts_with("# Dossier projet\u{a0}:"));
    assert!(brief.contains("\"invoice-dunning\","));
    assert!(brief.contains("# Externaliser la relance des factures impayées"));
    let offer = std::fs::read_to_string(dir.join("offers/provider-a.toml")).unwrap();
    assert!(offer.contains("name = \"Prestataire A\""));
}

#[test]
fn init_with_an_unknown_sector_is_a_usage_error() {
    let temp = tempfile::tempdir().unwrap();
    outsource()
        .current_dir(temp.path())
        .args(["init", "--sector", "retail"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid value 'retail'"));
    assert_eq!(std::fs::read_dir(temp.path()).unwrap().count(), 0);
}

/// The whole output of a command run on a pseudo-terminal.
fn on_a_terminal(args: &[&str], no_color: Option<&str>) -> String {
    use expectrl::{Eof, Expect, Session};
    let mut command = crate::common::outsource_std();
    command.args(args).env("LANG", "C");
    match no_color {
        Some(value) => command.env("NO_COLOR", value),
        None => command.env_remove("NO_COLOR"),
    };
    let mut session = Session::spawn(command).unwrap();
    session.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    let captures = session.expect(Eof).unwrap();
    String::from_utf8_lossy(captures.as_bytes()).into_owned()
}

#[test]
fn colours_on_a_terminal_unless_no_color() {
    for args in [&["diff", BEFORE, AFTER][..], &["check", AFTER][..]] {
        let text = on_a_terminal(args, None);
        assert!(
            text.contains("\x1b[1;33m") || text.contains("\x1b[33m"),
            "{args:?}: {text}"
        );
        let text = on_a_terminal(args, Some("1"));
        assert!(!text.contains("\x1b["), "{args:?}: {text}");
        // An empty NO_COLOR does not count (no-color.org).
        let text = on_a_terminal(args, Some(""));
        assert!(text.contains("\x1b["), "{args:?}");
        let mut never = vec!["--color", "never"];
        never.extend_from_slice(args);
        assert!(!on_a_terminal(&never, None).contains("\x1b["), "{args:?}");
    }
}

#[test]
fn diff_verbose_lists_open_findings_and_questions() {
    let text = stdout_of(&["--verbose", "diff", BEFORE, AFTER]);
    assert!(
        text.contains("findings still open (1):\n  · warning ten-mistakes.selection-criteria:")
    );
    assert!(text.contains(
        "  ten-questions.volumes-measured: estimated → measured (50% → 100%)\n      Do you know the volume of requests per channel"
    ), "{text}");
}

/// `report` and `diff` take `check`'s thresholds, so their verdicts never contradict it.
#[test]
fn report_and_diff_share_checks_thresholds() {
    let brief = "examples/ecommerce-retailer.toml";
    // Its overall score (85 / 100 today) passes the default minimum of 50 but not 95.
    let check = |extra: &[&str]| {
        let output = outsource()
            .args(["check", "--format", "json", brief])
            .args(extra)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        json["briefs"][0]["verdict"].as_str().unwrap().to_owned()
    };
    assert_eq!(check(&[]), "ready-with-conditions");
    assert_eq!(check(&["--min-score", "95"]), "not-ready");
    let report = stdout_of(&["report", brief, "-f", "markdown", "--min-score", "95"]);
    assert!(report.contains("| **Not ready** |"), "{report}");
    let report = stdout_of(&["report", brief, "-f", "markdown"]);
    assert!(report.contains("| **Ready with conditions** |"), "{report}");
    let diff: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "diff",
        "-f",
        "json",
        "--min-score",
        "95",
        BEFORE,
        brief,
    ]))
    .unwrap();
    assert_eq!(diff["verdict"]["now"], "not-ready");
    outsource()
        .args(["report", brief, "--min-coverage", "1.5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected a number from 0 to 1"));
}
