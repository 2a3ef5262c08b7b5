//! Bulk loads into an empty SQLite ops database: the first `sync` of a large state directory.
//!
//! Maintaining the secondary indexes of `messages`, `media_files` and `cost_attribution` and
//! the rollup triggers row by row costs about half of a first sync; building them once at the
//! end is a sort. So [`begin`] drops those of the tables that are empty and records what
//! it dropped in `meta` in the same transaction, and [`finish`] rebuilds them: each index in its
//! own short transaction, then the triggers together with a rebuild of the rollup tables they
//! maintain, so a row a bot-side writer inserted meanwhile is counted exactly once. The unique
//! indexes that `ON CONFLICT` needs are never dropped.
//!
//! The loading process holds `<db>.bulk-load.lock` (`flock`, released by the kernel however the
//! process ends) until it has finished. Every [`Store::open`](super::Store::open) calls
//! [`finish`], which does the work only when that lock is free: a sync killed mid-load is
//! completed by the next command, while a command that opens the database during a live load
//! leaves it to the loader (its reports see the rows loaded so far, rollups not yet). Rebuilding
//! is idempotent, so a finish that races another is harmless.

use super::{BackendKind, Store};
use anyhow::{Context, Result};
use std::fs::File;

/// The `meta` key holding what [`begin`] dropped (JSON: `[[type, name, sql], …]`).
const MARKER: &str = "bulk_load.deferred";
const TABLES: [&str; 3] = ["messages", "media_files", "cost_attribution"];

type Deferred = Vec<(String, String, String)>;

/// A bulk load in progress: holds the lock that tells other processes to leave it alone.
pub struct Loading {
    _lock: File,
}

impl Loading {
    /// Rebuild what [`begin`] dropped.
    pub fn finish(self, store: &mut Store) -> Result<()> {
        rebuild(store)
    }
}

/// Drop the deferrable indexes and triggers of those loaded tables that are empty (SQLite only:
/// a first sync, or a first full sync after cost-only ones filled `cost_attribution`).
/// Returns the load in progress when it did; call [`Loading::finish`] after the load.
pub fn begin(store: &mut Store) -> Result<Option<Loading>> {
    if store.kind() != BackendKind::Sqlite {
        return Ok(None);
    }
    let Some(lock) = try_lock(store)? else {
        return Ok(None); // another process is loading
    };
    let begun = store.transaction(|s| {
        // Checked inside the write transaction: a concurrent first sync may have begun.
        if s.meta(MARKER)?.is_some() {
            return Ok(false);
        }
        let mut empty = Vec::new();
        for table in TABLES {
            if s.query_i64(&format!("SELECT EXISTS (SELECT 1 FROM {table})"), &[])? == 0 {
                empty.push(format!("'{table}'"));
            }
        }
        if empty.is_empty() {
            return Ok(false);
        }
        // `sql IS NULL` are the automatic indexes of UNIQUE constraints: they stay.
        let rows = s.query(
            &format!("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ({}) ORDER BY type, name", empty.join(", ")),
            &[],
        )?;
        let deferred: Deferred = rows
            .iter()
            .filter_map(|r| Some((r.string(0)?, r.string(1)?, r.string(2)?)))
            .collect();
        s.set_meta(MARKER, &serde_json::to_string(&deferred)?)?;
        for (kind, name, _) in &deferred {
            s.execute_batch(&format!("DROP {kind} IF EXISTS \"{name}\""))?;
        }
        Ok(true)
    })?;
    Ok(begun.then_some(Loading { _lock: lock }))
}

/// Finish a bulk load whose process is gone; nothing to do (one `meta` read) otherwise, and
/// nothing while the loader still runs.
pub fn finish(store: &mut Store) -> Result<()> {
    if store.kind() != BackendKind::Sqlite || marker(store)?.is_none() {
        return Ok(());
    }
    match try_lock(store)? {
        Some(_held) => rebuild(store),
        None => Ok(()),
    }
}

/// The marker, if the database has a `meta` table (a new one has none before migrating).
fn marker(store: &mut Store) -> Result<Option<Deferred>> {
    let has_meta = store.query_i64(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
        &[],
    )?;
    if has_meta == 0 {
        return Ok(None);
    }
    let Some(json) = store.meta(MARKER)? else {
        return Ok(None);
    };
    let deferred = serde_json::from_str(&json)
        .with_context(|| format!("{}: meta {MARKER} is not valid", store.location))?;
    Ok(Some(deferred))
}

/// Each index in its own short transaction, then, in one transaction, whatever is still missing
/// of the marker read again (another process may have begun a new load meanwhile), the
/// triggers, and the rollups they maintain refilled from `cost_attribution`.
fn rebuild(store: &mut Store) -> Result<()> {
    let Some(deferred) = marker(store)? else {
        return Ok(());
    };
    // Index builds are sorts: let SQLite sort on a second core.
    store.execute_batch("PRAGMA threads = 2")?;
    for (kind, name, sql) in deferred.iter().filter(|d| d.0 == "index") {
        store.transaction(|s| create_missing(s, kind, name, sql))?;
    }
    store.transaction(|s| {
        let Some(deferred) = marker(s)? else {
            return Ok(()); // another process finished it meanwhile
        };
        for (kind, name, sql) in &deferred {
            create_missing(s, kind, name, sql)?;
        }
        // The rollups are stale only if their triggers were off.
        if deferred.iter().any(|d| d.0 == "trigger") {
            super::rollups::refill(s)?;
        }
        s.execute("DELETE FROM meta WHERE key = ?", &[MARKER.into()])?;
        Ok(())
    })
}

/// The lock on `<db>.bulk-load.lock`: `None` while another process holds it.
fn try_lock(store: &Store) -> Result<Option<File>> {
    let path = format!("{}.bulk-load.lock", store.location);
    crate::fsutil::try_lock_exclusive(std::path::Path::new(&path))
}

fn create_missing(s: &mut Store, kind: &str, name: &str, sql: &str) -> Result<()> {
    let exists = s.query_i64(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = ? AND name = ?",
        &[kind.into(), name.into()],
    )?;
    if exists == 0 {
        s.execute_batch(sql)?;
    }
    Ok(())
}
