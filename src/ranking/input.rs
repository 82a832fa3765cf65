//! What every command that ranks needs, in one place (pure): the choice of method,
//! the aggregation of several evaluators' values, the optional sensitivity
//! analysis, and the comparison of methods (`--method all`).

use serde::Serialize;

use crate::model::criteria::Criteria;
use crate::model::offer::Offer;
use crate::ranking::aggregate::{Aggregate, aggregate_offers};
use crate::ranking::disagreement::disagreement;
use crate::ranking::method::Method;
use crate::ranking::smaa::{SmaaError, SmaaOptions};
use crate::ranking::{Ranking, rank_offers};

/// Ranks with `method` when given (the command line), else the criteria file's,
/// else the weighted sum; adds the sensitivity analysis (SMAA-2 with `options`)
/// when there is something ranked. The values of several evaluators are aggregated
/// by `aggregate`, and where they disagree is kept.
///
/// # Errors
/// When SMAA rejects the options (a spread outside [0, 1]).
pub(crate) fn build_ranking_with(
    criteria: &Criteria,
    offers: &[Offer],
    method: Option<Method>,
    sensitivity: Option<&SmaaOptions>,
    aggregate: Aggregate,
) -> Result<Ranking, SmaaError> {
    let method = method.or(criteria.method).unwrap_or(Method::WeightedSum);
    let aggregated = aggregate_offers(offers, aggregate);
    let mut ranking = rank_offers(criteria, &aggregated, method);
    let winner = ranking.winner().map(|o| o.provider.clone());
    ranking.disagreement = disagreement(criteria, offers, aggregate, winner.as_deref(), |o| {
        let scenario = rank_offers(criteria, o, method);
        scenario.winner().map(|w| w.provider.clone())
    });
    match sensitivity {
        Some(options) if !ranking.ranking.is_empty() => ranking.with_sensitivity(options),
        _ => Ok(ranking),
    }
}

/// One offer's rank under each method compared.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct RankMove {
    pub provider: String,
    /// In the order of [`Comparison::rankings`]; `None` when excluded.
    pub ranks: Vec<Option<usize>>,
    /// True when the ranks differ between methods.
    pub moves: bool,
}

/// The rankings of every method (`--method all`) and where they differ.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Comparison {
    /// One per method, in [`Method::ALL`] order.
    pub rankings: Vec<Ranking>,
    /// True when the methods do not agree on the first offer.
    pub different_winner: bool,
    /// Every offer ranked by some method, in the first method's order.
    pub moves: Vec<RankMove>,
}

/// Ranks with every method ([`Method::ALL`]), on the same weights (AHP-derived
/// when the criteria file has comparisons), and compares the rankings.
///
/// # Errors
/// When SMAA rejects the options (a spread outside [0, 1]).
pub(crate) fn compare_methods(
    criteria: &Criteria,
    offers: &[Offer],
    sensitivity: Option<&SmaaOptions>,
    aggregate: Aggregate,
) -> Result<Comparison, SmaaError> {
    let rankings = Method::ALL
        .iter()
        .map(|&method| build_ranking_with(criteria, offers, Some(method), sensitivity, aggregate))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(compare(rankings))
}

/// Where `rankings` differ.
pub(crate) fn compare(rankings: Vec<Ranking>) -> Comparison {
    let winners: Vec<Option<&str>> = rankings
        .iter()
        .map(|r| r.winner().map(|o| o.provider.as_str()))
        .collect();
    let different_winner = winners.windows(2).any(|pair| pair[0] != pair[1]);
    let mut names: Vec<&str> = Vec::new();
    for ranking in &rankings {
        for offer in &ranking.ranking {
            if !names.contains(&offer.provider.as_str()) {
                names.push(&offer.provider);
            }
        }
    }
    let moves = names
        .iter()
        .map(|&name| {
            let ranks: Vec<Option<usize>> = rankings
                .iter()
                .map(|r| {
                    r.ranking
                        .iter()
                        .find(|o| o.provider == name)
                        .map(|o| o.rank)
                })
                .collect();
            RankMove {
                provider: name.to_owned(),
                moves: ranks.windows(2).any(|pair| pair[0] != pair[1]),
                ranks,
            }
        })
        .collect();
    Comparison {
        rankings,
        different_winner,
        moves,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;
    use crate::model::criteria::{Criterion, Direction};

    #[test]
    fn weighted_sum_and_topsis_can_pick_different_winners() {
        // One benefit criterion per offer strength, equal weights 1/2 each:
        //        q    r
        // A     10    0
        // B      6    6
        // C      0   10
        // Weighted sum (min-max): A 0.5*1 + 0.5*0 = 0.5; B 0.5*0.6 + 0.5*0.6 = 0.6;
        // C 0.5. B first, A and C tied at 0.5 (rank 2, name order).
        // TOPSIS (vector norm sqrt(100 + 36) = 11.66 on both columns): B is at
        // distance 0.5*(10-6)/11.66*sqrt(2) = 0.243 from the ideal (10, 10) and
        // 0.5*6/11.66*sqrt(2) = 0.364 from the anti-ideal (0, 0): closeness
        // 0.364 / (0.243 + 0.364) = 0.6; A and C: ideal distance 0.5*10/11.66 = 0.429,
        // anti-ideal 0.429, closeness 0.5. Same order: B, then A = C.
        let criterion = |id: &str| Criterion {
            id: id.to_owned(),
            name: Text::new(id, id),
            weight: 0.5,
            direction: Direction::Benefit,
            min: None,
            max: None,
            required: false,
            price: false,
            unit: None,
            scale: Default::default(),
        };
        let criteria = Criteria {
            criteria: vec![criterion("q"), criterion("r")],
            method: None,
            ahp: None,
            groups: None,
        };
        let offers = [
            Offer::new("A", [("q", 10.0), ("r", 0.0)]),
            Offer::new("B", [("q", 6.0), ("r", 6.0)]),
            Offer::new("C", [("q", 0.0), ("r", 10.0)]),
        ];
        let comparison = compare_methods(&criteria, &offers, None, Aggregate::Mean).unwrap();
        assert_eq!(comparison.rankings.len(), 2);
        assert!(!comparison.different_winner);
        assert_eq!(comparison.moves[0].provider, "B");
        assert_eq!(comparison.moves[0].ranks, [Some(1), Some(1)]);
        assert!(comparison.moves.iter().all(|m| !m.moves));
    }
}
