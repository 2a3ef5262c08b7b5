//! `clawctl sync`: ingest new transcript entries into the ops database.

use crate::app::Ctx;
use crate::output::{Output, Table};
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A pricing file for calls the bot recorded no cost for (LiteLLM's
    /// model_prices_and_context_window.json format accepted). Default: `[cost] pricing` in
    /// clawctl's config.
    #[arg(long, env = "CLAWCTL_PRICING", value_name = "FILE")]
    pub pricing: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let report = crate::sync::run_with(
        ctx,
        &crate::sync::Options {
            pricing: args.pricing,
            depth: crate::sync::Depth::Full,
        },
    )?;
    crate::sync::warn_problems(ctx, &report);
    let json = serde_json::to_value(&report)?;
    let mut pairs = Vec::new();
    for key in [
        "files",
        "files_read",
        "files_unchanged",
        "files_restarted",
        "files_moved",
        "files_failed",
        "bytes_read",
        "lines_read",
        "messages_added",
        "calls_added",
        "media_added",
        "malformed_lines",
        "torn_tails",
        "bulk_load",
        "commands_imported",
        "duration_ms",
    ] {
        pairs.push((key, json[key].clone()));
    }
    let mut human = vec![Table::key_values("Sync", pairs)];
    if !report.problems.is_empty() {
        let mut t = Table::new(["problem"]).titled("Problems");
        for p in &report.problems {
            t.push(vec![json!(p)]);
        }
        human.push(t);
    }
    Ok(Output::Doc { json, human })
}
