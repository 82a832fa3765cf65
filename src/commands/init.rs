//! `outsource init [DIR] [--sector S]`: creates a project folder that passes
//! `outsource validate`: `brief.toml` listing the questionnaires that fit the
//! sector, `criteria.toml`, and `offers/provider-a.toml` and `provider-b.toml`.
//!
//! `outsource init --offers-workbook offers.xlsx [--criteria FILE]` writes only
//! the offers grid of the criteria (default `DIR/criteria.toml`), a workbook to
//! send to the providers, which `rank` reads back once filled in.
//!
//! Existing files are never overwritten: they are skipped and named on standard
//! error. Exit 0 when at least one file was created, 2 when every file already
//! existed (nothing to do) or on an I/O error. Each file is written atomically
//! (a temporary file, then a rename that fails if the file appeared meanwhile).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::app::{Context, Exit, Failure};
use crate::cli::InitArgs;
use crate::lang::Lang;
use crate::load::sheet::offers_grid;
use crate::load::{self, Loader};
use crate::scaffold::{Project, questionnaires_for, scaffold};
use crate::tr;

pub(crate) fn run(
    ctx: &Context,
    args: &InitArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    if let Some(workbook) = &args.offers_workbook {
        return write_offers_workbook(ctx, args, workbook, out, err);
    }
    let questionnaires = load::load_questionnaires(ctx, err)?;
    let ids = questionnaires_for(args.sector);
    let mut titles = Vec::new();
    for id in ids {
        let questionnaire = questionnaires
            .iter()
            .find(|q| q.id == *id)
            .with_context(|| format!("built-in questionnaire `{id}` is missing"))?;
        titles.push((*id, questionnaire.title.get(lang)));
    }

    // Offered commented out, when not already listed (and when it exists).
    let suggested: Vec<(&str, &str)> = crate::scaffold::SUGGESTED
        .iter()
        .filter(|id| !ids.contains(id))
        .filter_map(|id| {
            let questionnaire = questionnaires.iter().find(|q| q.id == *id)?;
            Some((*id, questionnaire.title.get(lang)))
        })
        .collect();
    let dir = &args.dir;
    std::fs::create_dir_all(dir.join("offers"))
        .with_context(|| format!("creating {}", dir.join("offers").display()))?;
    let client = client_name(dir);
    let files = scaffold(&Project {
        lang,
        client: &client,
        sector: args.sector,
        questionnaires: &titles,
        suggested: &suggested,
    });

    let mut created: Vec<PathBuf> = Vec::new();
    let mut skipped: Vec<PathBuf> = Vec::new();
    for file in &files {
        let path = dir.join(file.path);
        if load::write_new_atomic(&path, file.text.as_bytes())? {
            created.push(path);
        } else {
            skipped.push(path);
        }
    }

    for path in &skipped {
        writeln!(
            err,
            "{}",
            tr!(lang, "init-skipped", path = path.display().to_string())
        )?;
    }
    if created.is_empty() {
        let message = tr!(lang, "init-nothing", dir = dir.display().to_string());
        return Err(Failure::new(Exit::InputError, message).into());
    }
    if !ctx.quiet {
        for path in &created {
            writeln!(
                out,
                "{}",
                tr!(lang, "init-created", path = path.display().to_string())
            )?;
        }
        if ctx.verbose {
            writeln!(
                out,
                "{}",
                tr!(lang, "init-questionnaires", ids = ids.join(", "))
            )?;
        }
        write_next_steps(out, dir, lang)?;
    }
    Ok(Exit::Ok)
}

/// `--offers-workbook FILE`: the offers grid of the criteria, to send to the
/// providers; `rank` reads it back once filled in. An existing file is kept (exit 2).
fn write_offers_workbook(
    ctx: &Context,
    args: &InitArgs,
    workbook: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    let criteria_path = args
        .criteria
        .clone()
        .unwrap_or_else(|| args.dir.join("criteria.toml"));
    let mut loader = Loader::new(lang, err);
    let criteria = loader.criteria(&criteria_path)?;
    loader.finish()?;
    let Some(criteria) = criteria else {
        return Err(load::InvalidInput::new(lang, 1).into());
    };
    let bytes = offers_grid(&criteria, lang).context("building the offers workbook")?;
    let path = workbook.display().to_string();
    if !load::write_new_atomic(workbook, &bytes)? {
        let message = tr!(lang, "init-workbook-exists", path = path);
        return Err(Failure::new(Exit::InputError, message).into());
    }
    if !ctx.quiet {
        let criteria = criteria_path.display().to_string();
        writeln!(
            out,
            "{}",
            tr!(
                lang,
                "init-workbook-created",
                path = path,
                criteria = criteria
            )
        )?;
    }
    Ok(Exit::Ok)
}

/// The client's name for the brief: the folder's name, else a placeholder.
fn client_name(dir: &Path) -> String {
    dir.canonicalize()
        .ok()
        .and_then(|path| path.file_name().map(|n| n.to_string_lossy().into_owned()))
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "Client".to_owned())
}

/// What to run next, with the paths of the new project.
fn write_next_steps(out: &mut dyn Write, dir: &Path, lang: Lang) -> std::io::Result<()> {
    let brief = dir.join("brief.toml");
    let criteria = dir.join("criteria.toml");
    let offers = dir.join("offers");
    writeln!(
        out,
        "\n{}",
        tr!(
            lang,
            "init-next",
            brief = brief.display().to_string(),
            criteria = criteria.display().to_string(),
            offers = offers.display().to_string()
        )
    )?;
    Ok(())
}
