//! Everything clawctl can find about one person, and where it lives.
//!
//! Built from the [`census`](super::census) of the transcripts plus a byte search of the rest of
//! the state directory for their ids: session stores, credentials, cron jobs, the config and its
//! backups, logs, the memory index, and the ops database. `user show` prints it, `user export`
//! copies it, `user purge` turns it into a plan. Whatever mentions them that clawctl does not
//! know how to edit is listed in [`Inventory::other`], never silently ignored.

use super::census::{Census, SessionFile, Stats};
use super::config_edit;
use super::db::DbCounts;
use super::media::{MediaFile, MediaStatus};
use super::memory::{self, MemoryHits};
use super::person::Person;
use super::scan::{count_lines_mentioning, remote_cache, scan_mentions, store_hit};
use super::stores::StoreKind;
use super::transcripts::Transcripts;
use crate::state::session_key::SessionKey;
use crate::state::StateDir;
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// A transcript of theirs, one someone else also wrote in, or one that mentions them.
#[derive(Debug, Clone)]
pub struct FileLines {
    pub file: SessionFile,
    /// Their user lines in it.
    pub messages: u64,
    /// The bot's direct replies to them.
    pub replies: u64,
    /// Occurrences of their ids in the file's bytes.
    pub mentions: usize,
}

/// Session-store entries to remove (their sessions) or scrub (shared ones routing to them).
#[derive(Debug, Clone)]
pub struct EntryEdit {
    pub agent: String,
    pub store: PathBuf,
    pub remove: Vec<String>,
    pub scrub: Vec<String>,
}

/// A media file referenced by their messages.
#[derive(Debug, Clone)]
pub struct MediaItem {
    pub key: String,
    pub file: MediaFile,
    /// Other people whose messages reference the same file (it is kept then).
    pub shared_with: Vec<String>,
}

/// A file of the state dir with what clawctl would change in it.
#[derive(Debug, Clone)]
pub struct FileHit {
    pub rel: String,
    pub what: String,
    /// Entries, elements or lines that change.
    pub count: usize,
    pub changes: Vec<String>,
}

#[derive(Debug)]
pub struct Inventory {
    pub root: PathBuf,
    /// Where the transcripts are read from (the census's source).
    pub transcripts: Transcripts,
    pub person: Person,
    pub stats: Stats,
    /// Their own sessions' transcripts, leftovers included.
    pub own: Vec<FileLines>,
    pub shared: Vec<FileLines>,
    pub entries: Vec<EntryEdit>,
    pub media: Vec<MediaItem>,
    /// Files under `media/remote-cache/<their session>/`: (relative path, bytes).
    pub remote_cache: Vec<(String, u64)>,
    pub memory: Vec<MemoryHits>,
    pub stores: Vec<(FileHit, StoreKind)>,
    pub config: Vec<FileHit>,
    pub logs: Vec<FileHit>,
    /// Files that mention them and that clawctl leaves alone: (relative path, mentions).
    pub other: Vec<(String, usize)>,
    pub db: Option<DbCounts>,
}

impl Inventory {
    /// Nothing at all about them anywhere.
    pub fn is_empty(&self) -> bool {
        self.own.is_empty()
            && self.shared.is_empty()
            && self
                .entries
                .iter()
                .all(|e| e.remove.is_empty() && e.scrub.is_empty())
            && self.media.is_empty()
            && self.remote_cache.is_empty()
            && self
                .memory
                .iter()
                .all(|m| m.chunk_ids.is_empty() && m.file_paths.is_empty())
            && self.stores.is_empty()
            && self.config.is_empty()
            && self.logs.is_empty()
            && self.other.is_empty()
            && self.db.as_ref().is_none_or(|d| d.rows() == 0)
    }

    /// Session ids of their own sessions.
    pub fn own_session_ids(&self) -> Vec<String> {
        let set: BTreeSet<&String> = self.own.iter().map(|f| &f.file.session_id).collect();
        set.into_iter().cloned().collect()
    }

    /// Media files that go with them (present, inside the state dir, nobody else's).
    pub fn media_to_delete(&self) -> impl Iterator<Item = &MediaItem> {
        self.media
            .iter()
            .filter(|m| m.file.status == MediaStatus::Present && m.shared_with.is_empty())
    }
}

/// Find everything about `person`. `db` is read when given.
pub fn build(
    state: &StateDir,
    census: &Census,
    person: Person,
    db: Option<DbCounts>,
) -> Result<Inventory> {
    let mut stats = Stats::default();
    for id in &person.ids {
        if let Some(s) = census.people.get(id) {
            stats.merge(s);
        }
    }
    let own: Vec<FileLines> = stats
        .own_files
        .iter()
        .map(|&i| {
            let (messages, replies) = stats.per_file.get(&i).copied().unwrap_or_default();
            FileLines {
                file: census.files[i].clone(),
                messages,
                replies,
                mentions: 0,
            }
        })
        .collect();
    let own_paths: BTreeSet<&PathBuf> = own.iter().map(|f| &f.file.path).collect();

    // One byte search of the state dir (clawctl's own dir and media contents excluded).
    let known: BTreeMap<PathBuf, usize> = census
        .files
        .iter()
        .filter_map(|f| f.mentions.map(|n| (f.path.clone(), n)))
        .collect();
    let mentions = scan_mentions(&state.root, &person, &known)?;
    let mut shared: BTreeMap<usize, FileLines> = BTreeMap::new();
    for &i in &stats.shared_files {
        let (messages, replies) = stats.per_file.get(&i).copied().unwrap_or_default();
        shared.insert(
            i,
            FileLines {
                file: census.files[i].clone(),
                messages,
                replies,
                mentions: 0,
            },
        );
    }
    let by_path: BTreeMap<&PathBuf, usize> = census
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| (&f.path, i))
        .collect();
    let config_names = config_names(state);
    let mut inv = Inventory {
        root: state.root.clone(),
        transcripts: census.transcripts.clone(),
        person,
        stats: Stats::default(),
        own: Vec::new(),
        shared: Vec::new(),
        entries: Vec::new(),
        media: Vec::new(),
        remote_cache: Vec::new(),
        memory: Vec::new(),
        stores: Vec::new(),
        config: Vec::new(),
        logs: Vec::new(),
        other: Vec::new(),
        db,
    };
    for (rel, count) in &mentions {
        let path = state.root.join(rel);
        if let Some(&i) = by_path.get(&path) {
            if !own_paths.contains(&path) {
                shared
                    .entry(i)
                    .or_insert_with(|| FileLines {
                        file: census.files[i].clone(),
                        messages: 0,
                        replies: 0,
                        mentions: 0,
                    })
                    .mentions = *count;
            }
        } else if is_session_store(rel) || is_memory_file(rel) {
            // Handled below from the parsed store and through SQL.
        } else if let Some(kind) = StoreKind::of(rel) {
            let hit = store_hit(&path, rel, kind, &inv.person)?;
            if hit.count > 0 {
                inv.stores.push((hit, kind));
            } else {
                inv.other.push((rel.clone(), *count));
            }
        } else if config_names
            .iter()
            .any(|n| rel == n || rel.starts_with(&format!("{n}.bak")))
        {
            let text = std::fs::read_to_string(&path)?;
            let (left, removed) = match config_edit::remove_person(&text, &inv.person)? {
                Some((edited, n)) => (inv.person.count_in(edited.as_bytes()), n),
                None => (*count, 0),
            };
            if removed > 0 {
                inv.config.push(FileHit {
                    rel: rel.clone(),
                    what: "config".into(),
                    count: removed,
                    changes: Vec::new(),
                });
            }
            if left > 0 {
                inv.other.push((rel.clone(), left));
            }
        } else if rel.starts_with("logs/")
            || (rel.starts_with("cron/runs/") && rel.ends_with(".jsonl"))
        {
            let lines = count_lines_mentioning(&path, &inv.person)?;
            inv.logs.push(FileHit {
                rel: rel.clone(),
                what: "log".into(),
                count: lines,
                changes: Vec::new(),
            });
        } else {
            inv.other.push((rel.clone(), *count));
        }
    }
    inv.shared = shared.into_values().collect();
    inv.entries = entry_edits(census, &own, &inv.person);
    inv.media = stats
        .media
        .iter()
        .filter_map(|k| census.media.get(k).map(|(f, users)| (k, f, users)))
        .map(|(k, f, users)| MediaItem {
            key: k.clone(),
            file: f.clone(),
            shared_with: users
                .iter()
                .filter(|u| !inv.person.has(u))
                .cloned()
                .collect(),
        })
        .collect();
    inv.remote_cache = remote_cache(&state.root, &own, &inv.person)?;
    let mut sessions: BTreeSet<String> = own.iter().map(|f| f.file.session_id.clone()).collect();
    sessions.extend(
        inv.shared
            .iter()
            .filter(|s| s.messages + s.replies > 0)
            .map(|s| s.file.session_id.clone()),
    );
    for path in memory::index_files(&state.root)? {
        let hits = memory::find(&path, &inv.person, &sessions)?;
        if !hits.chunk_ids.is_empty() || !hits.file_paths.is_empty() {
            inv.memory.push(hits);
        }
    }
    inv.own = own;
    inv.stats = stats;
    Ok(inv)
}

fn is_session_store(rel: &str) -> bool {
    rel.starts_with("agents/") && rel.ends_with("/sessions/sessions.json")
}

fn is_memory_file(rel: &str) -> bool {
    rel.starts_with("memory/")
        && (rel.ends_with(".sqlite")
            || rel.ends_with(".sqlite-wal")
            || rel.ends_with(".sqlite-shm"))
}

/// The config file's path relative to the state dir, when it lives there.
fn config_names(state: &StateDir) -> Vec<String> {
    state
        .config_path
        .as_ref()
        .and_then(|p| p.strip_prefix(&state.root).ok())
        .map(|p| vec![p.to_string_lossy().into_owned()])
        .unwrap_or_default()
}

fn entry_edits(census: &Census, own: &[FileLines], person: &Person) -> Vec<EntryEdit> {
    let own_ids: BTreeSet<(&str, &str)> = own
        .iter()
        .map(|f| (f.file.agent.as_str(), f.file.session_id.as_str()))
        .collect();
    let mut out = Vec::new();
    for store in &census.stores {
        let mut edit = EntryEdit {
            agent: store.agent.clone(),
            store: store.path.clone(),
            remove: Vec::new(),
            scrub: Vec::new(),
        };
        for e in &store.entries {
            let theirs = e
                .session_id()
                .is_some_and(|sid| own_ids.contains(&(store.agent.as_str(), sid)))
                || crate::state::people::session_owner(&SessionKey::parse(&e.key), Some(e))
                    .is_some_and(|o| person.has(&o));
            if theirs {
                edit.remove.push(e.key.clone());
            } else if person.mentioned_in(e.value.to_string().as_bytes())
                || person.mentioned_in(e.key.as_bytes())
            {
                edit.scrub.push(e.key.clone());
            }
        }
        if !edit.remove.is_empty() || !edit.scrub.is_empty() {
            out.push(edit);
        }
    }
    out
}
