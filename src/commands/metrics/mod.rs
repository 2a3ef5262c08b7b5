//! `clawctl metrics`: Prometheus exposition from the ops database and the bot's files;
//! `clawctl metrics serve` serves it over HTTP.

use crate::app::Ctx;
use crate::metrics::{self, collect::Aggregator, Zone};
use crate::output::{Format, Output};
use anyhow::Result;

pub mod serve;

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
    /// Time zone for the day and month boundaries of budget usage (IANA name). Default: local.
    #[arg(long, env = "CLAWCTL_TZ", value_name = "ZONE")]
    pub tz: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Serve /metrics and /health over HTTP for Prometheus and uptime monitors.
    Serve(serve::Args),
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    if let Some(Command::Serve(a)) = args.command {
        return serve::run(ctx, a);
    }
    let zone = Zone::parse(args.tz.as_deref())?;
    crate::sync::refresh(ctx, args.no_sync, None)?;
    let exposition = metrics::scrape(ctx.store()?, &mut Aggregator::default(), zone)?;
    // The text format unless a structured format was asked for explicitly.
    let structured = ctx.global.json
        || matches!(
            ctx.global.format,
            Some(Format::Json | Format::Jsonl | Format::Csv | Format::Table)
        );
    Ok(if structured {
        Output::Table(exposition.table())
    } else {
        Output::Text(exposition.render())
    })
}
