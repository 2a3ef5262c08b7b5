//! `clawctl audit`: the subcommands, one file each.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

pub mod failures;
pub mod log;
pub mod query;
pub mod stats;
pub mod tail;
pub mod verify;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Append an event to the audit trail (for scripts, hooks and the bot side).
    Log(log::Args),
    /// Query the audit trail.
    Query(query::Args),
    /// Verify the hash chain; name the first row that was edited, deleted, inserted or reordered.
    Verify(verify::Args),
    /// Failed operations that may be an attack, grouped by action and actor.
    Failures(failures::Args),
    /// Show the newest events; with -f keep following new ones.
    Tail(tail::Args),
    /// Events per action, actor and risk over a period.
    Stats(stats::Args),
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Log(args) => log::run(ctx, args),
        Command::Query(args) => query::run(ctx, args),
        Command::Verify(args) => verify::run(ctx, args),
        Command::Failures(args) => failures::run(ctx, args),
        Command::Tail(args) => tail::run(ctx, args),
        Command::Stats(args) => stats::run(ctx, args),
    }
}
