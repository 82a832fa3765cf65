//! The verdict: where its lines are drawn, and why a brief is not ready.

use serde::Serialize;

use crate::i18n::number;
use crate::lang::Lang;

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

    pub fn label(self, lang: Lang) -> String {
        crate::tr!(lang, &format!("verdict-{}", self.name()))
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
        match *self {
            Reason::Blockers { count } => crate::tr!(lang, "reason-blockers", count = count),
            Reason::Warnings { count } => crate::tr!(lang, "reason-warnings", count = count),
            Reason::ScoreBelow { score, threshold } => crate::tr!(
                lang,
                "reason-score-below",
                score = number::decimal(score, 1, lang),
                threshold = number::trimmed(threshold, 2, lang)
            ),
            Reason::CoverageBelow {
                coverage,
                threshold,
            } => crate::tr!(
                lang,
                "reason-coverage-below",
                coverage = number::decimal(coverage * 100.0, 0, lang),
                threshold = number::decimal(threshold * 100.0, 0, lang)
            ),
            Reason::NothingAnswered => crate::tr!(lang, "reason-nothing-answered"),
        }
    }
}

/// Not ready: an unwaived blocker, nothing answered, score or coverage under the
/// minimum. Ready with conditions: an unwaived warning, score or coverage under
/// the "ready" line. Ready otherwise. `score` and `coverage` are the brief's
/// overall score (0..100, `None` when nothing is answered) and coverage (0..1);
/// `blockers` and `warnings` count its unwaived findings of each severity.
pub(super) fn verdict(
    score: Option<f64>,
    coverage: f64,
    blockers: usize,
    warnings: usize,
    t: &Thresholds,
) -> (Verdict, Vec<Reason>) {
    let mut blocking = Vec::new();
    let mut conditions = Vec::new();
    if blockers > 0 {
        blocking.push(Reason::Blockers { count: blockers });
    }
    match score {
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
    if coverage < t.min_coverage {
        blocking.push(Reason::CoverageBelow {
            coverage,
            threshold: t.min_coverage,
        });
    } else if coverage < t.ready_coverage {
        conditions.push(Reason::CoverageBelow {
            coverage,
            threshold: t.ready_coverage,
        });
    }
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
