//! `clawctl budget estimate`: estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so).

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The session the turn would run in.
    #[arg(long, group = "who", required = true)]
    pub session: Option<String>,
    /// The person sending it.
    #[arg(long, group = "who")]
    pub user: Option<String>,
    /// The new message text.
    #[arg(long, group = "input", required = true)]
    pub message: Option<String>,
    /// Read the new message from a file (- for stdin).
    #[arg(long, group = "input", value_name = "FILE")]
    pub file: Option<std::path::PathBuf>,
    /// The model to price (default: the session's last model).
    #[arg(long)]
    pub model: Option<String>,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("budget estimate"))
}
