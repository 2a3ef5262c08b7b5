//! `clawctl audit`: the subcommands, one file each, and what they share: opening the ops
//! database with rows the bot left unsealed sealed first, and the filters.

use crate::app::Ctx;
use crate::output::Output;
use crate::store::Store;
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

/// The ops database with rows the bot side inserted unsealed sealed into the chain. A
/// database this user cannot write (an auditor's read-only copy) is read as it is.
pub fn sealed_store(ctx: &mut Ctx) -> Result<&mut Store> {
    let sealed = crate::audit::chain::seal_pending(ctx.store()?);
    match sealed {
        Ok(n) if n > 0 => ctx.verbose(format!("sealed {n} audit events into the hash chain")),
        Ok(_) => {}
        Err(e) => ctx.warn(format!("could not seal new audit events: {e:#}")),
    }
    ctx.store()
}

/// `--since`/`--until` to Unix ms.
pub fn time_arg(flag: &str, value: Option<&str>) -> Result<Option<i64>> {
    let now = crate::state::sessions::now_ms();
    value
        .map(|v| crate::timeparse::parse_time(flag, v, now))
        .transpose()
}
