//! `clawctl db backup`: write a consistent copy of the ops database (SQLite online backup).

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write the backup.
    pub file: std::path::PathBuf,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("db backup"))
}
