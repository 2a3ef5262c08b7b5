//! `clawctl user purge`: erase one person everywhere clawctl can reach (GDPR Art. 17).

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Peer id (`+8613800138000`, `telegram:123456789`) or identityLinks name.
    pub id: String,
    /// List exactly what would be removed (files, rows, bytes) and change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("user purge"))
}
