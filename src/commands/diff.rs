//! `outsource diff OLD_BRIEF NEW_BRIEF`: the progress between two assessments of
//! the same client. Exit 0 with the diff, 2 when a brief is missing or invalid or
//! when the two are assessed against different questionnaires.

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::{DiffArgs, DiffFormat, ValidateFormat};
use crate::diag::SourceFile;
use crate::diff::{Assessed, Mismatch, diff};
use crate::lang::Lang;
use crate::load::{self, InvalidInput};
use crate::model::brief::Brief;
use crate::readiness::{Thresholds, assess};
use crate::render::diff::{DiffReport, Side, human, json};

pub fn run(
    ctx: &Context,
    args: &DiffArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    let questionnaires = load::load_questionnaires(ctx, err)?;
    let mut files: Vec<(SourceFile, Option<Brief>)> = Vec::new();
    let mut errors = 0;
    for path in [&args.old, &args.new] {
        let file = load::read_source(path)?;
        let (brief, diagnostics) =
            crate::validate::brief::validate_brief(&file, &questionnaires, lang);
        load::write_diagnostics(err, &file, &diagnostics, ValidateFormat::Human)?;
        errors += diagnostics.iter().filter(|d| d.is_error()).count();
        files.push((file, brief));
    }
    let [(old_file, Some(old)), (new_file, Some(new))] = files.as_slice() else {
        return Err(InvalidInput::new(lang, errors.max(1)).into());
    };
    if errors > 0 {
        return Err(InvalidInput::new(lang, errors).into());
    }

    let thresholds = Thresholds::default();
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
            explain_mismatch(err, &mismatch, &old_file.path, &new_file.path, lang)?;
            return Ok(Exit::InputError);
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

fn explain_mismatch(
    err: &mut dyn Write,
    mismatch: &Mismatch,
    old_path: &str,
    new_path: &str,
    lang: Lang,
) -> std::io::Result<()> {
    let list = |ids: &[String]| {
        if ids.is_empty() {
            lang.pick("(none)", "(aucun)").to_owned()
        } else {
            ids.join(", ")
        }
    };
    match lang {
        Lang::En => {
            writeln!(
                err,
                "error: the two briefs are assessed against different questionnaires, so their scores do not measure the same thing"
            )?;
            writeln!(err, "  {old_path}: {}", list(&mismatch.then))?;
            writeln!(err, "  {new_path}: {}", list(&mismatch.now))?;
            if !mismatch.only_now.is_empty() {
                writeln!(
                    err,
                    "  help: list {} in [project] questionnaires of {old_path} too; its unanswered questions then count as missing, which is what they were",
                    mismatch.only_now.join(", ")
                )?;
            }
            if !mismatch.only_then.is_empty() {
                writeln!(
                    err,
                    "  help: list {} in [project] questionnaires of {new_path} too, or drop it from {old_path}",
                    mismatch.only_then.join(", ")
                )?;
            }
        }
        Lang::Fr => {
            writeln!(
                err,
                "erreur : les deux briefs sont évalués sur des questionnaires différents, leurs scores ne mesurent donc pas la même chose"
            )?;
            writeln!(err, "  {old_path} : {}", list(&mismatch.then))?;
            writeln!(err, "  {new_path} : {}", list(&mismatch.now))?;
            if !mismatch.only_now.is_empty() {
                writeln!(
                    err,
                    "  aide : citez aussi {} dans [project] questionnaires de {old_path} ; ses questions sans réponse compteront alors comme manquantes, ce qu'elles étaient",
                    mismatch.only_now.join(", ")
                )?;
            }
            if !mismatch.only_then.is_empty() {
                writeln!(
                    err,
                    "  aide : citez aussi {} dans [project] questionnaires de {new_path}, ou retirez-le de {old_path}",
                    mismatch.only_then.join(", ")
                )?;
            }
        }
    }
    Ok(())
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
