//! Must-have exclusions: an offer below a `min`, above a `max`, or without a value
//! on a `required` criterion is not ranked, and every reason is kept.

use serde::Serialize;

use crate::lang::Text;
use crate::tr;

use super::code::code_traits;
use super::warning::{criterion_name, in_both, value_text};
use crate::model::criteria::Criteria;
use crate::model::offer::Offer;

code_traits!(ExclusionCode);

/// Why an offer is excluded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExclusionCode {
    /// No value on a `required` criterion.
    MissingRequired,
    /// A value below the criterion's `min`.
    BelowMin,
    /// A value above the criterion's `max`.
    AboveMax,
}

impl ExclusionCode {
    /// The stable kebab-case text, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ExclusionCode::MissingRequired => "missing-required",
            ExclusionCode::BelowMin => "below-min",
            ExclusionCode::AboveMax => "above-max",
        }
    }
}

/// Why an offer is not ranked.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    pub code: ExclusionCode,
    pub criterion: String,
    pub value: Option<f64>,
    pub bound: Option<f64>,
    pub message: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExcludedOffer {
    pub provider: String,
    pub reasons: Vec<Reason>,
    pub source: String,
}

pub(crate) fn exclusion_reasons(criteria: &Criteria, offer: &Offer) -> Vec<Reason> {
    let mut reasons = Vec::new();
    for criterion in &criteria.criteria {
        let id = &criterion.id;
        match offer.value(id) {
            None if criterion.required => reasons.push(Reason {
                code: ExclusionCode::MissingRequired,
                criterion: id.clone(),
                value: None,
                bound: None,
                message: in_both(|lang| {
                    tr!(
                        lang,
                        "rank-exclusion-missing-required",
                        criterion = criterion_name(criteria, id, lang),
                    )
                }),
            }),
            None => {}
            Some(value) => {
                if let Some(min) = criterion.min.filter(|min| value < *min) {
                    reasons.push(Reason {
                        code: ExclusionCode::BelowMin,
                        criterion: id.clone(),
                        value: Some(value),
                        bound: Some(min),
                        message: in_both(|lang| {
                            tr!(
                                lang,
                                "rank-exclusion-below-min",
                                criterion = criterion_name(criteria, id, lang),
                                value = value_text(value, lang),
                                bound = value_text(min, lang),
                            )
                        }),
                    });
                }
                if let Some(max) = criterion.max.filter(|max| value > *max) {
                    reasons.push(Reason {
                        code: ExclusionCode::AboveMax,
                        criterion: id.clone(),
                        value: Some(value),
                        bound: Some(max),
                        message: in_both(|lang| {
                            tr!(
                                lang,
                                "rank-exclusion-above-max",
                                criterion = criterion_name(criteria, id, lang),
                                value = value_text(value, lang),
                                bound = value_text(max, lang),
                            )
                        }),
                    });
                }
            }
        }
    }
    reasons
}
