//! What the rank renderers share: numbers and labels as every human output writes
//! them, the explanation lines (lead, AHP, exclusions) and the sensitivity tables.

use crate::i18n::number;
use crate::lang::Lang;
use crate::model::criteria::Scale;
use crate::model::offer::Interval;
use crate::ranking::sensitivity::{Sensitivity, Threshold};
use crate::ranking::smaa::Cell;
use crate::ranking::warning::{join, value_text};
use crate::ranking::{RankedCriterion, RankedOffer, Ranking};
use crate::tr;

/// A weight as a percentage with at most one decimal: `30%`, `13.3%` (`30 %`,
/// `13,3 %` in French).
pub(crate) fn percent(weight: f64, lang: Lang) -> String {
    number::percent_tenths(weight, lang)
}

/// A score or a contribution: 3 decimals, as every human output writes them.
pub(crate) fn score_text(value: f64, lang: Lang) -> String {
    number::decimal(value, 3, lang)
}

/// Column header of a criterion: `Price (30%)`.
pub(crate) fn criterion_header(criterion: &RankedCriterion, lang: Lang) -> String {
    format!(
        "{} ({})",
        criterion.name.get(lang),
        percent(criterion.weight, lang)
    )
}

/// Column header of a criterion with its unit: `Price, € (30%)`.
pub(crate) fn criterion_header_with_unit(criterion: &RankedCriterion, lang: Lang) -> String {
    match &criterion.unit {
        Some(unit) => format!(
            "{}, {} ({})",
            criterion.name.get(lang),
            unit.get(lang),
            percent(criterion.weight, lang)
        ),
        None => criterion_header(criterion, lang),
    }
}

/// The name of criterion `id` in `lang`, as every table shows it (the id when the
/// ranking does not know it).
pub(crate) fn criterion_name<'a>(ranking: &'a Ranking, id: &'a str, lang: Lang) -> &'a str {
    ranking
        .criteria
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.name.get(lang))
}

/// The rank, with `=` when tied: `1=`.
pub(crate) fn rank_text(offer: &RankedOffer) -> String {
    if offer.tied {
        format!("{}=", offer.rank)
    } else {
        offer.rank.to_string()
    }
}

/// A contribution with 3 decimals, `*` when the value was missing.
pub(crate) fn contribution_text(
    ranking: &Ranking,
    offer: &RankedOffer,
    j: usize,
    lang: Lang,
) -> String {
    let value = offer.contributions.get(j).copied().unwrap_or(0.0);
    let missing = ranking
        .criteria
        .get(j)
        .is_some_and(|c| offer.missing.contains(&c.id))
        && !unanswered(ranking, j);
    format!(
        "{}{}",
        score_text(value, lang),
        if missing { "*" } else { "" }
    )
}

/// Whether no ranked offer answered relative criterion `j`: each shows no value,
/// but none counts as worse than another (no `*`).
pub(crate) fn unanswered(ranking: &Ranking, j: usize) -> bool {
    ranking.criteria.get(j).is_some_and(|c| {
        !c.fixed
            && !ranking.ranking.is_empty()
            && ranking.ranking.iter().all(|o| o.missing.contains(&c.id))
    })
}

/// The offer's own value on criterion `j` as every human output writes it (at
/// most 3 decimals), `None` when it gave none (the ranking then used the worst).
pub(crate) fn own_value(ranking: &Ranking, offer: &RankedOffer, j: usize) -> Option<f64> {
    let criterion = ranking.criteria.get(j)?;
    if offer.missing.contains(&criterion.id) {
        return None;
    }
    offer.values.get(j).copied()
}

/// The interval the offer gave on criterion `j` (`min < max`), `None` for a
/// single value, a missing one, or several evaluators' values (their aggregate
/// is shown; one evaluator's interval is shown as given).
pub(crate) fn own_interval(ranking: &Ranking, offer: &RankedOffer, j: usize) -> Option<Interval> {
    own_value(ranking, offer, j)?;
    let interval = match offer.uncertain.get(j)? {
        Cell::Interval { min, max } => Interval::new(*min, *max),
        Cell::Pick { cells } => match cells.as_slice() {
            [Cell::Interval { min, max }] => Interval::new(*min, *max),
            _ => None,
        },
        _ => None,
    }?;
    (!interval.is_point()).then_some(interval)
}

/// Whether any ranked offer gave an interval on criterion `j`.
pub(crate) fn has_intervals(ranking: &Ranking, j: usize) -> bool {
    ranking
        .ranking
        .iter()
        .any(|offer| own_interval(ranking, offer, j).is_some())
}

/// The offer's value on criterion `j` as every human output writes it: at most
/// 3 decimals, a rubric level's name, `40–60` for an interval, `—` when it gave
/// none (the ranking then used the worst).
pub(crate) fn value_cell_text(
    ranking: &Ranking,
    offer: &RankedOffer,
    j: usize,
    lang: Lang,
) -> String {
    let one = |v: f64| match &ranking.criteria[j].scale {
        // A rubric's value reads as the level's name (`good`), as the offer gave it.
        Scale::Levels { levels } => levels
            .iter()
            .find(|level| level.value == v)
            .map_or_else(|| value_text(v, lang), |level| level.name.clone()),
        _ => value_text(v, lang),
    };
    if let Some(interval) = own_interval(ranking, offer, j) {
        return tr!(
            lang,
            "intervals-range",
            min = one(interval.min),
            max = one(interval.max)
        );
    }
    own_value(ranking, offer, j).map_or_else(|| tr!(lang, "intervals-no-value"), one)
}

/// The offer's value and its contribution in one cell: `2.9 · 0.076`,
/// `40–60 · 0.150` for an interval (the ranking counts its midpoint),
/// `— · 0.000*` when the value was missing.
pub(crate) fn value_and_contribution(
    ranking: &Ranking,
    offer: &RankedOffer,
    j: usize,
    lang: Lang,
) -> String {
    format!(
        "{} · {}",
        value_cell_text(ranking, offer, j, lang),
        contribution_text(ranking, offer, j, lang)
    )
}

/// What the Monte Carlo draws besides the weights, from the offers' values:
/// `"none"`, `"intervals"`, `"evaluators"` or `"both"` (a catalogue selector).
pub(crate) fn drawn_values(ranking: &Ranking) -> &'static str {
    fn kinds(cell: &Cell) -> (bool, bool) {
        if cell.is_exact() {
            return (false, false);
        }
        match cell {
            Cell::Exact { .. } => (false, false),
            Cell::Interval { .. } => (true, false),
            Cell::Sample { .. } => (false, true),
            // One evaluator's interval is an interval.
            Cell::Pick { cells } if cells.len() == 1 => kinds(&cells[0]),
            Cell::Pick { cells } => cells
                .iter()
                .map(kinds)
                .fold((false, true), |(i, e), (a, _)| (i || a, e)),
            Cell::Scaled { cell, .. } => kinds(cell),
        }
    }
    let (intervals, evaluators) = ranking
        .ranking
        .iter()
        .flat_map(|offer| &offer.uncertain)
        .map(kinds)
        .fold((false, false), |(i, e), (a, b)| (i || a, e || b));
    match (intervals, evaluators) {
        (false, false) => "none",
        (true, false) => "intervals",
        (false, true) => "evaluators",
        (true, true) => "both",
    }
}

/// Whether some cell shows a `*` (a missing value counted as the worst).
pub(crate) fn any_imputed(ranking: &Ranking) -> bool {
    ranking.ranking.iter().any(|offer| {
        (0..ranking.criteria.len())
            .any(|j| offer.missing.contains(&ranking.criteria[j].id) && !unanswered(ranking, j))
    })
}

/// The legend of interval cells (`7–9`), when some offer gave one.
pub(crate) fn intervals_legend(ranking: &Ranking, lang: Lang) -> Option<String> {
    (0..ranking.criteria.len())
        .any(|j| has_intervals(ranking, j))
        .then(|| tr!(lang, "intervals-legend"))
}

pub(crate) fn missing_legend(lang: Lang) -> String {
    tr!(lang, "rank-missing-legend")
}

pub(crate) fn tie_legend(lang: Lang) -> String {
    tr!(lang, "rank-tie-legend")
}

/// The smallest weight change of a threshold, in percentage points of the total
/// weight: `+19.7 pts (13.3% → 33.0%)`.
pub(crate) fn threshold_text(threshold: &Threshold, lang: Lang) -> (String, String) {
    match threshold.smallest() {
        Some(change) => (
            tr!(
                lang,
                "rank-threshold-change",
                change = number::signed(change.change * 100.0, 1, lang),
                from = number::percent(threshold.weight, 1, lang),
                to = number::percent(change.new_weight, 1, lang),
            ),
            change.winner.clone(),
        ),
        None => (
            tr!(lang, "rank-threshold-none"),
            tr!(lang, "rank-threshold-none-winner"),
        ),
    }
}

/// The AHP summary line.
pub(crate) fn ahp_text(ranking: &Ranking, lang: Lang) -> Option<String> {
    let ahp = ranking.ahp.as_ref()?;
    Some(tr!(
        lang,
        "rank-ahp",
        lambda = number::decimal(ahp.lambda_max, 3, lang),
        ci = number::decimal(ahp.ci, 3, lang),
        cr = number::decimal(ahp.cr, 3, lang),
        table = ahp.ri_table,
        ri = number::trimmed(ahp.ri, 2, lang),
        consistent = consistency_key(ahp.cr),
        threshold = number::decimal(crate::ranking::ahp::CR_THRESHOLD, 2, lang),
    ))
}

/// The catalogue's `consistent` selector for a consistency ratio: `yes` when it
/// passes Saaty's rule ([`crate::model::ahp::is_consistent`]), else `no`.
pub(crate) fn consistency_key(cr: f64) -> &'static str {
    if crate::model::ahp::is_consistent(cr) {
        "yes"
    } else {
        "no"
    }
}

/// Why the first offer leads: `Bravo is ahead of Alpha by 0.150; gains most on …`,
/// criteria named by their label.
pub(crate) fn lead_text(ranking: &Ranking, lang: Lang) -> Option<String> {
    let lead = ranking.lead()?;
    let list = |gaps: &[(String, f64)]| {
        let items: Vec<String> = gaps
            .iter()
            .map(|(id, gap)| {
                format!(
                    "{} {}",
                    criterion_name(ranking, id, lang),
                    number::signed(*gap, 3, lang)
                )
            })
            .collect();
        join(&items, lang)
    };
    let mut text = tr!(
        lang,
        "rank-lead",
        winner = lead.winner.as_str(),
        runner = lead.runner_up.as_str(),
        margin = score_text(lead.margin, lang),
    );
    if !lead.gains.is_empty() {
        text.push_str(&tr!(lang, "rank-lead-gains", list = list(&lead.gains)));
    }
    if !lead.losses.is_empty() {
        text.push_str(&tr!(lang, "rank-lead-losses", list = list(&lead.losses)));
    }
    Some(text)
}

/// One line per excluded offer: `(name, "reason; reason")`.
pub(crate) fn excluded_lines(ranking: &Ranking, lang: Lang) -> Vec<(String, String)> {
    let separator = tr!(lang, "rank-reason-separator");
    ranking
        .excluded
        .iter()
        .map(|excluded| {
            let reasons = excluded
                .reasons
                .iter()
                .map(|reason| reason.message.get(lang))
                .collect::<Vec<_>>()
                .join(&separator);
            (excluded.provider.clone(), reasons)
        })
        .collect()
}

pub(crate) fn sensitivity_intro(ranking: &Ranking, lang: Lang) -> Option<String> {
    let s = ranking.sensitivity.as_ref()?;
    Some(match drawn_values(ranking) {
        "none" => tr!(
            lang,
            "rank-samples-intro",
            samples = s.samples,
            seed = s.seed.to_string(),
            draw = s.model.describe(lang),
        ),
        values => tr!(
            lang,
            "intervals-samples-intro",
            samples = s.samples,
            seed = s.seed.to_string(),
            draw = s.model.describe(lang),
            values = values,
        ),
    })
}

/// The most rank columns the acceptability table shows; later ranks are summed in
/// one "lower" column.
pub(crate) const SHOWN_RANKS: usize = 10;

/// The rank acceptability table: a header and one row per offer (ranking order):
/// provider, the share of each rank 1..=[`SHOWN_RANKS`] (then "lower"), best rank,
/// central ranks, worst rank, confidence factor. Empty without SMAA.
pub(crate) fn acceptability_table(
    sensitivity: &Sensitivity,
    lang: Lang,
) -> (Vec<String>, Vec<Vec<String>>) {
    let Some(smaa) = &sensitivity.smaa else {
        return (Vec::new(), Vec::new());
    };
    let ranks = smaa.offers.len();
    let shown = ranks.min(SHOWN_RANKS);
    let mut header = vec![tr!(lang, "rank-column-provider")];
    header.extend((1..=shown).map(|rank| tr!(lang, "rank-column-rank-n", rank = rank)));
    if ranks > shown {
        header.push(tr!(lang, "rank-column-lower-ranks"));
    }
    header.extend([
        tr!(lang, "rank-column-best-rank"),
        tr!(lang, "rank-column-central-ranks"),
        tr!(lang, "rank-column-worst-rank"),
        tr!(lang, "rank-column-confidence"),
    ]);
    let rows = smaa
        .offers
        .iter()
        .map(|offer| {
            let mut row = vec![offer.provider.clone()];
            row.extend(
                offer.acceptability[..shown]
                    .iter()
                    .map(|&share| number::percent(share, 1, lang)),
            );
            if ranks > shown {
                let lower: f64 = offer.acceptability[shown..].iter().sum();
                row.push(number::percent(lower, 1, lang));
            }
            row.extend([
                offer.ranks.best.to_string(),
                tr!(
                    lang,
                    "rank-central-interval",
                    low = offer.ranks.central_low,
                    high = offer.ranks.central_high
                ),
                offer.ranks.worst.to_string(),
                offer.confidence.map_or_else(
                    || tr!(lang, "rank-confidence-none"),
                    |confidence| number::percent(confidence, 1, lang),
                ),
            ]);
            row
        })
        .collect();
    (header, rows)
}

/// The central weights: a header (provider, then criterion ids) and one row per
/// offer that ranks first in some sample.
pub(crate) fn central_weights_table(
    ranking: &Ranking,
    sensitivity: &Sensitivity,
    lang: Lang,
) -> (Vec<String>, Vec<Vec<String>>) {
    let Some(smaa) = &sensitivity.smaa else {
        return (Vec::new(), Vec::new());
    };
    let mut header = vec![tr!(lang, "rank-column-provider")];
    header.extend(ranking.criteria.iter().map(|c| c.id.clone()));
    let rows = smaa
        .offers
        .iter()
        .filter_map(|offer| {
            let weights = offer.central_weights.as_ref()?;
            let mut row = vec![offer.provider.clone()];
            row.extend(weights.iter().map(|&w| number::percent(w, 1, lang)));
            Some(row)
        })
        .collect();
    (header, rows)
}

/// The must-haves of a criterion in words: `min 5, value required`; empty when none.
pub(crate) fn must_have_text(criterion: &RankedCriterion, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(min) = criterion.min {
        parts.push(tr!(
            lang,
            "rank-must-have-min",
            value = value_text(min, lang)
        ));
    }
    if let Some(max) = criterion.max {
        parts.push(tr!(
            lang,
            "rank-must-have-max",
            value = value_text(max, lang)
        ));
    }
    if criterion.required {
        parts.push(tr!(lang, "rank-must-have-required"));
    }
    join(&parts, lang)
}

pub(crate) fn direction_text(criterion: &RankedCriterion, lang: Lang) -> String {
    match criterion.direction {
        crate::model::criteria::Direction::Benefit | crate::model::criteria::Direction::Utility => {
            tr!(lang, "rank-direction-benefit")
        }
        crate::model::criteria::Direction::Cost => tr!(lang, "rank-direction-cost"),
    }
}
