//! Warnings on a ranking, from the seed articles' advice: never choose on price
//! alone, not more criteria than a person can weigh, at least two offers to compare;
//! plus AHP inconsistency, ties for first place and criteria that do not discriminate.

use serde::Serialize;

use crate::lang::Text;
use crate::model::criteria::Criteria;

use super::{DecisionMatrix, MAX_CRITERIA_ADVISED, PRICE_SHARE_LIMIT, RankedOffer, trim};

/// What a ranking warns about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningCode {
    /// An offer gave no value on a criterion: it counts as the worst.
    MissingValue,
    /// No ranked offer gives a value on a criterion.
    NoValues,
    /// All ranked offers have the same value on a criterion.
    NoDiscrimination,
    /// Price-like criteria weigh more than half the total.
    PriceDominates,
    /// More criteria than a person can weigh.
    TooManyCriteria,
    /// The AHP consistency ratio is above 0.10.
    AhpInconsistent,
    /// Several offers share the first place.
    TieFirst,
    /// Only one offer is left.
    SingleOffer,
    /// No offer passes the must-haves.
    NoOfferLeft,
}

impl WarningCode {
    /// The stable kebab-case text, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            WarningCode::MissingValue => "missing-value",
            WarningCode::NoValues => "no-values",
            WarningCode::NoDiscrimination => "no-discrimination",
            WarningCode::PriceDominates => "price-dominates",
            WarningCode::TooManyCriteria => "too-many-criteria",
            WarningCode::AhpInconsistent => "ahp-inconsistent",
            WarningCode::TieFirst => "tie-first",
            WarningCode::SingleOffer => "single-offer",
            WarningCode::NoOfferLeft => "no-offer-left",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Warning {
    pub code: WarningCode,
    pub message: Text,
}

pub(crate) fn general_warnings(
    criteria: &Criteria,
    matrix: &DecisionMatrix,
    ranking: &[RankedOffer],
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let n = criteria.criteria.len();

    let price: Vec<&str> = criteria
        .criteria
        .iter()
        .filter(|c| c.price)
        .map(|c| c.id.as_str())
        .collect();
    let price_share: f64 = criteria
        .criteria
        .iter()
        .filter(|c| c.price)
        .map(|c| c.weight)
        .sum();
    if price_share > PRICE_SHARE_LIMIT {
        let list = price.join("`, `");
        let percent = format!("{:.0}", price_share * 100.0);
        warnings.push(Warning {
            code: WarningCode::PriceDominates,
            message: Text::new(
                format!(
                    "price (`{list}`) weighs {percent} % of the total: never choose a provider on price alone"
                ),
                format!(
                    "le prix (`{list}`) pèse {percent} % du total : ne choisissez jamais un prestataire sur le seul prix"
                ),
            ),
        });
    }
    if n > MAX_CRITERIA_ADVISED {
        warnings.push(Warning {
            code: WarningCode::TooManyCriteria,
            message: Text::new(
                format!(
                    "{n} criteria: more than {MAX_CRITERIA_ADVISED} is more than a person can weigh sensibly; group or drop some"
                ),
                format!(
                    "{n} critères : au-delà de {MAX_CRITERIA_ADVISED}, personne ne peut les pondérer sérieusement ; regroupez-en ou retirez-en"
                ),
            ),
        });
    }
    if let Some(ahp) = criteria.ahp.as_ref().filter(|ahp| !ahp.is_consistent()) {
        let worst = ahp
            .disagreements
            .iter()
            .map(|d| {
                format!(
                    "{} vs {}: {} (weights imply {:.2})",
                    d.a,
                    d.b,
                    trim(d.given),
                    d.implied
                )
            })
            .collect::<Vec<_>>();
        let worst_fr = ahp
            .disagreements
            .iter()
            .map(|d| {
                format!(
                    "{} / {} : {} (les poids donnent {:.2})",
                    d.a,
                    d.b,
                    trim(d.given),
                    d.implied
                )
            })
            .collect::<Vec<_>>();
        warnings.push(Warning {
            code: WarningCode::AhpInconsistent,
            message: Text::new(
                format!(
                    "AHP consistency ratio {:.3} is above 0.10 (random index: {}); revisit {}",
                    ahp.cr,
                    ahp.ri_table,
                    worst.join("; ")
                ),
                format!(
                    "le ratio de cohérence AHP {:.3} dépasse 0,10 (indice aléatoire : {}) ; revoyez {}",
                    ahp.cr,
                    ahp.ri_table,
                    worst_fr.join(" ; ")
                ),
            ),
        });
    }
    if matrix.rows >= 2 {
        for (j, criterion) in criteria.criteria.iter().enumerate() {
            let mut column = matrix.values.iter().skip(j).step_by(n);
            let first = column.next().copied().unwrap_or(0.0);
            if column.all(|x| *x == first) {
                warnings.push(Warning {
                    code: WarningCode::NoDiscrimination,
                    message: Text::new(
                        format!(
                            "every ranked offer has the same value for `{}`: it does not change the order",
                            criterion.id
                        ),
                        format!(
                            "toutes les offres classées ont la même valeur pour `{}` : ce critère ne change pas l'ordre",
                            criterion.id
                        ),
                    ),
                });
            }
        }
    }
    let tied_first = ranking.iter().filter(|offer| offer.rank == 1).count();
    if tied_first > 1 {
        let names = ranking
            .iter()
            .filter(|offer| offer.rank == 1)
            .map(|offer| offer.provider.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        warnings.push(Warning {
            code: WarningCode::TieFirst,
            message: Text::new(
                format!("tie for first place: {names}"),
                format!("ex aequo en première place : {names}"),
            ),
        });
    }
    match matrix.rows {
        0 => warnings.push(Warning {
            code: WarningCode::NoOfferLeft,
            message: Text::new(
                "no offer passes the must-haves",
                "aucune offre ne passe les critères éliminatoires",
            ),
        }),
        1 => warnings.push(Warning {
            code: WarningCode::SingleOffer,
            message: Text::new(
                "only one offer is left: there is nothing to compare it with",
                "une seule offre reste en lice : rien à quoi la comparer",
            ),
        }),
        _ => {}
    }
    warnings
}
