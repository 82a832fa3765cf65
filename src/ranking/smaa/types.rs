//! The inputs, options and results of the SMAA-2 analysis.

use serde::Serialize;

use super::progress::ProgressHook;
use super::rng::{Xoshiro256StarStar, pick};
use crate::lang::Lang;
use crate::model::criteria::{Direction, Scale};
use crate::ranking::DecisionMatrix;
use crate::ranking::method::Method;

/// One offer's value on one criterion.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Cell {
    Exact {
        value: f64,
    },
    /// Drawn uniformly in `[min, max]`.
    Interval {
        min: f64,
        max: f64,
    },
    /// One of the values drawn uniformly (e.g. the evaluators' values).
    Sample {
        values: Vec<f64>,
    },
    /// One of the cells drawn uniformly, then a value drawn from it (e.g. the
    /// evaluators' values when some gave an interval).
    Pick {
        cells: Vec<Cell>,
    },
    /// A value drawn from `cell`, then turned into its utility on a fixed `scale`
    /// at each draw (a scale may clamp or bend, so the utility of a uniform value
    /// is not uniform between the utilities of the bounds).
    Scaled {
        cell: Box<Cell>,
        scale: Scale,
    },
}

impl Cell {
    pub(super) fn draw(&self, rng: &mut Xoshiro256StarStar) -> f64 {
        match self {
            Cell::Exact { value } => *value,
            Cell::Interval { min, max } => min + (max - min) * rng.next_f64(),
            Cell::Sample { values } => values[pick(rng, values.len())],
            Cell::Pick { cells } => cells[pick(rng, cells.len())].draw(rng),
            Cell::Scaled { cell, scale } => scale.utility(cell.draw(rng)).unwrap_or(0.0),
        }
    }

    pub fn is_exact(&self) -> bool {
        match self {
            Cell::Exact { .. } => true,
            Cell::Interval { min, max } => min == max,
            Cell::Sample { values } => values.windows(2).all(|pair| pair[0] == pair[1]),
            Cell::Pick { cells } => {
                cells.iter().all(Cell::is_exact)
                    && cells
                        .windows(2)
                        .all(|pair| pair[0].midpoint() == pair[1].midpoint())
            }
            Cell::Scaled { cell, .. } => cell.is_exact(),
        }
    }

    /// The middle of what can be drawn, for exact cells their value (a scaled
    /// cell: the middle before the scale).
    fn midpoint(&self) -> f64 {
        match self {
            Cell::Exact { value } => *value,
            Cell::Interval { min, max } => min / 2.0 + max / 2.0,
            Cell::Sample { values } => values.first().copied().unwrap_or(0.0),
            Cell::Pick { cells } => cells.first().map_or(0.0, Cell::midpoint),
            Cell::Scaled { cell, .. } => cell.midpoint(),
        }
    }

    /// Why the cell cannot be drawn from, if it cannot.
    pub(super) fn problem(&self, index: usize) -> Option<SmaaError> {
        match self {
            Cell::Exact { .. } => None,
            Cell::Interval { min, max } => (!(min.is_finite() && max.is_finite() && min <= max))
                .then_some(SmaaError::BadInterval(index)),
            Cell::Sample { values } => (values.is_empty() || values.iter().any(|x| !x.is_finite()))
                .then_some(SmaaError::BadSample(index)),
            Cell::Pick { cells } if cells.is_empty() => Some(SmaaError::BadSample(index)),
            Cell::Pick { cells } => cells.iter().find_map(|cell| cell.problem(index)),
            Cell::Scaled { cell, .. } => cell.problem(index),
        }
    }
}

/// The tender price rule on one drawn column of prices: `lowest / price` in
/// [0, 1], 1 for a price of 0 or less, 0 for a missing price (`+inf`), as
/// [`crate::ranking::scale::column`] scores a `lowest-price` column.
fn price_ratios(prices: impl Iterator<Item = f64> + Clone) -> impl Iterator<Item = f64> {
    let lowest = prices.clone().fold(f64::INFINITY, f64::min);
    let lowest = if lowest.is_finite() {
        lowest.max(0.0)
    } else {
        0.0
    };
    prices.map(move |price| {
        if price <= 0.0 {
            1.0
        } else {
            (lowest / price).clamp(0.0, 1.0)
        }
    })
}

/// A decision matrix whose values may be uncertain.
#[derive(Clone, Debug, PartialEq)]
pub struct UncertainMatrix {
    /// Row-major, one row per offer, one column per criterion.
    pub cells: Vec<Cell>,
    pub rows: usize,
    pub directions: Vec<Direction>,
    /// Offer names, in row order.
    pub names: Vec<String>,
    /// Columns of prices scored at each draw by the tender rule `lowest / price`
    /// (a `lowest-price` criterion with uncertain prices): their cells hold prices,
    /// `+inf` for a missing one. Empty: every column is scored as drawn.
    pub price_columns: Vec<usize>,
}

impl UncertainMatrix {
    /// The ranking's matrix, every value exact.
    pub fn exact(matrix: &DecisionMatrix) -> Self {
        UncertainMatrix {
            cells: matrix
                .values
                .iter()
                .map(|&value| Cell::Exact { value })
                .collect(),
            rows: matrix.rows,
            directions: matrix.directions.clone(),
            names: matrix.names.clone(),
            price_columns: Vec::new(),
        }
    }

    pub fn is_exact(&self) -> bool {
        self.cells.iter().all(Cell::is_exact)
    }

    pub(super) fn draw(&self, rng: &mut Xoshiro256StarStar, out: &mut [f64]) {
        for (slot, cell) in out.iter_mut().zip(&self.cells) {
            *slot = cell.draw(rng);
        }
        let n = self.directions.len();
        for &j in &self.price_columns {
            let prices: Vec<f64> = (0..self.rows).map(|i| out[i * n + j]).collect();
            for (i, ratio) in price_ratios(prices.into_iter()).enumerate() {
                out[i * n + j] = ratio;
            }
        }
    }
}

/// How weight vectors are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum WeightModel {
    /// Each given weight times an independent uniform factor in
    /// `[1 - spread, 1 + spread]`, then renormalised (today's `--sensitivity` with
    /// spread 0.5; practice).
    Around { spread: f64 },
    /// Uniform on the simplex: no preference at all (the SMAA default when the
    /// weights are unknown, Lahdelma and Salminen 2001, section 3). Drawn as
    /// normalised exponentials.
    NoPreference,
    /// Uniform over the weight vectors that keep the order of the given weights
    /// (equal given weights are not ordered): a uniform simplex draw, sorted.
    Ordinal,
}

impl WeightModel {
    /// Today's `--sensitivity` model.
    pub const DEFAULT_AROUND: WeightModel = WeightModel::Around { spread: 0.5 };

    /// The identifier for options and files.
    pub fn id(self) -> &'static str {
        match self {
            WeightModel::Around { .. } => "around",
            WeightModel::NoPreference => "no-preference",
            WeightModel::Ordinal => "ordinal",
        }
    }

    /// What the model draws, as a sentence states it.
    pub fn describe(self, lang: Lang) -> String {
        match self {
            WeightModel::Around { spread } => crate::tr!(
                lang,
                "weight-model-around",
                low = format_number(1.0 - spread, lang),
                high = format_number(1.0 + spread, lang)
            ),
            WeightModel::NoPreference => crate::tr!(lang, "weight-model-no-preference"),
            WeightModel::Ordinal => crate::tr!(lang, "weight-model-ordinal"),
        }
    }
}

pub(super) fn format_number(value: f64, lang: Lang) -> String {
    crate::i18n::number::trimmed(value, 4, lang)
}

/// The label of the central rank interval.
pub fn central_interval_label(lang: Lang) -> String {
    crate::tr!(lang, "weight-model-central-ranks")
}

/// Criteria grouped in two levels: group weights are drawn among groups, then local
/// weights within each group, each with the same [`WeightModel`]; a criterion's weight
/// is its group's weight times its local weight.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hierarchy {
    /// Criterion indices of each group; every criterion in exactly one group.
    pub groups: Vec<Vec<usize>>,
}

/// What to draw and how many times.
#[derive(Clone, Debug, PartialEq)]
pub struct SmaaOptions {
    pub samples: u32,
    pub seed: u64,
    pub model: WeightModel,
    pub hierarchy: Option<Hierarchy>,
    /// Value draws for the confidence factors (used only when some values are
    /// uncertain; with exact values one evaluation answers).
    pub confidence_samples: u32,
    /// Told how far the main pass is (nothing by default).
    pub progress: ProgressHook,
}

impl SmaaOptions {
    pub fn new(samples: u32, seed: u64, model: WeightModel) -> Self {
        SmaaOptions {
            samples,
            seed,
            model,
            hierarchy: None,
            confidence_samples: samples,
            progress: ProgressHook::default(),
        }
    }

    /// The same options, reporting progress to `progress`.
    #[must_use]
    pub fn with_progress(mut self, progress: ProgressHook) -> Self {
        self.progress = progress;
        self
    }
}

/// Inputs the analysis cannot run on (the caller's mistake, not the user's data:
/// validation should have caught them).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SmaaError {
    #[error("{weights} weights for {criteria} criteria")]
    WeightCount { weights: usize, criteria: usize },
    #[error("{cells} cells for {rows} offers x {criteria} criteria")]
    CellCount {
        cells: usize,
        rows: usize,
        criteria: usize,
    },
    #[error("weights must be finite and non-negative")]
    BadWeight,
    #[error("the spread must be in [0, 1], got {0}")]
    BadSpread(f64),
    #[error("cell {0}: an interval needs finite bounds with min <= max")]
    BadInterval(usize),
    #[error("cell {0}: a sample needs at least one value, all finite")]
    BadSample(usize),
    #[error("the groups must hold each criterion exactly once")]
    BadHierarchy,
}

/// An offer's rank range over the samples.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RankRange {
    /// Extremes: the best and worst rank seen in any sample.
    pub best: usize,
    pub worst: usize,
    /// The 5th and 95th percentile of the rank (see [`central_interval_label`]).
    pub central_low: usize,
    pub central_high: usize,
}

/// SMAA-2 result for one offer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SmaaOffer {
    pub provider: String,
    /// `acceptability[r - 1]`: share of samples in which the offer has rank `r`
    /// (tied offers share the better rank, as in the ranking). Sums to 1.
    pub acceptability: Vec<f64>,
    pub ranks: RankRange,
    /// The mean rank over the samples.
    pub mean_rank: f64,
    /// Mean weights of the samples where the offer ranks first, in criteria order;
    /// `None` when it never does.
    pub central_weights: Option<Vec<f64>>,
    /// Share of value draws in which the offer ranks first with its central weights;
    /// `None` when it has none.
    pub confidence: Option<f64>,
}

/// Monte Carlo result for one offer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OfferSpread {
    pub provider: String,
    /// Share of the samples in which the offer ranks first, in [0, 1].
    pub first_place_share: f64,
    pub best_rank: usize,
    pub worst_rank: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Smaa {
    pub method: Method,
    pub model: WeightModel,
    pub grouped: bool,
    pub samples: u32,
    pub seed: u64,
    /// Whether every value was exact (then confidence factors are 0 or 1).
    pub exact_values: bool,
    /// Value draws behind the confidence factors (1 with exact values).
    pub confidence_samples: u32,
    /// One per offer, in the matrix's row order.
    pub offers: Vec<SmaaOffer>,
}

impl Smaa {
    /// Today's `--sensitivity` spread (first-place share, best and worst rank) for the
    /// given providers, in that order.
    pub fn spread<'a>(&self, providers: impl IntoIterator<Item = &'a str>) -> Vec<OfferSpread> {
        // By name through a map: a linear search per provider costs `offers^2` string
        // comparisons (a million at 1,000 offers).
        let by_name: std::collections::HashMap<&str, &SmaaOffer> = self
            .offers
            .iter()
            .map(|o| (o.provider.as_str(), o))
            .collect();
        providers
            .into_iter()
            .filter_map(|name| {
                let offer = by_name.get(name)?;
                Some(OfferSpread {
                    provider: offer.provider.clone(),
                    first_place_share: offer.acceptability.first().copied().unwrap_or(0.0),
                    best_rank: offer.ranks.best,
                    worst_rank: offer.ranks.worst,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod pick_tests {
    use super::*;

    #[test]
    fn a_pick_draws_one_cell_then_from_it() {
        let pick = Cell::Pick {
            cells: vec![
                Cell::Exact { value: 3.0 },
                Cell::Interval {
                    min: 10.0,
                    max: 20.0,
                },
            ],
        };
        let mut rng = Xoshiro256StarStar::new(7);
        let draws: Vec<f64> = (0..4000).map(|_| pick.draw(&mut rng)).collect();
        // Every draw is 3 or in [10, 20]; each cell about half the time
        // (standard error sqrt(0.25 / 4000) = 0.008; 0.05 allowed).
        assert!(
            draws
                .iter()
                .all(|&x| x == 3.0 || (10.0..=20.0).contains(&x))
        );
        let threes = draws.iter().filter(|&&x| x == 3.0).count();
        assert!((f64::from(u32::try_from(threes).unwrap()) / 4000.0 - 0.5).abs() < 0.05);
        assert!(!pick.is_exact());
        // Cells that all give 3 (a one-point interval too) are exact.
        let same = Cell::Pick {
            cells: vec![
                Cell::Exact { value: 3.0 },
                Cell::Interval { min: 3.0, max: 3.0 },
            ],
        };
        assert!(same.is_exact());
        assert_eq!(
            Cell::Pick { cells: vec![] }.problem(4),
            Some(SmaaError::BadSample(4))
        );
        let reversed = Cell::Pick {
            cells: vec![Cell::Interval { min: 5.0, max: 4.0 }],
        };
        assert_eq!(reversed.problem(2), Some(SmaaError::BadInterval(2)));
    }
}
