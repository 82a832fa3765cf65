//! Human output of `check`: a table of dimensions with score bars, findings with
//! the brief's line quoted under a caret (as cargo-deny does), the verdict.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use comfy_table::{CellAlignment, Table, presets};

use super::{CheckReport, Checked, finding_id};
use crate::lang::Lang;
use crate::model::questionnaire::Severity;
use crate::readiness::{FindingKind, Status, Verdict};
use crate::render::bar::bar;

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
            "{}",
            match lang {
                Lang::En => format!(
                    "\n{total} briefs checked: {} passed, {failed} failed",
                    total - failed
                ),
                Lang::Fr => format!(
                    "\n{total} briefs vérifiés : {} réussis, {failed} en échec",
                    total - failed
                ),
            }
        );
    }
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
            title = format!("{title}: {}", facts.join(" · "));
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
                "{} ({}): {}\n",
                lang.pick("unanswered", "sans réponse"),
                missing.len(),
                missing.join(", ")
            );
        }
        if options.verbose {
            render_answers(out, checked, lang);
        }
    }
    let score = a
        .score
        .map_or_else(|| "—".to_owned(), |s| format!("{s:.1}"));
    let mut verdict = format!(
        "{}: {} ({} {score}/100, {} {:.0} %)",
        lang.pick("verdict", "verdict"),
        a.verdict.label(lang),
        lang.pick("score", "score"),
        lang.pick("coverage", "couverture"),
        a.coverage * 100.0,
    );
    if !a.reasons.is_empty() {
        let reasons: Vec<String> = a.reasons.iter().map(|r| r.describe(lang)).collect();
        let _ = write!(verdict, ": {}", reasons.join("; "));
    }
    if options.quiet {
        verdict = format!("{}: {verdict}", checked.file.path);
    }
    let verdict = if options.color {
        let code = match a.verdict {
            Verdict::Ready => "32",
            Verdict::ReadyWithConditions => "33",
            Verdict::NotReady => "31",
        };
        format!("\x1b[1;{code}m{verdict}\x1b[0m")
    } else {
        verdict
    };
    let _ = writeln!(out, "{verdict}");
    if !checked.passed && a.verdict != Verdict::NotReady {
        let _ = writeln!(
            out,
            "{}",
            lang.pick(
                "check failed: unwaived findings at the --fail-on level",
                "échec : constats sans dérogation au niveau de --fail-on",
            )
        );
    }
}

fn dimension_table(checked: &Checked, lang: Lang) -> Table {
    let a = &checked.assessment;
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_header(vec![
        lang.pick("Dimension", "Dimension"),
        lang.pick("Score", "Score"),
        "",
        lang.pick("Answered", "Répondu"),
    ]);
    let coverage = |answered: f64, total: f64| {
        if total > 0.0 {
            format!("{:.0} %", 100.0 * answered / total)
        } else {
            "—".to_owned()
        }
    };
    for d in &a.dimensions {
        table.add_row(vec![
            d.title.get(lang).to_owned(),
            d.score
                .map_or_else(|| "—".to_owned(), |s| format!("{s:.1}")),
            d.score.map_or_else(String::new, |s| bar(s, 100.0, 20)),
            coverage(d.answered_weight, d.total_weight),
        ]);
    }
    table.add_row(vec![
        lang.pick("Overall", "Global").to_owned(),
        a.score
            .map_or_else(|| "—".to_owned(), |s| format!("{s:.1}")),
        a.score.map_or_else(String::new, |s| bar(s, 100.0, 20)),
        format!("{:.0} %", a.coverage * 100.0),
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
    let renderer = if options.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for finding in &checked.assessment.findings {
        let (level, name) = match (&finding.waived, finding.severity) {
            (Some(_), _) => (Level::NOTE, lang.pick("waived", "dérogation")),
            (None, Severity::Blocker) => (Level::ERROR, lang.pick("blocker", "bloquant")),
            (None, Severity::Warning) => (Level::WARNING, lang.pick("warning", "alerte")),
            (None, Severity::Info) => (Level::INFO, lang.pick("info", "info")),
        };
        let title = match finding.kind {
            FindingKind::WeakAnswer => finding.message.get(lang).to_owned(),
            FindingKind::StaleWaiver => finding.message.get(lang).to_owned(),
        };
        let id = finding_id(&finding.questionnaire, &finding.question);
        let group_title = level.with_name(name).primary_title(title).id(id);
        let label = match (finding.kind, finding.answer_score) {
            (FindingKind::WeakAnswer, Some(score)) => match lang {
                Lang::En => format!("weak answer: scores {:.0} %", score * 100.0),
                Lang::Fr => format!("réponse faible : {:.0} %", score * 100.0),
            },
            _ => lang.pick("this waiver", "cette dérogation").to_owned(),
        };
        let span = finding
            .line
            .and_then(|line| line_span(&checked.file.text, line));
        let mut group: Group<'_> = match span {
            Some(span) => group_title.element(
                Snippet::source(checked.file.text.as_str())
                    .path(checked.file.path.as_str())
                    .annotation(AnnotationKind::Primary.span(span).label(label)),
            ),
            None => group_title.element(Level::NOTE.message(label)),
        };
        if let Some(reason) = &finding.waived {
            group = group.element(
                Level::NOTE.message(format!("{} {reason}", lang.pick("waived:", "dérogation :"))),
            );
        }
        if let Some(recommendation) = &finding.recommendation {
            group = group.element(Level::HELP.message(recommendation.get(lang).to_owned()));
        }
        if let Some(source) = &finding.source {
            group = group.element(
                Level::NOTE.message(format!("{} {source}", lang.pick("source:", "source :"))),
            );
        }
        let _ = writeln!(out, "{}\n", renderer.render(&[group]));
    }
}

/// The byte range of the key on a 1-based line (`key = value`), or of the whole
/// line's text when it has no `=`.
fn line_span(text: &str, line: usize) -> Option<std::ops::Range<usize>> {
    let mut start = 0;
    for (index, content) in text.split_inclusive('\n').enumerate() {
        if index + 1 == line {
            let trimmed = content.trim_end_matches(['\n', '\r']);
            let indent = trimmed.len() - trimmed.trim_start().len();
            let end = trimmed
                .find('=')
                .map_or(trimmed.len(), |eq| trimmed[..eq].trim_end().len());
            return Some(start + indent..start + end.max(indent));
        }
        start += content.len();
    }
    None
}

fn render_answers(out: &mut String, checked: &Checked, lang: Lang) {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_header(vec![
        lang.pick("Question", "Question"),
        lang.pick("Weight", "Poids"),
        lang.pick("Answer", "Réponse"),
    ]);
    for q in &checked.assessment.questions {
        let status = match &q.status {
            Status::Answered { score } => format!("{:.0} %", score * 100.0),
            Status::Missing => lang.pick("missing", "manquante").to_owned(),
            Status::NotApplicable { reason } => {
                format!("{} ({reason})", lang.pick("n/a", "sans objet"))
            }
            Status::Text { answered: true } => lang.pick("text", "texte").to_owned(),
            Status::Text { answered: false } => lang.pick("text, empty", "texte, vide").to_owned(),
        };
        table.add_row(vec![
            finding_id(&q.questionnaire, &q.question),
            format!("{}", q.weight),
            status,
        ]);
    }
    let _ = writeln!(out, "{table}\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_spans_skip_indentation() {
        let text = "a = 1\n  bb = 2\r\nc";
        assert_eq!(line_span(text, 1), Some(0..1));
        assert_eq!(&text[line_span(text, 2).unwrap()], "bb");
        assert_eq!(&text[line_span(text, 3).unwrap()], "c");
        assert_eq!(line_span(text, 4), None);
    }
}
