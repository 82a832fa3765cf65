//! Where evaluators disagree (pure): the spread of their values per offer and
//! criterion, and whether the winner changes when one reading of their values is
//! followed instead of the aggregate. A ranking that rests on a disputed judgement
//! must say so (issue 13; practice of tender committees: the score sheet keeps each
//! member's marks, and a decision that one member's marks would overturn is fragile).
//!
//! Scenarios, each a full ranking with the same method and weights:
//! - `optimistic`: every value given by several evaluators takes the most
//!   favourable one (the highest for a benefit, the lowest for a cost);
//! - `pessimistic`: the least favourable one;
//! - `against-winner`: the aggregate's winner gets its least favourable values and
//!   every other offer its most favourable ones (the hardest test of the winner);
//! - `evaluator`: one evaluator's values wherever they gave one (the aggregate
//!   elsewhere).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::aggregate::{Aggregate, aggregate_offers, std_dev};
use crate::model::criteria::{Criteria, Direction};
use crate::model::offer::Offer;

/// The evaluators' values of one offer on one criterion.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Spread {
    pub provider: String,
    pub criterion: String,
    /// Evaluator name to value.
    pub values: BTreeMap<String, f64>,
    /// The value ranked (mean or median of `values`).
    pub aggregate: f64,
    pub min: f64,
    pub max: f64,
    /// `max - min`.
    pub range: f64,
    /// Population standard deviation.
    pub std_dev: f64,
}

/// Which reading of the evaluators' values a scenario follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScenarioKind {
    Optimistic,
    Pessimistic,
    AgainstWinner,
    Evaluator,
}

/// The winner under one reading of the values.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scenario {
    pub kind: ScenarioKind,
    /// The evaluator followed (`evaluator` scenarios only).
    pub evaluator: Option<String>,
    /// `None` when no offer passes the must-haves.
    pub winner: Option<String>,
    /// True when `winner` differs from the aggregate's winner.
    pub changes_winner: bool,
}

/// The evaluators' disagreement on a ranking; `None` when no value was given by
/// several evaluators.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Disagreement {
    pub aggregate: Aggregate,
    /// Every evaluator named, in name order.
    pub evaluators: Vec<String>,
    /// Per offer (input order) and criterion (criteria order).
    pub spreads: Vec<Spread>,
    pub scenarios: Vec<Scenario>,
}

impl Disagreement {
    /// Whether some scenario gives another winner.
    pub fn winner_is_disputed(&self) -> bool {
        self.scenarios.iter().any(|s| s.changes_winner)
    }
}

/// The spreads and the scenarios of `offers` (as given, before aggregation),
/// compared with `winner`, the aggregate ranking's winner; `winner_of` ranks a
/// set of offers (with the same method and weights) and names its winner.
pub(crate) fn disagreement(
    criteria: &Criteria,
    offers: &[Offer],
    aggregate: Aggregate,
    winner: Option<&str>,
    winner_of: impl Fn(&[Offer]) -> Option<String>,
) -> Option<Disagreement> {
    let spreads = spreads(criteria, offers, aggregate);
    if spreads.is_empty() {
        return None;
    }
    let evaluators: BTreeSet<String> = spreads
        .iter()
        .flat_map(|s| s.values.keys().cloned())
        .collect();
    let base = aggregate_offers(offers, aggregate);
    let scenario = |kind, evaluator: Option<&String>, offers: Vec<Offer>| {
        let found = winner_of(&offers);
        Scenario {
            kind,
            evaluator: evaluator.cloned(),
            changes_winner: found.as_deref() != winner,
            winner: found,
        }
    };
    let mut scenarios = vec![
        scenario(
            ScenarioKind::Optimistic,
            None,
            extremes(criteria, offers, &base, |_| true),
        ),
        scenario(
            ScenarioKind::Pessimistic,
            None,
            extremes(criteria, offers, &base, |_| false),
        ),
    ];
    if let Some(winner) = winner {
        scenarios.push(scenario(
            ScenarioKind::AgainstWinner,
            None,
            extremes(criteria, offers, &base, |name| name != winner),
        ));
    }
    for evaluator in &evaluators {
        let followed = follow(offers, &base, evaluator);
        scenarios.push(scenario(ScenarioKind::Evaluator, Some(evaluator), followed));
    }
    Some(Disagreement {
        aggregate,
        evaluators: evaluators.into_iter().collect(),
        spreads,
        scenarios,
    })
}

fn spreads(criteria: &Criteria, offers: &[Offer], aggregate: Aggregate) -> Vec<Spread> {
    let mut spreads = Vec::new();
    for offer in offers {
        for criterion in &criteria.criteria {
            let Some(score) = offer.scores.get(&criterion.id) else {
                continue;
            };
            let values: Vec<f64> = score.by.values().copied().collect();
            let (Some(agg), Some(sd)) = (aggregate.of(&values), std_dev(&values)) else {
                continue;
            };
            let min = values.iter().copied().fold(f64::INFINITY, f64::min);
            let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            spreads.push(Spread {
                provider: offer.name.clone(),
                criterion: criterion.id.clone(),
                values: score.by.clone(),
                aggregate: agg,
                min,
                max,
                range: max - min,
                std_dev: sd,
            });
        }
    }
    spreads
}

/// `base` with every value given by several evaluators set to its most favourable
/// one when `favoured(provider)`, else its least favourable one.
fn extremes(
    criteria: &Criteria,
    offers: &[Offer],
    base: &[Offer],
    favoured: impl Fn(&str) -> bool,
) -> Vec<Offer> {
    let mut out = base.to_vec();
    for (given, offer) in offers.iter().zip(&mut out) {
        let best = favoured(&given.name);
        for criterion in &criteria.criteria {
            let Some(score) = given.scores.get(&criterion.id) else {
                continue;
            };
            let values = score.by.values().copied();
            let high = matches!(criterion.direction, Direction::Benefit) == best;
            let pick = if high {
                values.fold(None, |acc: Option<f64>, x| {
                    Some(acc.map_or(x, |a| a.max(x)))
                })
            } else {
                values.fold(None, |acc: Option<f64>, x| {
                    Some(acc.map_or(x, |a| a.min(x)))
                })
            };
            if let (Some(pick), Some(slot)) = (pick, offer.scores.get_mut(&criterion.id)) {
                slot.value = pick;
            }
        }
    }
    out
}

/// `base` with `evaluator`'s values wherever they gave one.
fn follow(offers: &[Offer], base: &[Offer], evaluator: &str) -> Vec<Offer> {
    let mut out = base.to_vec();
    for (given, offer) in offers.iter().zip(&mut out) {
        for (id, score) in &given.scores {
            if let (Some(&value), Some(slot)) = (score.by.get(evaluator), offer.scores.get_mut(id))
            {
                slot.value = value;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;
    use crate::model::criteria::Criterion;
    use crate::ranking::method::Method;
    use crate::ranking::rank_offers;

    fn criteria() -> Criteria {
        let criterion = |id: &str, weight, direction| Criterion {
            id: id.to_owned(),
            name: Text::new(id, id),
            weight,
            direction,
            min: None,
            max: None,
            required: false,
            price: false,
            unit: None,
            scale: Default::default(),
        };
        Criteria {
            criteria: vec![
                criterion("fit", 0.5, Direction::Benefit),
                criterion("price", 0.5, Direction::Cost),
            ],
            method: None,
            ahp: None,
            groups: None,
        }
    }

    fn winner_of(criteria: &Criteria, offers: &[Offer]) -> Option<String> {
        let ranking = rank_offers(criteria, offers, Method::WeightedSum);
        ranking.winner().map(|o| o.provider.clone())
    }

    fn judged(name: &str, price: f64, fit: [f64; 3]) -> Offer {
        let mut offer = Offer::new(name, [("fit", 0.0), ("price", price)]);
        let score = offer.scores.get_mut("fit").unwrap();
        score.by = ["claire", "malik", "sofia"]
            .iter()
            .zip(fit)
            .map(|(n, v)| ((*n).to_owned(), v))
            .collect();
        offer
    }

    #[test]
    fn one_harsh_evaluator_can_overturn_the_winner() {
        // Both prices are 10: price does not discriminate, fit decides.
        // A: fit by claire 8, malik 8, sofia 2 (median 8); B: fit 7, 7, 7.
        let offers = [
            judged("A", 10.0, [8.0, 8.0, 2.0]),
            judged("B", 10.0, [7.0, 7.0, 7.0]),
        ];
        let criteria = criteria();
        // Median: A fit 8 > 7 and the prices are equal -> A wins.
        let median = aggregate_offers(&offers, Aggregate::Median);
        let winner = rank_offers(&criteria, &median, Method::WeightedSum);
        assert_eq!(winner.winner().unwrap().provider, "A");
        let found = disagreement(&criteria, &offers, Aggregate::Median, Some("A"), |o| {
            winner_of(&criteria, o)
        })
        .unwrap();
        // A's spread: min 2, max 8, range 6; sd: mean 6, deviations 2, 2, -4,
        // squares 4, 4, 16, mean 8, sd sqrt(8).
        let spread = &found.spreads[0];
        assert_eq!((spread.min, spread.max, spread.range), (2.0, 8.0, 6.0));
        assert_eq!(spread.aggregate, 8.0);
        assert!((spread.std_dev - 8.0_f64.sqrt()).abs() < 1e-12);
        // B's spread is 0.
        assert_eq!(found.spreads[1].range, 0.0);
        let winners: Vec<(ScenarioKind, Option<&str>, Option<&str>)> = found
            .scenarios
            .iter()
            .map(|s| (s.kind, s.evaluator.as_deref(), s.winner.as_deref()))
            .collect();
        // Optimistic A 8 vs B 7 -> A; pessimistic A 2 vs B 7 -> B; against A: same
        // as pessimistic -> B; claire and malik (8) -> A; sofia (2) -> B.
        assert_eq!(
            winners,
            [
                (ScenarioKind::Optimistic, None, Some("A")),
                (ScenarioKind::Pessimistic, None, Some("B")),
                (ScenarioKind::AgainstWinner, None, Some("B")),
                (ScenarioKind::Evaluator, Some("claire"), Some("A")),
                (ScenarioKind::Evaluator, Some("malik"), Some("A")),
                (ScenarioKind::Evaluator, Some("sofia"), Some("B")),
            ]
        );
        assert!(found.winner_is_disputed());
    }

    #[test]
    fn no_evaluators_no_disagreement() {
        let offers = [Offer::new("A", [("fit", 1.0), ("price", 2.0)])];
        assert_eq!(
            disagreement(&criteria(), &offers, Aggregate::Mean, Some("A"), |_| None),
            None
        );
    }
}
