//! The harness every end-to-end test uses: the binary under test, run from the
//! package root with a clean environment, and helpers shared by the report tests.
//!
//! The environment is cleared, then only `PATH`, `HOME` and `TMPDIR` are passed
//! on, so no locale (`LANG`, `LANGUAGE`, `LC_*`), colour (`NO_COLOR`,
//! `CLICOLOR`, `CLICOLOR_FORCE`) or terminal (`TERM`, `COLUMNS`) variable of the
//! developer's shell reaches the binary: a test that needs one sets it itself.

use std::process::{Command, Output};

/// Variables passed on from the test's environment; everything else is cleared.
const KEPT: &[&str] = &["PATH", "HOME", "TMPDIR"];

/// `outsource` as a `std::process::Command`, for tests that spawn it themselves
/// (pipes, a pseudo-terminal, a browser).
pub(crate) fn outsource_std() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_outsource"));
    command.current_dir(env!("CARGO_MANIFEST_DIR")).env_clear();
    for name in KEPT {
        if let Some(value) = std::env::var_os(name) {
            command.env(name, value);
        }
    }
    command
}

/// `outsource` as an `assert_cmd::Command`, with the same clean environment.
pub(crate) fn outsource() -> assert_cmd::Command {
    assert_cmd::Command::from_std(outsource_std())
}

/// For runners that cannot clear the environment (trycmd only adds variables):
/// a neutral value for every locale, colour and terminal variable, those of the
/// developer's shell included, so each one is set on purpose. English, no
/// colour, a dumb 80-column terminal.
pub(crate) fn neutral_env() -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = [
        ("LANG", "C"),
        ("LANGUAGE", ""),
        ("LC_ALL", "C"),
        ("LC_MESSAGES", "C"),
        ("NO_COLOR", "1"),
        ("CLICOLOR", "0"),
        ("CLICOLOR_FORCE", "0"),
        ("TERM", "dumb"),
        ("COLUMNS", "80"),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value.to_owned()))
    .collect();
    for (name, _) in std::env::vars_os() {
        let Some(name) = name.to_str() else { continue };
        if name.starts_with("LC_") && env.iter().all(|(known, _)| known != name) {
            env.push((name.to_owned(), "C".to_owned()));
        }
    }
    env
}

use html5ever::tendril::TendrilSink;
use html5ever::tokenizer::TokenizerOpts;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::RcDom;

/// Standard output of a command that must have succeeded.
pub(crate) fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "status {:?}, stderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// Parse errors of an HTML document, as html5ever reports them with exact errors on.
pub(crate) fn html_errors(html: &str) -> Vec<String> {
    let opts = ParseOpts {
        tokenizer: TokenizerOpts {
            exact_errors: true,
            ..TokenizerOpts::default()
        },
        tree_builder: TreeBuilderOpts {
            exact_errors: true,
            ..TreeBuilderOpts::default()
        },
    };
    let dom = parse_document(RcDom::default(), opts)
        .from_utf8()
        .read_from(&mut html.as_bytes())
        .expect("reading from memory");
    dom.errors.borrow().iter().map(|e| e.to_string()).collect()
}
