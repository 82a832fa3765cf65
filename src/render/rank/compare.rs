//! `rank --method all`: every method's ranking side by side, where they differ, then
//! each method's full output.
//!
//! Shapes:
//! - table and Markdown: a table `provider | rank (score) per method | moves`, a
//!   sentence on the winners and one on the offers whose rank moves, then each
//!   method's own output (Markdown headings one level down);
//! - JSON: `{"method": "all", "methods": [id], "different_winner", "winners":
//!   {method: provider|null}, "moves": [{"provider", "ranks": {method: rank|null},
//!   "moves"}], "rankings": [<the JSON of one method's ranking>, …]}`;
//! - CSV: each method's CSV with a first column `method` (one header).

use serde::Serialize;

use super::common::{rank_text, score_text};
use super::csv::render_csv;
use super::json::{Document, Ordered, document, pretty};
use super::markdown::render_markdown;
use super::table::{TableOptions, render_table_with};
use crate::lang::Lang;
use crate::ranking::input::Comparison;
use crate::ranking::warning::join;
use crate::render::markdown::{cell, escape};
use crate::tr;

/// Header and rows of the side-by-side table.
fn side_by_side(comparison: &Comparison, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let mut header = vec![tr!(lang, "rank-column-provider")];
    header.extend(comparison.rankings.iter().map(|r| r.method.id().to_owned()));
    header.push(tr!(lang, "evaluators-column-moves"));
    let rows = comparison
        .moves
        .iter()
        .map(|m| {
            let mut row = vec![m.provider.clone()];
            row.extend(comparison.rankings.iter().map(|r| {
                r.ranking
                    .iter()
                    .find(|o| o.provider == m.provider)
                    .map_or_else(
                        || tr!(lang, "evaluators-excluded"),
                        |o| format!("{} ({})", rank_text(o), score_text(o.score, lang)),
                    )
            }));
            row.push(if m.moves {
                "↕".to_owned()
            } else {
                String::new()
            });
            row
        })
        .collect();
    (header, rows)
}

/// The sentences: who wins under each method, and which offers move.
fn differences(comparison: &Comparison, lang: Lang) -> Vec<String> {
    let winners: Vec<String> = comparison
        .rankings
        .iter()
        .map(|r| {
            let winner = r
                .winner()
                .map_or_else(|| tr!(lang, "evaluators-no-winner"), |o| o.provider.clone());
            format!("{} → {winner}", r.method.name(lang))
        })
        .collect();
    let first = if comparison.different_winner {
        tr!(
            lang,
            "evaluators-methods-differ",
            winners = join(&winners, lang)
        )
    } else {
        let winner = comparison.rankings.first().and_then(|r| r.winner());
        tr!(
            lang,
            "evaluators-methods-agree",
            winner = winner.map_or_else(String::new, |o| o.provider.clone())
        )
    };
    let moved: Vec<String> = comparison
        .moves
        .iter()
        .filter(|m| m.moves)
        .map(|m| {
            let ranks: Vec<String> = m
                .ranks
                .iter()
                .map(|r| r.map_or_else(|| "–".to_owned(), |r| r.to_string()))
                .collect();
            format!("{} ({})", m.provider, ranks.join(" → "))
        })
        .collect();
    let second = if moved.is_empty() {
        tr!(lang, "evaluators-no-move")
    } else {
        tr!(lang, "evaluators-moves", offers = join(&moved, lang))
    };
    vec![first, second]
}

pub(crate) fn render_comparison_table(
    comparison: &Comparison,
    lang: Lang,
    options: TableOptions,
) -> String {
    let (header, rows) = side_by_side(comparison, lang);
    let mut table = comfy_table::Table::new();
    table.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
    table.set_content_arrangement(comfy_table::ContentArrangement::Disabled);
    let columns = header.len();
    table.set_header(header);
    for index in 1..columns.saturating_sub(1) {
        if let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
    for row in rows {
        table.add_row(row);
    }
    let mut out = format!("{}\n{table}\n", tr!(lang, "evaluators-methods-heading"));
    for line in differences(comparison, lang) {
        out.push_str(&line);
        out.push('\n');
    }
    for ranking in &comparison.rankings {
        out.push_str(&format!("\n═══ {} ═══\n", ranking.method.id()));
        out.push_str(&render_table_with(ranking, lang, options));
    }
    out
}

pub(crate) fn render_comparison_markdown(comparison: &Comparison, lang: Lang) -> String {
    let (header, rows) = side_by_side(comparison, lang);
    let mut out = format!("## {}\n\n", tr!(lang, "evaluators-methods-heading"));
    let cells = |row: &[String]| row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ");
    out.push_str(&format!("| {} |\n", cells(&header)));
    let mut rule = vec!["---"];
    rule.resize(header.len() - 1, "---:");
    rule.push(":---:");
    out.push_str(&format!("|{}|\n", rule.join("|")));
    for row in &rows {
        out.push_str(&format!("| {} |\n", cells(row)));
    }
    out.push('\n');
    for line in differences(comparison, lang) {
        out.push_str(&format!("{}\n\n", escape(&line)));
    }
    for ranking in &comparison.rankings {
        for line in render_markdown(ranking, lang).lines() {
            if line.starts_with('#') {
                out.push('#');
            }
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct ComparisonDocument<'a> {
    method: &'static str,
    methods: Vec<&'static str>,
    different_winner: bool,
    winners: Ordered<Option<&'a str>>,
    moves: Vec<Move<'a>>,
    rankings: Vec<Document<'a>>,
}

#[derive(Serialize)]
struct Move<'a> {
    provider: &'a str,
    ranks: Ordered<Option<usize>>,
    moves: bool,
}

pub(crate) fn render_comparison_json(comparison: &Comparison, lang: Lang) -> String {
    let id = |r: &crate::ranking::Ranking| r.method.id();
    let rankings = &comparison.rankings;
    pretty(&ComparisonDocument {
        method: "all",
        methods: rankings.iter().map(id).collect(),
        different_winner: comparison.different_winner,
        winners: Ordered(
            rankings
                .iter()
                .map(|r| (id(r).to_owned(), r.winner().map(|o| o.provider.as_str())))
                .collect(),
        ),
        moves: comparison
            .moves
            .iter()
            .map(|m| Move {
                provider: &m.provider,
                ranks: Ordered(
                    rankings
                        .iter()
                        .zip(&m.ranks)
                        .map(|(r, rank)| (id(r).to_owned(), *rank))
                        .collect(),
                ),
                moves: m.moves,
            })
            .collect(),
        rankings: rankings.iter().map(|r| document(r, lang)).collect(),
    })
}

pub(crate) fn render_comparison_csv(comparison: &Comparison, lang: Lang) -> String {
    let mut out = String::new();
    for (index, ranking) in comparison.rankings.iter().enumerate() {
        for (line_index, line) in render_csv(ranking, lang).lines().enumerate() {
            match (line_index, index) {
                (0, 0) => out.push_str(&format!("method,{line}\n")),
                (0, _) => {}
                _ => out.push_str(&format!("{},{line}\n", ranking.method.id())),
            }
        }
    }
    out
}
