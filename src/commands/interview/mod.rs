//! `outsource interview`: asks the project facts and the questionnaires' questions
//! in a terminal, saving the brief atomically after every answer; resumes an
//! existing brief at its first unanswered question; ends with the `check` report.
//!
//! Ctrl-C: the handler only sets a flag. A Ctrl-C during a prompt comes back from
//! dialoguer as an `Interrupted` error (see `prompt.rs`); one between prompts is
//! seen by the flag. Either way the main thread, which owns the file, shows the
//! cursor, says where the brief is and exits 130. Every earlier answer is already
//! on disk, so there is nothing left to write.

mod text;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context as _;

use crate::app::{Context, Exit, Failure};
use crate::cli::{InterviewArgs, ValidateFormat};
use crate::diag::SourceFile;
use crate::interview::{self, DEFAULT_QUESTIONNAIRES, End, Session, render_summary};
use crate::lang::Lang;
use crate::load;
use crate::model::brief::Brief;
use crate::model::questionnaire::Questionnaire;
use crate::prompt::TermPrompter;
use crate::readiness::{Thresholds, assess};
use crate::render::brief::render_brief;
use crate::validate::brief::{looks_like_brief, validate_brief};

/// Set by the Ctrl-C handler; read by the main thread between questions.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

pub(crate) fn run(
    ctx: &Context,
    args: &InterviewArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let lang = ctx.lang;
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Failure::new(Exit::InputError, text::no_terminal(lang)).into());
    }
    // Before the first question: an answer typed for a brief that cannot be
    // saved would be lost.
    check_folder(args.brief.as_path(), lang)?;

    // Installed before the first prompt: without a handler, Ctrl-C in a prompt
    // kills the process with the cursor hidden.
    ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst))
        .context(crate::tr!(lang, "interview-ctrlc-failed"))?;

    let all = load::load_questionnaires(ctx, err)?;
    let path = args.brief.as_path();
    let prompter = &mut TermPrompter::new(lang, ctx.color);
    let (existing, existing_text) = match open_brief(path, &all, prompter, lang, err)? {
        Ok(opened) => opened,
        Err(exit) => return Ok(exit),
    };

    let chosen = choose_questionnaires(args, &existing, &all, lang)?;
    let names: Vec<&str> = chosen.iter().map(|q| q.id.as_str()).collect();
    let shown = path.display().to_string();
    let mut session = Session::new(chosen.clone(), &existing, today(), args.review, lang)
        .with_answers_elsewhere(&all, &existing);
    prompter.say(&text::opening(session.opening(), &shown, &names, lang))?;

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
    let remembered = session.brief().project.lang;
    let resume = resume_command(ctx, path, remembered);
    let saved = text.is_some();
    match end {
        End::Interrupted => {
            // Wrapped at the terminal's width like every other text, but for
            // the resume command.
            let said = text::interrupted(&shown, saved, answered, total, lang);
            writeln!(err, "\n{}", prompter.wrapped(&said))?;
            if saved {
                writeln!(err, "{}", text::resume_with(&resume, lang))?;
            }
            Ok(Exit::Interrupted)
        }
        End::Quit => {
            prompter.say(&text::quit(&shown, saved, answered, total, lang))?;
            if saved {
                // On a line of its own, never wrapped: it is pasted as it is.
                prompter.say_line(&format!("  {resume}"))?;
            }
            Ok(Exit::Ok)
        }
        End::Finished => match text {
            None => {
                prompter.say(&text::nothing_answered(lang))?;
                Ok(Exit::Ok)
            }
            Some(text) => {
                prompter.say("")?;
                let thresholds = args.thresholds.thresholds();
                let file = SourceFile::new(shown, text);
                finish(ctx, file, &all, &thresholds, remembered, out)?;
                Ok(Exit::Ok)
            }
        },
    }
}

/// The brief on disk, with its text: resumed when it is one, else overwritten
/// only if the consultant says so. `Ok(Err(exit))` when the consultant interrupted
/// the question; a [`Failure`] when the file cannot be used.
#[allow(clippy::type_complexity)]
fn open_brief(
    path: &Path,
    all: &[Questionnaire],
    prompter: &TermPrompter,
    lang: Lang,
    err: &mut dyn Write,
) -> anyhow::Result<Result<(Brief, Option<String>), Exit>> {
    if !path.exists() {
        return Ok(Ok((Brief::default(), None)));
    }
    let shown = path.display().to_string();
    let file = load::read_source(path)?;
    let is_brief =
        toml::from_str::<toml::Table>(&file.text).is_ok_and(|table| looks_like_brief(&table));
    if is_brief {
        let (brief, diagnostics) = validate_brief(&file, all, lang);
        load::write_diagnostics(err, &file, &diagnostics, ValidateFormat::Human, lang)?;
        return Ok(match brief {
            Some(brief) => Ok((brief, Some(file.text))),
            None => {
                return Err(Failure::new(
                    Exit::InputError,
                    text::brief_with_problems(&shown, lang),
                )
                .into());
            }
        });
    }
    if file.text.trim().is_empty() {
        return Ok(Ok((Brief::default(), None)));
    }
    let answer = prompter.confirm(&text::overwrite_question(&shown, lang));
    prompter.show_cursor();
    Ok(match answer? {
        None => {
            writeln!(err, "\n{}", text::overwrite_interrupted(&shown, lang))?;
            Err(Exit::Interrupted)
        }
        Some(false) => {
            return Err(
                Failure::new(Exit::InputError, text::overwrite_refused(&shown, lang)).into(),
            );
        }
        Some(true) => Ok((Brief::default(), None)),
    })
}

/// Refuses a brief whose folder is missing or not writable: creates and removes
/// a temporary file there, as the atomic save will.
fn check_folder(path: &Path, lang: Lang) -> anyhow::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let shown = path.display().to_string();
    let folder_shown = folder.display().to_string();
    if !folder.exists() {
        return Err(Failure::new(
            Exit::InputError,
            text::folder_missing(&folder_shown, &shown, lang),
        )
        .into());
    }
    let probe = tempfile::Builder::new()
        .prefix(".outsource-")
        .tempfile_in(folder);
    match probe {
        // Dropping the file removes it.
        Ok(file) => {
            drop(file);
            Ok(())
        }
        Err(error) => Err(Failure::new(
            Exit::InputError,
            text::folder_not_writable(&folder_shown, &shown, &error.to_string(), lang),
        )
        .into()),
    }
}

/// The end of a finished interview: the verdict and what to work on, in words for
/// the client, then the commands to go further.
fn finish(
    ctx: &Context,
    file: SourceFile,
    all: &[Questionnaire],
    thresholds: &Thresholds,
    remembered: Option<Lang>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let lang = ctx.lang;
    let (brief, _) = validate_brief(&file, all, lang);
    let brief = brief.context(crate::tr!(lang, "interview-saved-brief-invalid"))?;
    let assessment = assess(&brief, all, thresholds);
    out.write_all(render_summary(&assessment, &brief, all, lang).as_bytes())?;
    let extra = questionnaires_option(ctx) + &lang_option(lang, remembered);
    let quoted = quote(&file.path);
    writeln!(
        out,
        "\n{}",
        text::next_steps(&file.path, &quoted, &extra, lang)
    )?;
    Ok(())
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
            return Err(Failure::new(
                Exit::InputError,
                text::unknown_questionnaire(id, &known, lang),
            )
            .into());
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
    let text = render_brief(previous, brief, questionnaires, lang).with_context(|| {
        crate::tr!(
            lang,
            "interview-updating",
            path = path.display().to_string()
        )
    })?;
    let file = SourceFile::new(path.display().to_string(), text);
    let (_, diagnostics) = validate_brief(&file, questionnaires, lang);
    if diagnostics.iter().any(|d| d.is_error()) {
        load::write_diagnostics(err, &file, &diagnostics, ValidateFormat::Human, lang)?;
        anyhow::bail!(crate::tr!(
            lang,
            "interview-brief-to-save-invalid",
            path = path.display().to_string()
        ));
    }
    load::write_atomic(path, file.text.as_bytes())?;
    Ok(file.text)
}

/// Today in the consultant's time zone, read from the clock here, at the edge: a
/// brief started at 00:30 in Paris is dated that day, not the day before (UTC).
fn today() -> jiff::civil::Date {
    jiff::ZonedDateTime::now().date()
}

/// ` --questionnaires DIR` when custom questionnaires were loaded (they are needed
/// again to read the brief).
fn questionnaires_option(ctx: &Context) -> String {
    ctx.questionnaires_dir
        .as_ref()
        .map(|dir| format!(" --questionnaires {}", quote(&dir.display().to_string())))
        .unwrap_or_default()
}

/// ` --lang CODE` when this run speaks another language than the one the brief
/// remembers (later commands would otherwise speak the brief's).
fn lang_option(lang: Lang, remembered: Option<Lang>) -> String {
    match remembered {
        Some(remembered) if remembered != lang => format!(" --lang {}", lang.code()),
        _ => String::new(),
    }
}

fn resume_command(ctx: &Context, path: &Path, remembered: Option<Lang>) -> String {
    format!(
        "outsource interview --brief {}{}{}",
        quote(&path.display().to_string()),
        questionnaires_option(ctx),
        lang_option(ctx.lang, remembered)
    )
}

/// A path as a shell word, quoted only when it needs to be.
fn quote(text: &str) -> String {
    shell_words::quote(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_named_only_when_the_brief_remembers_another() {
        assert_eq!(lang_option(Lang::Fr, None), "");
        assert_eq!(lang_option(Lang::Fr, Some(Lang::Fr)), "");
        assert_eq!(lang_option(Lang::Fr, Some(Lang::En)), " --lang fr");
    }

    #[test]
    fn shell_quoting() {
        assert_eq!(quote("brief.toml"), "brief.toml");
        assert_eq!(quote("/tmp/my brief.toml"), "'/tmp/my brief.toml'");
        assert_eq!(quote("it's.toml"), r"'it'\''s.toml'");
    }
}
