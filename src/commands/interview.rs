//! `outsource interview`: asks the project facts and the questionnaires' questions
//! in a terminal, saving the brief atomically after every answer; resumes an
//! existing brief at its first unanswered question; ends with the `check` report.
//!
//! Ctrl-C: the handler only sets a flag. A Ctrl-C during a prompt comes back from
//! dialoguer as an `Interrupted` error (see `prompt.rs`); one between prompts is
//! seen by the flag. Either way the main thread, which owns the file, shows the
//! cursor, says where the brief is and exits 130. Every earlier answer is already
//! on disk, so there is nothing left to write.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context as _;

use crate::app::{Context, Exit};
use crate::cli::{InterviewArgs, ValidateFormat};
use crate::diag::SourceFile;
use crate::interview::{self, DEFAULT_QUESTIONNAIRES, End, Opening, Session};
use crate::lang::Lang;
use crate::load;
use crate::model::brief::Brief;
use crate::model::questionnaire::{Questionnaire, Severity};
use crate::prompt::TermPrompter;
use crate::readiness::{Thresholds, assess};
use crate::render::brief::render_brief;
use crate::render::check::{CheckReport, Checked, human};
use crate::validate::brief::{looks_like_brief, validate_brief};

/// Set by the Ctrl-C handler; read by the main thread between questions.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

pub fn run(
    ctx: &Context,
    args: &InterviewArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        writeln!(
            err,
            "error: {}",
            lang.pick(
                "`outsource interview` asks questions in a terminal, and standard input or error is not one.\n\
                 To score a brief without a terminal (CI, scripts), use `outsource check BRIEF`.",
                "`outsource interview` pose ses questions dans un terminal, et l'entrée ou la sortie d'erreur standard n'en est pas un.\n\
                 Pour noter un brief sans terminal (CI, scripts), utilisez `outsource check BRIEF`.",
            )
        )?;
        return Ok(Exit::InputError);
    }

    // Installed before the first prompt: without a handler, Ctrl-C in a prompt
    // kills the process with the cursor hidden.
    ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst))
        .context("installing the Ctrl-C handler")?;

    let all = load::load_questionnaires(ctx, err)?;
    let path = args.brief.as_path();
    let shown = path.display().to_string();
    let prompter = &mut TermPrompter::new(lang, ctx.color);

    // The brief on disk: resumed when it is one, else overwritten only if the
    // consultant says so.
    let mut existing_text: Option<String> = None;
    let mut existing = Brief::default();
    if path.exists() {
        let file = load::read_source(path)?;
        let is_brief =
            toml::from_str::<toml::Table>(&file.text).is_ok_and(|table| looks_like_brief(&table));
        if is_brief {
            let (brief, diagnostics) = validate_brief(&file, &all, lang);
            load::write_diagnostics(err, &file, &diagnostics, ValidateFormat::Human)?;
            let Some(brief) = brief else {
                writeln!(
                    err,
                    "error: {}",
                    match lang {
                        Lang::En => format!(
                            "{shown} is a brief with problems, listed above: fix them (`outsource validate {shown}`) or choose another file with --brief"
                        ),
                        Lang::Fr => format!(
                            "{shown} est un brief avec des problèmes, listés ci-dessus : corrigez-les (`outsource validate {shown}`) ou choisissez un autre fichier avec --brief"
                        ),
                    }
                )?;
                return Ok(Exit::InputError);
            };
            existing = brief;
            existing_text = Some(file.text);
        } else if !file.text.trim().is_empty() {
            let question = match lang {
                Lang::En => format!("{shown} exists and is not a brief. Overwrite it?"),
                Lang::Fr => format!("{shown} existe et n'est pas un brief. L'écraser ?"),
            };
            let answer = prompter.confirm(&question);
            prompter.show_cursor();
            let Some(answer) = answer? else {
                writeln!(
                    err,
                    "\n{}",
                    match lang {
                        Lang::En => format!("Interrupted: {shown} left as it is."),
                        Lang::Fr => format!("Interrompu : {shown} laissé tel quel."),
                    }
                )?;
                return Ok(Exit::Interrupted);
            };
            if !answer {
                writeln!(
                    err,
                    "error: {}",
                    match lang {
                        Lang::En =>
                            format!("{shown} left as it is; choose another file with --brief FILE"),
                        Lang::Fr => format!(
                            "{shown} laissé tel quel ; choisissez un autre fichier avec --brief FICHIER"
                        ),
                    }
                )?;
                return Ok(Exit::InputError);
            }
        }
    }

    let chosen = choose_questionnaires(args, &existing, &all, lang)?;
    let opening_names: Vec<&str> = chosen.iter().map(|q| q.id.as_str()).collect();
    let mut session = Session::new(chosen.clone(), &existing, &today(), args.review, lang);

    let opening = match (session.opening(), lang) {
        (Opening::Fresh { total }, Lang::En) => format!(
            "Interview: {total} questions ({}). The brief is saved to {shown} after every answer.",
            opening_names.join(", ")
        ),
        (Opening::Fresh { total }, Lang::Fr) => format!(
            "Entretien : {total} questions ({}). Le brief est enregistré dans {shown} après chaque réponse.",
            opening_names.join(", ")
        ),
        (Opening::Resume { answered, total }, Lang::En) => {
            format!(
                "Resuming {shown}: {answered} of {total} answered. Only the others are asked (--review goes through all)."
            )
        }
        (Opening::Resume { answered, total }, Lang::Fr) => {
            format!(
                "Reprise de {shown} : {answered} sur {total} répondues. Seules les autres sont posées (--review les reprend toutes)."
            )
        }
        (Opening::Review { answered, total }, Lang::En) => format!(
            "Reviewing {shown}: {answered} of {total} answered. Enter keeps each current answer."
        ),
        (Opening::Review { answered, total }, Lang::Fr) => format!(
            "Relecture de {shown} : {answered} sur {total} répondues. Entrée garde chaque réponse actuelle."
        ),
        (Opening::Complete { total }, Lang::En) => {
            format!("{shown}: all {total} questions are answered. Add --review to change answers.")
        }
        (Opening::Complete { total }, Lang::Fr) => format!(
            "{shown} : les {total} questions ont une réponse. Ajoutez --review pour en changer."
        ),
    };
    prompter.say(&opening)?;

    let mut text = existing_text;
    let mut save = |session: &Session<'_>| -> anyhow::Result<()> {
        let saved = save_brief(path, text.as_deref(), &session.brief(), &all, lang, err)?;
        text = Some(saved);
        Ok(())
    };
    let end = interview::run(&mut session, prompter, &mut save, &|| {
        INTERRUPTED.load(Ordering::SeqCst)
    });
    prompter.show_cursor();
    let end = end?;

    let (answered, total) = session.progress();
    let resume = resume_command(ctx, path);
    let saved = text.is_some();
    match end {
        End::Interrupted => {
            let message = match (lang, saved) {
                (Lang::En, true) => format!(
                    "\nInterrupted. Every answer so far is saved in {shown} ({answered} of {total} answered).\nResume with: {resume}"
                ),
                (Lang::Fr, true) => format!(
                    "\nInterrompu. Toutes les réponses données sont enregistrées dans {shown} ({answered} sur {total} répondues).\nReprenez avec : {resume}"
                ),
                (Lang::En, false) => {
                    "\nInterrupted before the first answer: no brief written.".to_owned()
                }
                (Lang::Fr, false) => {
                    "\nInterrompu avant la première réponse : aucun brief écrit.".to_owned()
                }
            };
            writeln!(err, "{message}")?;
            return Ok(Exit::Interrupted);
        }
        End::Quit => {
            let message = match (lang, saved) {
                (Lang::En, true) => format!(
                    "Saved in {shown} ({answered} of {total} answered). Go on later with: {resume}"
                ),
                (Lang::Fr, true) => format!(
                    "Enregistré dans {shown} ({answered} sur {total} répondues). Reprenez plus tard avec : {resume}"
                ),
                (Lang::En, false) => "Nothing answered: no brief written.".to_owned(),
                (Lang::Fr, false) => "Aucune réponse : aucun brief écrit.".to_owned(),
            };
            prompter.say(&message)?;
            return Ok(Exit::Ok);
        }
        End::Finished => {}
    }

    let Some(text) = text else {
        prompter.say(lang.pick(
            "Nothing answered: no brief written.",
            "Aucune réponse : aucun brief écrit.",
        ))?;
        return Ok(Exit::Ok);
    };
    prompter.say("")?;
    let report = check_report(SourceFile::new(shown.clone(), text), &all, lang)?;
    out.write_all(
        human::render(
            &report,
            human::Options {
                lang,
                color: ctx.color,
                quiet: false,
                verbose: false,
            },
        )
        .as_bytes(),
    )?;
    let extra = questionnaires_option(ctx);
    let quoted = quote(&shown);
    match lang {
        Lang::En => writeln!(
            out,
            "\nBrief saved in {shown}.\nNext:\n  outsource check {quoted}{extra}\n  outsource report {quoted}{extra} -o report.html"
        )?,
        Lang::Fr => writeln!(
            out,
            "\nBrief enregistré dans {shown}.\nEnsuite :\n  outsource check {quoted}{extra}\n  outsource report {quoted}{extra} -o report.html"
        )?,
    }
    Ok(Exit::Ok)
}

/// The questionnaires to ask: `--questionnaire` ids, else those the brief lists,
/// else the defaults. An unknown id is an input error.
fn choose_questionnaires<'q>(
    args: &InterviewArgs,
    existing: &Brief,
    all: &'q [Questionnaire],
    lang: Lang,
) -> anyhow::Result<Vec<&'q Questionnaire>> {
    let ids: Vec<&str> = if !args.questionnaire.is_empty() {
        args.questionnaire.iter().map(String::as_str).collect()
    } else if !existing.questionnaires.is_empty() {
        existing.questionnaires.iter().map(String::as_str).collect()
    } else {
        DEFAULT_QUESTIONNAIRES.to_vec()
    };
    let mut chosen: Vec<&Questionnaire> = Vec::new();
    for id in ids {
        let Some(questionnaire) = all.iter().find(|q| q.id == id) else {
            let known: Vec<&str> = all.iter().map(|q| q.id.as_str()).collect();
            let known = if known.is_empty() {
                lang.pick("none", "aucun").to_owned()
            } else {
                known.join(", ")
            };
            anyhow::bail!(
                "{}",
                match lang {
                    Lang::En => format!(
                        "unknown questionnaire `{id}`; known: {known} (`outsource questionnaires` lists them)"
                    ),
                    Lang::Fr => format!(
                        "questionnaire inconnu `{id}` ; connus : {known} (`outsource questionnaires` les liste)"
                    ),
                }
            );
        };
        if !chosen.iter().any(|q| q.id == id) {
            chosen.push(questionnaire);
        }
    }
    Ok(chosen)
}

/// Renders the brief over the text last saved, checks it validates (a brief the
/// tool writes must pass `outsource validate`), and writes it atomically.
fn save_brief(
    path: &Path,
    previous: Option<&str>,
    brief: &Brief,
    questionnaires: &[Questionnaire],
    lang: Lang,
    err: &mut dyn Write,
) -> anyhow::Result<String> {
    let text = render_brief(previous, brief, questionnaires, lang)
        .with_context(|| format!("updating {}", path.display()))?;
    let file = SourceFile::new(path.display().to_string(), text);
    let (_, diagnostics) = validate_brief(&file, questionnaires, lang);
    if diagnostics.iter().any(|d| d.is_error()) {
        load::write_diagnostics(err, &file, &diagnostics, ValidateFormat::Human)?;
        anyhow::bail!(
            "the brief to save does not validate (a bug in `outsource interview`); {} was not changed",
            path.display()
        );
    }
    load::write_atomic(path, file.text.as_bytes())?;
    Ok(file.text)
}

/// The same report `outsource check` prints for this brief.
fn check_report(
    file: SourceFile,
    questionnaires: &[Questionnaire],
    lang: Lang,
) -> anyhow::Result<CheckReport> {
    let (brief, _) = validate_brief(&file, questionnaires, lang);
    let brief = brief.context("the saved brief does not validate")?;
    let assessment = assess(&brief, questionnaires, &Thresholds::default());
    let passed = !assessment.fails(Severity::Blocker);
    Ok(CheckReport {
        briefs: vec![Checked {
            file,
            brief,
            assessment,
            passed,
        }],
        fail_on: Severity::Blocker,
    })
}

/// Today as `YYYY-MM-DD` (UTC), read from the clock here, at the edge.
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    interview::iso_date(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// ` --questionnaires DIR` when custom questionnaires were loaded (they are needed
/// again to read the brief).
fn questionnaires_option(ctx: &Context) -> String {
    ctx.questionnaires_dir
        .as_ref()
        .map(|dir| format!(" --questionnaires {}", quote(&dir.display().to_string())))
        .unwrap_or_default()
}

fn resume_command(ctx: &Context, path: &Path) -> String {
    format!(
        "outsource interview --brief {}{}",
        quote(&path.display().to_string()),
        questionnaires_option(ctx)
    )
}

/// A path as a shell word.
fn quote(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./:@+,".contains(c));
    if plain {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_quoting() {
        assert_eq!(quote("brief.toml"), "brief.toml");
        assert_eq!(quote("/tmp/my brief.toml"), "'/tmp/my brief.toml'");
        assert_eq!(quote("it's.toml"), r"'it'\''s.toml'");
    }
}
