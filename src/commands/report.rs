//! `outsource report BRIEF [--criteria FILE OFFER...] [--format html|markdown] [-o FILE]`:
//! one document a consultant can send after the interview. Edge: loads, calls the
//! pure core and renderers, writes (atomically with `-o`).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::app::{Context, Exit};
use crate::cli::{ReportArgs, ReportFormat, ValidateFormat};
use crate::commands::rank;
use crate::lang::Lang;
use crate::load::{self, InvalidInput};
use crate::readiness::{Thresholds, assess};
use crate::render::report::convert::{offers_from_ranking, report_from_assessment};
use crate::render::report::html::render_html;
use crate::render::report::markdown::render_markdown;
use crate::validate::brief::validate_brief;

pub fn run(
    ctx: &Context,
    args: &ReportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    let questionnaires = load::load_questionnaires(ctx, err)?;
    let source = load::read_source(&args.brief)?;
    let (brief, diagnostics) = validate_brief(&source, &questionnaires, lang);
    load::write_diagnostics(err, &source, &diagnostics, ValidateFormat::Human)?;
    let Some(brief) = brief else {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count().max(1);
        return Err(InvalidInput::new(lang, errors).into());
    };
    let assessment = assess(&brief, &questionnaires, &Thresholds::default());
    let generator = format!("outsource {}", env!("CARGO_PKG_VERSION"));
    let report = report_from_assessment(
        &brief,
        &source.path,
        &questionnaires,
        &assessment,
        lang,
        &generator,
    );
    let mut report = report;
    if let Some(criteria_path) = &args.criteria {
        let (criteria, offers) = rank::load_inputs(lang, criteria_path, &args.offers, err)?;
        let sensitivity = args.sensitivity.then_some((args.samples, args.seed));
        let ranking =
            rank::build_ranking(&criteria, &offers, args.method.map(Into::into), sensitivity);
        report.offers = Some(offers_from_ranking(&ranking, lang));
    }

    match (args.format, &args.output) {
        (ReportFormat::Html, None) => out.write_all(render_html(&report).as_bytes())?,
        (ReportFormat::Html, Some(path)) => {
            load::write_atomic(path, render_html(&report).as_bytes())?;
            wrote(ctx, err, path, &[])?;
        }
        (ReportFormat::Markdown, None) => {
            out.write_all(render_markdown(&report, None).text.as_bytes())?;
        }
        (ReportFormat::Markdown, Some(path)) => {
            let stem = chart_stem(path);
            let markdown = render_markdown(&report, Some(&stem));
            let dir = path.parent().unwrap_or_else(|| Path::new(""));
            let mut charts = Vec::new();
            // Charts first: the document never links to a file not yet written.
            for (name, svg) in &markdown.charts {
                let chart = dir.join(name);
                load::write_atomic(&chart, svg.as_bytes())?;
                charts.push(chart);
            }
            load::write_atomic(path, markdown.text.as_bytes())?;
            wrote(ctx, err, path, &charts)?;
        }
    }
    out.flush().context("writing the report")?;
    Ok(Exit::Ok)
}

/// The prefix of the chart files next to a Markdown report: `report` for
/// `report.md`, so the charts are `report-radar.svg`, ….
fn chart_stem(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .filter(|stem| !stem.is_empty())
        .unwrap_or_else(|| "report".to_owned())
}

fn wrote(
    ctx: &Context,
    err: &mut dyn Write,
    path: &Path,
    charts: &[PathBuf],
) -> anyhow::Result<()> {
    if ctx.quiet {
        return Ok(());
    }
    let path = path.display();
    match (ctx.lang, charts.len()) {
        (Lang::En, 0) => writeln!(err, "wrote {path}")?,
        (Lang::Fr, 0) => writeln!(err, "rapport écrit : {path}")?,
        (Lang::En, n) => writeln!(err, "wrote {path} and {n} chart(s) next to it")?,
        (Lang::Fr, n) => writeln!(err, "rapport écrit : {path}, avec {n} graphique(s) à côté")?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_stem_is_the_file_stem() {
        assert_eq!(chart_stem(Path::new("out/client.md")), "client");
        assert_eq!(chart_stem(Path::new("report")), "report");
        assert_eq!(chart_stem(Path::new("/")), "report");
    }
}
