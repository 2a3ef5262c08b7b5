//! `clawctl budget check`: for cron: exit 3 and name each budget above the threshold.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Warn at this share of a budget, in percent.
    #[arg(long, default_value_t = 80.0, value_name = "PERCENT")]
    pub threshold: f64,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("budget check"))
}
