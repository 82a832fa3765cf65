//! `outsource diff OLD_BRIEF NEW_BRIEF`: the progress between two assessments of
//! the same client. Exit 0 with the diff, 2 when a brief is missing or invalid or
//! when the two are assessed against different questionnaires.

use std::io::Write;

use crate::app::{Context, Exit, Failure};
use crate::cli::{DiffArgs, DiffFormat};
use crate::diff::{Assessed, Mismatch, diff};
use crate::lang::Lang;
use crate::load::{InvalidInput, Loader};
use crate::model::brief::Brief;
use crate::readiness::assess;
use crate::render::diff::{DiffReport, Side, human, json};
use crate::tr;

pub(crate) fn run(
    ctx: &Context,
    args: &DiffArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    let mut loader = Loader::new(lang, err);
    let questionnaires = loader.questionnaires(ctx.questionnaires_dir.as_deref())?;
    let old = loader.brief(&args.old, &questionnaires)?;
    let new = loader.brief(&args.new, &questionnaires)?;
    loader.finish()?;
    let (Some((old_file, old)), Some((new_file, new))) = (old, new) else {
        return Err(InvalidInput::new(lang, 1).into());
    };
    let (old, new) = (&old, &new);

    let thresholds = args.thresholds.thresholds();
    let old_assessment = assess(old, &questionnaires, &thresholds);
    let new_assessment = assess(new, &questionnaires, &thresholds);
    let result = diff(
        Assessed {
            brief: old,
            assessment: &old_assessment,
        },
        Assessed {
            brief: new,
            assessment: &new_assessment,
        },
    );
    let diff = match result {
        Ok(diff) => diff,
        Err(mismatch) => {
            let message = explain_mismatch(&mismatch, &old_file.path, &new_file.path, lang);
            return Err(Failure::new(Exit::InputError, message).into());
        }
    };
    if !ctx.quiet {
        warn_if_unrelated(err, old, new, &old_file.path, &new_file.path, lang)?;
    }

    let report = DiffReport {
        then: Side {
            path: old_file.path.clone(),
            project: old.project.clone(),
        },
        now: Side {
            path: new_file.path.clone(),
            project: new.project.clone(),
        },
        diff,
    };
    let text = match args.format {
        DiffFormat::Human => human::render(
            &report,
            human::Options {
                lang,
                color: ctx.color,
                quiet: ctx.quiet,
                verbose: ctx.verbose,
            },
        ),
        DiffFormat::Json => json::render(&report),
    };
    out.write_all(text.as_bytes())?;
    Ok(Exit::Ok)
}

/// Why two briefs cannot be compared, with what to change (a multi-line message).
fn explain_mismatch(mismatch: &Mismatch, old_path: &str, new_path: &str, lang: Lang) -> String {
    let list = |ids: &[String]| {
        if ids.is_empty() {
            tr!(lang, "diff-none")
        } else {
            ids.join(", ")
        }
    };
    let (then, now) = (list(&mismatch.then), list(&mismatch.now));
    let mut lines = vec![
        tr!(lang, "diff-mismatch"),
        format!(
            "  {}",
            tr!(
                lang,
                "diff-mismatch-file",
                path = old_path.to_owned(),
                ids = then
            )
        ),
        format!(
            "  {}",
            tr!(
                lang,
                "diff-mismatch-file",
                path = new_path.to_owned(),
                ids = now
            )
        ),
    ];
    if !mismatch.only_now.is_empty() {
        lines.push(format!(
            "  {}",
            tr!(
                lang,
                "diff-mismatch-help-old",
                ids = mismatch.only_now.join(", "),
                old = old_path.to_owned()
            )
        ));
    }
    if !mismatch.only_then.is_empty() {
        lines.push(format!(
            "  {}",
            tr!(
                lang,
                "diff-mismatch-help-new",
                ids = mismatch.only_then.join(", "),
                old = old_path.to_owned(),
                new = new_path.to_owned()
            )
        ));
    }
    lines.join("\n")
}

/// Warns when the briefs name different clients, or when the older one is dated
/// after the newer one (swapped arguments).
fn warn_if_unrelated(
    err: &mut dyn Write,
    old: &Brief,
    new: &Brief,
    old_path: &str,
    new_path: &str,
    lang: Lang,
) -> std::io::Result<()> {
    if let (Some(a), Some(b)) = (&old.project.client, &new.project.client)
        && a != b
    {
        writeln!(
            err,
            "{}",
            tr!(lang, "diff-other-client", old = a.clone(), new = b.clone())
        )?;
    }
    // Dates compare as calendar days.
    if let (Some(a), Some(b)) = (&old.project.date, &new.project.date)
        && a > b
    {
        writeln!(
            err,
            "{}",
            tr!(
                lang,
                "diff-dates-swapped",
                old = old_path.to_owned(),
                old_date = a.to_string(),
                new = new_path.to_owned(),
                new_date = b.to_string()
            )
        )?;
    }
    Ok(())
}
