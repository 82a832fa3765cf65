//! The ranking methods and the facts every output states about them, kept in one
//! place: a method's name, what its per-criterion contributions are, and whether
//! they add up to the score.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

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
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Method::WeightedSum => lang.pick(
                "weighted sum of min-max normalised values",
                "somme pondérée des valeurs normalisées min-max",
            ),
            Method::Topsis => lang.pick(
                "TOPSIS (closeness to the ideal offer, Hwang and Yoon)",
                "TOPSIS (proximité de l’offre idéale, Hwang et Yoon)",
            ),
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
    pub fn contribution_note(self, lang: Lang) -> &'static str {
        match self {
            Method::WeightedSum => lang.pick(
                "per-criterion contributions: weight x normalised value (they add up to the score)",
                "contributions par critère : poids x valeur normalisée (leur somme fait le score)",
            ),
            Method::Topsis => lang.pick(
                "per-criterion contributions: weighted gap to the worst offer on the criterion (the distance to the anti-ideal is their Euclidean norm; they do not add up to the score)",
                "contributions par critère : écart pondéré à la pire offre sur le critère (la distance à l’anti-idéal en est la norme euclidienne ; leur somme ne fait pas le score)",
            ),
        }
    }
}
