//! Progress bars (issue 16): a Monte Carlo run long enough to get a bar on a
//! terminal draws nothing when standard error is a pipe, and the results do not
//! depend on it.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use crate::common::outsource;

/// 400,000 samples of 6 offers x 12 criteria: 400,000 x (72 + 8 x 6) = 4.8e7
/// multiply-adds, about 1.4 s at the debug build's estimate of 30 ns each (the
/// binary under test is the debug build): on a terminal this run would get a bar.
const LONG: &str = "400000";

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
