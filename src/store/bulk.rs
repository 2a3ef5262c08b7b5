//! Bulk loads into an empty SQLite ops database: the first `sync` of a large state directory.
//!
//! Maintaining the secondary indexes of `messages`, `media_files` and `cost_attribution` and
//! the rollup triggers row by row costs about half of a first sync; building them once at the
//! end is a sort. So [`begin`] drops those of the tables that are empty and records what
//! it dropped in `meta` in the same transaction, and [`finish`] rebuilds them: each index in its
//! own short transaction, then the triggers together with a rebuild of the rollup tables they
//! maintain, so a row a bot-side writer inserted meanwhile is counted exactly once. The loader
//! sums the rollups of what it inserts as it goes ([`Loading::tally`]); they are written as
//! they are when `PRAGMA data_version` shows that no other connection committed during the
//! load, and refilled from a scan of `cost_attribution` otherwise. The unique indexes that
//! `ON CONFLICT` needs are never dropped.
//!
//! The loading process holds `<db>.bulk-load.lock` (`flock`, released by the kernel however the
//! process ends) until it has finished. Every [`Store::open`](super::Store::open) calls
//! [`finish`], which does the work only when that lock is free: a sync killed mid-load is
//! completed by the next command, while a command that opens the database during a live load
//! leaves it to the loader (its reports see the rows loaded so far, rollups not yet). Rebuilding
//! is idempotent, so a finish that races another is harmless.

use super::rollups::Tally;
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
    /// The rollups of the rows this load inserted, while the loader can vouch for them: the
    /// loader sets it to `None` when a row was not inserted or changed other than it counted.
    pub tally: Option<Tally>,
    /// `PRAGMA data_version` when the load began: another connection's commit changes it.
    data_version: i64,
}

impl Loading {
    /// Rebuild what [`begin`] dropped; the rollups from [`Loading::tally`] when nobody else
    /// wrote to the database meanwhile, from a scan of `cost_attribution` otherwise.
    pub fn finish(self, store: &mut Store) -> Result<()> {
        let tally = self.tally.map(|t| (t, self.data_version));
        rebuild(store, tally)
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
            return Ok(None);
        }
        let mut empty = Vec::new();
        for table in TABLES {
            if s.query_i64(&format!("SELECT EXISTS (SELECT 1 FROM {table})"), &[])? == 0 {
                empty.push(format!("'{table}'"));
            }
        }
        if empty.is_empty() {
            return Ok(None);
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
        let rollups_off = deferred.iter().any(|d| d.0 == "trigger");
        Ok(Some(rollups_off))
    })?;
    let Some(rollups_off) = begun else {
        return Ok(None);
    };
    Ok(Some(Loading {
        _lock: lock,
        tally: rollups_off.then(Tally::default),
        data_version: data_version(store)?,
    }))
}

/// Finish a bulk load whose process is gone; nothing to do (one `meta` read) otherwise, and
/// nothing while the loader still runs.
pub fn finish(store: &mut Store) -> Result<()> {
    if store.kind() != BackendKind::Sqlite || marker(store)?.is_none() {
        return Ok(());
    }
    match try_lock(store)? {
        Some(_held) => rebuild(store, None),
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
/// triggers, and the rollups they maintain: the loader's `tally` if the database's
/// `data_version` is still the one it began with (no other connection committed anything
/// since), otherwise refilled from `cost_attribution`.
fn rebuild(store: &mut Store, tally: Option<(Tally, i64)>) -> Result<()> {
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
            match tally {
                Some((t, began)) if data_version(s)? == began => t.write(s)?,
                _ => super::rollups::refill(s)?,
            }
        }
        s.execute("DELETE FROM meta WHERE key = ?", &[MARKER.into()])?;
        Ok(())
    })
}

/// Changes whenever another connection commits to the database.
fn data_version(store: &mut Store) -> Result<i64> {
    store.query_i64("PRAGMA data_version", &[])
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::rollups::Call;

    /// A store with a bulk load begun, whose tally counts one call that is not in the table,
    /// so the rollups show which way they were rebuilt: 1 request from the tally, 0 from a scan.
    fn loading_with_a_phantom_call() -> (tempfile::TempDir, Store, Loading) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("ops.db").to_str().unwrap()).unwrap();
        let mut loading = begin(&mut store).unwrap().expect("a bulk load");
        let call = Call {
            timestamp: 86_400_000,
            text: ["main", "s", "", "", "", "m", "p", "chat"],
            tokens: [1, 2, 3, 4],
            cost: Some(0.5),
        };
        loading
            .tally
            .as_mut()
            .expect("triggers deferred")
            .add(&call, 1);
        (dir, store, loading)
    }

    fn day_requests(store: &mut Store) -> i64 {
        store
            .query_i64(
                "SELECT COALESCE(SUM(requests), 0) FROM cost_rollup_day",
                &[],
            )
            .unwrap()
    }

    #[test]
    fn the_rollups_come_from_the_tally_when_nobody_else_wrote() {
        let (_dir, mut store, loading) = loading_with_a_phantom_call();
        loading.finish(&mut store).unwrap();
        assert_eq!(day_requests(&mut store), 1);
    }

    #[test]
    fn another_connections_commit_during_the_load_makes_it_a_scan() {
        let (dir, mut store, loading) = loading_with_a_phantom_call();
        let other = rusqlite::Connection::open(dir.path().join("ops.db")).unwrap();
        other
            .execute_batch(
                "INSERT INTO cost_attribution (timestamp, call_key, agent_id, task_type, cost)
                 VALUES (172800000, 'bot:1', 'main', 'chat', 0.25)",
            )
            .unwrap();
        loading.finish(&mut store).unwrap();
        // The bot side's row, counted by the scan; not the tally's phantom.
        assert_eq!(day_requests(&mut store), 1);
        let day = store
            .query_i64("SELECT day FROM cost_rollup_day", &[])
            .unwrap();
        assert_eq!(day, 2);
    }
}
