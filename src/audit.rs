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

/// GDPR erasure: replace every occurrence of a person's ids in `actor`, `target` and
/// `metadata` with `pseudonym`. Returns the number of events changed.
pub fn pseudonymize(store: &mut Store, ids: &[String], pseudonym: &str) -> Result<u64> {
    let mut changed = 0;
    for id in ids {
        changed += store.execute(
            "UPDATE audit_log SET actor = REPLACE(actor, ?, ?), target = REPLACE(target, ?, ?), metadata = REPLACE(metadata, ?, ?)
             WHERE actor LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\' OR metadata LIKE ? ESCAPE '\\'",
            &[
                id.as_str().into(),
                pseudonym.into(),
                id.as_str().into(),
                pseudonym.into(),
                id.as_str().into(),
                pseudonym.into(),
                like_pattern(id).into(),
                like_pattern(id).into(),
                like_pattern(id).into(),
            ],
        )?;
    }
    Ok(changed)
}

/// Retention: delete up to `limit` events older than `before_ms`, oldest first. Returns how
/// many were deleted (0 when nothing is left to prune).
pub fn prune_before(store: &mut Store, before_ms: i64, limit: u64) -> Result<u64> {
    store.execute(
        "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE timestamp < ? ORDER BY id LIMIT ?)",
        &[before_ms.into(), (limit as i64).into()],
    )
}

fn like_pattern(id: &str) -> String {
    let escaped = id
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}
