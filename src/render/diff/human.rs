//! Human output of `diff`: a table of scores then and now with the change, the
//! verdicts, the findings resolved and new, and the answers changed.

use std::fmt::Write as _;

use comfy_table::{Cell, CellAlignment, Color, Table, presets};

use super::DiffReport;
use crate::diff::{Change, FindingChange, FindingStatus, Trend};
use crate::lang::Lang;
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::Severity;
use crate::readiness::Verdict;
use crate::render::check::finding_id;

/// Rendering options.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub lang: Lang,
    pub color: bool,
    /// Only the summary line.
    pub quiet: bool,
    /// Also list the findings still open and the answers' scores.
    pub verbose: bool,
}

const GREEN: &str = "32";
const RED: &str = "31";
const YELLOW: &str = "33";

fn paint(text: &str, code: &str, options: Options) -> String {
    if options.color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |s| format!("{s:.1}"))
}

fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |s| format!("{:.0} %", s * 100.0))
}

/// A signed change, `+12.5`, `-3.0`, `0.0` or `—`, with `scale` (100 for shares).
fn signed(delta: Option<f64>, scale: f64, unit: &str) -> String {
    match delta {
        None => "—".to_owned(),
        Some(d) => {
            let d = d * scale;
            if d.abs() < 0.05 {
                format!("0.0{unit}")
            } else {
                format!("{d:+.1}{unit}")
            }
        }
    }
}

fn delta_cell(change: &Change, scale: f64, unit: &str) -> Cell {
    let cell = Cell::new(signed(change.delta, scale, unit));
    match change.delta {
        Some(d) if d * scale >= 0.05 => cell.fg(Color::Green),
        Some(d) if d * scale <= -0.05 => cell.fg(Color::Red),
        _ => cell,
    }
}

fn verdict_code(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Ready => GREEN,
        Verdict::ReadyWithConditions => YELLOW,
        Verdict::NotReady => RED,
    }
}

fn trend_label(trend: Trend, lang: Lang) -> &'static str {
    match trend {
        Trend::Better => lang.pick("better", "mieux"),
        Trend::Same => lang.pick("unchanged", "inchangé"),
        Trend::Worse => lang.pick("worse", "moins bien"),
    }
}

fn severity_label(severity: Severity, lang: Lang) -> &'static str {
    match severity {
        Severity::Blocker => lang.pick("blocker", "bloquant"),
        Severity::Warning => lang.pick("warning", "alerte"),
        Severity::Info => lang.pick("info", "info"),
    }
}

/// An answer as it is written in the brief, shortened.
pub fn answer_text(value: Option<&AnswerValue>, lang: Lang) -> String {
    let Some(value) = value else {
        return "—".to_owned();
    };
    match value {
        AnswerValue::YesNo(b) => lang
            .pick(
                if *b { "yes" } else { "no" },
                if *b { "oui" } else { "non" },
            )
            .to_owned(),
        AnswerValue::Level(level) => level.to_string(),
        AnswerValue::Choice(id) => id.clone(),
        AnswerValue::Multi(ids) => format!("[{}]", ids.join(", ")),
        AnswerValue::Number(n) => format!("{n}"),
        AnswerValue::Text(text) => {
            let short: String = text.chars().take(40).collect();
            if short.len() < text.len() {
                format!("\"{short}…\"")
            } else {
                format!("\"{short}\"")
            }
        }
        AnswerValue::NotApplicable { .. } => lang.pick("n/a", "sans objet").to_owned(),
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
    let verdict = paint(&verdict, verdict_code(d.verdict.now), options);
    format!(
        "{} {} → {} ({}), {} {} → {} ({}), {} {verdict} ({})",
        lang.pick("score", "score"),
        score(d.score.then),
        score(d.score.now),
        signed(d.score.delta, 1.0, ""),
        lang.pick("coverage", "couverture"),
        percent(d.coverage.then),
        percent(d.coverage.now),
        signed(d.coverage.delta, 100.0, lang.pick(" pts", " pts")),
        lang.pick("verdict", "verdict"),
        trend_label(d.verdict.trend, lang),
    )
}

pub fn render(report: &DiffReport, options: Options) -> String {
    let mut out = String::new();
    if options.quiet {
        let _ = writeln!(
            out,
            "{} → {}: {}",
            report.then.path,
            report.now.path,
            summary(report, options)
        );
        return out;
    }
    let lang = options.lang;
    let d = &report.diff;
    let project = &report.now.project;
    let facts: Vec<&str> = [project.client.as_deref(), project.name.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !facts.is_empty() {
        let _ = writeln!(out, "{}", facts.join(" · "));
    }
    for (label, side) in [
        (lang.pick("then", "avant"), &report.then),
        (lang.pick("now", "après"), &report.now),
    ] {
        let date = side
            .project
            .date
            .as_deref()
            .map_or_else(String::new, |date| format!(" ({date})"));
        let _ = writeln!(out, "{label:<6}{}{date}", side.path);
    }
    let _ = writeln!(out, "{}", score_table(report, options));
    let _ = writeln!(out, "{}\n", summary(report, options));

    let sections = [
        (
            FindingStatus::Resolved,
            lang.pick("findings resolved", "constats résolus"),
            "✓",
            GREEN,
        ),
        (
            FindingStatus::New,
            lang.pick("new findings", "nouveaux constats"),
            "+",
            RED,
        ),
        (
            FindingStatus::Waived,
            lang.pick(
                "findings now waived",
                "constats désormais couverts par une dérogation",
            ),
            "~",
            YELLOW,
        ),
        (
            FindingStatus::Unwaived,
            lang.pick(
                "findings no longer waived",
                "constats dont la dérogation a été retirée",
            ),
            "!",
            RED,
        ),
    ];
    for (status, title, mark, code) in sections {
        let findings: Vec<&FindingChange> = d.findings_with(status).collect();
        if findings.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{title} ({}):", findings.len());
        for f in findings {
            let _ = writeln!(
                out,
                "  {}",
                paint(&finding_line(mark, f, lang), code, options)
            );
        }
        out.push('\n');
    }
    let open: Vec<&FindingChange> = d.findings_with(FindingStatus::Open).collect();
    if !open.is_empty() {
        let title = lang.pick("findings still open", "constats toujours ouverts");
        if options.verbose {
            let _ = writeln!(out, "{title} ({}):", open.len());
            for f in open {
                let _ = writeln!(out, "  {}", finding_line("·", f, lang));
            }
        } else {
            let ids: Vec<String> = open
                .iter()
                .map(|f| finding_id(&f.questionnaire, &f.question))
                .collect();
            let _ = writeln!(out, "{title} ({}): {}", ids.len(), ids.join(", "));
        }
        out.push('\n');
    }

    if d.answers.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            lang.pick("no answer changed", "aucune réponse n'a changé")
        );
    } else {
        let _ = writeln!(
            out,
            "{} ({}):",
            lang.pick("answers changed", "réponses modifiées"),
            d.answers.len()
        );
        for a in &d.answers {
            let mut line = format!(
                "  {}: {} → {}",
                finding_id(&a.questionnaire, &a.question),
                answer_text(a.then.as_ref(), lang),
                answer_text(a.now.as_ref(), lang),
            );
            if a.score.then.is_some() || a.score.now.is_some() {
                let _ = write!(
                    line,
                    " ({} → {})",
                    percent(a.score.then),
                    percent(a.score.now)
                );
            }
            if options.verbose {
                let _ = write!(line, "\n      {}", a.text.get(lang));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = writeln!(
        out,
        "{}",
        match lang {
            Lang::En => format!("{} answers unchanged", d.unchanged_answers),
            Lang::Fr => format!("{} réponses inchangées", d.unchanged_answers),
        }
    );
    out
}

fn finding_line(mark: &str, f: &FindingChange, lang: Lang) -> String {
    let mut line = format!(
        "{mark} {} {}: {}",
        severity_label(f.severity, lang),
        finding_id(&f.questionnaire, &f.question),
        f.message.get(lang)
    );
    if f.answer_score.then.is_some() || f.answer_score.now.is_some() {
        let _ = write!(
            line,
            " ({} → {})",
            percent(f.answer_score.then),
            percent(f.answer_score.now)
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
        lang.pick("Dimension", "Dimension"),
        lang.pick("Then", "Avant"),
        lang.pick("Now", "Après"),
        "Δ",
    ]);
    for dimension in &d.dimensions {
        table.add_row(vec![
            Cell::new(dimension.title.get(lang)),
            Cell::new(score(dimension.score.then)),
            Cell::new(score(dimension.score.now)),
            delta_cell(&dimension.score, 1.0, ""),
        ]);
    }
    table.add_row(vec![
        Cell::new(lang.pick("Overall", "Global")),
        Cell::new(score(d.score.then)),
        Cell::new(score(d.score.now)),
        delta_cell(&d.score, 1.0, ""),
    ]);
    table.add_row(vec![
        Cell::new(lang.pick("Coverage", "Couverture")),
        Cell::new(percent(d.coverage.then)),
        Cell::new(percent(d.coverage.now)),
        delta_cell(&d.coverage, 100.0, " pts"),
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
        assert_eq!(signed(Some(12.345), 1.0, ""), "+12.3");
        assert_eq!(signed(Some(-3.0), 1.0, ""), "-3.0");
        assert_eq!(signed(Some(0.01), 1.0, ""), "0.0");
        assert_eq!(signed(Some(0.18), 100.0, " pts"), "+18.0 pts");
        assert_eq!(signed(None, 1.0, ""), "—");
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
