//! `clawctl user list`: everyone clawctl can find: ids, channels, sessions, messages, media, cost.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("user list"))
}
