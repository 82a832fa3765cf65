//! The ranking methods and the facts every output states about them, kept in one
//! place: a method's name, what its per-criterion contributions are, and whether
//! they add up to the score.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::tr;

/// How offers are scored from their values and the weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// Min-max normalisation, then the weighted sum.
    WeightedSum,
    /// Closeness to the ideal offer (Hwang and Yoon).
    Topsis,
}

impl Method {
    /// Every method, in the order outputs list them.
    pub const ALL: [Method; 2] = [Method::WeightedSum, Method::Topsis];

    /// The identifier written in files and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Method::WeightedSum => "weighted-sum",
            Method::Topsis => "topsis",
        }
    }

    /// The method's full name, as a sentence states it.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Method::WeightedSum => tr!(lang, "rank-method-weighted-sum"),
            Method::Topsis => tr!(lang, "rank-method-topsis"),
        }
    }

    /// Whether the per-criterion contributions add up to the score.
    pub fn additive(self) -> bool {
        match self {
            Method::WeightedSum => true,
            Method::Topsis => false,
        }
    }

    /// What the per-criterion contributions are.
    pub fn contribution_note(self, lang: Lang) -> String {
        match self {
            Method::WeightedSum => tr!(lang, "rank-contributions-weighted-sum"),
            Method::Topsis => tr!(lang, "rank-contributions-topsis"),
        }
    }
}
