//! CSV: a header, then one row per ranked offer: `rank,provider,score`, then three
//! columns per criterion, named after its id: `ID.value` (the offer's own value, in
//! the criterion's unit; empty when it gave none), `ID.normalised` and
//! `ID.contribution` (what the score adds up from). Full-precision numbers. When
//! an offer gave an interval on a criterion, `ID.min` and `ID.max` follow
//! `ID.value` (which stays the midpoint the ranking counts); they are empty for
//! the offers that gave a single value, and absent for criteria without intervals.
//!
//! With the sensitivity analysis (SMAA-2), the CSV is instead the rank acceptability
//! matrix in long form, one table: `provider,rank,share`, one row per offer (ranking
//! order) and rank, so that a spreadsheet or a data frame pivots it directly.

use super::common::{has_intervals, own_interval, own_value};
use crate::lang::Lang;
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
    if let Some(smaa) = ranking.sensitivity.as_ref().and_then(|s| s.smaa.as_ref()) {
        let mut out = String::from("provider,rank,share\n");
        for offer in &smaa.offers {
            for (index, share) in offer.acceptability.iter().enumerate() {
                out.push_str(&format!(
                    "{},{},{share}\n",
                    field(&offer.provider),
                    index + 1
                ));
            }
        }
        return out;
    }
    let mut out = String::from("rank,provider,score");
    push_criteria_header(&mut out, ranking);
    for offer in &ranking.ranking {
        out.push_str(&format!(
            "{},{},{}",
            offer.rank,
            field(&offer.provider),
            offer.score
        ));
        push_criteria_cells(&mut out, ranking, offer);
    }
    out
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
