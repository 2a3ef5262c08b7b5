//! `clawctl secrets rm`: remove a stored secret.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The secret's name.
    pub name: String,
    /// Secret backend.
    #[arg(long, env = "CLAWCTL_SECRETS_BACKEND", value_name = "BACKEND")]
    pub backend: Option<String>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("secrets rm"))
}
