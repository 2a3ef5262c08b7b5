//! `clawctl secrets migrate`: move every plaintext secret into the secret backend and leave references behind.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show the plan without changing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Reference style: secretref (OpenClaw 2026.2.26+), env (every release, with `secrets run`),
    /// keyref (`apiKeyRef: "keychain:<name>"`). Default: secretref when the bot is new enough, else env.
    #[arg(long, value_name = "STYLE")]
    pub style: Option<String>,
    /// Secret backend: keychain (OS keychain / Secret Service) or systemd-creds. Default: the first usable.
    #[arg(long, env = "CLAWCTL_SECRETS_BACKEND", value_name = "BACKEND")]
    pub backend: Option<String>,
    /// Also scrub plaintext secrets from the config's .bak files.
    #[arg(long)]
    pub scrub_backups: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("secrets migrate"))
}
