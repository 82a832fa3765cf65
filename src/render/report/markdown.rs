//! The report as Markdown for forges (GitHub, GitLab, Gitea): GitHub tables, and the
//! charts as SVG files written next to the document and linked as images.

use std::fmt::Write as _;

use crate::lang::Lang;

use super::{
    Finding, Offers, Report, SEVERITIES, charts, colon, contributions_title, findings_of,
    non_additive_note, number, open_questions_note, open_questions_title, percent, radar_title,
    rank_label, score, semicolon, sensitivity_note, severity_heading, shares_title, threshold_text,
    total, verdict_label, weight_percent,
};

/// A Markdown report and the chart files it links to.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkdownReport {
    pub text: String,
    /// `(file name, SVG)`: to write in the Markdown file's folder.
    pub charts: Vec<(String, String)>,
}

/// Renders the report. With `chart_stem` (e.g. `report` for `report.md`), the charts
/// are linked as `report-radar.svg`, `report-offers.svg` and
/// `report-sensitivity.svg` and returned to be written next to the document;
/// without it (standard output), they are omitted with a note.
pub fn render_markdown(report: &Report, chart_stem: Option<&str>) -> MarkdownReport {
    let lang = report.lang;
    let drawn = charts(report);
    let mut files = Vec::new();
    let mut out = String::new();
    let mut chart = |out: &mut String, suffix: &str, svg: &str, alt: &str| {
        if svg.is_empty() {
            return;
        }
        match chart_stem {
            Some(stem) => {
                let name = format!("{stem}-{suffix}.svg");
                let _ = writeln!(out, "![{}]({})\n", escape(alt), link(&name));
                files.push((name, svg.to_owned()));
            }
            None => {
                let _ = writeln!(
                    out,
                    "_{}_\n",
                    escape(lang.pick(
                        "Chart omitted on standard output: write the report to a file with -o to get it.",
                        "Graphique omis sur la sortie standard : écrivez le rapport dans un fichier avec -o pour l’obtenir.",
                    ))
                );
            }
        }
    };

    let _ = writeln!(
        out,
        "# {}\n\n{}\n",
        escape(&report.title),
        escape(lang.pick(
            "Customer relations outsourcing: readiness report",
            "Externalisation de la relation client : rapport de maturité",
        ))
    );
    let facts = &report.facts;
    for (label, value) in facts.rows(lang) {
        let _ = writeln!(
            out,
            "- **{}**{}{}",
            escape(label),
            colon(lang),
            escape(&value)
        );
    }

    let readiness = &report.readiness;
    let _ = writeln!(
        out,
        "\n## {}\n\n| {} | {} | {} |\n|---|---:|---:|\n| **{}** | {} / 100 | {} |\n",
        escape(lang.pick("Summary", "Synthèse")),
        escape(lang.pick("Verdict", "Verdict")),
        escape(lang.pick("Overall score", "Score global")),
        escape(lang.pick("Coverage", "Couverture")),
        escape(&verdict_label(readiness.verdict, lang)),
        score(readiness.overall, lang),
        percent(readiness.coverage.clamp(0.0, 1.0), lang),
    );
    if !readiness.reasons.is_empty() {
        let _ = writeln!(
            out,
            "**{}** {}.\n",
            escape(lang.pick("Why:", "Pourquoi :")),
            escape(&readiness.reasons.join(semicolon(lang)))
        );
    }

    let _ = writeln!(out, "## {}\n", escape(radar_title(lang)));
    if readiness.dimensions.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            escape(lang.pick("No dimension was assessed.", "Aucune dimension évaluée."))
        );
    } else {
        chart(&mut out, "radar", &drawn.radar, radar_title(lang));
        let _ = writeln!(
            out,
            "| {} | {} |\n|---|---:|",
            escape(lang.pick("Dimension", "Dimension")),
            escape(lang.pick("Score", "Score")),
        );
        for dimension in &readiness.dimensions {
            let value = match dimension.score {
                Some(_) => score(dimension.score, lang),
                None => lang.pick("no answer", "sans réponse").to_owned(),
            };
            let _ = writeln!(out, "| {} | {} |", cell(&dimension.title), value);
        }
        out.push('\n');
    }

    let _ = writeln!(
        out,
        "## {}\n",
        escape(lang.pick(
            "Findings and recommendations",
            "Constats et recommandations"
        ))
    );
    if readiness.findings.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            escape(lang.pick(
                "No finding: every answer is strong enough.",
                "Aucun constat : toutes les réponses sont suffisantes."
            ))
        );
    }
    for severity in SEVERITIES {
        let group = findings_of(readiness, severity);
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "### {} ({})\n",
            escape(severity_heading(severity, lang)),
            group.len()
        );
        for finding in group {
            finding_item(&mut out, finding, lang);
        }
    }

    if !readiness.missing.is_empty() {
        let _ = writeln!(
            out,
            "## {} ({})\n\n{}\n",
            escape(open_questions_title(lang)),
            readiness.missing.len(),
            escape(open_questions_note(lang)),
        );
        for question in &readiness.missing {
            let _ = writeln!(
                out,
                "- {} — _{} · {}_",
                escape(&question.question),
                escape(&question.questionnaire),
                escape(&question.dimension)
            );
        }
        out.push('\n');
    }

    if let Some(offers) = &report.offers {
        offers_section(
            &mut out,
            offers,
            lang,
            |out, suffix, svg, alt| {
                chart(out, suffix, svg, alt);
            },
            &drawn,
        );
    }

    let _ = writeln!(
        out,
        "---\n\n_{} {}._",
        escape(lang.pick("Written by", "Rédigé avec")),
        escape(&report.generator)
    );
    MarkdownReport {
        text: out,
        charts: files,
    }
}

fn finding_item(out: &mut String, finding: &Finding, lang: Lang) {
    let _ = write!(out, "- **{}**", escape(&finding.question));
    if finding.waived.is_some() {
        let _ = write!(out, " _({})_", escape(lang.pick("waived", "dérogation")));
    }
    let _ = write!(out, " — {}", escape(&finding.questionnaire));
    if let Some(line) = finding.line {
        let _ = write!(
            out,
            ", {} {line}",
            escape(lang.pick("brief line", "ligne du dossier"))
        );
    }
    if finding.message != finding.question {
        let _ = write!(out, "\\\n  {}", escape(&finding.message));
    }
    if !finding.recommendation.is_empty() {
        let _ = write!(
            out,
            "\\\n  **{}** {}",
            escape(lang.pick("Recommendation:", "Recommandation :")),
            escape(&finding.recommendation)
        );
    }
    if let Some(reason) = &finding.waived {
        let _ = write!(
            out,
            "\\\n  **{}** {}",
            escape(lang.pick("Risk accepted:", "Risque accepté :")),
            escape(reason)
        );
    }
    if !finding.source.is_empty() {
        let _ = write!(
            out,
            "\\\n  {} _{}_",
            escape(lang.pick("Source:", "Source :")),
            escape(&finding.source)
        );
    }
    out.push_str("\n\n");
}

fn offers_section(
    out: &mut String,
    offers: &Offers,
    lang: Lang,
    mut chart: impl FnMut(&mut String, &str, &str, &str),
    drawn: &super::Charts,
) {
    let _ = writeln!(
        out,
        "## {}\n\n{} {}\n",
        escape(lang.pick("Provider offers", "Offres des prestataires")),
        escape(lang.pick("Method:", "Méthode :")),
        escape(&offers.method)
    );
    if offers.ranked.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            escape(lang.pick(
                "No offer meets the must-have criteria.",
                "Aucune offre ne respecte les critères obligatoires."
            ))
        );
    } else {
        let _ = writeln!(
            out,
            "| # | {} | {} |\n|---:|---|---:|",
            escape(lang.pick("Provider", "Prestataire")),
            escape(lang.pick("Score", "Score"))
        );
        for offer in &offers.ranked {
            let _ = writeln!(
                out,
                "| {} | {} | **{}** |",
                rank_label(offer),
                cell(&offer.provider),
                total(offer.total, offers, lang)
            );
        }
        out.push('\n');
        if let Some(lead) = &offers.lead {
            let _ = writeln!(out, "{}\n", escape(lead));
        }
        if let Some(svg) = &drawn.contributions {
            chart(out, "offers", svg, contributions_title(lang));
        }
        if !offers.additive {
            let _ = writeln!(out, "{}\n", escape(non_additive_note(lang)));
        }
    }
    if !offers.warnings.is_empty() {
        let _ = writeln!(
            out,
            "### {}\n",
            escape(lang.pick("Points to check", "Points à vérifier"))
        );
        for warning in &offers.warnings {
            let _ = writeln!(out, "- {}", escape(warning));
        }
        out.push('\n');
    }
    if !offers.excluded.is_empty() {
        let _ = writeln!(
            out,
            "### {}\n",
            escape(lang.pick("Excluded offers", "Offres écartées"))
        );
        for excluded in &offers.excluded {
            let _ = writeln!(
                out,
                "- **{}**{}{}",
                escape(&excluded.provider),
                colon(lang),
                escape(&excluded.reasons.join(semicolon(lang)))
            );
        }
        out.push('\n');
    }
    let _ = write!(
        out,
        "### {}\n\n| {} | {} |",
        escape(lang.pick("Weights and contributions", "Poids et contributions")),
        escape(lang.pick("Criterion", "Critère")),
        escape(lang.pick("Weight", "Poids")),
    );
    for offer in &offers.ranked {
        let _ = write!(out, " {}. {} |", rank_label(offer), cell(&offer.provider));
    }
    out.push_str("\n|---|---:|");
    for _ in &offers.ranked {
        out.push_str("---:|");
    }
    out.push('\n');
    for (k, criterion) in offers.criteria.iter().enumerate() {
        let _ = write!(
            out,
            "| {} | {} |",
            cell(&criterion.name),
            weight_percent(criterion.weight, lang)
        );
        for offer in &offers.ranked {
            let value = offer.segments.get(k).copied().unwrap_or(0.0);
            let _ = write!(out, " {} |", total(value, offers, lang));
        }
        out.push('\n');
    }
    out.push('\n');
    if let Some(consistency) = offers.consistency {
        let _ = writeln!(
            out,
            "{} λmax = {}, CI = {}, CR = {}: {}\n",
            escape(lang.pick("AHP consistency:", "Cohérence AHP :")),
            number(consistency.lambda_max, 3, lang),
            number(consistency.ci, 3, lang),
            number(consistency.cr, 3, lang),
            escape(consistency.verdict(lang))
        );
    }
    if let Some(sensitivity) = &offers.sensitivity {
        let _ = writeln!(
            out,
            "### {}\n\n{}\n",
            escape(lang.pick("Sensitivity to the weights", "Sensibilité aux poids")),
            escape(&sensitivity_note(sensitivity.samples, lang))
        );
        if let Some(svg) = &drawn.shares {
            chart(out, "sensitivity", svg, shares_title(lang));
        }
        let _ = writeln!(
            out,
            "| {} | {} |\n|---|---:|",
            escape(lang.pick("Provider", "Prestataire")),
            escape(lang.pick("First places", "Premières places")),
        );
        for bar in &sensitivity.shares {
            let _ = writeln!(
                out,
                "| {} | {} |",
                cell(&bar.provider),
                percent(bar.share, lang)
            );
        }
        out.push('\n');
        if !sensitivity.thresholds.is_empty() {
            let _ = writeln!(
                out,
                "| {} | {} | {} |\n|---|---:|---|",
                escape(lang.pick("Criterion", "Critère")),
                escape(lang.pick("Weight", "Poids")),
                escape(lang.pick("What changes the winner", "Ce qui change le gagnant")),
            );
            for threshold in &sensitivity.thresholds {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |",
                    cell(&threshold.criterion),
                    weight_percent(threshold.weight, lang),
                    cell(&threshold_text(threshold, lang))
                );
            }
            out.push('\n');
        }
    }
}

/// Escapes text for Markdown: backslash before the ASCII punctuation that can
/// start markup (CommonMark allows a backslash before any of it), and newlines
/// folded to spaces so a value cannot start a new block.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Text for a table cell (the same escaping: `|` is escaped, lines are folded).
fn cell(text: &str) -> String {
    escape(text.trim())
}

/// A relative link to a file in the same folder, with the characters that would
/// end or break a link destination percent-encoded.
fn link(name: &str) -> String {
    let mut out = String::new();
    for byte in name.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(byte));
            }
            _ => {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
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
                "client report-sensitivity.svg"
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
            3
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
        // Summary, dimensions, ranking, weights, shares, thresholds.
        assert_eq!(tables, 6);
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
        assert!(text.contains("sous 21\u{a0}% : Globex gagne"));
    }
}
