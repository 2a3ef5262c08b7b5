//! The commands. The tree mirrors the command line: `src/commands/user/export.rs` is
//! `clawctl user export`. Each returns data ([`Output`]); nothing here prints results.

use crate::app::Ctx;
use crate::cli::Command;
use crate::output::Output;
use anyhow::Result;

pub mod audit;
pub mod budget;
pub mod completions;
pub mod cost;
pub mod db;
pub mod health;
pub mod man;
pub mod metrics;
pub mod retention;
pub mod secrets;
pub mod status;
pub mod sync;
pub mod user;

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Status(args) => status::run(ctx, args),
        Command::Sync(args) => sync::run(ctx, args),
        Command::Secrets(c) => secrets::run(ctx, c),
        Command::Audit(c) => audit::run(ctx, c),
        Command::Cost(c) => cost::run(ctx, c),
        Command::Budget(c) => budget::run(ctx, c),
        Command::User(c) => user::run(ctx, c),
        Command::Retention(c) => retention::run(ctx, c),
        Command::Health(args) => health::run(ctx, args),
        Command::Metrics(args) => metrics::run(ctx, args),
        Command::Db(c) => db::run(ctx, c),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
    }
}
