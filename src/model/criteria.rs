//! Criteria to rank offers on: weights (already normalised to sum 1), direction,
//! must-have bounds, scales and groups. Plain, valid data: `validate::criteria`
//! builds it.

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
    /// A column of a decision matrix that already holds utilities in [0, 1] from a
    /// fixed scale: more is better and the methods never rescale it between offers.
    /// Never the direction of a criterion.
    Utility,
}

/// How a criterion's values become utilities in [0, 1] (a value function).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Scale {
    /// Rescaled between the offers compared (min-max for the weighted sum, vector
    /// normalisation for TOPSIS): the default.
    #[default]
    Relative,
    /// Linear from `worst` (utility 0) to `best` (utility 1), clamped outside.
    Linear { worst: f64, best: f64 },
    /// Piecewise linear through `(value, utility)` points, values strictly
    /// increasing, utilities in [0, 1]; flat outside the first and last points.
    Points { points: Vec<(f64, f64)> },
    /// Named levels, worst first: offers give a level's name. The lowest level value
    /// is worth 0, the highest 1, linearly in between.
    Levels { levels: Vec<Level> },
    /// The tender price rule: `lowest price / price` (relative: the lowest price
    /// depends on the offers compared).
    LowestPrice,
}

/// A named level of a [`Scale::Levels`] rubric.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Level {
    pub name: String,
    /// The value an offer giving this level gets (its position 0, 1, 2… when the
    /// file lists names only).
    pub value: f64,
}

impl Scale {
    /// Whether utilities depend only on the offer's own value, never on the others.
    pub fn is_fixed(&self) -> bool {
        matches!(
            self,
            Scale::Linear { .. } | Scale::Points { .. } | Scale::Levels { .. }
        )
    }

    /// The kebab-case name of the kind, as JSON writes it.
    pub fn kind(&self) -> &'static str {
        match self {
            Scale::Relative => "relative",
            Scale::Linear { .. } => "linear",
            Scale::Points { .. } => "points",
            Scale::Levels { .. } => "levels",
            Scale::LowestPrice => "lowest-price",
        }
    }

    /// The level named `name`, if this is a rubric that has it.
    pub fn level(&self, name: &str) -> Option<&Level> {
        match self {
            Scale::Levels { levels } => levels.iter().find(|level| level.name == name),
            _ => None,
        }
    }
}

/// A group of criteria (cost, quality of service…): its weight among the groups,
/// and its criteria's weights inside it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    pub id: String,
    pub name: Text,
    /// Normalised: the weights of all groups sum to 1.
    pub weight: f64,
    /// The ids of its criteria, in file order.
    pub criteria: Vec<String>,
    /// Set when the weights inside the group come from AHP comparisons.
    pub ahp: Option<AhpResult>,
}

/// The groups of a criteria file that has `[[group]]` entries.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Groups {
    /// In file order; every criterion belongs to exactly one.
    pub list: Vec<Group>,
    /// Set when the group weights come from AHP comparisons.
    pub ahp: Option<AhpResult>,
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
    /// How values become utilities [default: relative].
    pub scale: Scale,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Criteria {
    /// In file order.
    pub criteria: Vec<Criterion>,
    /// The file's `method`, if any (the command line wins over it).
    pub method: Option<Method>,
    /// Set when the weights come from AHP pairwise comparisons (without groups).
    pub ahp: Option<AhpResult>,
    /// `[[group]]` entries; `None` for a flat list of criteria.
    pub groups: Option<Groups>,
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

    /// Every AHP result of the file: the criteria's, or the groups' and those
    /// inside each group.
    pub fn ahp_results(&self) -> Vec<&AhpResult> {
        let groups = self.groups.iter().flat_map(|groups| {
            groups
                .ahp
                .iter()
                .chain(groups.list.iter().filter_map(|group| group.ahp.as_ref()))
        });
        self.ahp.iter().chain(groups).collect()
    }

    /// The group of criterion `id`, when the file has groups.
    pub fn group_of(&self, id: &str) -> Option<&Group> {
        self.groups
            .as_ref()?
            .list
            .iter()
            .find(|group| group.criteria.iter().any(|c| c == id))
    }
}

/// Scales positive weights to sum 1 (any scale in, shares out).
pub(crate) fn normalise_weights(raw: &[f64]) -> Vec<f64> {
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
