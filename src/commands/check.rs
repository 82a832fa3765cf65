//! `outsource check BRIEF...`: scores briefs without a terminal, for CI.

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::{CheckArgs, CheckFormat, FailOn, ValidateFormat};
use crate::load::{self, InvalidInput};
use crate::model::questionnaire::Severity;
use crate::readiness::{Thresholds, assess};
use crate::render::check::{
    CheckReport, Checked, codequality, github, human, json, junit, sarif, summary,
};
use crate::validate::brief::{looks_like_brief, validate_brief};

pub fn run(
    ctx: &Context,
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let questionnaires = load::load_questionnaires(ctx, err)?;
    let defaults = Thresholds::default();
    let min_score = args.min_score.unwrap_or(defaults.min_score);
    let min_coverage = args.min_coverage.unwrap_or(defaults.min_coverage);
    let thresholds = Thresholds {
        min_score,
        min_coverage,
        // The "ready" lines never sit below the minimums.
        ready_score: defaults.ready_score.max(min_score),
        ready_coverage: defaults.ready_coverage.max(min_coverage),
    };
    let fail_on = match args.fail_on {
        FailOn::Blocker => Severity::Blocker,
        FailOn::Warning => Severity::Warning,
    };

    let mut briefs = Vec::new();
    let mut errors = 0;
    for (path, named) in load::expand_paths_marked(&args.briefs)? {
        let file = load::read_source(&path)?;
        // In a folder, criteria, offers and questionnaires sit beside briefs: skip them.
        if !named && !looks_like_brief_text(&file.text) {
            continue;
        }
        let (brief, diagnostics) = validate_brief(&file, &questionnaires, ctx.lang);
        load::write_diagnostics(err, &file, &diagnostics, ValidateFormat::Human)?;
        errors += diagnostics.iter().filter(|d| d.is_error()).count();
        if let Some(brief) = brief {
            let assessment = assess(&brief, &questionnaires, &thresholds);
            let passed = !assessment.fails(fail_on);
            briefs.push(Checked {
                file,
                brief,
                assessment,
                passed,
            });
        }
    }
    if errors > 0 {
        return Err(InvalidInput::new(ctx.lang, errors).into());
    }

    let report = CheckReport { briefs, fail_on };
    let text = match args.format {
        CheckFormat::Human => human::render(
            &report,
            human::Options {
                lang: ctx.lang,
                color: ctx.color,
                quiet: ctx.quiet,
                verbose: ctx.verbose,
            },
        ),
        CheckFormat::Json => json::render(&report, ctx.lang),
        CheckFormat::Github => github::render(&report, ctx.lang),
        CheckFormat::Codequality => codequality::render(&report, ctx.lang),
        CheckFormat::Junit => junit::render(&report, ctx.lang),
        CheckFormat::Sarif => {
            let cwd = std::env::current_dir().ok();
            sarif::render(&report, ctx.lang, cwd.as_deref())
        }
    };
    out.write_all(text.as_bytes())?;
    if args.format == CheckFormat::Github {
        append_job_summary(&summary::render(&report, ctx.lang))?;
    }
    Ok(if report.passed() {
        Exit::Ok
    } else {
        Exit::Failed
    })
}

/// Appends the Markdown job summary to the file GitHub Actions names in
/// `GITHUB_STEP_SUMMARY` (appending is what GitHub documents: other steps' text
/// stays); nothing outside Actions.
fn append_job_summary(markdown: &str) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    let path = std::path::PathBuf::from(path);
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(markdown.as_bytes()))
        .with_context(|| format!("appending the job summary to {}", path.display()))
}

/// Whether a file found in a folder is a brief; unparsable files count as briefs
/// so their syntax errors are reported.
fn looks_like_brief_text(text: &str) -> bool {
    toml::from_str::<toml::Table>(text).map_or(true, |table| looks_like_brief(&table))
}
