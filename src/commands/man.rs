//! `outsource man [SUBCOMMAND]`: writes a manual page (roff) to standard output:
//! `outsource(1)` by default, `outsource-check(1)` with `check`, and so on.
//! For example `outsource man | man -l -`, or
//! `outsource man check > ~/.local/share/man/man1/outsource-check.1`.

use std::io::Write;

use clap::CommandFactory;

use crate::app::{Context, Exit, Failure};
use crate::cli::{self, Cli, ManArgs};
use crate::lang::Lang;

/// The date of the pages' last real change, for the `.TH` line (`YYYY-MM-DD`, as
/// man-pages(7) asks). Not the build date, so the pages are reproducible. The test
/// `the_date_moves_with_the_pages` fails when the pages change and this date does
/// not: it then prints the fingerprint to put in [`PAGES_FINGERPRINT`].
const DATE: &str = "2026-11-30";

/// FNV-1a 64 of every page in both languages with the date left out, as of [`DATE`].
#[cfg(test)]
const PAGES_FINGERPRINT: u64 = 0xbbdf_a2cd_890a_0739;

/// The roff text of `outsource(1)`, or of `outsource-SUBCOMMAND(1)`;
/// `Ok(None)` when there is no such subcommand.
pub(crate) fn page(subcommand: Option<&str>, lang: Lang) -> std::io::Result<Option<Vec<u8>>> {
    let mut command = cli::command(lang);
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
        .date(DATE)
        .source(source)
        .manual(crate::tr!(lang, "man-manual"))
        .render(&mut buffer)?;
    let roff = translate_sections(&String::from_utf8_lossy(&buffer), lang);
    Ok(Some(tidy(&roff).into_bytes()))
}

/// clap_mangen writes its section names (`.SH NAME`, `SYNOPSIS`…) and
/// "Possible values:" in English: they are replaced by the catalogue's
/// (`man-section-*`), in every language, so the English page comes from the
/// catalogue too.
fn translate_sections(roff: &str, lang: Lang) -> String {
    const SECTIONS: [(&str, &str); 7] = [
        ("NAME", "man-section-name"),
        ("SYNOPSIS", "man-section-synopsis"),
        ("DESCRIPTION", "man-section-description"),
        ("OPTIONS", "man-section-options"),
        ("EXTRA", "man-section-extra"),
        ("VERSION", "man-section-version"),
        ("AUTHORS", "man-section-authors"),
    ];
    let mut out = String::with_capacity(roff.len());
    for line in roff.lines() {
        let heading = line
            .strip_prefix(".SH ")
            .map(|h| h.trim().trim_matches('"'));
        match heading.and_then(|h| SECTIONS.iter().find(|(name, _)| *name == h)) {
            Some((_, id)) => {
                let name = crate::tr!(lang, id);
                if name.contains(char::is_whitespace) {
                    out.push_str(&format!(".SH \"{name}\""));
                } else {
                    out.push_str(&format!(".SH {name}"));
                }
            }
            None => {
                // The values listed in a long help, one a line (roff would
                // fill them into one paragraph).
                if line.starts_with("\\- ") {
                    out.push_str(".br\n");
                }
                out.push_str(&line.replace(
                    "Possible values:",
                    &crate::tr!(lang, "cli-possible-values-heading"),
                ));
            }
        }
        out.push('\n');
    }
    out
}

/// Makes clap_mangen's roff clean under `mandoc -Tlint` and readable by any roff:
/// - declares the encoding on the first line (the coding tag that groff's
///   preconv reads with `groff -k`), and writes every non-ASCII character as a
///   `\[uXXXX]` escape, so even a roff that ignores the tag shows "Français";
/// - turns the `.br`, blank line, `.br` that separates a paragraph from its list
///   of values into one `.sp` (mandoc: "skipping paragraph macro"), and drops any
///   other `.br` next to a `.sp` or a blank line;
/// - trims spaces at the ends of lines.
fn tidy(roff: &str) -> String {
    let lines: Vec<&str> = roff.lines().map(str::trim_end).collect();
    let is_space = |line: &str| line.is_empty() || line == ".sp";
    let mut kept: Vec<String> = vec![".\\\" -*- coding: utf-8 -*-".to_owned()];
    for (k, line) in lines.iter().enumerate() {
        if line.is_empty() {
            // A blank line is a `.sp` in roff.
            if kept.last().is_some_and(|l| l == ".br") {
                kept.pop();
            }
            if kept.last().is_none_or(|l| l != ".sp") {
                kept.push(".sp".to_owned());
            }
            continue;
        }
        if *line == ".br"
            && (kept.last().is_some_and(|l| is_space(l))
                || lines.get(k + 1).is_some_and(|l| is_space(l)))
        {
            continue;
        }
        kept.push(escape_non_ascii(line));
    }
    let mut text = kept.join("\n");
    text.push('\n');
    text
}

/// `ç` becomes `\[u00E7]`: groff and mandoc both read it, whatever the input
/// encoding they assume.
fn escape_non_ascii(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    out
}

/// The subcommands that have a page.
fn subcommand_names() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set())
        .map(|sub| sub.get_name().to_owned())
        .collect()
}

pub(crate) fn run(
    ctx: &Context,
    args: &ManArgs,
    out: &mut dyn Write,
    _err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    match page(args.subcommand.as_deref(), ctx.lang)? {
        Some(text) => {
            out.write_all(&text)?;
            Ok(Exit::Ok)
        }
        None => {
            let name = args.subcommand.as_deref().unwrap_or_default();
            let names = subcommand_names().join(", ");
            let message = crate::tr!(ctx.lang, "man-no-subcommand", name = name, names = names);
            Err(Failure::new(Exit::InputError, message).into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_page_names_every_subcommand() {
        let text = String::from_utf8(page(None, Lang::En).unwrap().unwrap()).unwrap();
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
            let text = String::from_utf8(page(Some(&sub), Lang::En).unwrap().unwrap()).unwrap();
            assert!(text.contains(&format!(".TH outsource-{sub} 1")), "{text}");
        }
        assert!(page(Some("nope"), Lang::En).unwrap().is_none());
    }

    #[test]
    fn tidy_declares_the_encoding_and_merges_breaks() {
        let roff = ".TH x 1 \n.TP\nText\n.br\n\n.br\n\\fIPossible values:\\fR\nfr: Français\n";
        assert_eq!(
            tidy(roff),
            ".\\\" -*- coding: utf-8 -*-\n.TH x 1\n.TP\nText\n.sp\n\\fIPossible values:\\fR\nfr: Fran\\[u00E7]ais\n"
        );
    }

    /// FNV-1a, 64 bits: stable across Rust versions, unlike `DefaultHasher`.
    fn fnv1a(bytes: &[u8], mut hash: u64) -> u64 {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        hash
    }

    #[test]
    fn fnv1a_matches_the_reference_values() {
        // Offset basis 0xcbf29ce484222325; "a" is the FNV test vector 0xaf63dc4c8601ec8c.
        assert_eq!(fnv1a(b"", 0xcbf2_9ce4_8422_2325), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a", 0xcbf2_9ce4_8422_2325), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn the_date_moves_with_the_pages() {
        let mut hash = 0xcbf2_9ce4_8422_2325;
        let names = cli::command(Lang::En)
            .get_subcommands()
            .map(|sub| Some(sub.get_name().to_owned()))
            .collect::<Vec<_>>();
        for lang in [Lang::En, Lang::Fr] {
            for name in std::iter::once(None).chain(names.iter().cloned()) {
                let page = page(name.as_deref(), lang).unwrap().unwrap();
                let text = String::from_utf8(page).unwrap().replace(DATE, "");
                hash = fnv1a(text.as_bytes(), hash);
            }
        }
        assert_eq!(
            hash, PAGES_FINGERPRINT,
            "the man pages changed: set DATE to today and PAGES_FINGERPRINT to {hash:#x}"
        );
    }

    #[test]
    fn the_title_line_has_a_date_then_the_version() {
        let text = String::from_utf8(page(None, Lang::En).unwrap().unwrap()).unwrap();
        let version = env!("CARGO_PKG_VERSION");
        assert!(
            text.contains(&format!(
                ".TH outsource 1 {DATE} \"outsource {version}\" \"User Commands\""
            )),
            "{text}"
        );
        assert!(!text.contains(".br\n.sp") && !text.contains(".sp\n.br"));
        assert!(text.is_ascii());
    }
}
