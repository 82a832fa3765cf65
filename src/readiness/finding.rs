//! Findings: weak answers, and waivers that match nothing.

use std::ops::Range;

use serde::Serialize;

use crate::lang::{Lang, Text};
use crate::model::brief::Brief;
use crate::model::questionnaire::{Question, Questionnaire, Severity};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// The answer scores below the question's `weak-below`.
    WeakAnswer,
    /// A waiver that matches no weak answer, or no question.
    StaleWaiver,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub kind: FindingKind,
    pub questionnaire: String,
    pub question: String,
    /// What is wrong, in both languages.
    pub message: Text,
    pub recommendation: Option<Text>,
    /// Title of the article behind the question.
    pub source: Option<String>,
    /// The answer's score (0..1) for weak answers.
    pub answer_score: Option<f64>,
    /// Byte span in the brief (the answer's or the waiver's key).
    pub span: Option<Range<usize>>,
    /// The waiver's reason, when the client accepts the risk.
    pub waived: Option<String>,
}

pub(super) fn weak_finding(
    questionnaire: &Questionnaire,
    question: &Question,
    score: f64,
    span: Option<Range<usize>>,
) -> Option<Finding> {
    let weakness = question.weakness.as_ref()?;
    if score >= weakness.below {
        return None;
    }
    Some(Finding {
        severity: weakness.severity,
        kind: FindingKind::WeakAnswer,
        questionnaire: questionnaire.id.clone(),
        question: question.id.clone(),
        message: question.text.clone(),
        recommendation: Some(weakness.recommendation.clone()),
        source: Some(question.source.clone()),
        answer_score: Some(score),
        span,
        waived: None,
    })
}

/// Marks waived findings, and reports waivers that match nothing as stale.
pub(super) fn apply_waivers(
    brief: &Brief,
    assessed: &[&Questionnaire],
    findings: &mut Vec<Finding>,
) {
    for waiver in &brief.waivers {
        let matching = findings.iter_mut().find(|f| {
            f.kind == FindingKind::WeakAnswer
                && f.questionnaire == waiver.questionnaire
                && f.question == waiver.question
        });
        if let Some(finding) = matching {
            finding.waived = Some(waiver.reason.clone());
            continue;
        }
        let known = assessed
            .iter()
            .find(|q| q.id == waiver.questionnaire)
            .and_then(|q| q.question(&waiver.question))
            .is_some();
        let id = if known {
            "finding-stale-waiver"
        } else {
            "finding-stale-waiver-unknown"
        };
        let message = Text::new(crate::tr!(Lang::En, id), crate::tr!(Lang::Fr, id));
        findings.push(Finding {
            severity: Severity::Warning,
            kind: FindingKind::StaleWaiver,
            questionnaire: waiver.questionnaire.clone(),
            question: waiver.question.clone(),
            message,
            recommendation: None,
            source: None,
            answer_score: None,
            span: waiver.span.clone(),
            waived: None,
        });
    }
}
