//! What the rank renderers show of scales and groups (issue 13): which criteria are
//! relative and which fixed, each group's weight and score, the consistency of every
//! AHP matrix of the groups, and the group weight thresholds.

use super::common::{percent, score_text, threshold_text};
use crate::i18n::number;
use crate::lang::Lang;
use crate::model::ahp::AhpResult;
use crate::model::criteria::Scale;
use crate::ranking::sensitivity::Threshold;
use crate::ranking::{RankedCriterion, Ranking};
use crate::tr;

/// A criterion's scale in a few words: `relative`, `fixed: 6 → 1`, `fixed: 3
/// points`, `fixed: poor, fair, good`, `lowest price ÷ price (relative)`.
pub(crate) fn scale_text(criterion: &RankedCriterion, lang: Lang) -> String {
    match &criterion.scale {
        Scale::Relative => tr!(lang, "committee-scale-relative"),
        Scale::Linear { worst, best } => tr!(
            lang,
            "committee-scale-linear",
            worst = number::trimmed(*worst, 6, lang),
            best = number::trimmed(*best, 6, lang)
        ),
        Scale::Points { points } => tr!(lang, "committee-scale-points", count = points.len()),
        Scale::Levels { levels } => {
            let names: Vec<&str> = levels.iter().map(|l| l.name.as_str()).collect();
            tr!(lang, "committee-scale-levels", levels = names.join(", "))
        }
        Scale::LowestPrice => tr!(lang, "committee-scale-lowest-price"),
    }
}

/// `Relative scales (…): Price, Fit. Fixed scales (…): SLA.`
pub(crate) fn scales_note(ranking: &Ranking, lang: Lang) -> String {
    if ranking.criteria.iter().all(|c| !c.fixed) {
        return tr!(lang, "committee-scales-all-relative");
    }
    let names = |fixed: bool| {
        let names: Vec<&str> = ranking
            .criteria
            .iter()
            .filter(|c| c.fixed == fixed)
            .map(|c| c.name.get(lang))
            .collect();
        if names.is_empty() {
            tr!(lang, "committee-none")
        } else {
            names.join(", ")
        }
    };
    tr!(
        lang,
        "committee-scales-note",
        relative = names(false),
        fixed = names(true)
    )
}

/// The legend's extra cells for a criterion: its scale, then (with groups) its
/// group's name and its weight inside the group.
pub(crate) fn legend_cells(
    ranking: &Ranking,
    criterion: &RankedCriterion,
    lang: Lang,
) -> Vec<String> {
    let mut cells = vec![scale_text(criterion, lang)];
    if let Some(groups) = &ranking.groups {
        let group = groups
            .list
            .iter()
            .find(|g| Some(&g.id) == criterion.group.as_ref());
        cells.push(group.map_or_else(String::new, |g| g.name.get(lang).to_owned()));
        cells.push(percent(criterion.local_weight, lang));
    }
    cells
}

/// The legend's extra headers, matching [`legend_cells`].
pub(crate) fn legend_headers(ranking: &Ranking, lang: Lang) -> Vec<String> {
    let mut headers = vec![tr!(lang, "committee-column-scale")];
    if ranking.groups.is_some() {
        headers.push(tr!(lang, "committee-column-group"));
        headers.push(tr!(lang, "committee-column-local-weight"));
    }
    headers
}

/// The score per group: a header (group, then one column per ranked offer) and one
/// row per group, `Name (weight)` then the scores; `None` without groups or offers.
pub(crate) fn group_table(
    ranking: &Ranking,
    lang: Lang,
) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let groups = ranking.groups.as_ref()?;
    if ranking.ranking.is_empty() {
        return None;
    }
    let mut header = vec![tr!(lang, "committee-column-group")];
    header.extend(ranking.ranking.iter().map(|o| o.provider.clone()));
    let rows = groups
        .list
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let mut row = vec![format!(
                "{} ({})",
                group.name.get(lang),
                percent(group.weight, lang)
            )];
            row.extend(ranking.ranking.iter().map(|o| {
                o.group_scores
                    .get(g)
                    .map_or_else(String::new, |s| score_text(*s, lang))
            }));
            row
        })
        .collect();
    Some((header, rows))
}

/// One line per group: its name and weight, then its criteria with their weights
/// inside it: `Cost (32.3%): Price 75%, Exit terms 25%`.
pub(crate) fn group_member_lines(ranking: &Ranking, lang: Lang) -> Vec<String> {
    let Some(groups) = &ranking.groups else {
        return Vec::new();
    };
    groups
        .list
        .iter()
        .map(|group| {
            let members: Vec<String> = ranking
                .criteria
                .iter()
                .filter(|c| c.group.as_ref() == Some(&group.id))
                .map(|c| format!("{} {}", c.name.get(lang), percent(c.local_weight, lang)))
                .collect();
            tr!(
                lang,
                "committee-group-members",
                group = group.name.get(lang),
                weight = percent(group.weight, lang),
                members = members.join(", ")
            )
        })
        .collect()
}

/// One consistency line per AHP matrix of the groups: among the groups, then inside
/// each group that has comparisons.
pub(crate) fn group_ahp_lines(ranking: &Ranking, lang: Lang) -> Vec<String> {
    let Some(groups) = &ranking.groups else {
        return Vec::new();
    };
    let line = |matrix: String, ahp: &AhpResult| {
        tr!(
            lang,
            "committee-group-ahp",
            matrix = matrix,
            lambda = number::decimal(ahp.lambda_max, 3, lang),
            ci = number::decimal(ahp.ci, 3, lang),
            cr = number::decimal(ahp.cr, 3, lang),
            consistent = super::common::consistency_key(ahp.cr),
            threshold = number::decimal(crate::ranking::ahp::CR_THRESHOLD, 2, lang),
        )
    };
    let mut lines = Vec::new();
    if let Some(ahp) = &groups.ahp {
        lines.push(line(tr!(lang, "committee-ahp-among-groups"), ahp));
    }
    for group in &groups.list {
        if let Some(ahp) = &group.ahp {
            let matrix = tr!(lang, "committee-ahp-inside", group = group.name.get(lang));
            lines.push(line(matrix, ahp));
        }
    }
    lines
}

/// The group weight thresholds: `[group name, weight, change, new winner]` rows;
/// empty without groups or `--sensitivity`.
pub(crate) fn group_threshold_rows(ranking: &Ranking, lang: Lang) -> Vec<Vec<String>> {
    let (Some(sensitivity), Some(groups)) = (&ranking.sensitivity, &ranking.groups) else {
        return Vec::new();
    };
    sensitivity
        .groups
        .iter()
        .zip(&groups.list)
        .map(|(t, group)| {
            let as_threshold = Threshold {
                criterion: t.group.clone(),
                weight: t.weight,
                increase: t.increase.clone(),
                decrease: t.decrease.clone(),
            };
            let (change, winner) = threshold_text(&as_threshold, lang);
            vec![
                group.name.get(lang).to_owned(),
                percent(t.weight, lang),
                change,
                winner,
            ]
        })
        .collect()
}

#[cfg(test)]
#[path = "group_tests.rs"]
mod tests;
