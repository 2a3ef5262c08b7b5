//! The ops-database rules (`messages`, `media` rows, `cost`, `audit`): the SQL that says which
//! rows are expired and deletable, counting them, and the batches ([`super::deletes`] deletes).
//!
//! Batches walk the `timestamp` index with a keyset (`timestamp, id`), so each batch reads only
//! the rows it deletes plus the expired rows a rule keeps (starred, held), and the whole run reads
//! the expired range once. The delete repeats the condition, so a row starred or held between the
//! read and the delete stays.

use super::holds::Held;
use super::policy::Policy;
use crate::store::{BackendKind, Row, SqlValue, Store};
use anyhow::Result;
use std::time::Duration;

/// A WHERE fragment with its parameters.
#[derive(Debug, Clone)]
pub struct Cond {
    pub sql: String,
    pub params: Vec<SqlValue>,
}

impl Cond {
    pub(super) fn new(cutoff_ms: i64) -> Cond {
        Cond {
            sql: "timestamp < ?".into(),
            params: vec![cutoff_ms.into()],
        }
    }

    fn and(mut self, sql: &str, params: Vec<SqlValue>) -> Cond {
        self.sql.push_str(sql);
        self.params.extend(params);
        self
    }
}

/// Expired `messages` rows the policy removes.
pub fn messages(policy: &Policy, cutoff_ms: i64, held: &Held) -> Cond {
    let (h, hp) = held.sql_exclude(Some("user_id"), Some("session_key"), Some("session_id"));
    let mut c = Cond::new(cutoff_ms);
    if policy.messages.keep_starred {
        c = c.and(" AND starred = 0", vec![]);
    }
    if policy.messages.keep_archived {
        c = c.and(" AND archived = 0", vec![]);
    }
    c.and(&h, hp)
}

/// Expired `cost_attribution` rows.
pub fn cost(cutoff_ms: i64, held: &Held) -> Cond {
    let (h, hp) = held.sql_exclude(Some("user_id"), Some("session_key"), Some("session_id"));
    Cond::new(cutoff_ms).and(&h, hp)
}

/// Expired `media_files` rows: not held, and not attached to a message the policy keeps.
pub fn media(policy: &Policy, cutoff_ms: i64, held: &Held) -> Cond {
    let (h, hp) = held.sql_exclude(Some("user_id"), None, Some("session_id"));
    let m = &policy.messages;
    let flags = match (m.keep_starred, m.keep_archived) {
        (true, true) => Some("(k.starred <> 0 OR k.archived <> 0)"),
        (true, false) => Some("k.starred <> 0"),
        (false, true) => Some("k.archived <> 0"),
        (false, false) => None,
    };
    let c = Cond::new(cutoff_ms).and(&h, hp);
    match flags {
        Some(f) => c.and(
            &format!(" AND NOT EXISTS (SELECT 1 FROM messages k WHERE k.message_key = media_files.message_key AND {f})"),
            vec![],
        ),
        None => c,
    }
}

/// Counts for one table.
#[derive(Debug, Clone, Default)]
pub struct Counted {
    pub count: u64,
    /// Expired rows a legal hold keeps.
    pub held: u64,
    /// Expired rows kept for another reason (starred, archived).
    pub exempt: u64,
    pub oldest_kept_ms: Option<i64>,
}

/// Count what `cond` would delete from `table` (cutoff `cutoff_ms`).
pub fn count(
    store: &mut Store,
    table: &str,
    cond: &Cond,
    cutoff_ms: i64,
    held_match: (String, Vec<SqlValue>),
) -> Result<Counted> {
    let q = |s: &mut Store, sql: String, p: &[SqlValue]| s.query_i64(&sql, p);
    let cut = [SqlValue::from(cutoff_ms)];
    let expired = q(
        store,
        format!("SELECT COUNT(*) FROM {table} WHERE timestamp < ?"),
        &cut,
    )?;
    let count = q(
        store,
        format!("SELECT COUNT(*) FROM {table} WHERE {}", cond.sql),
        &cond.params,
    )?;
    let held = if held_match.1.is_empty() {
        0
    } else {
        let mut p = cut.to_vec();
        p.extend(held_match.1);
        q(
            store,
            format!(
                "SELECT COUNT(*) FROM {table} WHERE timestamp < ? AND COALESCE({}, FALSE)",
                held_match.0
            ),
            &p,
        )?
    };
    let young = min_ts(
        store,
        &format!("SELECT MIN(timestamp) FROM {table} WHERE timestamp >= ?"),
        &cut,
    )?;
    let mut p = cut.to_vec();
    p.extend(cond.params.iter().cloned());
    let old_kept = min_ts(
        store,
        &format!(
            "SELECT MIN(timestamp) FROM {table} WHERE timestamp < ? AND NOT ({})",
            cond.sql
        ),
        &p,
    )?;
    Ok(Counted {
        count: count as u64,
        held: held as u64,
        exempt: (expired - count - held).max(0) as u64,
        oldest_kept_ms: old_kept.or(young),
    })
}

fn min_ts(store: &mut Store, sql: &str, params: &[SqlValue]) -> Result<Option<i64>> {
    Ok(store
        .query_one(sql, params)?
        .and_then(|r| r.get(0).as_i64()))
}

/// Sum of `LENGTH` in bytes of a text column over the rows `cond` selects.
pub fn text_bytes(store: &mut Store, table: &str, column: &str, cond: &Cond) -> Result<u64> {
    let len = match store.kind() {
        BackendKind::Sqlite => format!("LENGTH(CAST({column} AS BLOB))"),
        BackendKind::Postgres => format!("OCTET_LENGTH({column})"),
    };
    let sql = format!(
        "SELECT COALESCE(SUM({len}), 0) FROM {table} WHERE {}",
        cond.sql
    );
    Ok(store.query_i64(&sql, &cond.params)?.max(0) as u64)
}

/// Where a keyset walk over `(timestamp, id)` has got to.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cursor {
    pub timestamp: i64,
    pub id: i64,
}

impl Cursor {
    pub fn start() -> Cursor {
        Cursor {
            timestamp: i64::MIN,
            id: i64::MIN,
        }
    }
}

/// The next batch of rows `cond` selects after `cursor`, oldest first: `id, timestamp` and
/// `extra` columns. A read, outside any write transaction.
pub fn next_batch(
    store: &mut Store,
    table: &str,
    extra: &str,
    cond: &Cond,
    cursor: Cursor,
    limit: u32,
) -> Result<Vec<Row>> {
    let sql = format!(
        "SELECT id, timestamp{extra} FROM {table} WHERE {} AND timestamp >= ? AND NOT (timestamp = ? AND id <= ?) ORDER BY timestamp, id LIMIT ?",
        cond.sql
    );
    let mut p = cond.params.clone();
    p.extend([
        cursor.timestamp.into(),
        cursor.timestamp.into(),
        cursor.id.into(),
        i64::from(limit).into(),
    ]);
    store.query(&sql, &p)
}

/// `media_files` paths among `paths` that some row `cond` does not select still needs.
pub fn media_paths_in_use(store: &mut Store, cond: &Cond, paths: &[String]) -> Result<Vec<String>> {
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; paths.len()].join(", ");
    let sql = format!(
        "SELECT DISTINCT file_path FROM media_files WHERE file_path IN ({marks}) AND NOT ({})",
        cond.sql
    );
    let mut p: Vec<SqlValue> = paths.iter().map(|s| SqlValue::Text(s.clone())).collect();
    p.extend(cond.params.iter().cloned());
    Ok(store
        .query(&sql, &p)?
        .iter()
        .filter_map(|r| r.string(0))
        .collect())
}

/// Audit events a legal hold covers (mentioned in actor, target or metadata).
pub fn audit_held_match(held: &Held) -> (String, Vec<SqlValue>) {
    let needles: Vec<&String> = held.user_ids.iter().chain(&held.session_keys).collect();
    if needles.is_empty() {
        return ("0 = 1".into(), Vec::new());
    }
    let mut parts = Vec::new();
    let mut params = Vec::new();
    for n in needles {
        let pat = format!(
            "%{}%",
            n.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        for col in ["actor", "target", "metadata"] {
            parts.push(format!("{col} LIKE ? ESCAPE '\\'"));
            params.push(SqlValue::Text(pat.clone()));
        }
    }
    (format!("({})", parts.join(" OR ")), params)
}

/// The audit trail is pruned as a prefix (so `audit verify` keeps passing): everything before
/// the cutoff, or before the first event a hold covers, whichever is earlier.
pub fn audit_before(store: &mut Store, cutoff_ms: i64, held: &Held) -> Result<i64> {
    let (m, mp) = audit_held_match(held);
    if mp.is_empty() {
        return Ok(cutoff_ms);
    }
    let mut p = vec![SqlValue::from(cutoff_ms)];
    p.extend(mp);
    let first = min_ts(
        store,
        &format!("SELECT MIN(timestamp) FROM audit_log WHERE timestamp < ? AND {m}"),
        &p,
    )?;
    Ok(first.map_or(cutoff_ms, |f| f.min(cutoff_ms)))
}

/// The batch size: starts at `batch_size` and halves whenever a batch held the write lock longer
/// than `lock_target_ms` (a slow disk, a busy machine), growing back while batches are quick.
pub struct Batch {
    pub size: u32,
    max: u32,
    target: Duration,
}

impl Batch {
    pub fn new(max: u32, target: Duration) -> Batch {
        Batch {
            size: max,
            max,
            target,
        }
    }

    pub fn adapt(&mut self, held: Duration) {
        if held > self.target {
            self.size = (self.size / 2).max(10.min(self.max));
        } else if held < self.target / 4 {
            self.size = self.size.saturating_mul(2).min(self.max);
        }
    }
}

/// SQLite tuning during the batches: a bigger page cache, and our own WAL checkpoints. By
/// default the connection that commits runs the checkpoint inside its COMMIT (after releasing
/// the write lock); we turn that off and run a passive checkpoint (which blocks nobody) after
/// every batch instead. That keeps the WAL under the bot's own autocheckpoint size (1,000 pages),
/// so the bot's commits never inherit a checkpoint of our deletes: in the benchmark the bot's
/// inserts went through three times as often as with a checkpoint every 250 ms, for a run about
/// a tenth longer (two fsyncs per batch).
pub struct Checkpoints {
    sqlite: bool,
}

impl Checkpoints {
    pub fn take_over(store: &mut Store) -> Result<Checkpoints> {
        let sqlite = store.kind() == crate::store::BackendKind::Sqlite;
        if sqlite {
            // A page cache large enough for a batch's scattered index pages (64 MiB).
            store.execute_batch("PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -65536")?;
        }
        Ok(Checkpoints { sqlite })
    }

    /// A passive checkpoint (after every batch, and when the run ends).
    pub fn checkpoint(&self, store: &mut Store) -> Result<()> {
        if self.sqlite {
            store.query("PRAGMA wal_checkpoint(PASSIVE)", &[])?;
        }
        Ok(())
    }

    pub fn restore(&self, store: &mut Store) -> Result<()> {
        if self.sqlite {
            store.execute_batch("PRAGMA wal_autocheckpoint = 1000; PRAGMA cache_size = -2000")?;
            self.checkpoint(store)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_shrink_when_slow_and_grow_back_when_quick() {
        let mut b = Batch::new(1000, Duration::from_millis(50));
        b.adapt(Duration::from_millis(120));
        assert_eq!(b.size, 500);
        for _ in 0..20 {
            b.adapt(Duration::from_millis(500));
        }
        assert_eq!(b.size, 10);
        b.adapt(Duration::from_millis(30));
        assert_eq!(
            b.size, 10,
            "between a quarter of the target and the target: unchanged"
        );
        for _ in 0..20 {
            b.adapt(Duration::from_millis(1));
        }
        assert_eq!(b.size, 1000);
    }
}
