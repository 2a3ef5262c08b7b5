//! `clawctl user show`: one person in detail, and where each piece of their data lives.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Peer id (`+8613800138000`, `telegram:123456789`) or identityLinks name.
    pub id: String,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("user show"))
}
