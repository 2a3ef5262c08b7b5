//! `clawctl retention hold`: place a legal hold: exempt a person's or a session's data from every rule.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Hold everything of this person.
    #[arg(long, group = "target", required = true)]
    pub user: Option<String>,
    /// Hold everything of this session key.
    #[arg(long, group = "target")]
    pub session: Option<String>,
    /// Why (recorded with the hold).
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("retention hold"))
}
