//! The fixes of the interview's second hands-on trial, driven through a
//! pseudo-terminal with the helpers of `interview_pty`, each asserting on the
//! saved brief.

use crate::interview_pty::{Pty, expect, finish, send, spawn, spawn_in};

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect};

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
    let rest = String::from_utf8_lossy(rest.before()).into_owned();
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
