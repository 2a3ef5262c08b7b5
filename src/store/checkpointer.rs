//! WAL checkpoints on a thread of their own during a bulk load.
//!
//! The connection that commits runs the automatic checkpoint inside its COMMIT once the WAL
//! holds `wal_autocheckpoint` pages: during a first sync that is the writer thread, the load's
//! bottleneck, which then spends a seventh of its time copying WAL frames into the database and
//! waiting for fsync. A [`Checkpointer`] runs passive checkpoints (which block neither the writer
//! nor the bot) from a second connection every [`EVERY`], on the core the writer leaves idle, so
//! when the writer's own checkpoint comes due nearly every frame is already in the database.
//! The writer's checkpoint stays on: only a checkpoint that finds the whole WAL copied lets
//! the next transaction start the WAL over, and the writer is the one that can wait for that
//! moment, so the WAL stays as small as before instead of growing for the whole load.

use super::{BackendKind, Store};
use anyhow::Result;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

/// How often the thread checkpoints: about every write batch of a bulk load.
const EVERY: Duration = Duration::from_millis(100);

pub struct Checkpointer {
    /// Dropping it wakes the thread at once to end (a sleep would hold up the sync's end).
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Start checkpointing the database of `store` (SQLite only; `None` for PostgreSQL, or when
    /// a second connection cannot be opened: the writer's own checkpoints then do it all).
    pub fn start(store: &Store) -> Result<Option<Checkpointer>> {
        if store.kind() != BackendKind::Sqlite {
            return Ok(None);
        }
        let Ok(conn) = rusqlite::Connection::open(&store.location) else {
            return Ok(None);
        };
        conn.busy_timeout(Duration::from_secs(1))?;
        let (stop, stopped) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("sync-checkpointer".into())
            .spawn(move || {
                while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(EVERY) {
                    // A failed passive checkpoint leaves the frames for the next one.
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })?;
        Ok(Some(Checkpointer {
            stop: Some(stop),
            thread: Some(thread),
        }))
    }
}

impl Drop for Checkpointer {
    /// Stop the thread (after the checkpoint it may be running).
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thread_checkpoints_what_the_writer_commits() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ops.db");
        let mut store = Store::open(path.to_str().unwrap()).unwrap();
        // No checkpoints of the writer's own, so only the thread's can move pages.
        store
            .execute_batch("PRAGMA wal_autocheckpoint = 0")
            .unwrap();
        let checkpointer = Checkpointer::start(&store).unwrap().expect("sqlite");
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
        drop(checkpointer);
        assert_eq!(store.query_i64("SELECT COUNT(*) FROM t", &[]).unwrap(), 512);
    }
}
