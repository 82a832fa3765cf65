//! Provenance leftovers: every `check` format names the finding's sources (in
//! French too, with its typography), the interview pre-fills a question linked by
//! `same-as` to one already answered, and `validate` checks `same-as` targets
//! of a single questionnaire.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use serde_json::Value;

/// One fact (no named internal owner) asked by three built-in questionnaires:
/// the three answers give one blocker with three sources.
const OWNER: &str = "tests/fixtures/provenance/owner.toml";

/// `check --lang fr --format FORMAT OWNER`: (exit code, stdout).
fn check_fr(format: &str) -> (i32, String) {
    let output = crate::common::outsource()
        .args(["--lang", "fr", "check", "--format", format, OWNER])
        .output()
        .unwrap();
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

/// The French citations of the linked finding, in order: its own question's,
/// then those of the two questions linked to it, each naming its question.
/// Article titles are quoted as the questionnaires spell them.
fn owner_citations() -> [String; 3] {
    [
        "Externalisation de vos ventes\u{a0}: les 10 erreurs pour se planter la 1ère fois à coup sûr, § «\u{a0}Nous n'avions pas mesuré la nécessité de les épauler quotidiennement\u{a0}»",
        "10 questions à se poser avant de choisir une solution externalisée pour un centre de contacts, § Quelle relation avec votre prestataire\u{a0}? (ten-questions.stay-involved)",
        "Comment externaliser le service client\u{a0}?, § Méthode 4 sur 4 (externaliser vers un centre d'appels), étape 6, surveiller les résultats (customer-service-steps.results-owner)",
    ]
    .map(str::to_owned)
}

/// `Source : …` with the no-break space French puts before a colon.
fn source_lines() -> Vec<String> {
    owner_citations()
        .iter()
        .map(|c| format!("Source\u{a0}: {c}"))
        .collect()
}

#[test]
fn junit_failure_lists_every_source_and_linked_cases_say_where_they_went() {
    let (code, xml) = check_fr("junit");
    assert_eq!(code, 1);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let case = |name: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name("testcase") && n.attribute("name") == Some(name))
            .unwrap()
    };
    let failure = case("ten-mistakes.daily-steering")
        .children()
        .find(|n| n.has_tag_name("failure"))
        .unwrap();
    let text = failure.text().unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // Place and question, recommendation, then one line per source.
    assert_eq!(lines.len(), 5, "{text}");
    assert!(lines[0].starts_with(
        "tests/fixtures/provenance/owner.toml:8\u{a0}: ten-mistakes.daily-steering\u{a0}: "
    ));
    assert_eq!(lines[2..], source_lines());
    // The two linked questions are not silent passes.
    for linked in [
        "ten-questions.stay-involved",
        "customer-service-steps.results-owner",
    ] {
        let out = case(linked)
            .children()
            .find(|n| n.has_tag_name("system-out"))
            .unwrap();
        assert_eq!(
            out.text(),
            Some(
                "Même fait que ten-mistakes.daily-steering\u{a0}: compté une seule fois, dans la constatation de cette question"
            )
        );
    }
}

#[test]
fn github_codequality_and_sarif_carry_the_sources() {
    let (_, github) = check_fr("github");
    let annotation = github
        .lines()
        .find(|l| l.contains("title=point bloquant ten-mistakes.daily-steering::"))
        .unwrap();
    // GitHub's escapeData turns each newline into %0A.
    let sources = source_lines();
    assert!(
        annotation.ends_with(&format!("%0A{}", sources.join("%0A"))),
        "{annotation}"
    );

    let (_, text) = check_fr("codequality");
    let issues: Vec<Value> = serde_json::from_str(&text).unwrap();
    let issue = issues
        .iter()
        .find(|i| {
            i["description"]
                .as_str()
                .unwrap()
                .starts_with("ten-mistakes.daily-steering\u{a0}: ")
        })
        .unwrap();
    assert!(
        issue["description"]
            .as_str()
            .unwrap()
            .ends_with(&format!(" {}", sources.join(" "))),
        "{issue}"
    );

    let (_, text) = check_fr("sarif");
    let sarif: Value = serde_json::from_str(&text).unwrap();
    let result = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "ten-mistakes.daily-steering")
        .unwrap();
    assert_eq!(
        result["properties"]["sources"],
        serde_json::json!(owner_citations())
    );
    assert!(
        result["message"]["text"]
            .as_str()
            .unwrap()
            .ends_with(&sources.join(" "))
    );
}

#[test]
fn the_job_summary_lists_the_sources() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    crate::common::outsource()
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["--lang", "fr", "check", "--format", "github", OWNER])
        .output()
        .unwrap();
    let markdown = std::fs::read_to_string(&summary).unwrap();
    let row = markdown
        .lines()
        .find(|l| l.contains("`ten-mistakes.daily-steering`"))
        .unwrap();
    for line in source_lines() {
        assert!(row.contains(&format!("<br>{line}")), "{row}");
    }
}

/// The French JUnit with sources and `same-as` notes stays valid against
/// `junit-10.xsd` (run with `cargo test --test cli -- --ignored junit`).
#[test]
#[ignore = "needs xmllint: .ci/run installs it"]
fn junit_with_sources_meets_junit_10_xsd() {
    let (_, xml) = check_fr("junit");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("owner.xml");
    std::fs::write(&file, &xml).unwrap();
    let output = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vendor/junit-10.xsd"))
        .arg(&file)
        .output()
        .expect("xmllint (Debian package libxml2-utils)");
    assert!(
        output.status.success(),
        "{}\n{xml}",
        String::from_utf8_lossy(&output.stderr)
    );
}

// --- Interview: `same-as` twins -------------------------------------------------

/// The interview over the twin fixtures (`tests/fixtures/twins/`): owner-a.steering
/// (a choice), owner-b.involved and owner-c.results (yes-no, linked to it).
fn spawn_twins(
    dir: &std::path::Path,
    lang: &str,
) -> expectrl::Session<expectrl::process::unix::UnixProcess, expectrl::process::unix::PtyStream> {
    let mut command = crate::common::outsource_std();
    command
        .current_dir(dir)
        .args(["--lang", lang, "--color", "never", "--questionnaires"])
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/twins"))
        .args(["interview", "--questionnaire", "owner-a"])
        .args(["--questionnaire", "owner-b", "--questionnaire", "owner-c"])
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8")
        .env("NO_COLOR", "1");
    let mut session = expectrl::Session::spawn(command).expect("spawn outsource interview");
    session.set_expect_timeout(Some(std::time::Duration::from_secs(10)));
    let _ = session.get_process_mut().set_window_size(120, 40);
    session
}

fn expect<P: expectrl::Expect>(p: &mut P, text: &str) {
    if let Err(error) = p.expect(text) {
        panic!("waiting for {text:?}: {error}");
    }
}

fn send<P: expectrl::Expect>(p: &mut P, keys: &str) {
    p.send(keys).expect("send keys");
}

#[test]
fn the_interview_pre_selects_a_twin_answer_and_saves_what_enter_confirmed() {
    use expectrl::Expect as _;
    use expectrl::process::unix::WaitStatus;
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn_twins(dir.path(), "en");
    expect(&mut p, "Interview: 4 questions");
    for (prompt, typed) in [
        ("? Project name", "Support\r"),
        ("? Client", "Acme\r"),
        ("? Sector", "\r"),
        ("? Author", "\r"),
        ("? Date (YYYY-MM-DD)", "\r"),
    ] {
        expect(&mut p, prompt);
        send(&mut p, typed);
    }
    // 1: owner-a.steering, nothing known yet: "3" picks "No" (score 0).
    expect(&mut p, "1 / 4 · ");
    expect(&mut p, "Enter confirms");
    send(&mut p, "3");
    expect(&mut p, "? Note (optional");
    send(&mut p, "\r");
    // 2: owner-b.involved, the twin's answer said and "No" under the cursor.
    expect(&mut p, "2 / 4 · ");
    // The notice wraps at 100 columns, at a space.
    let notice = "Same fact as owner-a.steering, which was answered “No”: the same answer is pre-selected; Enter confirms it.";
    let pattern = regex_words(notice);
    if let Err(error) = p.expect(expectrl::Regex(pattern.as_str())) {
        panic!("waiting for the notice: {error}");
    }
    expect(&mut p, "❯ 2. No");
    expect(&mut p, "Enter confirms");
    // Nothing is written before the consultant confirms.
    let before = std::fs::read_to_string(dir.path().join("brief.toml")).unwrap();
    assert!(!before.contains("involved"), "{before}");
    send(&mut p, "\r");
    expect(&mut p, "? Note (optional");
    send(&mut p, "\r");
    // 3: owner-b.budget, no twin: "1" is yes.
    expect(&mut p, "3 / 4 · ");
    expect(&mut p, "Enter confirms");
    send(&mut p, "1");
    expect(&mut p, "? Note (optional");
    send(&mut p, "\r");
    // 4: owner-c.results: pre-selected too; the consultant picks "Yes" instead.
    expect(&mut p, "4 / 4 · ");
    expect(&mut p, "Same fact as owner-a.steering");
    expect(&mut p, "❯ 2. No");
    expect(&mut p, "Enter confirms");
    send(&mut p, "1");
    expect(&mut p, "? Note (optional");
    send(&mut p, "\r");
    expect(&mut p, "Brief saved in brief.toml");
    p.expect(expectrl::Eof).expect("end of output");
    assert!(matches!(
        p.get_process().wait().unwrap(),
        WaitStatus::Exited(_, 0)
    ));

    let text = std::fs::read_to_string(dir.path().join("brief.toml")).unwrap();
    let brief: toml::Table = toml::from_str(&text).unwrap();
    let answers = brief["answers"].as_table().unwrap();
    assert_eq!(answers["owner-a"]["steering"].as_str(), Some("none"));
    assert_eq!(answers["owner-b"]["involved"].as_bool(), Some(false));
    assert_eq!(answers["owner-b"]["budget"].as_bool(), Some(true));
    assert_eq!(answers["owner-c"]["results"].as_bool(), Some(true));
}

/// A regex matching `text` with any run of white space between its words.
fn regex_words(text: &str) -> String {
    text.split(' ')
        .map(regex_escape)
        .collect::<Vec<_>>()
        .join(r"\s+")
}

fn regex_escape(word: &str) -> String {
    word.chars()
        .map(|c| {
            if "\\.+*?()|[]{}^$".contains(c) {
                format!("\\{c}")
            } else {
                c.to_string()
            }
        })
        .collect()
}

// --- validate: `same-as` targets of a single questionnaire ----------------------

/// `validate --format short FILES` with `args` before; (exit code, stderr).
fn validate(args: &[&str], files: &[&str]) -> (i32, String) {
    validate_as("short", args, files)
}

/// The same in `format` (the short one has no help lines).
fn validate_as(format: &str, args: &[&str], files: &[&str]) -> (i32, String) {
    let output = crate::common::outsource()
        .args(args)
        .args(["validate", "--format", format])
        .args(files)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn validate_checks_a_same_as_target_against_the_built_in_questionnaires() {
    let typo = "tests/fixtures/bad/q-same-as-typo.toml";
    let (code, stderr) = validate(&[], &[typo]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.starts_with(
            "tests/fixtures/bad/q-same-as-typo.toml:12:11: error[unknown-link]: `same-as` names `ten-mistakes.daily-stering`, which no loaded questionnaire has"
        ),
        "{stderr}"
    );
    let (_, stderr) = validate_as("human", &[], &[typo]);
    assert!(
        stderr.contains("  --> tests/fixtures/bad/q-same-as-typo.toml:12:11\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("= help: did you mean `ten-mistakes.daily-steering`?"),
        "{stderr}"
    );
    // In French, with the no-break spaces.
    let (_, stderr) = validate_as("human", &["--lang", "fr"], &[typo]);
    assert!(
        stderr.contains("vouliez-vous dire `ten-mistakes.daily-steering`\u{a0}?"),
        "{stderr}"
    );
}

#[test]
fn validate_checks_a_same_as_target_against_the_questionnaires_given_together() {
    let (a, b) = (
        "tests/fixtures/twins/owner-a.toml",
        "tests/fixtures/twins/owner-b.toml",
    );
    // owner-b alone: owner-a is neither built in nor given.
    let (code, stderr) = validate(&[], &[b]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("tests/fixtures/twins/owner-b.toml:11:11: error[unknown-link]: "),
        "{stderr}"
    );
    let (_, stderr) = validate_as("human", &[], &[b]);
    assert!(
        stderr.contains("no questionnaire `owner-a` is loaded: give its file in the same `outsource validate` call, or its folder with --questionnaires"),
        "{stderr}"
    );
    // Given together, in either order, or loaded with --questionnaires: valid.
    for files in [[b, a], [a, b]] {
        let (code, stderr) = validate(&[], &files);
        assert_eq!(code, 0, "{stderr}");
    }
    let (code, stderr) = validate(&["--questionnaires", "tests/fixtures/twins"], &[b]);
    assert_eq!(code, 0, "{stderr}");
}
