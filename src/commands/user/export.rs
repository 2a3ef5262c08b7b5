//! `clawctl user export`: export everything about one person (GDPR Art. 15/20) as a zip or JSON.
//! The archive format comes from the global `--format`: zip (the default) or json.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Peer id (`+8613800138000`, `telegram:123456789`) or identityLinks name.
    pub id: String,
    /// Where to write the archive.
    #[arg(short, long, value_name = "FILE")]
    pub output: std::path::PathBuf,
    /// Overwrite an existing output file.
    #[arg(long)]
    pub force: bool,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("user export"))
}
