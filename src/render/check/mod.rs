//! Output of `outsource check`, one file per format.

pub(crate) mod codequality;
pub(crate) mod github;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod junit;
pub(crate) mod sarif;
pub(crate) mod summary;

use crate::diag::SourceFile;
use crate::i18n::number;
use crate::lang::Lang;
use crate::model::brief::Brief;
use crate::model::questionnaire::Severity;
use crate::readiness::{Assessment, Finding};

/// One checked brief: its file (for quoting lines), the brief, its assessment and
/// whether it passes the check's thresholds.
#[derive(Clone, Debug)]
pub(crate) struct Checked {
    pub file: SourceFile,
    pub brief: Brief,
    pub assessment: Assessment,
    pub passed: bool,
}

/// The check's result over every brief.
#[derive(Clone, Debug)]
pub(crate) struct CheckReport {
    pub briefs: Vec<Checked>,
    /// Input errors: files that are not valid briefs, or a path that holds no
    /// brief. Each machine format reports them as errors; any of them makes the
    /// run exit 2 (the valid briefs are still reported).
    pub problems: Vec<Problem>,
    /// Unwaived findings of this severity or worse fail the check.
    pub fail_on: Severity,
}

impl CheckReport {
    pub(crate) fn passed(&self) -> bool {
        self.problems.is_empty() && self.briefs.iter().all(|b| b.passed)
    }
}

/// An input error, as the machine formats show it: where, which code, what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    pub path: String,
    /// 1-based line and column, `None` for a problem with the whole file (or
    /// path); formats that need a line use 1.
    pub position: Option<(usize, usize)>,
    /// The diagnostic's stable code (`invalid-toml`, `no-brief`…).
    pub code: String,
    pub message: String,
}

impl Problem {
    /// An error diagnostic of `file`, located.
    pub(crate) fn from_diagnostic(file: &SourceFile, diagnostic: &crate::diag::Diagnostic) -> Self {
        let mut message = diagnostic.message.clone();
        if let Some(label) = &diagnostic.label {
            message = format!("{message} ({label})");
        }
        Problem {
            path: file.path.clone(),
            position: diagnostic
                .span
                .as_ref()
                .map(|span| file.line_col(span.start)),
            code: diagnostic.code.as_str().to_owned(),
            message,
        }
    }

    /// The line machine formats point at: the problem's, or 1 for the whole file.
    pub(crate) fn line(&self) -> usize {
        self.position.map_or(1, |(line, _)| line)
    }
}

/// Whether an unwaived finding of `severity` fails the check.
pub(crate) fn is_failing(severity: Severity, fail_on: Severity) -> bool {
    severity != Severity::Info && severity >= fail_on
}

/// `questionnaire.question`, the name a finding goes by.
/// A finding's severity as a person reads it: `blocker`, `point bloquant`…
pub(crate) fn severity_label(severity: Severity, lang: crate::lang::Lang) -> String {
    let id = match severity {
        Severity::Blocker => "check-level-blocker",
        Severity::Warning => "check-level-warning",
        Severity::Info => "check-level-info",
    };
    crate::tr!(lang, id)
}

/// `label: text` with the colon as `lang` writes it (French puts a no-break
/// space before it): `path: not ready…`, `id: question`.
pub(crate) fn labelled(label: &str, text: &str, lang: Lang) -> String {
    crate::tr!(lang, "checkci-labelled", label = label, text = text)
}

pub(crate) fn finding_id(questionnaire: &str, question: &str) -> String {
    format!("{questionnaire}.{question}")
}

/// `not ready (score 38.6/100, coverage 78 %): 1 unwaived blocker; …`: the verdict
/// with its numbers and reasons, on one line.
pub(crate) fn verdict_line(checked: &Checked, lang: crate::lang::Lang) -> String {
    let a = &checked.assessment;
    let line = crate::tr!(
        lang,
        "check-verdict-short",
        verdict = a.verdict.label(lang),
        score = a
            .score
            .map_or_else(|| "—".to_owned(), |s| number::decimal(s, 1, lang)),
        coverage = number::percent(a.coverage, 0, lang)
    );
    if a.reasons.is_empty() {
        return line;
    }
    let reasons: Vec<String> = a.reasons.iter().map(|r| r.describe(lang)).collect();
    let separator = crate::tr!(lang, "check-reasons-separator");
    crate::tr!(
        lang,
        "check-verdict-reasons",
        line = line,
        reasons = reasons.join(&separator)
    )
}

/// The weight of a finding's question (0 when the question is unknown, as for a
/// stale waiver naming no question).
pub(crate) fn finding_weight(checked: &Checked, questionnaire: &str, question: &str) -> f64 {
    checked
        .assessment
        .questions
        .iter()
        .find(|q| q.questionnaire == questionnaire && q.question == question)
        .map_or(0.0, |q| q.weight)
}

/// Each distinct citation of a finding, without a label; a source from another
/// question (linked by `same-as`) names it. Empty for a stale waiver.
pub(crate) fn citations(finding: &Finding, lang: Lang) -> Vec<String> {
    let mut cited: Vec<String> = Vec::new();
    for source in &finding.sources {
        let mut cite = source.provenance.cite(lang);
        if source.question != finding.question || source.questionnaire != finding.questionnaire {
            cite = format!(
                "{cite} ({})",
                finding_id(&source.questionnaire, &source.question)
            );
        }
        if !cited.contains(&cite) {
            cited.push(cite);
        }
    }
    cited
}

/// "Source: …" for each of a finding's [`citations`], in every format that has
/// room for it.
pub(crate) fn source_lines(finding: &Finding, lang: Lang) -> Vec<String> {
    citations(finding, lang)
        .into_iter()
        .map(|cite| crate::tr!(lang, "provenance-source", cite = cite))
        .collect()
}
