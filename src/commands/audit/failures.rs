//! `clawctl audit failures`: failed operations that may be an attack, grouped by action and actor.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only groups with at least this many failures.
    #[arg(long, default_value_t = 10)]
    pub min: u64,
    /// Look back this far: dates (2026-11-01), ISO times, or durations back from now (7d, 12h).
    #[arg(long, default_value = "7d")]
    pub since: String,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("audit failures"))
}
