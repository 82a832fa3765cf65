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

pub fn run(
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
            lang.pick("(none)", "(aucun)").to_owned()
        } else {
            ids.join(", ")
        }
    };
    let (then, now) = (list(&mismatch.then), list(&mismatch.now));
    let mut lines = Vec::new();
    match lang {
        Lang::En => {
            lines.push("the two briefs are assessed against different questionnaires, so their scores do not measure the same thing".to_owned());
            lines.push(format!("  {old_path}: {then}"));
            lines.push(format!("  {new_path}: {now}"));
            if !mismatch.only_now.is_empty() {
                lines.push(format!(
                    "  help: list {} in [project] questionnaires of {old_path} too; its unanswered questions then count as missing, which is what they were",
                    mismatch.only_now.join(", ")
                ));
            }
            if !mismatch.only_then.is_empty() {
                lines.push(format!(
                    "  help: list {} in [project] questionnaires of {new_path} too, or drop it from {old_path}",
                    mismatch.only_then.join(", ")
                ));
            }
        }
        Lang::Fr => {
            lines.push("les deux briefs sont évalués sur des questionnaires différents, leurs scores ne mesurent donc pas la même chose".to_owned());
            lines.push(format!("  {old_path} : {then}"));
            lines.push(format!("  {new_path} : {now}"));
            if !mismatch.only_now.is_empty() {
                lines.push(format!(
                    "  aide : citez aussi {} dans [project] questionnaires de {old_path} ; ses questions sans réponse compteront alors comme manquantes, ce qu'elles étaient",
                    mismatch.only_now.join(", ")
                ));
            }
            if !mismatch.only_then.is_empty() {
                lines.push(format!(
                    "  aide : citez aussi {} dans [project] questionnaires de {new_path}, ou retirez-le de {old_path}",
                    mismatch.only_then.join(", ")
                ));
            }
        }
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
        match lang {
            Lang::En => writeln!(
                err,
                "warning: the briefs name different clients (`{a}`, `{b}`); a diff is meant for two assessments of the same client"
            )?,
            Lang::Fr => writeln!(
                err,
                "attention : les briefs citent des clients différents (`{a}`, `{b}`) ; un diff compare deux évaluations du même client"
            )?,
        }
    }
    // Dates are YYYY-MM-DD, so they compare as text.
    if let (Some(a), Some(b)) = (&old.project.date, &new.project.date)
        && a > b
    {
        match lang {
            Lang::En => writeln!(
                err,
                "warning: {old_path} ({a}) is dated after {new_path} ({b}); give the older brief first"
            )?,
            Lang::Fr => writeln!(
                err,
                "attention : {old_path} ({a}) est daté après {new_path} ({b}) ; donnez d'abord le brief le plus ancien"
            )?,
        }
    }
    Ok(())
}
