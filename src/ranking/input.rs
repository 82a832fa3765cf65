//! What every command that ranks needs, in one place (pure): the choice of method
//! and the optional sensitivity analysis.

use crate::model::criteria::Criteria;
use crate::model::offer::Offer;
use crate::ranking::method::Method;
use crate::ranking::{Ranking, rank_offers};

/// Ranks with `method` when given (the command line), else the criteria file's,
/// else the weighted sum; adds the sensitivity analysis with `(samples, seed)`
/// when there is something ranked.
pub fn build_ranking(
    criteria: &Criteria,
    offers: &[Offer],
    method: Option<Method>,
    sensitivity: Option<(u32, u64)>,
) -> Ranking {
    let method = method.or(criteria.method).unwrap_or(Method::WeightedSum);
    let ranking = rank_offers(criteria, offers, method);
    match sensitivity {
        Some((samples, seed)) if !ranking.ranking.is_empty() => {
            ranking.with_sensitivity(samples, seed)
        }
        _ => ranking,
    }
}
