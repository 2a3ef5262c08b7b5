//! `clawctl retention release`: release a legal hold.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Release the hold on this person.
    #[arg(long, group = "target", required = true)]
    pub user: Option<String>,
    /// Release the hold on this session key.
    #[arg(long, group = "target")]
    pub session: Option<String>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("retention release"))
}
