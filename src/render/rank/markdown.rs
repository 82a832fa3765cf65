//! Markdown: a GitHub table, then the excluded offers, the warnings and, when asked,
//! the sensitivity analysis.

use super::common::*;
use super::group;
use crate::lang::Lang;
use crate::ranking::Ranking;
use crate::render::markdown::{cell, escape, escape_with_code};
use crate::tr;

fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

pub fn render_markdown(ranking: &Ranking, lang: Lang) -> String {
    let mut out = format!(
        "## {}\n\n{}\n\n",
        tr!(lang, "rank-title"),
        tr!(lang, "rank-method-line", method = ranking.method.name(lang)),
    );
    ranking_table(&mut out, ranking, lang);
    if let Some(text) = ahp_text(ranking, lang) {
        out.push_str(&format!("\n{text}\n"));
    }
    group_section(&mut out, ranking, lang);
    let lines = super::disagreement::ahp_evaluator_lines(ranking, lang);
    if !lines.is_empty() {
        out.push('\n');
    }
    for line in lines {
        out.push_str(&format!("- {}\n", escape(&line)));
    }

    if let Some(section) = super::disagreement::section(ranking, lang) {
        out.push_str(&format!(
            "\n### {}\n\n{}\n\n",
            tr!(lang, "evaluators-heading"),
            escape(&section.intro)
        ));
        let mut rule = vec!["---"; 2];
        rule.resize(section.header.len(), "---:");
        let header: Vec<String> = section.header.iter().map(|h| cell(h)).collect();
        out.push_str(&row(&header));
        out.push_str(&format!("|{}|\n", rule.join("|")));
        for cells in &section.rows {
            let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
            out.push_str(&row(&cells));
        }
        out.push('\n');
        for line in &section.scenarios {
            out.push_str(&format!("- {}\n", escape(line)));
        }
        out.push_str(&format!("\n**{}**\n", escape(&section.verdict)));
    }
    let excluded = excluded_lines(ranking, lang);
    if !excluded.is_empty() {
        out.push_str(&format!("\n### {}\n\n", tr!(lang, "rank-excluded-title")));
        for (name, reasons) in excluded {
            let item = tr!(
                lang,
                "rank-excluded-item",
                provider = format!("**{}**", escape(&name)),
                reasons = escape_with_code(&reasons),
            );
            out.push_str(&format!("- {item}\n"));
        }
    }
    if !ranking.warnings.is_empty() {
        out.push_str(&format!("\n### {}\n\n", tr!(lang, "rank-warnings-title")));
        for warning in &ranking.warnings {
            let line = tr!(
                lang,
                "rank-warning-item",
                code = format!("`{}`", warning.code.as_str()),
                message = escape_with_code(warning.message.get(lang)),
            );
            out.push_str(&format!("- {line}\n"));
        }
    }
    if let Some(sensitivity) = &ranking.sensitivity {
        sensitivity_tables(&mut out, ranking, sensitivity, lang);
    }
    out
}

/// The ranked offers with their contributions, and the notes under them.
fn ranking_table(out: &mut String, ranking: &Ranking, lang: Lang) {
    if ranking.ranking.is_empty() {
        out.push_str(&tr!(lang, "rank-no-offer-left"));
        out.push('\n');
    } else {
        let mut header = vec![
            tr!(lang, "rank-column-rank"),
            tr!(lang, "rank-column-provider"),
            tr!(lang, "rank-column-score"),
        ];
        header.extend(
            ranking
                .criteria
                .iter()
                .map(|c| cell(&criterion_header_with_unit(c, lang))),
        );
        out.push_str(&row(&header));
        let mut rule = vec!["---:".to_owned(), "---".to_owned()];
        rule.extend((0..=ranking.criteria.len()).map(|_| "---:".to_owned()));
        out.push_str(&format!("|{}|\n", rule.join("|")));
        for offer in &ranking.ranking {
            let mut cells = vec![
                rank_text(offer),
                cell(&offer.provider),
                score_text(offer.score, lang),
            ];
            cells.extend(
                (0..ranking.criteria.len())
                    .map(|j| value_and_contribution(ranking, offer, j, lang)),
            );
            out.push_str(&row(&cells));
        }
        out.push('\n');
        out.push_str(&format!(
            "_{}_\n\n",
            tr!(lang, "evaluators-value-cell-note-markdown")
        ));
        if let Some(legend) = intervals_legend(ranking, lang) {
            out.push_str(&format!("_{}_\n\n", escape(&legend)));
        }
        out.push_str(&format!("_{}_\n", &ranking.method.contribution_note(lang)));
        out.push_str(&format!(
            "\n{}\n",
            escape(&group::scales_note(ranking, lang))
        ));
        if let Some(lead) = lead_text(ranking, lang) {
            out.push_str(&format!("\n{}\n", escape(&lead)));
        }
        if ranking.ranking.iter().any(|o| o.tied) {
            out.push_str(&format!("\n_{}_\n", tie_legend(lang)));
        }
        if any_imputed(ranking) {
            // A `*` followed by a space opens no emphasis: no backslash needed.
            out.push_str(&format!("\n_{}_\n", missing_legend(lang)));
        }
    }
}

/// The score per group and the consistency of the groups' AHP matrices; nothing
/// without groups.
fn group_section(out: &mut String, ranking: &Ranking, lang: Lang) {
    if let Some((header, rows)) = group::group_table(ranking, lang) {
        out.push_str(&format!(
            "\n{}\n\n",
            escape(&tr!(lang, "committee-groups-heading"))
        ));
        let header: Vec<String> = header.iter().map(|h| cell(h)).collect();
        markdown_table(out, &header, &rows);
    }
    let members = group::group_member_lines(ranking, lang);
    if !members.is_empty() {
        out.push('\n');
        for line in members {
            out.push_str(&format!("- {}\n", escape(&line)));
        }
    }
    // One paragraph per matrix (consecutive lines would join into one).
    for line in group::group_ahp_lines(ranking, lang) {
        out.push_str(&format!("\n{}\n", escape(&line)));
    }
}

/// How far each weight can move before the winner changes, and how often each
/// offer wins when the weights vary.
fn sensitivity_tables(
    out: &mut String,
    ranking: &Ranking,
    sensitivity: &crate::ranking::sensitivity::Sensitivity,
    lang: Lang,
) {
    out.push_str(&format!(
        "\n### {}\n\n",
        tr!(lang, "rank-sensitivity-title")
    ));
    out.push_str(&row(&[
        tr!(lang, "rank-column-criterion"),
        tr!(lang, "rank-column-weight"),
        tr!(lang, "rank-column-smallest-change"),
        tr!(lang, "rank-column-new-winner"),
    ]));
    out.push_str("|---|---:|---:|---|\n");
    for (threshold, criterion) in sensitivity.thresholds.iter().zip(&ranking.criteria) {
        let (change, winner) = threshold_text(threshold, lang);
        out.push_str(&row(&[
            cell(criterion.name.get(lang)),
            percent(threshold.weight, lang),
            change,
            cell(&winner),
        ]));
    }
    let rows = group::group_threshold_rows(ranking, lang);
    if !rows.is_empty() {
        out.push_str(&format!(
            "\n{}\n\n",
            escape(&tr!(lang, "committee-group-thresholds-heading"))
        ));
        out.push_str(&row(&[
            tr!(lang, "committee-column-group"),
            tr!(lang, "rank-column-weight"),
            tr!(lang, "rank-column-smallest-change"),
            tr!(lang, "rank-column-new-winner"),
        ]));
        out.push_str("|---|---:|---:|---|\n");
        for cells in rows {
            let [name, weight, change, winner] = <[String; 4]>::try_from(cells).unwrap_or_default();
            out.push_str(&row(&[cell(&name), weight, change, cell(&winner)]));
        }
    }
    if let (Some(intro), false) = (
        sensitivity_intro(ranking, lang),
        sensitivity.spread.is_empty(),
    ) {
        out.push_str(&format!("\n{intro}\n\n"));
        out.push_str(&format!("{}\n\n", tr!(lang, "rank-acceptability-intro")));
        let (header, rows) = acceptability_table(sensitivity, lang);
        markdown_table(out, &header, &rows);
        let (header, rows) = central_weights_table(ranking, sensitivity, lang);
        if !rows.is_empty() {
            out.push_str(&format!(
                "\n{}\n\n",
                tr!(lang, "rank-central-weights-intro")
            ));
            markdown_table(out, &header, &rows);
        }
    }
}

/// A table whose first column is text (left) and the others numbers (right).
fn markdown_table(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    out.push_str(&row(header));
    out.push_str("|---|");
    out.push_str(&"---:|".repeat(header.len().saturating_sub(1)));
    out.push('\n');
    for cells in rows {
        let mut cells = cells.clone();
        if let Some(first) = cells.first_mut() {
            *first = cell(first);
        }
        out.push_str(&row(&cells));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;
    use crate::model::criteria::{Criteria, Criterion, Direction};
    use crate::model::offer::Offer;
    use crate::ranking::method::Method;
    use crate::ranking::rank_offers;

    #[test]
    fn a_starred_provider_is_not_in_italics() {
        let criteria = Criteria {
            criteria: vec![Criterion {
                id: "q".to_owned(),
                name: Text::new("_Quality_", "_Qualité_"),
                weight: 1.0,
                direction: Direction::Benefit,
                min: None,
                max: None,
                required: false,
                price: false,
                unit: None,
                scale: Default::default(),
            }],
            method: None,
            ahp: None,
            groups: None,
        };
        let offers = [
            Offer::new("*Acme*", [("q", 5.0)]),
            Offer::new("Globex", [("q", 1.0)]),
        ];
        let md = render_markdown(
            &rank_offers(&criteria, &offers, Method::WeightedSum),
            Lang::En,
        );
        // Min-max: Acme (5 - 1) / 4 = 1, Globex 0.
        assert!(
            md.contains("| 1 | \\*Acme\\* | 1.000 | 5 · 1.000 |"),
            "{md}"
        );
        assert!(md.contains("| \\_Quality\\_ (100%) |"), "{md}");
        assert!(
            md.contains("\\*Acme\\* is ahead of Globex by 1.000"),
            "{md}"
        );
        assert!(!md.contains(" *Acme*"), "{md}");
    }
}
