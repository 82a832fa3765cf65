//! `outsource report BRIEF [--criteria FILE OFFER...] [--format html|markdown] [-o FILE]`:
//! one document a consultant can send after the interview. Edge: loads, calls the
//! pure core and renderers, writes (atomically with `-o`).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::app::{Context, Exit, Failure};
use crate::cli::{ReportArgs, ReportFormat};
use crate::load::{self, FileKind, InvalidInput, Loader};
use crate::ranking::input::build_ranking_with;
use crate::readiness::assess;
use crate::render::report::Report;
use crate::render::report::convert::{offers_from_ranking, report_from_assessment};
use crate::render::report::html::render_html;
use crate::render::report::markdown::render_markdown;

pub(crate) fn run(
    ctx: &Context,
    args: &ReportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    check_offer_paths(args, lang)?;
    if let Some(output) = &args.output {
        load::refuse_overwriting_inputs(output, &inputs(ctx, args), lang)?;
    }
    let mut loader = Loader::new(lang, err);
    let questionnaires = loader.questionnaires(ctx.questionnaires_dir.as_deref())?;
    let brief = loader.brief(&args.brief, &questionnaires)?;
    loader.finish()?;
    let Some((source, brief)) = brief else {
        return Err(InvalidInput::new(lang, 1).into());
    };
    let assessment = assess(&brief, &questionnaires, &args.thresholds.thresholds());
    let generator = format!("outsource {}", env!("CARGO_PKG_VERSION"));
    let mut report = report_from_assessment(
        &brief,
        &source,
        &questionnaires,
        &assessment,
        lang,
        &generator,
    );
    if let Some(criteria_path) = &args.criteria {
        let (criteria, offers) = loader.ranking_inputs(criteria_path, &args.offers)?;
        let sensitivity = args
            .monte_carlo
            .options(args.sensitivity)
            .map(|o| o.with_progress(super::progress::monte_carlo(ctx.quiet)));
        let ranking = build_ranking_with(
            &criteria,
            &offers,
            args.method.map(Into::into),
            sensitivity.as_ref(),
            args.aggregate.into(),
        )?;
        report.offers = Some(offers_from_ranking(&ranking, lang));
    }
    write_report(ctx, args, &report, out, err)?;
    Ok(Exit::Ok)
}

/// Offer paths that are a second brief (`report a.toml b.toml`), or offers
/// without `--criteria`, are usage errors (exit 2), said before any loading.
fn check_offer_paths(args: &ReportArgs, lang: crate::lang::Lang) -> anyhow::Result<()> {
    let is_brief = |path: &Path| {
        path.is_file()
            && load::read_source(path)
                .ok()
                .and_then(|source| load::file_kind(&source).ok())
                == Some(FileKind::Brief)
    };
    if let Some(other) = args.offers.iter().find(|path| is_brief(path)) {
        let message = crate::tr!(
            lang,
            "smallfix-report-one-brief",
            brief = args.brief.display().to_string(),
            other = other.display().to_string()
        );
        return Err(Failure::new(Exit::InputError, message).into());
    }
    if args.criteria.is_none() && !args.offers.is_empty() {
        let message = crate::tr!(lang, "smallfix-report-offers-need-criteria");
        return Err(Failure::new(Exit::InputError, message).into());
    }
    Ok(())
}

/// Every file the report reads, which `-o` must not name. Folders that cannot be
/// read are left to the loading, which names them.
fn inputs(ctx: &Context, args: &ReportArgs) -> Vec<PathBuf> {
    let mut inputs = vec![args.brief.clone()];
    inputs.extend(args.criteria.iter().cloned());
    inputs.extend(load::expand_paths(&args.offers).unwrap_or_else(|_| args.offers.clone()));
    if let Some(dir) = &ctx.questionnaires_dir {
        inputs.extend(load::expand_paths(std::slice::from_ref(dir)).unwrap_or_default());
    }
    inputs
}

/// Writes the report to standard output or `-o` (atomically; a Markdown report
/// with its chart files, all or none).
fn write_report(
    ctx: &Context,
    args: &ReportArgs,
    report: &Report,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<()> {
    match (args.format, &args.output) {
        (ReportFormat::Html, None) => out.write_all(render_html(report).as_bytes())?,
        (ReportFormat::Html, Some(path)) => {
            load::write_atomic(path, render_html(report).as_bytes())?;
            wrote(ctx, err, path, &[])?;
        }
        (ReportFormat::Markdown, None) => {
            out.write_all(render_markdown(report, None).text.as_bytes())?;
        }
        // A device or standard output has no folder to hold the charts.
        (ReportFormat::Markdown, Some(path)) if load::is_stream(path) => {
            load::write_atomic(path, render_markdown(report, None).text.as_bytes())?;
            wrote(ctx, err, path, &[])?;
        }
        (ReportFormat::Markdown, Some(path)) => {
            let stem = chart_stem(path);
            let markdown = render_markdown(report, Some(&stem));
            let dir = path.parent().unwrap_or_else(|| Path::new(""));
            let charts: Vec<PathBuf> = markdown
                .charts
                .iter()
                .map(|(name, _)| dir.join(name))
                .collect();
            // Charts first, the document last: it never links to a file not yet
            // written, and nothing is left behind when a file cannot be written.
            let mut files: Vec<(&Path, &[u8])> = charts
                .iter()
                .zip(&markdown.charts)
                .map(|(chart, (_, svg))| (chart.as_path(), svg.as_bytes()))
                .collect();
            files.push((path, markdown.text.as_bytes()));
            load::write_all_or_none(&files)?;
            wrote(ctx, err, path, &charts)?;
        }
    }
    out.flush().context("writing the report")?;
    Ok(())
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
    let path = path.display().to_string();
    let said = crate::tr!(
        ctx.lang,
        "report-written",
        path = path,
        charts = charts.len()
    );
    writeln!(err, "{said}")?;
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
