//! `clawctl cost top`: the most expensive turns, sessions or calls ("what was that $5 turn").

use crate::app::Ctx;
use crate::cost::query::Filter;
use crate::cost::top::{self, What};
use crate::output::{Output, Table};
use crate::timeparse::{self, Range};
use anyhow::Result;
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Rank turns (a user message and every call answering it), sessions, or single calls.
    #[arg(long, value_enum, default_value_t = What::Turns)]
    pub what: What,
    /// How many to show.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub top: usize,

    /// Only calls at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h).
    #[arg(long)]
    pub since: Option<String>,
    /// Only calls before this time (a date includes that whole day).
    #[arg(long)]
    pub until: Option<String>,
    /// Time zone for dates and the times shown (IANA name). Default: local.
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
    /// A pricing file (LiteLLM model_prices_and_context_window.json format accepted) for calls
    /// the bot recorded no cost for.
    #[arg(long, env = "CLAWCTL_PRICING", value_name = "FILE")]
    pub pricing: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let zone = timeparse::parse_zone(args.tz.as_deref())?;
    let range = Range::parse(
        args.since.as_deref(),
        args.until.as_deref(),
        &zone,
        timeparse::now_ms(),
    )?;
    if let Some(p) = args.pricing.as_deref() {
        crate::cost::load_pricing(ctx, Some(p))?;
    }
    crate::sync::refresh(ctx, args.no_sync, args.pricing.as_deref())?;
    let links = crate::cost::identity_links(ctx)?;
    let filter = Filter {
        range,
        agent: args.agent.clone(),
        users: args
            .user
            .as_deref()
            .map(|u| crate::cost::person_ids(u, &links)),
        session_key: None,
    };
    let ranked = top::top(ctx.store()?, &filter, args.what, args.top)?;
    let what = match args.what {
        What::Turns => "turns",
        What::Sessions => "sessions",
        What::Calls => "calls",
    };
    let mut items = Vec::new();
    let mut t = Table::new([
        "#",
        "when",
        "session",
        "user",
        "model",
        "task_type",
        "calls",
        "input",
        "output",
        "cache_read",
        "cost_usd",
        "prompt",
    ])
    .titled(format!("Most expensive {what} ({})", zone.name()));
    for (i, r) in ranked.iter().enumerate() {
        let mut v = serde_json::to_value(r)?;
        v["rank"] = json!(i + 1);
        v["first_at"] = json!(zone.iso(r.first));
        v["last_at"] = json!(zone.iso(r.last));
        v["cost_usd"] = json!(r.agg.cost());
        items.push(v);
        t.push(vec![
            json!(i + 1),
            json!(zone.naive(r.first).format("%Y-%m-%d %H:%M").to_string()),
            json!(r.session_key.clone().or_else(|| r.session_id.clone())),
            json!(r.user_id),
            json!(r.model),
            json!(r.task_type),
            json!(r.agg.requests),
            json!(r.agg.input_tokens),
            json!(r.agg.output_tokens),
            json!(r.agg.cache_read_tokens),
            json!(r.agg.cost()),
            r.prompt.clone().map_or(Value::Null, Value::from),
        ]);
    }
    let doc = json!({
        "what": what,
        "tz": zone.name(),
        "since": range.since.map(|s| zone.iso(s)),
        "until": range.until.map(|u| zone.iso(u)),
        "items": items,
    });
    Ok(Output::Doc {
        json: doc,
        human: vec![t],
    })
}
