//! `clawctl retention hold`: place a legal hold, exempting a person's or a session's data from
//! every retention rule (files included) until it is released.

use crate::app::Ctx;
use crate::audit::{self, Event, Outcome, Risk};
use crate::error::user_err;
use crate::output::{Output, Table};
use crate::retention::holds::{self, Scope};
use crate::state::people::expand_person;
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Hold everything of this person: a peer id (telegram:123456789, +15551234567) or a
    /// session.identityLinks name (all of its linked ids are held).
    #[arg(long, group = "target", required = true, value_name = "ID")]
    pub user: Option<String>,
    /// Hold everything of this session: a session key (agent:main:telegram:dm:123) or session id.
    #[arg(long, group = "target", value_name = "KEY")]
    pub session: Option<String>,
    /// Why (recorded with the hold and in the audit trail), e.g. a case number.
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    let links = ctx
        .bot_config()?
        .map(|c| c.identity_links())
        .unwrap_or_default();
    let stores = holds::load_stores(&state)?;
    let actor = ctx.actor();
    let store = ctx.store()?;
    let (scope, scope_id) = match (&args.user, &args.session) {
        (Some(user), _) => {
            let (canonical, ids) = expand_person(user.trim(), &links);
            if canonical.is_none() && !holds::person_known(store, &stores, &ids)? {
                return Err(user_err(format!(
                    "no person {user} in the session stores, identityLinks or the ops database"
                ))
                .hint("use a peer id as the bot writes it (telegram:123456789, +15551234567) or an identityLinks name; run `clawctl sync` first if the person is new")
                .into());
            }
            (Scope::User, canonical.unwrap_or_else(|| ids.join(",")))
        }
        (None, Some(session)) => {
            let key = session.trim().to_string();
            if !holds::session_known(store, &stores, &state, &key)? {
                return Err(user_err(format!(
                    "no session {key} in the session stores, transcripts or the ops database"
                ))
                .hint("use a key from sessions.json (agent:main:telegram:dm:123456789) or a session id")
                .into());
            }
            (Scope::Session, key)
        }
        (None, None) => return Err(user_err("give --user or --session").into()),
    };
    let now = crate::state::sessions::now_ms();
    let (hold, new) = holds::add(store, scope, &scope_id, args.reason.as_deref(), now)?;
    let mut doc = hold.to_json(&links);
    doc["new"] = json!(new);
    audit::record(
        store,
        &Event {
            actor,
            action: "retention.hold".into(),
            target: format!("{}:{}", scope.as_str(), scope_id),
            outcome: Outcome::Success,
            risk: Risk::Medium,
            metadata: json!({ "covers": doc["covers"], "reason": hold.reason, "new": new }),
        },
    )?;
    let title = if new {
        "Legal hold placed"
    } else {
        "Legal hold already in place"
    };
    let human = Table::key_values(
        title,
        vec![
            ("scope", doc["scope"].clone()),
            ("target", doc["scope_id"].clone()),
            ("covers", doc["covers"].clone()),
            ("reason", doc["reason"].clone()),
            ("since", doc["created_at"].clone()),
        ],
    );
    Ok(Output::Doc {
        json: doc,
        human: vec![human],
    })
}
