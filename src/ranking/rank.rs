//! Ranking offers: must-have exclusions, the missing-value policy, then scoring.

use super::exclusion::{self, ExcludedOffer};
use super::group;
use super::method::Method;
use super::ranked::{RankedCriterion, RankedOffer};
use super::result::Ranking;
use super::scale;
use super::scorer::{DecisionMatrix, Scorer, order};
use super::smaa::Cell;
use super::warning::{self, Warning, WarningCode};
use crate::model::criteria::{Criteria, Criterion, Direction};
use crate::model::offer::{Interval, Offer, Score};
use crate::tr;

/// Ranks `offers` on `criteria` with `method`.
pub fn rank_offers(criteria: &Criteria, offers: &[Offer], method: Method) -> Ranking {
    let (kept, excluded) = exclude(criteria, offers);
    let mut warnings = Vec::new();
    let columns = apply_missing_policy(criteria, &kept, &mut warnings);
    let n = criteria.criteria.len();
    let matrix = DecisionMatrix {
        values: columns.scored,
        rows: kept.len(),
        directions: columns.directions,
        names: kept.iter().map(|offer| offer.name.clone()).collect(),
    };
    let weights = criteria.weights();
    let scorer = Scorer::new(&matrix, method);
    let mut scores = vec![0.0; kept.len()];
    scorer.scores(&weights, &mut scores);
    let group_table = group::score_table(criteria, &scorer, kept.len());

    let ranking = order(&scores, &matrix.names)
        .into_iter()
        .map(|(row, rank, tied)| RankedOffer {
            rank,
            provider: kept[row].name.clone(),
            score: scores[row],
            tied,
            contributions: scorer.contributions(row, &weights),
            normalised: normalised_row(&scorer, row, n),
            values: columns.values[row * n..(row + 1) * n].to_vec(),
            missing: columns.missing[row].clone(),
            group_scores: group_table.iter().map(|column| column[row]).collect(),
            notes: notes_of(criteria, kept[row]),
            source: kept[row].source.clone(),
            uncertain: uncertain_row(criteria, kept[row], &columns.values[row * n..(row + 1) * n]),
        })
        .collect::<Vec<_>>();

    warnings.extend(uncertain_warnings(criteria, &kept));
    warnings.extend(warning::general_warnings(criteria, &matrix, &ranking));
    warnings.extend(group::ahp_warnings(criteria));

    Ranking {
        method,
        criteria: criteria
            .criteria
            .iter()
            .map(|c| ranked_criterion(criteria, c))
            .collect(),
        ranking,
        excluded,
        warnings,
        ahp: criteria.ahp.clone(),
        groups: criteria.groups.clone(),
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

/// The kept offers' columns (row-major) after the scales and the missing-value
/// policy (see [`super::scale`]): what the methods score, the values counted (for
/// display), each column's direction, and per offer the criteria it did not give;
/// warns about both.
fn apply_missing_policy(
    criteria: &Criteria,
    kept: &[&Offer],
    warnings: &mut Vec<Warning>,
) -> Columns {
    let n = criteria.criteria.len();
    let mut out = Columns {
        scored: vec![0.0; kept.len() * n],
        values: vec![0.0; kept.len() * n],
        directions: Vec::with_capacity(n),
        missing: vec![Vec::new(); kept.len()],
    };
    let mut unanswered: Vec<&String> = Vec::new();
    for (j, criterion) in criteria.criteria.iter().enumerate() {
        let given: Vec<Option<f64>> = kept.iter().map(|o| o.value(&criterion.id)).collect();
        let none_given = given.iter().all(Option::is_none);
        if none_given && !criterion.scale.is_fixed() {
            unanswered.push(&criterion.id);
        }
        if none_given && !kept.is_empty() {
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
        let column = scale::column(criterion, &given);
        for (i, x) in given.iter().enumerate() {
            out.scored[i * n + j] = column.scored[i];
            out.values[i * n + j] = column.values[i];
            if x.is_none() {
                out.missing[i].push(criterion.id.clone());
            }
        }
        out.directions.push(column.direction);
    }
    for (offer, ids) in kept.iter().zip(&out.missing) {
        // A relative criterion no offer answered has its own warning (no-values).
        let ids: Vec<&String> = ids.iter().filter(|id| !unanswered.contains(id)).collect();
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
    out
}

/// What [`apply_missing_policy`] gives.
struct Columns {
    /// Row-major, what the methods score.
    scored: Vec<f64>,
    /// Row-major, the values counted.
    values: Vec<f64>,
    directions: Vec<Direction>,
    /// Per offer, the criteria it gave no value on.
    missing: Vec<Vec<String>>,
}

/// The normalised values of `row` (see [`RankedOffer::normalised`]).
fn normalised_row(scorer: &Scorer, row: usize, n: usize) -> Vec<f64> {
    match scorer {
        Scorer::WeightedSum { normalised } => normalised[row * n..(row + 1) * n].to_vec(),
        Scorer::Topsis(topsis) => topsis.gaps_to_anti_ideal(row),
    }
}

/// The offer's values as the Monte Carlo draws them, in criteria order: an
/// interval, the evaluators' values, or else the value used (`values`, after the
/// missing-value policy).
fn uncertain_row(criteria: &Criteria, offer: &Offer, values: &[f64]) -> Vec<Cell> {
    criteria
        .criteria
        .iter()
        .zip(values)
        .map(|(c, &value)| match offer.scores.get(&c.id) {
            Some(Score {
                interval: Some(Interval { min, max }),
                ..
            }) => Cell::Interval {
                min: *min,
                max: *max,
            },
            Some(score) if !score.by_intervals.is_empty() => Cell::Pick {
                cells: score
                    .by
                    .iter()
                    .map(|(name, &value)| match score.by_intervals.get(name) {
                        Some(&Interval { min, max }) => Cell::Interval { min, max },
                        None => Cell::Exact { value },
                    })
                    .collect(),
            },
            Some(score) if score.by.len() > 1 => Cell::Sample {
                values: score.by.values().copied().collect(),
            },
            _ => Cell::Exact { value },
        })
        .collect()
}

/// One warning per offer that gives intervals: the ranking counts their midpoints.
fn uncertain_warnings(criteria: &Criteria, kept: &[&Offer]) -> Vec<Warning> {
    kept.iter()
        .filter_map(|offer| {
            let ids: Vec<&str> = criteria
                .criteria
                .iter()
                .filter(|c| {
                    offer
                        .scores
                        .get(&c.id)
                        .is_some_and(|s| s.interval.is_some() || !s.by_intervals.is_empty())
                })
                .map(|c| c.id.as_str())
                .collect();
            (!ids.is_empty()).then(|| Warning {
                code: WarningCode::UncertainValue,
                message: warning::in_both(|lang| {
                    let names: Vec<String> = ids
                        .iter()
                        .map(|id| warning::criterion_name(criteria, id, lang))
                        .collect();
                    tr!(
                        lang,
                        "rank-warning-uncertain",
                        provider = offer.name.as_str(),
                        criteria = warning::join(&names, lang),
                        count = names.len(),
                    )
                }),
            })
        })
        .collect()
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

fn ranked_criterion(criteria: &Criteria, c: &Criterion) -> RankedCriterion {
    let group = criteria.group_of(&c.id);
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
        fixed: c.scale.is_fixed(),
        scale: c.scale.clone(),
        group: group.map(|g| g.id.clone()),
        local_weight: group.map_or(c.weight, |g| group::local_weight(c.weight, g.weight)),
    }
}
