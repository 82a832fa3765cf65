//! GitLab Code Quality: the subset of the Code Climate report format that GitLab
//! reads (GitLab docs, "Code Quality", "Implement a custom tool"): a JSON array of
//! issues with `description`, `check_name`, `fingerprint`, `severity` and
//! `location.path` / `location.lines.begin`. One issue per finding and one per
//! brief that fails the check, so merge requests show them. A finding's
//! description ends with its sources (`Source: …`).

use serde::Serialize;

use super::{CheckReport, finding_id, is_failing, labelled, source_lines, verdict_line};
use crate::lang::Lang;
use crate::model::questionnaire::Severity;
use crate::readiness::FindingKind;

#[derive(Serialize)]
struct Issue {
    description: String,
    check_name: String,
    fingerprint: String,
    severity: &'static str,
    location: Location,
}

#[derive(Serialize)]
struct Location {
    path: String,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
}

pub(crate) fn render(report: &CheckReport, lang: Lang) -> String {
    let mut issues = Vec::new();
    for p in &report.problems {
        let path = repo_path(&p.path);
        issues.push(Issue {
            description: labelled(&path, &p.message, lang),
            check_name: format!("outsource/{}", p.code),
            fingerprint: fingerprint(&path, &p.message, &p.code),
            severity: "blocker",
            location: Location {
                path: path.clone(),
                lines: Lines { begin: p.line() },
            },
        });
    }
    for checked in &report.briefs {
        let path = repo_path(&checked.file.path);
        if !checked.passed {
            issues.push(Issue {
                description: labelled(&path, &verdict_line(checked, lang), lang),
                check_name: "outsource/verdict".to_owned(),
                fingerprint: fingerprint(&path, "", "verdict"),
                severity: "critical",
                location: Location {
                    path: path.clone(),
                    lines: Lines { begin: 1 },
                },
            });
        }
        for f in &checked.assessment.findings {
            let id = finding_id(&f.questionnaire, &f.question);
            let code = match f.kind {
                FindingKind::WeakAnswer => "weak-answer",
                FindingKind::StaleWaiver => "stale-waiver",
            };
            let mut description = labelled(&id, f.message.get(lang), lang);
            if let Some(recommendation) = &f.recommendation {
                description = format!("{description} {}", recommendation.get(lang));
            }
            // GitLab shows the description on one line: sources follow the
            // recommendation, separated by spaces.
            for line in source_lines(f, lang) {
                description = format!("{description} {line}");
            }
            if let Some(reason) = &f.waived {
                description = format!(
                    "{description} ({})",
                    crate::tr!(lang, "check-status-waived", reason = reason.as_str())
                );
            }
            issues.push(Issue {
                description,
                check_name: format!("outsource/{code}"),
                fingerprint: fingerprint(&path, &id, code),
                severity: severity(f.severity, f.waived.is_some(), report.fail_on),
                location: Location {
                    path: path.clone(),
                    lines: Lines {
                        begin: f
                            .span
                            .as_ref()
                            .map(|s| checked.file.line_of(s))
                            .unwrap_or(1),
                    },
                },
            });
        }
    }
    let mut text = serde_json::to_string_pretty(&issues).unwrap_or_default();
    text.push('\n');
    text
}

/// GitLab's scale is info, minor, major, critical, blocker: an unwaived finding
/// that fails the check is `blocker` (for a blocker) or `major` (for a warning
/// under `--fail-on warning`); a warning that does not fail is `minor`; an info or
/// a waived finding is `info`.
fn severity(severity: Severity, waived: bool, fail_on: Severity) -> &'static str {
    match severity {
        _ if waived => "info",
        Severity::Info => "info",
        Severity::Blocker => "blocker",
        Severity::Warning if is_failing(severity, fail_on) => "major",
        Severity::Warning => "minor",
    }
}

/// The path as GitLab matches it against the repository: `/` separators and no
/// leading `./`.
fn repo_path(path: &str) -> String {
    let path = if std::path::MAIN_SEPARATOR == '\\' {
        path.replace('\\', "/")
    } else {
        path.to_owned()
    };
    let mut rest = path.as_str();
    while let Some(stripped) = rest.strip_prefix("./") {
        rest = stripped;
    }
    rest.to_owned()
}

/// A stable fingerprint: FNV-1a (64 bits, offset basis 0xcbf29ce484222325, prime
/// 0x100000001b3) of `path`, the question id and the code, separated by NUL bytes,
/// as 16 hex digits. The same finding in the same file keeps its fingerprint
/// between runs and versions (std's hasher promises neither).
fn fingerprint(path: &str, question: &str, code: &str) -> String {
    format!("{:016x}", fnv1a(&[path, question, code].join("\0")))
}

fn fnv1a(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_reference_values() {
        // FNV-1a 64 of "" is the offset basis; of "a" it is 0xaf63dc4c8601ec8c
        // (the reference test vectors of the FNV authors).
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
        // fingerprint("a", "", "") hashes "a\0\0".
        assert_eq!(fingerprint("a", "", ""), format!("{:016x}", fnv1a("a\0\0")));
        assert_ne!(fingerprint("a", "q", "c"), fingerprint("a", "q", "d"));
    }

    #[test]
    fn severities_follow_gitlab_scale() {
        assert_eq!(
            severity(Severity::Blocker, false, Severity::Blocker),
            "blocker"
        );
        assert_eq!(severity(Severity::Blocker, true, Severity::Blocker), "info");
        assert_eq!(
            severity(Severity::Warning, false, Severity::Blocker),
            "minor"
        );
        assert_eq!(
            severity(Severity::Warning, false, Severity::Warning),
            "major"
        );
        assert_eq!(severity(Severity::Info, false, Severity::Warning), "info");
    }

    #[test]
    fn paths_are_repository_relative() {
        assert_eq!(repo_path("./briefs/a b.toml"), "briefs/a b.toml");
    }
}
