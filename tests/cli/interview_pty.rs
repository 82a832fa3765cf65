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

pub(crate) type Pty = Session<UnixProcess, PtyStream>;

pub(crate) const DOWN: &str = "\x1b[B";
pub(crate) const LEFT: &str = "\x1b[D";
pub(crate) const ESC: &str = "\x1b";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interview")
}

/// Spawns the real binary in `dir` on a 120×40 pseudo-terminal, in English,
/// without colours, with the fixture questionnaires.
pub(crate) fn spawn(dir: &Path, args: &[&str]) -> Pty {
    spawn_in("en", dir, args)
}

/// The same in `lang`, the environment set on purpose (not the developer's).
pub(crate) fn spawn_in(lang: &str, dir: &Path, args: &[&str]) -> Pty {
    let mut command = crate::common::outsource_std();
    command
        .current_dir(dir)
        .args(["--lang", lang, "--color", "never", "--questionnaires"])
        .arg(fixtures())
        .arg("interview")
        .args(args)
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1");
    let mut session = Session::spawn(command).expect("spawn outsource interview");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let _ = session.get_process_mut().set_window_size(120, 40);
    session
}

pub(crate) fn expect(p: &mut Pty, text: &str) {
    if let Err(error) = p.expect(text) {
        panic!("waiting for {text:?}: {error}");
    }
}

pub(crate) fn send(p: &mut Pty, keys: &str) {
    p.send(keys).expect("send keys");
}

/// Waits for the end of the output and returns the exit code.
pub(crate) fn finish(p: &mut Pty) -> i32 {
    p.expect(Eof).expect("end of output");
    match p.get_process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("not exited: {other:?}"),
    }
}

/// The five project facts: three typed, author skipped, date = today (Enter).
pub(crate) fn facts(p: &mut Pty) {
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

/// Waits for question `n` of the fixture, then its prompt: a list (1 to 4) or a
/// field (5 and 6).
pub(crate) fn question(p: &mut Pty, n: usize) {
    expect(p, &format!("{n} / 6 · "));
    ready(p);
}

/// Waits for a list's footer or a field's prompt.
pub(crate) fn ready(p: &mut Pty) {
    if let Err(error) = p.expect(Regex("Enter confirms|Entrée valide|\\? Answer|\\? Réponse")) {
        panic!("waiting for a prompt: {error}");
    }
}

pub(crate) fn note(p: &mut Pty, text: &str) {
    expect(p, "? Note (optional");
    send(p, text);
    send(p, "\r");
}

/// Ctrl-C once raw mode is on (see the module doc), then the exit code.
pub(crate) fn interrupt(p: &mut Pty) -> i32 {
    sleep(Duration::from_millis(100));
    send(p, "\x03");
    expect(p, "Interrupted");
    finish(p)
}

pub(crate) fn saved(path: &Path) -> toml::Table {
    let text = std::fs::read_to_string(path).expect("the brief is saved");
    toml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

pub(crate) fn answers(brief: &toml::Table) -> &toml::Table {
    brief["answers"]["mini"].as_table().expect("[answers.mini]")
}

pub(crate) fn outsource(dir: &Path, args: &[&str]) -> std::process::Output {
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
        send(p, "1"); // Yes
        note(p, "Written in March");
    }
    if from <= 2 {
        question(p, 2);
        send(p, &DOWN.repeat(4)); // Mostly (level 3): nothing is pre-selected
        send(p, "\r");
        note(p, "");
    }
    if from <= 3 {
        question(p, 3);
        send(p, "2"); // After-sales
        note(p, "");
    }
    if from <= 4 {
        question(p, 4);
        send(p, DOWN);
        send(p, " "); // Phone
        send(p, "2"); // Email
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
        .expect(Regex(r"Verdict: [a-z ]+, score [0-9]+/100"))
        .expect("the end screen's verdict");
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
    assert_eq!(
        project["lang"].as_str(),
        Some("en"),
        "the brief remembers its language"
    );
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
    let check_score: f64 = overall_score(&check).parse().unwrap();
    let shown_score = shown
        .rsplit("score ")
        .next()
        .unwrap()
        .trim_end_matches("/100");
    assert_eq!(format!("{check_score:.0}"), shown_score, "{check}");
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
    send(&mut p, "3"); // Partly (level 2)
    note(&mut p, "");
    question(&mut p, 3);
    send(&mut p, LEFT); // back
    // Back on question 2: its answer is the default, Enter keeps it, the note too.
    question(&mut p, 2);
    send(&mut p, "\r");
    note(&mut p, "back here");
    question(&mut p, 3);
    send(&mut p, ":q\r");
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
    send(&mut p, ":na\r");
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
    expect(&mut p, "✔ Not applicable · no phone line yet");
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
    send(&mut p, "1e3\r");
    expect(&mut p, "`1e3` is not a number");
    send(&mut p, "0\r");
    expect(&mut p, "0 is below the minimum, 1 (unit: contacts a day)");
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
    send(&mut p, "1");
    note(&mut p, "");
    question(&mut p, 2);
    send(&mut p, "2");
    note(&mut p, "");
    question(&mut p, 3);
    sleep(Duration::from_millis(100));
    send(&mut p, "\x03");
    // The list hid the cursor; it is shown again.
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
    send(&mut p, &DOWN.repeat(2)); // from level 1 (the current answer) to level 3
    send(&mut p, "\r");
    note(&mut p, "");
    question(&mut p, 3);
    send(&mut p, ESC); // Esc keeps the answer, and says so
    expect(&mut p, "→ Answer kept");
    question(&mut p, 4);
    send(&mut p, "\r");
    note(&mut p, "");
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
        original
            .replace("processes = 1 #", "processes = 3 #")
            .replace("2026-11-02\"\n", "2026-11-02\"\nlang = \"en\"\n"),
        "only the changed answer and the remembered language differ; comments and layout are kept"
    );
}

/// An interview in `lang` on `notes.toml`, a TOML file that is not a brief.
fn interview_on_notes(lang: &str) -> (tempfile::TempDir, PathBuf, Pty) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("notes.toml");
    std::fs::write(&path, "title = \"my notes\"\n").expect("notes.toml is written");
    let args = ["--brief", "notes.toml", "--questionnaire", "mini"];
    let p = spawn_in(lang, dir.path(), &args);
    (dir, path, p)
}

#[test]
fn a_file_that_is_not_a_brief_is_not_overwritten_without_asking() {
    let (_dir, path, mut p) = interview_on_notes("en");
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

/// In French the question shows `(o/N)` and `o` (oui) says yes: the file is
/// replaced by a new brief.
#[test]
fn overwrite_is_confirmed_with_the_french_yes_key() {
    let (_dir, _, mut p) = interview_on_notes("fr");
    expect(&mut p, "L’écraser\u{a0}? (o/N)");
    send(&mut p, "o");
    expect(&mut p, "L’écraser\u{a0}? · Oui");
    expect(&mut p, "Nom du projet");
    send(&mut p, "\x03");
    let _ = finish(&mut p);
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
    ready(&mut p);
    send(&mut p, "1");
    note(&mut p, "");
    expect(&mut p, "2 / ");
    ready(&mut p);
    send(&mut p, ESC);
    expect(&mut p, "3 / ");
    ready(&mut p);
    send(&mut p, ":q\r");
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
    assert_eq!(
        stderr.matches("error:").count(),
        1,
        "printed once: {stderr}"
    );
    assert!(!dir.path().join("brief.toml").exists());
}

/// Skips the fixture's questions up to (not including) question `n`.
fn skip_to(p: &mut Pty, n: usize) {
    skip_to_from(p, 1, n);
}

#[test]
fn back_and_help_in_a_tick_list_are_not_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    facts(&mut p);
    skip_to(&mut p, 4);
    question(&mut p, 4);
    send(&mut p, "1"); // Phone ticked
    send(&mut p, "?");
    expect(&mut p, "Tick every planned channel.");
    question_again(&mut p);
    send(&mut p, LEFT); // back to question 3: nothing recorded
    question(&mut p, 3);
    send(&mut p, ":q\r");
    expect(&mut p, "Saved in brief.toml (0 of 6 answered)");
    assert_eq!(finish(&mut p), 0);
    // Only the facts were confirmed and saved: no answer at all.
    let brief = saved(&dir.path().join("brief.toml"));
    assert!(brief.get("answers").is_none(), "{brief:?}");
}

/// Waits for the list to be drawn again.
fn question_again(p: &mut Pty) {
    ready(p);
}

#[test]
fn enter_with_nothing_chosen_or_ticked_asks_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    facts(&mut p);
    question(&mut p, 1);
    send(&mut p, "\r");
    expect(&mut p, "no answer chosen");
    send(&mut p, ESC);
    skip_to_from(&mut p, 2, 4);
    question(&mut p, 4);
    send(&mut p, "\r");
    expect(&mut p, "is the answer “none of these”?");
    send(&mut p, "x"); // back to the list
    ready(&mut p);
    send(&mut p, "\r");
    expect(&mut p, "is the answer “none of these”?");
    send(&mut p, "y");
    expect(&mut p, "✔ Answer · none of these");
    note(&mut p, "");
    question(&mut p, 5);
    send(&mut p, ":quit\r");
    assert_eq!(finish(&mut p), 0);
    let brief = saved(&dir.path().join("brief.toml"));
    let a = answers(&brief);
    assert!(a.get("objectives").is_none(), "Enter chose nothing");
    assert_eq!(a["channels"].as_array().map(Vec::len), Some(0));
}

/// Skips questions `from` to `to` (excluded): Esc on a list, Enter on a field.
fn skip_to_from(p: &mut Pty, from: usize, to: usize) {
    for k in from..to {
        question(p, k);
        send(p, if k <= 4 { ESC } else { "\r" });
    }
}

/// A Ctrl-C case: the prompt, the keys before Ctrl-C, the answer kept.
type Case = (
    &'static str,
    fn(&mut Pty),
    Option<(&'static str, &'static str)>,
);

#[test]
fn ctrl_c_at_every_kind_of_prompt_keeps_what_was_confirmed() {
    // (prompt, steps before Ctrl-C, the one answer the brief then holds)
    let cases: [Case; 7] = [
        (
            "project field",
            |p| {
                expect(p, "? Project name");
                send(p, "Support N1\r");
                expect(p, "? Client");
            },
            None,
        ),
        (
            "list",
            |p| {
                facts(p);
                question(p, 1);
            },
            None,
        ),
        (
            "tick list",
            |p| {
                facts(p);
                skip_to(p, 4);
                question(p, 4);
                send(p, "1");
            },
            None,
        ),
        (
            "number",
            |p| {
                facts(p);
                skip_to(p, 5);
                question(p, 5);
                send(p, "12");
            },
            None,
        ),
        (
            "text",
            |p| {
                facts(p);
                skip_to(p, 6);
                question(p, 6);
                send(p, "half typed");
            },
            None,
        ),
        (
            "note",
            |p| {
                facts(p);
                question(p, 1);
                send(p, "2");
                expect(p, "? Note (optional");
                send(p, "half a note");
            },
            Some(("objectives", "false")),
        ),
        (
            "reason",
            |p| {
                facts(p);
                question(p, 1);
                send(p, ":na\r");
                expect(p, "? Why does it not apply?");
                send(p, "half a reason");
            },
            None,
        ),
    ];
    for (name, steps, kept) in cases {
        let dir = tempfile::tempdir().unwrap();
        let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
        steps(&mut p);
        assert_eq!(interrupt(&mut p), 130, "{name}");
        let brief = saved(&dir.path().join("brief.toml"));
        assert_eq!(
            brief["project"]["name"].as_str(),
            Some("Support N1"),
            "{name}"
        );
        let held: Vec<(String, String)> = brief
            .get("answers")
            .and_then(|a| a["mini"].as_table())
            .map(|a| a.iter().map(|(k, v)| (k.clone(), v.to_string())).collect())
            .unwrap_or_default();
        let expected: Vec<(String, String)> = kept
            .map(|(k, v)| vec![(k.to_owned(), v.to_owned())])
            .unwrap_or_default();
        assert_eq!(held, expected, "{name}");
    }
}

#[test]
fn commands_typed_at_the_note_and_reason_prompts() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    facts(&mut p);
    question(&mut p, 1);
    send(&mut p, "2"); // No
    note(&mut p, ":back"); // back to the question, not a note
    question(&mut p, 1);
    send(&mut p, "1"); // Yes
    note(&mut p, ":na set by the group");
    expect(&mut p, "✔ Not applicable · set by the group");
    question(&mut p, 2);
    send(&mut p, ":na\r");
    expect(&mut p, "? Why does it not apply?");
    send(&mut p, ":retour\r"); // French command: back to the question
    question(&mut p, 2);
    send(&mut p, ":na\r");
    expect(&mut p, "? Why does it not apply?");
    send(&mut p, ":quit\r");
    expect(&mut p, "Saved in brief.toml (1 of 6 answered)");
    assert_eq!(finish(&mut p), 0);
    let brief = saved(&dir.path().join("brief.toml"));
    let a = answers(&brief);
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        a["objectives"]["not-applicable"].as_str(),
        Some("set by the group")
    );
    assert!(!brief.to_string().contains(":back"));
}

#[test]
fn a_decimal_comma_in_both_languages() {
    for (lang, expected_hint, value) in [
        ("en", "in English the decimal mark is a point (12.5)", 12.5),
        ("fr", "", 12.5),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut p = spawn_in(lang, dir.path(), &["--questionnaire", "mini"]);
        // Facts in either language: Enter skips, the date keeps today.
        for _ in 0..5 {
            expect(&mut p, "? ");
            send(&mut p, "\r");
        }
        skip_to(&mut p, 5);
        question(&mut p, 5);
        send(&mut p, "12,5\r");
        if !expected_hint.is_empty() {
            expect(&mut p, expected_hint);
            send(&mut p, "\x15"); // clear the field (Ctrl-U)
            send(&mut p, "12.5\r");
        }
        expect(&mut p, "? Note");
        send(&mut p, ":q\r");
        assert_eq!(finish(&mut p), 0, "{lang}");
        let brief = saved(&dir.path().join("brief.toml"));
        assert_eq!(answers(&brief)["volume"].as_float(), Some(value), "{lang}");
    }
}

#[test]
fn an_impossible_date_is_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    for _ in 0..4 {
        expect(&mut p, "? ");
        send(&mut p, "\r");
    }
    expect(&mut p, "? Date (YYYY-MM-DD)");
    send(&mut p, "\x15");
    send(&mut p, "2026-02-30\r");
    expect(&mut p, "expected a date that exists");
    send(&mut p, "\x15");
    send(&mut p, "2026-02-28\r");
    question(&mut p, 1);
    send(&mut p, ":q\r");
    assert_eq!(finish(&mut p), 0);
    let brief = saved(&dir.path().join("brief.toml"));
    assert_eq!(brief["project"]["date"].as_str(), Some("2026-02-28"));
}

#[test]
fn the_end_screen_uses_the_thresholds_given_like_check() {
    let dir = tempfile::tempdir().unwrap();
    // No brief reaches 100: the verdict must be "not ready", as `check` says.
    let mut p = spawn(
        dir.path(),
        &["--questionnaire", "mini", "--min-score", "100"],
    );
    facts(&mut p);
    answer_all(&mut p, 1);
    expect(&mut p, "Verdict: not ready, score");
    assert_eq!(finish(&mut p), 0);
    let check = outsource(dir.path(), &["check", "brief.toml", "--min-score", "100"]);
    assert_eq!(check.status.code(), Some(1), "{check:?}");
    let check = outsource(dir.path(), &["check", "brief.toml"]);
    assert_eq!(check.status.code(), Some(0), "{check:?}");
}

#[test]
fn keys_typed_right_after_an_answer_do_not_reach_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    facts(&mut p);
    question(&mut p, 1);
    // One write: the answer, then keys typed before the note prompt shows.
    send(&mut p, "1xyz");
    expect(&mut p, "? Note (optional");
    send(&mut p, "\r");
    question(&mut p, 2);
    assert_eq!(interrupt(&mut p), 130);
    let brief = saved(&dir.path().join("brief.toml"));
    // No note: `objectives = true` alone, not `{ value = true, note = "xyz" }`.
    assert_eq!(
        answers(&brief)["objectives"].as_bool(),
        Some(true),
        "{brief}"
    );
}
