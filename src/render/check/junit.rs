//! JUnit XML: one test suite per brief, one test case per question. A weak
//! answer at the --fail-on level is a failure, an unanswered or not-applicable
//! question is skipped, and a last test case carries the verdict.
//!
//! Valid against Jenkins' `junit-10.xsd` (vendored under `tests/vendor/`): the
//! file is an attribute of the suite, not of the case, and `<testsuites>` carries
//! no `skipped`. Test names must be unique across briefs (GitLab keeps only the
//! first of duplicates), so the class name starts with the brief's path:
//! `briefs/acme.toml.ten-mistakes`, which Jenkins shows as package
//! `briefs/acme.toml`, class `ten-mistakes`. GitLab shows only the text of
//! `<failure>`, so the text says where, which question, what to do, and where
//! the finding comes from (one `Source:` line per source, as in the human output).

use std::fmt::Write as _;

use super::{
    CheckReport, Checked, Problem, finding_id, is_failing, labelled, severity_label, source_lines,
    verdict_line,
};
use crate::diag::SourceFile;
use crate::lang::Lang;
use crate::readiness::{Finding, FindingKind, QuestionResult, Status};
use crate::render::xml::escape as xml_escape;

struct Case {
    name: String,
    classname: String,
    body: String,
    failed: bool,
    skipped: bool,
}

pub(crate) fn render(report: &CheckReport, lang: Lang) -> String {
    let mut suites = String::new();
    let (mut all_tests, mut all_failures) = (0, 0);
    let all_errors = report.problems.len();
    all_tests += all_errors;
    write_problem_suites(&mut suites, &report.problems, lang);
    for checked in &report.briefs {
        let mut cases: Vec<Case> = checked
            .assessment
            .questions
            .iter()
            .map(|q| question_case(report, checked, q, lang))
            .collect();
        cases.extend(stale_waiver_cases(report, checked, lang));
        cases.push(verdict_case(checked, lang));
        all_tests += cases.len();
        all_failures += cases.iter().filter(|c| c.failed).count();
        write_suite(&mut suites, checked, &cases);
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"outsource check\" tests=\"{all_tests}\" failures=\"{all_failures}\" errors=\"{all_errors}\">\n{suites}</testsuites>\n"
    )
}

/// A question's case: skipped when unanswered or not applicable, failed when its
/// weak answer is at the --fail-on level and not waived, passed (with a note)
/// otherwise.
fn question_case(report: &CheckReport, checked: &Checked, q: &QuestionResult, lang: Lang) -> Case {
    let finding = checked.assessment.findings.iter().find(|f| {
        f.kind == FindingKind::WeakAnswer
            && f.questionnaire == q.questionnaire
            && f.question == q.question
    });
    let mut case = Case {
        name: finding_id(&q.questionnaire, &q.question),
        classname: format!("{}.{}", checked.file.path, q.questionnaire),
        body: String::new(),
        failed: false,
        skipped: false,
    };
    match (&q.status, finding) {
        (Status::Missing, _) => {
            case.skipped = true;
            case.body = format!(
                "<skipped message=\"{}\"/>",
                xml_escape(&crate::tr!(lang, "check-junit-unanswered"))
            );
        }
        (Status::NotApplicable { reason }, _) => {
            case.skipped = true;
            case.body = format!(
                "<skipped message=\"{}\"/>",
                xml_escape(&crate::tr!(
                    lang,
                    "answer-not-applicable",
                    reason = reason.as_str()
                ))
            );
        }
        (_, Some(f)) if f.waived.is_none() && is_failing(f.severity, report.fail_on) => {
            case.failed = true;
            case.body = format!(
                "<failure type=\"{}\" message=\"{}\">{}</failure>",
                f.severity.name(),
                xml_escape(f.message.get(lang)),
                xml_escape(&failure_text(&checked.file, f, lang))
            );
        }
        (_, Some(f)) => {
            let mut note = match &f.waived {
                Some(reason) => crate::tr!(lang, "check-status-waived", reason = reason.as_str()),
                None => labelled(&severity_label(f.severity, lang), f.message.get(lang), lang),
            };
            for line in source_lines(f, lang) {
                note.push('\n');
                note.push_str(&line);
            }
            case.body = format!("<system-out>{}</system-out>", xml_escape(&note));
        }
        (Status::Answered { .. }, None) => {
            // A weak answer merged into a linked question's finding (`same-as`)
            // is not a pass of its own: say where it went.
            if let Some(f) = linked_finding(checked, q) {
                let link = finding_id(&f.questionnaire, &f.question);
                case.body = format!(
                    "<system-out>{}</system-out>",
                    xml_escape(&crate::tr!(lang, "check-junit-same-as", link = link))
                );
            }
        }
        _ => {}
    }
    case
}

/// The weak-answer finding of another question that lists `q` among its sources.
fn linked_finding<'a>(checked: &'a Checked, q: &QuestionResult) -> Option<&'a Finding> {
    checked.assessment.findings.iter().find(|f| {
        f.kind == FindingKind::WeakAnswer
            && (f.questionnaire != q.questionnaire || f.question != q.question)
            && f.sources
                .iter()
                .any(|s| s.questionnaire == q.questionnaire && s.question == q.question)
    })
}

/// One case per waiver that matches no weak answer, failed at the --fail-on level.
fn stale_waiver_cases(report: &CheckReport, checked: &Checked, lang: Lang) -> Vec<Case> {
    checked
        .assessment
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::StaleWaiver)
        .map(|f| {
            let failed = is_failing(f.severity, report.fail_on);
            let message = xml_escape(f.message.get(lang));
            let text = xml_escape(&failure_text(&checked.file, f, lang));
            Case {
                name: format!("waiver {}", finding_id(&f.questionnaire, &f.question)),
                classname: format!("{}.waivers", checked.file.path),
                body: if failed {
                    format!("<failure type=\"stale-waiver\" message=\"{message}\">{text}</failure>")
                } else {
                    format!("<system-out>{text}</system-out>")
                },
                failed,
                skipped: false,
            }
        })
        .collect()
}

/// The last case of a suite: the brief's verdict, failed when the check fails.
fn verdict_case(checked: &Checked, lang: Lang) -> Case {
    let a = &checked.assessment;
    let verdict = xml_escape(&labelled(
        &checked.file.path,
        &verdict_line(checked, lang),
        lang,
    ));
    Case {
        name: "verdict".to_owned(),
        classname: format!("{}.outsource", checked.file.path),
        body: if checked.passed {
            format!("<system-out>{verdict}</system-out>")
        } else {
            format!(
                "<failure type=\"{}\" message=\"{}\">{verdict}</failure>",
                a.verdict.name(),
                a.verdict.label(lang),
            )
        },
        failed: !checked.passed,
        skipped: false,
    }
}

/// One suite per file with input errors, one case per error, each an `<error>`
/// (the file could not be checked, which is not a failed check).
fn write_problem_suites(suites: &mut String, problems: &[Problem], lang: Lang) {
    let mut start = 0;
    while start < problems.len() {
        let path = &problems[start].path;
        let end = start
            + problems[start..]
                .iter()
                .take_while(|p| &p.path == path)
                .count();
        let file = xml_escape(path);
        let count = end - start;
        let _ = writeln!(
            suites,
            "  <testsuite name=\"{file}\" tests=\"{count}\" failures=\"0\" errors=\"{count}\" skipped=\"0\" file=\"{file}\">"
        );
        for (n, p) in problems[start..end].iter().enumerate() {
            let place = match p.position {
                Some((line, column)) => format!("{path}:{line}:{column}"),
                None => path.clone(),
            };
            let text = labelled(&place, &p.message, lang);
            let _ = writeln!(
                suites,
                "    <testcase name=\"{} {}\" classname=\"{file}.input\"><error type=\"{}\" message=\"{}\">{}</error></testcase>",
                xml_escape(&p.code),
                n + 1,
                xml_escape(&p.code),
                xml_escape(&p.message),
                xml_escape(&text)
            );
        }
        let _ = writeln!(suites, "  </testsuite>");
        start = end;
    }
}

/// A brief's `<testsuite>`: its counts, its score as properties, its cases.
fn write_suite(suites: &mut String, checked: &Checked, cases: &[Case]) {
    let a = &checked.assessment;
    let tests = cases.len();
    let failures = cases.iter().filter(|c| c.failed).count();
    let skipped = cases.iter().filter(|c| c.skipped).count();
    let file = xml_escape(&checked.file.path);
    let _ = writeln!(
        suites,
        "  <testsuite name=\"{file}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" file=\"{file}\">"
    );
    let _ = writeln!(suites, "    <properties>");
    let score = a.score.map_or_else(String::new, |s| format!("{s:.3}"));
    for (name, value) in [
        ("score", score),
        ("coverage", format!("{:.3}", a.coverage)),
        ("verdict", a.verdict.name().to_owned()),
    ] {
        let _ = writeln!(
            suites,
            "      <property name=\"{name}\" value=\"{value}\"/>"
        );
    }
    let _ = writeln!(suites, "    </properties>");
    for case in cases {
        let open = format!(
            "    <testcase name=\"{}\" classname=\"{}\"",
            xml_escape(&case.name),
            xml_escape(&case.classname)
        );
        if case.body.is_empty() {
            let _ = writeln!(suites, "{open}/>");
        } else {
            let _ = writeln!(suites, "{open}>{}</testcase>", case.body);
        }
    }
    let _ = writeln!(suites, "  </testsuite>");
}

/// `path:line: id: question`, then the recommendation and one `Source:` line per
/// source, each on its own line.
fn failure_text(file: &SourceFile, f: &Finding, lang: Lang) -> String {
    let path = &file.path;
    let place = match &f.span {
        Some(span) => format!("{path}:{}", file.line_of(span)),
        None => path.clone(),
    };
    let id = finding_id(&f.questionnaire, &f.question);
    let mut text = labelled(&labelled(&place, &id, lang), f.message.get(lang), lang);
    if let Some(recommendation) = &f.recommendation {
        text.push('\n');
        text.push_str(recommendation.get(lang));
    }
    for line in source_lines(f, lang) {
        text.push('\n');
        text.push_str(&line);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_xml() {
        assert_eq!(
            xml_escape("a<b & \"c\" 'd'>"),
            "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;"
        );
        assert_eq!(xml_escape("x\u{1}y"), "xy");
    }
}
