//! `clawctl audit log`: append an event to the audit trail (for scripts, hooks and the bot side).

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// What was done (`send_message`, `file_delete`, …).
    #[arg(long)]
    pub action: String,
    /// What it was done to.
    #[arg(long, default_value = "")]
    pub target: String,
    /// success, failed or partial.
    #[arg(long, default_value = "success")]
    pub result: String,
    /// low, medium or high.
    #[arg(long, default_value = "low")]
    pub risk: String,
    /// Metadata as a JSON object.
    #[arg(long, value_name = "JSON")]
    pub meta: Option<String>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("audit log"))
}
