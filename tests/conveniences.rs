//! End-to-end tests of the conveniences: completions, man, schema, init, diff.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use assert_cmd::Command;
use predicates::prelude::*;

fn outsource() -> Command {
    let mut command = Command::cargo_bin("outsource").unwrap();
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("NO_COLOR");
    command
}

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
    for kind in ["questionnaire", "brief"] {
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
