//! Ranking offers: must-have exclusions, the missing-value policy, then scoring.

use super::exclusion::{self, ExcludedOffer};
use super::method::Method;
use super::ranked::{RankedCriterion, RankedOffer};
use super::result::Ranking;
use super::scorer::{DecisionMatrix, Scorer, order};
use super::warning::{self, Warning, WarningCode};
use crate::model::criteria::{Criteria, Criterion, Direction};
use crate::model::offer::Offer;
use crate::tr;

/// Ranks `offers` on `criteria` with `method`.
pub fn rank_offers(criteria: &Criteria, offers: &[Offer], method: Method) -> Ranking {
    let (kept, excluded) = exclude(criteria, offers);
    let mut warnings = Vec::new();
    let (values, missing) = apply_missing_policy(criteria, &kept, &mut warnings);
    let n = criteria.criteria.len();
    let matrix = DecisionMatrix {
        values,
        rows: kept.len(),
        directions: criteria.criteria.iter().map(|c| c.direction).collect(),
        names: kept.iter().map(|offer| offer.name.clone()).collect(),
    };
    let weights = criteria.weights();
    let scorer = Scorer::new(&matrix, method);
    let mut scores = vec![0.0; kept.len()];
    scorer.scores(&weights, &mut scores);

    let ranking = order(&scores, &matrix.names)
        .into_iter()
        .map(|(row, rank, tied)| RankedOffer {
            rank,
            provider: kept[row].name.clone(),
            score: scores[row],
            tied,
            contributions: scorer.contributions(row, &weights),
            normalised: normalised_row(&scorer, row, n),
            values: matrix.values[row * n..(row + 1) * n].to_vec(),
            missing: missing[row].clone(),
            notes: notes_of(criteria, kept[row]),
            source: kept[row].source.clone(),
        })
        .collect::<Vec<_>>();

    warnings.extend(warning::general_warnings(criteria, &matrix, &ranking));

    Ranking {
        method,
        criteria: criteria.criteria.iter().map(ranked_criterion).collect(),
        ranking,
        excluded,
        warnings,
        ahp: criteria.ahp.clone(),
        sensitivity: None,
        disagreement: None,
        matrix,
    }
}

/// The offers that pass every must-have, and the others with their reasons.
fn exclude<'a>(criteria: &Criteria, offers: &'a [Offer]) -> (Vec<&'a Offer>, Vec<ExcludedOffer>) {
    let mut kept = Vec::new();
    let mut excluded = Vec::new();
    for offer in offers {
        let reasons = exclusion::exclusion_reasons(criteria, offer);
        if reasons.is_empty() {
            kept.push(offer);
        } else {
            excluded.push(ExcludedOffer {
                provider: offer.name.clone(),
                reasons,
                source: offer.source.clone(),
            });
        }
    }
    (kept, excluded)
}

/// The kept offers' values (row-major) after the missing-value policy, the worst
/// value among the kept offers that have one, and per offer the criteria it did
/// not give; warns about both.
fn apply_missing_policy(
    criteria: &Criteria,
    kept: &[&Offer],
    warnings: &mut Vec<Warning>,
) -> (Vec<f64>, Vec<Vec<String>>) {
    let n = criteria.criteria.len();
    let mut values = vec![0.0; kept.len() * n];
    let mut missing: Vec<Vec<String>> = vec![Vec::new(); kept.len()];
    for (j, criterion) in criteria.criteria.iter().enumerate() {
        let given = kept.iter().filter_map(|offer| offer.value(&criterion.id));
        let worst = match criterion.direction {
            Direction::Benefit => given.fold(None, |acc: Option<f64>, x| {
                Some(acc.map_or(x, |a| a.min(x)))
            }),
            Direction::Cost => given.fold(None, |acc: Option<f64>, x| {
                Some(acc.map_or(x, |a| a.max(x)))
            }),
        };
        if worst.is_none() && !kept.is_empty() {
            warnings.push(Warning {
                code: WarningCode::NoValues,
                message: warning::in_both(|lang| {
                    tr!(
                        lang,
                        "rank-warning-no-values",
                        criterion = criterion.name.get(lang),
                    )
                }),
            });
        }
        for (i, offer) in kept.iter().enumerate() {
            values[i * n + j] = match offer.value(&criterion.id) {
                Some(x) => x,
                None => {
                    if worst.is_some() {
                        missing[i].push(criterion.id.clone());
                    }
                    worst.unwrap_or(0.0)
                }
            };
        }
    }
    for (offer, ids) in kept.iter().zip(&missing) {
        if !ids.is_empty() {
            warnings.push(Warning {
                code: WarningCode::MissingValue,
                message: warning::in_both(|lang| {
                    let names: Vec<String> = ids
                        .iter()
                        .map(|id| warning::criterion_name(criteria, id, lang))
                        .collect();
                    tr!(
                        lang,
                        "rank-warning-missing-value",
                        provider = offer.name.as_str(),
                        criteria = warning::join(&names, lang),
                        count = names.len(),
                    )
                }),
            });
        }
    }

    (values, missing)
}

/// The normalised values of `row` (see [`RankedOffer::normalised`]).
fn normalised_row(scorer: &Scorer, row: usize, n: usize) -> Vec<f64> {
    match scorer {
        Scorer::WeightedSum { normalised } => normalised[row * n..(row + 1) * n].to_vec(),
        Scorer::Topsis(topsis) => topsis.gaps_to_anti_ideal(row),
    }
}

/// The notes an offer gave with its values, in criteria order.
fn notes_of(criteria: &Criteria, offer: &Offer) -> Vec<(String, String)> {
    criteria
        .criteria
        .iter()
        .filter_map(|c| {
            let note = offer.scores.get(&c.id)?.note.clone()?;
            Some((c.id.clone(), note))
        })
        .collect()
}

fn ranked_criterion(c: &Criterion) -> RankedCriterion {
    RankedCriterion {
        id: c.id.clone(),
        name: c.name.clone(),
        weight: c.weight,
        direction: c.direction,
        price: c.price,
        unit: c.unit.clone(),
        min: c.min,
        max: c.max,
        required: c.required,
    }
}
