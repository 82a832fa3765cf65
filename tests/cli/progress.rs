//! Progress bars (issue 16): a Monte Carlo run long enough to get a bar draws one
//! on a terminal and still ends, and draws nothing when standard error is a pipe.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use crate::common::outsource;

/// 1,000,000 samples of the 4 offers that pass the must-haves x 12 criteria:
/// 1,000,000 x (48 + 8 x 4) = 8e7 multiply-adds, about 2.4 s at the debug build's
/// estimate of 30 ns each (the binary under test is the debug build): on a
/// terminal this run gets a bar.
const LONG: &str = "1000000";

#[test]
fn a_long_run_draws_no_bar_on_a_pipe() {
    let output = outsource()
        .env("TERM", "xterm-256color")
        .args([
            "rank",
            "--criteria",
            "examples/criteria.toml",
            "examples/offers",
        ])
        .args([
            "--sensitivity",
            "--samples",
            LONG,
            "--seed",
            "3",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    // indicatif redraws with a carriage return and ANSI escapes, and draws bars
    // with block characters: none of them may reach a pipe.
    for mark in ['\r', '\u{1b}', '█', '░', '━'] {
        assert!(!stderr.contains(mark), "{mark:?} in {stderr:?}");
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains('\r') && !stdout.contains('\u{1b}'));
    assert!(stdout.contains("\"acceptability\""));
}

#[test]
fn a_long_run_draws_a_bar_on_a_terminal_and_ends() {
    use expectrl::{Eof, Expect, Session};
    let mut command = crate::common::outsource_std();
    command
        .args([
            "rank",
            "--criteria",
            "examples/criteria.toml",
            "examples/offers",
        ])
        .args([
            "--sensitivity",
            "--samples",
            LONG,
            "--seed",
            "3",
            "--format",
            "json",
        ])
        .env("TERM", "xterm-256color");
    let mut session = Session::spawn(command).unwrap();
    session.set_expect_timeout(Some(std::time::Duration::from_secs(120)));
    // The bar's counter, then the end: drawing never blocks the run (`main` holds
    // the standard error lock; the bar writes through its own handle).
    session.expect(format!("/{LONG}")).unwrap();
    session.expect(Eof).unwrap();
}
