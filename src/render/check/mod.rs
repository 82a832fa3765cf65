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
    /// Unwaived findings of this severity or worse fail the check.
    pub fail_on: Severity,
}

impl CheckReport {
    pub(crate) fn passed(&self) -> bool {
        self.briefs.iter().all(|b| b.passed)
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
