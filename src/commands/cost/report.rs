//! `clawctl cost report`: cost attribution report: requests, tokens, cost and share, grouped.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Group by task_type, model, provider, session, user, channel, agent, day, week or month.
    /// Repeat to nest.
    #[arg(long = "by", value_name = "KEY", default_value = "task_type")]
    pub by: Vec<String>,
    /// Only the N most expensive groups.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,

    /// Only calls at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h).
    #[arg(long)]
    pub since: Option<String>,
    /// Only calls before this time.
    #[arg(long)]
    pub until: Option<String>,
    /// Time zone for day/week/month buckets and dates (IANA name). Default: local.
    #[arg(long, env = "CLAWCTL_TZ", value_name = "ZONE")]
    pub tz: Option<String>,
    /// Only this agent.
    #[arg(long)]
    pub agent: Option<String>,
    /// Only this person (peer id or identityLinks name).
    #[arg(long)]
    pub user: Option<String>,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
    /// A pricing file (LiteLLM model_prices_and_context_window.json format accepted).
    #[arg(long, env = "CLAWCTL_PRICING", value_name = "FILE")]
    pub pricing: Option<std::path::PathBuf>,
}

pub fn run(_ctx: &mut Ctx, _args: Args) -> Result<Output> {
    Err(crate::error::not_implemented("cost report"))
}
