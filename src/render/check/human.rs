//! Human output of `check`: a table of dimensions with score bars, findings with
//! the brief's line quoted under a caret (as cargo-deny does), the verdict.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use comfy_table::{CellAlignment, Table, presets};

use super::{CheckReport, Checked, finding_id, source_lines};
use crate::i18n::number;
use crate::lang::Lang;
use crate::model::questionnaire::Severity;
use crate::readiness::{FindingKind, Status, Verdict};
use crate::render::bar::bar;
use crate::render::style;
use crate::tr;

/// Rendering options.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub lang: Lang,
    pub color: bool,
    /// Only the verdict line per brief.
    pub quiet: bool,
    /// Also list each answered question with its score.
    pub verbose: bool,
}

pub fn render(report: &CheckReport, options: Options) -> String {
    let mut out = String::new();
    for (index, checked) in report.briefs.iter().enumerate() {
        if index > 0 && !options.quiet {
            out.push('\n');
        }
        render_brief(&mut out, checked, options);
    }
    if report.briefs.len() > 1 {
        let lang = options.lang;
        let failed = report.briefs.iter().filter(|b| !b.passed).count();
        let total = report.briefs.len();
        let _ = writeln!(
            out,
            "\n{}",
            tr!(
                lang,
                "check-summary",
                total = total,
                passed = total - failed,
                failed = failed
            )
        );
    }
    out
}

/// One brief's text: what [`render`] writes for a report of that brief alone.
pub fn render_one(checked: &Checked, options: Options) -> String {
    let mut out = String::new();
    render_brief(&mut out, checked, options);
    out
}

fn render_brief(out: &mut String, checked: &Checked, options: Options) {
    let lang = options.lang;
    let a = &checked.assessment;
    let project = &checked.brief.project;
    if !options.quiet {
        let mut title = checked.file.path.clone();
        let facts: Vec<&str> = [project.client.as_deref(), project.name.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !facts.is_empty() {
            title = tr!(lang, "check-title", path = title, facts = facts.join(" · "));
        }
        let _ = writeln!(out, "{title}");
        let _ = writeln!(out, "{}", dimension_table(checked, lang));
        render_findings(out, checked, options);
        let missing: Vec<String> = a
            .missing()
            .map(|q| finding_id(&q.questionnaire, &q.question))
            .collect();
        if !missing.is_empty() {
            let _ = writeln!(
                out,
                "{}\n",
                tr!(
                    lang,
                    "check-unanswered",
                    count = missing.len(),
                    questions = missing.join(", ")
                )
            );
        }
        if options.verbose {
            render_answers(out, checked, lang);
        }
    }
    let mut verdict = tr!(
        lang,
        "check-verdict",
        verdict = a.verdict.label(lang),
        score = score_text(a.score, lang),
        coverage = number::percent(a.coverage, 0, lang)
    );
    if !a.reasons.is_empty() {
        let reasons: Vec<String> = a.reasons.iter().map(|r| r.describe(lang)).collect();
        let separator = tr!(lang, "check-reasons-separator");
        verdict = tr!(
            lang,
            "check-verdict-reasons",
            line = verdict,
            reasons = reasons.join(&separator)
        );
    }
    if options.quiet {
        verdict = tr!(
            lang,
            "check-quiet-line",
            path = checked.file.path.clone(),
            line = verdict
        );
    }
    let verdict = style::paint(&verdict, style::verdict(a.verdict).bold(), options.color);
    let _ = writeln!(out, "{verdict}");
    if !checked.passed && a.verdict != Verdict::NotReady {
        let _ = writeln!(out, "{}", tr!(lang, "check-failed-fail-on"));
    }
}

fn dimension_table(checked: &Checked, lang: Lang) -> Table {
    let a = &checked.assessment;
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_header(vec![
        tr!(lang, "check-column-dimension"),
        tr!(lang, "check-column-score"),
        String::new(),
        tr!(lang, "check-column-answered"),
    ]);
    let coverage = |answered: f64, total: f64| {
        if total > 0.0 {
            number::percent(answered / total, 0, lang)
        } else {
            "—".to_owned()
        }
    };
    for d in &a.dimensions {
        table.add_row(vec![
            d.title.get(lang).to_owned(),
            score_text(d.score, lang),
            d.score.map_or_else(String::new, |s| bar(s, 100.0, 20)),
            coverage(d.answered_weight, d.total_weight),
        ]);
    }
    table.add_row(vec![
        tr!(lang, "check-overall"),
        score_text(a.score, lang),
        a.score.map_or_else(String::new, |s| bar(s, 100.0, 20)),
        number::percent(a.coverage, 0, lang),
    ]);
    for column in [1, 3] {
        if let Some(column) = table.column_mut(column) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

fn render_findings(out: &mut String, checked: &Checked, options: Options) {
    let lang = options.lang;
    if checked.assessment.findings.is_empty() {
        return;
    }
    let renderer = if options.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    // The same for every finding of the brief: looked up once.
    let note = crate::diag::note_level(lang);
    let help = crate::diag::help_level(lang);
    for finding in &checked.assessment.findings {
        let (level, name) = match (&finding.waived, finding.severity) {
            (Some(_), _) => (Level::NOTE, tr!(lang, "check-level-waived")),
            (None, Severity::Blocker) => (Level::ERROR, tr!(lang, "check-level-blocker")),
            (None, Severity::Warning) => (Level::WARNING, tr!(lang, "check-level-warning")),
            (None, Severity::Info) => (Level::INFO, tr!(lang, "check-level-info")),
        };
        let title = match finding.kind {
            FindingKind::WeakAnswer => finding.message.get(lang),
            FindingKind::StaleWaiver => finding.message.get(lang),
        };
        let id = finding_id(&finding.questionnaire, &finding.question);
        let name = crate::diag::level_name(&name, Some(&id), lang);
        let group_title = level.with_name(name).primary_title(title);
        let label = match (finding.kind, finding.answer_score) {
            (FindingKind::WeakAnswer, Some(score)) => tr!(
                lang,
                "check-weak-answer",
                score = number::percent(score, 0, lang)
            ),
            _ => tr!(lang, "check-this-waiver"),
        };
        // Only the quoted line goes to the renderer (numbered from its own line):
        // the output is the same as with the whole file, without splitting the
        // whole file into lines for every finding.
        let quoted = finding.span.as_ref().and_then(|span| {
            let line = checked.file.line_of(span);
            Some((line, checked.file.line_with_ending(line)?))
        });
        let mut group: Group<'_> = match quoted {
            Some((line, text)) => group_title.element(
                Snippet::source(text)
                    .line_start(line)
                    .path(checked.file.path.as_str())
                    .annotation(AnnotationKind::Primary.span(key_span(text)).label(label)),
            ),
            None => group_title.element(note.clone().message(label)),
        };
        if let Some(reason) = &finding.waived {
            group = group.element(note.clone().message(tr!(
                lang,
                "check-waived",
                reason = reason.as_str()
            )));
        }
        if let Some(recommendation) = &finding.recommendation {
            group = group.element(help.clone().message(recommendation.get(lang)));
        }
        for line in source_lines(finding, lang) {
            group = group.element(note.clone().message(line));
        }
        let _ = writeln!(out, "{}\n", renderer.render(&[group]));
    }
}

/// A score out of 100 with one decimal (`68.7`, `68,7`), or a dash when there is none.
fn score_text(score: Option<f64>, lang: Lang) -> String {
    score.map_or_else(|| "—".to_owned(), |s| number::decimal(s, 1, lang))
}

/// The byte range of the key in one line of text (`key = value`), or of the
/// whole line's text when it has no `=`; leading spaces are left out.
fn key_span(line: &str) -> std::ops::Range<usize> {
    let trimmed = line.trim_end_matches(['\n', '\r']);
    let indent = trimmed.len() - trimmed.trim_start().len();
    let end = trimmed
        .find('=')
        .map_or(trimmed.len(), |eq| trimmed[..eq].trim_end().len());
    indent..end.max(indent)
}

fn render_answers(out: &mut String, checked: &Checked, lang: Lang) {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_header(vec![
        tr!(lang, "check-column-question"),
        tr!(lang, "check-column-weight"),
        tr!(lang, "check-column-answer"),
    ]);
    for q in &checked.assessment.questions {
        let status = match &q.status {
            Status::Answered { score } => number::percent(*score, 0, lang),
            Status::Missing => tr!(lang, "check-answer-missing"),
            Status::NotApplicable { reason } => {
                tr!(lang, "check-answer-not-applicable", reason = reason.clone())
            }
            Status::Text { answered: true } => tr!(lang, "check-answer-text"),
            Status::Text { answered: false } => tr!(lang, "check-answer-text-empty"),
        };
        table.add_row(vec![
            finding_id(&q.questionnaire, &q.question),
            number::trimmed(q.weight, 2, lang),
            status,
        ]);
    }
    let _ = writeln!(out, "{table}\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_spans_skip_indentation() {
        // "a = 1": the key is byte 0 only (the `=` is at 2, trimmed back to 1).
        assert_eq!(key_span("a = 1\n"), 0..1);
        // Two spaces of indent, "bb" at bytes 2..4, CRLF ignored.
        assert_eq!(key_span("  bb = 2\r\n"), 2..4);
        // No `=`: the whole text, "c" at 0..1.
        assert_eq!(key_span("c"), 0..1);
        // Blank line: an empty span at the end of the indent (3..3).
        assert_eq!(key_span("   \n"), 3..3);
    }
}
