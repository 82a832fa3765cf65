//! GitHub Actions workflow commands: `::error file=F,line=L,title=T::message`.
//!
//! A step shows at most 10 error, 10 warning and 10 notice annotations (GitHub's
//! documented limits for workflow commands; issue 14 saw `check examples/` lose
//! two verdicts this way); the rest are dropped without a word. So the verdicts come first, then
//! the findings by severity and by their question's weight, and when a kind
//! overflows, its tenth annotation says how many more there are (they are all in
//! the job summary, see `summary.rs`).

use std::fmt::Write as _;

use super::{
    CheckReport, Checked, finding_id, finding_weight, is_failing, severity_label, source_lines,
    verdict_line,
};
use crate::lang::Lang;
use crate::model::questionnaire::Severity;
use crate::readiness::Finding;

/// Annotations of one kind that a step shows.
pub(crate) const LIMIT: usize = 10;

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Command {
    Error,
    Warning,
    Notice,
}

impl Command {
    fn name(self) -> &'static str {
        match self {
            Command::Error => "error",
            Command::Warning => "warning",
            Command::Notice => "notice",
        }
    }
}

struct Annotation {
    command: Command,
    /// Lower first: 0 for verdicts, then 1 + severity rank.
    rank: u8,
    weight: f64,
    /// `file=…,line=…,title=…`, escaped.
    properties: String,
    message: String,
}

pub(crate) fn render(report: &CheckReport, lang: Lang) -> String {
    let mut annotations: Vec<Annotation> = Vec::new();
    for p in &report.problems {
        let position = match p.position {
            Some((line, column)) => format!(",line={line},col={column}"),
            None => String::new(),
        };
        annotations.push(Annotation {
            command: Command::Error,
            rank: 0,
            weight: 0.0,
            properties: format!(
                "file={}{position},title={}",
                escape_property(&p.path),
                escape_property(&format!("outsource check {}", p.code))
            ),
            message: p.message.clone(),
        });
    }
    for checked in &report.briefs {
        let file = escape_property(&checked.file.path);
        annotations.push(verdict_annotation(checked, &file, lang));
        for f in &checked.assessment.findings {
            annotations.push(finding_annotation(report, checked, f, &file, lang));
        }
    }
    // Stable: briefs keep their order among equals.
    annotations.sort_by(|a, b| a.rank.cmp(&b.rank).then(b.weight.total_cmp(&a.weight)));

    let mut out = String::new();
    for command in [Command::Error, Command::Warning, Command::Notice] {
        write_command(&mut out, command, &annotations, lang);
    }
    out
}

/// A brief's verdict: an error when the check fails, a notice otherwise.
fn verdict_annotation(checked: &Checked, file: &str, lang: Lang) -> Annotation {
    Annotation {
        command: if checked.passed {
            Command::Notice
        } else {
            Command::Error
        },
        rank: 0,
        weight: 0.0,
        properties: format!("file={file},title=outsource check"),
        message: verdict_line(checked, lang),
    }
}

/// A finding, at its line, with its waiver, recommendation and sources. `file`
/// is escaped.
fn finding_annotation(
    report: &CheckReport,
    checked: &Checked,
    f: &Finding,
    file: &str,
    lang: Lang,
) -> Annotation {
    let command = match (&f.waived, f.severity) {
        (Some(_), _) | (None, Severity::Info) => Command::Notice,
        (None, severity) if is_failing(severity, report.fail_on) => Command::Error,
        (None, _) => Command::Warning,
    };
    let mut message = f.message.get(lang).to_owned();
    if let Some(reason) = &f.waived {
        let _ = write!(
            message,
            "\n{}",
            crate::tr!(lang, "check-waived-sentence", reason = reason.as_str())
        );
    }
    if let Some(recommendation) = &f.recommendation {
        let _ = write!(message, "\n{}", recommendation.get(lang));
    }
    for line in source_lines(f, lang) {
        let _ = write!(message, "\n{line}");
    }
    let line = f
        .span
        .as_ref()
        .map(|s| checked.file.line_of(s))
        .map_or_else(String::new, |l| format!(",line={l}"));
    let title = escape_property(&format!(
        "{} {}",
        severity_label(f.severity, lang),
        finding_id(&f.questionnaire, &f.question)
    ));
    Annotation {
        command,
        rank: match f.severity {
            Severity::Blocker => 1,
            Severity::Warning => 2,
            Severity::Info => 3,
        },
        weight: finding_weight(checked, &f.questionnaire, &f.question),
        properties: format!("file={file}{line},title={title}"),
        message,
    }
}

/// The (sorted) annotations of one kind, at most [`LIMIT`]: when they overflow,
/// the last one shown says how many more there are.
fn write_command(out: &mut String, command: Command, annotations: &[Annotation], lang: Lang) {
    let of_kind: Vec<&Annotation> = annotations
        .iter()
        .filter(|a| a.command == command)
        .collect();
    let shown = if of_kind.len() > LIMIT {
        LIMIT - 1
    } else {
        of_kind.len()
    };
    for a in &of_kind[..shown] {
        let _ = writeln!(
            out,
            "::{} {}::{}",
            command.name(),
            a.properties,
            escape_data(&a.message)
        );
    }
    let more = of_kind.len() - shown;
    if more > 0 {
        let _ = writeln!(
            out,
            "::{} title=outsource check::{}",
            command.name(),
            escape_data(&overflow_text(more, lang))
        );
    }
}

/// What replaces the `more` annotations a step would not show.
fn overflow_text(more: usize, lang: Lang) -> String {
    crate::tr!(lang, "check-github-overflow", more = more, limit = LIMIT)
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
