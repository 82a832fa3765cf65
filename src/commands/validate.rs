//! `outsource validate FILE...`: checks questionnaire, brief, criteria and offer
//! files, printing every problem with file:line:column. Exit 0 or 2.

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::ValidateArgs;
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::load::{self, InvalidInput};
use crate::validate::brief::{looks_like_brief, validate_brief};
use crate::validate::criteria::{looks_like_criteria, validate_criteria};
use crate::validate::offer::{looks_like_offers, validate_offers};
use crate::validate::questionnaire::{looks_like_questionnaire, validate_questionnaire};

/// What a file is, told from its top-level keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileKind {
    Questionnaire,
    Brief,
    Criteria,
    Offers,
    Unknown,
}

fn file_kind(source: &SourceFile) -> Result<FileKind, Diagnostic> {
    let table: toml::Table = toml::from_str(&source.text).map_err(|e| Diagnostic::from_toml(&e))?;
    Ok(if looks_like_questionnaire(&table) {
        FileKind::Questionnaire
    } else if looks_like_brief(&table) {
        FileKind::Brief
    } else if looks_like_criteria(&table) {
        FileKind::Criteria
    } else if looks_like_offers(&table) {
        FileKind::Offers
    } else {
        FileKind::Unknown
    })
}

pub fn run(
    ctx: &Context,
    args: &ValidateArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    let paths = load::expand_paths(&args.files)?;
    let mut sources = Vec::new();
    for path in &paths {
        sources.push(load::read_source(path)?);
    }
    let mut questionnaires = load::load_questionnaires(ctx, err)?;
    let mut errors = 0;
    let mut report = |source: &SourceFile,
                      diagnostics: &[Diagnostic],
                      summary: String,
                      err: &mut dyn Write,
                      out: &mut dyn Write|
     -> anyhow::Result<()> {
        load::write_diagnostics(err, source, diagnostics, args.format)?;
        let count = diagnostics.iter().filter(|d| d.is_error()).count();
        errors += count;
        if count == 0 && !ctx.quiet {
            writeln!(out, "ok {}: {summary}", source.path)?;
        }
        Ok(())
    };

    // Questionnaires and criteria first: briefs in the same call may answer the
    // questionnaires, and offers are checked against the criteria when exactly one
    // criteria file is given.
    let mut kinds = Vec::new();
    let mut all_criteria = Vec::new();
    for source in &sources {
        let kind = match file_kind(source) {
            Ok(kind) => kind,
            Err(diagnostic) => {
                report(source, &[diagnostic], String::new(), err, out)?;
                kinds.push(None);
                continue;
            }
        };
        kinds.push(Some(kind));
        if kind == FileKind::Criteria {
            let (criteria, diagnostics) = validate_criteria(source, lang);
            let summary = criteria.as_ref().map_or_else(String::new, |c| {
                let ahp = c.ahp.as_ref().map_or_else(String::new, |ahp| {
                    let verdict = if ahp.is_consistent() {
                        ""
                    } else {
                        lang.pick(
                            ", above 0.10: revisit the comparisons",
                            ", au-dessus de 0,10 : revoyez les comparaisons",
                        )
                    };
                    format!(", AHP CR {:.3}{verdict}", ahp.cr)
                });
                match lang {
                    Lang::En => format!("criteria, {} criteria{ahp}", c.criteria.len()),
                    Lang::Fr => format!("critères, {} critères{ahp}", c.criteria.len()),
                }
            });
            report(source, &diagnostics, summary, err, out)?;
            if let Some(criteria) = criteria {
                all_criteria.push((source.path.clone(), criteria));
            }
        }
        if kind == FileKind::Questionnaire {
            let (questionnaire, diagnostics) = validate_questionnaire(source, lang);
            let summary = questionnaire
                .as_ref()
                .map_or_else(String::new, |q| match lang {
                    Lang::En => {
                        format!("questionnaire `{}`, {} questions", q.id, q.questions.len())
                    }
                    Lang::Fr => {
                        format!("questionnaire `{}`, {} questions", q.id, q.questions.len())
                    }
                });
            report(source, &diagnostics, summary, err, out)?;
            if let Some(questionnaire) = questionnaire {
                match questionnaires.iter_mut().find(|q| q.id == questionnaire.id) {
                    Some(existing) => *existing = questionnaire,
                    None => questionnaires.push(questionnaire),
                }
            }
        }
    }
    for (source, kind) in sources.iter().zip(kinds) {
        match kind {
            Some(FileKind::Brief) => {
                let (brief, diagnostics) = validate_brief(source, &questionnaires, lang);
                let summary = brief.as_ref().map_or_else(String::new, |b| match lang {
                    Lang::En => format!("brief, {} answers", b.answers.len()),
                    Lang::Fr => format!("brief, {} réponses", b.answers.len()),
                });
                report(source, &diagnostics, summary, err, out)?;
            }
            Some(FileKind::Offers) => {
                // With one criteria file in the call, the offers' criterion ids are
                // checked against it; otherwise their structure only (`rank` checks the rest).
                let against = match all_criteria.as_slice() {
                    [(path, criteria)] => Some((path, criteria)),
                    _ => None,
                };
                let (offers, diagnostics) = validate_offers(source, against.map(|(_, c)| c), lang);
                let summary = offers.as_ref().map_or_else(String::new, |o| {
                    let checked = against.map_or_else(String::new, |(path, _)| match lang {
                        Lang::En => format!(", checked against {path}"),
                        Lang::Fr => format!(", vérifiées avec {path}"),
                    });
                    match lang {
                        Lang::En => format!("offers, {} provider(s){checked}", o.len()),
                        Lang::Fr => format!("offres, {} prestataire(s){checked}", o.len()),
                    }
                });
                report(source, &diagnostics, summary, err, out)?;
            }
            Some(FileKind::Unknown) => {
                let diagnostic = Diagnostic::error(
                    Code::UnknownFileKind,
                    lang.pick("cannot tell what kind of file this is", "impossible de dire quel type de fichier c'est"),
                )
                .help(lang.pick(
                    "a questionnaire has [[question]], a brief has [project] or [answers], criteria have [[criterion]], an offer has name and [scores] or [[provider]]",
                    "un questionnaire a des [[question]], un brief a [project] ou [answers], des critères ont des [[criterion]], une offre a name et [scores] ou des [[provider]]",
                ));
                report(source, &[diagnostic], String::new(), err, out)?;
            }
            Some(FileKind::Questionnaire | FileKind::Criteria) | None => {}
        }
    }
    if errors > 0 {
        return Err(InvalidInput::new(lang, errors).into());
    }
    Ok(Exit::Ok)
}
