//! `clawctl completions`: shell completions generated from the clap definitions.

use crate::output::Output;
use anyhow::{Context, Result};
use clap::CommandFactory;
use clap_complete::Shell;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to generate for (prints to stdout).
    #[arg(value_enum, required_unless_present = "out_dir")]
    pub shell: Option<Shell>,
    /// Write completions for every supported shell into this directory instead.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

/// Every shell clawctl ships completions for.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The completion script for one shell.
pub fn generate(shell: Shell) -> Vec<u8> {
    let mut cmd = crate::cli::Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "clawctl", &mut out);
    out
}

/// The file name a shell's completion is committed under.
pub fn file_name(shell: Shell) -> String {
    match shell {
        Shell::Bash => "clawctl.bash".into(),
        Shell::Zsh => "_clawctl".into(),
        Shell::Fish => "clawctl.fish".into(),
        Shell::PowerShell => "_clawctl.ps1".into(),
        Shell::Elvish => "clawctl.elv".into(),
        other => format!("clawctl.{other}"),
    }
}

pub fn run(args: Args) -> Result<Output> {
    if let Some(dir) = args.out_dir {
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        for shell in SHELLS {
            crate::fsutil::write_atomic(&dir.join(file_name(shell)), &generate(shell), 0o644)?;
        }
        return Ok(Output::None);
    }
    let shell = args.shell.context("a shell is required")?;
    Ok(Output::Text(
        String::from_utf8_lossy(&generate(shell)).into_owned(),
    ))
}
