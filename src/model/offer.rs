//! A provider's offer: its name and one value per criterion id. Plain, valid data:
//! `validate::offer` builds it.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

/// One value of an offer on one criterion.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Score {
    /// Always finite.
    pub value: f64,
    pub note: Option<String>,
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
                .map(|(id, value)| (id.to_owned(), Score { value, note: None }))
                .collect(),
            source: String::new(),
            name_span: None,
        }
    }

    pub fn value(&self, criterion: &str) -> Option<f64> {
        self.scores.get(criterion).map(|score| score.value)
    }
}
