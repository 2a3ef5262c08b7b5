//! `clawctl retention`: the subcommands, one file each.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

pub mod enforce;
pub mod hold;
pub mod release;
pub mod show;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The effective policy and what it would remove right now.
    Show(show::Args),
    /// Apply the retention policy (safe from cron while the bot runs).
    Enforce(enforce::Args),
    /// Place a legal hold: exempt a person's or a session's data from every rule.
    Hold(hold::Args),
    /// Release a legal hold.
    Release(release::Args),
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Show(args) => show::run(ctx, args),
        Command::Enforce(args) => enforce::run(ctx, args),
        Command::Hold(args) => hold::run(ctx, args),
        Command::Release(args) => release::run(ctx, args),
    }
}
