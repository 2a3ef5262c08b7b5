//! `clawctl retention release`: release a legal hold; the data it kept becomes subject to the
//! policy again at the next `enforce`.

use crate::app::Ctx;
use crate::audit::{self, Event, Outcome, Risk};
use crate::error::user_err;
use crate::output::{Output, Table};
use crate::retention::holds::{self, Scope};
use crate::state::people::expand_person;
use anyhow::Result;
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Release the hold on this person (any of their linked ids, or the identityLinks name).
    #[arg(long, group = "target", required = true, value_name = "ID")]
    pub user: Option<String>,
    /// Release the hold on this session key or session id.
    #[arg(long, group = "target", value_name = "KEY")]
    pub session: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let links = ctx
        .bot_config()?
        .map(|c| c.identity_links())
        .unwrap_or_default();
    let actor = ctx.actor();
    let store = ctx.store()?;
    let all = holds::list(store)?;
    let (what, matching): (String, Vec<holds::Hold>) = match (&args.user, &args.session) {
        (Some(user), _) => {
            let ids = expand_person(user.trim(), &links).1;
            let m = all
                .into_iter()
                .filter(|h| h.scope == Scope::User)
                .filter(|h| {
                    h.scope_id.eq_ignore_ascii_case(user.trim())
                        || expand_person(&h.scope_id, &links)
                            .1
                            .iter()
                            .any(|i| ids.contains(i))
                })
                .collect();
            (format!("user {user}"), m)
        }
        (None, Some(key)) => {
            let m = all
                .into_iter()
                .filter(|h| h.scope == Scope::Session && h.scope_id == key.trim())
                .collect();
            (format!("session {key}"), m)
        }
        (None, None) => return Err(user_err("give --user or --session").into()),
    };
    if matching.is_empty() {
        return Err(user_err(format!("no legal hold on {what}"))
            .hint("`clawctl retention show` lists the holds in force")
            .into());
    }
    holds::remove(store, &matching)?;
    let released: Vec<Value> = matching.iter().map(|h| h.to_json(&links)).collect();
    for h in &matching {
        audit::record(
            store,
            &Event {
                actor: actor.clone(),
                action: "retention.release".into(),
                target: format!("{}:{}", h.scope.as_str(), h.scope_id),
                outcome: Outcome::Success,
                risk: Risk::High,
                metadata: json!({ "reason": h.reason, "held_since": crate::retention::iso(h.created_at) }),
            },
        )?;
    }
    let mut t = Table::new(["scope", "target", "reason", "since"]).titled("Legal holds released");
    for h in &released {
        t.push(vec![
            h["scope"].clone(),
            h["scope_id"].clone(),
            h["reason"].clone(),
            h["created_at"].clone(),
        ]);
    }
    Ok(Output::Doc {
        json: json!({ "released": released }),
        human: vec![t],
    })
}
