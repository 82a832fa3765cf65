//! `outsource check` (being built).

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::*;

pub fn run(
    _ctx: &Context,
    _args: &CheckArgs,
    _out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    writeln!(err, "error: `outsource check` is not built yet")?;
    Ok(Exit::InputError)
}
