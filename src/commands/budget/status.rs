//! `clawctl budget status`: spent, limit, remaining and projected end-of-period spend for each budget.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Time zone for day and month boundaries (IANA name). Default: local.
    #[arg(long, env = "CLAWCTL_TZ", value_name = "ZONE")]
    pub tz: Option<String>,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("budget status"))
}
