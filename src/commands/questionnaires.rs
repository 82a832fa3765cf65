//! `outsource questionnaires`: lists the available questionnaires; with
//! `--format json`, every question with its kind, weight, dimension, scoring and
//! provenance; with an id, that questionnaire's questions and where each comes from.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::app::{Context, Exit, Failure};
use crate::cli::{ListFormat, QuestionnairesArgs};
use crate::lang::Lang;
use crate::load;
use crate::model::questionnaire::{Kind, Provenance, Question, Questionnaire};
use crate::tr;

#[derive(Serialize)]
struct Listing<'a> {
    questionnaires: &'a [Questionnaire],
}

pub(crate) fn run(
    ctx: &Context,
    args: &QuestionnairesArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let mut questionnaires = load::load_questionnaires(ctx, err)?;
    if let Some(id) = &args.id {
        let Some(one) = questionnaires.iter().find(|q| &q.id == id).cloned() else {
            let known: Vec<&str> = questionnaires.iter().map(|q| q.id.as_str()).collect();
            let message = tr!(
                ctx.lang,
                "questionnaires-unknown-id",
                id = id.as_str(),
                known = known.join(", ")
            );
            let message = crate::suggest::with_did_you_mean(message, id, &known, ctx.lang);
            return Err(Failure::new(Exit::InputError, message).into());
        };
        if args.format == ListFormat::Human {
            writeln!(out, "{} — {}", one.id, one.source)?;
            for question in &one.questions {
                write_question(out, question, ctx.lang)?;
            }
            return Ok(Exit::Ok);
        }
        questionnaires = vec![one];
    }
    match args.format {
        ListFormat::Json => {
            // Serialised first, so a closed pipe surfaces as an io::Error (exit 0).
            let text = serde_json::to_string_pretty(&Listing {
                questionnaires: &questionnaires,
            })?;
            writeln!(out, "{text}")?;
        }
        ListFormat::Human => {
            let lang = ctx.lang;
            let mut table = Table::new();
            table
                .load_style(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(100);
            table.set_header(vec![
                tr!(lang, "questionnaires-column-id"),
                tr!(lang, "questionnaires-column-title"),
                tr!(lang, "questionnaires-column-questions"),
                tr!(lang, "questionnaires-column-dimensions"),
            ]);
            for q in &questionnaires {
                let dimensions: Vec<&str> =
                    q.dimensions.iter().map(|d| d.title.get(lang)).collect();
                table.add_row(vec![
                    q.id.clone(),
                    q.title.get(lang).to_owned(),
                    q.questions.len().to_string(),
                    dimensions.join(", "),
                ]);
            }
            writeln!(out, "{table}")?;
            if !ctx.quiet {
                writeln!(out, "{}", tr!(lang, "questionnaires-hint"))?;
            }
            if ctx.verbose {
                for q in &questionnaires {
                    writeln!(out, "\n{} — {}", q.id, q.source)?;
                    for question in &q.questions {
                        write_question(out, question, lang)?;
                    }
                }
            }
        }
    }
    Ok(Exit::Ok)
}

/// One question of the verbose listing: its id, kind, weight and text, where it
/// comes from, and the options or bands that cite something else.
fn write_question(out: &mut dyn Write, question: &Question, lang: Lang) -> std::io::Result<()> {
    writeln!(
        out,
        "  {:<28} {:<7} w={:<3} {}",
        question.id,
        question.kind.name(),
        question.weight,
        question.text.get(lang)
    )?;
    let cite = |p: &Provenance| tr!(lang, "provenance-source", cite = p.cite(lang));
    writeln!(out, "    {}", cite(&question.provenance))?;
    if let Some(link) = &question.same_as {
        writeln!(
            out,
            "    {}",
            tr!(lang, "provenance-same-as", link = link.as_str())
        )?;
    }
    let own: Vec<(String, &Provenance)> = match &question.kind {
        Kind::Choice { options } | Kind::Multi { options } => options
            .iter()
            .map(|o| (o.label.get(lang).to_owned(), &o.provenance))
            .collect(),
        Kind::Number { bands, .. } => bands
            .iter()
            .map(|b| {
                let label = b.label.as_ref().map_or("", |l| l.get(lang)).to_owned();
                (label, &b.provenance)
            })
            .collect(),
        _ => Vec::new(),
    };
    for (label, provenance) in own {
        if *provenance != question.provenance {
            writeln!(out, "      {label}: {}", cite(provenance))?;
        }
    }
    Ok(())
}
