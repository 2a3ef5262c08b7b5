//! Deleting a batch of expired rows in transactions short enough for the live bot.
//!
//! A delete transaction holds the write lock from `BEGIN IMMEDIATE` until its `COMMIT` has
//! written every page it dirtied to the WAL. With rows spread over several indexes (a person's,
//! a session's, the message key's) that write is most of the hold: in the 10 M-message benchmark
//! a transaction whose statements took 25 ms spent another 40–90 ms in `COMMIT`. So the time box
//! counts the commit it is about to cost: [`CommitCost`] learns the commit time per deleted row
//! from the transactions so far, and a transaction stops once its statements plus that estimate
//! reach the budget.

use super::rows::Cond;
use crate::store::{SqlValue, Store};
use anyhow::Result;
use std::time::{Duration, Instant};

/// How many ids one `DELETE … WHERE id IN (…)` names: small enough that one statement is a
/// fraction of a millisecond, so a transaction can stop close to its time budget.
pub const DELETE_CHUNK: usize = 64;

/// What a `COMMIT` costs per row the transaction deleted, learnt as the run goes.
#[derive(Debug, Default, Clone, Copy)]
pub struct CommitCost {
    /// Nanoseconds per deleted row; a moving average that follows a rise at once and a fall
    /// slowly, so one quick commit does not make the next transaction overrun.
    per_row_ns: f64,
}

impl CommitCost {
    /// The commit time to expect after deleting `rows`.
    pub fn estimate(&self, rows: u64) -> Duration {
        Duration::from_nanos((self.per_row_ns * rows as f64) as u64)
    }

    /// Learn from a commit that took `took` after deleting `rows`.
    pub fn observe(&mut self, took: Duration, rows: u64) {
        if rows == 0 {
            return;
        }
        let seen = took.as_nanos() as f64 / rows as f64;
        self.per_row_ns = if seen > self.per_row_ns {
            seen
        } else {
            0.8 * self.per_row_ns + 0.2 * seen
        };
    }
}

/// How long one delete transaction held the write lock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hold {
    /// From `BEGIN IMMEDIATE` returning until `COMMIT` returned.
    pub held: Duration,
    /// The part of it `COMMIT` took, where it was timed apart.
    pub commit: Option<Duration>,
}

/// Delete these rows (if `cond` still selects them) in time-boxed transactions: each one deletes
/// chunks of [`DELETE_CHUNK`] ids until its statements plus the commit they will cost reach
/// `budget`, then commits and the next one goes on. A batch that meets cold pages or a busy disk
/// therefore splits into several short transactions instead of one long one. Returns the rows
/// deleted and, for each transaction, how long it held the write lock.
pub fn delete_ids(
    store: &mut Store,
    table: &str,
    cond: &Cond,
    ids: &[i64],
    budget: Duration,
    cost: &mut CommitCost,
) -> Result<(u64, Vec<Hold>)> {
    let mut chunks = ids.chunks(DELETE_CHUNK).peekable();
    let (mut deleted, mut holds) = (0, Vec::new());
    while chunks.peek().is_some() {
        // Timed from when BEGIN IMMEDIATE got the write lock until COMMIT released it.
        let mut locked = None;
        let mut statements = Duration::ZERO;
        let n = store.transaction(|s| {
            let t = *locked.insert(Instant::now());
            let mut n = 0;
            // At least one chunk per transaction, however small the budget.
            for chunk in chunks.by_ref() {
                n += delete_chunk(s, table, cond, chunk)?;
                if t.elapsed() + cost.estimate(n) >= budget {
                    break;
                }
            }
            statements = t.elapsed();
            Ok(n)
        })?;
        let held = locked.map(|t| t.elapsed()).unwrap_or_default();
        let commit = held.saturating_sub(statements);
        cost.observe(commit, n);
        deleted += n;
        holds.push(Hold {
            held,
            commit: Some(commit),
        });
    }
    Ok((deleted, holds))
}

fn delete_chunk(store: &mut Store, table: &str, cond: &Cond, ids: &[i64]) -> Result<u64> {
    let marks = vec!["?"; ids.len()].join(", ");
    let sql = format!("DELETE FROM {table} WHERE id IN ({marks}) AND {}", cond.sql);
    let mut p: Vec<SqlValue> = ids.iter().map(|i| SqlValue::Int(*i)).collect();
    p.extend(cond.params.iter().cloned());
    store.execute(&sql, &p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_of(n: i64) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::connect(dir.path().join("t.db").to_str().unwrap()).unwrap();
        store
            .execute_batch("CREATE TABLE t(id INTEGER PRIMARY KEY, timestamp INTEGER)")
            .unwrap();
        for id in 0..n {
            store
                .execute("INSERT INTO t VALUES (?, ?)", &[id.into(), id.into()])
                .unwrap();
        }
        (dir, store)
    }

    fn count(store: &mut Store) -> i64 {
        store.query_i64("SELECT COUNT(*) FROM t", &[]).unwrap()
    }

    #[test]
    fn a_spent_budget_commits_and_the_batch_goes_on_in_a_new_transaction() {
        let (_dir, mut store) = table_of(300);
        let ids: Vec<i64> = (0..200).collect();
        let cond = Cond::new(1_000);
        let mut cost = CommitCost::default();
        let (n, holds) =
            delete_ids(&mut store, "t", &cond, &ids, Duration::ZERO, &mut cost).unwrap();
        assert_eq!(n, 200);
        assert_eq!(
            holds.len(),
            200usize.div_ceil(DELETE_CHUNK),
            "one chunk each"
        );
        assert_eq!(count(&mut store), 100);
    }

    #[test]
    fn a_batch_within_its_budget_is_one_transaction_and_keeps_what_cond_spares() {
        let (_dir, mut store) = table_of(300);
        let ids: Vec<i64> = (0..300).collect();
        let cond = Cond::new(250);
        let mut cost = CommitCost::default();
        let budget = Duration::from_secs(60);
        let (n, holds) = delete_ids(&mut store, "t", &cond, &ids, budget, &mut cost).unwrap();
        assert_eq!((n, holds.len()), (250, 1));
        let commit = holds[0].commit.unwrap();
        assert!(commit <= holds[0].held, "{holds:?}");
        assert_eq!(count(&mut store), 50);
    }

    #[test]
    fn the_expected_commit_counts_against_the_budget() {
        // Commits have cost 1 ms per row: with a 100 ms budget a transaction stops after two
        // chunks (128 rows, an expected 128 ms commit) instead of deleting all 300 at once,
        // which its statements alone (well under a millisecond) would allow.
        let (_dir, mut store) = table_of(300);
        let ids: Vec<i64> = (0..300).collect();
        let mut cost = CommitCost::default();
        cost.observe(Duration::from_millis(64), 64);
        let budget = Duration::from_millis(100);
        let (n, holds) =
            delete_ids(&mut store, "t", &Cond::new(1_000), &ids, budget, &mut cost).unwrap();
        assert_eq!(n, 300);
        assert!(holds.len() >= 2, "{holds:?}");
    }

    #[test]
    fn the_commit_cost_follows_a_rise_at_once_and_a_fall_slowly() {
        let mut cost = CommitCost::default();
        cost.observe(Duration::from_millis(10), 1_000);
        assert_eq!(cost.estimate(1_000), Duration::from_millis(10));
        cost.observe(Duration::from_millis(40), 1_000);
        assert_eq!(cost.estimate(1_000), Duration::from_millis(40));
        cost.observe(Duration::from_millis(10), 1_000);
        assert_eq!(cost.estimate(1_000), Duration::from_millis(34));
        cost.observe(Duration::ZERO, 0);
        assert_eq!(
            cost.estimate(1_000),
            Duration::from_millis(34),
            "nothing learnt"
        );
    }
}
