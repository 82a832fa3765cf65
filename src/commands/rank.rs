//! `outsource rank`: read the criteria and offer files, rank, write the result
//! (to standard output, or atomically to `-o FILE`; an xlsx workbook needs `-o`).
//!
//! Exit codes: 0 the ranking is produced; 1 no offer passes the must-haves (a failed
//! threshold: the output still lists every exclusion with its reasons); 2 a file is
//! missing or has problems (every problem is reported, with its line, before exiting).

use std::io::Write;
use std::path::Path;

use anyhow::Context as _;

use crate::app::{Context, Exit, Failure};
use crate::cli::{RankArgs, RankFormat, RankMethodArg};
use crate::lang::Lang;
use crate::load::{self, Loader};
use crate::ranking::Ranking;
use crate::ranking::input::{build_ranking_with, compare_methods};
use crate::render::rank::compare::{
    render_comparison_csv, render_comparison_json, render_comparison_markdown,
    render_comparison_table,
};
use crate::render::rank::{
    TableOptions, render_csv, render_json, render_markdown, render_table_with, render_xlsx,
};
use crate::tr;

pub(crate) fn run(
    ctx: &Context,
    args: &RankArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    // A workbook is bytes, not text: it needs a file, checked before any work.
    if args.format == RankFormat::Xlsx && args.output.is_none() {
        return Err(Failure::new(Exit::InputError, tr!(lang, "xlsx-needs-output")).into());
    }
    if let Some(output) = &args.output {
        let mut inputs = vec![args.criteria.clone()];
        inputs.extend(load::expand_paths(&args.offers).unwrap_or_else(|_| args.offers.clone()));
        load::refuse_overwriting_inputs(output, &inputs, lang)?;
    }
    let (criteria, offers) = Loader::new(lang, err).ranking_inputs(&args.criteria, &args.offers)?;
    let sensitivity = args
        .monte_carlo
        .options(args.sensitivity)
        .map(|o| o.with_progress(super::progress::monte_carlo(ctx.quiet)));
    let aggregate = args.aggregate.into();
    let method = args.method.and_then(RankMethodArg::method);
    // Colours only on a terminal, never in a file.
    let color = ctx.color && args.output.is_none();
    if args.method == Some(RankMethodArg::All) {
        let comparison = compare_methods(&criteria, &offers, sensitivity.as_ref(), aggregate)?;
        let text = match args.format {
            RankFormat::Table => render_comparison_table(&comparison, lang, TableOptions { color }),
            RankFormat::Json => render_comparison_json(&comparison, lang),
            RankFormat::Csv => render_comparison_csv(&comparison, lang),
            RankFormat::Markdown => render_comparison_markdown(&comparison, lang),
            RankFormat::Xlsx => {
                return Err(Failure::new(Exit::InputError, tr!(lang, "rank-all-no-xlsx")).into());
            }
        };
        write_out(out, args.output.as_deref(), text.as_bytes())?;
        if args.format == RankFormat::Csv
            && !ctx.quiet
            && let Some(first) = comparison.rankings.first()
        {
            write_csv_notes(first, lang, err)?;
        }
        return finish(comparison.rankings.first(), lang);
    }
    let ranking = build_ranking_with(&criteria, &offers, method, sensitivity.as_ref(), aggregate)?;
    let bytes = match args.format {
        RankFormat::Table => render_table_with(&ranking, lang, TableOptions { color }).into_bytes(),
        RankFormat::Json => render_json(&ranking, lang).into_bytes(),
        RankFormat::Csv => render_csv(&ranking, lang).into_bytes(),
        RankFormat::Markdown => render_markdown(&ranking, lang).into_bytes(),
        RankFormat::Xlsx => render_xlsx(&ranking, lang).context("building the workbook")?,
    };
    write_out(out, args.output.as_deref(), &bytes)?;
    // CSV has no room for exclusions and warnings: they go to standard error.
    if args.format == RankFormat::Csv && !ctx.quiet {
        write_csv_notes(&ranking, lang, err)?;
    }
    finish(Some(&ranking), lang)
}

/// Writes the output to `-o FILE` atomically, else to standard output.
fn write_out(out: &mut dyn Write, output: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match output {
        Some(path) => load::write_atomic(path, bytes)?,
        None => {
            out.write_all(bytes).context("writing the ranking")?;
            out.flush().context("writing the ranking")?;
        }
    }
    Ok(())
}

/// Exit 1 when no offer passes the must-haves (the same offers pass whatever the
/// method).
fn finish(ranking: Option<&Ranking>, lang: Lang) -> anyhow::Result<Exit> {
    if ranking.is_none_or(|r| r.ranking.is_empty()) {
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
