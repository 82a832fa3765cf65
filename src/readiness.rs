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

use serde::Serialize;

use crate::lang::{Lang, Text};
use crate::model::brief::{AnswerValue, Brief};
use crate::model::questionnaire::{Kind, Question, Questionnaire, Severity};

/// Where the verdict's lines are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Thresholds {
    /// Below this overall score (0..100) the brief is not ready.
    pub min_score: f64,
    /// Below this overall score the brief is ready only with conditions.
    pub ready_score: f64,
    /// Below this coverage (0..1) the brief is not ready.
    pub min_coverage: f64,
    /// Below this coverage the brief is ready only with conditions.
    pub ready_coverage: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            min_score: 50.0,
            ready_score: 75.0,
            min_coverage: 0.7,
            ready_coverage: 0.9,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Ready,
    ReadyWithConditions,
    NotReady,
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Ready => "ready",
            Verdict::ReadyWithConditions => "ready-with-conditions",
            Verdict::NotReady => "not-ready",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Verdict::Ready => lang.pick("ready", "prêt"),
            Verdict::ReadyWithConditions => {
                lang.pick("ready with conditions", "prêt sous conditions")
            }
            Verdict::NotReady => lang.pick("not ready", "pas prêt"),
        }
    }
}

/// Why the verdict is not `ready`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Reason {
    Blockers { count: usize },
    Warnings { count: usize },
    ScoreBelow { score: f64, threshold: f64 },
    CoverageBelow { coverage: f64, threshold: f64 },
    NothingAnswered,
}

impl Reason {
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Reason::Blockers { count: 1 }, Lang::En) => "1 unwaived blocker".to_owned(),
            (Reason::Blockers { count }, Lang::En) => format!("{count} unwaived blockers"),
            (Reason::Blockers { count: 1 }, Lang::Fr) => {
                "1 point bloquant sans dérogation".to_owned()
            }
            (Reason::Blockers { count }, Lang::Fr) => {
                format!("{count} points bloquants sans dérogation")
            }
            (Reason::Warnings { count: 1 }, Lang::En) => "1 unwaived warning".to_owned(),
            (Reason::Warnings { count }, Lang::En) => format!("{count} unwaived warnings"),
            (Reason::Warnings { count: 1 }, Lang::Fr) => "1 alerte sans dérogation".to_owned(),
            (Reason::Warnings { count }, Lang::Fr) => format!("{count} alertes sans dérogation"),
            (Reason::ScoreBelow { score, threshold }, Lang::En) => {
                format!("score {score:.1} below {threshold}")
            }
            (Reason::ScoreBelow { score, threshold }, Lang::Fr) => {
                format!("score {score:.1} inférieur à {threshold}")
            }
            (
                Reason::CoverageBelow {
                    coverage,
                    threshold,
                },
                Lang::En,
            ) => {
                format!(
                    "coverage {:.0} % below {:.0} %",
                    coverage * 100.0,
                    threshold * 100.0
                )
            }
            (
                Reason::CoverageBelow {
                    coverage,
                    threshold,
                },
                Lang::Fr,
            ) => {
                format!(
                    "couverture {:.0} % inférieure à {:.0} %",
                    coverage * 100.0,
                    threshold * 100.0
                )
            }
            (Reason::NothingAnswered, Lang::En) => "no scored question is answered".to_owned(),
            (Reason::NothingAnswered, Lang::Fr) => {
                "aucune question notée n'a de réponse".to_owned()
            }
        }
    }
}

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
    /// 1-based line in the brief.
    pub line: Option<usize>,
    /// The waiver's reason, when the client accepts the risk.
    pub waived: Option<String>,
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
    pub line: Option<usize>,
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
pub fn score_answer(kind: &Kind, value: &AnswerValue) -> Option<f64> {
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
    let mut questions: Vec<QuestionResult> = Vec::new();

    let assessed: Vec<&Questionnaire> = brief
        .questionnaires
        .iter()
        .filter_map(|id| questionnaires.iter().find(|q| &q.id == id))
        .collect();

    for questionnaire in &assessed {
        for question in &questionnaire.questions {
            let answer = brief.answer(&questionnaire.id, &question.id);
            let line = answer.map(|a| a.line);
            let status = match answer.map(|a| &a.value) {
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
            };
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
                if let Status::Answered { score } = status {
                    dimensions[index].answered_weight += question.weight;
                    weighted[index] += question.weight * score;
                    if let Some(finding) = weak_finding(questionnaire, question, score, line) {
                        findings.push(finding);
                    }
                }
            }
            questions.push(QuestionResult {
                questionnaire: questionnaire.id.clone(),
                question: question.id.clone(),
                dimension: question.dimension.clone(),
                weight: question.weight,
                text: question.text.clone(),
                status,
                line,
            });
        }
    }

    for (dimension, sum) in dimensions.iter_mut().zip(&weighted) {
        if dimension.answered_weight > 0.0 {
            dimension.score = Some(100.0 * sum / dimension.answered_weight);
        }
    }
    let order = dimension_order(&assessed);
    let rank = |id: &str| order.iter().position(|o| o == id).unwrap_or(usize::MAX);
    let mut paired: Vec<(DimensionScore, f64)> = dimensions.into_iter().zip(weighted).collect();
    paired.sort_by_key(|(d, _)| rank(&d.id));
    let (dimensions, weighted): (Vec<DimensionScore>, Vec<f64>) = paired.into_iter().unzip();
    let answered: f64 = dimensions.iter().map(|d| d.answered_weight).sum();
    let total: f64 = dimensions.iter().map(|d| d.total_weight).sum();
    let score = (answered > 0.0).then(|| 100.0 * weighted.iter().sum::<f64>() / answered);
    let coverage = if total > 0.0 { answered / total } else { 0.0 };

    apply_waivers(brief, &assessed, &mut findings);
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
    let (verdict, reasons) = verdict(&assessment, thresholds);
    assessment.verdict = verdict;
    assessment.reasons = reasons;
    assessment
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

fn weak_finding(
    questionnaire: &Questionnaire,
    question: &Question,
    score: f64,
    line: Option<usize>,
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
        line,
        waived: None,
    })
}

/// Marks waived findings, and reports waivers that match nothing as stale.
fn apply_waivers(brief: &Brief, assessed: &[&Questionnaire], findings: &mut Vec<Finding>) {
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
        let message = if known {
            Text::new(
                "stale waiver: the answer to this question is not weak (or is missing); remove the waiver",
                "dérogation périmée : la réponse à cette question n'est pas faible (ou manque) ; retirez la dérogation",
            )
        } else {
            Text::new(
                "stale waiver: it names no question of the assessed questionnaires",
                "dérogation périmée : elle ne désigne aucune question des questionnaires évalués",
            )
        };
        findings.push(Finding {
            severity: Severity::Warning,
            kind: FindingKind::StaleWaiver,
            questionnaire: waiver.questionnaire.clone(),
            question: waiver.question.clone(),
            message,
            recommendation: None,
            source: None,
            answer_score: None,
            line: Some(waiver.line),
            waived: None,
        });
    }
}

/// Not ready: an unwaived blocker, nothing answered, score or coverage under the
/// minimum. Ready with conditions: an unwaived warning, score or coverage under
/// the "ready" line. Ready otherwise.
fn verdict(assessment: &Assessment, t: &Thresholds) -> (Verdict, Vec<Reason>) {
    let mut blocking = Vec::new();
    let mut conditions = Vec::new();
    let blockers = assessment.unwaived(Severity::Blocker);
    if blockers > 0 {
        blocking.push(Reason::Blockers { count: blockers });
    }
    match assessment.score {
        None => blocking.push(Reason::NothingAnswered),
        Some(score) if score < t.min_score => blocking.push(Reason::ScoreBelow {
            score,
            threshold: t.min_score,
        }),
        Some(score) if score < t.ready_score => conditions.push(Reason::ScoreBelow {
            score,
            threshold: t.ready_score,
        }),
        Some(_) => {}
    }
    if assessment.coverage < t.min_coverage {
        blocking.push(Reason::CoverageBelow {
            coverage: assessment.coverage,
            threshold: t.min_coverage,
        });
    } else if assessment.coverage < t.ready_coverage {
        conditions.push(Reason::CoverageBelow {
            coverage: assessment.coverage,
            threshold: t.ready_coverage,
        });
    }
    let warnings = assessment.unwaived(Severity::Warning);
    if warnings > 0 {
        conditions.insert(0, Reason::Warnings { count: warnings });
    }
    if !blocking.is_empty() {
        blocking.extend(conditions);
        (Verdict::NotReady, blocking)
    } else if !conditions.is_empty() {
        (Verdict::ReadyWithConditions, conditions)
    } else {
        (Verdict::Ready, Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceFile;
    use crate::validate::brief::validate_brief;
    use crate::validate::questionnaire::validate_questionnaire;

    const QUESTIONNAIRE: &str = r#"
id = "t"
source = "Test article"
title = { fr = "Test", en = "Test" }
[dimensions]
a = { fr = "A", en = "A" }
b = { fr = "B", en = "B" }

[[question]]
id = "q1"
dimension = "a"
kind = "yes-no"
weight = 2
text = { fr = "q1 ?", en = "q1?" }
help = { fr = "h", en = "h" }
severity = "blocker"
recommendation = { fr = "r1", en = "r1" }

[[question]]
id = "q2"
dimension = "a"
kind = "scale"
weight = 1
text = { fr = "q2 ?", en = "q2?" }
help = { fr = "h", en = "h" }
severity = "warning"
recommendation = { fr = "r2", en = "r2" }
levels = [{ fr = "0", en = "0" }, { fr = "1", en = "1" }, { fr = "2", en = "2" }, { fr = "3", en = "3" }, { fr = "4", en = "4" }]

[[question]]
id = "q3"
dimension = "b"
kind = "choice"
weight = 3
text = { fr = "q3 ?", en = "q3?" }
help = { fr = "h", en = "h" }
severity = "warning"
recommendation = { fr = "r3", en = "r3" }
[[question.option]]
id = "x"
label = { fr = "x", en = "x" }
score = 1.0
[[question.option]]
id = "y"
label = { fr = "y", en = "y" }
score = 0.4
[[question.option]]
id = "z"
label = { fr = "z", en = "z" }
score = 0.0

[[question]]
id = "q4"
dimension = "b"
kind = "multi"
weight = 1
text = { fr = "q4 ?", en = "q4?" }
help = { fr = "h", en = "h" }
severity = "info"
weak-below = 0.75
recommendation = { fr = "r4", en = "r4" }
[[question.option]]
id = "k"
label = { fr = "k", en = "k" }
score = 0.5
[[question.option]]
id = "l"
label = { fr = "l", en = "l" }
score = 0.5
[[question.option]]
id = "m"
label = { fr = "m", en = "m" }
score = 0.25

[[question]]
id = "q5"
dimension = "b"
kind = "number"
weight = 2
text = { fr = "q5 ?", en = "q5?" }
help = { fr = "h", en = "h" }
severity = "warning"
recommendation = { fr = "r5", en = "r5" }
unit = { fr = "KPI", en = "KPIs" }
min = 0
[[question.band]]
to = 3
score = 0.5
[[question.band]]
from = 3
to = 8
score = 1.0
[[question.band]]
from = 8
score = 0.25

[[question]]
id = "q6"
dimension = "a"
kind = "text"
text = { fr = "notes", en = "notes" }
help = { fr = "h", en = "h" }
"#;

    fn questionnaire() -> Questionnaire {
        let (q, diagnostics) =
            validate_questionnaire(&SourceFile::new("t.toml", QUESTIONNAIRE), Lang::En);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        q.unwrap()
    }

    fn assess_text(brief: &str) -> Assessment {
        let q = vec![questionnaire()];
        let (brief, diagnostics) = validate_brief(&SourceFile::new("b.toml", brief), &q, Lang::En);
        assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
        assess(&brief.unwrap(), &q, &Thresholds::default())
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// Builds a brief text answering q1..q5 from generated values (None = unanswered).
    fn brief_text(
        q1: Option<bool>,
        q2: Option<u8>,
        q3: Option<usize>,
        q4: Vec<bool>,
        q5: Option<u32>,
    ) -> String {
        let mut text = String::from("[project]\nquestionnaires = [\"t\"]\n[answers.t]\n");
        if let Some(v) = q1 {
            text.push_str(&format!("q1 = {v}\n"));
        }
        if let Some(v) = q2 {
            text.push_str(&format!("q2 = {v}\n"));
        }
        if let Some(v) = q3 {
            text.push_str(&format!("q3 = \"{}\"\n", ["x", "y", "z"][v]));
        }
        let chosen: Vec<String> = ["k", "l", "m"]
            .iter()
            .zip(&q4)
            .filter(|(_, c)| **c)
            .map(|(id, _)| format!("\"{id}\""))
            .collect();
        text.push_str(&format!("q4 = [{}]\n", chosen.join(", ")));
        if let Some(v) = q5 {
            text.push_str(&format!("q5 = {v}\n"));
        }
        text
    }

    proptest::proptest! {
        #[test]
        fn scores_stay_in_range(
            q1 in proptest::option::of(proptest::bool::ANY),
            q2 in proptest::option::of(0u8..=4),
            q3 in proptest::option::of(0usize..3),
            q4 in proptest::collection::vec(proptest::bool::ANY, 3),
            q5 in proptest::option::of(0u32..50),
        ) {
            let a = assess_text(&brief_text(q1, q2, q3, q4, q5));
            if let Some(score) = a.score {
                proptest::prop_assert!((0.0..=100.0).contains(&score));
            }
            proptest::prop_assert!((0.0..=1.0).contains(&a.coverage));
            for d in &a.dimensions {
                if let Some(score) = d.score {
                    proptest::prop_assert!((0.0..=100.0).contains(&score));
                }
            }
        }

        #[test]
        fn a_better_answer_never_lowers_a_score(
            q3 in proptest::option::of(0usize..3),
            q4 in proptest::collection::vec(proptest::bool::ANY, 3),
            q5 in proptest::option::of(0u32..50),
            level in 0u8..=3,
        ) {
            // q1 from no to yes, and q2 one level up, each raise or keep every score.
            let worse = assess_text(&brief_text(Some(false), Some(level), q3, q4.clone(), q5));
            let better = assess_text(&brief_text(Some(true), Some(level + 1), q3, q4, q5));
            proptest::prop_assert!(better.score.unwrap() >= worse.score.unwrap());
            proptest::prop_assert!(better.dimensions[0].score.unwrap() >= worse.dimensions[0].score.unwrap());
        }
    }

    #[test]
    fn dimension_orders_merge() {
        let q = |dims: &[&str]| Questionnaire {
            id: "x".into(),
            title: Text::new("x", "x"),
            source: "s".into(),
            description: None,
            dimensions: dims
                .iter()
                .map(|d| crate::model::questionnaire::Dimension {
                    id: (*d).into(),
                    title: Text::new(*d, *d),
                })
                .collect(),
            questions: Vec::new(),
        };
        let first = q(&[
            "scope",
            "volumes",
            "internal",
            "governance",
            "provider",
            "partnership",
        ]);
        let second = q(&[
            "objectives",
            "internal",
            "governance",
            "contract",
            "provider",
            "partnership",
        ]);
        assert_eq!(
            dimension_order(&[&first, &second]),
            [
                "objectives",
                "scope",
                "volumes",
                "internal",
                "governance",
                "contract",
                "provider",
                "partnership"
            ]
        );
    }

    #[test]
    fn every_kind_scores() {
        let q = questionnaire();
        let kind = |id: &str| &q.question(id).unwrap().kind;
        assert_eq!(
            score_answer(kind("q1"), &AnswerValue::YesNo(true)),
            Some(1.0)
        );
        assert_eq!(
            score_answer(kind("q1"), &AnswerValue::YesNo(false)),
            Some(0.0)
        );
        // Default scale scores are level / 4.
        assert_eq!(score_answer(kind("q2"), &AnswerValue::Level(3)), Some(0.75));
        assert_eq!(
            score_answer(kind("q3"), &AnswerValue::Choice("y".into())),
            Some(0.4)
        );
        // Multi: 0.5 + 0.25 = 0.75; all three 0.5 + 0.5 + 0.25 = 1.25, capped at 1.
        let multi =
            |ids: &[&str]| AnswerValue::Multi(ids.iter().map(|s| (*s).to_owned()).collect());
        assert_eq!(score_answer(kind("q4"), &multi(&["k", "m"])), Some(0.75));
        assert_eq!(
            score_answer(kind("q4"), &multi(&["k", "l", "m"])),
            Some(1.0)
        );
        assert_eq!(score_answer(kind("q4"), &multi(&[])), Some(0.0));
        // No option ticked is +0, not -0 (which shows as `-0 %`).
        let none = score_answer(kind("q4"), &multi(&[])).unwrap_or(f64::NAN);
        assert!(none.is_sign_positive(), "{none}");
        // Bands are [from, to): 2.99 -> first, 3 -> second, 8 -> third.
        assert_eq!(
            score_answer(kind("q5"), &AnswerValue::Number(2.99)),
            Some(0.5)
        );
        assert_eq!(
            score_answer(kind("q5"), &AnswerValue::Number(3.0)),
            Some(1.0)
        );
        assert_eq!(
            score_answer(kind("q5"), &AnswerValue::Number(8.0)),
            Some(0.25)
        );
        assert_eq!(
            score_answer(kind("q6"), &AnswerValue::Text("x".into())),
            None
        );
    }

    #[test]
    fn partial_brief_scores_by_hand() {
        let a = assess_text(
            r#"
[answers.t]
q1 = true
q2 = 3
q3 = "y"
q4 = ["k", "m"]
q6 = "free text"
"#,
        );
        // Dimension a: (2×1 + 1×0.75) / (2 + 1) = 2.75 / 3 = 91.666…%
        assert!(close(a.dimensions[0].score.unwrap(), 275.0 / 3.0));
        // Dimension b: (3×0.4 + 1×0.75) / (3 + 1) = 1.95 / 4 = 48.75%; q5 (w 2) missing.
        assert!(close(a.dimensions[1].score.unwrap(), 48.75));
        assert!(close(a.dimensions[1].total_weight, 6.0));
        // Overall: (2.75 + 1.95) / (3 + 4) = 4.7 / 7 = 67.142857…%
        assert!(close(a.score.unwrap(), 470.0 / 7.0));
        // Coverage: answered 7 of 9.
        assert!(close(a.coverage, 7.0 / 9.0));
        // q3 (0.4 < 0.5) is a weak warning; q4 (0.75, not < 0.75) is not weak.
        assert_eq!(a.findings.len(), 1);
        assert_eq!(a.findings[0].question, "q3");
        assert_eq!(a.findings[0].severity, Severity::Warning);
        assert_eq!(a.findings[0].line, Some(5));
        assert_eq!(a.missing().count(), 1);
        assert_eq!(a.verdict, Verdict::ReadyWithConditions);
        assert_eq!(a.reasons.len(), 3, "{:?}", a.reasons);
        assert!(matches!(a.reasons[0], Reason::Warnings { count: 1 }));
        assert!(!a.fails(Severity::Blocker));
        assert!(a.fails(Severity::Warning));
    }

    #[test]
    fn not_applicable_leaves_the_weights_and_waivers_apply() {
        let a = assess_text(
            r#"
[answers.t]
q1 = true
q2 = 3
q3 = { value = "y", note = "only by email" }
q4 = ["k", "m"]
q5 = { not-applicable = "no KPI contract yet" }

[waivers]
"t.q3" = "accepted by the board"
"t.q1" = "nothing to waive"
"t.nope" = "typo"
"#,
        );
        // q5 leaves both sums: coverage 7 / 7; dimension b total weight 4.
        assert!(close(a.coverage, 1.0));
        assert!(close(a.dimensions[1].total_weight, 4.0));
        assert!(close(a.score.unwrap(), 470.0 / 7.0));
        let q3 = a.findings.iter().find(|f| f.question == "q3").unwrap();
        assert_eq!(q3.waived.as_deref(), Some("accepted by the board"));
        let stale: Vec<_> = a
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::StaleWaiver)
            .collect();
        assert_eq!(stale.len(), 2);
        assert!(stale.iter().all(|f| f.severity == Severity::Warning));
        assert_eq!(stale[0].line, Some(11));
        assert!(matches!(
            a.questions[4].status,
            Status::NotApplicable { .. }
        ));
        // Two stale waivers are unwaived warnings; score 67.1 < 75: conditions.
        assert_eq!(a.verdict, Verdict::ReadyWithConditions);
    }

    #[test]
    fn blocker_makes_not_ready() {
        let a = assess_text(
            r#"
[answers.t]
q1 = false
q2 = 3
q3 = "y"
q4 = ["k", "m"]
"#,
        );
        // Dimension a: (2×0 + 1×0.75) / 3 = 25%. Overall: (0.75 + 1.95) / 7 = 38.571…%
        assert!(close(a.dimensions[0].score.unwrap(), 25.0));
        assert!(close(a.score.unwrap(), 270.0 / 7.0));
        assert_eq!(a.findings[0].severity, Severity::Blocker);
        assert_eq!(a.verdict, Verdict::NotReady);
        assert!(matches!(a.reasons[0], Reason::Blockers { count: 1 }));
        assert!(matches!(a.reasons[1], Reason::ScoreBelow { threshold, .. } if threshold == 50.0));
        assert!(a.fails(Severity::Blocker));
    }

    #[test]
    fn waived_blocker_does_not_fail() {
        let a = assess_text(
            r#"
[answers.t]
q1 = false
q2 = 4
q3 = "x"
q4 = ["k", "l"]
q5 = 5
[waivers]
"t.q1" = "the client accepts it"
"#,
        );
        // (2×0 + 1×1 + 3×1 + 1×1 + 2×1) / 9 = 7 / 9 = 77.8%, coverage 1.
        assert!(close(a.score.unwrap(), 700.0 / 9.0));
        assert_eq!(a.verdict, Verdict::Ready);
        assert!(!a.fails(Severity::Warning));
    }

    #[test]
    fn nothing_answered_is_not_ready() {
        let a = assess_text("[project]\nquestionnaires = [\"t\"]\n");
        assert_eq!(a.score, None);
        assert!(close(a.coverage, 0.0));
        assert_eq!(a.verdict, Verdict::NotReady);
        assert!(a.reasons.contains(&Reason::NothingAnswered));
        assert!(a.dimensions.iter().all(|d| d.score.is_none()));
    }
}
