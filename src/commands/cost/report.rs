//! `clawctl cost report`: cost attribution report: requests, tokens, cost and share, grouped.

use crate::app::Ctx;
use crate::cost::arrange::{arrange, OTHER};
use crate::cost::query::{self, Agg, Filter, Key};
use crate::cost::{self as cost, reprice};
use crate::output::{Output, Table};
use crate::timeparse::{self, Range};
use anyhow::Result;
use serde_json::{json, Map, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Group by task_type, model, provider, session, user, channel, agent, day, week or month.
    /// Repeat (or separate with commas) to nest: `--by day --by model`.
    #[arg(long = "by", value_name = "KEY", default_value = "task_type")]
    pub by: Vec<String>,
    /// Only the N most expensive groups; the rest are summed as `(other)`.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,

    /// Only calls at or after this time: dates (2026-11-01), ISO times, or durations back from now (7d, 12h).
    #[arg(long)]
    pub since: Option<String>,
    /// Only calls before this time (a date includes that whole day).
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
    /// A pricing file (LiteLLM model_prices_and_context_window.json format accepted) for calls
    /// the bot recorded no cost for; also prices earlier calls that had no known price.
    #[arg(long, env = "CLAWCTL_PRICING", value_name = "FILE")]
    pub pricing: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let keys = args
        .by
        .iter()
        .flat_map(|b| b.split(','))
        .filter(|b| !b.trim().is_empty())
        .map(Key::parse)
        .collect::<Result<Vec<_>>>()?;
    let zone = timeparse::parse_zone(args.tz.as_deref())?;
    let range = Range::parse(
        args.since.as_deref(),
        args.until.as_deref(),
        &zone,
        timeparse::now_ms(),
    )?;
    let pricing = args
        .pricing
        .as_deref()
        .map(|p| cost::load_pricing(ctx, Some(p)))
        .transpose()?;
    crate::sync::refresh_costs(ctx, args.no_sync, args.pricing.as_deref())?;
    if let Some(pricing) = &pricing {
        reprice::reprice(ctx.store()?, pricing, reprice::Scope::Unknown, false)?;
    }
    let links = cost::identity_links(ctx)?;
    let filter = Filter {
        range,
        agent: args.agent.clone(),
        users: args.user.as_deref().map(|u| cost::person_ids(u, &links)),
        session_key: None,
    };
    let result = query::grouped(ctx.store()?, &filter, &keys, &zone, &links)?;
    let total = result.total;
    let groups = arrange(result.groups, &keys, args.top);

    let with_session = keys.contains(&Key::Session);
    let mut rows = Vec::new();
    for g in &groups {
        let mut obj = Map::new();
        for (k, v) in keys.iter().zip(&g.key) {
            obj.insert(k.name().into(), json!(v));
        }
        if with_session {
            let id = keys
                .iter()
                .position(|k| *k == Key::Session)
                .and_then(|i| g.key[i].clone());
            let sk = id
                .as_ref()
                .filter(|id| id.as_str() != OTHER)
                .and_then(|id| result.session_keys.get(id));
            obj.insert("session_key".into(), json!(sk));
        }
        fill(&mut obj, &g.agg, &total);
        rows.push(Value::Object(obj));
    }
    let mut total_obj = Map::new();
    fill(&mut total_obj, &total, &total);
    let doc = json!({
        "by": keys.iter().map(|k| k.name()).collect::<Vec<_>>(),
        "tz": zone.name(),
        "since": range.since.map(|s| zone.iso(s)),
        "until": range.until.map(|u| zone.iso(u)),
        "agent": args.agent,
        "user": args.user,
        "groups": rows,
        "total": total_obj,
    });
    Ok(Output::Doc {
        human: vec![human_table(&doc, &keys, with_session, &range, &zone)],
        json: doc,
    })
}

/// The sums, the share of the total cost and the average cost of a priced call.
fn fill(obj: &mut Map<String, Value>, a: &Agg, total: &Agg) {
    obj.insert("requests".into(), json!(a.requests));
    obj.insert("input_tokens".into(), json!(a.input_tokens));
    obj.insert("output_tokens".into(), json!(a.output_tokens));
    obj.insert("cache_read_tokens".into(), json!(a.cache_read_tokens));
    obj.insert("cache_write_tokens".into(), json!(a.cache_write_tokens));
    obj.insert("cost_usd".into(), json!(a.cost()));
    obj.insert("unpriced_requests".into(), json!(a.unpriced_requests));
    let share = (total.cost_usd > 0.0).then(|| cost::round(a.cost_usd / total.cost_usd * 100.0, 2));
    obj.insert("share_pct".into(), json!(share));
    obj.insert("avg_cost_usd".into(), json!(a.average()));
}

fn human_table(
    doc: &Value,
    keys: &[Key],
    with_session: bool,
    range: &Range,
    zone: &crate::timeparse::Zone,
) -> Table {
    let unpriced = doc["total"]["unpriced_requests"].as_i64().unwrap_or(0) > 0;
    let mut cols: Vec<String> = keys.iter().map(|k| k.name().to_string()).collect();
    if with_session {
        cols.push("session_key".into());
    }
    cols.extend(
        [
            "requests",
            "input",
            "output",
            "cache_read",
            "cache_write",
            "cost_usd",
            "share_pct",
            "avg_cost_usd",
        ]
        .map(String::from),
    );
    if unpriced {
        cols.push("unpriced".into());
    }
    let span = match (range.since, range.until) {
        (None, None) => String::from("all time"),
        (s, u) => format!(
            "{} → {}",
            s.map_or("start".into(), |s| zone.iso(s)),
            u.map_or("now".into(), |u| zone.iso(u))
        ),
    };
    let by: Vec<&str> = keys.iter().map(|k| k.name()).collect();
    let title = if by.is_empty() {
        format!("Cost, {span} ({})", zone.name())
    } else {
        format!("Cost by {}, {span} ({})", by.join(" › "), zone.name())
    };
    let mut t = Table::new(cols).titled(title);
    let empty = Vec::new();
    let groups = doc["groups"].as_array().unwrap_or(&empty);
    for g in groups.iter().chain(std::iter::once(&doc["total"])) {
        let is_total = std::ptr::eq(g, &doc["total"]);
        let mut row: Vec<Value> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| match (is_total, i) {
                (true, 0) => json!("TOTAL"),
                (true, _) => Value::Null,
                _ => g[k.name()].clone(),
            })
            .collect();
        if with_session {
            row.push(g["session_key"].clone());
        }
        for f in [
            "requests",
            "input_tokens",
            "output_tokens",
            "cache_read_tokens",
            "cache_write_tokens",
        ] {
            row.push(g[f].clone());
        }
        for f in ["cost_usd", "share_pct", "avg_cost_usd"] {
            row.push(g[f].clone());
        }
        if unpriced {
            row.push(g["unpriced_requests"].clone());
        }
        t.push(row);
    }
    t
}
