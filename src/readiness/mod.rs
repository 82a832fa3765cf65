//! Readiness assessment of a brief (pure): per-answer scores, dimension and overall
//! scores, coverage, findings and the verdict.
//!
//! Formulas (also in the README):
//! - an answer scores s in 0..=1 (see [`score_answer`]);
//! - a dimension scores 100 × Σ(w·s) / Σ(w) over its answered questions;
//! - the overall score is the mean of the dimension scores weighted by their answered
//!   weight Σ(w), which equals 100 × Σ(w·s) / Σ(w) over every answered question;
//! - coverage is Σ(w answered) / Σ(w applicable): unanswered questions lower it,
//!   not-applicable ones leave both sums, text questions are never scored.

mod finding;
#[cfg(test)]
mod link_tests;
#[cfg(test)]
mod tests;
mod verdict;

use std::ops::Range;

use serde::Serialize;

use crate::lang::Text;
use crate::model::brief::{Answer, AnswerValue, Brief};
use crate::model::questionnaire::{Kind, Question, Questionnaire, Severity};

pub(crate) use finding::{Finding, FindingKind, Source};
pub use verdict::Thresholds;
pub(crate) use verdict::{Reason, Verdict};

use finding::{apply_waivers, merge_linked, weak_finding};
use verdict::verdict;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DimensionScore {
    pub id: String,
    pub title: Text,
    /// 0..100; `None` when no question of the dimension is answered.
    pub score: Option<f64>,
    pub answered_weight: f64,
    /// Weight of the applicable (not not-applicable) scored questions.
    pub total_weight: f64,
}

/// What happened to one question, in questionnaire order.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    Answered {
        score: f64,
    },
    Missing,
    NotApplicable {
        reason: String,
    },
    /// A text question: kept, never scored.
    Text {
        answered: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuestionResult {
    pub questionnaire: String,
    pub question: String,
    pub dimension: String,
    pub weight: f64,
    pub text: Text,
    #[serde(flatten)]
    pub status: Status,
    /// Byte span of the answer in the brief.
    pub span: Option<Range<usize>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    /// 0..100; `None` when nothing scored is answered.
    pub score: Option<f64>,
    /// 0..1.
    pub coverage: f64,
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
    pub dimensions: Vec<DimensionScore>,
    /// Blockers first, then warnings, then info; in questionnaire order within each.
    pub findings: Vec<Finding>,
    pub questions: Vec<QuestionResult>,
    pub thresholds: Thresholds,
}

impl Assessment {
    /// Unwaived findings of exactly this severity.
    pub fn unwaived(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity && f.waived.is_none())
            .count()
    }

    /// Whether the brief fails a check that fails on unwaived findings of
    /// `fail_on` or worse (and always on a `not-ready` verdict).
    pub fn fails(&self, fail_on: Severity) -> bool {
        self.verdict == Verdict::NotReady
            || self.findings.iter().any(|f| {
                f.waived.is_none() && f.severity >= fail_on && f.severity != Severity::Info
            })
    }

    pub fn missing(&self) -> impl Iterator<Item = &QuestionResult> {
        self.questions
            .iter()
            .filter(|q| q.status == Status::Missing)
    }
}

/// The score in 0..=1 of an answer to a question of `kind`; `None` for text and
/// not-applicable answers (and for a value that does not fit the kind, which
/// validation rules out).
pub(crate) fn score_answer(kind: &Kind, value: &AnswerValue) -> Option<f64> {
    match (kind, value) {
        (Kind::YesNo { yes, no }, AnswerValue::YesNo(answer)) => {
            Some(if *answer { *yes } else { *no })
        }
        (Kind::Scale { levels }, AnswerValue::Level(level)) => {
            levels.iter().find(|l| l.level == *level).map(|l| l.score)
        }
        (Kind::Choice { options }, AnswerValue::Choice(id)) => {
            options.iter().find(|o| &o.id == id).map(|o| o.score)
        }
        // Several options: their scores add up, capped at 1. Folded from 0.0:
        // `Sum` for floats starts at -0.0, which showed as `-0 %` for no option.
        (Kind::Multi { options }, AnswerValue::Multi(ids)) => {
            let sum = options
                .iter()
                .filter(|o| ids.contains(&o.id))
                .fold(0.0, |sum, o| sum + o.score);
            Some(sum.min(1.0))
        }
        (Kind::Number { bands, .. }, AnswerValue::Number(x)) => {
            bands.iter().find(|b| b.contains(*x)).map(|b| b.score)
        }
        _ => None,
    }
}

/// Assesses a valid brief against the questionnaires it names.
pub fn assess(
    brief: &Brief,
    questionnaires: &[Questionnaire],
    thresholds: &Thresholds,
) -> Assessment {
    let mut dimensions: Vec<DimensionScore> = Vec::new();
    // Σ(w·s) per dimension, parallel to `dimensions`.
    let mut weighted: Vec<f64> = Vec::new();
    let mut findings: Vec<Finding> = Vec::new();

    let assessed: Vec<&Questionnaire> = brief
        .questionnaires
        .iter()
        .filter_map(|id| questionnaires.iter().find(|q| &q.id == id))
        .collect();
    let mut questions: Vec<QuestionResult> =
        Vec::with_capacity(assessed.iter().map(|q| q.questions.len()).sum());

    for questionnaire in &assessed {
        let answers = answers_by_question(brief, questionnaire);
        for (question, &answer) in questionnaire.questions.iter().zip(&answers) {
            let span = answer.and_then(|a| a.span.clone());
            let status = status(question, answer);
            if question.is_scored() && !matches!(status, Status::NotApplicable { .. }) {
                let index = match dimensions.iter().position(|d| d.id == question.dimension) {
                    Some(index) => index,
                    None => {
                        let title = questionnaire.dimension(&question.dimension).map_or_else(
                            || Text::new(&question.dimension, &question.dimension),
                            |d| d.title.clone(),
                        );
                        dimensions.push(DimensionScore {
                            id: question.dimension.clone(),
                            title,
                            score: None,
                            answered_weight: 0.0,
                            total_weight: 0.0,
                        });
                        weighted.push(0.0);
                        dimensions.len() - 1
                    }
                };
                dimensions[index].total_weight += question.weight;
                if let (Status::Answered { score }, Some(answer)) = (&status, answer) {
                    let score = *score;
                    dimensions[index].answered_weight += question.weight;
                    weighted[index] += question.weight * score;
                    findings.extend(weak_finding(
                        questionnaire,
                        question,
                        &answer.value,
                        score,
                        span.clone(),
                    ));
                }
            }
            questions.push(QuestionResult {
                questionnaire: questionnaire.id.clone(),
                question: question.id.clone(),
                dimension: question.dimension.clone(),
                weight: question.weight,
                text: question.text.clone(),
                status,
                span,
            });
        }
    }

    let (dimensions, score, coverage) = totals(dimensions, weighted, &assessed);

    apply_waivers(brief, &assessed, &mut findings);
    merge_linked(&assessed, &mut findings);
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));

    let mut assessment = Assessment {
        score,
        coverage,
        verdict: Verdict::Ready,
        reasons: Vec::new(),
        dimensions,
        findings,
        questions,
        thresholds: *thresholds,
    };
    let (verdict, reasons) = verdict(
        assessment.score,
        assessment.coverage,
        assessment.unwaived(Severity::Blocker),
        assessment.unwaived(Severity::Warning),
        thresholds,
    );
    assessment.verdict = verdict;
    assessment.reasons = reasons;
    assessment
}

/// The brief's answer to each question of `questionnaire`, in question order: the
/// same as [`Brief::answer`] for each question (the first answer to it), in one
/// pass over the answers instead of one per question.
fn answers_by_question<'b>(
    brief: &'b Brief,
    questionnaire: &Questionnaire,
) -> Vec<Option<&'b Answer>> {
    let questions = &questionnaire.questions;
    let mut slots: Vec<Option<&Answer>> = vec![None; questions.len()];
    // Answers mostly come in question order: each search starts after the last hit.
    let mut hint = 0;
    for answer in brief
        .answers
        .iter()
        .filter(|a| a.questionnaire == questionnaire.id)
    {
        let found = crate::validate::brief::find_from(questions, hint, |q| q.id == answer.question);
        if let Some(index) = found {
            hint = index + 1;
            slots[index].get_or_insert(answer);
        }
    }
    slots
}

/// What happened to `question`, given its answer in the brief (if any).
fn status(question: &Question, answer: Option<&Answer>) -> Status {
    match answer.map(|a| &a.value) {
        _ if !question.is_scored() => Status::Text {
            answered: answer.is_some(),
        },
        None => Status::Missing,
        Some(AnswerValue::NotApplicable { reason }) => Status::NotApplicable {
            reason: reason.clone(),
        },
        Some(value) => match score_answer(&question.kind, value) {
            Some(score) => Status::Answered { score },
            None => Status::Missing,
        },
    }
}

/// Each dimension's score, in display order, then the overall score and coverage.
fn totals(
    mut dimensions: Vec<DimensionScore>,
    weighted: Vec<f64>,
    assessed: &[&Questionnaire],
) -> (Vec<DimensionScore>, Option<f64>, f64) {
    for (dimension, sum) in dimensions.iter_mut().zip(&weighted) {
        if dimension.answered_weight > 0.0 {
            dimension.score = Some(100.0 * sum / dimension.answered_weight);
        }
    }
    let order = dimension_order(assessed);
    let rank = |id: &str| order.iter().position(|o| o == id).unwrap_or(usize::MAX);
    let mut paired: Vec<(DimensionScore, f64)> = dimensions.into_iter().zip(weighted).collect();
    paired.sort_by_key(|(d, _)| rank(&d.id));
    let (dimensions, weighted): (Vec<DimensionScore>, Vec<f64>) = paired.into_iter().unzip();
    let answered: f64 = dimensions.iter().map(|d| d.answered_weight).sum();
    let total: f64 = dimensions.iter().map(|d| d.total_weight).sum();
    let score = (answered > 0.0).then(|| 100.0 * weighted.iter().sum::<f64>() / answered);
    let coverage = if total > 0.0 { answered / total } else { 0.0 };
    (dimensions, score, coverage)
}

/// One display order for the dimensions of several questionnaires, keeping each
/// file's declared order: a dimension not yet placed goes right after the last
/// placed dimension that precedes it in its file (or first, if none does).
fn dimension_order(questionnaires: &[&Questionnaire]) -> Vec<String> {
    let mut order: Vec<String> = Vec::new();
    for questionnaire in questionnaires {
        let mut insert_at = 0;
        for dimension in &questionnaire.dimensions {
            match order.iter().position(|id| *id == dimension.id) {
                Some(position) => insert_at = position + 1,
                None => {
                    order.insert(insert_at, dimension.id.clone());
                    insert_at += 1;
                }
            }
        }
    }
    order
}
