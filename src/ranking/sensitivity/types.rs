//! What the sensitivity analysis finds.

use serde::Serialize;

use crate::ranking::smaa::{OfferSpread, Smaa, WeightModel};

/// A change of one criterion's weight that gives another winner.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeightChange {
    /// The weight at which the winner changes.
    pub new_weight: f64,
    /// `new_weight - weight`.
    pub change: f64,
    /// Who wins just past `new_weight`.
    pub winner: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Threshold {
    pub criterion: String,
    pub weight: f64,
    /// The nearest change raising the weight, `None` when no weight up to 1 changes the winner.
    pub increase: Option<WeightChange>,
    /// The nearest change lowering the weight, `None` when no weight down to 0 changes it.
    pub decrease: Option<WeightChange>,
}

impl Threshold {
    /// The smaller of the two changes, `None` when no weight changes the winner.
    pub fn smallest(&self) -> Option<&WeightChange> {
        nearest(self.increase.as_ref(), self.decrease.as_ref())
    }
}

/// The smaller of two changes (the increase on a tie).
fn nearest<'a>(
    increase: Option<&'a WeightChange>,
    decrease: Option<&'a WeightChange>,
) -> Option<&'a WeightChange> {
    match (increase, decrease) {
        (Some(up), Some(down)) => Some(if up.change.abs() <= down.change.abs() {
            up
        } else {
            down
        }),
        (Some(one), None) | (None, Some(one)) => Some(one),
        (None, None) => None,
    }
}

/// A change of one group's weight (its criteria keep their weights inside it, the
/// other groups are rescaled proportionally) that gives another winner.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupThreshold {
    pub group: String,
    /// The group's weight (the sum of its criteria's weights).
    pub weight: f64,
    /// The nearest change raising the weight, `None` when none up to 1 changes the winner.
    pub increase: Option<WeightChange>,
    /// The nearest change lowering the weight, `None` when none down to 0 changes it.
    pub decrease: Option<WeightChange>,
}

impl GroupThreshold {
    /// The smaller of the two changes, `None` when no weight changes the winner.
    pub fn smallest(&self) -> Option<&WeightChange> {
        nearest(self.increase.as_ref(), self.decrease.as_ref())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sensitivity {
    /// The winner the thresholds are about (ties broken by name).
    pub winner: Option<String>,
    /// One per criterion, in criteria order.
    pub thresholds: Vec<Threshold>,
    /// One per group, in group order; empty without groups.
    pub groups: Vec<GroupThreshold>,
    pub samples: u32,
    pub seed: u64,
    /// How the weights are drawn.
    pub model: WeightModel,
    /// The model in English words (the JSON output carries it).
    pub distribution: String,
    /// One per ranked offer, in ranking order; empty when `samples` is 0.
    pub spread: Vec<OfferSpread>,
    /// The SMAA-2 result, offers in ranking order; `None` when `samples` is 0 or
    /// nothing is ranked.
    pub smaa: Option<Smaa>,
}
