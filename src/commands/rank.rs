//! `outsource rank`: read the criteria and offer files, rank, write the result.
//!
//! Exit codes: 0 the ranking is produced; 1 no offer passes the must-haves (a failed
//! threshold: the output still lists every exclusion with its reasons); 2 a file is
//! missing or has problems (every problem is reported, with its line, before exiting).

use std::io::Write;

use anyhow::Context as _;

use crate::app::{Context, Exit, Failure};
use crate::cli::{RankArgs, RankFormat};
use crate::lang::Lang;
use crate::load::Loader;
use crate::ranking::Ranking;
use crate::ranking::input::build_ranking;
use crate::render::rank::{
    TableOptions, render_csv, render_json, render_markdown, render_table_with,
};
use crate::tr;

pub fn run(
    ctx: &Context,
    args: &RankArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    let (criteria, offers) = Loader::new(lang, err).ranking_inputs(&args.criteria, &args.offers)?;
    let sensitivity = args
        .weight_model
        .sensitivity(args.sensitivity, args.samples, args.seed, args.spread)
        .map(|o| o.with_progress(super::progress::monte_carlo(ctx.quiet)));
    let ranking = build_ranking(
        &criteria,
        &offers,
        args.method.map(Into::into),
        sensitivity.as_ref(),
    )?;
    let text = match args.format {
        RankFormat::Table => render_table_with(&ranking, lang, TableOptions { color: ctx.color }),
        RankFormat::Json => render_json(&ranking, lang),
        RankFormat::Csv => render_csv(&ranking, lang),
        RankFormat::Markdown => render_markdown(&ranking, lang),
    };
    out.write_all(text.as_bytes())
        .context("writing the ranking")?;
    out.flush().context("writing the ranking")?;
    // CSV has no room for exclusions and warnings: they go to standard error.
    if args.format == RankFormat::Csv && !ctx.quiet {
        write_csv_notes(&ranking, lang, err)?;
    }
    if ranking.ranking.is_empty() {
        return Err(Failure::new(Exit::Failed, tr!(lang, "rank-nothing-left")).into());
    }
    Ok(Exit::Ok)
}

/// The exclusions and warnings that a CSV table has no room for.
fn write_csv_notes(ranking: &Ranking, lang: Lang, err: &mut dyn Write) -> std::io::Result<()> {
    for excluded in &ranking.excluded {
        let reasons: Vec<&str> = excluded
            .reasons
            .iter()
            .map(|r| r.message.get(lang))
            .collect();
        writeln!(
            err,
            "{}",
            tr!(
                lang,
                "rank-csv-excluded",
                provider = excluded.provider.clone(),
                reasons = reasons.join(&tr!(lang, "check-reasons-separator"))
            )
        )?;
    }
    for warning in &ranking.warnings {
        writeln!(
            err,
            "{}",
            tr!(
                lang,
                "rank-csv-warning",
                code = warning.code.as_str(),
                message = warning.message.get(lang).to_owned()
            )
        )?;
    }
    Ok(())
}
