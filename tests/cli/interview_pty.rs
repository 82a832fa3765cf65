//! `outsource interview` driven through a pseudo-terminal (expectrl), as a person
//! would: keys in, the saved brief checked by parsing it. Most runs use the tiny
//! fixture questionnaire `tests/interview/mini.toml` (one question of each kind).
//!
//! Robustness rules (see CRATES.md): always wait for a prompt before typing; wait
//! for the next screen after Esc (a lone ESC must not merge with the next key);
//! sleep 100 ms before Ctrl-C (raw mode must be on, else the byte is lost).

use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::Duration;

use expectrl::process::unix::{PtyStream, UnixProcess, WaitStatus};
use expectrl::{Eof, Expect, Regex, Session};

type Pty = Session<UnixProcess, PtyStream>;

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ESC: &str = "\x1b";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interview")
}

/// Spawns the real binary in `dir` on a 120×40 pseudo-terminal, in English,
/// without colours, with the fixture questionnaires.
fn spawn(dir: &Path, args: &[&str]) -> Pty {
    let mut command = crate::common::outsource_std();
    command
        .current_dir(dir)
        .args(["--lang", "en", "--color", "never", "--questionnaires"])
        .arg(fixtures())
        .arg("interview")
        .args(args)
        .env("TERM", "xterm-256color");
    let mut session = Session::spawn(command).expect("spawn outsource interview");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let _ = session.get_process_mut().set_window_size(120, 40);
    session
}

fn expect(p: &mut Pty, text: &str) {
    if let Err(error) = p.expect(text) {
        panic!("waiting for {text:?}: {error}");
    }
}

fn send(p: &mut Pty, keys: &str) {
    p.send(keys).expect("send keys");
}

/// Waits for the end of the output and returns the exit code.
fn finish(p: &mut Pty) -> i32 {
    p.expect(Eof).expect("end of output");
    match p.get_process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("not exited: {other:?}"),
    }
}

/// The five project facts: three typed, author skipped, date = today (Enter).
fn facts(p: &mut Pty) {
    expect(p, "? Project name");
    send(p, "Support N1\r");
    expect(p, "? Client");
    send(p, "Acme\r");
    expect(p, "? Sector");
    send(p, "e-commerce\r");
    expect(p, "? Author");
    send(p, "\r");
    expect(p, "? Date (YYYY-MM-DD)");
    send(p, "\r");
}

/// Waits for question `n` of the fixture, then its prompt.
fn question(p: &mut Pty, n: usize) {
    expect(p, &format!("{n} / 6 · "));
    expect(p, "? Answer");
}

fn note(p: &mut Pty, text: &str) {
    expect(p, "? Note (optional");
    send(p, text);
    send(p, "\r");
}

fn saved(path: &Path) -> toml::Table {
    let text = std::fs::read_to_string(path).expect("the brief is saved");
    toml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn answers(brief: &toml::Table) -> &toml::Table {
    brief["answers"]["mini"].as_table().expect("[answers.mini]")
}

fn outsource(dir: &Path, args: &[&str]) -> std::process::Output {
    crate::common::outsource_std()
        .current_dir(dir)
        .args(["--lang", "en", "--color", "never", "--questionnaires"])
        .arg(fixtures())
        .args(args)
        .output()
        .expect("run outsource")
}

/// `score N/100` in a check report.
fn overall_score(text: &str) -> String {
    let start = text.find("(score ").expect("a verdict with a score") + "(score ".len();
    let end = start + text[start..].find("/100").expect("/100");
    text[start..end].to_owned()
}

/// The fixture's six questions answered: yes-no, scale, choice, multi, number, text.
fn answer_all(p: &mut Pty, from: usize) {
    if from <= 1 {
        question(p, 1);
        send(p, "\r"); // Yes
        note(p, "Written in March");
    }
    if from <= 2 {
        question(p, 2);
        send(p, &DOWN.repeat(3)); // Mostly (level 3)
        send(p, "\r");
        note(p, "");
    }
    if from <= 3 {
        question(p, 3);
        send(p, DOWN); // After-sales
        send(p, "\r");
        note(p, "");
    }
    if from <= 4 {
        question(p, 4);
        send(p, " "); // Phone
        send(p, DOWN);
        send(p, " "); // Email
        send(p, "\r");
        note(p, "");
    }
    if from <= 5 {
        question(p, 5);
        send(p, "120\r");
        note(p, "estimate");
    }
    if from <= 6 {
        question(p, 6);
        send(p, "Start in January\r");
    }
}

#[test]
fn full_run_saves_every_kind_and_shows_the_check_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    expect(&mut p, "Interview: 6 questions (mini)");
    facts(&mut p);
    answer_all(&mut p, 1);
    let report = p
        .expect(Regex(r"\(score [0-9.]+/100"))
        .expect("the check report's verdict");
    let shown = String::from_utf8_lossy(report.get(0).unwrap()).into_owned();
    expect(&mut p, "Brief saved in brief.toml");
    expect(&mut p, "outsource check brief.toml");
    expect(&mut p, "outsource report brief.toml");
    assert_eq!(finish(&mut p), 0);

    let path = dir.path().join("brief.toml");
    let brief = saved(&path);
    let project = brief["project"].as_table().unwrap();
    assert_eq!(project["name"].as_str(), Some("Support N1"));
    assert_eq!(project["client"].as_str(), Some("Acme"));
    assert!(project.get("author").is_none(), "skipped");
    assert_eq!(project["date"].as_str().map(str::len), Some(10));
    let a = answers(&brief);
    assert_eq!(a["objectives"]["value"].as_bool(), Some(true));
    assert_eq!(a["objectives"]["note"].as_str(), Some("Written in March"));
    assert_eq!(a["processes"].as_integer(), Some(3));
    assert_eq!(a["phase"].as_str(), Some("after-sales"));
    let channels: Vec<&str> = a["channels"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(channels, ["phone", "email"]);
    assert_eq!(a["volume"]["value"].as_integer(), Some(120));
    assert_eq!(a["notes"].as_str(), Some("Start in January"));

    // The saved brief passes `validate`, and `check` gives the score the interview showed.
    let validate = outsource(dir.path(), &["validate", "brief.toml"]);
    assert!(validate.status.success(), "{validate:?}");
    let check = outsource(dir.path(), &["check", "brief.toml"]);
    let check = String::from_utf8_lossy(&check.stdout);
    assert_eq!(overall_score(&check), overall_score(&shown), "{check}");
}

#[test]
fn skip_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(
        dir.path(),
        &["--questionnaire", "mini", "--brief", "b.toml"],
    );
    facts(&mut p);
    question(&mut p, 1);
    send(&mut p, ESC); // skip the yes-no question
    expect(&mut p, "→ Skipped");
    question(&mut p, 2);
    send(&mut p, &DOWN.repeat(2)); // Partly (level 2)
    send(&mut p, "\r");
    note(&mut p, "");
    question(&mut p, 3);
    // The choice list: 3 options, the separator, then "← Back".
    send(&mut p, &DOWN.repeat(4));
    send(&mut p, "\r");
    // Back on question 2: its answer is the default, Enter keeps it, the note too.
    question(&mut p, 2);
    send(&mut p, "\r");
    note(&mut p, "back here");
    question(&mut p, 3);
    send(&mut p, UP); // wraps to the last entry: "Save and quit"
    send(&mut p, "\r");
    expect(&mut p, "Saved in b.toml (1 of 6 answered)");
    assert_eq!(finish(&mut p), 0);

    let brief = saved(&dir.path().join("b.toml"));
    let a = answers(&brief);
    assert!(a.get("objectives").is_none(), "skipped");
    assert_eq!(a["processes"]["value"].as_integer(), Some(2));
    assert_eq!(a["processes"]["note"].as_str(), Some("back here"));
    assert!(a.get("phase").is_none());
}

#[test]
fn not_applicable_with_a_reason_and_input_commands() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    facts(&mut p);
    question(&mut p, 1);
    // Options Yes, No, the separator, Back, Help, then "Not applicable…".
    send(&mut p, &DOWN.repeat(5));
    send(&mut p, "\r");
    expect(&mut p, "? Why does it not apply?");
    send(&mut p, "Objectives are set by the group\r");
    question(&mut p, 2);
    send(&mut p, ESC);
    question(&mut p, 3);
    send(&mut p, ESC);
    question(&mut p, 4);
    send(&mut p, ESC);
    question(&mut p, 5);
    send(&mut p, ":help\r");
    expect(&mut p, "Count over 10 to 15 days");
    expect(&mut p, "? Answer");
    send(&mut p, ":na no phone line yet\r");
    question(&mut p, 6);
    send(&mut p, ":quit\r");
    expect(&mut p, "2 of 6 answered");
    assert_eq!(finish(&mut p), 0);

    let brief = saved(&dir.path().join("brief.toml"));
    let a = answers(&brief);
    assert_eq!(
        a["objectives"]["not-applicable"].as_str(),
        Some("Objectives are set by the group")
    );
    assert_eq!(
        a["volume"]["not-applicable"].as_str(),
        Some("no phone line yet")
    );
}

#[test]
fn an_invalid_number_is_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    facts(&mut p);
    for n in 1..=4 {
        question(&mut p, n);
        send(&mut p, ESC);
    }
    question(&mut p, 5);
    send(&mut p, "abc\r");
    expect(&mut p, "`abc` is not a number");
    send(&mut p, "0\r");
    expect(&mut p, "0 is below the minimum, 1 contacts a day");
    send(&mut p, "9999\r");
    expect(&mut p, "9999 is above the maximum, 5000 contacts a day");
    send(&mut p, "12\r");
    note(&mut p, "");
    question(&mut p, 6);
    send(&mut p, ":quit\r");
    assert_eq!(finish(&mut p), 0);

    let brief = saved(&dir.path().join("brief.toml"));
    assert_eq!(answers(&brief)["volume"].as_integer(), Some(12));
}

#[test]
fn ctrl_c_keeps_earlier_answers_then_resume_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.toml");
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    facts(&mut p);
    question(&mut p, 1);
    send(&mut p, "\r");
    note(&mut p, "");
    question(&mut p, 2);
    send(&mut p, DOWN);
    send(&mut p, "\r");
    note(&mut p, "");
    question(&mut p, 3);
    sleep(Duration::from_millis(100));
    send(&mut p, "\x03");
    // The Select hid the cursor; it is shown again.
    expect(&mut p, "\x1b[?25h");
    expect(
        &mut p,
        "Interrupted. Every answer so far is saved in brief.toml (2 of 6 answered)",
    );
    expect(
        &mut p,
        "Resume with: outsource interview --brief brief.toml",
    );
    assert_eq!(finish(&mut p), 130);

    let brief = saved(&path);
    assert_eq!(answers(&brief)["objectives"].as_bool(), Some(true));
    assert_eq!(answers(&brief)["processes"].as_integer(), Some(1));
    assert!(answers(&brief).get("phase").is_none());
    let validate = outsource(dir.path(), &["validate", "brief.toml"]);
    assert!(validate.status.success(), "{validate:?}");

    // Resume: the brief names its questionnaire, no --questionnaire needed.
    let mut p = spawn(dir.path(), &[]);
    expect(&mut p, "Resuming brief.toml: 2 of 6 answered.");
    answer_all(&mut p, 3);
    expect(&mut p, "Brief saved in brief.toml");
    assert_eq!(finish(&mut p), 0);
    let brief = saved(&path);
    let a = answers(&brief);
    assert_eq!(a.len(), 6);
    assert_eq!(a["objectives"].as_bool(), Some(true));
    assert_eq!(a["processes"].as_integer(), Some(1));
    assert_eq!(a["phase"].as_str(), Some("after-sales"));
}

#[test]
fn review_changes_one_answer_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.toml");
    let original = r#"# Written by hand before the meeting.
[project]
name = "Support N1"
date = "2026-11-02"
questionnaires = ["mini"]

[answers.mini]
objectives = { value = true, note = "Written in March" }
processes = 1 # to be checked with the client
phase = "after-sales"
channels = ["phone"]
volume = 120
notes = "Start in January"
"#;
    std::fs::write(&path, original).unwrap();
    let mut p = spawn(dir.path(), &["--review"]);
    expect(&mut p, "Reviewing brief.toml: 6 of 6 answered.");
    for fact in [
        "? Project name",
        "? Client",
        "? Sector",
        "? Author",
        "? Date",
    ] {
        expect(&mut p, fact);
        send(&mut p, "\r");
    }
    question(&mut p, 1);
    send(&mut p, "\r");
    note(&mut p, "");
    question(&mut p, 2);
    send(&mut p, &DOWN.repeat(2)); // from level 1 to level 3
    send(&mut p, "\r");
    note(&mut p, "");
    for n in 3..=4 {
        question(&mut p, n);
        send(&mut p, "\r");
        note(&mut p, "");
    }
    question(&mut p, 5);
    expect(&mut p, "(120)");
    send(&mut p, "\r");
    note(&mut p, "");
    question(&mut p, 6);
    send(&mut p, "\r");
    expect(&mut p, "Brief saved in brief.toml");
    assert_eq!(finish(&mut p), 0);

    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text,
        original.replace("processes = 1 #", "processes = 3 #"),
        "only the changed answer differs; comments and layout are kept"
    );
}

#[test]
fn a_file_that_is_not_a_brief_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    std::fs::write(&path, "title = \"my notes\"\n").unwrap();
    let mut p = spawn(
        dir.path(),
        &["--brief", "notes.toml", "--questionnaire", "mini"],
    );
    expect(
        &mut p,
        "notes.toml exists and is not a brief. Overwrite it?",
    );
    send(&mut p, "n");
    expect(&mut p, "choose another file with --brief FILE");
    assert_eq!(finish(&mut p), 2);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "title = \"my notes\"\n"
    );
}

/// The default questionnaires (ten-questions then ten-mistakes), when the binary
/// has them built in: the first question is asked and saved.
#[test]
fn default_questionnaires_start_with_ten_questions() {
    let dir = tempfile::tempdir().unwrap();
    let listing = outsource(dir.path(), &["questionnaires", "--format", "json"]);
    let listing: serde_json::Value = serde_json::from_slice(&listing.stdout).unwrap();
    let ids: Vec<&str> = listing["questionnaires"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["id"].as_str())
        .collect();
    let mut p = spawn(dir.path(), &[]);
    if !(ids.contains(&"ten-questions") && ids.contains(&"ten-mistakes")) {
        // Without them the interview says which one is missing.
        expect(&mut p, "unknown questionnaire `ten-questions`");
        assert_eq!(finish(&mut p), 2);
        return;
    }
    let first = listing["questionnaires"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "ten-questions")
        .and_then(|q| q["questions"][0]["id"].as_str())
        .unwrap()
        .to_owned();
    expect(&mut p, "(ten-questions, ten-mistakes)");
    for fact in [
        "? Project name",
        "? Client",
        "? Sector",
        "? Author",
        "? Date",
    ] {
        expect(&mut p, fact);
        send(&mut p, "\r");
    }
    expect(&mut p, "1 / ");
    expect(&mut p, " · ten-questions");
    expect(&mut p, "? Answer");
    send(&mut p, "\r");
    note(&mut p, "");
    expect(&mut p, "2 / ");
    expect(&mut p, "? Answer");
    send(&mut p, ESC);
    expect(&mut p, "3 / ");
    expect(&mut p, "? Answer");
    send(&mut p, UP);
    send(&mut p, "\r");
    expect(&mut p, "Saved in brief.toml (1 of ");
    assert_eq!(finish(&mut p), 0);

    let brief = saved(&dir.path().join("brief.toml"));
    assert_eq!(
        brief["project"]["questionnaires"].as_array().unwrap().len(),
        2
    );
    let answered = brief["answers"]["ten-questions"].as_table().unwrap();
    assert_eq!(answered.len(), 1);
    assert!(answered.contains_key(&first), "{answered:?}");
    let validate = outsource(dir.path(), &["validate", "brief.toml"]);
    assert!(validate.status.success(), "{validate:?}");
}

#[test]
fn without_a_terminal_it_refuses_and_points_to_check() {
    let dir = tempfile::tempdir().unwrap();
    let output = crate::common::outsource_std()
        .current_dir(dir.path())
        .args(["--lang", "en", "interview"])
        .stdin(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("outsource check BRIEF"), "{stderr}");
    assert!(!dir.path().join("brief.toml").exists());
}
