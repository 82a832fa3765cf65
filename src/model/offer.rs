//! A provider's offer: its name and one value per criterion id (given once, or by
//! several evaluators). Plain, valid data:
//! `validate::offer` builds it.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

/// An uncertain value: somewhere in `[min, max]` (both finite, `min <= max`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Interval {
    pub min: f64,
    pub max: f64,
}

impl Interval {
    /// An interval from two bounds, `None` unless both are finite and
    /// `min <= max` (so never NaN).
    pub fn new(min: f64, max: f64) -> Option<Self> {
        (min.is_finite() && max.is_finite() && min <= max).then_some(Interval { min, max })
    }

    /// Whether it holds a single value (`min == max`): then it is no uncertainty.
    pub fn is_point(self) -> bool {
        self.min == self.max
    }

    /// The point value the deterministic ranking uses (and must-haves test).
    pub fn midpoint(self) -> f64 {
        // Halved first so that the sum stays finite near `f64::MAX`.
        self.min / 2.0 + self.max / 2.0
    }
}

/// One value of an offer on one criterion.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Score {
    /// Always finite. With several evaluators, their aggregate (the mean until
    /// the ranking aggregates them as asked); for an interval, its midpoint.
    pub value: f64,
    pub note: Option<String>,
    /// Evaluator name to value, when several evaluators gave one (inline
    /// `by = { … }` or evaluation files); empty for a value given once.
    pub by: BTreeMap<String, f64>,
    /// `{ min, max }`: the value is uncertain, drawn uniformly in it by the
    /// Monte Carlo (`--sensitivity`); `value` is its midpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// Evaluator name to interval, for the evaluators who gave one (in an
    /// evaluation file); their value in `by` is its midpoint.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub by_intervals: BTreeMap<String, Interval>,
}

impl Score {
    /// A value given once.
    pub fn plain(value: f64, note: Option<String>) -> Self {
        Score {
            value,
            note,
            by: BTreeMap::new(),
            interval: None,
            by_intervals: BTreeMap::new(),
        }
    }

    /// A value known to lie in `interval`: its midpoint counts.
    pub fn interval(interval: Interval, note: Option<String>) -> Self {
        Score {
            value: interval.midpoint(),
            note,
            by: BTreeMap::new(),
            interval: Some(interval),
            by_intervals: BTreeMap::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Offer {
    /// The provider's name, unique among the offers being ranked.
    pub name: String,
    /// Criterion id to value.
    pub scores: BTreeMap<String, Score>,
    /// The file the offer comes from (as the user wrote it); empty when not from a file.
    pub source: String,
    /// Byte span of the name in its file, for diagnostics across files.
    #[serde(skip)]
    pub name_span: Option<Range<usize>>,
}

impl Offer {
    /// An offer built in code (tests, other tools): no file, no span.
    pub fn new<'a>(
        name: impl Into<String>,
        scores: impl IntoIterator<Item = (&'a str, f64)>,
    ) -> Self {
        Offer {
            name: name.into(),
            scores: scores
                .into_iter()
                .map(|(id, value)| (id.to_owned(), Score::plain(value, None)))
                .collect(),
            source: String::new(),
            name_span: None,
        }
    }

    pub fn value(&self, criterion: &str) -> Option<f64> {
        self.scores.get(criterion).map(|score| score.value)
    }
}
