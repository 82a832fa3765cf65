//! The report as one self-contained HTML file: inline CSS and SVG, no script, no
//! network. Readable on a phone (fluid layout; charts drawn for a phone's width;
//! wide tables scroll sideways inside their own box, with shadows at the edges
//! that hide more) and printable on A4 (headings kept with what follows, the
//! report's title and client at the top of every page, page numbers at the
//! bottom: CSS `@page` margin boxes, which Chromium's print to PDF honours: the
//! browser test reads them back from the PDF).

use std::fmt::Write as _;

use crate::render::xml::escape;

use super::Report;
use super::build::build;
use super::document::{Align, Block, Card, Document, Figure, FigureKind, Inline, Table, Tile};

const STYLE: &str = r#"
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d0d7de; --soft: #f6f8fa;
  --ready: #1a7f37; --conditions: #9a6700; --not-ready: #cf222e; --info: #0969da; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.4rem; line-height: 1.3; border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin: 2.5rem 0 1rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
p { margin: .5rem 0; }
.subtitle { color: var(--muted); margin: 0 0 1.25rem; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; margin: 0 0 1.5rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.tiles { display: flex; flex-wrap: wrap; gap: .75rem; }
.tile { flex: 1 1 10rem; border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .6rem 1rem; }
.tile .label { display: block; color: var(--muted); font-size: .9rem; }
.tile .value { display: block; font-size: 1.7rem; font-weight: 700; line-height: 1.3; }
.tile.ready { border-left-color: var(--ready); } .tile.ready .value { color: var(--ready); }
.tile.ready-with-conditions { border-left-color: var(--conditions); } .tile.ready-with-conditions .value { color: var(--conditions); }
.tile.not-ready { border-left-color: var(--not-ready); } .tile.not-ready .value { color: var(--not-ready); }
.meter { display: block; height: .5rem; min-width: 4rem; background: #eaeef2; border-radius: 4px; overflow: hidden; margin-top: .3rem; }
.meter > span { display: block; height: 100%; background: #0072B2; }
figure { margin: 1rem 0 1.5rem; }
/* Charts are drawn 420 px wide with 13 px text: on a 390 px phone they shrink to
   366 px, their text to 11.3 px; on a desktop they grow to 32rem at most. */
figure svg { display: block; width: 100%; max-width: 32rem; height: auto; margin: 0 auto; }
figcaption { text-align: center; color: var(--muted); font-size: .9rem; margin-top: .25rem; }
/* A wide table scrolls inside its box; shadows at its edges show there is more
   (they scroll with the content, the white covers move with the box: Lea Verou's
   "scrolling shadows"). */
.scroll { overflow-x: auto;
  background: linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left center / 2.5rem 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right center / 2.5rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.3), rgba(0,0,0,0)) left center / 1rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.3), rgba(0,0,0,0)) right center / 1rem 100% no-repeat scroll; }
.scroll:focus-visible { outline: 2px solid var(--info); }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td, th { overflow-wrap: break-word; }
table.weights th.num { white-space: normal; min-width: 5.5rem; }
table.answers td:first-child { width: 45%; }
table.ranking { width: auto; min-width: min(100%, 30rem); }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.bar { width: 30%; vertical-align: middle; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px; padding: .6rem 1rem; margin: .75rem 0; }
.finding.blocker { border-left-color: var(--not-ready); }
.finding.warning { border-left-color: var(--conditions); }
.finding.info { border-left-color: var(--info); }
.finding.waived { background: var(--soft); border-left-style: dashed; }
.finding p { margin: .3rem 0; }
.meta, .source, .note { color: var(--muted); font-size: .9rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; background: var(--soft); padding: 0 .2em; border-radius: 3px; }
ul.open li { margin: .3rem 0; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-size: .8rem; font-weight: 600; background: #eaeef2; vertical-align: middle; }
.ok { color: var(--ready); } .bad { color: var(--not-ready); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
@media (max-width: 600px) {
  body { font-size: 15px; }
  main { padding: 1rem .75rem 2rem; }
  h1 { font-size: 1.5rem; }
  .tile .value { font-size: 1.4rem; }
  dl.facts { grid-template-columns: minmax(0, 1fr); }
  dl.facts dd { margin-bottom: .3rem; }
}
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 1.6rem; }
  h2 { margin-top: 1.5rem; }
  /* The appendix starts a page; the rest flows, so page 1 is full. */
  section.appendix { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  figure, tr, .finding, .tile, .tiles, dl.facts { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .scroll { overflow: visible; background: none; }
  figure svg { max-width: 28rem; }
  footer { border: 0; }
}
"#;

/// The printed page: A4, the report's title and client at the top, `page / pages`
/// at the bottom. The texts are CSS strings (see [`css_string`]).
fn page_style(document: &Document) -> String {
    let mut top = document.title.clone();
    if let Some((_, client)) = document
        .facts
        .first()
        .filter(|(label, _)| *label == crate::tr!(document.lang, "report-fact-client"))
    {
        top.push_str(" — ");
        top.push_str(client);
    }
    format!(
        "@page {{ size: A4; margin: 16mm 15mm 16mm;
           @top-left {{ content: {}; font: 8pt system-ui, sans-serif; color: #59636e; }}
           @bottom-right {{ content: {}; font: 8pt system-ui, sans-serif; color: #59636e; }} }}
",
        css_string(&top),
        r#"counter(page) " / " counter(pages)"#,
    )
}

/// `text` as a CSS string that cannot end the style sheet: quotes, backslashes,
/// line breaks and `<` (so no `</style>`) as CSS escapes.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' | '\n' | '\r' => {
                let _ = write!(out, "\\{:x} ", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The report as one HTML document.
pub(crate) fn render_html(report: &Report) -> String {
    render_document(&build(report))
}

/// Lays out a report's document as HTML.
pub(crate) fn render_document(document: &Document) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"{}\">\n<title>{} – {}</title>\n<style>{}{STYLE}</style>\n</head>\n<body>\n<main>\n",
        document.lang.code(),
        escape(&document.generator),
        escape(&crate::tr!(document.lang, "report-html-title")),
        escape(&document.title),
        page_style(document),
    );
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n<dl class=\"facts\">\n",
        escape(&document.title),
        escape(&document.subtitle)
    );
    for (label, value) in &document.facts {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
    }
    out.push_str("</dl>\n</header>\n");
    let mut appendix = false;
    for section in &document.sections {
        // The appendix (the answers, then the open questions) starts a new printed page.
        let page = if !appendix && matches!(section.id, "answers" | "open-questions") {
            appendix = true;
            " class=\"appendix\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<section id=\"{}\"{page}>\n<h2>{}</h2>",
            section.id,
            escape(&section.heading)
        );
        let mut context = section.heading.clone();
        for block in &section.blocks {
            if let Block::Heading(heading) = block {
                context.clone_from(heading);
            }
            render_block(&mut out, block, &context);
        }
        out.push_str("</section>\n");
    }
    let _ = write!(
        out,
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        escape(&document.footer)
    );
    out
}

/// `context` is the heading the block comes under, which names its table.
fn render_block(out: &mut String, block: &Block, context: &str) {
    match block {
        Block::Heading(heading) => {
            let _ = writeln!(out, "<h3>{}</h3>", escape(heading));
        }
        Block::Paragraph(runs) => {
            let _ = writeln!(out, "<p>{}</p>", inline(runs));
        }
        Block::Note(runs) => {
            let _ = writeln!(out, "<p class=\"note\">{}</p>", inline(runs));
        }
        Block::Tiles(tiles) => render_tiles(out, tiles),
        Block::Table(table) => render_table(out, table, context),
        Block::List { class, items } => {
            match class {
                Some(class) => {
                    let _ = writeln!(out, "<ul class=\"{class}\">");
                }
                None => out.push_str("<ul>\n"),
            }
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", inline(item));
            }
            out.push_str("</ul>\n");
        }
        Block::Figure(figure) => render_figure(out, figure),
        Block::Card(card) => render_card(out, card),
    }
}

/// Inline runs as HTML, every text escaped.
fn inline(runs: &[Inline]) -> String {
    let mut out = String::new();
    for run in runs {
        let _ = match run {
            Inline::Text(text) => write!(out, "{}", escape(text)),
            Inline::Strong(text) => write!(out, "<strong>{}</strong>", escape(text)),
            Inline::Emphasis(text) => write!(out, "<em>{}</em>", escape(text)),
            Inline::Code(text) => write!(out, "<code>{}</code>", escape(text)),
            Inline::Cite(text) => write!(out, "<cite>{}</cite>", escape(text)),
            Inline::Muted(text) => write!(out, "<span class=\"meta\">{}</span>", escape(text)),
            Inline::Sub(text) => write!(out, "<sub>{}</sub>", escape(text)),
            Inline::Status { text, ok } => write!(
                out,
                "<span class=\"{}\">{}</span>",
                if *ok { "ok" } else { "bad" },
                escape(text)
            ),
        };
    }
    out
}

fn render_tiles(out: &mut String, tiles: &[Tile]) {
    out.push_str("<div class=\"tiles\">\n");
    for tile in tiles {
        let class = tile
            .class
            .map_or_else(String::new, |class| format!(" verdict {class}"));
        let unit = if tile.unit.is_empty() {
            String::new()
        } else {
            format!("<small>{}</small>", escape(tile.unit))
        };
        let _ = writeln!(
            out,
            "<div class=\"tile{class}\"><span class=\"label\">{}</span><span class=\"value\">{}{unit}</span>{}</div>",
            escape(&tile.label),
            escape(&tile.value),
            meter(tile.meter),
        );
    }
    out.push_str("</div>\n");
}

/// A small CSS bar for a share in 0..=1.
fn meter(share: Option<f64>) -> String {
    share.map_or_else(String::new, |share| {
        format!(
            "<span class=\"meter\"><span style=\"width:{:.0}%\"></span></span>",
            share.clamp(0.0, 1.0) * 100.0
        )
    })
}

fn num_class(align: Option<&Align>) -> &'static str {
    match align {
        Some(Align::Right) => " class=\"num\"",
        _ => "",
    }
}

fn render_table(out: &mut String, table: &Table, context: &str) {
    // A box that may scroll must be reachable by keyboard (axe-core:
    // scrollable-region-focusable), and a focusable region needs a name, unique
    // on the page (landmark-unique): the heading it comes under, then its columns.
    let _ = write!(
        out,
        "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}{}{}\">",
        escape(context),
        if context.is_empty() { "" } else { ": " },
        escape(&table.header.join(", "))
    );
    match table.class {
        Some(class) => {
            let _ = writeln!(out, "<table class=\"{class}\">");
        }
        None => out.push_str("<table>\n"),
    }
    out.push_str("<thead><tr>");
    for (k, header) in table.header.iter().enumerate() {
        // The meters' column shares the last header: an empty <th> has no name
        // for screen readers (axe-core: empty-table-header).
        let span = if !table.meters.is_empty() && k + 1 == table.header.len() {
            " colspan=\"2\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<th{}{span}>{}</th>",
            num_class(table.align.get(k)),
            escape(header)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (r, row) in table.rows.iter().enumerate() {
        out.push_str("<tr>");
        for (k, cell) in row.iter().enumerate() {
            let _ = write!(
                out,
                "<td{}>{}</td>",
                num_class(table.align.get(k)),
                inline(cell)
            );
        }
        if !table.meters.is_empty() {
            let share = table.meters.get(r).copied().flatten();
            let _ = write!(out, "<td class=\"bar\">{}</td>", meter(share));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n");
}

fn render_figure(out: &mut String, figure: &Figure) {
    let class = match figure.kind {
        FigureKind::Radar => "radar",
        FigureKind::Bars => "bars",
    };
    let _ = writeln!(
        out,
        "<figure class=\"{class}\">\n{}\n<figcaption>{}</figcaption>\n</figure>",
        figure.svg,
        escape(figure.caption.as_deref().unwrap_or(&figure.alt))
    );
}

fn render_card(out: &mut String, card: &Card) {
    let _ = write!(
        out,
        "<article class=\"finding {}\">\n<h4>{}",
        escape(&card.class),
        escape(&card.title)
    );
    if let Some(badge) = &card.badge {
        let _ = write!(out, " <span class=\"badge\">{}</span>", escape(badge));
    }
    let _ = writeln!(out, "</h4>\n<p class=\"meta\">{}</p>", escape(&card.meta));
    for line in &card.lines {
        let _ = writeln!(out, "<p>{}</p>", inline(line));
    }
    if let Some(source) = &card.source {
        let _ = writeln!(out, "<p class=\"source\">{}</p>", inline(source));
    }
    out.push_str("</article>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::render::report::sample;

    #[test]
    fn has_every_section_and_no_script() {
        let html = render_html(&sample(Lang::En));
        for needle in [
            "<html lang=\"en\">",
            "id=\"summary\"",
            "id=\"dimensions\"",
            "id=\"findings\"",
            "id=\"offers\"",
            "Ready with conditions",
            "62.5<small> / 100</small>",
            "85%",
            "Blockers (1)",
            "Warnings (2)",
            "Risk accepted:",
            "<strong>Why:</strong> score 62.5 below 75.",
            "@media print",
            "λ<sub>max</sub>",
            "Warnings on the ranking",
            "<p>Acme leads Globex by 0.350, mostly on Price.</p>",
            "Questions still to answer (1)",
            "What is the budget | per year? — <span class=\"meta\">Ten questions · Budget</span>",
            "Coverage is the share of the questions&#39; weight",
            "<th>Provider</th><th class=\"num\">First places</th>",
            "acceptable (at most 0.10)",
        ] {
            assert!(html.contains(needle), "missing {needle}");
        }
        // Radar, contributions, first places, acceptability heat map.
        assert_eq!(html.matches("<svg").count(), 4);
        assert!(!html.to_lowercase().contains("<script"));
        // No network access: the only URL is the SVG namespace.
        assert!(
            !html
                .replace("http://www.w3.org/2000/svg", "")
                .contains("http")
        );
        // Blockers come before warnings.
        assert!(html.find("Blockers").unwrap() < html.find("Warnings").unwrap());
    }

    #[test]
    fn every_printed_page_names_the_report_and_its_client() {
        let html = render_html(&sample(Lang::En));
        // The title has `<` and `&`: CSS escapes, so no tag can end the style sheet.
        assert!(
            html.contains(
                r#"@top-left { content: "Boutique \3c Lumière\3e  \26  Co — Lumière SAS";"#
            )
        );
        assert!(html.contains(r#"@bottom-right { content: counter(page) " / " counter(pages);"#));
        assert_eq!(
            css_string("a\"b\\c</style>"),
            r#""a\22 b\5c c\3c /style\3e ""#
        );
        // The appendix alone starts a printed page.
        assert_eq!(html.matches("class=\"appendix\"").count(), 1);
        assert!(html.contains("<section id=\"answers\" class=\"appendix\">"));
        // Wide tables scroll in a box the keyboard reaches, named uniquely.
        assert!(html.contains(
            "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Weights and contributions: Criterion, Weight,"
        ));
    }

    #[test]
    fn user_text_is_escaped() {
        let html = render_html(&sample(Lang::En));
        assert!(html.contains("Boutique &lt;Lumière&gt; &amp; Co"));
        assert!(html.contains("No knowledge base &lt;yet&gt;"));
        assert!(!html.contains("<Lumière>"));
    }

    #[test]
    fn french() {
        let html = render_html(&sample(Lang::Fr));
        assert!(html.contains("<html lang=\"fr\">"));
        assert!(html.contains("Prêt sous conditions"));
        assert!(html.contains("85\u{a0}%"));
        assert!(html.contains("Points bloquants (1)"));
        assert!(html.contains("0,800"));
    }

    #[test]
    fn ties_and_topsis_are_explained() {
        let mut report = sample(Lang::En);
        if let Some(offers) = report.offers.as_mut() {
            offers.method = crate::ranking::method::Method::Topsis;
            offers.ranked[1].rank = 1;
            offers.ranked[0].tied = true;
            offers.ranked[1].tied = true;
        }
        let html = render_html(&report);
        assert!(html.contains("<td class=\"num\">1=</td>"));
        assert!(html.contains("<th class=\"num\">1=. Globex</th>"));
        assert!(
            html.contains(
                "gap to the worst offer on the criterion (the distance to the anti-ideal"
            )
        );
        assert!(html.contains("do not add up to the score"));
        let text = crate::render::report::markdown::render_markdown(&report, None).text;
        assert!(text.contains("| 1= | Globex |"));
        assert!(text.contains("do not add up to the score"));
    }

    #[test]
    fn without_offers_or_dimensions() {
        let mut report = sample(Lang::En);
        report.offers = None;
        report.readiness.dimensions.clear();
        report.readiness.findings.clear();
        report.readiness.overall = None;
        let html = render_html(&report);
        assert!(!html.contains("id=\"offers\""));
        assert!(!html.contains("<svg"));
        assert!(html.contains("No dimension was assessed."));
        assert!(html.contains("No finding"));
        assert!(html.contains("–<small> / 100</small>"));
    }
}
