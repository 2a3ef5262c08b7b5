//! `clawctl budget set`: set a daily or monthly spending limit in USD.

use crate::app::Ctx;
use crate::audit::{self, Event, Outcome, Risk};
use crate::cost::budget::{self, Period};
use crate::error::{exit, user_err};
use crate::output::{Output, Table};
use crate::state::people;
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Daily limit in USD.
    #[arg(long, value_name = "USD", required_unless_present = "monthly")]
    pub daily: Option<f64>,
    /// Monthly limit in USD.
    #[arg(long, value_name = "USD")]
    pub monthly: Option<f64>,

    /// Budget for one person: a peer id (telegram:123456789, +15551234567) or an identityLinks
    /// name, which covers all of that person's ids.
    #[arg(long, group = "scope")]
    pub user: Option<String>,
    /// Budget for one session key.
    #[arg(long, group = "scope")]
    pub session: Option<String>,
    /// Budget for one agent.
    #[arg(long, group = "scope")]
    pub agent: Option<String>,
    /// Budget for the whole installation (the default).
    #[arg(long, group = "scope")]
    pub global: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let mut limits = Vec::new();
    for (flag, period, v) in [
        ("--daily", Period::Daily, args.daily),
        ("--monthly", Period::Monthly, args.monthly),
    ] {
        if let Some(v) = v {
            if !v.is_finite() || v < 0.0 {
                return Err(
                    user_err(format!("{flag} {v}: a limit must be zero or more USD"))
                        .code(exit::USAGE)
                        .into(),
                );
            }
            limits.push((period, v));
        }
    }
    let (scope, scope_id) = resolve_scope(ctx, &args)?;
    let actor = ctx.actor();
    let now = crate::timeparse::now_ms();
    let store = ctx.store()?;
    let mut t = Table::new(["scope", "scope_id", "period", "limit_usd", "previous_usd"])
        .titled("Budget set");
    let mut out = Vec::new();
    for (period, limit) in limits {
        let previous = budget::set(store, scope, &scope_id, period, limit, now)?;
        audit::record(
            store,
            &Event {
                actor: actor.clone(),
                action: "budget.set".into(),
                target: if scope == "global" {
                    "global".into()
                } else {
                    format!("{scope}:{scope_id}")
                },
                outcome: Outcome::Success,
                risk: Risk::Low,
                metadata: json!({"period": period.as_str(), "limit_usd": limit, "previous_usd": previous}),
            },
        )?;
        t.push(vec![
            json!(scope),
            json!(scope_id),
            json!(period.as_str()),
            json!(limit),
            json!(previous),
        ]);
        out.push(json!({"scope": scope, "scope_id": scope_id, "period": period.as_str(), "limit_usd": limit, "previous_usd": previous}));
    }
    Ok(Output::Doc {
        json: json!({ "budgets": out }),
        human: vec![t],
    })
}

/// The scope and its id; people, sessions and agents must exist.
fn resolve_scope(ctx: &mut Ctx, args: &Args) -> Result<(&'static str, String)> {
    if let Some(agent) = &args.agent {
        if !ctx.state()?.agents()?.contains(agent) {
            return Err(user_err(format!("unknown agent '{agent}'"))
                .hint("agents are the directories under <state>/agents")
                .into());
        }
        return Ok(("agent", agent.clone()));
    }
    if let Some(key) = &args.session {
        if !session_known(ctx, key)? {
            crate::sync::refresh_costs(ctx, false, None)?;
            if !session_known(ctx, key)? {
                return Err(user_err(format!("unknown session '{key}'"))
                    .hint("use a session key from sessions.json, such as agent:main:telegram:dm:123456789")
                    .into());
            }
        }
        return Ok(("session", key.clone()));
    }
    if let Some(user) = &args.user {
        let links = crate::cost::identity_links(ctx)?;
        let (canonical, ids) = people::expand_person(user, &links);
        if let Some(name) = canonical {
            return Ok(("user", name));
        }
        if !user_known(ctx, &ids)? {
            crate::sync::refresh_costs(ctx, false, None)?;
            if !user_known(ctx, &ids)? {
                return Err(user_err(format!(
                    "unknown user '{user}': not seen in any transcript or in session.identityLinks"
                ))
                .hint("use a peer id such as telegram:123456789 or +15551234567, or an identityLinks name")
                .into());
            }
        }
        return Ok((
            "user",
            ids.into_iter().next().unwrap_or_else(|| user.clone()),
        ));
    }
    Ok(("global", String::new()))
}

fn user_known(ctx: &mut Ctx, ids: &[String]) -> Result<bool> {
    let store = ctx.store()?;
    for id in ids {
        if store.query_i64(
            "SELECT COUNT(*) FROM users WHERE user_id = ?",
            &[id.as_str().into()],
        )? > 0
        {
            return Ok(true);
        }
    }
    Ok(false)
}

fn session_known(ctx: &mut Ctx, key: &str) -> Result<bool> {
    let state = ctx.state()?.clone();
    for agent in state.agents()? {
        if crate::state::sessions::load(&state.sessions_store(&agent))?
            .iter()
            .any(|e| e.key == key)
        {
            return Ok(true);
        }
    }
    let n = ctx.store()?.query_i64(
        "SELECT COUNT(*) FROM cost_attribution WHERE session_key = ?",
        &[key.into()],
    )?;
    Ok(n > 0)
}
