//! The fixes of the interview's second hands-on trial, driven through a
//! pseudo-terminal with the helpers of `interview_pty`, each asserting on the
//! saved brief.

use crate::interview_pty::{
    DOWN, ESC, Pty, answers, expect, facts, finish, note, question, ready, saved, send, spawn,
    spawn_in,
};

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect};
use std::thread::sleep;
use std::time::Duration;

/// The exit code, once the output has ended.
fn exit_code(p: &mut Pty) -> i32 {
    match p.get_process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("not exited: {other:?}"),
    }
}

/// A brief in a folder that does not exist is refused before the first
/// question, naming the folder: no answer is typed for nothing.
#[test]
fn a_brief_in_a_missing_folder_is_refused_before_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--brief", "missing/acme.toml"]);
    expect(
        &mut p,
        "the folder missing does not exist, so missing/acme.toml cannot be saved there",
    );
    let rest = p.expect(Eof).expect("end of output");
    let rest = String::from_utf8_lossy(rest.get(0).unwrap_or_default()).into_owned();
    assert!(!rest.contains("Project name"), "no question asked: {rest}");
    assert_eq!(exit_code(&mut p), 2);
    assert!(!dir.path().join("missing").exists());
}

#[test]
fn a_brief_in_a_missing_folder_is_refused_in_french_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn_in("fr", dir.path(), &["--brief", "absent/acme.toml"]);
    expect(&mut p, "le dossier absent n’existe pas");
    assert_eq!(finish(&mut p), 2);
}

/// A folder where the brief can be written leaves no probe file behind.
#[test]
fn the_writability_check_leaves_nothing_in_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    expect(&mut p, "? Project name");
    send(&mut p, ":q\r");
    assert_eq!(finish(&mut p), 0);
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(
        left.is_empty(),
        "nothing answered, nothing written: {left:?}"
    );
}

/// A "folder" that is a file cannot hold the brief: refused before the first
/// question too, with the system's reason.
#[test]
fn a_brief_under_a_file_is_refused_before_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "notes\n").unwrap();
    let mut p = spawn(dir.path(), &["--brief", "notes.txt/acme.toml"]);
    expect(&mut p, "cannot write in the folder notes.txt (");
    expect(&mut p, "so notes.txt/acme.toml cannot be saved there");
    assert_eq!(finish(&mut p), 2);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "notes\n"
    );
}

const NOT_APPLICABLE: &str = r#"[project]
name = "Support N1"
date = "2026-11-02"
lang = "en"
questionnaires = ["mini"]

[answers.mini]
objectives = { not-applicable = "no budget this year" }
processes = 1
phase = "after-sales"
channels = { not-applicable = "channels chosen by the group" }
volume = 120
notes = "Start in January"
"#;

/// Enter at each project fact: the values shown are kept.
fn keep_facts(p: &mut Pty) {
    for fact in [
        "? Project name",
        "? Client",
        "? Sector",
        "? Author",
        "? Date",
    ] {
        expect(p, fact);
        send(p, "\r");
    }
}

/// `--review` on not-applicable answers in a list and a tick list: the list
/// says so with the reason, and Enter keeps them, as the opening promises.
#[test]
fn review_shows_a_not_applicable_answer_and_enter_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.toml");
    std::fs::write(&path, NOT_APPLICABLE).unwrap();
    let mut p = spawn(dir.path(), &["--review"]);
    expect(&mut p, "Enter keeps each current answer");
    keep_facts(&mut p);
    expect(&mut p, "1 / 6 · ");
    expect(
        &mut p,
        "Now: not applicable (no budget this year). Enter keeps it",
    );
    ready(&mut p);
    send(&mut p, "\r");
    expect(&mut p, "→ Answer kept");
    question(&mut p, 2);
    send(&mut p, "\r");
    note(&mut p, "");
    question(&mut p, 3);
    send(&mut p, "\r");
    note(&mut p, "");
    expect(&mut p, "4 / 6 · ");
    expect(&mut p, "Now: not applicable (channels chosen by the group)");
    ready(&mut p);
    send(&mut p, "\r");
    expect(&mut p, "→ Answer kept");
    question(&mut p, 5);
    send(&mut p, ":q\r");
    assert_eq!(finish(&mut p), 0);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), NOT_APPLICABLE);
}

/// Choosing an answer still replaces a not-applicable one.
#[test]
fn review_replaces_a_not_applicable_answer_when_one_is_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.toml");
    std::fs::write(&path, NOT_APPLICABLE).unwrap();
    let mut p = spawn(dir.path(), &["--review"]);
    keep_facts(&mut p);
    question(&mut p, 1);
    send(&mut p, DOWN);
    send(&mut p, "\r"); // Yes
    note(&mut p, ":q");
    assert_eq!(finish(&mut p), 0);
    assert_eq!(answers(&saved(&path))["objectives"].as_bool(), Some(true));
}

/// Skips the fixture's questions 1 to 4 (Esc) after the project facts.
fn to_the_number(p: &mut Pty) {
    facts(p);
    for n in 1..=4 {
        question(p, n);
        send(p, ESC);
    }
    question(p, 5);
}

/// A mistyped command at a number or note prompt is an unknown command, listed
/// with the commands, never a value or a note.
#[test]
fn a_mistyped_command_is_an_unknown_command() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    to_the_number(&mut p);
    send(&mut p, ":foo\r");
    expect(
        &mut p,
        "unknown command `:foo`: :back :help :na REASON :skip :quit",
    );
    send(&mut p, &"\x08".repeat(4));
    send(&mut p, "12\r");
    expect(&mut p, "? Note (optional");
    send(&mut p, ":nite\r");
    expect(&mut p, "unknown command `:nite`");
    send(&mut p, &"\x08".repeat(5));
    send(&mut p, ":-) agreed\r");
    question(&mut p, 6);
    send(&mut p, ":quit\r");
    assert_eq!(finish(&mut p), 0);
    let brief = saved(&dir.path().join("brief.toml"));
    let volume = &answers(&brief)["volume"];
    assert_eq!(volume["value"].as_integer(), Some(12));
    assert_eq!(volume["note"].as_str(), Some(":-) agreed"));
}

#[test]
fn a_mistyped_command_is_an_unknown_command_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn_in("fr", dir.path(), &["--questionnaire", "mini"]);
    expect(&mut p, "? Nom du projet");
    send(&mut p, ":retuor\r");
    expect(&mut p, "commande inconnue `:retuor`");
    send(&mut p, &"\x08".repeat(7));
    send(&mut p, ":quitter\r");
    assert_eq!(finish(&mut p), 0);
    assert!(!dir.path().join("brief.toml").exists(), "nothing answered");
}

/// A number an f64 cannot hold as typed is refused, not rounded and echoed
/// back changed.
#[test]
fn a_number_with_too_many_digits_is_refused_not_rounded() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    to_the_number(&mut p);
    send(&mut p, "99999999999999999999999\r");
    expect(
        &mut p,
        "`99999999999999999999999` has too many digits to be kept exactly as typed",
    );
    send(&mut p, &"\x08".repeat(23));
    send(&mut p, "4999.5\r");
    expect(&mut p, "✔ Answer · 4999.5 contacts a day");
    note(&mut p, ":q");
    assert_eq!(finish(&mut p), 0);
    let brief = saved(&dir.path().join("brief.toml"));
    assert_eq!(answers(&brief)["volume"].as_float(), Some(4999.5));
}

/// The Ctrl-C message is wrapped at the terminal's width between words, like
/// every other text; the resume command stays on one line, to be pasted.
#[test]
fn the_ctrl_c_message_is_wrapped_between_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn_in("fr", dir.path(), &["--questionnaire", "mini"]);
    let _ = p.get_process_mut().set_window_size(50, 40);
    expect(&mut p, "? Nom du projet");
    send(&mut p, "Support N1\r");
    expect(&mut p, "? Client");
    sleep(Duration::from_millis(100));
    send(&mut p, "\x03");
    expect(&mut p, "Interrompu.");
    let rest = p.expect(Eof).expect("end of output");
    let rest = String::from_utf8_lossy(rest.get(0).unwrap_or_default()).into_owned();
    assert_eq!(exit_code(&mut p), 130);
    let lines: Vec<&str> = rest.split("\r\n").filter(|l| !l.is_empty()).collect();
    let (resume, message) = lines.split_last().expect("a message and the resume line");
    assert!(
        resume.starts_with(
            "Reprenez avec\u{a0}: outsource interview --brief brief.toml --questionnaires "
        ),
        "{resume}"
    );
    assert!(message.len() > 1, "wrapped: {message:?}");
    for line in message {
        assert!(line.chars().count() <= 50, "{line:?} is wider than 50");
    }
    // Words are whole: joined again, the lines give the sentence.
    let joined = format!("Interrompu.{}", message.join(" "));
    assert!(joined.contains("(0 sur 6 répondue)."), "{joined}");
    assert_eq!(
        saved(&dir.path().join("brief.toml"))["project"]["name"].as_str(),
        Some("Support N1")
    );
}

/// The footer names the digits that pick an option of this list, not 1-9.
#[test]
fn the_footer_names_the_real_digits() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = spawn(dir.path(), &["--questionnaire", "mini"]);
    facts(&mut p);
    expect(&mut p, "1 / 6 · ");
    expect(&mut p, "↑↓ or 1-2 choose, Enter confirms");
    send(&mut p, ESC);
    expect(&mut p, "2 / 6 · ");
    expect(&mut p, "↑↓ or 1-5 choose, Enter confirms");
    send(&mut p, ESC);
    expect(&mut p, "3 / 6 · ");
    expect(&mut p, "↑↓ or 1-3 choose");
    send(&mut p, ESC);
    expect(&mut p, "4 / 6 · ");
    expect(&mut p, "↑↓ move, Space or 1-3 tick, Enter confirms");
    send(&mut p, ":q\r");
    assert_eq!(finish(&mut p), 0);
    assert!(
        saved(&dir.path().join("brief.toml"))
            .get("answers")
            .is_none(),
        "nothing answered, nothing invented"
    );
}
