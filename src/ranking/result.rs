//! A ranking: the ranked and excluded offers, the warnings, and why the first
//! offer leads.

use serde::Serialize;

use super::ahp::AhpResult;
use super::exclusion::ExcludedOffer;
use super::method::Method;
use super::ranked::{RankedCriterion, RankedOffer};
use super::scorer::DecisionMatrix;
use super::sensitivity::Sensitivity;
use super::warning::Warning;
use crate::model::criteria::Groups;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranking {
    pub method: Method,
    pub criteria: Vec<RankedCriterion>,
    /// Best first.
    pub ranking: Vec<RankedOffer>,
    pub excluded: Vec<ExcludedOffer>,
    pub warnings: Vec<Warning>,
    pub ahp: Option<AhpResult>,
    /// The groups of criteria, with their weights and AHP results; `None` for a
    /// flat list.
    pub groups: Option<Groups>,
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
}
