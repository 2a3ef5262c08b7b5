//! The bot's files a rule covers, each with its verdict: idle transcripts, leftover copies and
//! media files that no ops-database row indexes.
//!
//! A file is kept when it is young, when a legal hold covers its session or it contains a held
//! person's messages, and (transcripts) when the ops database marks one of its messages starred
//! or archived while the messages rule keeps those.

use super::holds::{Held, Stores};
use super::policy::Policy;
use super::{mtime_ms, relative, resolve_in_state, Rule};
use crate::state::events::Resume;
use crate::state::people::line_sender;
use crate::state::transcript::{message, message_text};
use crate::state::{walk_files, Layout, StateDir, TranscriptKind};
use crate::store::Store;
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// Why a file stays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    Young,
    Held,
    Starred,
}

/// One file a rule looked at.
#[derive(Debug, Clone)]
pub struct FileItem {
    pub rule: Rule,
    pub path: PathBuf,
    pub bytes: u64,
    /// The instant the rule measures age from (Unix ms).
    pub time_ms: i64,
    pub agent: Option<String>,
    /// The `sessions.json` key when the store lists this transcript.
    pub session_key: Option<String>,
    pub session_id: Option<String>,
    pub keep: Option<Keep>,
}

/// What the file rules work from.
pub struct Scene<'a> {
    pub state: &'a StateDir,
    pub policy: &'a Policy,
    pub now_ms: i64,
    pub held: &'a Held,
    pub stores: &'a Stores,
}

impl Scene<'_> {
    /// The transcript a store entry points at (`sessionFile`, else `<sessionId>.jsonl`).
    pub fn entry_file(
        &self,
        agent: &str,
        e: &crate::state::sessions::SessionEntry,
    ) -> Option<PathBuf> {
        let dir = self.state.sessions_dir(agent);
        match e.session_file() {
            Some(f) if Path::new(f).is_absolute() => resolve_in_state(&self.state.root, f),
            Some(f) => Some(dir.join(f)),
            None => e.session_id().map(|id| dir.join(format!("{id}.jsonl"))),
        }
    }
}

/// Live transcripts (rule `transcripts`) and leftovers (rule `leftovers`) of every agent.
/// On the SQLite layout the gateway owns transcripts, so only leftovers are returned.
pub fn transcripts(scene: &Scene, mut store: Option<&mut Store>) -> Result<Vec<FileItem>> {
    let idle_cutoff = scene.policy.transcripts.idle_days.cutoff(scene.now_ms);
    let leftover_cutoff = scene.policy.leftovers.days.cutoff(scene.now_ms);
    let mut out = Vec::new();
    for (agent, entries) in scene.stores {
        let mut by_file: BTreeMap<PathBuf, &crate::state::sessions::SessionEntry> = BTreeMap::new();
        for e in entries {
            if let Some(f) = scene.entry_file(agent, e) {
                by_file.insert(f, e);
            }
        }
        for t in scene.state.transcripts(agent)? {
            let Ok(meta) = std::fs::symlink_metadata(&t.path) else {
                continue;
            };
            let mtime = mtime_ms(&meta);
            let (rule, time_ms, cutoff, entry) = if t.kind == TranscriptKind::Live {
                if scene.state.layout == Layout::Sqlite {
                    continue;
                }
                let entry = by_file.get(&t.path).copied();
                // Idle means both the file and the store's updatedAt are old.
                let updated = entry.and_then(|e| e.updated_at()).unwrap_or(mtime);
                (Rule::Transcripts, mtime.max(updated), idle_cutoff, entry)
            } else {
                let named = leftover_time(&t.path).unwrap_or(mtime);
                (Rule::Leftovers, named, leftover_cutoff, None)
            };
            let mut item = FileItem {
                rule,
                path: t.path.clone(),
                bytes: meta.len(),
                time_ms,
                agent: Some(agent.clone()),
                session_key: entry.map(|e| e.key.clone()),
                session_id: Some(t.session_id.clone()),
                keep: None,
            };
            item.keep = if cutoff.is_none_or(|c| time_ms >= c) {
                Some(Keep::Young)
            } else {
                transcript_keep(scene, &item, store.as_deref_mut())?
            };
            out.push(item);
        }
    }
    Ok(out)
}

/// Why an expired transcript or leftover must stay, if it must.
fn transcript_keep(
    scene: &Scene,
    item: &FileItem,
    store: Option<&mut Store>,
) -> Result<Option<Keep>> {
    let sid = item.session_id.as_deref().unwrap_or_default();
    let held = scene.held;
    if held.covers_session(item.session_key.as_deref(), sid) {
        return Ok(Some(Keep::Held));
    }
    if !held.user_ids.is_empty() && mentions_held(&item.path, held)? {
        return Ok(Some(Keep::Held));
    }
    let Some(store) = store else { return Ok(None) };
    if !held.user_ids.is_empty() {
        let (clause, mut params) = held.sql_match(Some("user_id"), None, None);
        params.insert(0, sid.into());
        let sql = format!("SELECT COUNT(*) FROM messages WHERE session_id = ? AND {clause}");
        if store.query_i64(&sql, &params)? > 0 {
            return Ok(Some(Keep::Held));
        }
    }
    let m = &scene.policy.messages;
    if item.rule == Rule::Transcripts && (m.keep_starred || m.keep_archived) {
        let flag = match (m.keep_starred, m.keep_archived) {
            (true, true) => "(starred <> 0 OR archived <> 0)",
            (true, false) => "starred <> 0",
            _ => "archived <> 0",
        };
        let sql = format!("SELECT COUNT(*) FROM messages WHERE session_id = ? AND {flag}");
        if store.query_i64(&sql, &[sid.into()])? > 0 {
            return Ok(Some(Keep::Starred));
        }
    }
    Ok(None)
}

/// The instant in a leftover's name: `.deleted.2026-10-01T08-00-00.000Z` or `.bak.<unix ms>`.
pub fn leftover_time(path: &Path) -> Option<i64> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let i = name.find(".jsonl.")?;
    let suffix = &name[i + ".jsonl.".len()..];
    let (_, stamp) = suffix.split_once('.')?;
    if let Ok(ms) = stamp.parse::<i64>() {
        // Unix milliseconds, or seconds for short numbers.
        return Some(if stamp.len() >= 12 { ms } else { ms * 1000 });
    }
    // `2026-10-01T08-00-00.000Z`: the bot replaces `:` with `-` in the time.
    let (date, time) = stamp.split_once('T')?;
    let time = time.replacen('-', ":", 2);
    super::parse_instant(&format!("{date}T{time}")).ok()
}

/// Whether a transcript holds a message from a held person (by the envelope's sender id).
pub fn mentions_held(path: &Path, held: &Held) -> Result<bool> {
    let mut found = false;
    scan_user_lines(path, &mut |text| {
        if line_sender(text).is_some_and(|s| held.covers_user(&s)) {
            found = true;
        }
        !found
    })?;
    Ok(found)
}

/// Call `f` with the text of every user message of a transcript; stop when it returns false.
/// Lines are only parsed when they look like user messages, so large files scan quickly.
pub fn scan_user_lines(path: &Path, f: &mut dyn FnMut(&str) -> bool) -> Result<()> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(anyhow::Error::new(e).context(format!("reading {}", path.display()))),
    };
    let mut reader = std::io::BufReader::with_capacity(256 * 1024, file);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        let Ok(line) = std::str::from_utf8(&buf) else {
            continue;
        };
        if !line.contains("\"user\"") {
            continue;
        }
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(msg) = message(&value) else { continue };
        if msg.get("role").and_then(|r| r.as_str()) != Some("user") {
            continue;
        }
        if !f(&message_text(msg)) {
            return Ok(());
        }
    }
}

/// Files under `media/` that no `media_files` row indexes (rule `media`, by mtime). With holds in
/// force, a file referenced from a held transcript, or in a held session's remote cache, stays.
pub fn unindexed_media(
    scene: &Scene,
    indexed: &HashSet<String>,
    transcripts: &[FileItem],
) -> Result<Vec<FileItem>> {
    let cutoff = scene.policy.media.days.cutoff(scene.now_ms);
    let root = &scene.state.root;
    let mut out = Vec::new();
    walk_files(&root.join("media"), &mut |path, meta| {
        let rel = relative(root, path);
        if indexed.contains(&rel) {
            return;
        }
        let time_ms = mtime_ms(meta);
        out.push(FileItem {
            rule: Rule::Media,
            path: path.to_path_buf(),
            bytes: meta.len(),
            time_ms,
            agent: None,
            session_key: None,
            session_id: None,
            keep: cutoff.is_none_or(|c| time_ms >= c).then_some(Keep::Young),
        });
    })?;
    let expired = out.iter().any(|i| i.keep.is_none());
    if expired && !scene.held.is_empty() {
        let held_refs = held_references(scene, transcripts)?;
        for item in out.iter_mut().filter(|i| i.keep.is_none()) {
            let rel = relative(root, &item.path);
            let in_held_cache = rel
                .strip_prefix("media/remote-cache/")
                .and_then(|r| r.split('/').next())
                .is_some_and(|dir| scene.held.mentioned_in(dir));
            if in_held_cache || held_refs.contains(&rel) {
                item.keep = Some(Keep::Held);
            }
        }
    }
    Ok(out)
}

/// Media paths (relative to the state dir) referenced from transcripts a hold covers: the
/// transcript files, and on the SQLite layout the events in the bot's databases (read-only).
fn held_references(scene: &Scene, transcripts: &[FileItem]) -> Result<BTreeSet<String>> {
    let mut refs = BTreeSet::new();
    for t in transcripts {
        let sid = t.session_id.as_deref().unwrap_or_default();
        let whole_file = scene.held.covers_session(t.session_key.as_deref(), sid);
        scan_user_lines(&t.path, &mut |text| {
            held_in_text(scene, whole_file, text, &mut refs);
            true
        })?;
    }
    if scene.state.layout == Layout::Sqlite {
        let source = crate::state::events::open(scene.state)?;
        for agent in source.agents()? {
            for t in source.transcripts(&agent)? {
                if !t.in_bot_database() {
                    continue;
                }
                let whole = scene
                    .held
                    .covers_session(t.session_key.as_deref(), &t.session_id);
                let mut events = source.open(&t, Resume::START)?;
                while let Some(e) = events.next_event()? {
                    let user = message(&e.value).filter(|m| m["role"] == "user");
                    if let Some(m) = user {
                        held_in_text(scene, whole, &message_text(m), &mut refs);
                    }
                }
            }
        }
    }
    Ok(refs)
}

/// Add the media a user line references when a hold covers its session or its sender.
fn held_in_text(scene: &Scene, whole_session: bool, text: &str, refs: &mut BTreeSet<String>) {
    if !text.contains("[media attached") {
        return;
    }
    let by_sender = line_sender(text).is_some_and(|s| scene.held.covers_user(&s));
    if whole_session || by_sender {
        let root = &scene.state.root;
        for r in crate::state::media::references(text) {
            if let Some(p) = resolve_in_state(root, &r.path) {
                refs.insert(relative(root, &p));
            }
        }
    }
}

/// Whether `path` is a regular file inside `<state>/media/` (the only place media is deleted).
pub fn deletable_media(root: &Path, path: &Path) -> bool {
    path.starts_with(root.join("media"))
        && std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftover_names_carry_their_time() {
        let t = |n: &str| leftover_time(Path::new(n));
        assert_eq!(
            t("a.jsonl.deleted.2026-10-01T08-00-00.000Z"),
            Some(super::super::parse_instant("2026-10-01T08:00:00Z").unwrap())
        );
        assert_eq!(t("a.jsonl.bak.1769000000000"), Some(1_769_000_000_000));
        assert_eq!(t("a.jsonl.reset.1769000000"), Some(1_769_000_000_000));
        assert_eq!(t("a.jsonl.bak"), None);
        assert_eq!(t("a.jsonl.reset.later"), None);
    }
}
