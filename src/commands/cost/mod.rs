//! `clawctl cost`: the subcommands, one file each.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

pub mod report;
pub mod reprice;
pub mod top;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Cost attribution report: requests, tokens, cost and share, grouped.
    Report(report::Args),
    /// The most expensive sessions or single turns (\"what was that $5 turn\").
    Top(top::Args),
    /// Re-estimate costs of rows without a recorded cost, after a price change.
    Reprice(reprice::Args),
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Report(args) => report::run(ctx, args),
        Command::Top(args) => top::run(ctx, args),
        Command::Reprice(args) => reprice::run(ctx, args),
    }
}
