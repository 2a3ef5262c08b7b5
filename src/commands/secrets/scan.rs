//! `clawctl secrets scan`: find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also search transcripts and logs (people paste keys into chats).
    #[arg(long)]
    pub deep: bool,
    /// Exit with code 3 when anything is found (for cron: the bot can write plaintext back).
    #[arg(long)]
    pub check: bool,
    /// Fix file permissions: state dir 0700, secret-bearing files and transcripts 0600.
    #[arg(long)]
    pub fix_perms: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("secrets scan"))
}
