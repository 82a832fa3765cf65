//! `outsource completions SHELL`: writes a completion script for bash, zsh, fish,
//! PowerShell or elvish to standard output.
//!
//! Install, for example: `outsource completions bash > ~/.local/share/bash-completion/completions/outsource`,
//! `outsource completions zsh > ~/.zfunc/_outsource`,
//! `outsource completions fish > ~/.config/fish/completions/outsource.fish`.

use std::io::Write;

use clap::CommandFactory;

use crate::app::{Context, Exit};
use crate::cli::{Cli, CompletionsArgs};

/// The completion script for `shell`, as bytes.
pub(crate) fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut command = completion_command();
    let name = command.get_name().to_owned();
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut command, name.clone(), &mut buffer);
    if shell == clap_complete::Shell::Fish {
        let text = String::from_utf8_lossy(&buffer);
        return fix_fish(&text, &command, &name).into_bytes();
    }
    buffer
}

/// The command line as the shells should see it: `outsource man SUBCOMMAND`
/// takes any string when parsing (so that a wrong name gets our own message), but
/// completes the subcommands' names.
fn completion_command() -> clap::Command {
    let command = Cli::command();
    let pages: Vec<clap::builder::PossibleValue> = command
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set())
        .map(|sub| {
            let value = clap::builder::PossibleValue::new(sub.get_name().to_owned());
            match sub.get_about() {
                Some(about) => value.help(about.clone()),
                None => value,
            }
        })
        .collect();
    command.mut_subcommand("man", |man| {
        man.mut_arg("subcommand", |arg| {
            arg.value_parser(clap::builder::PossibleValuesParser::new(pages))
        })
    })
}

/// Two gaps of clap_complete's fish script (clap_complete 4.6):
/// - `outsource --lang <TAB>` offered file names: the function that looks for
///   the subcommand runs fish's `argparse` on the words so far, which fails on an
///   option still waiting for its value, so no completion applied. On failure it
///   now tries again without the last word.
/// - positional values (`completions SHELL`, `schema KIND`, `man SUBCOMMAND`)
///   were not completed at all, and file names came instead: one `complete` line
///   per value, with `-f`.
fn fix_fish(script: &str, command: &clap::Command, name: &str) -> String {
    let strict =
        "    argparse -s (__fish_NAME_global_optspecs) -- $cmd 2>/dev/null\n    or return\n"
            .replace("NAME", name);
    let tolerant = "    argparse -s (__fish_NAME_global_optspecs) -- $cmd 2>/dev/null\n    or begin\n        # An option still waiting for its value (`NAME --lang `): look without it.\n        set -e cmd[-1]\n        argparse -s (__fish_NAME_global_optspecs) -- $cmd 2>/dev/null\n    end\n    or return\n"
        .replace("NAME", name);
    let mut out = script.replace(&strict, &tolerant);
    for sub in command.get_subcommands() {
        for arg in sub.get_positionals() {
            for value in arg.get_possible_values() {
                if value.is_hide_set() {
                    continue;
                }
                let help = value
                    .get_help()
                    .map(|h| format!(" -d '{}'", fish_quote(&h.to_string())))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "complete -c {name} -n \"__fish_{name}_using_subcommand {}\" -f -a '{}'{help}\n",
                    sub.get_name(),
                    fish_quote(value.get_name())
                ));
            }
        }
    }
    out
}

/// Text inside fish single quotes: only `\\` and `'` need a backslash.
fn fish_quote(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\'', "\\'")
}

pub(crate) fn run(
    ctx: &Context,
    args: &CompletionsArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    out.write_all(&script(args.shell))?;
    if ctx.verbose {
        writeln!(err, "{}", crate::tr!(ctx.lang, "completions-hint"))?;
    }
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_gets_a_script_naming_the_subcommands() {
        use clap::ValueEnum;
        for shell in clap_complete::Shell::value_variants() {
            let text = String::from_utf8(script(*shell)).unwrap();
            assert!(text.contains("outsource"), "{shell}");
            for sub in ["check", "validate", "completions", "man"] {
                assert!(text.contains(sub), "{shell} lacks {sub}");
            }
        }
    }

    #[test]
    fn every_shell_completes_the_man_pages_and_the_enumerated_values() {
        use clap_complete::Shell;
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let text = String::from_utf8(script(shell)).unwrap();
            for value in [
                "validate",      // outsource man SUBCOMMAND
                "powershell",    // outsource completions SHELL
                "questionnaire", // outsource schema KIND
                "codequality",   // check --format
                "never",         // --color
                "fr",            // --lang
            ] {
                assert!(text.contains(value), "{shell} lacks {value}");
            }
        }
    }

    #[test]
    fn fish_tolerates_an_option_waiting_for_its_value() {
        let text = String::from_utf8(script(clap_complete::Shell::Fish)).unwrap();
        assert!(text.contains("        set -e cmd[-1]\n"), "{text}");
        assert!(
            text.contains(
                "complete -c outsource -n \"__fish_outsource_using_subcommand completions\" -f -a 'bash'\n"
            ),
            "{text}"
        );
        assert!(text.contains(
            "complete -c outsource -n \"__fish_outsource_using_subcommand man\" -f -a 'check' -d 'Score project briefs"
        ));
        assert_eq!(fish_quote("it's a\\b"), "it\\'s a\\\\b");
    }
}
