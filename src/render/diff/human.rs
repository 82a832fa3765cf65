//! Human output of `diff`: a table of scores then and now with the change, the
//! verdicts, the findings resolved and new, and the answers changed.

use std::fmt::Write as _;

use anstyle::Style;
use comfy_table::{Cell, CellAlignment, Color, Table, presets};

use super::DiffReport;
use crate::diff::{AnswerChange, Change, Diff, FindingChange, FindingStatus, Trend};
use crate::i18n::number;
use crate::lang::Lang;
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::Severity;
use crate::render::check::finding_id;
use crate::render::style;
use crate::tr;

/// Rendering options.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Options {
    pub lang: Lang,
    pub color: bool,
    /// Only the summary line.
    pub quiet: bool,
    /// Also list the findings still open and the answers' scores.
    pub verbose: bool,
}

fn paint(text: &str, style: Style, options: Options) -> String {
    style::paint(text, style, options.color)
}

fn score(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(|| "—".to_owned(), |s| number::decimal(s, 1, lang))
}

fn percent(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(|| "—".to_owned(), |s| number::percent(s, 0, lang))
}

/// A signed change, `+12.5`, `-3.0`, `0.0` or `—`, with `scale` (100 for shares,
/// then in percentage points).
fn signed(delta: Option<f64>, scale: f64, lang: Lang) -> String {
    match delta {
        None => "—".to_owned(),
        Some(d) => {
            let text = number::signed(d * scale, 1, lang);
            if scale == 1.0 {
                text
            } else {
                tr!(lang, "diff-points", value = text)
            }
        }
    }
}

fn delta_cell(change: &Change, scale: f64, lang: Lang) -> Cell {
    let cell = Cell::new(signed(change.delta, scale, lang));
    match change.delta {
        Some(d) if d * scale >= 0.05 => cell.fg(Color::Green),
        Some(d) if d * scale <= -0.05 => cell.fg(Color::Red),
        _ => cell,
    }
}

fn trend_label(trend: Trend, lang: Lang) -> String {
    match trend {
        Trend::Better => tr!(lang, "diff-trend-better"),
        Trend::Same => tr!(lang, "diff-trend-same"),
        Trend::Worse => tr!(lang, "diff-trend-worse"),
    }
}

fn severity_label(severity: Severity, lang: Lang) -> String {
    match severity {
        Severity::Blocker => tr!(lang, "check-level-blocker"),
        Severity::Warning => tr!(lang, "check-level-warning"),
        Severity::Info => tr!(lang, "check-level-info"),
    }
}

/// An answer as it is written in the brief, shortened.
pub(crate) fn answer_text(value: Option<&AnswerValue>, lang: Lang) -> String {
    let Some(value) = value else {
        return "—".to_owned();
    };
    match value {
        AnswerValue::YesNo(true) => tr!(lang, "diff-yes"),
        AnswerValue::YesNo(false) => tr!(lang, "diff-no"),
        AnswerValue::Level(level) => level.to_string(),
        AnswerValue::Choice(id) => id.clone(),
        AnswerValue::Multi(ids) => format!("[{}]", ids.join(", ")),
        AnswerValue::Number(n) => number::trimmed(*n, 3, lang),
        AnswerValue::Text(text) => {
            let short: String = text.chars().take(40).collect();
            if short.len() < text.len() {
                format!("\"{short}…\"")
            } else {
                format!("\"{short}\"")
            }
        }
        AnswerValue::NotApplicable { .. } => tr!(lang, "check-answer-not-applicable-short"),
    }
}

/// The one-line summary: score, coverage and verdict then → now.
fn summary(report: &DiffReport, options: Options) -> String {
    let lang = options.lang;
    let d = &report.diff;
    let verdict = format!(
        "{} → {}",
        d.verdict.then.label(lang),
        d.verdict.now.label(lang)
    );
    let verdict = paint(&verdict, style::verdict(d.verdict.now), options);
    tr!(
        lang,
        "diff-summary",
        score_then = score(d.score.then, lang),
        score_now = score(d.score.now, lang),
        score_delta = signed(d.score.delta, 1.0, lang),
        coverage_then = percent(d.coverage.then, lang),
        coverage_now = percent(d.coverage.now, lang),
        coverage_delta = signed(d.coverage.delta, 100.0, lang),
        verdict = verdict,
        trend = trend_label(d.verdict.trend, lang)
    )
}

/// The quiet output: both paths and the summary on one line.
fn quiet_line(report: &DiffReport, options: Options) -> String {
    tr!(
        options.lang,
        "diff-quiet-line",
        then = report.then.path.clone(),
        now = report.now.path.clone(),
        summary = summary(report, options)
    )
}

/// The client and project names, then each brief's path and date.
fn write_header(out: &mut String, report: &DiffReport, lang: Lang) {
    let project = &report.now.project;
    let facts: Vec<&str> = [project.client.as_deref(), project.name.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !facts.is_empty() {
        let _ = writeln!(out, "{}", facts.join(" · "));
    }
    for (label, side) in [
        (tr!(lang, "diff-then"), &report.then),
        (tr!(lang, "diff-now"), &report.now),
    ] {
        let date = side
            .project
            .date
            .map_or_else(String::new, |date| format!(" ({date})"));
        let _ = writeln!(out, "{label:<6}{}{date}", side.path);
    }
}

/// The findings resolved, new, waived and unwaived, one section each, empty
/// sections left out.
fn write_finding_sections(out: &mut String, d: &Diff, options: Options) {
    let lang = options.lang;
    let sections = [
        (
            FindingStatus::Resolved,
            tr!(lang, "diff-section-resolved"),
            "✓",
            style::GOOD,
        ),
        (
            FindingStatus::New,
            tr!(lang, "diff-section-new"),
            "+",
            style::BAD,
        ),
        (
            FindingStatus::Waived,
            tr!(lang, "diff-section-waived"),
            "~",
            style::CAUTION,
        ),
        (
            FindingStatus::Unwaived,
            tr!(lang, "diff-section-unwaived"),
            "!",
            style::BAD,
        ),
    ];
    for (status, title, mark, code) in sections {
        let findings: Vec<&FindingChange> = d.findings_with(status).collect();
        if findings.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "{}",
            tr!(lang, "diff-section", title = title, count = findings.len())
        );
        for f in findings {
            let _ = writeln!(
                out,
                "  {}",
                paint(&finding_line(mark, f, lang), code, options)
            );
        }
        out.push('\n');
    }
}

/// The findings still open: listed in full when verbose, else their ids on one line.
fn write_open_findings(out: &mut String, d: &Diff, options: Options) {
    let lang = options.lang;
    let open: Vec<&FindingChange> = d.findings_with(FindingStatus::Open).collect();
    if open.is_empty() {
        return;
    }
    let title = tr!(lang, "diff-section-open");
    if options.verbose {
        let _ = writeln!(
            out,
            "{}",
            tr!(lang, "diff-section", title = title, count = open.len())
        );
        for f in open {
            let _ = writeln!(out, "  {}", finding_line("·", f, lang));
        }
    } else {
        let ids: Vec<String> = open
            .iter()
            .map(|f| finding_id(&f.questionnaire, &f.question))
            .collect();
        let _ = writeln!(
            out,
            "{}",
            tr!(
                lang,
                "diff-section-list",
                title = title,
                count = ids.len(),
                ids = ids.join(", ")
            )
        );
    }
    out.push('\n');
}

/// One changed answer: then → now, the score change if scored, and the
/// question's text when verbose.
fn answer_line(a: &AnswerChange, options: Options) -> String {
    let lang = options.lang;
    let mut line = format!(
        "  {}",
        tr!(
            lang,
            "diff-answer",
            question = finding_id(&a.questionnaire, &a.question),
            then = answer_text(a.then.as_ref(), lang),
            now = answer_text(a.now.as_ref(), lang)
        )
    );
    if a.score.then.is_some() || a.score.now.is_some() {
        let _ = write!(
            line,
            " ({} → {})",
            percent(a.score.then, lang),
            percent(a.score.now, lang)
        );
    }
    if options.verbose {
        let _ = write!(line, "\n      {}", a.text.get(lang));
    }
    line
}

/// The answers changed (or a line saying none did), then the count unchanged.
fn write_answers(out: &mut String, d: &Diff, options: Options) {
    let lang = options.lang;
    if d.answers.is_empty() {
        let _ = writeln!(out, "{}", tr!(lang, "diff-no-answer-changed"));
    } else {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                lang,
                "diff-section",
                title = tr!(lang, "diff-section-answers"),
                count = d.answers.len()
            )
        );
        for a in &d.answers {
            let _ = writeln!(out, "{}", answer_line(a, options));
        }
    }
    let _ = writeln!(
        out,
        "{}",
        tr!(lang, "diff-unchanged", count = d.unchanged_answers)
    );
}

pub(crate) fn render(report: &DiffReport, options: Options) -> String {
    let mut out = String::new();
    if options.quiet {
        let _ = writeln!(out, "{}", quiet_line(report, options));
        return out;
    }
    let d = &report.diff;
    write_header(&mut out, report, options.lang);
    let _ = writeln!(out, "{}", score_table(report, options));
    let _ = writeln!(out, "{}\n", summary(report, options));
    write_finding_sections(&mut out, d, options);
    write_open_findings(&mut out, d, options);
    write_answers(&mut out, d, options);
    out
}

fn finding_line(mark: &str, f: &FindingChange, lang: Lang) -> String {
    let mut line = format!(
        "{mark} {}",
        tr!(
            lang,
            "diff-finding",
            severity = severity_label(f.severity, lang),
            question = finding_id(&f.questionnaire, &f.question),
            message = f.message.get(lang).to_owned()
        )
    );
    if f.answer_score.then.is_some() || f.answer_score.now.is_some() {
        let _ = write!(
            line,
            " ({} → {})",
            percent(f.answer_score.then, lang),
            percent(f.answer_score.now, lang)
        );
    }
    line
}

fn score_table(report: &DiffReport, options: Options) -> Table {
    let lang = options.lang;
    let d = &report.diff;
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    if options.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(vec![
        tr!(lang, "check-column-dimension"),
        tr!(lang, "diff-column-then"),
        tr!(lang, "diff-column-now"),
        "Δ".to_owned(),
    ]);
    for dimension in &d.dimensions {
        table.add_row(vec![
            Cell::new(dimension.title.get(lang)),
            Cell::new(score(dimension.score.then, lang)),
            Cell::new(score(dimension.score.now, lang)),
            delta_cell(&dimension.score, 1.0, lang),
        ]);
    }
    table.add_row(vec![
        Cell::new(tr!(lang, "check-overall")),
        Cell::new(score(d.score.then, lang)),
        Cell::new(score(d.score.now, lang)),
        delta_cell(&d.score, 1.0, lang),
    ]);
    table.add_row(vec![
        Cell::new(tr!(lang, "diff-column-coverage")),
        Cell::new(percent(d.coverage.then, lang)),
        Cell::new(percent(d.coverage.now, lang)),
        delta_cell(&d.coverage, 100.0, lang),
    ]);
    for column in 1..=3 {
        if let Some(column) = table.column_mut(column) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_changes() {
        let en = Lang::En;
        assert_eq!(signed(Some(12.345), 1.0, en), "+12.3");
        assert_eq!(signed(Some(-3.0), 1.0, en), "-3.0");
        assert_eq!(signed(Some(0.01), 1.0, en), "0.0");
        // 0.18 of the weight = 18 percentage points.
        assert_eq!(signed(Some(0.18), 100.0, en), "+18.0 pts");
        assert_eq!(signed(Some(0.18), 100.0, Lang::Fr), "+18,0\u{a0}pts");
        assert_eq!(signed(None, 1.0, en), "—");
    }

    #[test]
    fn answers_as_written() {
        let lang = Lang::En;
        assert_eq!(answer_text(None, lang), "—");
        assert_eq!(
            answer_text(Some(&AnswerValue::YesNo(true)), Lang::Fr),
            "oui"
        );
        assert_eq!(answer_text(Some(&AnswerValue::Number(9.0)), lang), "9");
        assert_eq!(answer_text(Some(&AnswerValue::Number(2.5)), lang), "2.5");
        assert_eq!(
            answer_text(
                Some(&AnswerValue::Multi(vec!["a".into(), "b".into()])),
                lang
            ),
            "[a, b]"
        );
        let long = AnswerValue::Text("x".repeat(50));
        assert_eq!(
            answer_text(Some(&long), lang),
            format!("\"{}…\"", "x".repeat(40))
        );
    }
}
