//! From the report's view model to its document: every sentence, table and chart
//! of the report is decided here, once, for both formats.

use crate::i18n::number;
use crate::lang::Lang;
use crate::tr;

use super::document::{
    Align, Block, Card, Document, Figure, FigureKind, Inline, Section, Table, Tile, text, with_code,
};
use super::{
    Charts, Disputes, Finding, Offers, Readiness, Report, SEVERITIES, Sensitivity,
    acceptability_columns, acceptability_title, appendix, charts, colon, contributions_title,
    findings_of, percent, radar_title, rank_label, score, semicolon, sensitivity_note,
    severity_heading, shares_title, threshold_text, total, verdict_label, weight_percent,
};

/// The report's document.
pub fn build(report: &Report) -> Document {
    let lang = report.lang;
    let drawn = charts(report);
    let readiness = &report.readiness;
    let mut sections = vec![
        summary(readiness, lang),
        dimensions(readiness, &drawn, lang),
        findings(readiness, lang),
    ];
    if let Some(offers) = &report.offers {
        sections.push(offers_section(offers, &drawn, lang));
    }
    if !readiness.answers.is_empty() {
        sections.push(appendix::answers(readiness, lang));
    }
    if !readiness.missing.is_empty() {
        sections.push(appendix::open_questions(readiness, lang));
    }
    Document {
        lang,
        title: report.title.clone(),
        subtitle: tr!(lang, "report-subtitle"),
        facts: report.facts.rows(lang),
        sections,
        generator: report.generator.clone(),
        footer: tr!(lang, "report-footer", generator = report.generator.as_str()),
    }
}

fn summary(readiness: &Readiness, lang: Lang) -> Section {
    let coverage = readiness.coverage.clamp(0.0, 1.0);
    let mut blocks = vec![Block::Tiles(vec![
        Tile {
            label: tr!(lang, "report-tile-verdict"),
            value: verdict_label(readiness.verdict, lang),
            unit: "",
            meter: None,
            class: Some(readiness.verdict.name()),
        },
        Tile {
            label: tr!(lang, "report-tile-score"),
            value: score(readiness.overall, lang),
            unit: " / 100",
            meter: readiness.overall.map(|v| v / 100.0),
            class: None,
        },
        Tile {
            label: tr!(lang, "report-tile-coverage"),
            value: percent(coverage, lang),
            unit: "",
            meter: Some(coverage),
            class: None,
        },
    ])];
    if !readiness.reasons.is_empty() {
        blocks.push(Block::Paragraph(vec![
            Inline::Strong(tr!(lang, "report-why")),
            Inline::Text(format!(" {}.", readiness.reasons.join(&semicolon(lang)))),
        ]));
    }
    blocks.push(Block::Note(text(tr!(lang, "report-coverage-note"))));
    Section {
        id: "summary",
        heading: tr!(lang, "report-heading-summary"),
        blocks,
    }
}

fn dimensions(readiness: &Readiness, drawn: &Charts, lang: Lang) -> Section {
    let mut blocks = Vec::new();
    if readiness.dimensions.is_empty() {
        blocks.push(Block::Paragraph(text(tr!(lang, "report-no-dimension"))));
    } else {
        blocks.push(Block::Figure(Figure {
            kind: FigureKind::Radar,
            file: "radar",
            svg: drawn.radar.clone(),
            alt: radar_title(lang),
            caption: Some(tr!(lang, "report-radar-caption")),
        }));
        blocks.push(Block::Table(Table {
            class: None,
            header: vec![
                tr!(lang, "report-column-dimension"),
                tr!(lang, "report-column-score"),
            ],
            align: vec![Align::Left, Align::Right],
            rows: readiness
                .dimensions
                .iter()
                .map(|dimension| {
                    let value = match dimension.score {
                        Some(_) => score(dimension.score, lang),
                        None => tr!(lang, "report-no-answer"),
                    };
                    vec![text(dimension.title.clone()), text(value)]
                })
                .collect(),
            meters: readiness
                .dimensions
                .iter()
                .map(|dimension| dimension.score.map(|v| v / 100.0))
                .collect(),
        }));
    }
    Section {
        id: "dimensions",
        heading: radar_title(lang),
        blocks,
    }
}

fn findings(readiness: &Readiness, lang: Lang) -> Section {
    let mut blocks = Vec::new();
    if readiness.findings.is_empty() {
        blocks.push(Block::Paragraph(text(tr!(lang, "report-no-finding"))));
    }
    for severity in SEVERITIES {
        let group = findings_of(readiness, severity);
        if group.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(format!(
            "{} ({})",
            severity_heading(severity, lang),
            group.len()
        )));
        blocks.extend(group.into_iter().map(|f| Block::Card(card(f, lang))));
    }
    Section {
        id: "findings",
        heading: tr!(lang, "report-heading-findings"),
        blocks,
    }
}

fn card(finding: &Finding, lang: Lang) -> Card {
    let mut meta = finding.questionnaire.clone();
    if let Some(dimension) = &finding.dimension {
        meta.push_str(&format!(" · {dimension}"));
    }
    let labelled = |key: &str, value: &str| {
        vec![
            Inline::Strong(tr!(lang, key)),
            Inline::Text(format!(" {value}")),
        ]
    };
    let mut lines = Vec::new();
    if let Some(answer) = &finding.answer {
        lines.push(labelled("report-answer", answer));
    }
    if let Some(note) = &finding.note {
        lines.push(labelled("report-note", note));
    }
    if finding.message != finding.question {
        lines.push(text(finding.message.clone()));
    }
    if !finding.recommendation.is_empty() {
        lines.push(labelled("report-recommendation", &finding.recommendation));
    }
    if let Some(reason) = &finding.waived {
        lines.push(labelled("report-risk-accepted", reason));
    }
    let waived = finding.waived.is_some();
    Card {
        class: format!(
            "{}{}",
            finding.severity.name(),
            if waived { " waived" } else { "" }
        ),
        title: finding.question.clone(),
        badge: waived.then(|| tr!(lang, "report-waived")),
        meta,
        lines,
        source: (!finding.source.is_empty()).then(|| {
            vec![
                Inline::Text(format!("{} ", tr!(lang, "report-source"))),
                Inline::Cite(finding.source.clone()),
            ]
        }),
    }
}

fn offers_section(offers: &Offers, drawn: &Charts, lang: Lang) -> Section {
    let method = if offers.consistency.is_some() {
        tr!(lang, "report-method-ahp", method = offers.method.name(lang))
    } else {
        offers.method.name(lang)
    };
    let mut blocks = vec![Block::Note(text(tr!(
        lang,
        "report-method",
        method = method
    )))];
    if offers.ranked.is_empty() {
        blocks.push(Block::Paragraph(text(tr!(lang, "report-no-offer-left"))));
    } else {
        blocks.push(Block::Table(ranking_table(offers, lang)));
        if let Some(lead) = &offers.lead {
            blocks.push(Block::Paragraph(text(lead.clone())));
        }
        if let Some(svg) = &drawn.contributions {
            blocks.push(Block::Figure(Figure {
                kind: FigureKind::Bars,
                file: "offers",
                svg: svg.clone(),
                alt: contributions_title(lang),
                caption: None,
            }));
        }
        blocks.push(Block::Note(text(contribution_note(offers, lang))));
        group_scores(&mut blocks, offers, lang);
    }
    if !offers.warnings.is_empty() {
        blocks.push(Block::Heading(tr!(lang, "report-heading-warnings")));
        blocks.push(Block::List {
            class: None,
            items: offers.warnings.iter().map(|w| with_code(w)).collect(),
        });
    }
    if !offers.excluded.is_empty() {
        blocks.push(Block::Heading(tr!(lang, "report-heading-excluded")));
        let items = offers.excluded.iter().map(|excluded| {
            let mut runs = vec![
                Inline::Strong(excluded.provider.clone()),
                Inline::Text(colon(lang)),
            ];
            runs.extend(with_code(&excluded.reasons.join(&semicolon(lang))));
            runs
        });
        blocks.push(Block::List {
            class: None,
            items: items.collect(),
        });
    }
    weights(&mut blocks, offers, lang);
    if let Some(disputes) = &offers.disagreement {
        disagreement(&mut blocks, disputes, lang);
    }
    if let Some(sensitivity) = &offers.sensitivity {
        sensitivity_blocks(&mut blocks, sensitivity, drawn, lang);
    }
    Section {
        id: "offers",
        heading: tr!(lang, "report-heading-offers"),
        blocks,
    }
}

/// What the per-criterion values are, from the method's own statement, and how
/// the bars draw them.
fn contribution_note(offers: &Offers, lang: Lang) -> String {
    let note = super::capitalise(&offers.method.contribution_note(lang));
    if offers.method.additive() {
        format!("{note}.")
    } else {
        format!("{note}. {}", tr!(lang, "report-bars-share-note"))
    }
}

fn ranking_table(offers: &Offers, lang: Lang) -> Table {
    Table {
        class: Some("ranking"),
        header: vec![
            "#".to_owned(),
            tr!(lang, "rank-column-provider"),
            tr!(lang, "rank-column-score"),
        ],
        align: vec![Align::Right, Align::Left, Align::Right],
        rows: offers
            .ranked
            .iter()
            .map(|offer| {
                vec![
                    text(rank_label(offer)),
                    text(offer.provider.clone()),
                    vec![Inline::Strong(total(offer.total, offers, lang))],
                ]
            })
            .collect(),
        meters: Vec::new(),
    }
}

/// Where the evaluators disagree (issue 13): the spread per offer and criterion,
/// then the winner under each reading of their values.
fn disagreement(blocks: &mut Vec<Block>, disputes: &Disputes, lang: Lang) {
    blocks.push(Block::Heading(tr!(lang, "evaluators-heading")));
    blocks.push(Block::Paragraph(text(disputes.intro.clone())));
    let mut align = vec![Align::Left, Align::Left];
    align.resize(disputes.header.len(), Align::Right);
    blocks.push(Block::Table(Table {
        class: Some("weights"),
        header: disputes.header.clone(),
        align,
        rows: disputes
            .rows
            .iter()
            .map(|row| row.iter().map(|cell| text(cell.clone())).collect())
            .collect(),
        meters: Vec::new(),
    }));
    blocks.push(Block::List {
        class: None,
        items: disputes.scenarios.iter().map(|s| text(s.clone())).collect(),
    });
    blocks.push(Block::Paragraph(vec![Inline::Status {
        text: disputes.verdict.clone(),
        ok: !disputes.disputed,
    }]));
}

/// The score per group of criteria (issue 13): one row per group with its
/// weight, one column per ranked offer; nothing without groups.
fn group_scores(blocks: &mut Vec<Block>, offers: &Offers, lang: Lang) {
    if offers.groups.is_empty() {
        return;
    }
    blocks.push(Block::Heading(tr!(lang, "report2-heading-groups")));
    let mut header = vec![
        tr!(lang, "committee-column-group"),
        tr!(lang, "rank-column-weight"),
    ];
    header.extend(
        offers
            .ranked
            .iter()
            .map(|offer| format!("{}. {}", rank_label(offer), offer.provider)),
    );
    let mut align = vec![Align::Left];
    align.resize(header.len(), Align::Right);
    let rows = offers.groups.iter().map(|group| {
        let mut row = vec![
            text(group.name.clone()),
            text(weight_percent(group.weight, lang)),
        ];
        row.extend(
            group
                .scores
                .iter()
                .map(|score| text(total(*score, offers, lang))),
        );
        row
    });
    blocks.push(Block::Table(Table {
        class: Some("weights"),
        header,
        align,
        rows: rows.collect(),
        meters: Vec::new(),
    }));
    blocks.push(Block::Note(text(tr!(lang, "report2-groups-note"))));
}

/// Criteria as rows (their names can be long and there can be a dozen), the weight,
/// then one column per ranked offer with its own value and its contribution; then
/// AHP's consistency.
fn weights(blocks: &mut Vec<Block>, offers: &Offers, lang: Lang) {
    blocks.push(Block::Heading(tr!(lang, "report-heading-weights")));
    let mut header = vec![
        tr!(lang, "rank-column-criterion"),
        tr!(lang, "rank-column-weight"),
    ];
    header.extend(
        offers
            .ranked
            .iter()
            .map(|offer| format!("{}. {}", rank_label(offer), offer.provider)),
    );
    let mut align = vec![Align::Left];
    align.resize(header.len(), Align::Right);
    let rows = offers.criteria.iter().enumerate().map(|(k, criterion)| {
        // The criterion's unit and each offer's own value beside its contribution
        // (helper `evaluators`, issue 13).
        let name = match &criterion.unit {
            Some(unit) => format!("{} ({unit})", criterion.name),
            None => criterion.name.clone(),
        };
        let mut row = vec![text(name), text(weight_percent(criterion.weight, lang))];
        row.extend(offers.ranked.iter().map(|offer| {
            let value = offer.segments.get(k).copied().unwrap_or(0.0);
            let own = offer
                .values
                .get(k)
                .copied()
                .flatten()
                .map_or_else(|| "—".to_owned(), |v| number::trimmed(v, 3, lang));
            text(format!("{own} · {}", total(value, offers, lang)))
        }));
        row
    });
    blocks.push(Block::Table(Table {
        class: Some("weights"),
        header,
        align,
        rows: rows.collect(),
        meters: Vec::new(),
    }));
    if let Some(consistency) = offers.consistency {
        blocks.push(Block::Paragraph(vec![
            Inline::Text(format!("{} λ", tr!(lang, "report-ahp-consistency"))),
            Inline::Sub("max".to_owned()),
            Inline::Text(format!(
                " = {}, CI = {}, CR = {}{}",
                number::decimal(consistency.lambda_max, 3, lang),
                number::decimal(consistency.ci, 3, lang),
                number::decimal(consistency.cr, 3, lang),
                colon(lang),
            )),
            Inline::Status {
                text: consistency.verdict(lang),
                ok: consistency.acceptable(),
            },
        ]));
    }
}

fn sensitivity_blocks(
    blocks: &mut Vec<Block>,
    sensitivity: &Sensitivity,
    drawn: &Charts,
    lang: Lang,
) {
    blocks.push(Block::Heading(tr!(lang, "rank-sensitivity-title")));
    blocks.push(Block::Note(text(sensitivity_note(sensitivity, lang))));
    if let Some(svg) = &drawn.shares {
        blocks.push(Block::Figure(Figure {
            kind: FigureKind::Bars,
            file: "sensitivity",
            svg: svg.clone(),
            alt: shares_title(lang),
            caption: None,
        }));
    }
    if !sensitivity.shares.is_empty() {
        blocks.push(Block::Table(Table {
            class: Some("ranking"),
            header: vec![
                tr!(lang, "rank-column-provider"),
                tr!(lang, "report-column-first-places"),
            ],
            align: vec![Align::Left, Align::Right],
            rows: sensitivity
                .shares
                .iter()
                .map(|bar| vec![text(bar.provider.clone()), text(percent(bar.share, lang))])
                .collect(),
            meters: Vec::new(),
        }));
    }
    if let Some(svg) = &drawn.acceptability {
        blocks.push(Block::Note(text(tr!(lang, "rank-acceptability-intro"))));
        blocks.push(Block::Figure(Figure {
            kind: FigureKind::Bars,
            file: "acceptability",
            svg: svg.clone(),
            alt: acceptability_title(lang),
            caption: None,
        }));
        let (columns, rows) = acceptability_columns(sensitivity, super::TABLE_RANKS, lang);
        let mut header = vec![tr!(lang, "rank-column-provider")];
        header.extend(columns);
        header.push(tr!(lang, "rank-column-central-ranks"));
        let mut align = vec![Align::Left];
        align.extend(std::iter::repeat_n(Align::Right, header.len() - 1));
        blocks.push(Block::Table(Table {
            class: None,
            header,
            align,
            rows: rows
                .into_iter()
                .zip(&sensitivity.acceptability)
                .map(|((provider, shares), row)| {
                    let mut cells = vec![text(provider)];
                    cells.extend(shares.iter().map(|&share| text(percent(share, lang))));
                    cells.push(text(tr!(
                        lang,
                        "rank-central-interval",
                        low = row.central.0,
                        high = row.central.1
                    )));
                    cells
                })
                .collect(),
            meters: Vec::new(),
        }));
    }
    if !sensitivity.thresholds.is_empty() {
        blocks.push(Block::Table(Table {
            class: None,
            header: vec![
                tr!(lang, "rank-column-criterion"),
                tr!(lang, "rank-column-weight"),
                tr!(lang, "report-column-what-changes"),
            ],
            align: vec![Align::Left, Align::Right, Align::Left],
            rows: sensitivity
                .thresholds
                .iter()
                .map(|threshold| {
                    vec![
                        text(threshold.criterion.clone()),
                        text(weight_percent(threshold.weight, lang)),
                        text(threshold_text(threshold, lang)),
                    ]
                })
                .collect(),
            meters: Vec::new(),
        }));
    }
}

/// Every text the document states (headings, paragraphs, cells, items), for tests.
#[cfg(test)]
pub(crate) fn texts(document: &Document) -> Vec<String> {
    use super::document::plain;
    let mut out = vec![document.title.clone(), document.subtitle.clone()];
    for (label, value) in &document.facts {
        out.extend([label.clone(), value.clone()]);
    }
    for section in &document.sections {
        out.push(section.heading.clone());
        for block in &section.blocks {
            match block {
                Block::Heading(heading) => out.push(heading.clone()),
                Block::Paragraph(runs) | Block::Note(runs) => out.push(plain(runs)),
                Block::Tiles(tiles) => {
                    out.extend(
                        tiles
                            .iter()
                            .flat_map(|t| [t.label.clone(), t.value.clone()]),
                    );
                }
                Block::Table(table) => {
                    out.extend(table.header.iter().cloned());
                    out.extend(table.rows.iter().flatten().map(|cell| plain(cell)));
                }
                Block::List { items, .. } => out.extend(items.iter().map(|i| plain(i))),
                Block::Figure(figure) => out.extend(figure.caption.clone()),
                Block::Card(card) => {
                    out.extend([card.title.clone(), card.meta.clone()]);
                    out.extend(card.badge.clone());
                    out.extend(card.lines.iter().map(|l| plain(l)));
                    out.extend(card.source.iter().map(|s| plain(s)));
                }
            }
        }
    }
    out.push(document.footer.clone());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ranking::method::Method;
    use crate::render::report::{html, markdown, sample};

    /// The visible text of an HTML page: tags dropped, entities decoded, spaces
    /// collapsed.
    fn html_text(html: &str) -> String {
        let body = &html[html.find("<body>").unwrap()..];
        let mut out = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        let out = out
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        collapse(&out)
    }

    /// The visible text of Markdown: backslash escapes resolved, the emphasis and
    /// code markers dropped, spaces collapsed.
    fn markdown_text(markdown: &str) -> String {
        let mut out = String::new();
        let mut chars = markdown.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => out.extend(chars.next()),
                '*' | '_' | '`' => {}
                c => out.push(c),
            }
        }
        collapse(&out)
    }

    fn collapse(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn assert_same_facts(report: &Report) {
        let document = build(report);
        let html = html_text(&html::render_document(&document));
        let md = markdown_text(&markdown::render_document(&document, Some("r")).text);
        for text in texts(&document) {
            // Emphasis markers are dropped from the Markdown, so drop them here too.
            let text = collapse(&text);
            assert!(html.contains(&text), "HTML lacks {text:?}");
            assert!(
                md.contains(&text.replace(['*', '_', '`'], "")),
                "Markdown lacks {text:?}"
            );
        }
    }

    #[test]
    fn html_and_markdown_state_the_same_facts() {
        for lang in [Lang::En, Lang::Fr] {
            let mut report = sample(lang);
            assert_same_facts(&report);
            if let Some(offers) = report.offers.as_mut() {
                offers.method = Method::Topsis;
                offers.warnings = vec!["`price` has no spread".to_owned()];
            }
            report.readiness.missing.clear();
            assert_same_facts(&report);
        }
    }

    #[test]
    fn the_document_has_every_part_once() {
        let document = build(&sample(Lang::En));
        let ids: Vec<&str> = document.sections.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                "summary",
                "dimensions",
                "findings",
                "offers",
                "answers",
                "open-questions"
            ]
        );
        let texts = texts(&document);
        // Facts one format used to lack: the coverage note (HTML only) and the
        // first places (Markdown only).
        assert!(texts.iter().any(|t| t.starts_with("Coverage is the share")));
        assert!(texts.contains(&"First places".to_owned()));
        assert!(texts.contains(&"72%".to_owned()));
        // 4 figures: radar, contributions, first places, rank acceptability.
        let figures = document
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter(|b| matches!(b, Block::Figure(_)))
            .count();
        assert_eq!(figures, 4);
    }

    #[test]
    fn method_facts_come_from_the_method() {
        let mut report = sample(Lang::En);
        let texts_of = |report: &Report| texts(&build(report)).join("\n");
        let text = texts_of(&report);
        // The sample has AHP consistency: the weights come from AHP.
        assert!(text.contains(
            "Method: weighted sum of min-max normalised values, weights from AHP pairwise comparisons"
        ));
        assert!(text.contains("Per-criterion contributions: weight × normalised value"));
        assert!(text.contains(
            "Share of first places over 10,000 random weightings: each weight times an independent uniform factor in [0.5, 1.5], then renormalised to sum 1."
        ));
        if let Some(offers) = report.offers.as_mut() {
            offers.method = Method::Topsis;
        }
        let text = texts_of(&report);
        assert!(text.contains("Method: TOPSIS"));
        assert!(text.contains("weighted gap to the worst offer on the criterion"));
        assert!(text.contains("the distance to the anti-ideal is their Euclidean norm"));
        assert!(!text.contains("weighted normalised value"));

        let mut report = sample(Lang::Fr);
        if let Some(offers) = report.offers.as_mut() {
            offers.method = Method::Topsis;
        }
        let text = texts_of(&report);
        assert!(text.contains("distance à l’anti-idéal"));
        assert!(text.contains("facteur uniforme indépendant dans [0,5\u{a0}; 1,5]"));
    }

    #[test]
    fn a_starred_provider_is_not_in_italics() {
        let mut report = sample(Lang::En);
        if let Some(offers) = report.offers.as_mut() {
            offers.ranked[1].provider = "*Acme*".to_owned();
        }
        let document = build(&report);
        let md = markdown::render_document(&document, None).text;
        assert!(md.contains("| 2 | \\*Acme\\* | **0.450** |"), "{md}");
        assert!(!md.contains(" *Acme*"));
        let html = html::render_document(&document);
        assert!(html.contains("<td>*Acme*</td>"));
        assert!(!html.contains("<em>Acme"));
    }
}
