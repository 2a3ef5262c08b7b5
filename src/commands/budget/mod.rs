//! `clawctl budget`: the subcommands, one file each.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

pub mod check;
pub mod estimate;
pub mod list;
pub mod set;
pub mod status;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Set a daily or monthly spending limit in USD.
    Set(set::Args),
    /// List budgets.
    List(list::Args),
    /// Spent, limit, remaining and projected end-of-period spend for each budget.
    Status(status::Args),
    /// Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so).
    Estimate(estimate::Args),
    /// For cron: exit 3 and name each budget above the threshold.
    Check(check::Args),
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Set(args) => set::run(ctx, args),
        Command::List(args) => list::run(ctx, args),
        Command::Status(args) => status::run(ctx, args),
        Command::Estimate(args) => estimate::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
    }
}
