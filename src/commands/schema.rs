//! `outsource schema KIND`: writes the JSON Schema of a file format to standard
//! output. The same schemas are committed under `schemas/`.

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::SchemaArgs;
use crate::schema;
use crate::tr;

pub(crate) fn run(
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
            tr!(ctx.lang, "schema-hint", name = name.to_owned())
        )?;
    }
    Ok(Exit::Ok)
}
