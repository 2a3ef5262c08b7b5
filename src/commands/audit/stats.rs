//! `clawctl audit stats`: events per action, actor and risk over a period.

use crate::app::Ctx;
use crate::audit::query::{counts_by, Count, Filter};
use crate::output::{Output, Table};
use anyhow::Result;
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Look back this far: dates (2026-11-01), ISO times, or durations back from now (7d, 12h).
    /// The global --actor limits it to one actor.
    #[arg(long, default_value = "30d")]
    pub since: String,
    /// Up to this time (same forms as --since; default now).
    #[arg(long)]
    pub until: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let filter = Filter {
        actor: ctx.global.actor.clone(),
        since: super::time_arg("--since", Some(&args.since))?,
        until: super::time_arg("--until", args.until.as_deref())?,
        ..Filter::default()
    };
    let store = super::sealed_store(ctx)?;
    let by_action = counts_by(store, &filter, "action")?;
    let by_actor = counts_by(store, &filter, "actor")?;
    let by_risk = counts_by(store, &filter, "risk_level")?;
    let by_result = counts_by(store, &filter, "result")?;
    let total: i64 = by_result.iter().map(|c| c.events).sum();
    let failed: i64 = by_result.iter().map(|c| c.failed).sum();
    let json = json!({
        "since": filter.since,
        "until": filter.until,
        "events": total,
        "failed": failed,
        "by_action": counts_json(&by_action, "action"),
        "by_actor": counts_json(&by_actor, "actor"),
        "by_risk": counts_json(&by_risk, "risk_level"),
        "by_result": counts_json(&by_result, "result"),
    });
    let since = filter
        .since
        .map(crate::timeparse::format_ms)
        .unwrap_or_default();
    let human = vec![
        Table::key_values(
            &format!("Audit events since {since}"),
            vec![("events", total.into()), ("failed", failed.into())],
        ),
        counts_table(&by_action, "action"),
        counts_table(&by_actor, "actor"),
        counts_table(&by_risk, "risk_level"),
    ];
    Ok(Output::Doc { json, human })
}

fn counts_json(counts: &[Count], key: &str) -> Value {
    counts
        .iter()
        .map(|c| json!({key: c.key, "events": c.events, "failed": c.failed}))
        .collect()
}

fn counts_table(counts: &[Count], key: &str) -> Table {
    let mut t = Table::new([key, "events", "failed"]);
    for c in counts {
        t.push(vec![c.key.clone().into(), c.events.into(), c.failed.into()]);
    }
    t
}
