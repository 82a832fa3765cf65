//! The report as Markdown for forges (GitHub, GitLab, Gitea): GitHub tables, and the
//! charts as SVG files written next to the document and linked as images.

use std::fmt::Write as _;

use crate::lang::Lang;
use crate::render::markdown::{cell, code_span_or_text, escape, link};

use super::Report;
use super::build::build;
use super::document::{Align, Block, Card, Document, Figure, Inline, Table, Tile};

/// A Markdown report and the chart files it links to.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct MarkdownReport {
    pub text: String,
    /// `(file name, SVG)`: to write in the Markdown file's folder.
    pub charts: Vec<(String, String)>,
}

/// Renders the report. With `chart_stem` (e.g. `report` for `report.md`), the charts
/// are linked as `report-radar.svg`, `report-offers.svg` and
/// `report-sensitivity.svg` and returned to be written next to the document;
/// without it (standard output), they are omitted with a note.
pub(crate) fn render_markdown(report: &Report, chart_stem: Option<&str>) -> MarkdownReport {
    render_document(&build(report), chart_stem)
}

/// Lays out a report's document as Markdown (see [`render_markdown`]).
pub(crate) fn render_document(document: &Document, chart_stem: Option<&str>) -> MarkdownReport {
    let mut writer = Writer {
        lang: document.lang,
        chart_stem,
        out: String::new(),
        charts: Vec::new(),
    };
    let out = &mut writer.out;
    let _ = writeln!(
        out,
        "# {}\n\n{}\n",
        escape(&document.title),
        escape(&document.subtitle)
    );
    for (label, value) in &document.facts {
        let colon = super::colon(document.lang);
        let _ = writeln!(out, "- **{}**{colon}{}", escape(label), escape(value));
    }
    out.push('\n');
    for section in &document.sections {
        let _ = writeln!(writer.out, "## {}\n", escape(&section.heading));
        for block in &section.blocks {
            writer.block(block);
        }
    }
    let _ = writeln!(writer.out, "---\n\n_{}_", escape(&document.footer));
    MarkdownReport {
        text: writer.out,
        charts: writer.charts,
    }
}

struct Writer<'a> {
    lang: Lang,
    chart_stem: Option<&'a str>,
    out: String,
    charts: Vec<(String, String)>,
}

impl Writer<'_> {
    fn block(&mut self, block: &Block) {
        let out = &mut self.out;
        match block {
            Block::Heading(heading) => {
                let _ = writeln!(out, "### {}\n", escape(heading));
            }
            Block::Paragraph(runs) | Block::Note(runs) => {
                let _ = writeln!(out, "{}\n", inline(runs));
            }
            Block::Tiles(tiles) => tiles_table(out, tiles),
            Block::Table(table) => render_table(out, table),
            Block::List { items, .. } => {
                for item in items {
                    let _ = writeln!(out, "- {}", inline(item));
                }
                out.push('\n');
            }
            Block::Figure(figure) => self.figure(figure),
            Block::Card(card) => card_item(out, card),
        }
    }

    fn figure(&mut self, figure: &Figure) {
        if figure.svg.is_empty() {
            return;
        }
        let Some(stem) = self.chart_stem else {
            let _ = writeln!(
                self.out,
                "_{}_\n",
                escape(&crate::tr!(self.lang, "report-chart-omitted"))
            );
            return;
        };
        let name = format!("{stem}-{}.svg", figure.file);
        let _ = writeln!(self.out, "![{}]({})\n", escape(&figure.alt), link(&name));
        if let Some(caption) = &figure.caption {
            let _ = writeln!(self.out, "_{}_\n", escape(caption));
        }
        self.charts.push((name, figure.svg.clone()));
    }
}

/// Inline runs as Markdown, every text escaped.
fn inline(runs: &[Inline]) -> String {
    runs.iter()
        .map(|run| match run {
            Inline::Text(text) | Inline::Sub(text) | Inline::Status { text, .. } => escape(text),
            Inline::Strong(text) => format!("**{}**", escape(text)),
            Inline::Emphasis(text) | Inline::Cite(text) | Inline::Muted(text) => {
                format!("_{}_", escape(text))
            }
            Inline::Code(text) => code_span_or_text(text, true),
        })
        .collect()
}

fn delimiter(align: &[Align]) -> String {
    let cells: String = align
        .iter()
        .map(|a| match a {
            Align::Left => "---|",
            Align::Right => "---:|",
        })
        .collect();
    format!("|{cells}")
}

/// The summary's headline numbers as a one-row table.
fn tiles_table(out: &mut String, tiles: &[Tile]) {
    let labels: Vec<String> = tiles.iter().map(|t| cell(&t.label)).collect();
    let values: Vec<String> = tiles
        .iter()
        .map(|tile| {
            let value = format!("{}{}", cell(&tile.value), escape(tile.unit));
            if tile.class.is_some() {
                format!("**{value}**")
            } else {
                value
            }
        })
        .collect();
    let mut align = vec![Align::Left];
    align.resize(tiles.len(), Align::Right);
    let _ = writeln!(
        out,
        "| {} |\n{}\n| {} |\n",
        labels.join(" | "),
        delimiter(&align),
        values.join(" | ")
    );
}

fn render_table(out: &mut String, table: &Table) {
    let header: Vec<String> = table.header.iter().map(|h| cell(h)).collect();
    let _ = writeln!(
        out,
        "| {} |\n{}",
        header.join(" | "),
        delimiter(&table.align)
    );
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(|c| inline(c).trim().to_owned()).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// A finding as a list item, its lines joined by hard breaks.
fn card_item(out: &mut String, card: &Card) {
    let _ = write!(out, "- **{}**", escape(&card.title));
    if let Some(badge) = &card.badge {
        let _ = write!(out, " _({})_", escape(badge));
    }
    let _ = write!(out, " — {}", escape(&card.meta));
    for line in card.lines.iter().chain(&card.source) {
        let _ = write!(out, "\\\n  {}", inline(line));
    }
    out.push_str("\n\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::report::sample;

    #[test]
    fn links_charts_and_returns_their_files() {
        let report = render_markdown(&sample(Lang::En), Some("client report"));
        let names: Vec<&str> = report.charts.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "client report-radar.svg",
                "client report-offers.svg",
                "client report-sensitivity.svg",
                "client report-acceptability.svg"
            ]
        );
        assert!(
            report
                .text
                .contains("![Readiness by dimension](client%20report-radar.svg)")
        );
        for (_, svg) in &report.charts {
            roxmltree::Document::parse(svg).unwrap();
        }
    }

    #[test]
    fn stdout_omits_charts_with_a_note() {
        let report = render_markdown(&sample(Lang::En), None);
        assert!(report.charts.is_empty());
        assert!(!report.text.contains(".svg"));
        assert_eq!(
            report
                .text
                .matches("Chart omitted on standard output")
                .count(),
            4
        );
    }

    #[test]
    fn tables_are_github_tables() {
        let text = render_markdown(&sample(Lang::En), None).text;
        // Every table row has the same number of unescaped pipes as its header.
        let mut lines = text.lines().peekable();
        let mut tables = 0;
        while let Some(line) = lines.next() {
            if !line.starts_with('|') {
                continue;
            }
            let columns = pipes(line);
            let delimiter = lines.next().unwrap();
            assert!(delimiter.starts_with('|'), "{delimiter}");
            assert!(delimiter.chars().all(|c| "|-:".contains(c)), "{delimiter}");
            assert_eq!(pipes(delimiter), columns, "{line}");
            while let Some(row) = lines.peek().filter(|l| l.starts_with('|')) {
                assert_eq!(pipes(row), columns, "{row}");
                lines.next();
            }
            tables += 1;
        }
        // Summary, dimensions, ranking, groups, weights, disagreement, shares,
        // acceptability, thresholds, and the appendix's two tables of answers.
        assert_eq!(tables, 11);
        assert!(text.contains("| Who steers the provider? | Nobody yet | The COO may chair it |"));
        assert!(
            text.contains("| Is a DPO appointed? | Not applicable: _Fewer than 250 staff_ |  |")
        );
        assert!(text.contains("| Data protection \\| GDPR | 100 |"));
        assert!(text.contains("| Budget | no answer |"));
    }

    fn pipes(line: &str) -> usize {
        let mut count = 0;
        let mut escaped = false;
        for c in line.chars() {
            match c {
                '\\' if !escaped => escaped = true,
                '|' if !escaped => count += 1,
                _ => escaped = false,
            }
        }
        count
    }

    #[test]
    fn escapes_markup_and_groups_findings() {
        let text = render_markdown(&sample(Lang::En), None).text;
        assert!(text.starts_with("# Boutique \\<Lumière\\> \\& Co\n"));
        assert!(text.contains("No knowledge base \\<yet\\>"));
        let blockers = text.find("### Blockers (1)").unwrap();
        let warnings = text.find("### Warnings (2)").unwrap();
        assert!(blockers < warnings);
        assert!(text.contains("**Risk accepted:** Defined with the provider"));
        assert!(text.contains("**Answer:** Nobody yet"));
        assert!(text.contains("**Note:** The COO may chair it"));
        assert!(!text.contains("line 12"));
        assert!(text.contains("**Why:** score 62.5 below 75.\n"));
        assert!(text.contains("## Questions still to answer (1)\n"));
        assert!(text.contains("- What is the budget \\| per year? — _Ten questions · Budget_\n"));
        assert!(text.contains("λmax = 3.050, CI = 0.025, CR = 0.043: acceptable (at most 0.10)"));
    }

    #[test]
    fn french() {
        let text = render_markdown(&sample(Lang::Fr), None).text;
        assert!(text.contains("## Synthèse"));
        assert!(text.contains("Prêt sous conditions"));
        assert!(text.contains("sous 21\u{a0}%\u{a0}: Globex gagne"));
    }
}
