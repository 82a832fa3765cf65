//! Renderers of a [`Ranking`]: a terminal table, JSON, CSV and Markdown. Pure: each
//! returns a `String`; text is in the language given.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod table;

use crate::lang::Lang;
use crate::ranking::method::Method;
use crate::ranking::sensitivity::Threshold;
use crate::ranking::{RankedCriterion, RankedOffer, Ranking};

pub use self::csv::render_csv;
pub use self::json::render_json;
pub use self::markdown::render_markdown;
pub use self::table::{TableOptions, render_table, render_table_with};

/// A weight as a percentage with at most one decimal: `30 %`, `13.3 %`.
pub(crate) fn percent(weight: f64) -> String {
    let value = weight * 100.0;
    if (value - value.round()).abs() < 0.05 {
        format!("{value:.0} %")
    } else {
        format!("{value:.1} %")
    }
}

/// Column header of a criterion: `Price (30 %)`.
pub(crate) fn criterion_header(criterion: &RankedCriterion, lang: Lang) -> String {
    format!(
        "{} ({})",
        criterion.name.get(lang),
        percent(criterion.weight)
    )
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
pub(crate) fn contribution_text(ranking: &Ranking, offer: &RankedOffer, j: usize) -> String {
    let value = offer.contributions.get(j).copied().unwrap_or(0.0);
    let missing = ranking
        .criteria
        .get(j)
        .is_some_and(|c| offer.missing.contains(&c.id));
    format!("{value:.3}{}", if missing { "*" } else { "" })
}

pub(crate) fn missing_legend(lang: Lang) -> &'static str {
    lang.pick(
        "* no value given: counted as the worst value among the ranked offers",
        "* valeur absente : comptée comme la pire valeur des offres classées",
    )
}

pub(crate) fn tie_legend(lang: Lang) -> &'static str {
    lang.pick(
        "= tied (same score within a relative 1e-9)",
        "= ex aequo (même score à 1e-9 près, en relatif)",
    )
}

/// The smallest weight change of a threshold, in percentage points of the total
/// weight: `+19.7 pts (13.3 % → 33.0 %)`.
pub(crate) fn threshold_text(threshold: &Threshold, lang: Lang) -> (String, String) {
    match threshold.smallest() {
        Some(change) => (
            format!(
                "{:+.1} {} ({} → {})",
                change.change * 100.0,
                lang.pick("pts", "pts"),
                percent_precise(threshold.weight),
                percent_precise(change.new_weight)
            ),
            change.winner.clone(),
        ),
        None => (
            lang.pick("none", "aucun").to_owned(),
            lang.pick(
                "no weight from 0 to 1 changes the winner",
                "aucun poids de 0 à 1 ne change le gagnant",
            )
            .to_owned(),
        ),
    }
}

fn percent_precise(weight: f64) -> String {
    format!("{:.1} %", weight * 100.0)
}

/// The AHP summary line.
pub(crate) fn ahp_text(ranking: &Ranking, lang: Lang) -> Option<String> {
    let ahp = ranking.ahp.as_ref()?;
    Some(format!(
        "{} lambda_max = {:.3}, CI = {:.3}, CR = {:.3} ({} {}, RI = {}){}",
        lang.pick(
            "AHP weights (principal eigenvector):",
            "Poids AHP (vecteur propre principal) :"
        ),
        ahp.lambda_max,
        ahp.ci,
        ahp.cr,
        lang.pick("random index:", "indice aléatoire :"),
        ahp.ri_table,
        ahp.ri,
        if ahp.is_consistent() {
            lang.pick(", consistent", ", cohérent")
        } else {
            lang.pick(", NOT consistent (CR > 0.10)", ", NON cohérent (CR > 0,10)")
        }
    ))
}

/// Why the first offer leads: `Bravo is ahead of Alpha by 0.150: gains most on …`.
pub(crate) fn lead_text(ranking: &Ranking, lang: Lang) -> Option<String> {
    let lead = ranking.lead()?;
    let list = |gaps: &[(String, f64)]| {
        gaps.iter()
            .map(|(id, gap)| format!("{id} {gap:+.3}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut text = format!(
        "{} {} {} {} {:.3}",
        lead.winner,
        lang.pick("is ahead of", "devance"),
        lead.runner_up,
        lang.pick("by", "de"),
        lead.margin
    );
    if !lead.gains.is_empty() {
        text.push_str(&format!(
            "{} {}",
            lang.pick("; gains most on", " ; gagne surtout sur"),
            list(&lead.gains)
        ));
    }
    if !lead.losses.is_empty() {
        text.push_str(&format!(
            "{} {}",
            lang.pick("; loses most on", " ; perd surtout sur"),
            list(&lead.losses)
        ));
    }
    Some(text)
}

/// One line per excluded offer: `name: reason; reason`.
pub(crate) fn excluded_lines(ranking: &Ranking, lang: Lang) -> Vec<(String, String)> {
    ranking
        .excluded
        .iter()
        .map(|excluded| {
            let reasons = excluded
                .reasons
                .iter()
                .map(|reason| reason.message.get(lang))
                .collect::<Vec<_>>()
                .join("; ");
            (excluded.provider.clone(), reasons)
        })
        .collect()
}

pub(crate) fn sensitivity_intro(ranking: &Ranking, lang: Lang) -> Option<String> {
    let s = ranking.sensitivity.as_ref()?;
    Some(format!(
        "{} {} ({} {}){} {}",
        s.samples,
        lang.pick("weight samples", "tirages de poids"),
        lang.pick("seed", "graine"),
        s.seed,
        lang.pick(":", " :"),
        crate::ranking::sensitivity::weight_draw(lang)
    ))
}

/// The must-haves of a criterion in words: `min 5, required`; empty when none.
pub(crate) fn must_have_text(criterion: &RankedCriterion, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(min) = criterion.min {
        parts.push(format!("min {}", crate::ranking::trim(min)));
    }
    if let Some(max) = criterion.max {
        parts.push(format!("max {}", crate::ranking::trim(max)));
    }
    if criterion.required {
        parts.push(lang.pick("required", "obligatoire").to_owned());
    }
    parts.join(", ")
}

pub(crate) fn direction_text(criterion: &RankedCriterion, lang: Lang) -> &'static str {
    match criterion.direction {
        crate::model::criteria::Direction::Benefit => lang.pick("more is better", "plus = mieux"),
        crate::model::criteria::Direction::Cost => lang.pick("less is better", "moins = mieux"),
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
            md.contains("- **E**: `p` = 20 is above the maximum 10"),
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
        assert!(en.contains("Excluded:\n  - E: `p` = 20 is above the maximum 10"));
        let fr = render_table(&r, Lang::Fr);
        assert!(fr.contains("Exclues :\n  - E : ") || fr.contains("Exclues :\n  - E: "));
        assert!(fr.contains("nom q"));
    }

    #[test]
    fn json_is_valid_and_has_no_nan() {
        for method in [Method::WeightedSum, Method::Topsis] {
            let r = ranking(method).with_sensitivity(20, 3);
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

    #[test]
    fn percentages() {
        assert_eq!(percent(0.3), "30 %");
        assert_eq!(percent(0.0667), "6.7 %");
        assert_eq!(percent(0.0), "0 %");
        assert_eq!(percent(0.4 / 3.0), "13.3 %");
        assert_eq!(percent(0.29999), "30 %");
    }
}
