//! `clawctl budget estimate`: estimate the cost of the next turn and whether it would exceed a
//! budget (exit 4 if so), so the bot or a wrapper can ask "about $0.42, over today's budget,
//! continue?".

use crate::app::Ctx;
use crate::cost::budget;
use crate::cost::estimate::{self, Request};
use crate::error::{exit, user_err};
use crate::output::{Output, Table};
use anyhow::{Context, Result};
use serde_json::{json, Value};
use std::io::Read;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The session the turn would run in (session key or session id).
    #[arg(long, group = "who", required = true)]
    pub session: Option<String>,
    /// The person sending it (peer id or identityLinks name): their latest session is used.
    #[arg(long, group = "who")]
    pub user: Option<String>,
    /// The new message text.
    #[arg(long, group = "input", required = true)]
    pub message: Option<String>,
    /// Read the new message from a file (- for stdin).
    #[arg(long, group = "input", value_name = "FILE")]
    pub file: Option<std::path::PathBuf>,
    /// The model to price, as provider/model or model (default: the session's last model,
    /// then the bot's default model).
    #[arg(long)]
    pub model: Option<String>,
    /// Time zone for day and month budget boundaries (IANA name). Default: local.
    #[arg(long, env = "CLAWCTL_TZ", value_name = "ZONE")]
    pub tz: Option<String>,
    /// A pricing file (LiteLLM model_prices_and_context_window.json format accepted).
    #[arg(long, env = "CLAWCTL_PRICING", value_name = "FILE")]
    pub pricing: Option<std::path::PathBuf>,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let text = match (&args.message, &args.file) {
        (Some(m), _) => m.clone(),
        (None, Some(f)) if f.as_os_str() == "-" => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("reading the message from stdin")?;
            s
        }
        (None, Some(f)) => std::fs::read_to_string(f).map_err(|e| {
            user_err(format!("cannot read --file {}: {e}", f.display())).code(exit::USAGE)
        })?,
        (None, None) => String::new(),
    };
    let zone = crate::timeparse::parse_zone(args.tz.as_deref())?;
    let pricing = crate::cost::load_pricing(ctx, args.pricing.as_deref())?;
    crate::sync::refresh_costs(ctx, args.no_sync, args.pricing.as_deref())?;
    let links = crate::cost::identity_links(ctx)?;
    let users = args
        .user
        .as_deref()
        .map(|u| crate::cost::person_ids(u, &links))
        .unwrap_or_default();
    let default_model = ctx
        .bot_config()?
        .and_then(|c| c.get("agents.defaults.model.primary"))
        .and_then(Value::as_str)
        .map(split_model);
    let now = crate::timeparse::now_ms();
    let store = ctx.store()?;
    let est = estimate::estimate(
        store,
        &pricing,
        &Request {
            session: args.session.as_deref(),
            users: &users,
            text: &text,
            model: args.model.as_deref().map(split_model),
            default_model,
        },
    )?;

    let mut who: Vec<String> = users.clone();
    who.extend(est.user_id.clone());
    let mut budgets = Vec::new();
    let mut over = Vec::new();
    let mut t = Table::new([
        "budget",
        "period",
        "limit_usd",
        "spent_usd",
        "remaining_usd",
        "after_usd",
        "exceeds",
    ])
    .titled("Budgets that apply");
    for b in budget::list(store)? {
        if !b.covers(
            est.agent_id.as_deref(),
            &who,
            est.session_key.as_deref(),
            &links,
        ) {
            continue;
        }
        let s = budget::status(store, &b, &zone, now, &links)?;
        let after = s.remaining_usd - est.cost_usd;
        let exceeds = after < 0.0;
        if exceeds {
            over.push(format!("{} {}", b.period.as_str(), b.target()));
        }
        t.push(vec![
            json!(b.target()),
            json!(b.period),
            json!(b.limit_usd),
            json!(s.spent.cost_usd),
            json!(s.remaining_usd),
            json!(after),
            json!(exceeds),
        ]);
        budgets.push(json!({
            "target": b.target(), "scope": b.scope, "scope_id": b.scope_id, "period": b.period,
            "limit_usd": b.limit_usd, "spent_usd": s.spent.cost_usd, "remaining_usd": s.remaining_usd,
            "remaining_after_usd": after, "would_exceed": exceeds,
        }));
    }
    if est.basis == "model defaults" {
        ctx.warn(format!(
            "no history to estimate from; using {}'s defaults",
            est.model
        ));
    }
    let summary = format!(
        "about {} ({} input + {} output tokens of {}){}",
        crate::cost::usd(est.cost_usd),
        est.input_tokens,
        est.output_tokens,
        est.model,
        if over.is_empty() {
            String::new()
        } else {
            format!(", over the {} budget", over.join(", "))
        }
    );
    let pairs = vec![
        ("session", json!(est.session_key)),
        ("user", json!(est.user_id)),
        ("model", json!(est.model)),
        ("context_tokens", json!(est.context_tokens)),
        ("new_tokens", json!(est.new_tokens)),
        ("input_tokens", json!(est.input_tokens)),
        ("output_tokens", json!(est.output_tokens)),
        ("cost_usd", json!(est.cost_usd)),
        ("basis", json!(est.basis)),
        ("price", json!(est.price_source)),
        ("tokenizer", json!(est.tokenizer)),
    ];
    let doc = json!({
        "estimate": est,
        "budgets": budgets,
        "would_exceed": !over.is_empty(),
        "summary": summary,
    });
    let human = vec![Table::key_values(&format!("Estimate: {summary}"), pairs), t];
    let out = Output::Doc { json: doc, human };
    Ok(if over.is_empty() {
        out
    } else {
        Output::WithExit(Box::new(out), exit::OVER_BUDGET)
    })
}

/// `anthropic/claude-opus-4-5` → (Some("anthropic"), "claude-opus-4-5").
fn split_model(s: &str) -> (Option<String>, String) {
    match s.split_once('/') {
        Some((p, m)) if !p.is_empty() && !m.is_empty() => (Some(p.to_string()), m.to_string()),
        _ => (None, s.to_string()),
    }
}
