//! Plain data after validation: what the pure core computes on. Code downstream of
//! `validate` never sees the `Raw*` types.

pub(crate) mod ahp;
pub(crate) mod brief;
pub(crate) mod criteria;
pub(crate) mod offer;
pub(crate) mod questionnaire;
