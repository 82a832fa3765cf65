//! The report as one self-contained HTML file: inline CSS and SVG, no script, no
//! network. Readable on a phone (fluid layout, tables scroll sideways) and
//! printable on A4 (print stylesheet, one section per page).

use std::fmt::Write as _;

use crate::lang::Lang;
use crate::render::xml::escape;

use super::{
    Charts, Finding, Offers, Readiness, Report, SEVERITIES, charts, colon, contributions_title,
    findings_of, non_additive_note, number, open_questions_note, open_questions_title, percent,
    radar_title, rank_label, score, semicolon, sensitivity_note, severity_heading, shares_title,
    threshold_text, total, verdict_label, weight_percent,
};

const STYLE: &str = r#"
@page { size: A4; margin: 15mm; }
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
figure svg { display: block; width: 100%; height: auto; margin: 0 auto; }
figure.radar svg { max-width: 30rem; }
/* Bar charts keep a readable size on a phone: they scroll sideways in their figure. */
figure.bars { overflow-x: auto; }
figure.bars svg { min-width: 34rem; }
figcaption { text-align: center; color: var(--muted); font-size: .9rem; margin-top: .25rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td, th { overflow-wrap: break-word; }
th.offer { white-space: normal; min-width: 6rem; }
table.ranking { width: auto; min-width: min(100%, 30rem); }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.bar { width: 30%; vertical-align: middle; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px; padding: .6rem 1rem; margin: .75rem 0; }
.finding.blocker { border-left-color: var(--not-ready); }
.finding.warning { border-left-color: var(--conditions); }
.finding.info { border-left-color: var(--info); }
.finding.waived { opacity: .8; }
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
  section.page { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  figure, tr, .finding, .tile { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .scroll, figure.bars { overflow: visible; }
  figure.bars svg { min-width: 0; }
  footer { border: 0; }
}
"#;

/// The report as one HTML document.
pub fn render_html(report: &Report) -> String {
    let lang = report.lang;
    let charts = charts(report);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"{}\">\n<title>{} – {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        lang.code(),
        escape(&report.generator),
        escape(lang.pick("Readiness report", "Rapport de maturité")),
        escape(&report.title),
    );
    header(&mut out, report);
    summary(&mut out, report);
    dimensions(&mut out, &report.readiness, &charts, lang);
    findings(&mut out, &report.readiness, lang);
    open_questions(&mut out, &report.readiness, lang);
    if let Some(offers) = &report.offers {
        offers_section(&mut out, offers, &charts, lang);
    }
    let _ = write!(
        out,
        "<footer>{} {}.</footer>\n</main>\n</body>\n</html>\n",
        escape(lang.pick("Written by", "Rédigé avec")),
        escape(&report.generator)
    );
    out
}

fn header(out: &mut String, report: &Report) {
    let lang = report.lang;
    let facts = &report.facts;
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n<dl class=\"facts\">\n",
        escape(&report.title),
        escape(lang.pick(
            "Customer relations outsourcing: readiness report",
            "Externalisation de la relation client : rapport de maturité",
        ))
    );
    for (label, value) in facts.rows(lang) {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(&value));
    }
    out.push_str("</dl>\n</header>\n");
}

fn summary(out: &mut String, report: &Report) {
    let lang = report.lang;
    let readiness = &report.readiness;
    let coverage = readiness.coverage.clamp(0.0, 1.0);
    let _ = write!(
        out,
        "<section id=\"summary\">\n<h2>{}</h2>\n<div class=\"tiles\">\n\
         <div class=\"tile verdict {}\"><span class=\"label\">{}</span><span class=\"value\">{}</span></div>\n\
         <div class=\"tile\"><span class=\"label\">{}</span><span class=\"value\">{}<small> / 100</small></span>{}</div>\n\
         <div class=\"tile\"><span class=\"label\">{}</span><span class=\"value\">{}</span>{}</div>\n</div>\n",
        escape(lang.pick("Summary", "Synthèse")),
        readiness.verdict.name(),
        escape(lang.pick("Verdict", "Verdict")),
        escape(&verdict_label(readiness.verdict, lang)),
        escape(lang.pick("Overall score", "Score global")),
        score(readiness.overall, lang),
        meter(readiness.overall.map(|v| v / 100.0)),
        escape(lang.pick("Coverage", "Couverture")),
        percent(coverage, lang),
        meter(Some(coverage)),
    );
    if !readiness.reasons.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong> {}.</p>",
            escape(lang.pick("Why:", "Pourquoi :")),
            escape(&readiness.reasons.join(semicolon(lang)))
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"note\">{}</p>\n</section>",
        escape(lang.pick(
            "Coverage is the share of the questions' weight that the interview answered.",
            "La couverture est la part du poids des questions à laquelle l’entretien a répondu.",
        ))
    );
}

/// Escapes `text`, then shows its `backticked` parts (ids in the ranking's
/// messages) as `<code>`. An unpaired backtick stays as it is.
fn escape_code(text: &str) -> String {
    let escaped = escape(text);
    let parts: Vec<&str> = escaped.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return escaped;
    }
    let mut out = String::with_capacity(escaped.len() + 16);
    for (k, part) in parts.iter().enumerate() {
        if k % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
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

fn dimensions(out: &mut String, readiness: &Readiness, charts: &Charts, lang: Lang) {
    let _ = writeln!(
        out,
        "<section id=\"dimensions\" class=\"page\">\n<h2>{}</h2>",
        escape(radar_title(lang))
    );
    if readiness.dimensions.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>\n</section>",
            escape(lang.pick("No dimension was assessed.", "Aucune dimension évaluée."))
        );
        return;
    }
    let _ = writeln!(
        out,
        "<figure class=\"radar\">\n{}\n<figcaption>{}</figcaption>\n</figure>",
        charts.radar,
        escape(lang.pick(
            "Scores from 0 (centre) to 100 (outer ring); a dash marks a dimension with no answer.",
            "Scores de 0 (centre) à 100 (anneau extérieur) ; un tiret marque une dimension sans réponse.",
        ))
    );
    let _ = write!(
        out,
        "<div class=\"scroll\"><table>\n<thead><tr><th>{}</th><th class=\"num\">{}</th><th></th></tr></thead>\n<tbody>\n",
        escape(lang.pick("Dimension", "Dimension")),
        escape(lang.pick("Score", "Score")),
    );
    for dimension in &readiness.dimensions {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"bar\">{}</td></tr>",
            escape(&dimension.title),
            match dimension.score {
                Some(_) => score(dimension.score, lang),
                None => escape(lang.pick("no answer", "sans réponse")),
            },
            meter(dimension.score.map(|v| v / 100.0)),
        );
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");
}

fn findings(out: &mut String, readiness: &Readiness, lang: Lang) {
    let _ = writeln!(
        out,
        "<section id=\"findings\" class=\"page\">\n<h2>{}</h2>",
        escape(lang.pick(
            "Findings and recommendations",
            "Constats et recommandations"
        ))
    );
    if readiness.findings.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
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
            "<h3>{} ({})</h3>",
            escape(severity_heading(severity, lang)),
            group.len()
        );
        for finding in group {
            finding_card(out, finding, lang);
        }
    }
    out.push_str("</section>\n");
}

fn open_questions(out: &mut String, readiness: &Readiness, lang: Lang) {
    if readiness.missing.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section id=\"open-questions\" class=\"page\">\n<h2>{} ({})</h2>\n<p class=\"note\">{}</p>\n<ul class=\"open\">\n",
        escape(open_questions_title(lang)),
        readiness.missing.len(),
        escape(open_questions_note(lang)),
    );
    for question in &readiness.missing {
        let _ = writeln!(
            out,
            "<li>{} <span class=\"meta\">{} · {}</span></li>",
            escape(&question.question),
            escape(&question.questionnaire),
            escape(&question.dimension),
        );
    }
    out.push_str("</ul>\n</section>\n");
}

fn finding_card(out: &mut String, finding: &Finding, lang: Lang) {
    let waived = if finding.waived.is_some() {
        " waived"
    } else {
        ""
    };
    let _ = write!(
        out,
        "<article class=\"finding {}{waived}\">\n<h4>{}",
        finding.severity.name(),
        escape(&finding.question)
    );
    if finding.waived.is_some() {
        let _ = write!(
            out,
            " <span class=\"badge\">{}</span>",
            escape(lang.pick("waived", "dérogation"))
        );
    }
    out.push_str("</h4>\n");
    let mut meta = escape(&finding.questionnaire);
    if let Some(line) = finding.line {
        let _ = write!(
            meta,
            " · {} {line}",
            escape(lang.pick("brief line", "ligne du dossier"))
        );
    }
    let _ = writeln!(out, "<p class=\"meta\">{meta}</p>");
    if finding.message != finding.question {
        let _ = writeln!(out, "<p>{}</p>", escape(&finding.message));
    }
    if !finding.recommendation.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong> {}</p>",
            escape(lang.pick("Recommendation:", "Recommandation :")),
            escape(&finding.recommendation),
        );
    }
    if let Some(reason) = &finding.waived {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong> {}</p>",
            escape(lang.pick("Risk accepted:", "Risque accepté :")),
            escape(reason)
        );
    }
    if !finding.source.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"source\">{} <cite>{}</cite></p>",
            escape(lang.pick("Source:", "Source :")),
            escape(&finding.source)
        );
    }
    out.push_str("</article>\n");
}

fn offers_section(out: &mut String, offers: &Offers, charts: &Charts, lang: Lang) {
    let _ = writeln!(
        out,
        "<section id=\"offers\" class=\"page\">\n<h2>{}</h2>\n<p class=\"note\">{} {}</p>",
        escape(lang.pick("Provider offers", "Offres des prestataires")),
        escape(lang.pick("Method:", "Méthode :")),
        escape(&offers.method)
    );
    if offers.ranked.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            escape(lang.pick(
                "No offer meets the must-have criteria.",
                "Aucune offre ne respecte les critères obligatoires."
            ))
        );
    } else {
        ranking_table(out, offers, lang);
        if let Some(lead) = &offers.lead {
            let _ = writeln!(out, "<p>{}</p>", escape(lead));
        }
        if let Some(svg) = &charts.contributions {
            let _ = writeln!(
                out,
                "<figure class=\"bars\">\n{svg}\n<figcaption>{}</figcaption>\n</figure>",
                escape(contributions_title(lang))
            );
        }
        if !offers.additive {
            let _ = writeln!(
                out,
                "<p class=\"note\">{}</p>",
                escape(non_additive_note(lang))
            );
        }
    }
    if !offers.warnings.is_empty() {
        let _ = write!(
            out,
            "<h3>{}</h3>\n<ul>\n",
            escape(lang.pick("Points to check", "Points à vérifier"))
        );
        for warning in &offers.warnings {
            let _ = writeln!(out, "<li>{}</li>", escape_code(warning));
        }
        out.push_str("</ul>\n");
    }
    if !offers.excluded.is_empty() {
        let _ = write!(
            out,
            "<h3>{}</h3>\n<ul>\n",
            escape(lang.pick("Excluded offers", "Offres écartées"))
        );
        for excluded in &offers.excluded {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong>{}{}</li>",
                escape(&excluded.provider),
                colon(lang),
                escape_code(&excluded.reasons.join(semicolon(lang)))
            );
        }
        out.push_str("</ul>\n");
    }
    weights(out, offers, lang);
    if let Some(sensitivity) = &offers.sensitivity {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<p class=\"note\">{}</p>",
            escape(lang.pick("Sensitivity to the weights", "Sensibilité aux poids")),
            escape(&sensitivity_note(sensitivity.samples, lang))
        );
        if let Some(svg) = &charts.shares {
            let _ = writeln!(
                out,
                "<figure class=\"bars\">\n{svg}\n<figcaption>{}</figcaption>\n</figure>",
                escape(shares_title(lang))
            );
        }
        if !sensitivity.thresholds.is_empty() {
            let _ = write!(
                out,
                "<div class=\"scroll\"><table>\n<thead><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                escape(lang.pick("Criterion", "Critère")),
                escape(lang.pick("Weight", "Poids")),
                escape(lang.pick("What changes the winner", "Ce qui change le gagnant")),
            );
            for threshold in &sensitivity.thresholds {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                    escape(&threshold.criterion),
                    weight_percent(threshold.weight, lang),
                    escape(&threshold_text(threshold, lang)),
                );
            }
            out.push_str("</tbody>\n</table></div>\n");
        }
    }
    out.push_str("</section>\n");
}

fn ranking_table(out: &mut String, offers: &Offers, lang: Lang) {
    let _ = write!(
        out,
        "<div class=\"scroll\"><table class=\"ranking\">\n<thead><tr><th class=\"num\">#</th><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        escape(lang.pick("Provider", "Prestataire")),
        escape(lang.pick("Score", "Score")),
    );
    for offer in &offers.ranked {
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\"><strong>{}</strong></td></tr>",
            rank_label(offer),
            escape(&offer.provider),
            total(offer.total, offers, lang)
        );
    }
    out.push_str("</tbody>\n</table></div>\n");
}

/// Criteria as rows (their names can be long and there can be a dozen), the weight,
/// then one column per ranked offer with its contribution.
fn weights(out: &mut String, offers: &Offers, lang: Lang) {
    let _ = write!(
        out,
        "<h3>{}</h3>\n<div class=\"scroll\"><table class=\"weights\">\n<thead><tr><th>{}</th><th class=\"num\">{}</th>",
        escape(lang.pick("Weights and contributions", "Poids et contributions")),
        escape(lang.pick("Criterion", "Critère")),
        escape(lang.pick("Weight", "Poids")),
    );
    for offer in &offers.ranked {
        let _ = write!(
            out,
            "<th class=\"num offer\">{}. {}</th>",
            rank_label(offer),
            escape(&offer.provider)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (k, criterion) in offers.criteria.iter().enumerate() {
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td>",
            escape(&criterion.name),
            weight_percent(criterion.weight, lang),
        );
        for offer in &offers.ranked {
            let value = offer.segments.get(k).copied().unwrap_or(0.0);
            let _ = write!(out, "<td class=\"num\">{}</td>", total(value, offers, lang));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n");
    if let Some(consistency) = offers.consistency {
        let class = if consistency.acceptable() {
            "ok"
        } else {
            "bad"
        };
        let _ = writeln!(
            out,
            "<p>{} λ<sub>max</sub> = {}, CI = {}, CR = {} <span class=\"{class}\">{}</span></p>",
            escape(lang.pick("AHP consistency:", "Cohérence AHP :")),
            number(consistency.lambda_max, 3, lang),
            number(consistency.ci, 3, lang),
            number(consistency.cr, 3, lang),
            escape(consistency.verdict(lang)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
            "63<small> / 100</small>",
            "85%",
            "Blockers (1)",
            "Warnings (2)",
            "Risk accepted:",
            "<strong>Why:</strong> score 62.5 below 75.",
            "@media print",
            "λ<sub>max</sub>",
            "Points to check",
            "<p>Acme leads Globex by 0.350, mostly on Price.</p>",
            "Questions still to answer (1)",
            "What is the budget | per year? <span class=\"meta\">Ten questions · Budget</span>",
            "acceptable (at most 0.10)",
        ] {
            assert!(html.contains(needle), "missing {needle}");
        }
        assert_eq!(html.matches("<svg").count(), 3);
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
    fn user_text_is_escaped() {
        let html = render_html(&sample(Lang::En));
        assert!(html.contains("Boutique &lt;Lumière&gt; &amp; Co"));
        assert!(html.contains("No knowledge base &lt;yet&gt;"));
        assert!(!html.contains("<Lumière>"));
    }

    #[test]
    fn backticks_become_code_after_escaping() {
        assert_eq!(
            escape_code("`price` = 4.9 is above <4.5>"),
            "<code>price</code> = 4.9 is above &lt;4.5&gt;"
        );
        assert_eq!(escape_code("a ` b"), "a ` b");
        assert_eq!(escape_code("`<b>`"), "<code>&lt;b&gt;</code>");
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
            offers.additive = false;
            offers.ranked[1].rank = 1;
            offers.ranked[0].tied = true;
            offers.ranked[1].tied = true;
        }
        let html = render_html(&report);
        assert!(html.contains("<td class=\"num\">1=</td>"));
        assert!(html.contains("<th class=\"num offer\">1=. Globex</th>"));
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
