//! `clawctl secrets resolve`: answer the bot's exec secret-provider protocol (v1) on stdin/stdout.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Secret backend to read from.
    #[arg(long, env = "CLAWCTL_SECRETS_BACKEND", value_name = "BACKEND")]
    pub backend: Option<String>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("secrets resolve"))
}
