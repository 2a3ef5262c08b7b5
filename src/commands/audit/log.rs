//! `clawctl audit log`: append an event to the audit trail (for scripts, hooks and the bot side).

use crate::app::Ctx;
use crate::audit::chain::{self, NewRow};
use crate::audit::{Event, Outcome, Risk};
use crate::error::{exit, user_err};
use crate::output::{Output, Table};
use anyhow::Result;
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// What was done (`send_message`, `file_delete`, …). Names starting with `audit.` are
    /// reserved for clawctl's own bookkeeping. The actor is the global --actor
    /// (CLAWCTL_ACTOR, default operator:<os-user>@<host>).
    #[arg(long)]
    pub action: String,
    /// What it was done to.
    #[arg(long, default_value = "")]
    pub target: String,
    /// The result.
    #[arg(long, value_enum, default_value_t = Outcome::Success)]
    pub result: Outcome,
    /// The risk level; high-risk events also go to syslog when `[audit.syslog]` is configured.
    #[arg(long, value_enum, default_value_t = Risk::Low)]
    pub risk: Risk,
    /// Metadata as a JSON object: counts and names, never content or secret values.
    #[arg(long, value_name = "JSON")]
    pub meta: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let action = args.action.trim();
    if action.is_empty() || action.chars().any(char::is_control) {
        return Err(usage(
            "--action must be a non-empty name without control characters",
        ));
    }
    if action.starts_with("audit.") {
        return Err(usage(&format!(
            "--action {action}: names starting with 'audit.' are reserved for clawctl"
        )));
    }
    if args.target.chars().any(char::is_control) {
        return Err(usage("--target must not contain control characters"));
    }
    let actor = ctx.actor();
    if actor.trim().is_empty() {
        return Err(usage("--actor must not be empty"));
    }
    let metadata = match &args.meta {
        None => json!({}),
        Some(text) => parse_meta(text)?,
    };
    let event = Event {
        actor,
        action: action.to_string(),
        target: args.target,
        outcome: args.result,
        risk: args.risk,
        metadata,
    };
    let store = ctx.store()?;
    let row = NewRow::now(&event);
    let sealed = chain::append(store, std::slice::from_ref(&row))?;
    let sealed = sealed
        .first()
        .ok_or_else(|| anyhow::anyhow!("the event was not appended"))?;
    let time = crate::timeparse::format_ms(sealed.timestamp);
    let doc = json!({
        "id": sealed.id,
        "time": time,
        "timestamp": sealed.timestamp,
        "actor": event.actor,
        "action": event.action,
        "target": event.target,
        "result": event.outcome.as_str(),
        "risk_level": event.risk.as_str(),
        "metadata": event.metadata,
        "prev_hash": sealed.prev_hash,
        "hash": sealed.hash,
    });
    let human = Table::key_values(
        &format!("Recorded audit event {}", sealed.id),
        vec![
            ("time", time.into()),
            ("actor", event.actor.clone().into()),
            ("action", event.action.clone().into()),
            ("target", event.target.clone().into()),
            ("result", event.outcome.as_str().into()),
            ("risk", event.risk.as_str().into()),
            ("hash", sealed.hash.clone().into()),
        ],
    );
    Ok(Output::Doc {
        json: doc,
        human: vec![human],
    })
}

/// `--meta`: a JSON object.
fn parse_meta(text: &str) -> Result<Value> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| usage(&format!("--meta is not valid JSON: {e}")))?;
    if !value.is_object() {
        let kind = match value {
            Value::Array(_) => "an array",
            Value::String(_) => "a string",
            Value::Number(_) => "a number",
            Value::Bool(_) => "a boolean",
            _ => "null",
        };
        return Err(usage(&format!("--meta must be a JSON object, not {kind}")));
    }
    Ok(value)
}

fn usage(message: &str) -> anyhow::Error {
    user_err(message)
        .hint(r#"example: clawctl audit log --action file_delete --target /srv/x --risk high --meta '{"files":3}'"#)
        .code(exit::USAGE)
        .into()
}
