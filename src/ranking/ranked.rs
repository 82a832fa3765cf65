//! What a ranking was computed on and what it gives each offer: plain data.

use serde::Serialize;

use super::smaa::Cell;
use crate::lang::Text;
use crate::model::criteria::{Direction, Scale};

/// What a ranking was computed on: a criterion with its normalised weight.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RankedCriterion {
    pub id: String,
    pub name: Text,
    pub weight: f64,
    pub direction: Direction,
    pub price: bool,
    pub unit: Option<Text>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub required: bool,
    /// Whether the criterion has a fixed scale (its utilities do not depend on the
    /// offers compared); `false`: relative.
    pub fixed: bool,
    pub scale: Scale,
    /// The criterion's group, when the file has groups.
    pub group: Option<String>,
    /// The weight inside its group (`weight` = group weight x local weight); the
    /// weight itself without groups.
    pub local_weight: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RankedOffer {
    /// 1-based; tied offers share it and the next rank skips.
    pub rank: usize,
    pub provider: String,
    /// In [0, 1], never NaN.
    pub score: f64,
    /// True when another offer has the same score (within [`TIE_TOLERANCE`](super::scorer::TIE_TOLERANCE)).
    pub tied: bool,
    /// Per criterion, in criteria order, higher is better: `w_j * n_ij` for the
    /// weighted sum (they add up to the score); for TOPSIS the weighted gap to the
    /// anti-ideal value `w_j * |r_ij - anti_j|` (they do not add up to the closeness).
    pub contributions: Vec<f64>,
    /// Per criterion, in criteria order, the normalised value the contribution is
    /// the weight times: min-max in [0, 1] for the weighted sum; for TOPSIS the gap
    /// to the anti-ideal `|r_ij - anti_j|` of the vector-normalised value.
    pub normalised: Vec<f64>,
    /// The values used, in criteria order (after the missing-value policy).
    pub values: Vec<f64>,
    /// Criterion ids where the offer gave no value: it got the worst one, except on
    /// a relative criterion that no ranked offer answered (all count alike there).
    pub missing: Vec<String>,
    /// One score per group in group order (empty without groups): the method's
    /// score on the group's criteria alone, with their weights inside the group.
    pub group_scores: Vec<f64>,
    /// `(criterion id, note)` for the scores given with a note, in criteria order.
    pub notes: Vec<(String, String)>,
    pub source: String,
    /// Per criterion, in criteria order, the offer's value as the Monte Carlo
    /// draws it, before any scale: exact (the value used), an interval, or the
    /// evaluators' values (see [`crate::ranking::sensitivity`]).
    #[serde(skip)]
    pub uncertain: Vec<Cell>,
}
