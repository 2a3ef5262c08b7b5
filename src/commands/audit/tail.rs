//! `clawctl audit tail`: show the newest events; with -f keep following new ones.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Keep following new events as they arrive.
    #[arg(short, long)]
    pub follow: bool,
    /// How many recent events to show first.
    #[arg(short = 'n', long, default_value_t = 10)]
    pub lines: u64,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("audit tail"))
}
