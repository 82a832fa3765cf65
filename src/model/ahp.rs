//! The outcome of AHP pairwise comparisons, as the criteria keep it: weights,
//! consistency and the judgements that disagree most. `ranking::ahp` computes it.

use serde::Serialize;

/// `CR` above this is a warning (Saaty's 10 % rule).
pub(crate) const CR_THRESHOLD: f64 = 0.10;

/// A judgement that disagrees with the derived weights.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Disagreement {
    pub a: String,
    pub b: String,
    /// What the file says: `a` is `given` times as important as `b`.
    pub given: f64,
    /// What the weights imply: `w_a / w_b`.
    pub implied: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AhpResult {
    /// Weights in criteria order, summing to 1.
    pub weights: Vec<f64>,
    pub lambda_max: f64,
    pub ci: f64,
    /// The random index used (0 for n <= 2).
    pub ri: f64,
    pub cr: f64,
    /// Which random index table RI comes from.
    pub ri_table: &'static str,
    pub iterations: usize,
    /// The judgements that disagree most with the weights (largest |ln(given / implied)|
    /// first, at most three, only those off by more than 1 %).
    pub disagreements: Vec<Disagreement>,
    /// With judgements by several evaluators (`by`), each evaluator's own
    /// weights and consistency ratio, in name order; the fields above are then
    /// the aggregate's (element-wise geometric mean).
    pub evaluators: Vec<EvaluatorAhp>,
}

/// One evaluator's AHP weights and consistency ratio, from their judgements alone.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EvaluatorAhp {
    pub name: String,
    /// In criteria order, summing to 1.
    pub weights: Vec<f64>,
    pub cr: f64,
}

impl AhpResult {
    /// `CR <= 0.10`.
    pub fn is_consistent(&self) -> bool {
        self.cr <= CR_THRESHOLD
    }
}
