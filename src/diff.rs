//! Progress between two assessments of the same client (pure): score per
//! dimension then and now, overall score, coverage and verdict then and now,
//! findings resolved and new, and answers changed.
//!
//! Both briefs must be assessed against the same questionnaires, or the scores
//! would not measure the same thing; [`diff`] says so with a [`Mismatch`].

use serde::Serialize;

use crate::lang::Text;
use crate::model::brief::{AnswerValue, Brief};
use crate::model::questionnaire::Severity;
use crate::readiness::{Assessment, Finding, FindingKind, QuestionResult, Status, Verdict};

/// One side of the comparison: a valid brief and its assessment.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Assessed<'a> {
    pub brief: &'a Brief,
    pub assessment: &'a Assessment,
}

/// A number then and now. `delta` is `now - then` when both are known.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub(crate) struct Change {
    pub then: Option<f64>,
    pub now: Option<f64>,
    pub delta: Option<f64>,
}

impl Change {
    pub(crate) fn new(then: Option<f64>, now: Option<f64>) -> Self {
        let delta = then.zip(now).map(|(then, now)| now - then);
        Change { then, now, delta }
    }
}

/// Better, the same or worse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Trend {
    Better,
    Same,
    Worse,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct VerdictChange {
    pub then: Verdict,
    pub now: Verdict,
    pub trend: Trend,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct DimensionChange {
    pub id: String,
    pub title: Text,
    /// Scores 0..100; `None` when no question of the dimension is answered.
    #[serde(flatten)]
    pub score: Change,
}

/// What became of a finding between the two assessments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum FindingStatus {
    /// Only in the older assessment: the answer is no longer weak, or the stale waiver is gone.
    Resolved,
    /// Only in the newer assessment.
    New,
    /// In both, and waived only in the newer one.
    Waived,
    /// In both, and waived only in the older one.
    Unwaived,
    /// In both, unchanged.
    Open,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct FindingChange {
    pub status: FindingStatus,
    pub severity: Severity,
    pub kind: FindingKind,
    pub questionnaire: String,
    pub question: String,
    pub message: Text,
    /// The answer's score (0..1) then and now, for weak answers.
    pub answer_score: Change,
    /// The waiver's reason in the newer assessment.
    pub waived: Option<String>,
}

/// An answer whose value changed (notes are not compared).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct AnswerChange {
    pub questionnaire: String,
    pub question: String,
    pub text: Text,
    /// `None` when the question was not answered.
    pub then: Option<AnswerValue>,
    pub now: Option<AnswerValue>,
    /// The answer's score 0..1, for scored answers.
    pub score: Change,
}

/// The progress between two assessments.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Diff {
    /// The questionnaires both briefs are assessed against, in the newer brief's order.
    pub questionnaires: Vec<String>,
    /// Overall score, 0..100.
    pub score: Change,
    /// Share of the question weight answered, 0..1.
    pub coverage: Change,
    pub verdict: VerdictChange,
    /// In the newer assessment's order.
    pub dimensions: Vec<DimensionChange>,
    /// Resolved, new, waived, unwaived, then still open; blockers first within each.
    pub findings: Vec<FindingChange>,
    /// In questionnaire order.
    pub answers: Vec<AnswerChange>,
    /// Questions answered the same way in both.
    pub unchanged_answers: usize,
}

impl Diff {
    /// The findings with this status.
    pub(crate) fn findings_with(
        &self,
        status: FindingStatus,
    ) -> impl Iterator<Item = &FindingChange> {
        self.findings.iter().filter(move |f| f.status == status)
    }
}

/// The two briefs are assessed against different questionnaires.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct Mismatch {
    pub then: Vec<String>,
    pub now: Vec<String>,
    /// Assessed only in the older brief.
    pub only_then: Vec<String>,
    /// Assessed only in the newer brief.
    pub only_now: Vec<String>,
}

fn verdict_rank(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::NotReady => 0,
        Verdict::ReadyWithConditions => 1,
        Verdict::Ready => 2,
    }
}

fn finding_key(finding: &Finding) -> (FindingKind, &str, &str) {
    (
        finding.kind,
        finding.questionnaire.as_str(),
        finding.question.as_str(),
    )
}

fn question_score(result: Option<&QuestionResult>) -> Option<f64> {
    match result.map(|q| &q.status) {
        Some(Status::Answered { score }) => Some(*score),
        _ => None,
    }
}

/// Both briefs are assessed against the same questionnaires, or a
/// [`Mismatch`] names those assessed in only one.
fn check_same_questionnaires(then: &Brief, now: &Brief) -> Result<(), Mismatch> {
    let ids_then = &then.questionnaires;
    let ids_now = &now.questionnaires;
    let only_then: Vec<String> = ids_then
        .iter()
        .filter(|id| !ids_now.contains(id))
        .cloned()
        .collect();
    let only_now: Vec<String> = ids_now
        .iter()
        .filter(|id| !ids_then.contains(id))
        .cloned()
        .collect();
    if !only_then.is_empty() || !only_now.is_empty() {
        return Err(Mismatch {
            then: ids_then.clone(),
            now: ids_now.clone(),
            only_then,
            only_now,
        });
    }
    Ok(())
}

/// The dimensions in the newer assessment's order, then those only in the older.
fn dimension_changes(a: &Assessment, b: &Assessment) -> Vec<DimensionChange> {
    let mut dimensions: Vec<DimensionChange> = b
        .dimensions
        .iter()
        .map(|d| {
            let old = a.dimensions.iter().find(|o| o.id == d.id);
            DimensionChange {
                id: d.id.clone(),
                title: d.title.clone(),
                score: Change::new(old.and_then(|o| o.score), d.score),
            }
        })
        .collect();
    for old in &a.dimensions {
        if !b.dimensions.iter().any(|d| d.id == old.id) {
            dimensions.push(DimensionChange {
                id: old.id.clone(),
                title: old.title.clone(),
                score: Change::new(old.score, None),
            });
        }
    }
    dimensions
}

/// The result of the question a finding is about, in one assessment.
fn finding_question<'a>(
    assessment: &'a Assessment,
    finding: &Finding,
) -> Option<&'a QuestionResult> {
    assessment
        .questions
        .iter()
        .find(|q| q.questionnaire == finding.questionnaire && q.question == finding.question)
}

/// A finding with its status and the score of its question then and now.
fn finding_change(
    (a, b): (&Assessment, &Assessment),
    finding: &Finding,
    status: FindingStatus,
    waived: Option<String>,
) -> FindingChange {
    FindingChange {
        status,
        severity: finding.severity,
        kind: finding.kind,
        questionnaire: finding.questionnaire.clone(),
        question: finding.question.clone(),
        message: finding.message.clone(),
        answer_score: Change::new(
            question_score(finding_question(a, finding)),
            question_score(finding_question(b, finding)),
        ),
        waived,
    }
}

/// What became of a finding of the newer assessment since the older one.
fn finding_status(a: &Assessment, new: &Finding) -> FindingStatus {
    match a
        .findings
        .iter()
        .find(|f| finding_key(f) == finding_key(new))
    {
        None => FindingStatus::New,
        Some(old) => match (&old.waived, &new.waived) {
            (None, Some(_)) => FindingStatus::Waived,
            (Some(_), None) => FindingStatus::Unwaived,
            _ => FindingStatus::Open,
        },
    }
}

/// Resolved, new, waived, unwaived, then still open; blockers first within each.
fn finding_changes(a: &Assessment, b: &Assessment) -> Vec<FindingChange> {
    let mut findings = Vec::new();
    for old in &a.findings {
        if !b
            .findings
            .iter()
            .any(|f| finding_key(f) == finding_key(old))
        {
            findings.push(finding_change((a, b), old, FindingStatus::Resolved, None));
        }
    }
    for new in &b.findings {
        let status = finding_status(a, new);
        findings.push(finding_change((a, b), new, status, new.waived.clone()));
    }
    // Stable: each status keeps the assessments' order (blockers first).
    findings.sort_by_key(|f| {
        let rank = match f.status {
            FindingStatus::Resolved => 0,
            FindingStatus::New => 1,
            FindingStatus::Waived => 2,
            FindingStatus::Unwaived => 3,
            FindingStatus::Open => 4,
        };
        (rank, std::cmp::Reverse(f.severity))
    });
    findings
}

/// The answers changed, in the newer assessment's question order, and how
/// many questions were answered the same way in both.
fn answer_changes(then: Assessed<'_>, now: Assessed<'_>) -> (Vec<AnswerChange>, usize) {
    let (a, b) = (then.assessment, now.assessment);
    let mut answers = Vec::new();
    let mut unchanged_answers = 0;
    for question in &b.questions {
        let (qid, id) = (&question.questionnaire, &question.question);
        let old_value = then.brief.answer(qid, id).map(|a| &a.value);
        let new_value = now.brief.answer(qid, id).map(|a| &a.value);
        if old_value == new_value {
            if new_value.is_some() {
                unchanged_answers += 1;
            }
            continue;
        }
        let old_result = a
            .questions
            .iter()
            .find(|q| &q.questionnaire == qid && &q.question == id);
        answers.push(AnswerChange {
            questionnaire: qid.clone(),
            question: id.clone(),
            text: question.text.clone(),
            then: old_value.cloned(),
            now: new_value.cloned(),
            score: Change::new(question_score(old_result), question_score(Some(question))),
        });
    }
    (answers, unchanged_answers)
}

/// The verdict then and now, and whether it got better.
fn verdict_change(then: Verdict, now: Verdict) -> VerdictChange {
    let trend = verdict_rank(now).cmp(&verdict_rank(then));
    VerdictChange {
        then,
        now,
        trend: match trend {
            std::cmp::Ordering::Greater => Trend::Better,
            std::cmp::Ordering::Equal => Trend::Same,
            std::cmp::Ordering::Less => Trend::Worse,
        },
    }
}

/// Compares an older and a newer assessment of the same client.
pub(crate) fn diff(then: Assessed<'_>, now: Assessed<'_>) -> Result<Diff, Mismatch> {
    check_same_questionnaires(then.brief, now.brief)?;
    let (a, b) = (then.assessment, now.assessment);
    let (answers, unchanged_answers) = answer_changes(then, now);
    Ok(Diff {
        questionnaires: now.brief.questionnaires.clone(),
        score: Change::new(a.score, b.score),
        coverage: Change::new(Some(a.coverage), Some(b.coverage)),
        verdict: verdict_change(a.verdict, b.verdict),
        dimensions: dimension_changes(a, b),
        findings: finding_changes(a, b),
        answers,
        unchanged_answers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceFile;
    use crate::lang::Lang;
    use crate::model::questionnaire::Questionnaire;
    use crate::readiness::{Thresholds, assess};
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

[[question]]
id = "q4"
dimension = "b"
kind = "text"
text = { fr = "notes", en = "notes" }
help = { fr = "h", en = "h" }
"#;

    fn questionnaires() -> Vec<Questionnaire> {
        let (q, diagnostics) =
            validate_questionnaire(&SourceFile::new("t.toml", QUESTIONNAIRE), Lang::En);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let mut other = q.clone().unwrap();
        other.id = "u".into();
        vec![q.unwrap(), other]
    }

    fn brief(text: &str) -> (Brief, Assessment) {
        let q = questionnaires();
        let (brief, diagnostics) = validate_brief(&SourceFile::new("b.toml", text), &q, Lang::En);
        assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
        let brief = brief.unwrap();
        let assessment = assess(&brief, &q, &Thresholds::default());
        (brief, assessment)
    }

    fn run(old: &str, new: &str) -> Result<Diff, Mismatch> {
        let (old_brief, old_assessment) = brief(old);
        let (new_brief, new_assessment) = brief(new);
        diff(
            Assessed {
                brief: &old_brief,
                assessment: &old_assessment,
            },
            Assessed {
                brief: &new_brief,
                assessment: &new_assessment,
            },
        )
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    const OLD: &str = r#"
[answers.t]
q1 = false
q2 = 2
q3 = "y"
"#;

    const NEW: &str = r#"
[answers.t]
q1 = true
q2 = 1
q3 = { value = "y", note = "still y" }
q4 = "notes"
[waivers]
"t.q3" = "accepted"
"#;

    #[test]
    fn scores_verdicts_findings_and_answers() {
        let d = run(OLD, NEW).unwrap();
        assert_eq!(d.questionnaires, ["t"]);
        // Dimension a then: (2×0 + 1×0.5) / 3 = 16.666…%; now: (2×1 + 1×0.25) / 3 = 75%.
        assert_eq!(d.dimensions[0].id, "a");
        assert!(close(d.dimensions[0].score.then, 50.0 / 3.0));
        assert!(close(d.dimensions[0].score.now, 75.0));
        assert!(close(d.dimensions[0].score.delta, 75.0 - 50.0 / 3.0));
        // Dimension b: 3×0.4 / 3 = 40% both times.
        assert!(close(d.dimensions[1].score.delta, 0.0));
        // Overall then: (0.5 + 1.2) / 6 = 28.333…%; now: (2.25 + 1.2) / 6 = 57.5%.
        assert!(close(d.score.then, 170.0 / 6.0));
        assert!(close(d.score.now, 57.5));
        assert!(close(d.score.delta, 57.5 - 170.0 / 6.0));
        assert!(close(d.coverage.then, 1.0));
        assert!(close(d.coverage.delta, 0.0));
        // Then a blocker (q1); now one unwaived warning (q2) and a score under 75.
        assert_eq!(d.verdict.then, Verdict::NotReady);
        assert_eq!(d.verdict.now, Verdict::ReadyWithConditions);
        assert_eq!(d.verdict.trend, Trend::Better);

        let statuses: Vec<(FindingStatus, &str)> = d
            .findings
            .iter()
            .map(|f| (f.status, f.question.as_str()))
            .collect();
        assert_eq!(
            statuses,
            [
                (FindingStatus::Resolved, "q1"),
                (FindingStatus::New, "q2"),
                (FindingStatus::Waived, "q3"),
            ]
        );
        let q1 = &d.findings[0];
        assert_eq!(q1.severity, Severity::Blocker);
        assert_eq!(q1.answer_score, Change::new(Some(0.0), Some(1.0)));
        assert_eq!(d.findings[1].answer_score.delta, Some(-0.25));
        assert_eq!(d.findings[2].waived.as_deref(), Some("accepted"));

        // q1, q2 and q4 changed (notes are not compared: q3 is unchanged).
        let changed: Vec<&str> = d.answers.iter().map(|a| a.question.as_str()).collect();
        assert_eq!(changed, ["q1", "q2", "q4"]);
        assert_eq!(d.answers[0].then, Some(AnswerValue::YesNo(false)));
        assert_eq!(d.answers[0].now, Some(AnswerValue::YesNo(true)));
        assert_eq!(d.answers[1].score, Change::new(Some(0.5), Some(0.25)));
        assert_eq!(d.answers[2].then, None);
        assert_eq!(d.answers[2].score, Change::new(None, None));
        assert_eq!(d.unchanged_answers, 1);
    }

    #[test]
    fn missing_answers_lower_coverage_and_unwaiving_shows() {
        let old = r#"
[answers.t]
q1 = true
q3 = "y"
[waivers]
"t.q3" = "accepted"
"#;
        let new = r#"
[answers.t]
q1 = true
q3 = "y"
q2 = { not-applicable = "no scale here" }
"#;
        let d = run(old, new).unwrap();
        // Then: q2 (w 1) missing, coverage 5 / 6; now not applicable: 5 / 5.
        assert!(close(d.coverage.then, 5.0 / 6.0));
        assert!(close(d.coverage.now, 1.0));
        assert!(close(d.coverage.delta, 1.0 / 6.0));
        // Overall (2×1 + 3×0.4) / 5 = 64% both times.
        assert!(close(d.score.delta, 0.0));
        assert_eq!(d.findings.len(), 1);
        assert_eq!(d.findings[0].status, FindingStatus::Unwaived);
        assert_eq!(d.verdict.trend, Trend::Same);
        assert_eq!(d.answers.len(), 1);
        assert!(matches!(
            d.answers[0].now,
            Some(AnswerValue::NotApplicable { .. })
        ));
        assert_eq!(d.unchanged_answers, 2);
    }

    #[test]
    fn different_questionnaires_do_not_compare() {
        let new = "[project]\nquestionnaires = [\"t\", \"u\"]\n[answers.t]\nq1 = true\n";
        let mismatch = run(OLD, new).unwrap_err();
        assert_eq!(mismatch.then, ["t"]);
        assert_eq!(mismatch.now, ["t", "u"]);
        assert!(mismatch.only_then.is_empty());
        assert_eq!(mismatch.only_now, ["u"]);
        // The same questionnaires in another order still compare.
        let a = "[project]\nquestionnaires = [\"t\", \"u\"]\n";
        let b = "[project]\nquestionnaires = [\"u\", \"t\"]\n";
        let d = run(a, b).unwrap();
        assert_eq!(d.questionnaires, ["u", "t"]);
        assert_eq!(d.score, Change::new(None, None));
    }
}
