//! `clawctl db migrate-to`: copy the SQLite ops database into PostgreSQL (resumable, verified).

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Target database URL (`postgres://user@host/db`).
    pub url: String,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("db migrate-to"))
}
