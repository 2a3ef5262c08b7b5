//! `clawctl secrets list`: list stored secrets: names, backends, where each is referenced, fingerprints.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Secret backend to list.
    #[arg(long, env = "CLAWCTL_SECRETS_BACKEND", value_name = "BACKEND")]
    pub backend: Option<String>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("secrets list"))
}
