//! `outsource questionnaires` (being built).

use std::io::Write;

use crate::app::{Context, Exit};
use crate::cli::*;

pub fn run(
    _ctx: &Context,
    _args: &QuestionnairesArgs,
    _out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    writeln!(err, "error: `outsource questionnaires` is not built yet")?;
    Ok(Exit::InputError)
}
