//! `clawctl metrics serve`: /metrics and /health over HTTP, syncing in the background.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on.
    #[arg(
        long,
        default_value = "127.0.0.1:9091",
        env = "CLAWCTL_METRICS_LISTEN",
        value_name = "ADDR"
    )]
    pub listen: String,
    /// How often to sync new transcript entries in the background (e.g. 30s).
    #[arg(long, default_value = "30s", value_name = "INTERVAL")]
    pub sync_interval: String,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("metrics serve"))
}
