//! Markdown: a GitHub table, then the excluded offers, the warnings and, when asked,
//! the sensitivity analysis.

use super::*;

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

pub fn render_markdown(ranking: &Ranking, lang: Lang) -> String {
    let mut out = format!(
        "## {}\n\n{}: {}\n\n",
        lang.pick("Ranking of the offers", "Classement des offres"),
        lang.pick("Method", "Méthode"),
        ranking.method.name(lang)
    );
    if ranking.ranking.is_empty() {
        out.push_str(lang.pick(
            "No offer passes the must-haves.\n",
            "Aucune offre ne passe les critères éliminatoires.\n",
        ));
    } else {
        let mut header = vec![
            lang.pick("Rank", "Rang").to_owned(),
            lang.pick("Provider", "Prestataire").to_owned(),
            "Score".to_owned(),
        ];
        header.extend(
            ranking
                .criteria
                .iter()
                .map(|c| cell(&criterion_header(c, lang))),
        );
        out.push_str(&row(&header));
        let mut rule = vec!["---:".to_owned(), "---".to_owned()];
        rule.extend((0..=ranking.criteria.len()).map(|_| "---:".to_owned()));
        out.push_str(&format!("|{}|\n", rule.join("|")));
        for offer in &ranking.ranking {
            let mut cells = vec![
                rank_text(offer),
                cell(&offer.provider),
                format!("{:.3}", offer.score),
            ];
            cells.extend((0..ranking.criteria.len()).map(|j| contribution_text(ranking, offer, j)));
            out.push_str(&row(&cells));
        }
        out.push('\n');
        out.push_str(&format!("_{}_\n", ranking.method.contribution_note(lang)));
        if let Some(lead) = lead_text(ranking, lang) {
            out.push_str(&format!("\n{}\n", cell(&lead)));
        }
        if ranking.ranking.iter().any(|o| o.tied) {
            out.push_str(&format!("\n_{}_\n", tie_legend(lang)));
        }
        if ranking.ranking.iter().any(|o| !o.missing.is_empty()) {
            // A `*` followed by a space opens no emphasis: no backslash needed.
            out.push_str(&format!("\n_{}_\n", missing_legend(lang)));
        }
    }
    if let Some(text) = ahp_text(ranking, lang) {
        out.push_str(&format!("\n{text}\n"));
    }

    let excluded = excluded_lines(ranking, lang);
    if !excluded.is_empty() {
        out.push_str(&format!("\n### {}\n\n", lang.pick("Excluded", "Exclues")));
        for (name, reasons) in excluded {
            out.push_str(&format!("- **{}**: {}\n", cell(&name), reasons));
        }
    }
    if !ranking.warnings.is_empty() {
        out.push_str(&format!(
            "\n### {}\n\n",
            lang.pick("Warnings", "Avertissements")
        ));
        for warning in &ranking.warnings {
            out.push_str(&format!(
                "- `{}`: {}\n",
                warning.code.as_str(),
                warning.message.get(lang)
            ));
        }
    }
    if let Some(sensitivity) = &ranking.sensitivity {
        out.push_str(&format!(
            "\n### {}\n\n",
            lang.pick("Sensitivity to the weights", "Sensibilité aux poids")
        ));
        out.push_str(&row(&[
            lang.pick("Criterion", "Critère").to_owned(),
            lang.pick("Weight", "Poids").to_owned(),
            lang.pick(
                "Smallest change that changes the winner",
                "Plus petit changement qui change le gagnant",
            )
            .to_owned(),
            lang.pick("New winner", "Nouveau gagnant").to_owned(),
        ]));
        out.push_str("|---|---:|---:|---|\n");
        for (threshold, criterion) in sensitivity.thresholds.iter().zip(&ranking.criteria) {
            let (change, winner) = threshold_text(threshold, lang);
            out.push_str(&row(&[
                cell(criterion.name.get(lang)),
                percent(threshold.weight),
                change,
                cell(&winner),
            ]));
        }
        if let (Some(intro), false) = (
            sensitivity_intro(ranking, lang),
            sensitivity.spread.is_empty(),
        ) {
            out.push_str(&format!("\n{intro}\n\n"));
            out.push_str(&row(&[
                lang.pick("Provider", "Prestataire").to_owned(),
                lang.pick("First place", "Première place").to_owned(),
                lang.pick("Best rank", "Meilleur rang").to_owned(),
                lang.pick("Worst rank", "Pire rang").to_owned(),
            ]));
            out.push_str("|---|---:|---:|---:|\n");
            for spread in &sensitivity.spread {
                out.push_str(&row(&[
                    cell(&spread.provider),
                    format!("{:.1} %", spread.first_place_share * 100.0),
                    spread.best_rank.to_string(),
                    spread.worst_rank.to_string(),
                ]));
            }
        }
    }
    out
}
