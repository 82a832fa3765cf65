//! Plain data after validation: what the pure core computes on. Code downstream of
//! `validate` never sees the `Raw*` types.

pub mod ahp;
pub mod brief;
pub mod criteria;
pub mod offer;
pub mod questionnaire;
