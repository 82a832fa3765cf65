//! Ranking offers against weighted criteria (pure): must-have exclusions, the
//! missing-value policy, scoring by weighted sum or TOPSIS, ties and warnings.
//!
//! Missing-value policy: an offer without a value on a `required` criterion is
//! excluded, with the reason. On any other criterion the missing value counts as the
//! worst value among the ranked offers that have one (the minimum for a benefit, the
//! maximum for a cost); the offer lists it under `missing`, and a warning says so.
//! (When all the offers that give a value give the same one, the missing value is
//! that one too and the criterion does not discriminate. When no ranked offer gives a
//! value, the column is 0 for all and a `no-values` warning says it is ignored.)
//! Must-have bounds (`min`, `max`) are checked on the values given only; use
//! `required = true` to exclude offers that give none.
//!
//! Ties: scores equal within a relative 1e-9 share a rank, the next rank skips
//! (1, 1, 3), and each tied offer is flagged. Offers with the same score are listed
//! in name order so the output is deterministic.

pub mod ahp;
pub mod exclusion;
pub mod input;
pub mod method;
pub mod sensitivity;
pub mod smaa;
pub mod topsis;
pub mod warning;
pub mod weighted_sum;

use serde::Serialize;

use crate::lang::Text;
use crate::model::criteria::{Criteria, Direction};
use crate::model::offer::Offer;
use crate::ranking::method::Method;
use crate::tr;

use self::ahp::AhpResult;
use self::sensitivity::Sensitivity;
use self::topsis::Topsis;

pub use self::exclusion::{ExcludedOffer, ExclusionCode, Reason};
pub use self::warning::{Warning, WarningCode};

/// Relative tolerance under which two scores tie.
pub const TIE_TOLERANCE: f64 = 1e-9;
/// Share of the total weight above which price-like criteria draw a warning.
pub const PRICE_SHARE_LIMIT: f64 = 0.5;
/// More criteria than this draw a warning (a person cannot weigh them sensibly).
pub const MAX_CRITERIA_ADVISED: usize = 12;

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
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RankedOffer {
    /// 1-based; tied offers share it and the next rank skips.
    pub rank: usize,
    pub provider: String,
    /// In [0, 1], never NaN.
    pub score: f64,
    /// True when another offer has the same score (within [`TIE_TOLERANCE`]).
    pub tied: bool,
    /// Per criterion, in criteria order, higher is better: `w_j * n_ij` for the
    /// weighted sum (they add up to the score); for TOPSIS the weighted gap to the
    /// anti-ideal value `w_j * |r_ij - anti_j|` (they do not add up to the closeness).
    pub contributions: Vec<f64>,
    /// The values used, in criteria order (after the missing-value policy).
    pub values: Vec<f64>,
    /// Criterion ids where the offer gave no value and got the worst one.
    pub missing: Vec<String>,
    /// `(criterion id, note)` for the scores given with a note, in criteria order.
    pub notes: Vec<(String, String)>,
    pub source: String,
}

macro_rules! code_traits {
    ($name:ident) => {
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}

code_traits!(ExclusionCode);
code_traits!(WarningCode);

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
pub enum Scorer {
    WeightedSum { normalised: Vec<f64> },
    Topsis(Topsis),
}

impl Scorer {
    pub fn new(matrix: &DecisionMatrix, method: Method) -> Self {
        match method {
            Method::WeightedSum => Scorer::WeightedSum {
                normalised: weighted_sum::normalise(&matrix.values, &matrix.directions),
            },
            Method::Topsis => Scorer::Topsis(Topsis::new(&matrix.values, &matrix.directions)),
        }
    }

    /// One score per row into `out`, without allocating.
    pub fn scores(&self, weights: &[f64], out: &mut [f64]) {
        match self {
            Scorer::WeightedSum { normalised } => weighted_sum::scores(normalised, weights, out),
            Scorer::Topsis(topsis) => topsis.scores(weights, out),
        }
    }

    /// Per-criterion contributions of `row`, higher is better: `w_j * n_ij` for the
    /// weighted sum (they add up to the score); for TOPSIS `w_j * |r_ij - anti_j|`, the
    /// weighted gap to the anti-ideal value (`d-` is the Euclidean norm of the row).
    pub fn contributions(&self, row: usize, weights: &[f64]) -> Vec<f64> {
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

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranking {
    pub method: Method,
    pub criteria: Vec<RankedCriterion>,
    /// Best first.
    pub ranking: Vec<RankedOffer>,
    pub excluded: Vec<ExcludedOffer>,
    pub warnings: Vec<Warning>,
    pub ahp: Option<AhpResult>,
    pub sensitivity: Option<Sensitivity>,
    #[serde(skip)]
    pub matrix: DecisionMatrix,
}

/// Why the first offer is ahead of the second: the criteria with the largest gaps in
/// contribution (for the weighted sum they add up to the margin).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lead {
    pub winner: String,
    pub runner_up: String,
    /// Score of the winner minus score of the runner-up.
    pub margin: f64,
    /// Up to three criteria where the winner gains most, largest first.
    pub gains: Vec<(String, f64)>,
    /// Up to three criteria where the winner loses most, largest loss first.
    pub losses: Vec<(String, f64)>,
}

impl Ranking {
    /// The first offer's lead over the second, when there are two.
    pub fn lead(&self) -> Option<Lead> {
        let [winner, runner_up, ..] = self.ranking.as_slice() else {
            return None;
        };
        let mut gaps: Vec<(String, f64)> = self
            .criteria
            .iter()
            .zip(winner.contributions.iter().zip(&runner_up.contributions))
            .map(|(criterion, (a, b))| (criterion.id.clone(), a - b))
            .collect();
        gaps.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        let gains = gaps
            .iter()
            .filter(|g| g.1 > 1e-12)
            .take(3)
            .cloned()
            .collect();
        let losses = gaps
            .iter()
            .rev()
            .filter(|g| g.1 < -1e-12)
            .take(3)
            .cloned()
            .collect();
        Some(Lead {
            winner: winner.provider.clone(),
            runner_up: runner_up.provider.clone(),
            margin: winner.score - runner_up.score,
            gains,
            losses,
        })
    }

    pub fn weights(&self) -> Vec<f64> {
        self.criteria
            .iter()
            .map(|criterion| criterion.weight)
            .collect()
    }

    /// The offer ranked first (ties broken by name), if any.
    pub fn winner(&self) -> Option<&RankedOffer> {
        self.ranking.first()
    }

    /// Adds the sensitivity analysis (see [`sensitivity`]).
    ///
    /// # Errors
    /// When SMAA rejects the options (see [`smaa::SmaaError`]).
    pub fn with_sensitivity(
        mut self,
        options: &smaa::SmaaOptions,
    ) -> Result<Self, smaa::SmaaError> {
        self.sensitivity = Some(sensitivity::analyse(&self, options)?);
        Ok(self)
    }
}

/// Two scores tie when they differ by at most [`TIE_TOLERANCE`] relative to the larger.
pub fn same_score(a: f64, b: f64) -> bool {
    (a - b).abs() <= TIE_TOLERANCE * a.abs().max(b.abs())
}

/// Ranks row indices by score: best first, ties in name order. Returns
/// `(row, rank, tied)` triples.
pub fn order(scores: &[f64], names: &[String]) -> Vec<(usize, usize, bool)> {
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

/// Ranks `offers` on `criteria` with `method`.
pub fn rank_offers(criteria: &Criteria, offers: &[Offer], method: Method) -> Ranking {
    let n = criteria.criteria.len();
    let mut warnings = Vec::new();
    let mut excluded = Vec::new();
    let mut kept: Vec<&Offer> = Vec::new();

    for offer in offers {
        let reasons = exclusion::exclusion_reasons(criteria, offer);
        if reasons.is_empty() {
            kept.push(offer);
        } else {
            excluded.push(ExcludedOffer {
                provider: offer.name.clone(),
                reasons,
                source: offer.source.clone(),
            });
        }
    }

    // The missing-value policy: the worst value among the kept offers that have one.
    let mut values = vec![0.0; kept.len() * n];
    let mut missing: Vec<Vec<String>> = vec![Vec::new(); kept.len()];
    for (j, criterion) in criteria.criteria.iter().enumerate() {
        let given = kept.iter().filter_map(|offer| offer.value(&criterion.id));
        let worst = match criterion.direction {
            Direction::Benefit => given.fold(None, |acc: Option<f64>, x| {
                Some(acc.map_or(x, |a| a.min(x)))
            }),
            Direction::Cost => given.fold(None, |acc: Option<f64>, x| {
                Some(acc.map_or(x, |a| a.max(x)))
            }),
        };
        if worst.is_none() && !kept.is_empty() {
            warnings.push(Warning {
                code: WarningCode::NoValues,
                message: warning::in_both(|lang| {
                    tr!(
                        lang,
                        "rank-warning-no-values",
                        criterion = criterion.name.get(lang),
                    )
                }),
            });
        }
        for (i, offer) in kept.iter().enumerate() {
            values[i * n + j] = match offer.value(&criterion.id) {
                Some(x) => x,
                None => {
                    if worst.is_some() {
                        missing[i].push(criterion.id.clone());
                    }
                    worst.unwrap_or(0.0)
                }
            };
        }
    }
    for (offer, ids) in kept.iter().zip(&missing) {
        if !ids.is_empty() {
            warnings.push(Warning {
                code: WarningCode::MissingValue,
                message: warning::in_both(|lang| {
                    let names: Vec<String> = ids
                        .iter()
                        .map(|id| warning::criterion_name(criteria, id, lang))
                        .collect();
                    tr!(
                        lang,
                        "rank-warning-missing-value",
                        provider = offer.name.as_str(),
                        criteria = warning::join(&names, lang),
                        count = names.len(),
                    )
                }),
            });
        }
    }

    let matrix = DecisionMatrix {
        values,
        rows: kept.len(),
        directions: criteria.criteria.iter().map(|c| c.direction).collect(),
        names: kept.iter().map(|offer| offer.name.clone()).collect(),
    };
    let weights = criteria.weights();
    let scorer = Scorer::new(&matrix, method);
    let mut scores = vec![0.0; kept.len()];
    scorer.scores(&weights, &mut scores);

    let ranking = order(&scores, &matrix.names)
        .into_iter()
        .map(|(row, rank, tied)| RankedOffer {
            rank,
            provider: kept[row].name.clone(),
            score: scores[row],
            tied,
            contributions: scorer.contributions(row, &weights),
            values: matrix.values[row * n..(row + 1) * n].to_vec(),
            missing: missing[row].clone(),
            notes: criteria
                .criteria
                .iter()
                .filter_map(|c| {
                    let note = kept[row].scores.get(&c.id)?.note.clone()?;
                    Some((c.id.clone(), note))
                })
                .collect(),
            source: kept[row].source.clone(),
        })
        .collect::<Vec<_>>();

    warnings.extend(warning::general_warnings(criteria, &matrix, &ranking));

    Ranking {
        method,
        criteria: criteria
            .criteria
            .iter()
            .map(|c| RankedCriterion {
                id: c.id.clone(),
                name: c.name.clone(),
                weight: c.weight,
                direction: c.direction,
                price: c.price,
                unit: c.unit.clone(),
                min: c.min,
                max: c.max,
                required: c.required,
            })
            .collect(),
        ranking,
        excluded,
        warnings,
        ahp: criteria.ahp.clone(),
        sensitivity: None,
        matrix,
    }
}

#[cfg(test)]
mod tests;
