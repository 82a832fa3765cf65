//! JUnit XML: one test suite per brief, one test case per question. A weak
//! answer at the --fail-on level is a failure, an unanswered or not-applicable
//! question is skipped, and a last test case carries the verdict.

use std::fmt::Write as _;

use super::{CheckReport, finding_id, is_failing};
use crate::lang::Lang;
use crate::readiness::{FindingKind, Status};
use crate::render::xml::escape as xml_escape;

struct Case {
    name: String,
    classname: String,
    line: Option<usize>,
    body: String,
    failed: bool,
    skipped: bool,
}

pub fn render(report: &CheckReport, lang: Lang) -> String {
    let mut suites = String::new();
    let (mut all_tests, mut all_failures, mut all_skipped) = (0, 0, 0);
    for checked in &report.briefs {
        let a = &checked.assessment;
        let mut cases: Vec<Case> = Vec::new();
        for q in &a.questions {
            let name = finding_id(&q.questionnaire, &q.question);
            let finding = a.findings.iter().find(|f| {
                f.kind == FindingKind::WeakAnswer
                    && f.questionnaire == q.questionnaire
                    && f.question == q.question
            });
            let mut case = Case {
                name,
                classname: q.questionnaire.clone(),
                line: q.line,
                body: String::new(),
                failed: false,
                skipped: false,
            };
            match (&q.status, finding) {
                (Status::Missing, _) => {
                    case.skipped = true;
                    case.body = format!(
                        "<skipped message=\"{}\"/>",
                        lang.pick("unanswered", "sans réponse")
                    );
                }
                (Status::NotApplicable { reason }, _) => {
                    case.skipped = true;
                    case.body = format!(
                        "<skipped message=\"{}: {}\"/>",
                        lang.pick("not applicable", "sans objet"),
                        xml_escape(reason)
                    );
                }
                (_, Some(f)) if f.waived.is_none() && is_failing(f.severity, report.fail_on) => {
                    case.failed = true;
                    let recommendation = f.recommendation.as_ref().map_or("", |r| r.get(lang));
                    case.body = format!(
                        "<failure type=\"{}\" message=\"{}\">{}</failure>",
                        f.severity.name(),
                        xml_escape(f.message.get(lang)),
                        xml_escape(recommendation)
                    );
                }
                (_, Some(f)) => {
                    let note = match &f.waived {
                        Some(reason) => {
                            format!("{} {reason}", lang.pick("waived:", "dérogation :"))
                        }
                        None => format!("{}: {}", f.severity.name(), f.message.get(lang)),
                    };
                    case.body = format!("<system-out>{}</system-out>", xml_escape(&note));
                }
                _ => {}
            }
            cases.push(case);
        }
        for f in a
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::StaleWaiver)
        {
            let failed = is_failing(f.severity, report.fail_on);
            let message = xml_escape(f.message.get(lang));
            cases.push(Case {
                name: format!("waiver {}", finding_id(&f.questionnaire, &f.question)),
                classname: "waivers".to_owned(),
                line: f.line,
                body: if failed {
                    format!("<failure type=\"stale-waiver\" message=\"{message}\"/>")
                } else {
                    format!("<system-out>{message}</system-out>")
                },
                failed,
                skipped: false,
            });
        }
        let reasons: Vec<String> = a.reasons.iter().map(|r| r.describe(lang)).collect();
        cases.push(Case {
            name: "verdict".to_owned(),
            classname: "outsource".to_owned(),
            line: None,
            body: if checked.passed {
                format!("<system-out>{}</system-out>", a.verdict.label(lang))
            } else {
                format!(
                    "<failure type=\"{}\" message=\"{}\">{}</failure>",
                    a.verdict.name(),
                    a.verdict.label(lang),
                    xml_escape(&reasons.join("; "))
                )
            },
            failed: !checked.passed,
            skipped: false,
        });

        let tests = cases.len();
        let failures = cases.iter().filter(|c| c.failed).count();
        let skipped = cases.iter().filter(|c| c.skipped).count();
        all_tests += tests;
        all_failures += failures;
        all_skipped += skipped;
        let file = xml_escape(&checked.file.path);
        let _ = writeln!(
            suites,
            "  <testsuite name=\"{file}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">"
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
            let line = case
                .line
                .map_or_else(String::new, |l| format!(" line=\"{l}\""));
            let open = format!(
                "    <testcase name=\"{}\" classname=\"{}\" file=\"{file}\"{line}",
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
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"outsource check\" tests=\"{all_tests}\" failures=\"{all_failures}\" errors=\"0\" skipped=\"{all_skipped}\">\n{suites}</testsuites>\n"
    )
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
