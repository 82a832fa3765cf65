//! SARIF 2.1.0 for code-scanning dashboards: one rule per question with a finding,
//! one result per finding located at the brief's line, and one result per brief
//! whose verdict is not `ready`, whatever the reason (a brief failing on coverage
//! alone has no finding, yet must not look green). Waivers are written in the brief
//! itself, so a waived finding carries an `inSource` suppression with the reason.
//!
//! Paths become URI references (SARIF 2.1.0 §3.4.3, RFC 3986): a relative path is
//! percent-encoded and resolved against `%SRCROOT%` (declared in
//! `originalUriBaseIds`, §3.14.14), an absolute path becomes a `file://` URI.

use std::path::Path;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::{Value, json};

use super::{
    CheckReport, Checked, Problem, citations, finding_id, is_failing, labelled, source_lines,
    verdict_line,
};
use crate::lang::Lang;
use crate::model::questionnaire::Severity;
use crate::readiness::{Finding, FindingKind, Verdict};

/// The base that relative brief paths are resolved against.
pub(crate) const SRCROOT: &str = "%SRCROOT%";

/// Rule of the per-brief verdict results.
const VERDICT_RULE: &str = "verdict";
/// Rule of the stale-waiver results.
const STALE_RULE: &str = "stale-waiver";

/// Characters kept as they are in a path segment: RFC 3986 unreserved ones and
/// the segment separator. Everything else (space, `%`, `#`, `?`, `:`, non-ASCII
/// bytes of UTF-8) is percent-encoded.
const PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// `src_root` is the folder the command ran in (relative brief paths are relative
/// to it); without it `%SRCROOT%` is declared with a description only.
pub(crate) fn render(report: &CheckReport, lang: Lang, src_root: Option<&Path>) -> String {
    let mut rules: Vec<Value> = Vec::new();
    let mut results: Vec<Value> = Vec::new();
    for problem in &report.problems {
        results.push(problem_result(&mut rules, problem, lang));
    }
    for checked in &report.briefs {
        if checked.assessment.verdict != Verdict::Ready || !checked.passed {
            results.push(verdict_result(&mut rules, checked, lang));
        }
        for f in &checked.assessment.findings {
            results.push(finding_result(&mut rules, report, checked, f, lang));
        }
    }
    let sarif = json!({
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "outsource",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://crates.io/crates/outsource",
                    "rules": rules,
                }
            },
            "originalUriBaseIds": { SRCROOT: src_root_base(src_root, lang) },
            "results": results,
        }]
    });
    let mut text = serde_json::to_string_pretty(&sarif).unwrap_or_default();
    text.push('\n');
    text
}

/// The result of a brief that is not `ready` or fails the check, adding the
/// verdict rule when it is new.
fn verdict_result(rules: &mut Vec<Value>, checked: &Checked, lang: Lang) -> Value {
    let index = rule_index(rules, VERDICT_RULE, || {
        json!({
            "id": VERDICT_RULE,
            "shortDescription": { "text": crate::tr!(lang, "check-sarif-verdict-rule") },
            "defaultConfiguration": { "level": "error" },
        })
    });
    let level = if checked.passed { "note" } else { "error" };
    json!({
        "ruleId": VERDICT_RULE,
        "ruleIndex": index,
        "level": level,
        "message": { "text": labelled(&checked.file.path, &verdict_line(checked, lang), lang) },
        "locations": [location(&checked.file.path, None)],
    })
}

/// The result of an input error (a file that is not a valid brief): level
/// `error`, its rule the diagnostic's code, at its line (1 for the whole file).
fn problem_result(rules: &mut Vec<Value>, problem: &Problem, lang: Lang) -> Value {
    let index = rule_index(rules, &problem.code, || {
        json!({
            "id": problem.code,
            "shortDescription": { "text": problem.code },
            "defaultConfiguration": { "level": "error" },
        })
    });
    json!({
        "ruleId": problem.code,
        "ruleIndex": index,
        "level": "error",
        "message": { "text": labelled(&problem.path, &problem.message, lang) },
        "locations": [location(&problem.path, Some(problem.line()))],
    })
}

/// The result of a finding, suppressed in source when waived, adding its rule
/// when it is new.
fn finding_result(
    rules: &mut Vec<Value>,
    report: &CheckReport,
    checked: &Checked,
    f: &Finding,
    lang: Lang,
) -> Value {
    let id = finding_id(&f.questionnaire, &f.question);
    let level = level(f.severity, report.fail_on);
    let rule_id = match f.kind {
        FindingKind::WeakAnswer => id.clone(),
        FindingKind::StaleWaiver => STALE_RULE.to_owned(),
    };
    let index = rule_index(rules, &rule_id, || finding_rule(f, &rule_id, level, lang));
    // The message names the question, so a dashboard listing results
    // without their rule still says which one is meant.
    let mut message = labelled(&id, f.message.get(lang), lang);
    if let Some(recommendation) = &f.recommendation {
        message = format!("{message} {}", recommendation.get(lang));
    }
    // Each result has its own sources: the rule's `source` is its first
    // finding's, and another brief may have chosen an option citing another.
    for line in source_lines(f, lang) {
        message = format!("{message} {line}");
    }
    let mut result = json!({
        "ruleId": rule_id,
        "ruleIndex": index,
        "level": level,
        "message": { "text": message },
        "locations": [location(&checked.file.path, f.span.as_ref().map(|s| checked.file.line_of(s)))],
        "properties": { "question": id, "severity": f.severity.name() },
    });
    let sources = citations(f, lang);
    if !sources.is_empty() {
        result["properties"]["sources"] = json!(sources);
    }
    if let Some(reason) = &f.waived {
        result["suppressions"] = json!([{ "kind": "inSource", "justification": reason }]);
    }
    result
}

/// The rule of the first finding with `rule_id`: its question, or the stale
/// waivers, with the recommendation as help and the article as source.
fn finding_rule(f: &Finding, rule_id: &str, level: &str, lang: Lang) -> Value {
    let mut rule = match f.kind {
        FindingKind::WeakAnswer => json!({
            "id": rule_id,
            "shortDescription": { "text": f.message.get(lang) },
        }),
        FindingKind::StaleWaiver => json!({
            "id": rule_id,
            "shortDescription": { "text": crate::tr!(lang, "check-sarif-stale-rule") },
        }),
    };
    rule["defaultConfiguration"] = json!({ "level": level });
    if let Some(recommendation) = &f.recommendation {
        rule["help"] = json!({ "text": recommendation.get(lang) });
    }
    if let Some(source) = f.cite(lang) {
        rule["properties"] = json!({ "source": source, "severity": f.severity.name() });
    }
    rule
}

/// What `%SRCROOT%` stands for: the folder's `file://` URI (ending in `/`) when
/// known, a description otherwise.
fn src_root_base(src_root: Option<&Path>, lang: Lang) -> Value {
    match src_root {
        Some(root) => {
            let mut uri = file_uri(root);
            if !uri.ends_with('/') {
                uri.push('/');
            }
            json!({ "uri": uri })
        }
        None => json!({ "description": { "text": crate::tr!(lang, "check-sarif-src-root") } }),
    }
}

/// The index of rule `id`, adding it (built by `make`) when it is new.
fn rule_index(rules: &mut Vec<Value>, id: &str, make: impl FnOnce() -> Value) -> usize {
    match rules.iter().position(|rule| rule["id"] == id) {
        Some(index) => index,
        None => {
            rules.push(make());
            rules.len() - 1
        }
    }
}

/// A result's location: the brief, at a line when there is one.
fn location(path: &str, line: Option<usize>) -> Value {
    let mut location = json!({ "physicalLocation": { "artifactLocation": artifact(path) } });
    if let Some(line) = line {
        location["physicalLocation"]["region"] = json!({ "startLine": line });
    }
    location
}

/// `{"uri": "file:///abs/path"}` for an absolute path, `{"uri": "rel/path",
/// "uriBaseId": "%SRCROOT%"}` for a relative one.
pub(crate) fn artifact(path: &str) -> Value {
    if Path::new(path).is_absolute() {
        json!({ "uri": file_uri(Path::new(path)) })
    } else {
        json!({ "uri": relative_uri(path), "uriBaseId": SRCROOT })
    }
}

/// A relative path as a relative URI reference: `/` separators, no leading
/// `./`, every segment percent-encoded.
pub(crate) fn relative_uri(path: &str) -> String {
    let path = separators(path);
    let mut rest = path.as_str();
    while let Some(stripped) = rest.strip_prefix("./") {
        rest = stripped.trim_start_matches('/');
    }
    utf8_percent_encode(rest, PATH).to_string()
}

/// An absolute path as a `file://` URI (RFC 8089): `file:///home/a%20b/x.toml`,
/// `file:///C:/briefs/x.toml` on Windows.
pub(crate) fn file_uri(path: &Path) -> String {
    let text = separators(&path.to_string_lossy());
    let text = text.strip_prefix("//?/").unwrap_or(&text);
    // A Windows drive (`C:`) keeps its colon, after a slash.
    let (drive, rest) = match text.as_bytes() {
        [letter, b':', ..] if letter.is_ascii_alphabetic() => text.split_at(2),
        _ => ("", text),
    };
    let slash = if drive.is_empty() { "" } else { "/" };
    format!("file://{slash}{drive}{}", utf8_percent_encode(rest, PATH))
}

/// `\` is a separator only where the platform says so.
fn separators(path: &str) -> String {
    if std::path::MAIN_SEPARATOR == '\\' {
        path.replace('\\', "/")
    } else {
        path.to_owned()
    }
}

fn level(severity: Severity, fail_on: Severity) -> &'static str {
    match severity {
        Severity::Info => "note",
        severity if is_failing(severity, fail_on) => "error",
        _ => "warning",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_are_percent_encoded_references() {
        assert_eq!(relative_uri("briefs/acme.toml"), "briefs/acme.toml");
        assert_eq!(relative_uri("./odd dir/b.toml"), "odd%20dir/b.toml");
        assert_eq!(relative_uri("100%/#1.toml"), "100%25/%231.toml");
        // "é" is C3 A9 in UTF-8.
        assert_eq!(relative_uri("café/brief.toml"), "caf%C3%A9/brief.toml");
        // A colon in a first segment would read as a scheme.
        assert_eq!(relative_uri("a:b.toml"), "a%3Ab.toml");
        assert_eq!(relative_uri("../up.toml"), "../up.toml");
    }

    #[test]
    fn absolute_paths_are_file_uris() {
        assert_eq!(
            file_uri(Path::new("/home/a b/été#1.toml")),
            "file:///home/a%20b/%C3%A9t%C3%A9%231.toml"
        );
        assert_eq!(artifact("/x/y.toml"), json!({ "uri": "file:///x/y.toml" }));
        assert_eq!(
            artifact("y.toml"),
            json!({ "uri": "y.toml", "uriBaseId": "%SRCROOT%" })
        );
    }
}
