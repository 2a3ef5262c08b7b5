//! Retention: which data is old enough to go, and removing it safely while the bot runs.
//!
//! [`policy`] reads the rules; [`holds`] resolves legal holds; [`files`] finds the bot's files
//! a rule covers; [`plan`] counts what each rule would remove (for `show` and `--dry-run`);
//! [`enforce`] removes it in short batches under a run lock ([`runlock`]), journaling file
//! removals ([`steps`]), trimming `logs/commands.log` ([`commands_log`]) and archiving
//! transcripts ([`archive`]) when the policy asks.
//!
//! # Crash safety: the order of removal
//!
//! - Ops-database rows (messages, audit events, cost rows) go in batches, each one short
//!   transaction: a kill loses at most the batch in flight, and the next run finds the rest.
//! - Indexed media: the files of a batch are unlinked first (and their directories fsynced),
//!   then the batch's rows are deleted in one transaction. Killed in between, rows point at files
//!   that are already gone (the files were expired, so nobody misses them) and the next run,
//!   finding the same expired rows, skips the missing files and deletes the rows. The reverse
//!   order could leave files on disk that no row points to any more.
//! - Transcripts, leftovers, unindexed media and `commands.log` are planned first, written to a
//!   journal (`<state>/clawctl/journal/retention-*.plan.json`) and applied step by step; every
//!   step re-checks its condition when applied, so resuming a journal later is safe.
//! - A session's transcript goes together with its `sessions.json` entry, under the bot's
//!   `sessions.json.lock`: the entry is removed first (store rewritten atomically), then the
//!   file (with `archive`, the zip is written and fsynced before either). Killed in between, the
//!   file is left without an entry, which the bot ignores, and the next run removes it as an
//!   idle orphan. The bot never sees an entry whose transcript is missing.

pub mod archive;
pub mod commands_log;
pub mod deletes;
pub mod enforce;
pub mod files;
pub mod holds;
pub mod plan;
pub mod policy;
pub mod rows;
pub mod runlock;
pub mod steps;

use chrono::{DateTime, SecondsFormat, Utc};
use std::path::{Component, Path, PathBuf};

/// The rules, in the order they are reported and applied.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    Messages,
    Media,
    Cost,
    Audit,
    Transcripts,
    Leftovers,
    CommandsLog,
}

impl Rule {
    pub const ALL: [Rule; 7] = [
        Rule::Messages,
        Rule::Media,
        Rule::Cost,
        Rule::Audit,
        Rule::Transcripts,
        Rule::Leftovers,
        Rule::CommandsLog,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Messages => "messages",
            Rule::Media => "media",
            Rule::Cost => "cost",
            Rule::Audit => "audit",
            Rule::Transcripts => "transcripts",
            Rule::Leftovers => "leftovers",
            Rule::CommandsLog => "commands_log",
        }
    }

    /// What the rule removes, for tables.
    pub fn what(self) -> &'static str {
        match self {
            Rule::Messages => "ops-db message rows",
            Rule::Media => "media files (and their rows)",
            Rule::Cost => "ops-db cost rows",
            Rule::Audit => "audit events",
            Rule::Transcripts => "idle session transcripts",
            Rule::Leftovers => ".deleted/.reset/.bak copies",
            Rule::CommandsLog => "logs/commands.log lines",
        }
    }
}

/// Unix milliseconds as an RFC 3339 UTC timestamp.
pub fn iso(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(SecondsFormat::Millis, true))
        .unwrap_or_else(|| ms.to_string())
}

/// Parse `--now`: RFC 3339 with any offset (`2026-11-20T12:00:00+01:00`), a date
/// (`2026-11-20`, midnight UTC) or Unix milliseconds.
pub fn parse_instant(text: &str) -> std::result::Result<i64, String> {
    let t = text.trim();
    if let Ok(ms) = t.parse::<i64>() {
        return Ok(ms);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Ok(dt.timestamp_millis());
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        if let Some(dt) = d.and_hms_opt(0, 0, 0) {
            return Ok(dt.and_utc().timestamp_millis());
        }
    }
    Err(format!(
        "invalid time {text:?}: use RFC 3339 (2026-11-20T12:00:00Z), a date or Unix milliseconds"
    ))
}

/// Map a path the bot wrote onto this state directory: relative paths are relative to it;
/// absolute paths inside it stay; absolute paths into another copy of a state directory
/// (`/home/<user>/.clawdbot/…`, `.openclaw/`, `.moltbot/`, `.moldbot/`, `.openclaw-<profile>/`)
/// are re-rooted here. Anything else (outside any state dir, or with `..`) is `None`.
pub fn resolve_in_state(root: &Path, raw: &str) -> Option<PathBuf> {
    let path = Path::new(raw);
    if path.components().any(|c| matches!(c, Component::ParentDir)) {
        return None;
    }
    if path.is_relative() {
        return Some(root.join(path));
    }
    if path.starts_with(root) {
        return Some(path.to_path_buf());
    }
    let comps: Vec<Component> = path.components().collect();
    let at = comps.iter().rposition(|c| match c {
        Component::Normal(n) => {
            let n = n.to_string_lossy();
            matches!(
                n.as_ref(),
                ".clawdbot" | ".openclaw" | ".moltbot" | ".moldbot"
            ) || n.starts_with(".openclaw-")
        }
        _ => false,
    })?;
    let rest: PathBuf = comps[at + 1..].iter().collect();
    Some(root.join(rest))
}

/// A file's path relative to the state dir, as the ops database stores it.
pub fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

/// A file's modification time in Unix milliseconds.
pub fn mtime_ms(meta: &std::fs::Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_millis() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_rerooted_onto_the_state_dir() {
        let root = Path::new("/srv/state");
        assert_eq!(
            resolve_in_state(root, "/home/operator/.clawdbot/media/inbound/a.png"),
            Some(PathBuf::from("/srv/state/media/inbound/a.png"))
        );
        assert_eq!(
            resolve_in_state(root, "media/inbound/a.png"),
            Some(PathBuf::from("/srv/state/media/inbound/a.png"))
        );
        assert_eq!(
            resolve_in_state(root, "/srv/state/media/x"),
            Some(PathBuf::from("/srv/state/media/x"))
        );
        assert_eq!(resolve_in_state(root, "/etc/passwd"), None);
        assert_eq!(resolve_in_state(root, "media/../../etc/passwd"), None);
    }

    #[test]
    fn instants_take_offsets() {
        assert_eq!(
            parse_instant("2026-11-20T01:00:00+01:00").unwrap(),
            parse_instant("2026-11-20").unwrap()
        );
        assert_eq!(parse_instant("1000").unwrap(), 1000);
        assert!(parse_instant("yesterday").is_err());
        assert_eq!(iso(0), "1970-01-01T00:00:00.000Z");
    }
}
