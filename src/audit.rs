//! Appending events to the audit trail (`audit_log`).
//!
//! Every clawctl command that changes anything records one event here: who, what, which
//! target, the result, a risk level, and metadata with counts and names (never content or
//! secret values).

use crate::store::{SqlValue, Store};
use anyhow::Result;
use serde_json::Value;

/// Outcome of an audited action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Failed,
    Partial,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failed => "failed",
            Outcome::Partial => "partial",
        }
    }
}

/// How dangerous an action is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Risk {
    Low,
    Medium,
    High,
}

impl Risk {
    pub fn as_str(self) -> &'static str {
        match self {
            Risk::Low => "low",
            Risk::Medium => "medium",
            Risk::High => "high",
        }
    }
}

/// One event to append.
#[derive(Debug, Clone)]
pub struct Event {
    pub actor: String,
    pub action: String,
    pub target: String,
    pub outcome: Outcome,
    pub risk: Risk,
    pub metadata: Value,
}

/// Append an event; returns its row id.
pub fn record(store: &mut Store, event: &Event) -> Result<i64> {
    let now = crate::state::sessions::now_ms();
    store.execute(
        "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)",
        &[
            now.into(),
            event.actor.as_str().into(),
            event.action.as_str().into(),
            event.target.as_str().into(),
            event.outcome.as_str().into(),
            event.risk.as_str().into(),
            SqlValue::Text(event.metadata.to_string()),
        ],
    )?;
    store.query_i64("SELECT MAX(id) FROM audit_log", &[])
}

/// The default actor: `operator:<os-user>@<host>`.
pub fn default_actor() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| {
            // SAFETY: getuid has no preconditions.
            format!("uid{}", unsafe { libc::getuid() })
        });
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into());
    format!("operator:{user}@{host}")
}
