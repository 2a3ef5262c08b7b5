//! `clawctl audit stats`: events per action, actor and risk over a period.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Look back this far: dates (2026-11-01), ISO times, or durations back from now (7d, 12h).
    #[arg(long, default_value = "30d")]
    pub since: String,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("audit stats"))
}
