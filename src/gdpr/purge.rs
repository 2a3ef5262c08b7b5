//! Erasing a person: the plan (what `--dry-run` prints) and its journaled steps (applied by
//! [`apply`](super::apply)).
//!
//! Every step is idempotent and re-checks the files it touches when it runs, so a purge killed
//! at any point is finished by the next run (the journal resumes at the step that was in
//! flight), and data the bot wrote after the plan was made is caught too. Order: the session
//! stores first (so the bot stops routing to their sessions), then transcripts, media, the
//! memory index, small stores, the config and logs, and last the ops database and the audit
//! trail, ending with one high-risk audit event that holds counts only.
//!
//! On the SQLite layout (OpenClaw 2026.7.2+) the gateway is the only writer of its databases:
//! sessions, transcript rows and the memory index there are left to `openclaw sessions delete`
//! and `openclaw memory forget` ([`Plan::gateway`] names them); everything else (leftover files,
//! media, small stores, the config, logs, the ops database) is erased as on the file layout.

use super::inventory::Inventory;
use super::lines::{self, Classifier, LineClass};
use super::memory::MemoryHits;
use super::person::Person;
use super::report::{self, Location};
use super::stores::StoreKind;
use crate::journal::Step;
use crate::state::Layout;
use anyhow::Result;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The journal kind (and the fault-injection name: `CLAWCTL_FAULT_KILL_AFTER_STEP=user-purge:<n>`).
pub const JOURNAL_KIND: &str = "user-purge";

/// One idempotent step.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum PurgeStep {
    SessionStore {
        store: PathBuf,
        remove: Vec<String>,
    },
    Redact {
        path: PathBuf,
        store: PathBuf,
        owner: Option<String>,
    },
    DeleteFile {
        path: PathBuf,
        bytes: u64,
    },
    RemoveDir {
        path: PathBuf,
    },
    Memory {
        hits: MemoryHits,
        sessions: Vec<String>,
    },
    JsonStore {
        path: PathBuf,
        rel: String,
        kind: StoreKind,
    },
    Config {
        path: PathBuf,
    },
    Log {
        path: PathBuf,
    },
    OpsDb {
        sessions: Vec<String>,
        message_keys: Vec<String>,
        touched: Vec<String>,
    },
    Audit,
    ScrubOpsDb,
    Record,
}

impl Step for PurgeStep {
    fn describe(&self) -> String {
        match self {
            PurgeStep::SessionStore { store, remove } => format!(
                "edit {} ({} entries removed, routes scrubbed)",
                store.display(),
                remove.len()
            ),
            PurgeStep::Redact { path, .. } => format!("redact {}", path.display()),
            PurgeStep::DeleteFile { path, .. } => format!("delete {}", path.display()),
            PurgeStep::RemoveDir { path } => format!("remove directory {}", path.display()),
            PurgeStep::Memory { hits, .. } => format!("clean memory index {}", hits.path.display()),
            PurgeStep::JsonStore { path, .. } => format!("edit {}", path.display()),
            PurgeStep::Config { path } => format!("edit config {}", path.display()),
            PurgeStep::Log { path } => format!("remove log lines from {}", path.display()),
            PurgeStep::OpsDb { .. } => "erase ops database rows".into(),
            PurgeStep::Audit => "pseudonymize audit events".into(),
            PurgeStep::ScrubOpsDb => "vacuum the ops database".into(),
            PurgeStep::Record => "record the audit event".into(),
        }
    }
}

/// Totals of a plan (what `--dry-run` promises).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    pub files_deleted: u64,
    pub bytes_deleted: u64,
    pub transcripts_redacted: u64,
    pub lines_redacted: u64,
    pub mentions_masked: u64,
    pub session_entries_removed: u64,
    pub session_entries_scrubbed: u64,
    pub media_kept_shared: u64,
    pub memory_chunks: u64,
    pub store_entries: u64,
    pub config_entries: u64,
    pub log_lines: u64,
    pub db_rows: i64,
    pub left_in_place: u64,
    /// Sessions in the bot's database that hold their data (left to the gateway).
    pub left_for_gateway: u64,
}

pub struct Plan {
    pub steps: Vec<PurgeStep>,
    pub locations: Vec<Location>,
    pub totals: Totals,
    /// What only the gateway may erase (SQLite layout): one line each, with the bot's command.
    pub gateway: Vec<String>,
}

/// `<session_id>:<entry_id>` of their lines and the bot's replies to them in shared sessions
/// (the ops database's `message_key`).
pub fn message_keys(inv: &Inventory) -> Result<Vec<String>> {
    let mut keys = Vec::new();
    for s in inv.shared.iter().filter(|s| s.messages + s.replies > 0) {
        let mut c = Classifier::new(s.file.owner.as_deref());
        let mut r = inv.transcripts.lines(&s.file.transcript)?;
        while let Some(raw) = r.next()? {
            if c.classify_raw(raw, &inv.person).is_some() {
                continue;
            }
            let Some(value) = lines::parse(raw) else {
                continue;
            };
            let theirs = match c.classify(&value) {
                LineClass::User(Some(id)) | LineClass::Reply(Some(id)) => inv.person.has(&id),
                _ => false,
            };
            if let (true, Some(id)) = (theirs, value.get("id").and_then(Value::as_str)) {
                keys.push(format!("{}:{id}", s.file.session_id));
            }
        }
    }
    Ok(keys)
}

/// Turn an inventory into steps.
pub fn plan(inv: &Inventory, db_location: Option<&str>, message_keys: Vec<String>) -> Plan {
    let root = &inv.root;
    let mut steps = Vec::new();
    let mut t = Totals::default();
    let sqlite = inv.transcripts.source().layout() == Layout::Sqlite;
    let gateway = gateway_steps(inv, sqlite);
    t.left_for_gateway = inv
        .own
        .iter()
        .chain(&inv.shared)
        .filter(|f| f.file.transcript.in_bot_database())
        .count() as u64;
    // The session nodes of the SQLite layout are the gateway's.
    for e in inv.entries.iter().filter(|_| !sqlite) {
        t.session_entries_removed += e.remove.len() as u64;
        t.session_entries_scrubbed += e.scrub.len() as u64;
        steps.push(PurgeStep::SessionStore {
            store: e.store.clone(),
            remove: e.remove.clone(),
        });
    }
    let mut touched = Vec::new();
    for s in inv
        .shared
        .iter()
        .filter(|s| !s.file.transcript.in_bot_database())
    {
        t.transcripts_redacted += 1;
        t.lines_redacted += s.messages + s.replies;
        t.mentions_masked += s.mentions as u64;
        touched.extend([
            s.file.rel.clone(),
            s.file.path.to_string_lossy().into_owned(),
        ]);
        steps.push(PurgeStep::Redact {
            path: s.file.path.clone(),
            store: root
                .join("agents")
                .join(&s.file.agent)
                .join("sessions/sessions.json"),
            owner: s.file.owner.clone(),
        });
    }
    let delete = |path: PathBuf, bytes: u64, steps: &mut Vec<PurgeStep>, t: &mut Totals| {
        t.files_deleted += 1;
        t.bytes_deleted += bytes;
        steps.push(PurgeStep::DeleteFile { path, bytes });
    };
    for f in inv
        .own
        .iter()
        .filter(|f| !f.file.transcript.in_bot_database())
    {
        touched.extend([
            f.file.rel.clone(),
            f.file.path.to_string_lossy().into_owned(),
        ]);
        delete(f.file.path.clone(), f.file.bytes, &mut steps, &mut t);
    }
    for m in inv.media_to_delete() {
        if let Some(p) = m.file.path(root) {
            delete(p, m.file.bytes, &mut steps, &mut t);
        }
    }
    t.media_kept_shared = inv
        .media
        .iter()
        .filter(|m| !m.shared_with.is_empty())
        .count() as u64;
    let mut dirs = BTreeSet::new();
    for (rel, bytes) in &inv.remote_cache {
        delete(root.join(rel), *bytes, &mut steps, &mut t);
        if let Some(top) = rel.split('/').nth(2) {
            dirs.insert(root.join("media/remote-cache").join(top));
        }
    }
    for d in dirs {
        steps.push(PurgeStep::RemoveDir { path: d });
    }
    let mut sessions: Vec<String> = inv.own_session_ids();
    sessions.extend(
        inv.shared
            .iter()
            .filter(|s| s.messages + s.replies > 0)
            .map(|s| s.file.session_id.clone()),
    );
    sessions.sort();
    sessions.dedup();
    for m in inv.memory.iter().filter(|_| !sqlite) {
        t.memory_chunks += m.chunk_ids.len() as u64;
        steps.push(PurgeStep::Memory {
            hits: m.clone(),
            sessions: sessions.clone(),
        });
    }
    for (h, kind) in &inv.stores {
        t.store_entries += h.count as u64;
        steps.push(PurgeStep::JsonStore {
            path: root.join(&h.rel),
            rel: h.rel.clone(),
            kind: *kind,
        });
    }
    for h in &inv.config {
        t.config_entries += h.count as u64;
        steps.push(PurgeStep::Config {
            path: root.join(&h.rel),
        });
    }
    for h in &inv.logs {
        t.log_lines += h.count as u64;
        steps.push(PurgeStep::Log {
            path: root.join(&h.rel),
        });
    }
    t.db_rows = inv.db.as_ref().map_or(0, |d| d.rows());
    t.left_in_place = inv.other.len() as u64;
    steps.push(PurgeStep::OpsDb {
        sessions: inv.own_session_ids(),
        message_keys,
        touched,
    });
    steps.extend([PurgeStep::Audit, PurgeStep::ScrubOpsDb, PurgeStep::Record]);
    Plan {
        steps,
        locations: report::locations(inv, db_location),
        totals: t,
        gateway,
    }
}

/// On the SQLite layout: what only the gateway may erase, with the bot's command for each.
fn gateway_steps(inv: &Inventory, sqlite: bool) -> Vec<String> {
    if !sqlite {
        return Vec::new();
    }
    let key = |f: &super::inventory::FileLines| {
        f.file
            .key
            .clone()
            .unwrap_or_else(|| f.file.session_id.clone())
    };
    let mut out: Vec<String> = inv
        .own
        .iter()
        .filter(|f| f.file.transcript.in_bot_database())
        .map(|f| format!("openclaw sessions delete {}", key(f)))
        .collect();
    out.extend(
        inv.shared
            .iter()
            .filter(|f| f.file.transcript.in_bot_database() && f.messages + f.replies > 0)
            .map(|f| {
                format!(
                    "shared session {} holds {} of their lines and replies to them: `openclaw sessions delete {}` removes it for everyone",
                    key(f),
                    f.messages + f.replies,
                    key(f)
                )
            }),
    );
    if inv
        .memory
        .iter()
        .any(|m| !m.chunk_ids.is_empty() || !m.file_paths.is_empty())
    {
        out.push("openclaw memory forget (their chunks in the memory index)".into());
    }
    out.sort();
    out.dedup();
    out
}

/// The unfinished purge journal a query refers to (by the name or id it was started with, or
/// any of the person's ids), with the person it erases. Works after the config step has
/// already removed their identityLinks entry.
pub fn pending_for(
    root: &Path,
    query: &str,
) -> Result<Option<(crate::journal::Journal<PurgeStep>, Person)>> {
    let Some(j) = crate::journal::Journal::<PurgeStep>::pending(root, JOURNAL_KIND)? else {
        return Ok(None);
    };
    let person = person_of_journal(&j.meta);
    let q = query.trim();
    let norm = crate::state::people::normalize_peer(None, q);
    let matches = j.meta.get("query").and_then(Value::as_str) == Some(q)
        || person
            .canonical
            .as_deref()
            .is_some_and(|c| c.eq_ignore_ascii_case(q))
        || norm.is_some_and(|n| person.has(&n));
    Ok(matches.then_some((j, person)))
}

/// The person recorded in a purge journal's metadata.
pub fn person_of_journal(meta: &Value) -> Person {
    let ids: Vec<String> = meta
        .get("ids")
        .cloned()
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    Person::from_ids(
        meta.get("query").and_then(Value::as_str).unwrap_or(""),
        meta.get("canonical")
            .and_then(Value::as_str)
            .map(String::from),
        ids,
    )
}

/// The person of any unfinished purge.
pub fn pending_for_any(root: &Path) -> Result<Option<Person>> {
    Ok(
        crate::journal::Journal::<PurgeStep>::pending(root, JOURNAL_KIND)?
            .map(|j| person_of_journal(&j.meta)),
    )
}
