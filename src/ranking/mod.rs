//! Ranking offers against weighted criteria (pure): must-have exclusions, the
//! missing-value policy, scoring by weighted sum or TOPSIS, ties and warnings.
//!
//! Missing-value policy: an offer without a value on a `required` criterion is
//! excluded, with the reason. On any other criterion the missing value counts as the
//! worst possible, never as well as an answer (see [`scale`]): the scale's worst on a
//! fixed scale; on a relative one a utility of 0, the answers rescaled between
//! themselves (min-max, all 1 when they agree). The
//! offer lists it under `missing`, and a
//! warning says so. (When no ranked offer gives a value on a relative criterion, the
//! column is 0 for all and a `no-values` warning says it is ignored.)
//! Must-have bounds (`min`, `max`) are checked on the values given only; use
//! `required = true` to exclude offers that give none.
//!
//! Ties: scores equal within a relative 1e-9 share a rank, the next rank skips
//! (1, 1, 3), and each tied offer is flagged. Offers with the same score are listed
//! in name order so the output is deterministic.

pub(crate) mod aggregate;
pub(crate) mod ahp;
mod code;
pub(crate) mod disagreement;
pub(crate) mod exclusion;
pub(crate) mod group;
pub(crate) mod input;
pub(crate) mod method;
mod rank;
mod ranked;
mod result;
pub(crate) mod scale;
mod scorer;
pub(crate) mod sensitivity;
pub(crate) mod smaa;
pub(crate) mod topsis;
pub(crate) mod warning;
pub(crate) mod weighted_sum;

pub use self::rank::rank_offers;
pub(crate) use self::ranked::{RankedCriterion, RankedOffer};
pub(crate) use self::result::Ranking;
pub use self::scorer::DecisionMatrix;
pub(crate) use self::scorer::{Scorer, same_score};

#[cfg(test)]
mod committee_tests;
#[cfg(test)]
mod tests;
