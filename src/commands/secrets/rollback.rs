//! `clawctl secrets rollback`: put migrated secrets back into the files in plaintext (explicit request only).

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show the plan without changing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Secret backend to read from.
    #[arg(long, env = "CLAWCTL_SECRETS_BACKEND", value_name = "BACKEND")]
    pub backend: Option<String>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("secrets rollback"))
}
