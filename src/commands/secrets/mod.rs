//! `clawctl secrets`: the subcommands, one file each.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

pub mod get;
pub mod list;
pub mod migrate;
pub mod resolve;
pub mod rm;
pub mod rollback;
pub mod rotate;
pub mod run;
pub mod scan;
pub mod set;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups.
    Scan(scan::Args),
    /// Move every plaintext secret into the secret backend and leave references behind.
    Migrate(migrate::Args),
    /// Put migrated secrets back into the files in plaintext (explicit request only).
    Rollback(rollback::Args),
    /// Answer the bot's exec secret-provider protocol (v1) on stdin/stdout.
    Resolve(resolve::Args),
    /// List stored secrets: names, backends, where each is referenced, fingerprints.
    List(list::Args),
    /// Show a stored secret's fingerprint (the value only with --reveal).
    Get(get::Args),
    /// Store a secret, read from a prompt or stdin (never from the command line).
    Set(set::Args),
    /// Remove a stored secret.
    Rm(rm::Args),
    /// Replace a stored secret's value, keeping every reference to it.
    Rotate(rotate::Args),
    /// Resolve ${CLAWCTL_*} references and exec a command with them in its environment.
    Run(run::Args),
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Scan(args) => scan::run(ctx, args),
        Command::Migrate(args) => migrate::run(ctx, args),
        Command::Rollback(args) => rollback::run(ctx, args),
        Command::Resolve(args) => resolve::run(ctx, args),
        Command::List(args) => list::run(ctx, args),
        Command::Get(args) => get::run(ctx, args),
        Command::Set(args) => set::run(ctx, args),
        Command::Rm(args) => rm::run(ctx, args),
        Command::Rotate(args) => rotate::run(ctx, args),
        Command::Run(args) => run::run(ctx, args),
    }
}
