//! How robust a ranking is to its weights.
//!
//! (a) Thresholds: for each criterion, the smallest change of its weight (the other
//! weights rescaled proportionally so they still sum to 1) that changes the winner,
//! and who wins then. The winner changes when another offer scores strictly higher
//! (beyond the tie tolerance); a mere tie is not a change. The weight is scanned from its value up to 1 and down to 0 on a
//! grid of 1/1000, then the first change is refined by bisection to 1e-9. With the
//! weighted sum every score is linear in the weight, so the region where the winner
//! stays the same is one interval and the scan finds its edges exactly.
//!
//! The same thresholds are found for each group of criteria: the group's weight
//! moves (its criteria keep their weights inside it) and the other groups are
//! rescaled proportionally ("how much must the weight of cost change to change the
//! winner?").
//!
//! (b) Monte Carlo: SMAA-2 ([`smaa::analyse`]) with the chosen [`WeightModel`](smaa::WeightModel): the
//! rank acceptability matrix, central rank intervals, central weights and confidence
//! factors, from one Monte Carlo run. Today's summary per offer (first-place share,
//! best and worst rank) is read off that result ([`Smaa::spread`](smaa::Smaa::spread)).

mod types;

pub(crate) use self::types::{GroupThreshold, Sensitivity, Threshold, WeightChange};

use super::smaa::{self, Cell, Smaa, SmaaError, SmaaOptions, UncertainMatrix};
use super::{Ranking, Scorer, same_score};
use crate::model::criteria::{Direction, Scale};

/// Grid step of the threshold scan.
const SCAN_STEP: f64 = 1e-3;
/// Width at which the bisection stops.
const BISECTION_WIDTH: f64 = 1e-9;

impl Ranking {
    /// Adds the sensitivity analysis (see [`analyse`]).
    ///
    /// # Errors
    /// When SMAA rejects the options (see [`SmaaError`]).
    pub fn with_sensitivity(mut self, options: &SmaaOptions) -> Result<Self, SmaaError> {
        self.sensitivity = Some(analyse(&self, options)?);
        Ok(self)
    }
}

/// Runs both analyses on a ranking.
///
/// # Errors
/// When SMAA rejects its inputs (a spread outside [0, 1], weights that do not match
/// the criteria): see [`SmaaError`].
pub(crate) fn analyse(ranking: &Ranking, options: &SmaaOptions) -> Result<Sensitivity, SmaaError> {
    let scorer = Scorer::new(&ranking.matrix, ranking.method);
    let weights = ranking.weights();
    let names = &ranking.matrix.names;
    let mut scores = vec![0.0; ranking.matrix.rows];
    let base = winner(&scorer, &weights, names, &mut scores);

    let mut both_ways = |members: &[bool]| {
        let share: f64 = weights
            .iter()
            .zip(members)
            .filter(|(_, m)| **m)
            .map(|(w, _)| w)
            .sum();
        let others = members.iter().any(|m| !m);
        let (increase, decrease) = match base {
            Some(base) if others && share < 1.0 => {
                let block = Block {
                    weights: &weights,
                    members,
                    share,
                };
                (
                    search(&scorer, &block, 1.0, base, names, &mut scores),
                    search(&scorer, &block, 0.0, base, names, &mut scores),
                )
            }
            _ => (None, None),
        };
        (share, increase, decrease)
    };
    let thresholds = ranking
        .criteria
        .iter()
        .enumerate()
        .map(|(k, criterion)| {
            let members: Vec<bool> = (0..weights.len()).map(|j| j == k).collect();
            let (weight, increase, decrease) = both_ways(&members);
            Threshold {
                criterion: criterion.id.clone(),
                weight,
                increase,
                decrease,
            }
        })
        .collect();
    let groups = ranking.groups.as_ref().map_or_else(Vec::new, |groups| {
        groups
            .list
            .iter()
            .map(|group| {
                let members: Vec<bool> = ranking
                    .criteria
                    .iter()
                    .map(|c| c.group.as_deref() == Some(group.id.as_str()))
                    .collect();
                let (weight, increase, decrease) = both_ways(&members);
                GroupThreshold {
                    group: group.id.clone(),
                    weight,
                    increase,
                    decrease,
                }
            })
            .collect()
    });

    let smaa = acceptability(ranking, &weights, options)?;
    let spread = smaa.as_ref().map_or_else(Vec::new, |smaa| {
        smaa.spread(ranking.ranking.iter().map(|offer| offer.provider.as_str()))
    });

    Ok(Sensitivity {
        winner: base.map(|row| names[row].clone()),
        thresholds,
        groups,
        samples: options.samples,
        seed: options.seed,
        model: options.model,
        distribution: options.model.describe(crate::lang::Lang::En),
        spread,
        smaa,
    })
}

/// The SMAA rank acceptability of the ranked offers, listed in ranking order as
/// every output lists them; `None` without samples or offers.
fn acceptability(
    ranking: &Ranking,
    weights: &[f64],
    options: &SmaaOptions,
) -> Result<Option<Smaa>, SmaaError> {
    if options.samples == 0 || ranking.matrix.rows == 0 {
        return Ok(None);
    }
    let values = uncertain_matrix(ranking);
    let mut result = smaa::analyse(&values, weights, ranking.method, options)?;
    let position = |name: &str| {
        ranking
            .ranking
            .iter()
            .position(|offer| offer.provider == name)
            .unwrap_or(usize::MAX)
    };
    result
        .offers
        .sort_by_cached_key(|offer| position(&offer.provider));
    Ok(Some(result))
}

/// The ranking's matrix with its uncertain values: an interval is drawn uniformly,
/// several evaluators' values by drawing one evaluator per sample. On a fixed scale
/// the drawn value is turned into its utility at each draw; on `lowest-price` the
/// prices are drawn and the tender rule `lowest / price` applied to each draw. A
/// missing value stays the worst (as in the ranking, from the midpoints). A
/// relative column whose answers all agree (scored as utilities 1 and 0) stays
/// exact. Without intervals or evaluators this is the ranking's matrix.
fn uncertain_matrix(ranking: &Ranking) -> UncertainMatrix {
    let matrix = &ranking.matrix;
    let n = matrix.directions.len();
    let mut values = UncertainMatrix::exact(matrix);
    let by_name: std::collections::HashMap<&str, &super::RankedOffer> = ranking
        .ranking
        .iter()
        .map(|offer| (offer.provider.as_str(), offer))
        .collect();
    // In the matrix's row order.
    let Some(rows) = matrix
        .names
        .iter()
        .map(|name| by_name.get(name.as_str()).copied())
        .collect::<Option<Vec<_>>>()
    else {
        return values;
    };
    for (j, criterion) in ranking.criteria.iter().enumerate().take(n) {
        let raw = |i: usize| rows[i].uncertain.get(j).cloned();
        if (0..rows.len()).all(|i| raw(i).is_none_or(|cell| cell.is_exact())) {
            continue;
        }
        for (i, offer) in rows.iter().enumerate() {
            let Some(cell) = raw(i) else { continue };
            let slot = &mut values.cells[i * n + j];
            match (matrix.directions[j], &criterion.scale) {
                (Direction::Utility, Scale::LowestPrice) => {
                    *slot = if offer.missing.contains(&criterion.id) {
                        Cell::Exact {
                            value: f64::INFINITY,
                        }
                    } else {
                        cell
                    };
                }
                _ if cell.is_exact() => {}
                (Direction::Benefit | Direction::Cost, _) => *slot = cell,
                (Direction::Utility, scale) if scale.is_fixed() => {
                    *slot = Cell::Scaled {
                        cell: Box::new(cell),
                        scale: scale.clone(),
                    };
                }
                (Direction::Utility, _) => {}
            }
        }
        if matrix.directions[j] == Direction::Utility && criterion.scale == Scale::LowestPrice {
            values.price_columns.push(j);
        }
    }
    values
}

/// Scores `weights` into `scores` and returns the winning row: the highest score,
/// ties broken by name.
fn winner(scorer: &Scorer, weights: &[f64], names: &[String], scores: &mut [f64]) -> Option<usize> {
    scorer.scores(weights, scores);
    let top = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (0..scores.len())
        .filter(|&i| same_score(scores[i], top))
        .min_by(|&a, &b| names[a].cmp(&names[b]))
}

/// Whether `row` still shares the first place in `scores`: a tie is not a change.
fn leads(scores: &[f64], row: usize) -> bool {
    let top = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    same_score(scores[row], top)
}

/// The weights a threshold search moves: the criteria in `members` together (their
/// total `share`), the others rescaled so that all still sum to 1.
struct Block<'a> {
    weights: &'a [f64],
    members: &'a [bool],
    share: f64,
}

impl Block<'_> {
    /// The weights with the members' total set to `t` (each keeping its share of
    /// the block) and the others rescaled to sum `1 - t`.
    fn reweight(&self, t: f64, out: &mut [f64]) {
        let rest = 1.0 - self.share;
        for ((slot, w), member) in out.iter_mut().zip(self.weights).zip(self.members) {
            *slot = if *member {
                // A lone criterion gets `t` exactly, as before groups existed.
                if *w == self.share {
                    t
                } else if self.share > 0.0 {
                    w * t / self.share
                } else {
                    0.0
                }
            } else if rest > 0.0 {
                w * (1.0 - t) / rest
            } else {
                0.0
            };
        }
    }
}

/// Scans the block's total weight from its value towards `target` (0 or 1) and
/// returns the first weight where the winner is no longer `base`.
fn search(
    scorer: &Scorer,
    block: &Block,
    target: f64,
    base: usize,
    names: &[String],
    scores: &mut [f64],
) -> Option<WeightChange> {
    let start = block.share;
    let mut trial = block.weights.to_vec();
    // Whether `base` still leads at weight `t` (scores left in `scores`).
    let base_leads = |t: f64, trial: &mut Vec<f64>, scores: &mut [f64]| {
        block.reweight(t, trial);
        scorer.scores(trial, scores);
        leads(scores, base)
    };
    let distance = (target - start).abs();
    let steps = (distance / SCAN_STEP).ceil() as usize;
    let mut same = start;
    for step in 1..=steps {
        let t = if step == steps {
            target
        } else {
            start + (target - start) * (step as f64 * SCAN_STEP / distance)
        };
        if !base_leads(t, &mut trial, scores) {
            // Bisection between `same` (base wins) and `t` (another wins).
            let mut other = t;
            while (other - same).abs() > BISECTION_WIDTH {
                let mid = 0.5 * (same + other);
                if base_leads(mid, &mut trial, scores) {
                    same = mid;
                } else {
                    other = mid;
                }
            }
            block.reweight(other, &mut trial);
            let winner = winner(scorer, &trial, names, scores)?;
            return Some(WeightChange {
                new_weight: other,
                change: other - start,
                winner: names[winner].clone(),
            });
        }
        same = t;
    }
    None
}

#[cfg(test)]
mod tests;
