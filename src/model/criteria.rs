//! Criteria to rank offers on: weights (already normalised to sum 1), direction,
//! must-have bounds. Plain, valid data: `validate::criteria` builds it.

use serde::Serialize;

use crate::lang::Text;
use crate::model::ahp::AhpResult;
use crate::ranking::method::Method;

/// Whether more is better (`benefit`) or less is better (`cost`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Benefit,
    Cost,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Criterion {
    /// Stable id, used as the key of offers' scores.
    pub id: String,
    pub name: Text,
    /// Normalised weight: the weights of all criteria sum to 1.
    pub weight: f64,
    pub direction: Direction,
    /// Must-have lower bound: an offer with a smaller value is excluded.
    pub min: Option<f64>,
    /// Must-have upper bound: an offer with a larger value is excluded.
    pub max: Option<f64>,
    /// An offer without a value on this criterion is excluded.
    pub required: bool,
    /// The criterion is a price (explicit `price = true`, or a cost criterion whose
    /// id or name looks like a price); used for the "never choose on price alone" warning.
    pub price: bool,
    /// The unit, e.g. "€ per handled contact".
    pub unit: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Criteria {
    /// In file order.
    pub criteria: Vec<Criterion>,
    /// The file's `method`, if any (the command line wins over it).
    pub method: Option<Method>,
    /// Set when the weights come from AHP pairwise comparisons.
    pub ahp: Option<AhpResult>,
}

impl Criteria {
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|criterion| criterion.id == id)
    }

    pub fn weights(&self) -> Vec<f64> {
        self.criteria
            .iter()
            .map(|criterion| criterion.weight)
            .collect()
    }
}

/// Scales positive weights to sum 1 (any scale in, shares out).
pub fn normalise_weights(raw: &[f64]) -> Vec<f64> {
    let total: f64 = raw.iter().sum();
    let largest = raw.iter().copied().fold(0.0, f64::max);
    if total > 0.0 && total.is_finite() {
        raw.iter().map(|w| w / total).collect()
    } else if largest > 0.0 && largest.is_finite() {
        // The sum overflowed: scale by the largest weight first.
        let total: f64 = raw.iter().map(|w| w / largest).sum();
        raw.iter().map(|w| w / largest / total).collect()
    } else {
        vec![1.0 / raw.len().max(1) as f64; raw.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_on_any_scale() {
        assert_eq!(normalise_weights(&[3.0, 1.0]), [0.75, 0.25]);
        assert_eq!(normalise_weights(&[f64::MAX, f64::MAX]), [0.5, 0.5]);
    }
}
