//! `outsource validate FILE...`: checks questionnaire, brief, criteria and offer
//! files (offers also as `.csv`/`.xlsx`/`.ods` tables, against the criteria file
//! given with them), printing every problem with file:line:column. Exit 0 or 2.

use std::io::Write;
use std::path::Path;

use crate::app::{Context, Exit};
use crate::cli::ValidateArgs;
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::i18n::number;
use crate::lang::Lang;
use crate::load::{self, FileKind, Loader, add_questionnaire, file_kind, sheet};
use crate::model::brief::Brief;
use crate::model::criteria::Criteria;
use crate::model::offer::Offer;
use crate::model::questionnaire::Questionnaire;
use crate::tr;
use crate::validate::brief::validate_brief;
use crate::validate::criteria::validate_criteria;
use crate::validate::evaluation::validate_evaluation;
use crate::validate::offer::validate_offers;
use crate::validate::questionnaire::{check_links, validate_questionnaire};

pub fn run(
    ctx: &Context,
    args: &ValidateArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    let paths = load::expand_paths(&args.files)?;
    let mut loader = Loader::new(lang, err).format(args.format);
    // Tables of offers (`.csv`, `.xlsx`, `.ods`) are read once the criteria are
    // known, as their headers name the criteria.
    let (tables, paths): (Vec<_>, Vec<_>) = paths.into_iter().partition(|p| sheet::is_table(p));
    let mut sources = Vec::new();
    for path in &paths {
        sources.extend(loader.read(path)?);
    }
    let mut questionnaires = loader.questionnaires(ctx.questionnaires_dir.as_deref())?;
    let quiet = ctx.quiet;
    let mut ok = |source: &SourceFile, summary: String| ok_line(out, quiet, source, summary, lang);

    // Questionnaires and criteria first: briefs in the same call may answer the
    // questionnaires, and offers are checked against the criteria when exactly one
    // criteria file is given.
    let found: Vec<Result<FileKind, Diagnostic>> = sources.iter().map(file_kind).collect();
    let mut checked = questionnaire_files(&sources, &found, &mut questionnaires, lang);
    let mut kinds = Vec::new();
    let mut all_criteria = Vec::new();
    for (index, (source, found)) in sources.iter().zip(found).enumerate() {
        let kind = match found {
            Ok(kind) => Some(kind),
            Err(diagnostic) => {
                loader.report(source, vec![diagnostic])?;
                None
            }
        };
        kinds.push(kind);
        match kind {
            Some(FileKind::Criteria) => {
                let (criteria, diagnostics) = validate_criteria(source, lang);
                if loader.report(source, diagnostics)? {
                    ok(source, criteria_summary(criteria.as_ref(), lang))?;
                }
                if let Some(criteria) = criteria {
                    all_criteria.push((source.path.clone(), criteria));
                }
            }
            Some(FileKind::Questionnaire) => {
                if let Some((diagnostics, summary)) = checked[index].take()
                    && loader.report(source, diagnostics)?
                {
                    ok(source, summary)?;
                }
            }
            _ => {}
        }
    }
    // With one criteria file in the call, the offers' criterion ids are checked
    // against it; otherwise their structure only (`rank` checks the rest).
    let against = match all_criteria.as_slice() {
        [(path, criteria)] => Some((path.as_str(), criteria)),
        _ => None,
    };
    for (source, kind) in sources.iter().zip(kinds) {
        match kind {
            Some(FileKind::Brief) => {
                let (brief, diagnostics) = validate_brief(source, &questionnaires, lang);
                if loader.report(source, diagnostics)? {
                    ok(source, brief_summary(brief.as_ref(), lang))?;
                }
            }
            Some(FileKind::Offers) => {
                let (offers, diagnostics) = validate_offers(source, against.map(|(_, c)| c), lang);
                if loader.report(source, diagnostics)? {
                    let path = against.map(|(path, _)| path);
                    ok(source, offers_summary(offers.as_deref(), path, lang))?;
                }
            }
            Some(FileKind::Evaluation) => {
                check_evaluation(&mut loader, &mut ok, source, against.map(|a| a.1), lang)?;
            }
            Some(FileKind::Unknown) => {
                loader.report(source, vec![unknown_kind(lang)])?;
            }
            Some(FileKind::Questionnaire | FileKind::Criteria) | None => {}
        }
    }
    for path in &tables {
        check_table(&mut loader, &mut ok, path, against, lang)?;
    }
    loader.finish()?;
    Ok(Exit::Ok)
}

/// A questionnaire file's problems and its summary line.
type Checked = Option<(Vec<Diagnostic>, String)>;

/// Validates the questionnaire files among `sources` and adds them to `loaded`,
/// then checks their `same-as` links against every loaded questionnaire: the
/// built-in ones, those of `--questionnaires` and those given together. For each
/// source, its problems (links included) and summary; `None` for other kinds.
fn questionnaire_files(
    sources: &[SourceFile],
    kinds: &[Result<FileKind, Diagnostic>],
    loaded: &mut Vec<Questionnaire>,
    lang: Lang,
) -> Vec<Checked> {
    let mut checked: Vec<Checked> = vec![None; sources.len()];
    // The id of each valid questionnaire given, and its source.
    let mut given: Vec<(String, usize)> = Vec::new();
    for (index, (source, kind)) in sources.iter().zip(kinds).enumerate() {
        if !matches!(kind, Ok(FileKind::Questionnaire)) {
            continue;
        }
        let (questionnaire, diagnostics) = validate_questionnaire(source, lang);
        let summary = questionnaire_summary(questionnaire.as_ref(), lang);
        if let Some(questionnaire) = questionnaire {
            given.push((questionnaire.id.clone(), index));
            add_questionnaire(loaded, questionnaire);
        }
        checked[index] = Some((diagnostics, summary));
    }
    for (id, diagnostic) in check_links(loaded, lang) {
        // The file loaded last under an id is the one in use.
        let file = given.iter().rev().find(|(given, _)| *given == id);
        if let Some((_, index)) = file
            && let Some((diagnostics, _)) = &mut checked[*index]
        {
            diagnostics.push(diagnostic);
        }
    }
    checked
}

/// `ok FILE: SUMMARY` on stdout, unless quiet.
fn ok_line(
    out: &mut dyn Write,
    quiet: bool,
    source: &SourceFile,
    summary: String,
    lang: Lang,
) -> std::io::Result<()> {
    if !quiet {
        let path = source.path.clone();
        writeln!(
            out,
            "{}",
            tr!(lang, "validate-ok", path = path, summary = summary)
        )?;
    }
    Ok(())
}

/// Checks a table of offers against the one criteria file of the call, as `rank`
/// reads it (every problem at its sheet, row and column); without exactly one
/// criteria file, says that the table needs it.
fn check_table(
    loader: &mut Loader,
    ok: &mut dyn FnMut(&SourceFile, String) -> std::io::Result<()>,
    path: &Path,
    against: Option<(&str, &Criteria)>,
    lang: Lang,
) -> anyhow::Result<()> {
    let Some((criteria_path, criteria)) = against else {
        let file = SourceFile::new(path.display().to_string(), "");
        let diagnostic = Diagnostic::error(
            Code::TableNeedsCriteria,
            tr!(lang, "validate2-table-needs-criteria"),
        )
        .help(tr!(
            lang,
            "validate2-table-needs-criteria-help",
            table = path.display().to_string()
        ));
        loader.report(&file, vec![diagnostic])?;
        return Ok(());
    };
    let table = sheet::read_table(path)?;
    let (offers, _, problems) = sheet::offers_from_table(&table, criteria, lang);
    let file = table
        .source()
        .cloned()
        .unwrap_or_else(|| SourceFile::new(table.file(), ""));
    let clean = if table.source().is_some() {
        // A CSV file: every problem against its text, with a caret.
        let mut diagnostics: Vec<Diagnostic> = problems.into_iter().map(|p| p.diagnostic).collect();
        diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
        loader.report(&file, diagnostics)?
    } else {
        // A workbook: each problem at its named cell.
        let mut clean = true;
        for problem in problems {
            clean &= loader.report(&problem.file(), vec![problem.diagnostic])?;
        }
        clean
    };
    if clean {
        ok(
            &file,
            offers_summary(Some(&offers), Some(criteria_path), lang),
        )?;
    }
    Ok(())
}

/// Checks an evaluation file (against the one criteria file, if any) and says
/// whose it is and how many values it gives.
fn check_evaluation(
    loader: &mut Loader,
    ok: &mut dyn FnMut(&SourceFile, String) -> std::io::Result<()>,
    source: &SourceFile,
    criteria: Option<&Criteria>,
    lang: Lang,
) -> std::io::Result<()> {
    let (evaluation, diagnostics) = validate_evaluation(source, criteria, lang);
    if loader.report(source, diagnostics)?
        && let Some(e) = evaluation
    {
        let count = e.values.len();
        let evaluator = e.evaluator;
        ok(
            source,
            tr!(
                lang,
                "evaluators-summary",
                evaluator = evaluator,
                count = count
            ),
        )?;
    }
    Ok(())
}

fn unknown_kind(lang: Lang) -> Diagnostic {
    Diagnostic::error(Code::UnknownFileKind, tr!(lang, "validate-unknown-kind"))
        .help(tr!(lang, "validate-unknown-kind-help"))
}

fn criteria_summary(criteria: Option<&Criteria>, lang: Lang) -> String {
    criteria.map_or_else(String::new, |c| {
        // The least consistent of the file's AHP matrices (criteria, or groups).
        let worst = c
            .ahp_results()
            .into_iter()
            .max_by(|a, b| a.cr.total_cmp(&b.cr));
        let ahp = worst.map_or_else(String::new, |ahp| {
            let cr = number::decimal(ahp.cr, 3, lang);
            if ahp.is_consistent() {
                tr!(lang, "validate-ahp", cr = cr)
            } else {
                tr!(
                    lang,
                    "validate-ahp-inconsistent",
                    cr = cr,
                    limit = number::decimal(0.10, 2, lang)
                )
            }
        });
        tr!(
            lang,
            "validate-criteria",
            count = c.criteria.len(),
            ahp = ahp
        )
    })
}

fn questionnaire_summary(questionnaire: Option<&Questionnaire>, lang: Lang) -> String {
    questionnaire.map_or_else(String::new, |q| {
        tr!(
            lang,
            "validate-questionnaire",
            id = q.id.clone(),
            count = q.questions.len()
        )
    })
}

fn brief_summary(brief: Option<&Brief>, lang: Lang) -> String {
    brief.map_or_else(String::new, |b| {
        tr!(lang, "validate-brief", count = b.answers.len())
    })
}

fn offers_summary(offers: Option<&[Offer]>, against: Option<&str>, lang: Lang) -> String {
    offers.map_or_else(String::new, |o| {
        let checked = against.map_or_else(String::new, |path| {
            tr!(lang, "validate-offers-checked", criteria = path.to_owned())
        });
        tr!(lang, "validate-offers", count = o.len(), checked = checked)
    })
}
