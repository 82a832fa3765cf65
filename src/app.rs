//! Dispatch from the parsed command line to one subcommand, with the shared context.

use std::io::{IsTerminal, Write};

use crate::cli::{Cli, ColorChoice, Command};
use crate::commands;
use crate::lang::Lang;

/// The process exit status, as documented in the README.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Exit {
    /// Everything passed, or the result was produced.
    Ok,
    /// The check or a threshold failed.
    Failed,
    /// Usage, input or I/O error.
    InputError,
    /// An interview was interrupted; its answers are saved.
    Interrupted,
}

impl Exit {
    pub(crate) fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Failed => 1,
            Exit::InputError => 2,
            Exit::Interrupted => 130,
        }
    }
}

/// A failure `main` prints once, as `error: {message}`, exiting with `exit`
/// instead of the usual 2: commands return it rather than print `error:` themselves.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub(crate) struct Failure {
    pub exit: Exit,
    pub message: String,
}

impl Failure {
    pub(crate) fn new(exit: Exit, message: impl Into<String>) -> Self {
        Failure {
            exit,
            message: message.into(),
        }
    }
}

/// The exit status for an error: a [`Failure`]'s own, else 2 (input or I/O error).
pub(crate) fn exit_for(error: &anyhow::Error) -> Exit {
    error
        .downcast_ref::<Failure>()
        .map_or(Exit::InputError, |failure| failure.exit)
}

/// What every command needs besides its own arguments.
#[derive(Clone, Debug)]
pub(crate) struct Context {
    pub lang: Lang,
    pub questionnaires_dir: Option<std::path::PathBuf>,
    /// Whether to write ANSI colours on standard output.
    pub color: bool,
    pub quiet: bool,
    pub verbose: bool,
}

impl Context {
    pub(crate) fn from_cli(cli: &Cli) -> Self {
        let env = |name: &str| std::env::var(name).ok();
        let lang = effective_lang(cli.global.lang, briefs_lang(&cli.command), locale_lang);
        let color = match cli.global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal()
                    && env("NO_COLOR").is_none_or(|value| value.is_empty())
            }
        };
        Context {
            lang,
            questionnaires_dir: cli.global.questionnaires_dir.clone(),
            color,
            quiet: cli.global.quiet,
            verbose: cli.global.verbose,
        }
    }
}

/// The language of a run, in order of precedence: `--lang`, then the language the
/// brief remembers (`[project] lang`), then the locale. The one place that decides.
pub(crate) fn effective_lang(
    flag: Option<Lang>,
    brief: Option<Lang>,
    locale: impl FnOnce() -> Lang,
) -> Lang {
    flag.or(brief).unwrap_or_else(locale)
}

/// The language the briefs named on the command line remember, when they agree
/// (a brief without `lang` does not vote). Files that cannot be read or parsed
/// say nothing here: the command reports them.
fn briefs_lang(command: &Command) -> Option<Lang> {
    let paths: Vec<&std::path::Path> = match command {
        Command::Check(args) => args.briefs.iter().map(AsRef::as_ref).collect(),
        Command::Report(args) => vec![args.brief.as_ref()],
        Command::Diff(args) => vec![args.old.as_ref(), args.new.as_ref()],
        Command::Interview(args) => vec![args.brief.as_ref()],
        _ => return None,
    };
    let mut found = None;
    for path in paths.into_iter().filter(|path| path.is_file()) {
        let lang = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| text.parse::<toml::Table>().ok())
            .and_then(|table| brief_lang(&table));
        match (found, lang) {
            (_, None) => {}
            (None, Some(lang)) => found = Some(lang),
            (Some(first), Some(lang)) if first != lang => return None,
            (Some(_), Some(_)) => {}
        }
    }
    found
}

/// `[project] lang` of a parsed brief.
fn brief_lang(table: &toml::Table) -> Option<Lang> {
    Lang::from_code(table.get("project")?.get("lang")?.as_str()?)
}

/// The language of the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
pub(crate) fn locale_lang() -> Lang {
    let env = |name: &str| std::env::var(name).ok();
    Lang::from_locale(
        env("LC_ALL").as_deref(),
        env("LC_MESSAGES").as_deref(),
        env("LANG").as_deref(),
    )
}

/// Runs one subcommand. Standard output and error are parameters so tests can capture them.
pub(crate) fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Exit> {
    let ctx = Context::from_cli(&cli);
    match &cli.command {
        Command::Interview(args) => commands::interview::run(&ctx, args, out, err),
        Command::Check(args) => commands::check::run(&ctx, args, out, err),
        Command::Rank(args) => commands::rank::run(&ctx, args, out, err),
        Command::Report(args) => commands::report::run(&ctx, args, out, err),
        Command::Questionnaires(args) => commands::questionnaires::run(&ctx, args, out, err),
        Command::Validate(args) => commands::validate::run(&ctx, args, out, err),
        Command::Init(args) => commands::init::run(&ctx, args, out, err),
        Command::Diff(args) => commands::diff::run(&ctx, args, out, err),
        Command::Completions(args) => commands::completions::run(&ctx, args, out, err),
        Command::Man(args) => commands::man::run(&ctx, args, out, err),
        Command::Schema(args) => commands::schema::run(&ctx, args, out, err),
    }
}

/// The whole process: parse `args` (the program name first), run the command, print
/// an error once, and return the exit status. `main` is only this call.
pub fn main(args: &[std::ffi::OsString]) -> u8 {
    // The language is decided before parsing, so `--help` and usage errors speak it.
    let lang = crate::cli::lang_from_args(args, locale_lang());
    let cli = match crate::cli::parse(args, lang) {
        Ok(cli) => cli,
        Err(usage) => {
            let text = usage.text();
            let _ = if usage.to_stderr() {
                std::io::stderr().write_all(text.as_bytes())
            } else {
                std::io::stdout().write_all(text.as_bytes())
            };
            return usage.exit_code();
        }
    };
    // A brief that remembers its language speaks it, unless `--lang` was given.
    let lang = Context::from_cli(&cli).lang;
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    let code = match run(cli, &mut out, &mut err) {
        Ok(exit) => exit.code(),
        Err(error) if is_broken_pipe(&error) => 0,
        Err(error) => {
            let label = crate::tr!(lang, "error-prefix");
            let message = crate::load::error::describe(&error, lang);
            let _ = writeln!(err, "{label} {message}");
            exit_for(&error).code()
        }
    };
    let _ = out.flush();
    code
}

/// True when the error comes from writing to a closed pipe (`outsource … | head`).
pub(crate) fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_then_the_brief_then_the_locale() {
        let en = || Lang::En;
        assert_eq!(effective_lang(Some(Lang::En), Some(Lang::Fr), en), Lang::En);
        assert_eq!(effective_lang(None, Some(Lang::Fr), en), Lang::Fr);
        assert_eq!(effective_lang(None, None, || Lang::Fr), Lang::Fr);
    }

    #[test]
    fn a_brief_remembers_its_language() {
        let table: toml::Table = "[project]\nlang = \"fr\"\n".parse().unwrap();
        assert_eq!(brief_lang(&table), Some(Lang::Fr));
        let table: toml::Table = "[project]\nname = \"x\"\n".parse().unwrap();
        assert_eq!(brief_lang(&table), None);
    }
}
