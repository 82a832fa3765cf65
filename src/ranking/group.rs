//! Groups of criteria (pure): weights inside a group, a score per group, and the
//! consistency of every AHP matrix of the hierarchy.
//!
//! A criterion's global weight is its group's weight times its weight inside the
//! group (`validate::criteria` computes it, so a file with groups ranks on global
//! weights like a flat file). An offer's group score is the method's score on the
//! group's criteria alone, with their weights inside the group: for the weighted sum
//! `sum_j l_j * n_ij`, so the score is `sum_g W_g * group score`; for TOPSIS the
//! closeness on those criteria only (the group scores do not add up to it).

use super::Scorer;
use super::warning::{self, Warning, WarningCode};
use crate::i18n::number;
use crate::lang::Lang;
use crate::model::ahp::AhpResult;
use crate::model::criteria::Criteria;
use crate::tr;

/// The weight inside a group of weight `group` for a global weight `global`.
pub(crate) fn local_weight(global: f64, group: f64) -> f64 {
    if group > 0.0 { global / group } else { 0.0 }
}

/// Per group (in group order), each row's group score; empty without groups.
pub(crate) fn score_table(criteria: &Criteria, scorer: &Scorer, rows: usize) -> Vec<Vec<f64>> {
    let Some(groups) = &criteria.groups else {
        return Vec::new();
    };
    groups
        .list
        .iter()
        .map(|group| {
            let weights: Vec<f64> = criteria
                .criteria
                .iter()
                .map(|c| {
                    if group.criteria.contains(&c.id) {
                        local_weight(c.weight, group.weight)
                    } else {
                        0.0
                    }
                })
                .collect();
            let mut out = vec![0.0; rows];
            scorer.scores(&weights, &mut out);
            out
        })
        .collect()
}

/// One `ahp-inconsistent` warning per inconsistent AHP matrix of the groups: the
/// comparisons among the groups, then those inside each group.
pub(crate) fn ahp_warnings(criteria: &Criteria) -> Vec<Warning> {
    let Some(groups) = &criteria.groups else {
        return Vec::new();
    };
    let name = |id: &str, lang: Lang| -> String {
        groups
            .list
            .iter()
            .find(|g| g.id == id)
            .map(|g| g.name.get(lang).to_owned())
            .unwrap_or_else(|| warning::criterion_name(criteria, id, lang))
    };
    let mut matrices: Vec<(Option<&crate::model::criteria::Group>, &AhpResult)> = Vec::new();
    if let Some(ahp) = &groups.ahp {
        matrices.push((None, ahp));
    }
    for group in &groups.list {
        if let Some(ahp) = &group.ahp {
            matrices.push((Some(group), ahp));
        }
    }
    matrices
        .into_iter()
        .filter(|(_, ahp)| !ahp.is_consistent())
        .map(|(group, ahp)| Warning {
            code: WarningCode::AhpInconsistent,
            message: warning::in_both(|lang| {
                let pairs: Vec<String> = ahp
                    .disagreements
                    .iter()
                    .map(|d| {
                        tr!(
                            lang,
                            "rank-warning-ahp-pair",
                            a = name(&d.a, lang),
                            b = name(&d.b, lang),
                            given = number::trimmed(d.given, 3, lang),
                            implied = number::decimal(d.implied, 2, lang),
                        )
                    })
                    .collect();
                let matrix = match group {
                    Some(group) => tr!(lang, "committee-ahp-inside", group = group.name.get(lang)),
                    None => tr!(lang, "committee-ahp-among-groups"),
                };
                tr!(
                    lang,
                    "committee-warning-ahp-inconsistent",
                    matrix = matrix,
                    cr = number::decimal(ahp.cr, 3, lang),
                    threshold = number::decimal(super::ahp::CR_THRESHOLD, 2, lang),
                    table = ahp.ri_table,
                    pairs = pairs.join(&tr!(lang, "rank-reason-separator")),
                )
            }),
        })
        .collect()
}
