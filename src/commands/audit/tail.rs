//! `clawctl audit tail`: show the newest events; with -f keep following new ones, like
//! `tail -f`, to a terminal or a pipe (it exits quietly when the reader goes away).

use crate::app::Ctx;
use crate::audit::query::{event_values, Filter, EVENT_COLUMNS, EVENT_SQL};
use crate::audit::{chain, Risk};
use crate::error::{exit, user_err};
use crate::output::{Human, Output, Sink, Stream};
use crate::store::{SqlValue, Store};
use anyhow::Result;
use std::time::Duration;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Keep following new events as they arrive (JSON output becomes JSON Lines).
    #[arg(short, long)]
    pub follow: bool,
    /// How many recent events to show first.
    #[arg(short = 'n', long, default_value_t = 10)]
    pub lines: u64,
    /// Only this action (`*` and `?` make it a glob). The global --actor selects an actor.
    #[arg(long)]
    pub action: Option<String>,
    /// Only this risk level.
    #[arg(long, value_enum)]
    pub risk: Option<Risk>,
    /// With -f, how often to look for new events (250ms, 1s, 5s).
    #[arg(long, default_value = "1s", value_name = "DURATION")]
    pub interval: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let interval = crate::timeparse::parse_duration_ms(&args.interval)
        .filter(|ms| *ms > 0)
        .ok_or_else(|| {
            user_err(format!("--interval: invalid duration '{}'", args.interval))
                .hint("use a duration such as 250ms, 1s or 5s")
                .code(exit::USAGE)
        })?;
    let filter = Filter {
        actor: ctx.global.actor.clone(),
        action: args.action,
        risk: args.risk,
        ..Filter::default()
    };
    super::sealed_store(ctx)?;
    let mut store = ctx.take_store()?;
    let quiet = ctx.global.quiet;
    let human = Human::Lines {
        skip: vec!["timestamp".into()],
    };
    let (follow, lines) = (args.follow, args.lines);
    let stream = Stream::new(EVENT_COLUMNS, human, follow, move |sink| {
        let mut last = recent(&mut store, &filter, lines, sink)?;
        if !follow {
            return Ok(());
        }
        loop {
            std::thread::sleep(Duration::from_millis(interval as u64));
            if stdout_closed() {
                return Ok(());
            }
            seal(&mut store, quiet);
            last = newer(&mut store, &filter, last, sink)?;
        }
    });
    Ok(Output::Stream(stream))
}

/// The newest `n` matching events, oldest first; returns the highest id in the trail.
fn recent(store: &mut Store, filter: &Filter, n: u64, sink: &mut Sink<'_>) -> Result<i64> {
    let top = store.query_i64("SELECT COALESCE(MAX(id), 0) FROM audit_log", &[])?;
    let (where_sql, mut params) = filter.where_sql();
    let glue = if where_sql.is_empty() { "WHERE" } else { "AND" };
    params.push(top.into());
    params.push(i64::try_from(n).unwrap_or(i64::MAX).into());
    let rows = store.query(
        &format!(
            "SELECT {EVENT_SQL} FROM audit_log {where_sql} {glue} id <= ? ORDER BY id DESC LIMIT ?"
        ),
        &params,
    )?;
    for r in rows.iter().rev() {
        sink(event_values(r))?;
    }
    Ok(top)
}

/// Matching events after id `last`, up to the current top; returns the new top.
fn newer(store: &mut Store, filter: &Filter, last: i64, sink: &mut Sink<'_>) -> Result<i64> {
    let top = store.query_i64("SELECT COALESCE(MAX(id), 0) FROM audit_log", &[])?;
    if top <= last {
        return Ok(last);
    }
    let (where_sql, mut params) = filter.where_sql();
    let glue = if where_sql.is_empty() { "WHERE" } else { "AND" };
    params.extend([SqlValue::Int(last), SqlValue::Int(top)]);
    store.query_each(
        &format!(
            "SELECT {EVENT_SQL} FROM audit_log {where_sql} {glue} id > ? AND id <= ? ORDER BY id"
        ),
        &params,
        |r| sink(event_values(r)),
    )?;
    Ok(top)
}

/// Seal what the bot appended since the last poll (forwarding high-risk rows to syslog).
fn seal(store: &mut Store, quiet: bool) {
    let pending = chain::has_pending(store).unwrap_or(false);
    if pending {
        if let Err(e) = chain::seal_pending(store) {
            if !quiet {
                eprintln!("clawctl: warning: could not seal new audit events: {e:#}");
            }
        }
    }
}

/// True when stdout is a pipe or socket whose reader has gone away.
fn stdout_closed() -> bool {
    let mut fd = libc::pollfd {
        fd: libc::STDOUT_FILENO,
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd, zero timeout.
    let n = unsafe { libc::poll(&mut fd, 1, 0) };
    n > 0 && fd.revents & (libc::POLLERR | libc::POLLHUP) != 0
}
