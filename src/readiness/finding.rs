//! Findings: weak answers, and waivers that match nothing.

use std::ops::Range;

use serde::Serialize;

use crate::lang::{Lang, Text};
use crate::model::brief::{AnswerValue, Brief};
use crate::model::questionnaire::{Kind, Provenance, Question, Questionnaire, Severity};

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
    /// Where the finding comes from: its question's provenance (and the chosen
    /// option's or band's when it differs), then those of the questions linked to
    /// it by `same-as`. Empty for stale waivers.
    pub sources: Vec<Source>,
    /// The answer's score (0..1) for weak answers.
    pub answer_score: Option<f64>,
    /// Byte span in the brief (the answer's or the waiver's key).
    pub span: Option<Range<usize>>,
    /// The waiver's reason, when the client accepts the risk.
    pub waived: Option<String>,
}

/// One source of a finding: the question it comes from and what that question cites.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    pub questionnaire: String,
    pub question: String,
    pub provenance: Provenance,
}

impl Finding {
    /// Every source's citation in `lang`, joined with "; " (each said once), without
    /// a "Source:" label; `None` when the finding has no source (a stale waiver).
    pub fn cite(&self, lang: Lang) -> Option<String> {
        let mut cited: Vec<String> = Vec::new();
        for source in &self.sources {
            let text = source.provenance.cite(lang);
            if !cited.contains(&text) {
                cited.push(text);
            }
        }
        (!cited.is_empty()).then(|| cited.join("; "))
    }
}

/// The options, level or band an answer chose: their severity (the most severe of those
/// that set one) and their provenance.
fn chosen<'a>(
    kind: &'a Kind,
    question_provenance: &'a Provenance,
    value: &AnswerValue,
) -> (Option<Severity>, Vec<&'a Provenance>) {
    let picked: Vec<(Option<Severity>, &Provenance)> = match (kind, value) {
        (Kind::Choice { options }, AnswerValue::Choice(id)) => options
            .iter()
            .filter(|o| &o.id == id)
            .map(|o| (o.severity, &o.provenance))
            .collect(),
        (Kind::Multi { options }, AnswerValue::Multi(ids)) => options
            .iter()
            .filter(|o| ids.contains(&o.id))
            .map(|o| (o.severity, &o.provenance))
            .collect(),
        (Kind::Scale { levels }, AnswerValue::Level(level)) => levels
            .iter()
            .filter(|l| l.level == *level)
            .map(|l| (l.severity, question_provenance))
            .collect(),
        (Kind::Number { bands, .. }, AnswerValue::Number(x)) => bands
            .iter()
            .filter(|b| b.contains(*x))
            .map(|b| (b.severity, &b.provenance))
            .collect(),
        _ => Vec::new(),
    };
    let severity = picked.iter().filter_map(|(s, _)| *s).max();
    (severity, picked.into_iter().map(|(_, p)| p).collect())
}

pub(super) fn weak_finding(
    questionnaire: &Questionnaire,
    question: &Question,
    value: &AnswerValue,
    score: f64,
    span: Option<Range<usize>>,
) -> Option<Finding> {
    let weakness = question.weakness.as_ref()?;
    if score >= weakness.below {
        return None;
    }
    let (severity, provenances) = chosen(&question.kind, &question.provenance, value);
    let source = |provenance: &Provenance| Source {
        questionnaire: questionnaire.id.clone(),
        question: question.id.clone(),
        provenance: provenance.clone(),
    };
    let mut sources = vec![source(&question.provenance)];
    for provenance in provenances {
        if sources.iter().all(|s| &s.provenance != provenance) {
            sources.push(source(provenance));
        }
    }
    Some(Finding {
        severity: severity.unwrap_or(weakness.severity),
        kind: FindingKind::WeakAnswer,
        questionnaire: questionnaire.id.clone(),
        question: question.id.clone(),
        message: question.text.clone(),
        recommendation: Some(weakness.recommendation.clone()),
        sources,
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
            sources: Vec::new(),
            answer_score: None,
            span: waiver.span.clone(),
            waived: None,
        });
    }
}

/// One fact, one finding: weak answers to questions linked by `same-as` (a
/// question and the one it names) become one finding. It keeps the unwaived one
/// if any, else the most severe (the first on ties), and lists every source.
pub(super) fn merge_linked(assessed: &[&Questionnaire], findings: &mut Vec<Finding>) {
    let group = |f: &Finding| -> Option<String> {
        if f.kind != FindingKind::WeakAnswer {
            return None;
        }
        let question = assessed
            .iter()
            .find(|q| q.id == f.questionnaire)?
            .question(&f.question)?;
        Some(
            question
                .same_as
                .clone()
                .unwrap_or_else(|| format!("{}.{}", f.questionnaire, f.question)),
        )
    };
    let mut merged: Vec<(Option<String>, Finding)> = Vec::new();
    for finding in findings.drain(..) {
        let key = group(&finding);
        let earlier = key
            .as_ref()
            .and_then(|key| merged.iter().position(|(k, _)| k.as_ref() == Some(key)));
        match earlier {
            Some(index) => {
                let kept = &mut merged[index].1;
                let wins = (finding.waived.is_none(), finding.severity)
                    > (kept.waived.is_none(), kept.severity);
                let (mut winner, other) = if wins {
                    (finding, kept.clone())
                } else {
                    (kept.clone(), finding)
                };
                winner.sources.extend(other.sources);
                *kept = winner;
            }
            None => merged.push((key, finding)),
        }
    }
    findings.extend(merged.into_iter().map(|(_, f)| f));
}
