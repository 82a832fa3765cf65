//! `outsource rank`: read the criteria and offer files, rank, write the result.
//!
//! Exit codes: 0 the ranking is produced; 1 no offer passes the must-haves (a failed
//! threshold: the output still lists every exclusion with its reasons); 2 a file is
//! missing or has problems (every problem is reported, with its line, before exiting).

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::app::{Context, Exit};
use crate::cli::{RankArgs, RankFormat, ValidateFormat};
use crate::diag::{Code, Diagnostic};
use crate::lang::Lang;
use crate::load::{self, InvalidInput};
use crate::model::criteria::Criteria;
use crate::model::offer::Offer;
use crate::ranking::method::Method;
use crate::ranking::{Ranking, rank_offers};
use crate::render::rank::{
    TableOptions, render_csv, render_json, render_markdown, render_table_with,
};
use crate::validate::criteria::validate_criteria;
use crate::validate::offer::{looks_like_offers, validate_offers};

pub fn run(
    ctx: &Context,
    args: &RankArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    let (criteria, offers) = load_inputs(lang, &args.criteria, &args.offers, err)?;
    let sensitivity = args.sensitivity.then_some((args.samples, args.seed));
    let ranking = build_ranking(&criteria, &offers, args.method.map(Into::into), sensitivity);
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
        for excluded in &ranking.excluded {
            let reasons: Vec<&str> = excluded
                .reasons
                .iter()
                .map(|r| r.message.get(lang))
                .collect();
            writeln!(
                err,
                "{} {}: {}",
                lang.pick("excluded:", "exclue :"),
                excluded.provider,
                reasons.join("; ")
            )?;
        }
        for warning in &ranking.warnings {
            writeln!(
                err,
                "{}[{}]: {}",
                lang.pick("warning", "attention"),
                warning.code.as_str(),
                warning.message.get(lang)
            )?;
        }
    }

    if ranking.ranking.is_empty() {
        writeln!(
            err,
            "{}",
            lang.pick(
                "error: no offer passes the must-haves (see the exclusions above)",
                "erreur : aucune offre ne passe les critères éliminatoires (voir les exclusions)",
            )
        )?;
        return Ok(Exit::Failed);
    }
    Ok(Exit::Ok)
}

/// Reads and validates the criteria file and the offer files (folders give their
/// `*.toml` offer files; other kinds of file found there are skipped), writing every
/// problem to `err`. Provider names must be unique across
/// the files. Fails with [`InvalidInput`] when any file has an error. Also used by
/// `outsource report`.
pub fn load_inputs(
    lang: Lang,
    criteria_path: &Path,
    offer_paths: &[PathBuf],
    err: &mut dyn Write,
) -> anyhow::Result<(Criteria, Vec<Offer>)> {
    let mut errors = 0;
    let criteria_file = load::read_source(criteria_path)?;
    let (criteria, diagnostics) = validate_criteria(&criteria_file, lang);
    load::write_diagnostics(err, &criteria_file, &diagnostics, ValidateFormat::Human)?;
    errors += count_errors(&diagnostics);

    let mut offers: Vec<Offer> = Vec::new();
    // Provider name -> "file:line" of its first offer, across files.
    let mut first_seen: HashMap<String, String> = HashMap::new();
    for (path, named) in load::expand_paths_marked(offer_paths)? {
        let file = load::read_source(&path)?;
        // In a folder, the criteria file, briefs and questionnaires may sit beside the
        // offers: skip them (a file that does not parse is still reported).
        if !named && (path == criteria_path || !looks_like_offer_text(&file.text)) {
            continue;
        }
        let (parsed, mut diagnostics) = validate_offers(&file, criteria.as_ref(), lang);
        for offer in parsed.iter().flatten() {
            let line = offer
                .name_span
                .as_ref()
                .map_or(1, |span| file.line(span.start));
            match first_seen.get(&offer.name) {
                Some(first) => {
                    let mut diagnostic = Diagnostic::error(
                        Code::DuplicateProvider,
                        lang.pick(
                            &format!("provider `{}` appears twice", offer.name),
                            &format!("le prestataire `{}` apparaît deux fois", offer.name),
                        ),
                    )
                    .label(lang.pick(
                        &format!("first in {first}"),
                        &format!("déjà présent dans {first}"),
                    ));
                    if let Some(span) = &offer.name_span {
                        diagnostic = diagnostic.at(span.clone());
                    }
                    diagnostics.push(diagnostic);
                }
                None => {
                    first_seen.insert(offer.name.clone(), format!("{}:{line}", file.path));
                }
            }
        }
        diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
        load::write_diagnostics(err, &file, &diagnostics, ValidateFormat::Human)?;
        errors += count_errors(&diagnostics);
        offers.extend(parsed.into_iter().flatten());
    }

    match criteria {
        Some(criteria) if errors == 0 => Ok((criteria, offers)),
        _ => Err(InvalidInput::new(lang, errors.max(1)).into()),
    }
}

/// Ranks with the method from the command line, else the criteria file's, else the
/// weighted sum; adds the sensitivity analysis with `(samples, seed)` when there is
/// something ranked. Also used by `outsource report`.
pub fn build_ranking(
    criteria: &Criteria,
    offers: &[Offer],
    method: Option<Method>,
    sensitivity: Option<(u32, u64)>,
) -> Ranking {
    let method = method.or(criteria.method).unwrap_or(Method::WeightedSum);
    let ranking = rank_offers(criteria, offers, method);
    match sensitivity {
        Some((samples, seed)) if !ranking.ranking.is_empty() => {
            ranking.with_sensitivity(samples, seed)
        }
        _ => ranking,
    }
}

fn looks_like_offer_text(text: &str) -> bool {
    toml::from_str::<toml::Table>(text).map_or(true, |table| looks_like_offers(&table))
}

fn count_errors(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}
