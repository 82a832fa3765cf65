//! The terminal table (comfy-table, UTF-8 borders, no width detection so the output
//! is the same everywhere).

use anstyle::Style;
use comfy_table::{CellAlignment, Table};

use super::common::*;
use super::group;
use crate::lang::Lang;
use crate::ranking::Ranking;
use crate::render::style;
use crate::tr;

fn new_table(header: Vec<String>, right_from: usize) -> Table {
    let mut table = Table::new();
    table.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
    table.set_content_arrangement(comfy_table::ContentArrangement::Disabled);
    let columns = header.len();
    table.set_header(header);
    for index in right_from..columns {
        if let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

/// Each offer's value and contribution per criterion. With more criteria than offers (the
/// usual case), criteria are the rows and offers the columns, so the table stays
/// narrow enough for a terminal; otherwise offers are the rows.
fn contributions_table(ranking: &Ranking, lang: Lang) -> Table {
    let offers = &ranking.ranking;
    if ranking.criteria.len() > offers.len() {
        let mut header = vec![tr!(lang, "rank-column-criterion")];
        header.extend(
            offers
                .iter()
                .map(|o| format!("{} {}", rank_text(o), o.provider)),
        );
        let mut table = new_table(header, 1);
        for (j, criterion) in ranking.criteria.iter().enumerate() {
            let mut row = vec![criterion.id.clone()];
            row.extend(
                offers
                    .iter()
                    .map(|o| value_and_contribution(ranking, o, j, lang)),
            );
            table.add_row(row);
        }
        let mut total = vec![tr!(lang, "rank-column-score")];
        total.extend(offers.iter().map(|o| score_text(o.score, lang)));
        table.add_row(total);
        table
    } else {
        let mut header = vec![tr!(lang, "rank-column-provider")];
        header.extend(ranking.criteria.iter().map(|c| c.id.clone()));
        let mut table = new_table(header, 1);
        for offer in offers {
            let mut row = vec![offer.provider.clone()];
            row.extend(
                (0..ranking.criteria.len())
                    .map(|j| value_and_contribution(ranking, offer, j, lang)),
            );
            table.add_row(row);
        }
        table
    }
}

/// How the table is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableOptions {
    /// ANSI colours on the lines around the tables (never inside a cell, so the
    /// column widths stay right): the lead in green, exclusions in red, warnings in
    /// yellow.
    pub color: bool,
}

fn paint(text: &str, style: Style, options: TableOptions) -> String {
    style::paint(text, style, options.color)
}

/// The table without colours.
pub fn render_table(ranking: &Ranking, lang: Lang) -> String {
    render_table_with(ranking, lang, TableOptions::default())
}

pub fn render_table_with(ranking: &Ranking, lang: Lang, options: TableOptions) -> String {
    let mut out = String::new();
    out.push_str(&tr!(
        lang,
        "rank-method-line",
        method = ranking.method.name(lang)
    ));
    out.push('\n');
    out.push_str(&criteria_legend(ranking, lang).to_string());
    out.push('\n');
    if !ranking.ranking.is_empty() {
        push_scores(&mut out, ranking, lang, options);
    }
    if let Some(text) = ahp_text(ranking, lang) {
        out.push_str(&text);
        out.push('\n');
    }
    push_groups(&mut out, ranking, lang);
    for line in super::disagreement::ahp_evaluator_lines(ranking, lang) {
        out.push_str(&format!("  - {line}\n"));
    }
    push_disagreement(&mut out, ranking, lang, options);
    push_excluded(&mut out, ranking, lang, options);
    push_warnings(&mut out, ranking, lang, options);
    push_sensitivity(&mut out, ranking, lang);
    out
}

/// Where several evaluators disagree; nothing when every value was given once.
fn push_disagreement(out: &mut String, ranking: &Ranking, lang: Lang, options: TableOptions) {
    let Some(section) = super::disagreement::section(ranking, lang) else {
        return;
    };
    out.push_str(&format!(
        "\n{}\n{}\n",
        tr!(lang, "evaluators-heading"),
        section.intro
    ));
    let mut table = new_table(section.header, 2);
    for row in section.rows {
        table.add_row(row);
    }
    out.push_str(&table.to_string());
    out.push('\n');
    for line in section.scenarios {
        out.push_str(&format!("  - {line}\n"));
    }
    let disputed = ranking
        .disagreement
        .as_ref()
        .is_some_and(crate::ranking::disagreement::Disagreement::winner_is_disputed);
    let verdict_style = if disputed {
        style::CAUTION.bold()
    } else {
        style::GOOD
    };
    out.push_str(&paint(&section.verdict, verdict_style, options));
    out.push('\n');
}

/// The criteria: id, name (and unit), weight, direction, must-haves.
fn criteria_legend(ranking: &Ranking, lang: Lang) -> Table {
    let mut header = vec![
        tr!(lang, "rank-column-criterion"),
        tr!(lang, "rank-column-name"),
        tr!(lang, "rank-column-weight"),
        tr!(lang, "rank-column-direction"),
        tr!(lang, "rank-column-must-have"),
    ];
    header.extend(group::legend_headers(ranking, lang));
    let columns = header.len();
    let mut legend = new_table(header, columns);
    if let Some(column) = legend.column_mut(2) {
        column.set_cell_alignment(CellAlignment::Right);
    }
    // With groups, the last column is the weight inside the group.
    if ranking.groups.is_some()
        && let Some(column) = legend.column_mut(columns - 1)
    {
        column.set_cell_alignment(CellAlignment::Right);
    }
    for criterion in &ranking.criteria {
        let name = match &criterion.unit {
            Some(unit) => format!("{} ({})", criterion.name.get(lang), unit.get(lang)),
            None => criterion.name.get(lang).to_owned(),
        };
        let mut row = vec![
            criterion.id.clone(),
            name,
            percent(criterion.weight, lang),
            direction_text(criterion, lang),
            must_have_text(criterion, lang),
        ];
        row.extend(group::legend_cells(ranking, criterion, lang));
        legend.add_row(row);
    }
    legend
}

/// The ranked offers with their scores, the contributions, the lead and the legends.
fn push_scores(out: &mut String, ranking: &Ranking, lang: Lang, options: TableOptions) {
    let mut table = new_table(
        vec![
            tr!(lang, "rank-column-rank"),
            tr!(lang, "rank-column-provider"),
            tr!(lang, "rank-column-score"),
            String::new(),
        ],
        2,
    );
    if let Some(column) = table.column_mut(0) {
        column.set_cell_alignment(CellAlignment::Right);
    }
    if let Some(column) = table.column_mut(3) {
        column.set_cell_alignment(CellAlignment::Left);
    }
    for offer in &ranking.ranking {
        table.add_row(vec![
            rank_text(offer),
            offer.provider.clone(),
            score_text(offer.score, lang),
            crate::render::bar::bar(offer.score, 1.0, 20),
        ]);
    }
    out.push_str(&table.to_string());
    out.push('\n');
    out.push_str(&contributions_table(ranking, lang).to_string());
    out.push('\n');
    out.push_str(&tr!(lang, "evaluators-value-cell-note"));
    out.push('\n');
    if let Some(legend) = intervals_legend(ranking, lang) {
        out.push_str(&legend);
        out.push('\n');
    }
    out.push_str(&ranking.method.contribution_note(lang));
    out.push('\n');
    if let Some(lead) = lead_text(ranking, lang) {
        out.push_str(&paint(&lead, style::GOOD.bold(), options));
        out.push('\n');
    }
    if ranking.ranking.iter().any(|o| o.tied) {
        out.push_str(&tie_legend(lang));
        out.push('\n');
    }
    if any_imputed(ranking) {
        out.push_str(&missing_legend(lang));
        out.push('\n');
    }
}

/// The score per group and the consistency of the groups' AHP matrices; nothing
/// without groups.
fn push_groups(out: &mut String, ranking: &Ranking, lang: Lang) {
    if let Some((header, rows)) = group::group_table(ranking, lang) {
        out.push_str(&format!("\n{}\n", tr!(lang, "committee-groups-heading")));
        let mut table = new_table(header, 1);
        for row in rows {
            table.add_row(row);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    for line in group::group_ahp_lines(ranking, lang) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// The excluded offers and why, in red; nothing when none is excluded.
fn push_excluded(out: &mut String, ranking: &Ranking, lang: Lang, options: TableOptions) {
    let excluded = excluded_lines(ranking, lang);
    if excluded.is_empty() {
        return;
    }
    out.push_str(&format!("\n{}\n", tr!(lang, "rank-excluded-heading")));
    for (name, reasons) in excluded {
        let item = tr!(
            lang,
            "rank-excluded-item",
            provider = name,
            reasons = reasons
        );
        let line = format!("  - {item}");
        out.push_str(&paint(&line, style::BAD, options));
        out.push('\n');
    }
}

/// The warnings, in yellow; nothing when there is none.
fn push_warnings(out: &mut String, ranking: &Ranking, lang: Lang, options: TableOptions) {
    if ranking.warnings.is_empty() {
        return;
    }
    out.push('\n');
    for warning in &ranking.warnings {
        let line = tr!(
            lang,
            "rank-warning-line",
            code = warning.code.as_str(),
            message = warning.message.get(lang),
        );
        out.push_str(&paint(&line, style::CAUTION, options));
        out.push('\n');
    }
}

/// The weight thresholds, then the SMAA-2 tables; nothing without `--sensitivity`.
fn push_sensitivity(out: &mut String, ranking: &Ranking, lang: Lang) {
    let Some(sensitivity) = &ranking.sensitivity else {
        return;
    };
    out.push_str(&format!("\n{}\n", tr!(lang, "rank-sensitivity-heading")));
    let mut table = new_table(
        vec![
            tr!(lang, "rank-column-criterion"),
            tr!(lang, "rank-column-weight"),
            tr!(lang, "rank-column-change"),
            tr!(lang, "rank-column-new-winner"),
        ],
        1,
    );
    if let Some(column) = table.column_mut(3) {
        column.set_cell_alignment(CellAlignment::Left);
    }
    for (threshold, criterion) in sensitivity.thresholds.iter().zip(&ranking.criteria) {
        let (change, winner) = threshold_text(threshold, lang);
        table.add_row(vec![
            criterion.id.clone(),
            percent(threshold.weight, lang),
            change,
            winner,
        ]);
    }
    out.push_str(&table.to_string());
    out.push('\n');
    let rows = group::group_threshold_rows(ranking, lang);
    if !rows.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            tr!(lang, "committee-group-thresholds-heading")
        ));
        let mut table = new_table(
            vec![
                tr!(lang, "committee-column-group"),
                tr!(lang, "rank-column-weight"),
                tr!(lang, "rank-column-change"),
                tr!(lang, "rank-column-new-winner"),
            ],
            1,
        );
        if let Some(column) = table.column_mut(3) {
            column.set_cell_alignment(CellAlignment::Left);
        }
        for row in rows {
            table.add_row(row);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    push_smaa(out, ranking, lang);
}

/// The rank acceptability and central weights tables; nothing without SMAA.
fn push_smaa(out: &mut String, ranking: &Ranking, lang: Lang) {
    let Some(sensitivity) = &ranking.sensitivity else {
        return;
    };
    let Some(intro) = sensitivity_intro(ranking, lang) else {
        return;
    };
    if sensitivity.spread.is_empty() {
        return;
    }
    out.push_str(&format!("\n{intro}\n"));
    out.push_str(&format!("{}\n", tr!(lang, "rank-acceptability-intro")));
    let (header, rows) = acceptability_table(sensitivity, lang);
    let mut table = new_table(header, 1);
    for row in rows {
        table.add_row(row);
    }
    out.push_str(&table.to_string());
    out.push('\n');
    let (header, rows) = central_weights_table(ranking, sensitivity, lang);
    if !rows.is_empty() {
        out.push_str(&format!("\n{}\n", tr!(lang, "rank-central-weights-intro")));
        let mut table = new_table(header, 1);
        for row in rows {
            table.add_row(row);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
}
