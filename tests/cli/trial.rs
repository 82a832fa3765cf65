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
