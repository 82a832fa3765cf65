//! CSV: a header, then one row per ranked offer: `rank,provider,score`, then three
//! columns per criterion, named after its id: `ID.value` (the offer's own value, in
//! the criterion's unit; empty when it gave none), `ID.normalised` and
//! `ID.contribution` (what the score adds up from). Full-precision numbers. When
//! an offer gave an interval on a criterion, `ID.min` and `ID.max` follow
//! `ID.value` (which stays the midpoint the ranking counts); they are empty for
//! the offers that gave a single value, and absent for criteria without intervals.
//!
//! With the sensitivity analysis (SMAA-2), the same table, so that a script reading
//! the ranking does not break when `--sensitivity` is added, with extra columns at
//! the end of each row: `rank_1_share` … `rank_N_share` (the rank acceptability:
//! the share of the samples in which the offer takes each rank; `rank_1_share` is
//! the first-place share), `mean_rank`, `best_rank`, `worst_rank`,
//! `central_rank_low`, `central_rank_high` (5th and 95th percentile), `confidence`
//! and `ID.central_weight` per criterion (empty for an offer that never ranks
//! first). The JSON holds the same figures (`sensitivity.acceptability`).

use super::common::{has_intervals, own_interval, own_value};
use crate::lang::Lang;
use crate::ranking::smaa::{Smaa, SmaaOffer};
use crate::ranking::{RankedOffer, Ranking};

/// Quotes a field when it holds a comma, a quote or a line break (RFC 4180).
pub(crate) fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

pub fn render_csv(ranking: &Ranking, _lang: Lang) -> String {
    let smaa = ranking.sensitivity.as_ref().and_then(|s| s.smaa.as_ref());
    let mut out = String::from("rank,provider,score");
    push_criteria_header(&mut out, ranking);
    if let Some(smaa) = smaa {
        end_with(&mut out, &sensitivity_header(ranking, smaa));
    }
    for offer in &ranking.ranking {
        out.push_str(&format!(
            "{},{},{}",
            offer.rank,
            field(&offer.provider),
            offer.score
        ));
        push_criteria_cells(&mut out, ranking, offer);
        if let Some(smaa) = smaa {
            let found = smaa.offers.iter().find(|o| o.provider == offer.provider);
            end_with(&mut out, &sensitivity_cells(ranking, smaa, found));
        }
    }
    out
}

/// Puts `cells` (each led by its comma) before the line end the shared column
/// helpers wrote.
fn end_with(out: &mut String, cells: &str) {
    if out.ends_with('\n') {
        out.pop();
    }
    out.push_str(cells);
    out.push('\n');
}

/// The sensitivity columns' names, each led by a comma.
fn sensitivity_header(ranking: &Ranking, smaa: &Smaa) -> String {
    let ranks = smaa.offers.first().map_or(0, |o| o.acceptability.len());
    let mut names: Vec<String> = (1..=ranks).map(|r| format!("rank_{r}_share")).collect();
    names.extend(
        [
            "mean_rank",
            "best_rank",
            "worst_rank",
            "central_rank_low",
            "central_rank_high",
            "confidence",
        ]
        .map(str::to_owned),
    );
    names.extend(
        ranking
            .criteria
            .iter()
            .map(|c| field(&format!("{}.central_weight", c.id))),
    );
    names.iter().map(|name| format!(",{name}")).collect()
}

/// An offer's sensitivity cells, each led by a comma; empty cells when the
/// analysis does not know the offer.
fn sensitivity_cells(ranking: &Ranking, smaa: &Smaa, offer: Option<&SmaaOffer>) -> String {
    let ranks = smaa.offers.first().map_or(0, |o| o.acceptability.len());
    let criteria = ranking.criteria.len();
    let Some(offer) = offer else {
        return ",".repeat(ranks + 6 + criteria);
    };
    let mut cells: Vec<String> = offer.acceptability.iter().map(f64::to_string).collect();
    cells.extend([
        offer.mean_rank.to_string(),
        offer.ranks.best.to_string(),
        offer.ranks.worst.to_string(),
        offer.ranks.central_low.to_string(),
        offer.ranks.central_high.to_string(),
        offer.confidence.map_or_else(String::new, |c| c.to_string()),
    ]);
    match &offer.central_weights {
        Some(weights) => cells.extend(weights.iter().map(f64::to_string)),
        None => cells.extend(std::iter::repeat_n(String::new(), criteria)),
    }
    cells.iter().map(|cell| format!(",{cell}")).collect()
}

/// `,ID.value,ID.normalised,ID.contribution` for every criterion, and the line end.
pub(crate) fn push_criteria_header(out: &mut String, ranking: &Ranking) {
    for (j, criterion) in ranking.criteria.iter().enumerate() {
        let bounds: &[&str] = if has_intervals(ranking, j) {
            &["min", "max"]
        } else {
            &[]
        };
        let columns = ["value"]
            .iter()
            .chain(bounds)
            .chain(&["normalised", "contribution"]);
        for column in columns {
            out.push(',');
            out.push_str(&field(&format!("{}.{column}", criterion.id)));
        }
    }
    out.push('\n');
}

/// An offer's value, normalised value and contribution on every criterion, and
/// the line end.
pub(crate) fn push_criteria_cells(out: &mut String, ranking: &Ranking, offer: &RankedOffer) {
    for j in 0..ranking.criteria.len() {
        let value = own_value(ranking, offer, j).map_or_else(String::new, |v| v.to_string());
        out.push_str(&format!(",{value}"));
        if has_intervals(ranking, j) {
            match own_interval(ranking, offer, j) {
                Some(interval) => out.push_str(&format!(",{},{}", interval.min, interval.max)),
                None => out.push_str(",,"),
            }
        }
        let normalised = offer.normalised.get(j).copied().unwrap_or(0.0);
        let contribution = offer.contributions.get(j).copied().unwrap_or(0.0);
        out.push_str(&format!(",{normalised},{contribution}"));
    }
    out.push('\n');
}
