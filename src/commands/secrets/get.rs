//! `clawctl secrets get`: show a stored secret's fingerprint (the value only with --reveal).

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The secret's name.
    pub name: String,
    /// Print the value itself.
    #[arg(long)]
    pub reveal: bool,
    /// Secret backend to read from.
    #[arg(long, env = "CLAWCTL_SECRETS_BACKEND", value_name = "BACKEND")]
    pub backend: Option<String>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("secrets get"))
}
