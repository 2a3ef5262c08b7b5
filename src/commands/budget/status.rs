//! `clawctl budget status`: spent, limit, remaining and projected end-of-period spend for each budget.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Time zone for day and month boundaries (IANA name). Default: local.
    #[arg(long, env = "CLAWCTL_TZ", value_name = "ZONE")]
    pub tz: Option<String>,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let (statuses, zone) = super::statuses(ctx, args.tz.as_deref(), args.no_sync)?;
    let (table, objs) = super::status_rows(&statuses, &zone, format!("Budgets ({})", zone.name()));
    Ok(Output::Doc {
        json: json!({"tz": zone.name(), "budgets": objs}),
        human: vec![table],
    })
}
