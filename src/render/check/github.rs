//! GitHub Actions workflow commands: `::error file=F,line=L,title=T::message`.

use std::fmt::Write as _;

use super::{CheckReport, finding_id, is_failing};
use crate::lang::Lang;
use crate::model::questionnaire::Severity;

/// Escapes a command's message (GitHub's `escapeData`).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value (GitHub's `escapeProperty`).
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(report: &CheckReport, lang: Lang) -> String {
    let mut out = String::new();
    for checked in &report.briefs {
        let file = escape_property(&checked.file.path);
        for f in &checked.assessment.findings {
            let command = match (&f.waived, f.severity) {
                (Some(_), _) | (None, Severity::Info) => "notice",
                (None, severity) if is_failing(severity, report.fail_on) => "error",
                (None, _) => "warning",
            };
            let mut message = f.message.get(lang).to_owned();
            if let Some(reason) = &f.waived {
                let _ = write!(
                    message,
                    "\n{} {reason}",
                    lang.pick("Waived:", "Dérogation :")
                );
            }
            if let Some(recommendation) = &f.recommendation {
                let _ = write!(message, "\n{}", recommendation.get(lang));
            }
            let line = f.line.map_or_else(String::new, |l| format!(",line={l}"));
            let title = escape_property(&format!(
                "{} {}",
                f.severity.name(),
                finding_id(&f.questionnaire, &f.question)
            ));
            let _ = writeln!(
                out,
                "::{command} file={file}{line},title={title}::{}",
                escape_data(&message)
            );
        }
        let a = &checked.assessment;
        let score = a
            .score
            .map_or_else(|| "—".to_owned(), |s| format!("{s:.1}"));
        let reasons: Vec<String> = a.reasons.iter().map(|r| r.describe(lang)).collect();
        let summary = format!(
            "{} ({} {score}/100, {} {:.0} %){}",
            a.verdict.label(lang),
            lang.pick("score", "score"),
            lang.pick("coverage", "couverture"),
            a.coverage * 100.0,
            if reasons.is_empty() {
                String::new()
            } else {
                format!(": {}", reasons.join("; "))
            }
        );
        let command = if checked.passed { "notice" } else { "error" };
        let _ = writeln!(
            out,
            "::{command} file={file},title=outsource check::{}",
            escape_data(&summary)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
