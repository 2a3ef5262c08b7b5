//! The audit trail (`audit_log`): who did what, when, to which target, and proof that nobody
//! altered it since.
//!
//! Every clawctl command that changes anything records one event with [`record`]: who, what,
//! which target, the result, a risk level, and metadata with counts and names (never content
//! or secret values). Each event is sealed into a SHA-256 hash chain ([`chain`]); rows the bot
//! side inserted without a seal are sealed in order on clawctl's next run. [`verify`] checks
//! the chain, [`erase`] pseudonymizes (GDPR) and prunes (retention) without breaking it,
//! [`syslog`] sends high-risk events to an external copy, [`import`] reads the bot's
//! `logs/commands.log`. The design is documented in `docs/audit.md`.

pub mod chain;
pub mod erase;
pub mod import;
pub mod query;
pub mod syslog;
pub mod verify;

pub use erase::{prune_before, pseudonymize};
pub use import::{import_commands_log, ImportStats};

use crate::store::Store;
use anyhow::Result;
use serde_json::Value;

/// Actor of the events clawctl records about its own bookkeeping (erasure, pruning).
pub const SYSTEM_ACTOR: &str = "system:clawctl";

/// Outcome of an audited action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
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

/// Append an event, sealed into the hash chain (after sealing any rows the bot side left
/// unsealed); returns its row id. High-risk events also go to syslog when configured.
pub fn record(store: &mut Store, event: &Event) -> Result<i64> {
    let row = chain::NewRow::now(event);
    let appended = chain::append(store, std::slice::from_ref(&row))?;
    let sealed = appended
        .first()
        .ok_or_else(|| anyhow::anyhow!("audit event {} was not appended", event.action))?;
    Ok(sealed.id)
}

/// The default actor: `operator:<os-user>@<host>`. The user is `$USER` / `$LOGNAME`, else the
/// password database's name for this uid (cron jobs and units often set neither), else `uid<n>`.
pub fn default_actor() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| {
            // SAFETY: getuid has no preconditions.
            let uid = unsafe { libc::getuid() };
            passwd_name(uid).unwrap_or_else(|| format!("uid{uid}"))
        });
    format!("operator:{user}@{}", hostname())
}

/// The login name of `uid` in the password database.
fn passwd_name(uid: libc::uid_t) -> Option<String> {
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: an all-zero passwd is a valid value to be overwritten by getpwuid_r.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer refers to live, correctly sized storage owned by this frame.
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut found) };
    if rc != 0 || found.is_null() || pwd.pw_name.is_null() {
        return None;
    }
    // SAFETY: on success pw_name points at a NUL-terminated string inside `buf`.
    let name = unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) };
    Some(name.to_string_lossy().into_owned()).filter(|n| !n.is_empty())
}

/// This machine's host name (`localhost` when unknown).
pub fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}
