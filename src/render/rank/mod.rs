//! Renderers of a [`Ranking`]: a terminal table, JSON, CSV and Markdown. Pure: each
//! returns a `String`; text is in the language given.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod table;

use crate::i18n::number;
use crate::lang::Lang;
use crate::ranking::method::Method;
use crate::ranking::sensitivity::{Sensitivity, Threshold};
use crate::ranking::warning::{join, value_text};
use crate::ranking::{RankedCriterion, RankedOffer, Ranking};
use crate::tr;

pub use self::csv::render_csv;
pub use self::json::render_json;
pub use self::markdown::render_markdown;
pub use self::table::{TableOptions, render_table, render_table_with};

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
        crate::model::criteria::Direction::Benefit => tr!(lang, "rank-direction-benefit"),
        crate::model::criteria::Direction::Cost => tr!(lang, "rank-direction-cost"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;
    use crate::model::criteria::{Criteria, Criterion, Direction};
    use crate::model::offer::Offer;
    use crate::ranking::rank_offers;

    fn ranking(method: Method) -> Ranking {
        let criterion = |id: &str, weight: f64, direction| Criterion {
            id: id.to_owned(),
            name: Text::new(format!("{id} name"), format!("nom {id}")),
            weight,
            direction,
            min: None,
            max: Some(10.0),
            required: false,
            price: false,
            unit: None,
        };
        let criteria = Criteria {
            criteria: vec![
                criterion("q", 0.5, Direction::Benefit),
                criterion("p", 0.5, Direction::Cost),
            ],
            method: None,
            ahp: None,
        };
        // "A, B" and "C|D" tie (same values); E is excluded; F misses `p`.
        let offers = [
            Offer::new("A, B", [("q", 5.0), ("p", 2.0)]),
            Offer::new("C|D", [("q", 5.0), ("p", 2.0)]),
            Offer::new("E", [("q", 5.0), ("p", 20.0)]),
            Offer::new("F", [("q", 1.0)]),
        ];
        rank_offers(&criteria, &offers, method)
    }

    #[test]
    fn csv_quotes_fields_and_keeps_full_precision() {
        let csv = render_csv(&ranking(Method::WeightedSum), Lang::En);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "rank,provider,score,q,p");
        assert_eq!(lines[1], "1,\"A, B\",1,0.5,0.5");
        assert_eq!(lines[2], "1,C|D,1,0.5,0.5");
        // F has no `p`: the worst given value is 2, the same as everyone's, so the
        // column does not discriminate and F gets its 1 x 0.5 like the others.
        assert_eq!(lines[3], "3,F,0.5,0,0.5");
    }

    #[test]
    fn markdown_escapes_pipes_and_lists_exclusions() {
        let md = render_markdown(&ranking(Method::WeightedSum), Lang::En);
        assert!(md.contains("| 1= | C\\|D | 1.000 |"), "{md}");
        assert!(
            md.contains("- **E**: p name = 20 is above the maximum 10"),
            "{md}"
        );
        assert!(md.contains("_= tied"), "{md}");
        assert!(md.contains("| 3 | F | 0.500 | 0.000 | 0.500* |"), "{md}");
    }

    #[test]
    fn table_is_deterministic_and_bilingual() {
        let r = ranking(Method::Topsis);
        let en = render_table(&r, Lang::En);
        assert_eq!(en, render_table(&r, Lang::En));
        assert!(en.contains("│   1= ┆ A, B"), "{en}");
        assert!(en.contains("Excluded:\n  - E: p name = 20 is above the maximum 10"));
        let fr = render_table(&r, Lang::Fr);
        assert!(
            fr.contains("Exclues\u{a0}:\n  - E\u{a0}: nom p = 20 dépasse le maximum 10"),
            "{fr}"
        );
        assert!(fr.contains("nom q"));
    }

    #[test]
    fn json_is_valid_and_has_no_nan() {
        for method in [Method::WeightedSum, Method::Topsis] {
            let r = ranking(method)
                .with_sensitivity(&crate::ranking::smaa::SmaaOptions::new(
                    20,
                    3,
                    crate::ranking::smaa::WeightModel::DEFAULT_AROUND,
                ))
                .unwrap();
            let text = render_json(&r, Lang::En);
            assert!(!text.contains("NaN") && !text.contains("null,\n      \"tied\""));
            let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(doc["ranking"][0]["tied"], true);
            assert_eq!(doc["excluded"][0]["reasons"][0]["code"], "above-max");
            assert_eq!(
                doc["sensitivity"]["rank_range"]["F"],
                serde_json::json!([3, 3])
            );
        }
    }

    fn smaa_options(seed: u64) -> crate::ranking::smaa::SmaaOptions {
        crate::ranking::smaa::SmaaOptions::new(
            500,
            seed,
            crate::ranking::smaa::WeightModel::NoPreference,
        )
    }

    #[test]
    fn json_acceptability_rows_sum_to_one_and_start_with_first_places() {
        for method in [Method::WeightedSum, Method::Topsis] {
            let r = ranking(method).with_sensitivity(&smaa_options(5)).unwrap();
            let doc: serde_json::Value = serde_json::from_str(&render_json(&r, Lang::En)).unwrap();
            let s = &doc["sensitivity"];
            assert_eq!(s["weight_model"]["kind"], "no-preference");
            let rows = s["acceptability"].as_array().unwrap();
            // Three ranked offers ("A, B", "C|D", F): three rows of three ranks.
            assert_eq!(rows.len(), 3);
            for row in rows {
                let ranks: Vec<f64> = row["ranks"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_f64().unwrap())
                    .collect();
                assert_eq!(ranks.len(), 3);
                assert!((ranks.iter().sum::<f64>() - 1.0).abs() < 1e-12);
                let provider = row["provider"].as_str().unwrap();
                assert_eq!(
                    Some(ranks[0]),
                    s["first_place_share"][provider].as_f64(),
                    "{provider}"
                );
            }
            // "A, B" and "C|D" have the same values: they tie first in every sample
            // (tied offers share the better rank), so both rows are [1, 0, 0].
            assert_eq!(rows[0]["ranks"], serde_json::json!([1.0, 0.0, 0.0]));
            assert_eq!(rows[1]["ranks"], serde_json::json!([1.0, 0.0, 0.0]));
        }
    }

    #[test]
    fn same_seed_same_output() {
        for seed in [1, 2, 99] {
            let a = ranking(Method::Topsis)
                .with_sensitivity(&smaa_options(seed))
                .unwrap();
            let b = ranking(Method::Topsis)
                .with_sensitivity(&smaa_options(seed))
                .unwrap();
            assert_eq!(render_json(&a, Lang::En), render_json(&b, Lang::En));
            assert_eq!(render_csv(&a, Lang::En), render_csv(&b, Lang::En));
            assert_eq!(render_table(&a, Lang::Fr), render_table(&b, Lang::Fr));
        }
    }

    #[test]
    fn csv_with_sensitivity_is_the_long_acceptability_matrix() {
        let r = ranking(Method::WeightedSum)
            .with_sensitivity(&smaa_options(1))
            .unwrap();
        let csv = render_csv(&r, Lang::En);
        let lines: Vec<&str> = csv.lines().collect();
        // Header, then 3 offers x 3 ranks.
        assert_eq!(lines.len(), 1 + 9);
        assert_eq!(lines[0], "provider,rank,share");
        assert_eq!(lines[1], "\"A, B\",1,1");
        assert_eq!(lines[2], "\"A, B\",2,0");
    }

    #[test]
    fn table_caps_the_rank_columns() {
        // 12 offers with distinct values: ranks 1..=10 shown, then "Lower".
        let criteria = Criteria {
            criteria: vec![Criterion {
                id: "q".to_owned(),
                name: Text::new("q", "q"),
                weight: 1.0,
                direction: Direction::Benefit,
                min: None,
                max: None,
                required: false,
                price: false,
                unit: None,
            }],
            method: None,
            ahp: None,
        };
        let offers: Vec<Offer> = (0..12)
            .map(|i| Offer::new(format!("O{i:02}"), [("q", f64::from(i))]))
            .collect();
        let r = rank_offers(&criteria, &offers, Method::WeightedSum)
            .with_sensitivity(&smaa_options(1))
            .unwrap();
        let s = r.sensitivity.as_ref().unwrap();
        let (header, rows) = acceptability_table(s, Lang::En);
        // Provider, #1..#10, Lower, Best, Central, Worst, Confidence.
        assert_eq!(header.len(), 1 + 10 + 1 + 4);
        assert_eq!(header[11], "Lower");
        // O00 is always last (rank 12): 100% in "Lower", central interval 12–12.
        let last = rows.iter().find(|row| row[0] == "O00").unwrap();
        assert_eq!(last[11], "100.0%");
        assert_eq!(last[13], "12–12");
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(0.3, Lang::En), "30%");
        assert_eq!(percent(0.3, Lang::Fr), "30\u{a0}%");
        // 6.67 -> 6.7; 29.999 -> 30.0 -> 30 (the trailing zero dropped).
        assert_eq!(percent(0.0667, Lang::Fr), "6,7\u{a0}%");
        assert_eq!(percent(0.0, Lang::En), "0%");
        assert_eq!(percent(0.4 / 3.0, Lang::En), "13.3%");
        assert_eq!(percent(0.29999, Lang::En), "30%");
    }
}
