//! `outsource check BRIEF...`: scores briefs without a terminal, for CI.

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::{CheckArgs, CheckFormat, FailOn};
use crate::load::Loader;
use crate::model::questionnaire::Severity;
use crate::readiness::assess;
use crate::render::check::{
    CheckReport, Checked, codequality, github, human, json, junit, sarif, summary,
};

pub fn run(
    ctx: &Context,
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let mut loader = Loader::new(ctx.lang, err);
    let questionnaires = loader.questionnaires(ctx.questionnaires_dir.as_deref())?;
    let thresholds = args.thresholds.thresholds();
    let fail_on = match args.fail_on {
        FailOn::Blocker => Severity::Blocker,
        FailOn::Warning => Severity::Warning,
    };

    let briefs = loader.briefs(&args.briefs, &questionnaires)?;
    loader.finish()?;
    let briefs = briefs
        .into_iter()
        .map(|(file, brief)| {
            let assessment = assess(&brief, &questionnaires, &thresholds);
            let passed = !assessment.fails(fail_on);
            Checked {
                file,
                brief,
                assessment,
                passed,
            }
        })
        .collect();

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
