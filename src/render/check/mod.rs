//! Output of `outsource check`, one file per format.

pub mod codequality;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod summary;

use crate::diag::SourceFile;
use crate::i18n::number;
use crate::lang::Lang;
use crate::model::brief::Brief;
use crate::model::questionnaire::Severity;
use crate::readiness::{Assessment, Finding};

/// One checked brief: its file (for quoting lines), the brief, its assessment and
/// whether it passes the check's thresholds.
#[derive(Clone, Debug)]
pub struct Checked {
    pub file: SourceFile,
    pub brief: Brief,
    pub assessment: Assessment,
    pub passed: bool,
}

/// The check's result over every brief.
#[derive(Clone, Debug)]
pub struct CheckReport {
    pub briefs: Vec<Checked>,
    /// Unwaived findings of this severity or worse fail the check.
    pub fail_on: Severity,
}

impl CheckReport {
    pub fn passed(&self) -> bool {
        self.briefs.iter().all(|b| b.passed)
    }
}

/// Whether an unwaived finding of `severity` fails the check.
pub fn is_failing(severity: Severity, fail_on: Severity) -> bool {
    severity != Severity::Info && severity >= fail_on
}

/// `questionnaire.question`, the name a finding goes by.
/// A finding's severity as a person reads it: `blocker`, `point bloquant`…
pub fn severity_label(severity: Severity, lang: crate::lang::Lang) -> String {
    let id = match severity {
        Severity::Blocker => "check-level-blocker",
        Severity::Warning => "check-level-warning",
        Severity::Info => "check-level-info",
    };
    crate::tr!(lang, id)
}

pub fn finding_id(questionnaire: &str, question: &str) -> String {
    format!("{questionnaire}.{question}")
}

/// `not ready (score 38.6/100, coverage 78 %): 1 unwaived blocker; …`: the verdict
/// with its numbers and reasons, on one line.
pub fn verdict_line(checked: &Checked, lang: crate::lang::Lang) -> String {
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
pub fn finding_weight(checked: &Checked, questionnaire: &str, question: &str) -> f64 {
    checked
        .assessment
        .questions
        .iter()
        .find(|q| q.questionnaire == questionnaire && q.question == question)
        .map_or(0.0, |q| q.weight)
}

/// Each distinct citation of a finding, without a label; a source from another
/// question (linked by `same-as`) names it. Empty for a stale waiver.
pub fn citations(finding: &Finding, lang: Lang) -> Vec<String> {
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
pub fn source_lines(finding: &Finding, lang: Lang) -> Vec<String> {
    citations(finding, lang)
        .into_iter()
        .map(|cite| crate::tr!(lang, "provenance-source", cite = cite))
        .collect()
}
