//! `outsource report` end to end, without a browser: the HTML parses with no error
//! in an HTML5 parser, the Markdown writes its charts next to it.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::path::Path;
use std::process::Output;

use crate::common::{html_errors, stdout};

const BRIEF: &str = "tests/report/brief.toml";
const QUESTIONNAIRES: &str = "tests/report/questionnaires";

fn report(args: &[&str]) -> Output {
    crate::common::outsource()
        .args(["--questionnaires", QUESTIONNAIRES, "report", BRIEF])
        .args(args)
        .output()
        .unwrap()
}

/// Every `<svg>…</svg>` in a document.
fn svgs(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        let end = rest[start..].find("</svg>").unwrap() + start + "</svg>".len();
        found.push(&rest[start..end]);
        rest = &rest[end..];
    }
    found
}

#[test]
fn html_report_is_valid_html5_without_script_or_network() {
    let html = stdout(&report(&[]));
    let errors = html_errors(&html);
    assert!(errors.is_empty(), "HTML parse errors: {errors:#?}");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(!html.to_lowercase().contains("<script"));
    // The only URL is the SVG namespace: nothing to fetch.
    assert!(
        !html
            .replace("http://www.w3.org/2000/svg", "")
            .contains("://")
    );
    // Each inline SVG is also well-formed XML (so it works as a file too).
    let charts = svgs(&html);
    assert_eq!(charts.len(), 1, "radar only: no offers");
    for svg in charts {
        roxmltree::Document::parse(svg).unwrap();
    }
    // User text from the brief is escaped.
    assert!(html.contains("Boutique &lt;Lumière&gt; &amp; Co"));
    assert!(html.contains("Lumière &quot;Maison&quot; SAS"));
    assert!(html.contains("own agreement &lt;template&gt;"));
    assert!(!html.contains("<template>"));
    // Sections and content from the brief.
    for needle in [
        "Not ready",
        "Blockers (1)",
        "Is the knowledge base written?",
        "Write the 50 most frequent answers before the tender.",
        "<cite>Ten questions to ask before outsourcing customer relations</cite>",
        "<strong>Answer:</strong> no</p>",
        "<strong>Note:</strong> Nobody has time to &lt;write&gt; it",
        "id=\"answers\"",
        "Risk accepted:",
        "no answer",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
}

#[test]
fn html_report_in_french_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rapport.html");
    let output = report(&["--lang", "fr", "-o", path.to_str().unwrap()]);
    assert!(stdout(&output).is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("rapport écrit"));
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html_errors(&html).is_empty());
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("Pas prêt"));
    assert!(html.contains("Points bloquants (1)"));
    assert!(html.contains("Gouvernance et pilotage du prestataire"));
    // Only the report: no temporary file left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["rapport.html"]);
}

#[test]
fn markdown_report_writes_its_charts_next_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.md");
    let output = report(&["--format", "markdown", "-o", path.to_str().unwrap()]);
    assert!(stdout(&output).is_empty());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("![Readiness by dimension](client-radar.svg)"));
    let svg = std::fs::read_to_string(dir.path().join("client-radar.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    assert_eq!(
        doc.root_element().tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["client-radar.svg", "client.md"]);

    // GitHub tables: a header row, a delimiter row, rows with as many cells.
    assert!(text.contains("| Dimension | Score |\n|---|---:|\n| Objectives | 100 |\n"));
    assert!(text.contains("| Budget | no answer |"));
    assert!(text.contains("| **Not ready** | 43.2 / 100 | 92% |"));
    // Markup in user text is escaped.
    assert!(text.starts_with("# Boutique \\<Lumière\\> \\& Co"));
    assert!(!text.contains("<template>"));
}

#[test]
fn markdown_on_stdout_omits_the_charts_with_a_note() {
    let text = stdout(&report(&["--format", "markdown"]));
    assert!(text.contains("Chart omitted on standard output"));
    assert!(!text.contains(".svg"));
    assert!(text.contains("### Blockers (1)"));
}

#[test]
fn invalid_brief_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let brief = dir.path().join("bad.toml");
    std::fs::write(&brief, "[answers.report-fixture]\nsteering = \"high\"\n").unwrap();
    let output = crate::common::outsource()
        .args(["--questionnaires", QUESTIONNAIRES, "report"])
        .arg(&brief)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let missing = crate::common::outsource()
        .args(["report", "no/such/brief.toml"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/brief.toml"));
    assert!(!Path::new("no/such").exists());
}

#[test]
fn the_validator_does_report_errors() {
    // Guards the test above: a parser that never complains would prove nothing.
    assert!(!html_errors("<p>no doctype</div>").is_empty());
    assert!(
        html_errors("<!DOCTYPE html><html lang=en><title>t</title><p>ok</p></html>").is_empty()
    );
}
