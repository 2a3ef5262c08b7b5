//! `clawctl budget`: the subcommands, one file each.

use crate::app::Ctx;
use crate::output::Output;
use anyhow::Result;

pub mod check;
pub mod estimate;
pub mod list;
pub mod set;
pub mod status;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Set a daily or monthly spending limit in USD.
    Set(set::Args),
    /// List budgets.
    List(list::Args),
    /// Spent, limit, remaining and projected end-of-period spend for each budget.
    Status(status::Args),
    /// Estimate the cost of the next turn and whether it would exceed a budget (exit 4 if so).
    Estimate(estimate::Args),
    /// For cron: exit 3 and name each budget above the threshold.
    Check(check::Args),
}

/// Statuses of every budget (after an incremental sync unless `no_sync`).
fn statuses(
    ctx: &mut Ctx,
    tz: Option<&str>,
    no_sync: bool,
) -> Result<(Vec<crate::cost::budget::Status>, crate::timeparse::Zone)> {
    let zone = crate::timeparse::parse_zone(tz)?;
    crate::sync::refresh_costs(ctx, no_sync, None)?;
    let links = crate::cost::identity_links(ctx)?;
    let now = crate::timeparse::now_ms();
    let store = ctx.store()?;
    let mut out = Vec::new();
    for b in crate::cost::budget::list(store)? {
        out.push(crate::cost::budget::status(store, &b, &zone, now, &links)?);
    }
    Ok((out, zone))
}

/// Budget statuses as a table and as JSON objects.
fn status_rows(
    statuses: &[crate::cost::budget::Status],
    zone: &crate::timeparse::Zone,
    title: String,
) -> (crate::output::Table, Vec<serde_json::Value>) {
    use serde_json::json;
    let mut t = crate::output::Table::new([
        "budget",
        "period",
        "limit_usd",
        "spent_usd",
        "remaining_usd",
        "used_pct",
        "projected_usd",
        "unpriced",
        "resets",
    ])
    .titled(title);
    let mut objs = Vec::new();
    for s in statuses {
        t.push(vec![
            json!(s.budget.target()),
            json!(s.budget.period),
            json!(s.budget.limit_usd),
            json!(s.spent.cost_usd),
            json!(s.remaining_usd),
            json!(s.used_pct),
            json!(s.projected_usd),
            json!(s.spent.unpriced_requests),
            json!(zone.iso(s.period_end)),
        ]);
        let mut v = serde_json::to_value(s).unwrap_or_default();
        v["target"] = json!(s.budget.target());
        v["period_start_at"] = json!(zone.iso(s.period_start));
        v["period_end_at"] = json!(zone.iso(s.period_end));
        objs.push(v);
    }
    (t, objs)
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Set(args) => set::run(ctx, args),
        Command::List(args) => list::run(ctx, args),
        Command::Status(args) => status::run(ctx, args),
        Command::Estimate(args) => estimate::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
    }
}
