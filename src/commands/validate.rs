//! `outsource validate FILE...`: checks questionnaire, brief, criteria and offer
//! files, printing every problem with file:line:column. Exit 0 or 2.

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::ValidateArgs;
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::load::{self, FileKind, Loader, add_questionnaire, file_kind};
use crate::model::brief::Brief;
use crate::model::criteria::Criteria;
use crate::model::offer::Offer;
use crate::model::questionnaire::Questionnaire;
use crate::validate::brief::validate_brief;
use crate::validate::criteria::validate_criteria;
use crate::validate::offer::validate_offers;
use crate::validate::questionnaire::validate_questionnaire;

pub fn run(
    ctx: &Context,
    args: &ValidateArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    let paths = load::expand_paths(&args.files)?;
    let mut loader = Loader::new(lang, err).format(args.format);
    let mut sources = Vec::new();
    for path in &paths {
        sources.extend(loader.read(path)?);
    }
    let mut questionnaires = loader.questionnaires(ctx.questionnaires_dir.as_deref())?;
    let mut ok = |source: &SourceFile, summary: String| -> std::io::Result<()> {
        if !ctx.quiet {
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
                let (questionnaire, diagnostics) = validate_questionnaire(source, lang);
                if loader.report(source, diagnostics)? {
                    ok(source, questionnaire_summary(questionnaire.as_ref()))?;
                }
                if let Some(questionnaire) = questionnaire {
                    add_questionnaire(&mut questionnaires, questionnaire);
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
            Some(FileKind::Unknown) => {
                loader.report(source, vec![unknown_kind(lang)])?;
            }
            Some(FileKind::Questionnaire | FileKind::Criteria) | None => {}
        }
    }
    loader.finish()?;
    Ok(Exit::Ok)
}

fn unknown_kind(lang: Lang) -> Diagnostic {
    Diagnostic::error(
        Code::UnknownFileKind,
        lang.pick("cannot tell what kind of file this is", "impossible de dire quel type de fichier c'est"),
    )
    .help(lang.pick(
        "a questionnaire has [[question]], a brief has [project] or [answers], criteria have [[criterion]], an offer has name and [scores] or [[provider]]",
        "un questionnaire a des [[question]], un brief a [project] ou [answers], des critères ont des [[criterion]], une offre a name et [scores] ou des [[provider]]",
    ))
}

fn criteria_summary(criteria: Option<&Criteria>, lang: Lang) -> String {
    criteria.map_or_else(String::new, |c| {
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
    })
}

fn questionnaire_summary(questionnaire: Option<&Questionnaire>) -> String {
    questionnaire.map_or_else(String::new, |q| {
        format!("questionnaire `{}`, {} questions", q.id, q.questions.len())
    })
}

fn brief_summary(brief: Option<&Brief>, lang: Lang) -> String {
    brief.map_or_else(String::new, |b| match lang {
        Lang::En => format!("brief, {} answers", b.answers.len()),
        Lang::Fr => format!("brief, {} réponses", b.answers.len()),
    })
}

fn offers_summary(offers: Option<&[Offer]>, against: Option<&str>, lang: Lang) -> String {
    offers.map_or_else(String::new, |o| {
        let checked = against.map_or_else(String::new, |path| match lang {
            Lang::En => format!(", checked against {path}"),
            Lang::Fr => format!(", vérifiées avec {path}"),
        });
        match lang {
            Lang::En => format!("offers, {} provider(s){checked}", o.len()),
            Lang::Fr => format!("offres, {} prestataire(s){checked}", o.len()),
        }
    })
}
