//! `outsource validate` (being built).

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::*;

pub fn run(
    _ctx: &Context,
    _args: &ValidateArgs,
    _out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    writeln!(err, "error: `outsource validate` is not built yet")?;
    Ok(Exit::InputError)
}
