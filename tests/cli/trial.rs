//! Regression tests for what a hands-on trial of every command found: each test
//! names the command a user ran and what went wrong before the fix.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use crate::common::outsource;

/// `validate` on a file that is not UTF-8 and a brief with an unknown question:
/// both problems are reported (before, the UTF-8 error stopped the run and the
/// brief's problem was never shown).
#[test]
fn validate_reports_every_file_after_one_that_is_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("binary.toml");
    std::fs::write(&binary, b"name = \"x\xff\"\n").unwrap();
    let output = outsource()
        .args([
            "--questionnaires",
            "tests/fixtures/questionnaires",
            "validate",
            "--format",
            "short",
        ])
        .arg(&binary)
        .arg("tests/fixtures/bad/b-unknown-question.toml")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("binary.toml:1:10: error[invalid-utf8]"),
        "{stderr}"
    );
    assert!(
        stderr.contains("b-unknown-question.toml:5:1: error[unknown-question]"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: 2 problems in the input files"),
        "{stderr}"
    );
}

/// Standard error of a command that must fail with exit 2.
fn usage_error(args: &[&str]) -> String {
    let output = outsource().args(args).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    stderr
}

/// `outsource --lang fr rank --criteria` with no file after it: clap's "a value
/// is required" was shown in French as "valeur invalide `` pour …".
#[test]
fn a_missing_option_value_says_so_in_french() {
    let stderr = usage_error(&["--lang", "fr", "rank", "--criteria"]);
    assert!(
        stderr.contains(
            "une valeur est attendue pour `--criteria <FILE>`, mais aucune n’a été donnée"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("valeur invalide ``"), "{stderr}");
}

/// `outsource --lang fr rank … --samples 0`: clap's range parser answered in
/// English, `0 is not in 1..=1000000`.
#[test]
fn samples_out_of_range_is_said_in_the_language() {
    let args = [
        "rank",
        "--criteria",
        "examples/criteria.toml",
        "examples/offers",
        "--samples",
        "0",
    ];
    let fr = usage_error(&[&["--lang", "fr"][..], &args[..]].concat());
    // 1 000 000 with narrow no-break spaces, French thousands separators.
    assert!(
        fr.contains("un nombre entier de 1 à 1\u{202f}000\u{202f}000 est attendu"),
        "{fr}"
    );
    assert!(!fr.contains("is not in"), "{fr}");
    let en = usage_error(&[&["--lang", "en"][..], &args[..]].concat());
    assert!(
        en.contains("expected a whole number from 1 to 1,000,000"),
        "{en}"
    );
}

/// `outsource --lang fr chek`: the two suggestions were one code span,
/// "vouliez-vous dire `schema, check` ?".
#[test]
fn each_suggestion_is_its_own_code_span() {
    let stderr = usage_error(&["--lang", "fr", "chek"]);
    assert!(
        stderr.contains("vouliez-vous dire `schema` ou `check`\u{a0}?"),
        "{stderr}"
    );
}

/// The French help shows `[par défaut : 0,7]` for `--min-coverage`, but
/// `--min-coverage 0,7` was refused; `--spread` showed its default as `0.5`.
#[test]
fn the_decimal_comma_of_the_french_help_is_accepted() {
    let output = outsource()
        .args([
            "--lang",
            "fr",
            "--quiet",
            "check",
            "--min-coverage",
            "0,95",
            "--min-score",
            "90,5",
        ])
        .arg("examples/ecommerce-retailer.toml")
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    // Score 85.3 < 90.5: not ready, so exit 1 (not 2, a refused value).
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("score 85,3 inférieur à 90,5"), "{stdout}");
    let help = outsource()
        .args(["--lang", "fr", "rank", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("[par défaut\u{a0}: 0,5]"), "{help}");
    assert!(!help.contains("0.5]"), "{help}");
}

/// `outsource check examples/utility-partial.toml`: the English reason read
/// "coverage 36 % below 70 %", a French space in English text (the verdict
/// line itself says "coverage 36%").
#[test]
fn the_coverage_reason_follows_each_language_percent_style() {
    let reason = |lang: &str| {
        let output = outsource()
            .args([
                "--lang",
                lang,
                "--quiet",
                "check",
                "examples/utility-partial.toml",
            ])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        String::from_utf8(output.stdout).unwrap()
    };
    let en = reason("en");
    assert!(
        en.contains("coverage 36%): 1 unwaived blocker; coverage 36% below 70%"),
        "{en}"
    );
    let fr = reason("fr");
    assert!(
        fr.contains("couverture 36\u{a0}% inférieure à 70\u{a0}%"),
        "{fr}"
    );
}

/// `outsource --lang fr validate` on a questionnaire with `wieght = 3`: the
/// TOML parser's English ("unknown field `wieght`, expected one of …") stood in
/// the French message, with no hint of the key meant.
#[test]
fn an_unknown_toml_key_is_said_in_french_with_a_hint() {
    let output = outsource()
        .args([
            "--lang",
            "fr",
            "validate",
            "tests/fixtures/bad/q-unknown-key.toml",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("erreur TOML\u{a0}: clé inconnue `weigth`\u{a0}; clés possibles\u{a0}: "),
        "{stderr}"
    );
    assert!(stderr.contains("q-unknown-key.toml:14:1"), "{stderr}");
    assert!(
        stderr.contains("= aide\u{a0}: vouliez-vous dire `weight`\u{a0}?"),
        "{stderr}"
    );
    assert!(!stderr.contains("unknown field"), "{stderr}");
}

/// The README's interview excerpt quoted a help text the questionnaire no longer
/// has ("… is seldom wise"): the excerpt must show what the interview shows.
#[test]
fn the_readme_interview_excerpt_quotes_the_current_help() {
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let readme = words(&std::fs::read_to_string("README.md").unwrap());
    let questionnaire: toml::Table = std::fs::read_to_string("questionnaires/ten-questions.toml")
        .unwrap()
        .parse()
        .unwrap();
    let question = questionnaire["question"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"].as_str() == Some("outsourceable"))
        .unwrap();
    let help = words(question["help"]["en"].as_str().unwrap());
    assert!(readme.contains(&help), "the README does not quote: {help}");
}

/// `outsource --lang fr init`: the French templates had a plain space before
/// `:` and `;` in every comment, and the brief called itself "Brief du projet"
/// where every other French text says "dossier projet".
#[test]
fn french_templates_use_no_break_spaces() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("lumen");
    let output = outsource()
        .args(["--lang", "fr", "--quiet", "init"])
        .arg(&project)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    for name in ["brief.toml", "criteria.toml", "offers/provider-a.toml"] {
        let text = std::fs::read_to_string(project.join(name)).unwrap();
        let chars: Vec<char> = text.chars().collect();
        for (i, window) in chars.windows(3).enumerate() {
            let plain_space = !window[0].is_whitespace() && window[1] == ' ';
            assert!(
                !(plain_space && ":;?!".contains(window[2])),
                "{name}: plain space before `{}` at char {i}",
                window[2]
            );
        }
    }
    let brief = std::fs::read_to_string(project.join("brief.toml")).unwrap();
    assert!(brief.starts_with("# Dossier projet\u{a0}:"), "{brief}");
}

/// `outsource interview --help` said `--min-score`: "Fail when the overall score
/// is below N", but only `check` fails; the other commands show a verdict.
#[test]
fn thresholds_outside_check_set_the_verdict_and_do_not_fail() {
    for (command, lang, expected) in [
        (
            "interview",
            "en",
            "The verdict shown at the end is not ready below this overall score",
        ),
        (
            "report",
            "en",
            "The report's verdict is not ready when less than this share",
        ),
        (
            "diff",
            "fr",
            "Les deux verdicts sont «\u{a0}pas prêt\u{a0}» sous ce score global",
        ),
        ("check", "en", "Fail when the overall score is below N"),
    ] {
        let output = outsource()
            .args(["--lang", lang, command, "--help"])
            .output()
            .unwrap();
        let help = String::from_utf8(output.stdout).unwrap();
        // Long help wraps at 100 columns: compare the words.
        let help = help.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
        assert!(help.contains(expected), "{command}: {help}");
        if command != "check" {
            assert!(
                !help.contains("Fail when") && !help.contains("Échouer"),
                "{command}: {help}"
            );
        }
    }
}
