//! One pass over every transcript: whose each session is, who wrote each line, and what each
//! person has (messages, media, first and last seen, recorded cost).
//!
//! The bot's files are the source of truth. A session is *theirs alone* when its key is a
//! direct chat with them (or, for files `sessions.json` no longer lists, such as `.deleted`
//! leftovers, when every user line comes from them in a direct-chat envelope). Everything else
//! is *shared*: groups, rooms, the main-scope DM session, cron and hook sessions. In shared
//! sessions a user line belongs to the sender in its envelope, and the bot's assistant and
//! tool-result lines up to the next user line are its direct replies to that sender.

use super::lines::{self, line_ms, Classifier, LineClass};
use super::media::{self, MediaFile};
use super::person::Person;
use super::transcripts::{TranscriptLines, Transcripts};
use crate::state::events::Transcript;
use crate::state::people::{envelope, group_sender, line_sender, session_owner};
use crate::state::session_key::{ChatKind, SessionKey};
use crate::state::sessions::SessionEntry;
use crate::state::transcript::{message, message_text};
use crate::state::{Layout, StateDir, TranscriptKind};
use anyhow::Result;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// A transcript and whose it is.
#[derive(Debug, Clone)]
pub struct SessionFile {
    pub agent: String,
    /// The file; for a transcript in the bot's database, `<database>:<session id>` (no such
    /// file exists: the database itself is the gateway's).
    pub path: PathBuf,
    /// Relative to the state directory.
    pub rel: String,
    pub transcript: Transcript,
    pub session_id: String,
    pub kind: TranscriptKind,
    pub bytes: u64,
    /// The `sessions.json` key, when the store lists this session.
    pub key: Option<String>,
    /// The one person it belongs to; `None` for shared sessions.
    pub owner: Option<String>,
    /// Occurrences of the focus person's ids, when the census had a focus.
    pub mentions: Option<usize>,
}

impl SessionFile {
    /// The file's name; `<session id>.jsonl` for a transcript in the bot's database.
    pub fn file_name(&self) -> String {
        if self.transcript.in_bot_database() {
            return format!("{}.jsonl", self.session_id);
        }
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// What one peer id has in the transcripts.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// User messages they wrote.
    pub messages: u64,
    /// The bot's direct replies to them.
    pub replies: u64,
    pub first_ms: Option<i64>,
    pub last_ms: Option<i64>,
    /// Indexes into [`Census::files`].
    pub own_files: BTreeSet<usize>,
    pub shared_files: BTreeSet<usize>,
    /// Per file index: (their messages, replies to them).
    pub per_file: BTreeMap<usize, (u64, u64)>,
    pub channels: BTreeSet<String>,
    /// Names they go by in envelopes and `origin.label`.
    pub labels: BTreeSet<String>,
    /// Media keys (see [`Census::media`]) referenced by their messages.
    pub media: BTreeSet<String>,
    /// `usage.cost.total` of the bot's replies to them, as the bot recorded it.
    pub cost_recorded: f64,
}

impl Stats {
    /// Add another id's stats (for a person with several ids).
    pub fn merge(&mut self, s: &Stats) {
        let into = self;
        into.messages += s.messages;
        into.replies += s.replies;
        into.first_ms = [into.first_ms, s.first_ms].into_iter().flatten().min();
        into.last_ms = [into.last_ms, s.last_ms].into_iter().flatten().max();
        into.own_files.extend(&s.own_files);
        into.shared_files.extend(&s.shared_files);
        for (k, (a, b)) in &s.per_file {
            let e = into.per_file.entry(*k).or_default();
            e.0 += a;
            e.1 += b;
        }
        into.channels.extend(s.channels.iter().cloned());
        into.labels.extend(s.labels.iter().cloned());
        into.media.extend(s.media.iter().cloned());
        into.cost_recorded += s.cost_recorded;
    }
}

/// A session store of one agent.
#[derive(Debug, Clone)]
pub struct AgentStore {
    pub agent: String,
    /// `sessions.json`, or the agent database whose `session_nodes` hold the entries.
    pub path: PathBuf,
    pub entries: Vec<SessionEntry>,
}

#[derive(Debug)]
pub struct Census {
    /// Where the transcripts are read from (files, or the bot's databases).
    pub transcripts: Transcripts,
    pub files: Vec<SessionFile>,
    pub stores: Vec<AgentStore>,
    pub people: BTreeMap<String, Stats>,
    /// Every media reference: key (path relative to the state dir, or the raw text when it
    /// maps nowhere) → the file and the ids whose messages reference it.
    pub media: BTreeMap<String, (MediaFile, BTreeSet<String>)>,
    /// Malformed transcript lines seen (skipped).
    pub malformed: u64,
}

/// The channel a user line came from.
pub fn line_channel(file: &SessionFile, text: &str) -> Option<String> {
    if let Some(env) = envelope(text) {
        if !env.channel.contains(':') {
            return Some(env.channel);
        }
    }
    file.key
        .as_deref()
        .and_then(|k| SessionKey::parse(k).channel)
}

/// Scan every agent's store and transcripts, with complete stats for everyone.
pub fn scan(state: &StateDir) -> Result<Census> {
    scan_inner(state, None)
}

/// Scan for one person: their stats are complete, everyone else's are not (their lines are
/// decided from the raw bytes and not parsed), but every media reference is still recorded so
/// shared media is known. Much faster on large installations.
pub fn scan_for(state: &StateDir, person: &Person) -> Result<Census> {
    scan_inner(state, Some(person))
}

fn scan_inner(state: &StateDir, focus: Option<&Person>) -> Result<Census> {
    let transcripts = Transcripts::open(state)?;
    let mut census = Census {
        transcripts: transcripts.clone(),
        files: Vec::new(),
        stores: Vec::new(),
        people: BTreeMap::new(),
        media: BTreeMap::new(),
        malformed: 0,
    };
    let source = transcripts.source();
    for agent in source.agents()? {
        let (entries, _) = source.sessions(&agent)?;
        let by_id: BTreeMap<String, SessionEntry> = entries
            .iter()
            .filter_map(|e| e.session_id().map(|id| (id.to_string(), e.clone())))
            .collect();
        for t in source.transcripts(&agent)? {
            let entry = by_id.get(&t.session_id);
            let rel = t.display(state);
            let file = SessionFile {
                agent: agent.clone(),
                path: state.root.join(&rel),
                rel,
                session_id: t.session_id.clone(),
                kind: t.kind,
                bytes: t.bytes,
                key: entry
                    .map(|e| e.key.clone())
                    .or_else(|| t.session_key.clone()),
                owner: None,
                mentions: None,
                transcript: t,
            };
            census.add_file(state, file, entry, focus)?;
        }
        census.stores.push(AgentStore {
            path: match state.layout {
                Layout::File => state.sessions_store(&agent),
                Layout::Sqlite => crate::state::sqlite_layout::agent_db_path(&state.root, &agent),
            },
            agent,
            entries,
        });
    }
    Ok(census)
}

impl Census {
    fn add_file(
        &mut self,
        state: &StateDir,
        mut file: SessionFile,
        entry: Option<&SessionEntry>,
        focus: Option<&Person>,
    ) -> Result<()> {
        let keyed_owner = entry.and_then(|e| {
            let key = SessionKey::parse(&e.key);
            (key.kind == ChatKind::Direct)
                .then(|| session_owner(&key, Some(e)))
                .flatten()
        });
        // Leftovers and orphans: first find who wrote in them (when it could be them).
        let owner = match (&keyed_owner, entry) {
            (Some(o), _) => Some(o.clone()),
            (None, Some(_)) => None,
            (None, None) => match focus {
                Some(p) if self.transcripts.count_mentions(&file.transcript, p)? == 0 => None,
                _ => sole_direct_sender(self.transcripts.lines(&file.transcript)?)?,
            },
        };
        file.owner = owner.clone();
        let idx = self.files.len();
        let mut classifier = Classifier::new(owner.as_deref());
        let mut lines = self.transcripts.lines(&file.transcript)?;
        let mut mentions = 0;
        while let Some(raw) = lines.next()? {
            let quick = focus.and_then(|p| classifier.classify_raw(raw, p));
            if let (None, Some(p)) = (&quick, focus) {
                mentions += p.count_in(raw);
            }
            if let Some(class) = quick {
                // Not theirs: only its media references matter (for shared media).
                if let (LineClass::User(sender), true) = (class, lines::has_media(raw)) {
                    if let Some(msg) = lines::parse(raw).as_ref().and_then(|v| message(v).cloned())
                    {
                        let text = message_text(&msg);
                        if let Some(id) = sender.or_else(|| line_sender(&text)) {
                            self.add_media(state, &text, &id);
                        }
                    }
                }
                continue;
            }
            let Some(value) = lines::parse(raw) else {
                self.malformed += 1;
                continue;
            };
            let class = classifier.classify(&value);
            let (LineClass::User(Some(id)) | LineClass::Reply(Some(id))) = &class else {
                continue;
            };
            let msg = message(&value).unwrap_or(&Value::Null);
            let stats = self.people.entry(id.clone()).or_default();
            if owner.is_some() {
                stats.own_files.insert(idx);
            } else {
                stats.shared_files.insert(idx);
            }
            let counts = stats.per_file.entry(idx).or_default();
            if let LineClass::Reply(_) = class {
                counts.1 += 1;
                stats.replies += 1;
                stats.cost_recorded += msg
                    .pointer("/usage/cost/total")
                    .and_then(Value::as_f64)
                    .unwrap_or(0.0);
                continue;
            }
            counts.0 += 1;
            stats.messages += 1;
            if let Some(ms) = line_ms(&value) {
                stats.first_ms = Some(stats.first_ms.map_or(ms, |f| f.min(ms)));
                stats.last_ms = Some(stats.last_ms.map_or(ms, |l| l.max(ms)));
            }
            let text = message_text(msg);
            if let Some(ch) = line_channel(&file, &text) {
                stats.channels.insert(ch);
            }
            if let Some(env) = envelope(&text) {
                let label = group_sender(env.body).map_or(env.label, |(l, _)| l);
                if !label.is_empty() {
                    stats.labels.insert(label);
                }
            }
            for key in self.add_media(state, &text, id) {
                self.people.entry(id.clone()).or_default().media.insert(key);
            }
        }
        file.mentions = focus.map(|_| mentions);
        if let (Some(o), Some(e)) = (&owner, entry) {
            if let Some(label) = e.origin("label") {
                self.people
                    .entry(o.clone())
                    .or_default()
                    .labels
                    .insert(label.to_string());
            }
        }
        self.files.push(file);
        Ok(())
    }

    /// Record the media references of a user line by `id`; returns their keys.
    fn add_media(&mut self, state: &StateDir, text: &str, id: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for r in crate::state::media::references(text) {
            let resolved = media::resolve(&state.root, &r.path);
            let key = resolved.rel.clone().unwrap_or_else(|| r.path.clone());
            self.media
                .entry(key.clone())
                .or_insert_with(|| (resolved, BTreeSet::new()))
                .1
                .insert(id.to_string());
            keys.push(key);
        }
        keys
    }
}

/// For a transcript no store lists: its owner when every user line comes from one sender in
/// a direct-chat envelope (no group sender label).
fn sole_direct_sender(mut lines: TranscriptLines) -> Result<Option<String>> {
    let mut sender: Option<String> = None;
    while let Some(raw) = lines.next()? {
        if !raw.windows(6).any(|w| w == b"\"user\"") {
            continue;
        }
        let Some(value) = lines::parse(raw) else {
            continue;
        };
        let Some(msg) = message(&value) else {
            continue;
        };
        if msg.get("role").and_then(Value::as_str) != Some("user") {
            continue;
        }
        let text = message_text(msg);
        let Some(env) = envelope(&text) else {
            continue;
        };
        if group_sender(env.body).is_some() {
            return Ok(None);
        }
        let Some(id) = line_sender(&text) else {
            continue;
        };
        match &sender {
            Some(s) if *s != id => return Ok(None),
            _ => sender = Some(id),
        }
    }
    Ok(sender)
}
