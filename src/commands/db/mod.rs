//! `clawctl db`: the subcommands, one file each.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

pub mod backup;
pub mod migrate;
pub mod migrate_to;
pub mod status;
pub mod vacuum;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Backend, schema version, size and row counts of the ops database.
    Status(status::Args),
    /// Apply pending schema migrations to the ops database.
    Migrate(migrate::Args),
    /// Copy the SQLite ops database into PostgreSQL (resumable, verified).
    MigrateTo(migrate_to::Args),
    /// Write a consistent copy of the ops database (SQLite online backup).
    Backup(backup::Args),
    /// Reclaim space in the ops database.
    Vacuum(vacuum::Args),
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Status(args) => status::run(ctx, args),
        Command::Migrate(args) => migrate::run(ctx, args),
        Command::MigrateTo(args) => migrate_to::run(ctx, args),
        Command::Backup(args) => backup::run(ctx, args),
        Command::Vacuum(args) => vacuum::run(ctx, args),
    }
}
