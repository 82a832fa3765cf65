//! What every command that ranks needs, in one place (pure): the choice of method
//! and the optional sensitivity analysis.

use crate::model::criteria::Criteria;
use crate::model::offer::Offer;
use crate::ranking::method::Method;
use crate::ranking::smaa::{SmaaError, SmaaOptions};
use crate::ranking::{Ranking, rank_offers};

/// Ranks with `method` when given (the command line), else the criteria file's,
/// else the weighted sum; adds the sensitivity analysis (SMAA-2 with `options`)
/// when there is something ranked.
///
/// # Errors
/// When SMAA rejects the options (a spread outside [0, 1]).
pub fn build_ranking(
    criteria: &Criteria,
    offers: &[Offer],
    method: Option<Method>,
    sensitivity: Option<&SmaaOptions>,
) -> Result<Ranking, SmaaError> {
    let method = method.or(criteria.method).unwrap_or(Method::WeightedSum);
    let ranking = rank_offers(criteria, offers, method);
    match sensitivity {
        Some(options) if !ranking.ranking.is_empty() => ranking.with_sensitivity(options),
        _ => Ok(ranking),
    }
}
