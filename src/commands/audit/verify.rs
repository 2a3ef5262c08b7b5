//! `clawctl audit verify`: verify the hash chain; name the first row that was edited, deleted, inserted or reordered.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the head hash, to keep somewhere else.
    #[arg(long)]
    pub anchor: bool,
    /// Fail unless the chain's head is this hash (detects a truncated tail).
    #[arg(long, value_name = "HASH")]
    pub expect_head: Option<String>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("audit verify"))
}
