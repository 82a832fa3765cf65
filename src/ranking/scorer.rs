//! The decision matrix, the scoring of its rows by a method, and the ordering of
//! scores with ties: the weight-dependent core that the ranking and the Monte Carlo
//! share.

use super::method::Method;
use super::topsis::Topsis;
use super::weighted_sum;
use crate::model::criteria::Direction;

/// Relative tolerance under which two scores tie.
pub(super) const TIE_TOLERANCE: f64 = 1e-9;

/// The ranked offers' values after the missing-value policy: what the scores and the
/// sensitivity analysis are computed on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DecisionMatrix {
    /// Row-major, one row per ranked offer in input order, one column per criterion.
    pub values: Vec<f64>,
    pub rows: usize,
    pub directions: Vec<Direction>,
    /// Offer names, in row order.
    pub names: Vec<String>,
}

/// The weight-independent part of a method, computed once per decision matrix.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Scorer {
    WeightedSum { normalised: Vec<f64> },
    Topsis(Topsis),
}

impl Scorer {
    pub(crate) fn new(matrix: &DecisionMatrix, method: Method) -> Self {
        match method {
            Method::WeightedSum => Scorer::WeightedSum {
                normalised: weighted_sum::normalise(&matrix.values, &matrix.directions),
            },
            Method::Topsis => Scorer::Topsis(Topsis::new(&matrix.values, &matrix.directions)),
        }
    }

    /// One score per row into `out`, without allocating.
    pub(crate) fn scores(&self, weights: &[f64], out: &mut [f64]) {
        match self {
            Scorer::WeightedSum { normalised } => weighted_sum::scores(normalised, weights, out),
            Scorer::Topsis(topsis) => topsis.scores(weights, out),
        }
    }

    /// Per-criterion contributions of `row`, higher is better: `w_j * n_ij` for the
    /// weighted sum (they add up to the score); for TOPSIS `w_j * |r_ij - anti_j|`, the
    /// weighted gap to the anti-ideal value (`d-` is the Euclidean norm of the row).
    pub(crate) fn contributions(&self, row: usize, weights: &[f64]) -> Vec<f64> {
        let n = weights.len();
        match self {
            Scorer::WeightedSum { normalised } => normalised[row * n..(row + 1) * n]
                .iter()
                .zip(weights)
                .map(|(x, w)| x * w)
                .collect(),
            Scorer::Topsis(topsis) => topsis
                .gaps_to_anti_ideal(row)
                .iter()
                .zip(weights)
                .map(|(gap, w)| gap * w)
                .collect(),
        }
    }
}

/// Two scores tie when they differ by at most [`TIE_TOLERANCE`] relative to the larger.
pub(crate) fn same_score(a: f64, b: f64) -> bool {
    (a - b).abs() <= TIE_TOLERANCE * a.abs().max(b.abs())
}

/// Ranks row indices by score: best first, ties in name order. Returns
/// `(row, rank, tied)` triples.
pub(super) fn order(scores: &[f64], names: &[String]) -> Vec<(usize, usize, bool)> {
    let mut rows: Vec<usize> = (0..scores.len()).collect();
    rows.sort_by(|&a, &b| {
        scores[b]
            .total_cmp(&scores[a])
            .then_with(|| names[a].cmp(&names[b]))
    });
    // Group runs whose scores are the same as the run's first score.
    let mut out: Vec<(usize, usize, bool)> = Vec::with_capacity(rows.len());
    let mut start = 0;
    while start < rows.len() {
        let mut end = start + 1;
        while end < rows.len() && same_score(scores[rows[start]], scores[rows[end]]) {
            end += 1;
        }
        let tied = end - start > 1;
        // Within a tie, name order (the scores may differ in their last bits).
        rows[start..end].sort_by(|&a, &b| names[a].cmp(&names[b]));
        for &row in &rows[start..end] {
            out.push((row, start + 1, tied));
        }
        start = end;
    }
    out
}
