//! `clawctl audit query`: query the audit trail. Rows stream: `--format jsonl` handles
//! millions of events in constant memory.

use crate::app::Ctx;
use crate::audit::query::{event_values, Filter, EVENT_COLUMNS, EVENT_SQL};
use crate::audit::{Outcome, Risk};
use crate::output::{Format, Human, Output, Stream};
use anyhow::Result;

/// How many events the table format shows without --limit.
pub const TABLE_LIMIT: u64 = 1_000;

/// Sort order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Order {
    /// Oldest first.
    Asc,
    /// Newest first.
    Desc,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this action; `*` and `?` make it a glob (`secrets.*`). The global --actor selects
    /// an actor the same way.
    #[arg(long)]
    pub action: Option<String>,
    /// Only targets matching this glob (`*` any run of characters, `?` one).
    #[arg(long)]
    pub target: Option<String>,
    /// Only this result.
    #[arg(long, value_enum)]
    pub result: Option<Outcome>,
    /// Only this risk level.
    #[arg(long, value_enum)]
    pub risk: Option<Risk>,
    /// Only events at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h).
    #[arg(long)]
    pub since: Option<String>,
    /// Only events before this time (same forms as --since).
    #[arg(long)]
    pub until: Option<String>,
    /// At most this many events (the table format shows 1000 unless given).
    #[arg(long)]
    pub limit: Option<u64>,
    /// Order by time.
    #[arg(long, value_enum, default_value_t = Order::Desc)]
    pub order: Order,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let filter = Filter {
        actor: ctx.global.actor.clone(),
        action: args.action,
        target: args.target,
        result: args.result,
        risk: args.risk,
        since: super::time_arg("--since", args.since.as_deref())?,
        until: super::time_arg("--until", args.until.as_deref())?,
    };
    let table = ctx.style.format == Format::Table;
    let (limit, capped) = match args.limit {
        Some(n) => (Some(n), false),
        None if table => (Some(TABLE_LIMIT), true),
        None => (None, false),
    };
    let (where_sql, mut params) = filter.where_sql();
    let dir = match args.order {
        Order::Asc => "ASC",
        Order::Desc => "DESC",
    };
    let mut sql =
        format!("SELECT {EVENT_SQL} FROM audit_log {where_sql} ORDER BY timestamp {dir}, id {dir}");
    if let Some(n) = limit {
        sql.push_str(" LIMIT ?");
        // One more than shown tells whether the table was cut.
        params.push(
            i64::try_from(n.saturating_add(u64::from(capped)))
                .unwrap_or(i64::MAX)
                .into(),
        );
    }
    super::sealed_store(ctx)?;
    let mut store = ctx.take_store()?;
    let quiet = ctx.global.quiet;
    let stream = Stream::new(EVENT_COLUMNS, Human::Table, false, move |sink| {
        let mut shown = 0u64;
        let mut more = false;
        store.query_each(&sql, &params, |r| {
            if capped && shown == TABLE_LIMIT {
                more = true;
                return Ok(());
            }
            shown += 1;
            sink(event_values(r))
        })?;
        if more && !quiet {
            eprintln!(
                "clawctl: note: showing the first {TABLE_LIMIT} events; use --limit N, or --format jsonl for all of them"
            );
        }
        Ok(())
    });
    Ok(Output::Stream(stream))
}
