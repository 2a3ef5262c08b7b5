//! WAL checkpoints on a thread of their own during a bulk load.
//!
//! By default the connection that commits runs the checkpoint inside its COMMIT: during a first
//! sync that is the writer thread, the load's bottleneck, which then spends a seventh of its
//! time copying WAL frames into the database and waiting for fsync. [`Checkpointer::start`]
//! turns the writer's automatic checkpoints off and runs passive ones (which block neither the
//! writer nor the bot) from a second connection instead, on the core the writer leaves idle.
//! [`Checkpointer::stop`] puts the writer's automatic checkpoints back as they were.

use super::{BackendKind, Store};
use anyhow::Result;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// How often the thread checkpoints: about every few write batches of a bulk load.
const EVERY: Duration = Duration::from_millis(100);

pub struct Checkpointer {
    /// The writer's `wal_autocheckpoint` before [`Checkpointer::start`].
    autocheckpoint: i64,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Start checkpointing `store` (SQLite only; `None` for PostgreSQL, or when the second
    /// connection cannot be opened, in which case the automatic checkpoints simply stay on).
    pub fn start(store: &mut Store) -> Result<Option<Checkpointer>> {
        if store.kind() != BackendKind::Sqlite {
            return Ok(None);
        }
        let Ok(conn) = rusqlite::Connection::open(&store.location) else {
            return Ok(None);
        };
        conn.busy_timeout(Duration::from_secs(1))?;
        let autocheckpoint = store.query_i64("PRAGMA wal_autocheckpoint", &[])?;
        store.execute_batch("PRAGMA wal_autocheckpoint = 0")?;
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::Builder::new()
            .name("sync-checkpointer".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(EVERY);
                    // A failed passive checkpoint leaves the frames for the next one.
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })?;
        Ok(Some(Checkpointer {
            autocheckpoint,
            stop,
            thread: Some(thread),
        }))
    }

    /// Stop the thread and give the checkpoints back to `store`'s commits.
    pub fn stop(mut self, store: &mut Store) -> Result<()> {
        self.halt();
        let pages = self.autocheckpoint;
        store.execute_batch(&format!("PRAGMA wal_autocheckpoint = {pages}"))
    }

    fn halt(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.halt();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thread_checkpoints_what_the_writer_commits_and_stop_restores_autocheckpoints() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ops.db");
        let mut store = Store::open(path.to_str().unwrap()).unwrap();
        store
            .execute_batch("PRAGMA wal_autocheckpoint = 777")
            .unwrap();
        let checkpointer = Checkpointer::start(&mut store).unwrap().expect("sqlite");
        assert_eq!(
            store.query_i64("PRAGMA wal_autocheckpoint", &[]).unwrap(),
            0
        );
        let before = std::fs::metadata(&path).unwrap().len();
        store
            .execute_batch(
                "CREATE TABLE t(b BLOB);
                 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 512)
                 INSERT INTO t SELECT randomblob(4096) FROM n;",
            )
            .unwrap();
        // Only a checkpoint moves the committed pages from the WAL into the database file.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while std::fs::metadata(&path).unwrap().len() < before + (2 << 20) {
            assert!(std::time::Instant::now() < deadline, "never checkpointed");
            std::thread::sleep(Duration::from_millis(20));
        }
        checkpointer.stop(&mut store).unwrap();
        assert_eq!(
            store.query_i64("PRAGMA wal_autocheckpoint", &[]).unwrap(),
            777
        );
    }
}
