//! `clawctl metrics`: Prometheus exposition from the ops database and the bot's files;
//! `clawctl metrics serve` serves it over HTTP.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

pub mod serve;

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Serve /metrics and /health over HTTP for Prometheus and uptime monitors.
    Serve(serve::Args),
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    match args.command {
        Some(Command::Serve(a)) => serve::run(ctx, a),
        None => Err(crate::error::not_implemented("metrics")),
    }
}
