//! `clawctl cost reprice`: re-estimate costs of rows without a recorded cost, after a price change.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A pricing file (LiteLLM model_prices_and_context_window.json format accepted).
    #[arg(long, env = "CLAWCTL_PRICING", value_name = "FILE")]
    pub pricing: Option<std::path::PathBuf>,
    /// Show what would change without writing.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("cost reprice"))
}
