//! Command-line interface: the clap derive structs (`args.rs`), then every help
//! text, heading and usage error localised from the catalogue. Each subcommand's
//! behaviour lives in `src/commands/<name>.rs`.

mod args;

pub use self::args::*;

use std::ffi::OsString;

use clap::{CommandFactory as _, FromArgMatches as _};

use crate::lang::Lang;
use crate::tr;

/// The language chosen before the command line is parsed, so `--help` and usage
/// errors speak it: `--lang fr`/`--lang=fr` anywhere on the line, else `fallback`
/// (the locale). The last `--lang` wins, as clap's does.
pub fn lang_from_args(args: &[OsString], fallback: Lang) -> Lang {
    let mut lang = fallback;
    let mut iter = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => iter.next().map(std::borrow::Cow::into_owned),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(chosen) = value.as_deref().and_then(Lang::from_code) {
            lang = chosen;
        }
    }
    lang
}

/// The command line's definition with every help text, heading and about line
/// from the catalogue in `lang`. The derive structs above stay the one source of
/// the structure; `man` and `completions` build from this too.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = Cli::command();
    // Built first so the global arguments, `--help`, `--version` and the `help`
    // subcommand exist everywhere and get their text too.
    cmd.build();
    let usage = tr!(lang, "cli-heading-usage");
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
    );
    localize(cmd, lang, "", &template)
}

fn localize(mut cmd: clap::Command, lang: Lang, prefix: &str, template: &str) -> clap::Command {
    let name = cmd.get_name().to_owned();
    // The root's messages are `cli-…`, a subcommand's `cli-check-…`.
    let here = if prefix.is_empty() {
        "cli".to_owned()
    } else {
        format!("cli-{name}")
    };
    let about = format!("{here}-about");
    if crate::i18n::has(lang, &about) {
        cmd = cmd.about(crate::i18n::message(lang, &about, None));
    }
    let long_about = format!("{here}-long-about");
    if cmd.get_long_about().is_some() || crate::i18n::has(lang, &long_about) {
        cmd = cmd.long_about(crate::i18n::message(lang, &long_about, None));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|arg| arg.get_id().as_str().to_owned())
        .collect();
    let options = tr!(lang, "cli-heading-options");
    let arguments = tr!(lang, "cli-heading-arguments");
    for id in ids {
        let key = id.replace('_', "-");
        let own = format!("{here}-arg-{key}");
        let shared = format!("cli-arg-{key}");
        let message = if crate::i18n::has(lang, &own) {
            own
        } else {
            shared
        };
        let text = crate::i18n::message(lang, &message, None);
        let (options, arguments) = (options.clone(), arguments.clone());
        let here = here.clone();
        cmd = cmd.mut_arg(&id, move |arg| {
            let heading = if arg.is_positional() {
                arguments
            } else {
                options
            };
            let mut arg = if arg.get_help_heading().is_none() {
                arg.help_heading(heading)
            } else {
                arg
            };
            if arg.get_long_help().is_some() {
                arg = arg.long_help(text.clone());
            }
            let values = value_list(&arg, &here, &key, lang);
            // clap writes `[default: …]` and `[possible values: …]` in English:
            // in another language, or when the values are listed with their
            // help from the catalogue, they are written here instead.
            if lang == Lang::En && values.is_none() {
                return arg.help(text);
            }
            let (arg, text, long) = spec_values(arg, text, lang);
            match values {
                // `--help` lists each value with its help; `-h` names them.
                Some(list) => arg.long_help(format!("{long}\n\n{list}")).help(text),
                None => arg.help(text),
            }
        });
    }
    cmd = cmd
        .help_template(template.to_owned())
        .subcommand_help_heading(tr!(lang, "cli-heading-commands"));
    let children: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for child in children {
        let prefix = format!("{prefix}{name} ");
        cmd = cmd.mut_subcommand(&child, |sub| localize(sub, lang, &prefix, template));
    }
    cmd
}

/// Writes an argument's default and possible values after its help text, from
/// the catalogue, and hides clap's English ones. Returns the argument, the short
/// help (default and values) and the long help (default only: `--help` lists
/// the values below).
fn spec_values(mut arg: clap::Arg, mut text: String, lang: Lang) -> (clap::Arg, String, String) {
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        // A decimal default in the language's form (`0,5` in French), which
        // the number parsers accept as typed.
        let defaults: Vec<String> = defaults
            .iter()
            .map(|value| {
                if value.parse::<f64>().is_ok() {
                    let point = crate::i18n::number::decimal_point(lang);
                    value.replace('.', &point.to_string())
                } else {
                    value.clone()
                }
            })
            .collect();
        let extra = tr!(lang, "cli-default", value = defaults.join(", "));
        text = format!("{text} {extra}");
        arg = arg.hide_default_value(true);
    }
    let long = text.clone();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        let extra = tr!(lang, "cli-possible-values", values = values.join(", "));
        text = format!("{text} {extra}");
        arg = arg.hide_possible_values(true);
    }
    (arg, text, long)
}

/// `Possible values:` and one line per value with its help from the catalogue
/// (`cli-CMD-value-ARG-VALUE`, else `cli-value-ARG-VALUE`), when the values have
/// help (their doc comments in the `ValueEnum`); `None` otherwise.
fn value_list(arg: &clap::Arg, here: &str, key: &str, lang: Lang) -> Option<String> {
    let values: Vec<(String, String)> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .filter_map(|v| {
            let doc = v.get_help()?.to_string();
            Some((v.get_name().to_owned(), doc))
        })
        .collect();
    let width = values.iter().map(|(name, _)| name.chars().count()).max()?;
    let mut lines = vec![tr!(lang, "cli-possible-values-heading")];
    for (name, doc) in values {
        // A value the catalogue lacks keeps its doc comment; the test
        // `every_value_help_is_in_the_catalogue` fails on it.
        let help = value_help_id(here, key, &name, lang)
            .map_or(doc, |id| crate::i18n::message(lang, &id, None));
        let pad = " ".repeat(width - name.chars().count());
        lines.push(tr!(
            lang,
            "cli-value-item",
            name = name.as_str(),
            pad = pad,
            help = help
        ));
    }
    Some(lines.join("\n"))
}

/// The catalogue message of a value's help: `cli-CMD-value-ARG-VALUE`, else
/// `cli-value-ARG-VALUE`, if either exists.
fn value_help_id(here: &str, key: &str, value: &str, lang: Lang) -> Option<String> {
    [
        format!("{here}-value-{key}-{value}"),
        format!("cli-value-{key}-{value}"),
    ]
    .into_iter()
    .find(|id| crate::i18n::has(lang, id))
}

/// Parses the command line with the help in `lang`. A usage error is returned
/// ready to print: clap's own words in English, the catalogue's in French, with
/// the offending argument and the usage line; `--help` and `--version` come back
/// as errors too (clap prints them, with exit 0).
pub fn parse(args: &[OsString], lang: Lang) -> Result<Cli, UsageError> {
    let mut cmd = command(lang);
    let matches = cmd
        .try_get_matches_from_mut(args)
        .map_err(|error| UsageError::new(error, lang))?;
    Cli::from_arg_matches(&matches).map_err(|error| UsageError::new(error.with_cmd(&cmd), lang))
}

/// A command line clap refused (or `--help`/`--version`), with its text.
#[derive(Debug)]
pub struct UsageError {
    error: clap::Error,
    lang: Lang,
}

impl UsageError {
    fn new(error: clap::Error, lang: Lang) -> Self {
        UsageError { error, lang }
    }

    /// Exit status: 0 for `--help` and `--version`, 2 for a usage error.
    pub fn exit_code(&self) -> u8 {
        if self.error.use_stderr() { 2 } else { 0 }
    }

    /// Whether the text goes to standard error.
    pub fn to_stderr(&self) -> bool {
        self.error.use_stderr()
    }

    /// The text to print: help and version as clap renders them (from the
    /// catalogue already), errors in the user's language.
    pub fn text(&self) -> String {
        use clap::error::ErrorKind;
        let kind = self.error.kind();
        if self.lang == Lang::En
            || matches!(
                kind,
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            )
        {
            return self.error.render().to_string();
        }
        self.translated()
    }

    /// clap's suggestions ("did you mean"), each in its own code span:
    /// `schema` or `check`.
    fn suggestion(&self) -> Option<String> {
        use clap::error::{ContextKind, ContextValue};
        let lang = self.lang;
        [
            ContextKind::SuggestedArg,
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedValue,
        ]
        .into_iter()
        .map(|kind| match self.error.get(kind) {
            Some(ContextValue::Strings(texts)) => {
                let quoted: Vec<String> = texts.iter().map(|text| format!("`{text}`")).collect();
                match quoted.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        let or = tr!(lang, "trial-or");
                        format!("{} {or} {last}", rest.join(", "))
                    }
                    _ => quoted.join(""),
                }
            }
            Some(ContextValue::String(text)) => format!("`{text}`"),
            _ => String::new(),
        })
        .find(|s| !s.is_empty())
    }

    fn translated(&self) -> String {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let lang = self.lang;
        let get = |kind: ContextKind| -> String {
            match self.error.get(kind) {
                Some(ContextValue::String(text)) => text.clone(),
                Some(ContextValue::Strings(texts)) => texts.join(", "),
                Some(ContextValue::StyledStr(text)) => text.to_string(),
                Some(ContextValue::StyledStrs(texts)) => texts
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                Some(ContextValue::Number(n)) => n.to_string(),
                _ => String::new(),
            }
        };
        let arg = get(ContextKind::InvalidArg);
        let mut lines = Vec::new();
        match self.error.kind() {
            // `--criteria` last, or followed by another option: clap has no value.
            ErrorKind::InvalidValue if get(ContextKind::InvalidValue).is_empty() => {
                lines.push(tr!(lang, "trial-error-empty-value", arg = arg));
            }
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
                let mut line = tr!(
                    lang,
                    "cli-error-invalid-value",
                    value = get(ContextKind::InvalidValue),
                    arg = arg
                );
                let source = std::error::Error::source(&self.error);
                if let Some(bad) = source.and_then(|s| s.downcast_ref::<BadValue>()) {
                    line = format!(
                        "{line}{}",
                        tr!(lang, "io-detail", detail = bad.message(lang))
                    );
                } else if let Some(source) = source {
                    line = format!(
                        "{line}{}",
                        tr!(lang, "io-detail", detail = source.to_string())
                    );
                }
                lines.push(line);
                let valid = get(ContextKind::ValidValue);
                if !valid.is_empty() {
                    lines.push(tr!(lang, "cli-error-possible-values", values = valid));
                }
            }
            ErrorKind::UnknownArgument => {
                lines.push(tr!(lang, "cli-error-unknown-argument", arg = arg));
            }
            ErrorKind::InvalidSubcommand => {
                lines.push(tr!(
                    lang,
                    "cli-error-unknown-subcommand",
                    subcommand = get(ContextKind::InvalidSubcommand)
                ));
            }
            ErrorKind::MissingRequiredArgument => {
                lines.push(tr!(lang, "cli-error-missing-argument", args = arg));
            }
            ErrorKind::ArgumentConflict => {
                lines.push(tr!(
                    lang,
                    "cli-error-conflict",
                    arg = arg,
                    other = get(ContextKind::PriorArg)
                ));
            }
            ErrorKind::WrongNumberOfValues | ErrorKind::TooManyValues | ErrorKind::TooFewValues => {
                lines.push(tr!(lang, "cli-error-value-count", arg = arg));
            }
            ErrorKind::MissingSubcommand => lines.push(tr!(lang, "cli-error-missing-subcommand")),
            _ => lines.push(tr!(lang, "cli-error-other")),
        }
        let suggestion = self.suggestion();
        if let Some(suggestion) = suggestion {
            lines.push(format!(
                "  {}",
                tr!(lang, "cli-error-suggestion", suggestion = suggestion)
            ));
        }
        let mut text = format!("{} {}\n", tr!(lang, "error-prefix"), lines.join("\n"));
        let usage = get(ContextKind::Usage);
        if !usage.is_empty() {
            let usage = usage.trim_start_matches("Usage:").trim();
            text.push_str(&format!("\n{} {usage}\n", tr!(lang, "cli-heading-usage")));
        }
        text.push_str(&format!("\n{}\n", tr!(lang, "cli-error-more")));
        text
    }
}

#[cfg(test)]
mod tests {
    use super::args::{parse_score, parse_share};
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_debug_assert() {
        Cli::command().debug_assert();
        for lang in Lang::ALL {
            command(lang).debug_assert();
        }
    }

    /// Every value shown with a help (a doc comment in its `ValueEnum`) has
    /// that help in the catalogue, in every language.
    #[test]
    fn every_value_help_is_in_the_catalogue() {
        fn walk(cmd: &clap::Command, root: bool, missing: &mut Vec<String>) {
            let here = if root {
                "cli".to_owned()
            } else {
                format!("cli-{}", cmd.get_name())
            };
            for arg in cmd.get_arguments() {
                let key = arg.get_id().as_str().replace('_', "-");
                for value in arg.get_possible_values() {
                    if value.get_help().is_none() {
                        continue;
                    }
                    for lang in Lang::ALL {
                        if value_help_id(&here, &key, value.get_name(), lang).is_none() {
                            missing.push(format!(
                                "{here}-value-{key}-{} ({})",
                                value.get_name(),
                                lang.code()
                            ));
                        }
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, false, missing);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, true, &mut missing);
        assert!(missing.is_empty(), "no catalogue help for {missing:?}");
    }

    #[test]
    fn score_parsers_reject_out_of_range() {
        assert_eq!(parse_score("75"), Ok(75.0));
        assert!(parse_score("101").is_err());
        assert!(parse_score("abc").is_err());
        assert_eq!(parse_share("0.5"), Ok(0.5));
        assert!(parse_share("1.5").is_err());
        // The decimal comma of the French help: `0,7` is 0.7, `62,5` is 62.5.
        assert_eq!(parse_share("0,7"), Ok(0.7));
        assert_eq!(parse_score("62,5"), Ok(62.5));
        assert!(parse_share("1,5").is_err());
        assert!(parse_share("0,5.1").is_err());
    }

    #[test]
    fn samples_are_a_whole_number_in_range() {
        use super::args::{MAX_SAMPLES, parse_samples};
        assert_eq!(parse_samples("1"), Ok(1));
        assert_eq!(parse_samples("1000000"), Ok(MAX_SAMPLES));
        assert!(parse_samples("0").is_err());
        assert!(parse_samples("1000001").is_err());
        assert!(parse_samples("2.5").is_err());
    }
}
