//! `clawctl man`: man pages generated from the clap definitions, one per command.

use crate::output::Output;
use anyhow::{Context, Result};
use clap::CommandFactory;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write one page per command into this directory (default: print clawctl(1) to stdout).
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

/// Every man page: (file name, roff text), for the root command and each subcommand.
pub fn pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = crate::cli::Cli::command();
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, "clawctl", &mut out)?;
    Ok(out)
}

fn collect(cmd: &clap::Command, name: &str, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let page_cmd = cmd.clone().name(name.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(page_cmd).render(&mut buf)?;
    out.push((format!("{name}.1"), buf));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        collect(sub, &format!("{name}-{}", sub.get_name()), out)?;
    }
    Ok(())
}

pub fn run(args: Args) -> Result<Output> {
    let pages = pages()?;
    match args.out_dir {
        Some(dir) => {
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            for (name, text) in pages {
                crate::fsutil::write_atomic(&dir.join(name), &text, 0o644)?;
            }
            Ok(Output::None)
        }
        None => Ok(Output::Text(
            String::from_utf8_lossy(&pages[0].1).into_owned(),
        )),
    }
}
