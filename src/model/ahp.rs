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
        is_consistent(self.cr)
    }
}

impl EvaluatorAhp {
    /// This evaluator's own judgements pass Saaty's rule, `CR <= 0.10`, as the
    /// aggregate's must.
    pub fn is_consistent(&self) -> bool {
        is_consistent(self.cr)
    }
}

/// Saaty's rule: a consistency ratio of at most [`CR_THRESHOLD`] is acceptable
/// (Saaty 1980, the random-index rule the aggregate follows too).
pub(crate) fn is_consistent(cr: f64) -> bool {
    cr <= CR_THRESHOLD
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evaluator(cr: f64) -> EvaluatorAhp {
        EvaluatorAhp {
            name: "claire".to_owned(),
            weights: vec![0.5, 0.5],
            cr,
        }
    }

    #[test]
    fn an_evaluator_is_consistent_up_to_the_threshold_included() {
        // CR_THRESHOLD = 0.10: 0.10 passes (<=), 0.1001 does not.
        assert!(evaluator(0.0).is_consistent());
        assert!(evaluator(CR_THRESHOLD).is_consistent());
        assert!(!evaluator(0.1001).is_consistent());
    }
}
