//! `clawctl retention enforce`: apply the retention policy (safe from cron while the bot runs).

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show what would be removed without removing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Stop cleanly after this long (e.g. 10m); the next run continues.
    #[arg(long, value_name = "DURATION")]
    pub max_runtime: Option<String>,
    /// A policy file instead of clawctl's config file.
    #[arg(long, env = "CLAWCTL_POLICY", value_name = "FILE")]
    pub policy: Option<std::path::PathBuf>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("retention enforce"))
}
