//! `clawctl health`: probe the gateway, ops database, state directory, disk and memory.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gateway base URL. Default: http://127.0.0.1:<port> with the port from
    /// OPENCLAW_GATEWAY_PORT, then the config's gateway.port, then 18789.
    #[arg(long, env = "CLAWCTL_GATEWAY_URL", value_name = "URL")]
    pub gateway_url: Option<String>,
    /// Also check each configured channel's API (Telegram getMe and the like).
    #[arg(long)]
    pub channels: bool,
    /// Also check each configured model provider's API.
    #[arg(long)]
    pub providers: bool,
    /// Add slow checks (PRAGMA quick_check on the ops database).
    #[arg(long)]
    pub deep: bool,
    /// One Nagios plugin line and exit 0/1/2/3 (OK/WARNING/CRITICAL/UNKNOWN).
    #[arg(long)]
    pub nagios: bool,
    /// Write the result to this file atomically (for the node_exporter textfile collector).
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Repeat every interval (e.g. 30s) until interrupted.
    #[arg(long, value_name = "INTERVAL")]
    pub watch: Option<String>,
    /// Timeout for each network probe (e.g. 2s).
    #[arg(long, default_value = "3s", value_name = "DURATION")]
    pub timeout: String,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("health"))
}
