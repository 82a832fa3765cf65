//! What the rank renderers share: numbers and labels as every human output writes
//! them, the explanation lines (lead, AHP, exclusions) and the sensitivity tables.

use crate::i18n::number;
use crate::lang::Lang;
use crate::ranking::sensitivity::{Sensitivity, Threshold};
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

/// The name of criterion `id` in `lang` (the id when it is unknown).
pub(crate) fn criterion_name(ranking: &Ranking, id: &str, lang: Lang) -> String {
    ranking
        .criteria
        .iter()
        .find(|c| c.id == id)
        .map_or_else(|| id.to_owned(), |c| c.name.get(lang).to_owned())
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
        .is_some_and(|c| offer.missing.contains(&c.id));
    format!(
        "{}{}",
        score_text(value, lang),
        if missing { "*" } else { "" }
    )
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
        consistent = if ahp.is_consistent() { "yes" } else { "no" },
        threshold = number::decimal(crate::ranking::ahp::CR_THRESHOLD, 2, lang),
    ))
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
    Some(tr!(
        lang,
        "rank-samples-intro",
        samples = s.samples,
        seed = s.seed.to_string(),
        draw = s.model.describe(lang),
    ))
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
