//! JSON output of `check`: the documented contract, plus detail fields.

use serde::Serialize;

use super::{CheckReport, finding_id};
use crate::lang::Lang;
use crate::model::brief::Project;
use crate::readiness::{FindingKind, Source, Status};

#[derive(Serialize)]
struct Output<'a> {
    passed: bool,
    briefs: Vec<BriefOut<'a>>,
    /// Input errors (invalid files, a path without a brief): the run exits 2.
    errors: Vec<ErrorOut<'a>>,
}

#[derive(Serialize)]
struct ErrorOut<'a> {
    file: &'a str,
    /// 1-based; null for a problem with the whole file.
    line: Option<usize>,
    column: Option<usize>,
    code: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct BriefOut<'a> {
    file: &'a str,
    project: &'a Project,
    /// 0..100, null when nothing is answered.
    score: Option<f64>,
    /// 0..1.
    coverage: f64,
    verdict: &'static str,
    passed: bool,
    reasons: Vec<String>,
    dimensions: Vec<DimensionOut<'a>>,
    findings: Vec<FindingOut<'a>>,
    missing: Vec<String>,
    not_applicable: Vec<NotApplicableOut<'a>>,
}

#[derive(Serialize)]
struct DimensionOut<'a> {
    id: &'a str,
    title: &'a str,
    score: Option<f64>,
    coverage: Option<f64>,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    severity: &'static str,
    kind: FindingKind,
    questionnaire: &'a str,
    question: &'a str,
    message: &'a str,
    recommendation: Option<&'a str>,
    /// Every citation in one line, "; "-separated; null for stale waivers.
    source: Option<String>,
    /// Each source: its question and provenance (kind, article and section, law and
    /// article, or practice and reason).
    sources: &'a [Source],
    answer_score: Option<f64>,
    line: Option<usize>,
    waived: bool,
    waiver_reason: Option<&'a str>,
}

#[derive(Serialize)]
struct NotApplicableOut<'a> {
    question: String,
    reason: &'a str,
}

pub(crate) fn render(report: &CheckReport, lang: Lang) -> String {
    let output = Output {
        passed: report.passed(),
        briefs: report
            .briefs
            .iter()
            .map(|checked| {
                let a = &checked.assessment;
                BriefOut {
                    file: &checked.file.path,
                    project: &checked.brief.project,
                    score: a.score,
                    coverage: a.coverage,
                    verdict: a.verdict.name(),
                    passed: checked.passed,
                    reasons: a.reasons.iter().map(|r| r.describe(lang)).collect(),
                    dimensions: a
                        .dimensions
                        .iter()
                        .map(|d| DimensionOut {
                            id: &d.id,
                            title: d.title.get(lang),
                            score: d.score,
                            coverage: (d.total_weight > 0.0)
                                .then(|| d.answered_weight / d.total_weight),
                        })
                        .collect(),
                    findings: a
                        .findings
                        .iter()
                        .map(|f| FindingOut {
                            severity: f.severity.name(),
                            kind: f.kind,
                            questionnaire: &f.questionnaire,
                            question: &f.question,
                            message: f.message.get(lang),
                            recommendation: f.recommendation.as_ref().map(|r| r.get(lang)),
                            source: f.cite(lang),
                            sources: &f.sources,
                            answer_score: f.answer_score,
                            line: f.span.as_ref().map(|s| checked.file.line_of(s)),
                            waived: f.waived.is_some(),
                            waiver_reason: f.waived.as_deref(),
                        })
                        .collect(),
                    missing: a
                        .missing()
                        .map(|q| finding_id(&q.questionnaire, &q.question))
                        .collect(),
                    not_applicable: a
                        .questions
                        .iter()
                        .filter_map(|q| match &q.status {
                            Status::NotApplicable { reason } => Some(NotApplicableOut {
                                question: finding_id(&q.questionnaire, &q.question),
                                reason,
                            }),
                            _ => None,
                        })
                        .collect(),
                }
            })
            .collect(),
        errors: report
            .problems
            .iter()
            .map(|p| ErrorOut {
                file: &p.path,
                line: p.position.map(|(line, _)| line),
                column: p.position.map(|(_, column)| column),
                code: &p.code,
                message: &p.message,
            })
            .collect(),
    };
    let mut text =
        serde_json::to_string_pretty(&output).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}
