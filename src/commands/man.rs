//! `outsource man [SUBCOMMAND]`: writes a manual page (roff) to standard output:
//! `outsource(1)` by default, `outsource-check(1)` with `check`, and so on.
//! For example `outsource man | man -l -`, or
//! `outsource man check > ~/.local/share/man/man1/outsource-check.1`.

use std::io::Write;

use clap::CommandFactory;

use crate::app::{Context, Exit, Failure};
use crate::cli::{Cli, ManArgs};
use crate::lang::Lang;

/// The roff text of `outsource(1)`, or of `outsource-SUBCOMMAND(1)`;
/// `Ok(None)` when there is no such subcommand.
pub fn page(subcommand: Option<&str>) -> std::io::Result<Option<Vec<u8>>> {
    let mut command = Cli::command();
    // Propagates the global options and the version to the subcommands.
    command.build();
    let source = format!("outsource {}", command.get_version().unwrap_or_default());
    let command = match subcommand {
        None => command,
        Some(name) => {
            let Some(sub) = command.find_subcommand(name) else {
                return Ok(None);
            };
            sub.clone()
                .display_name(format!("outsource-{}", sub.get_name()))
                .bin_name(format!("outsource {}", sub.get_name()))
        }
    };
    let mut buffer = Vec::new();
    clap_mangen::Man::new(command)
        .source(source)
        .render(&mut buffer)?;
    Ok(Some(buffer))
}

/// The subcommands that have a page.
fn subcommand_names() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set())
        .map(|sub| sub.get_name().to_owned())
        .collect()
}

pub fn run(
    ctx: &Context,
    args: &ManArgs,
    out: &mut dyn Write,
    _err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    match page(args.subcommand.as_deref())? {
        Some(text) => {
            out.write_all(&text)?;
            Ok(Exit::Ok)
        }
        None => {
            let name = args.subcommand.as_deref().unwrap_or_default();
            let names = subcommand_names().join(", ");
            let message = match ctx.lang {
                Lang::En => format!("no subcommand `{name}`\n  help: expected one of: {names}"),
                Lang::Fr => {
                    format!("pas de sous-commande `{name}`\n  aide : attendu : {names}")
                }
            };
            Err(Failure::new(Exit::InputError, message).into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_page_names_every_subcommand() {
        let text = String::from_utf8(page(None).unwrap().unwrap()).unwrap();
        assert!(text.contains(".TH outsource 1"), "{text}");
        for sub in subcommand_names() {
            assert!(
                text.contains(&format!("outsource\\-{sub}(1)")),
                "lacks {sub}"
            );
        }
    }

    #[test]
    fn subcommand_pages() {
        for sub in subcommand_names() {
            let text = String::from_utf8(page(Some(&sub)).unwrap().unwrap()).unwrap();
            assert!(text.contains(&format!(".TH outsource-{sub} 1")), "{text}");
        }
        assert!(page(Some("nope")).unwrap().is_none());
    }
}
