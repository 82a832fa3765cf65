//! The Markdown job summary that `check --format github` appends to the file named
//! by `GITHUB_STEP_SUMMARY`: every brief's verdict and every finding, since the
//! annotations stop at ten of each kind.

use std::fmt::Write as _;

use super::{CheckReport, finding_id, is_failing, severity_label, source_lines, verdict_line};
use crate::lang::Lang;
use crate::render::markdown::{cell, escape};
use crate::tr;

pub(crate) fn render(report: &CheckReport, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## outsource check\n");
    let failed = report.briefs.iter().filter(|b| !b.passed).count();
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            lang,
            "check-summary-failed",
            failed = failed,
            total = report.briefs.len()
        )
    );
    for p in &report.problems {
        let place = match p.position {
            Some((line, column)) => format!("{}:{line}:{column}", p.path),
            None => p.path.clone(),
        };
        let _ = writeln!(
            out,
            "### ❌ `{}`\n\n{}\n",
            place.replace('`', "'"),
            escape(&p.message)
        );
    }
    for checked in &report.briefs {
        let mark = if checked.passed { "✅" } else { "❌" };
        let _ = writeln!(
            out,
            "### {mark} `{}`\n",
            checked.file.path.replace('`', "'")
        );
        let _ = writeln!(out, "{}\n", escape(&verdict_line(checked, lang)));
        let findings = &checked.assessment.findings;
        if findings.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
            tr!(lang, "check-summary-severity"),
            tr!(lang, "check-summary-question"),
            tr!(lang, "check-summary-line"),
            tr!(lang, "check-summary-finding"),
            tr!(lang, "check-summary-status"),
        );
        for f in findings {
            let status = match &f.waived {
                Some(reason) => tr!(lang, "check-status-waived", reason = cell(reason)),
                None if is_failing(f.severity, report.fail_on) => tr!(lang, "check-status-failing"),
                None => tr!(lang, "check-status-open"),
            };
            let mut finding = cell(f.message.get(lang));
            if let Some(recommendation) = &f.recommendation {
                let _ = write!(finding, "<br>{}", cell(recommendation.get(lang)));
            }
            for line in source_lines(f, lang) {
                let _ = write!(finding, "<br>{}", cell(&line));
            }
            let _ = writeln!(
                out,
                "| {} | `{}` | {} | {finding} | {status} |",
                severity_label(f.severity, lang),
                finding_id(&f.questionnaire, &f.question),
                f.span
                    .as_ref()
                    .map(|s| checked.file.line_of(s))
                    .map_or_else(String::new, |l| l.to_string()),
            );
        }
        out.push('\n');
    }
    out
}
