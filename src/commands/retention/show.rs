//! `clawctl retention show`: the effective policy and what it would remove right now.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A policy file instead of clawctl's config file.
    #[arg(long, env = "CLAWCTL_POLICY", value_name = "FILE")]
    pub policy: Option<std::path::PathBuf>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("retention show"))
}
