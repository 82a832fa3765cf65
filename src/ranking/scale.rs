//! Scales (value functions): how a criterion's values become the columns the
//! methods score (pure).
//!
//! - A fixed scale (`linear`, `points`, `levels`) turns each value into a utility in
//!   [0, 1] that depends on that value only, so adding or removing an offer never
//!   changes another offer's utility. A missing value counts as the scale's worst.
//! - The tender price rule (`lowest-price`) gives `lowest price / price`: relative
//!   (the lowest price depends on the offers compared) but never min-max rescaled. A
//!   price of 0 or less counts as 1; a missing price counts as 0.
//! - A relative criterion (the default) is left to the method (min-max for the
//!   weighted sum, vector normalisation for TOPSIS). When some offers gave no value
//!   on it, the column becomes utilities: the answers min-max between themselves
//!   (all 1 when they agree), the missing values 0. A missing value is the worst
//!   possible, never as good as an answer, and raising an answer never lowers its
//!   offer (a rule that switched on whether the answers agree broke that).
//!
//! Utility columns are marked [`Direction::Utility`]: the weighted sum takes them as
//! they are, TOPSIS takes them as they are with a fixed ideal 1 and anti-ideal 0.

use crate::model::criteria::{Criterion, Direction, Scale};

/// One criterion's column of the decision matrix.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Column {
    /// What the method scores: raw values, or utilities when `direction` is `Utility`.
    pub scored: Vec<f64>,
    /// The values the offers count with (a missing value replaced by the worst
    /// value given, or the scale's worst), for display.
    pub values: Vec<f64>,
    pub direction: Direction,
}

impl Scale {
    /// The utility of `x` on a fixed scale, in [0, 1]; `None` for a relative one.
    pub fn utility(&self, x: f64) -> Option<f64> {
        let u = match self {
            Scale::Relative | Scale::LowestPrice => return None,
            Scale::Linear { worst, best } => between(x, *worst, *best),
            Scale::Points { points } => through(points, x),
            Scale::Levels { levels } => {
                let (lo, hi) = levels
                    .iter()
                    .fold((f64::INFINITY, f64::NEG_INFINITY), |acc, l| {
                        (acc.0.min(l.value), acc.1.max(l.value))
                    });
                between(x, lo, hi)
            }
        };
        // `+ 0.0` turns a negative zero (worst - worst on a decreasing scale) into 0.
        Some(u.clamp(0.0, 1.0) + 0.0)
    }

    /// The value a missing answer counts as on a fixed scale (its worst): `worst`,
    /// the point with the lowest utility, the lowest level.
    pub fn worst_value(&self) -> Option<f64> {
        match self {
            Scale::Relative | Scale::LowestPrice => None,
            Scale::Linear { worst, .. } => Some(*worst),
            Scale::Points { points } => points
                .iter()
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map(|p| p.0),
            Scale::Levels { levels } => levels.iter().map(|l| l.value).reduce(f64::min),
        }
    }
}

/// `(x - from) / (to - from)` clamped to [0, 1], halving first so that the
/// differences stay finite near `f64::MAX`; 1 when `from == to`.
fn between(x: f64, from: f64, to: f64) -> f64 {
    let span = to / 2.0 - from / 2.0;
    if span == 0.0 {
        return 1.0;
    }
    ((x / 2.0 - from / 2.0) / span).clamp(0.0, 1.0)
}

/// Piecewise linear interpolation through `points` (values increasing), flat
/// outside them.
fn through(points: &[(f64, f64)], x: f64) -> f64 {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return 0.0;
    };
    if x <= first.0 {
        return first.1;
    }
    if x >= last.0 {
        return last.1;
    }
    points
        .windows(2)
        .find(|pair| x <= pair[1].0)
        .map_or(last.1, |pair| {
            let (a, b) = (pair[0], pair[1]);
            a.1 + (b.1 - a.1) * between(x, a.0, b.0)
        })
}

/// The column of `criterion` for the offers' values (`None`: not given).
pub(crate) fn column(criterion: &Criterion, given: &[Option<f64>]) -> Column {
    let answered = given.iter().flatten().copied();
    let worst_given = match criterion.direction {
        Direction::Cost => answered.clone().reduce(f64::max),
        _ => answered.clone().reduce(f64::min),
    };
    let scale = &criterion.scale;
    if scale.is_fixed() {
        let worst = scale.worst_value().unwrap_or(0.0);
        let values: Vec<f64> = given.iter().map(|x| x.unwrap_or(worst)).collect();
        let scored = values
            .iter()
            .map(|x| scale.utility(*x).unwrap_or(0.0))
            .collect();
        return Column {
            scored,
            values,
            direction: Direction::Utility,
        };
    }
    let values: Vec<f64> = given
        .iter()
        .map(|x| x.or(worst_given).unwrap_or(0.0))
        .collect();
    if *scale == Scale::LowestPrice {
        let lowest = answered.reduce(f64::min).unwrap_or(0.0).max(0.0);
        let scored = given
            .iter()
            .map(|x| match x {
                Some(x) if *x <= 0.0 => 1.0,
                Some(x) => (lowest / x).clamp(0.0, 1.0),
                None => 0.0,
            })
            .collect();
        return Column {
            scored,
            values,
            direction: Direction::Utility,
        };
    }
    let best_given = match criterion.direction {
        Direction::Cost => answered.reduce(f64::min),
        _ => answered.reduce(f64::max),
    };
    // Every offer answered, or none did: the method rescales the column as it is.
    if given.iter().all(Option::is_some) || worst_given.is_none() {
        return Column {
            scored: values.clone(),
            values,
            direction: criterion.direction,
        };
    }
    // Some offers gave no value: utilities, the answers min-max between themselves
    // (all 1 when they agree), a missing value 0, so a missing value is never worth
    // more than an answer, and raising an answer never lowers its offer (the rule
    // is the same whether the answers agree or differ; for the weighted sum it is
    // the min-max of the answers with the missing ones at the worst answer).
    let (worst, best) = (worst_given.unwrap_or(0.0), best_given.unwrap_or(0.0));
    let scored = given
        .iter()
        .map(|x| x.map_or(0.0, |x| between(x, worst, best)))
        .collect();
    Column {
        scored,
        values,
        direction: Direction::Utility,
    }
}

#[cfg(test)]
#[path = "scale_tests.rs"]
mod tests;
