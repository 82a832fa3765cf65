//! `outsource check BRIEF...`: scores briefs without a terminal, for CI.

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::{CheckArgs, CheckFormat, FailOn};
use crate::load::Loader;
use crate::model::questionnaire::Severity;
use crate::readiness::assess;
use crate::render::check::{CheckReport, Checked, github, human, json, junit, sarif};

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
        CheckFormat::Junit => junit::render(&report, ctx.lang),
        CheckFormat::Sarif => sarif::render(&report, ctx.lang),
    };
    out.write_all(text.as_bytes())?;
    Ok(if report.passed() {
        Exit::Ok
    } else {
        Exit::Failed
    })
}
