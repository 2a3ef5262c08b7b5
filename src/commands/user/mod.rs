//! `clawctl user`: the subcommands, one file each.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

pub mod export;
pub mod list;
pub mod purge;
pub mod show;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Everyone clawctl can find: ids, channels, sessions, messages, media, cost.
    List(list::Args),
    /// One person in detail, and where each piece of their data lives.
    Show(show::Args),
    /// Export everything about one person (GDPR Art. 15/20) as a zip or JSON.
    Export(export::Args),
    /// Erase one person everywhere clawctl can reach (GDPR Art. 17).
    Purge(purge::Args),
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::List(args) => list::run(ctx, args),
        Command::Show(args) => show::run(ctx, args),
        Command::Export(args) => export::run(ctx, args),
        Command::Purge(args) => purge::run(ctx, args),
    }
}
