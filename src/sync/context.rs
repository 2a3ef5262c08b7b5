//! What a transcript file belongs to: its session key (from `sessions.json`, or from
//! `cron/runs/*.jsonl` for isolated cron runs the store does not list), the kind of chat, the
//! person who owns a direct session, and its channel. Shared sessions (groups, the main-scope
//! DM session, leftovers whose key is gone) have no owner: each user line names its sender.

use crate::state::events::{EventSource, Transcript};
use crate::state::people;
use crate::state::session_key::{ChatKind, SessionKey};
use crate::state::sessions::SessionEntry;
use crate::state::transcript::TranscriptReader;
use crate::state::StateDir;
use anyhow::Result;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// How people are attributed in a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// One person: every row belongs to them.
    Direct(String),
    /// Several people (or unknown): user lines name their sender.
    Shared,
    /// A cron job's session (`cron:<job>`): nobody's.
    Cron,
    /// A webhook's session (`hook:<id>`): nobody's.
    Hook,
}

/// Everything about a file's session that rows need.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub agent: String,
    pub session_id: String,
    pub key: Option<String>,
    pub kind: Kind,
    /// The session's channel when it has one (not for the shared main session).
    pub channel: Option<String>,
    /// The owner's display name from the store (`origin.label`).
    pub owner_label: Option<String>,
}

/// One agent's session store, indexed for looking files up.
pub struct SessionIndex {
    entries: Vec<SessionEntry>,
    by_file: HashMap<String, usize>,
    by_id: HashMap<String, Vec<usize>>,
    cron_keys: HashMap<String, String>,
}

impl SessionIndex {
    /// Load the agent's sessions (`sessions.json`, or the SQLite layout's session nodes) and
    /// the cron run logs. An unreadable store is reported and treated as empty (its sessions
    /// are then attributed by envelope).
    pub fn load(
        state: &StateDir,
        source: &dyn EventSource,
        agent: &str,
        warn: &mut Vec<String>,
    ) -> Result<SessionIndex> {
        let entries = match source.sessions(agent) {
            Ok((entries, problems)) => {
                warn.extend(problems.iter().map(|p| p.to_string()));
                entries
            }
            Err(e) => {
                warn.push(format!("{e:#}"));
                Vec::new()
            }
        };
        let mut by_file = HashMap::new();
        let mut by_id: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if let Some(name) = e.session_file().and_then(|f| Path::new(f).file_name()) {
                by_file.insert(name.to_string_lossy().into_owned(), i);
            }
            if let Some(id) = e.session_id() {
                by_id.entry(id.to_string()).or_default().push(i);
            }
        }
        Ok(SessionIndex {
            entries,
            by_file,
            by_id,
            cron_keys: cron_run_keys(&state.root)?,
        })
    }

    fn entry_for(&self, file: &Transcript) -> Option<&SessionEntry> {
        if let Some(key) = &file.session_key {
            if let Some(e) = self.entries.iter().find(|e| &e.key == key) {
                return Some(e);
            }
        }
        let live_name = format!(
            "{}{}.jsonl",
            file.session_id,
            file.topic
                .as_deref()
                .map(|t| format!("-topic-{t}"))
                .unwrap_or_default()
        );
        if let Some(i) = self.by_file.get(&live_name) {
            return self.entries.get(*i);
        }
        let candidates = self.by_id.get(&file.session_id)?;
        let with_topic = candidates.iter().find(|i| {
            let key = SessionKey::parse(&self.entries[**i].key);
            key.thread.as_deref() == file.topic.as_deref()
        });
        with_topic
            .or_else(|| candidates.first())
            .and_then(|i| self.entries.get(*i))
    }

    /// The session a transcript belongs to.
    pub fn info(&self, file: &Transcript) -> SessionInfo {
        let entry = self.entry_for(file);
        let key = entry
            .map(|e| e.key.clone())
            .or_else(|| file.session_key.clone())
            .or_else(|| self.cron_keys.get(&file.session_id).cloned());
        describe(&file.agent, &file.session_id, key, entry)
    }
}

/// Classify a session from its key and store entry.
pub fn describe(
    agent: &str,
    session_id: &str,
    key: Option<String>,
    entry: Option<&SessionEntry>,
) -> SessionInfo {
    let parsed = key.as_deref().map(SessionKey::parse);
    let store_channel = entry.and_then(|e| {
        e.value
            .get("lastChannel")
            .and_then(Value::as_str)
            .or_else(|| e.origin("provider"))
            .map(str::to_lowercase)
    });
    let (kind, channel) = match &parsed {
        Some(k) if k.kind == ChatKind::Cron => (Kind::Cron, None),
        Some(k) if k.kind == ChatKind::Hook => (Kind::Hook, None),
        Some(k) => match people::session_owner(k, entry) {
            Some(owner) => (Kind::Direct(owner), k.channel.clone().or(store_channel)),
            None if matches!(k.kind, ChatKind::Group | ChatKind::Room) => {
                (Kind::Shared, k.channel.clone().or(store_channel))
            }
            None => (Kind::Shared, None),
        },
        None => (Kind::Shared, None),
    };
    let owner_label = match kind {
        Kind::Direct(_) => entry.and_then(|e| e.origin("label")).map(String::from),
        _ => None,
    };
    SessionInfo {
        agent: agent.to_string(),
        session_id: session_id.to_string(),
        key,
        kind,
        channel,
        owner_label,
    }
}

/// `cron/runs/<job>.jsonl`: sessionId → sessionKey of isolated cron runs.
fn cron_run_keys(root: &Path) -> Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    for name in crate::state::read_dir_names(&root.join("cron/runs"))? {
        if !name.ends_with(".jsonl") {
            continue;
        }
        let Ok(mut reader) = TranscriptReader::open(&root.join("cron/runs").join(&name)) else {
            continue;
        };
        while let Some(line) = reader.next_line()? {
            let v = &line.value;
            if let (Some(id), Some(key)) = (
                v.get("sessionId").and_then(Value::as_str),
                v.get("sessionKey").and_then(Value::as_str),
            ) {
                out.insert(id.to_string(), key.to_string());
            }
        }
    }
    Ok(out)
}
