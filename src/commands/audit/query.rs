//! `clawctl audit query`: query the audit trail.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this action.
    #[arg(long)]
    pub action: Option<String>,
    /// Only targets matching this glob.
    #[arg(long)]
    pub target: Option<String>,
    /// Only this result: success, failed or partial.
    #[arg(long)]
    pub result: Option<String>,
    /// Only this risk level: low, medium or high.
    #[arg(long)]
    pub risk: Option<String>,
    /// Only events at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h).
    #[arg(long)]
    pub since: Option<String>,
    /// Only events before this time.
    #[arg(long)]
    pub until: Option<String>,

    /// At most this many events.
    #[arg(long)]
    pub limit: Option<u64>,
    /// Order by time: asc or desc.
    #[arg(long, default_value = "desc")]
    pub order: String,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("audit query"))
}
