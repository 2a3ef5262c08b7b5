//! Bulk loads into an empty SQLite ops database: the first `sync` of a large state directory.
//!
//! Maintaining the secondary indexes of `messages`, `media_files` and `cost_attribution` and
//! the rollup triggers row by row costs about half of a first sync; building them once at the
//! end is a sort. So [`begin`] drops them (only while those tables are empty) and records what
//! it dropped in `meta` in the same transaction, and [`finish`] rebuilds them: each index in its
//! own short transaction, then the triggers together with a rebuild of the rollup tables they
//! maintain, so a row a bot-side writer inserted meanwhile is counted exactly once. The unique
//! indexes that `ON CONFLICT` needs are never dropped.
//!
//! Every [`Store::open`](super::Store::open) calls [`finish`]: a sync killed mid-load is
//! completed by the next command, and a command that opens the database while another process
//! is still loading completes it early (the load then goes on with indexes and triggers, at the
//! usual speed). Rebuilding is idempotent, so finishing twice, or concurrently, is harmless.

use super::{BackendKind, Store};
use anyhow::{Context, Result};

/// The `meta` key holding what [`begin`] dropped (JSON: `[[type, name, sql], …]`).
const MARKER: &str = "bulk_load.deferred";
const TABLES: [&str; 3] = ["messages", "media_files", "cost_attribution"];

type Deferred = Vec<(String, String, String)>;

/// Drop the deferrable indexes and triggers if the loaded tables are all empty (SQLite only).
/// Returns whether it did; call [`finish`] after the load either way.
pub fn begin(store: &mut Store) -> Result<bool> {
    if store.kind() != BackendKind::Sqlite {
        return Ok(false);
    }
    store.transaction(|s| {
        // Checked inside the write transaction: a concurrent first sync may have begun.
        if s.meta(MARKER)?.is_some() {
            return Ok(false);
        }
        for table in TABLES {
            if s.query_i64(&format!("SELECT EXISTS (SELECT 1 FROM {table})"), &[])? != 0 {
                return Ok(false);
            }
        }
        // `sql IS NULL` are the automatic indexes of UNIQUE constraints: they stay.
        let rows = s.query(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ('messages', 'media_files', 'cost_attribution') ORDER BY type, name",
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
    })
}

/// Rebuild what an unfinished bulk load dropped; nothing to do (one `meta` read) otherwise.
pub fn finish(store: &mut Store) -> Result<()> {
    if store.kind() != BackendKind::Sqlite {
        return Ok(());
    }
    let Some(json) = store.meta(MARKER)? else {
        return Ok(());
    };
    let deferred: Deferred = serde_json::from_str(&json)
        .with_context(|| format!("{}: meta {MARKER} is not valid", store.location))?;
    // Index builds are sorts: let SQLite sort on a second core.
    store.execute_batch("PRAGMA threads = 2")?;
    for (kind, name, sql) in deferred.iter().filter(|d| d.0 == "index") {
        store.transaction(|s| create_missing(s, kind, name, sql))?;
    }
    store.transaction(|s| {
        if s.meta(MARKER)?.is_none() {
            return Ok(()); // another process finished it meanwhile
        }
        for (kind, name, sql) in deferred.iter().filter(|d| d.0 != "index") {
            create_missing(s, kind, name, sql)?;
        }
        for (table, backfill) in super::migrations::sqlite_rollup_backfills() {
            s.execute_batch(&format!("DELETE FROM {table}"))?;
            s.execute_batch(backfill)?;
        }
        s.execute("DELETE FROM meta WHERE key = ?", &[MARKER.into()])?;
        Ok(())
    })
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
