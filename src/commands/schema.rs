//! `outsource schema KIND`: writes the JSON Schema of a file format to standard
//! output. The same schemas are committed under `schemas/`.

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::SchemaArgs;
use crate::schema;

pub fn run(
    ctx: &Context,
    args: &SchemaArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    out.write_all(schema::render(args.kind).as_bytes())?;
    if ctx.verbose {
        let name = args.kind.name();
        writeln!(
            err,
            "{}",
            match ctx.lang {
                crate::lang::Lang::En => format!(
                    "hint: start a TOML file with `#:schema PATH/{name}.schema.json` so taplo-based editors complete and check it"
                ),
                crate::lang::Lang::Fr => format!(
                    "astuce : commencez un fichier TOML par `#:schema CHEMIN/{name}.schema.json` pour que les éditeurs basés sur taplo le complètent et le vérifient"
                ),
            }
        )?;
    }
    Ok(Exit::Ok)
}
