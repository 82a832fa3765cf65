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
pub fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut command = Cli::command();
    let name = command.get_name().to_owned();
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut command, name, &mut buffer);
    buffer
}

pub fn run(
    ctx: &Context,
    args: &CompletionsArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    out.write_all(&script(args.shell))?;
    if ctx.verbose {
        writeln!(
            err,
            "{}",
            ctx.lang.pick(
                "hint: save this script where your shell loads completions (see `outsource completions --help`)",
                "astuce : enregistrez ce script là où votre shell charge les complétions (voir `outsource completions --help`)",
            )
        )?;
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
}
