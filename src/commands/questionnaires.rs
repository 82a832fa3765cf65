//! `outsource questionnaires`: lists the available questionnaires; with
//! `--format json`, every question with its kind, weight, dimension and scoring.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::app::{Context, Exit};
use crate::cli::{ListFormat, QuestionnairesArgs};
use crate::load;
use crate::model::questionnaire::Questionnaire;
use crate::tr;

#[derive(Serialize)]
struct Listing<'a> {
    questionnaires: &'a [Questionnaire],
}

pub fn run(
    ctx: &Context,
    args: &QuestionnairesArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let questionnaires = load::load_questionnaires(ctx, err)?;
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
                        writeln!(
                            out,
                            "  {:<28} {:<7} w={:<3} {}",
                            question.id,
                            question.kind.name(),
                            question.weight,
                            question.text.get(lang)
                        )?;
                    }
                }
            }
        }
    }
    Ok(Exit::Ok)
}
