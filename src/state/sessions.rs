//! `agents/<id>/sessions/sessions.json`: the session store, and the bot's lock protocol.
//!
//! Writers create `sessions.json.lock` exclusively, holding `{"pid":…,"startedAt":…}`; a lock
//! older than 30 s is stale. clawctl takes the same lock for every edit, holds it only for the
//! read-modify-write, and writes the store through a temp file and rename like the bot.

use crate::error::user_err;
use crate::fsutil;
use anyhow::{Context, Result};
use serde_json::{Map, Value};
use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// The bot treats a lock older than this as abandoned.
pub const STALE_AFTER: Duration = Duration::from_secs(30);

/// One `sessionKey → entry` pair.
#[derive(Debug, Clone)]
pub struct SessionEntry {
    pub key: String,
    pub value: Value,
}

impl SessionEntry {
    pub fn session_id(&self) -> Option<&str> {
        self.value.get("sessionId").and_then(Value::as_str)
    }
    pub fn updated_at(&self) -> Option<i64> {
        self.value.get("updatedAt").and_then(Value::as_i64)
    }
    /// `sessionFile`, when the store names the transcript explicitly.
    pub fn session_file(&self) -> Option<&str> {
        self.value.get("sessionFile").and_then(Value::as_str)
    }
    /// A string field under `origin` (`from`, `label`, `provider`, …).
    pub fn origin(&self, field: &str) -> Option<&str> {
        self.value
            .get("origin")
            .and_then(|o| o.get(field))
            .and_then(Value::as_str)
    }
}

/// Read a session store; a missing file is an empty store.
pub fn load(path: &Path) -> Result<Vec<SessionEntry>> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(e).with_context(|| format!("cannot read session store {}", path.display()))
        }
    };
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| {
        user_err(format!(
            "{}:{}:{}: malformed session store: {e}",
            path.display(),
            e.line(),
            e.column()
        ))
    })?;
    let Value::Object(map) = value else {
        return Err(user_err(format!(
            "{}: session store is not a JSON object",
            path.display()
        ))
        .into());
    };
    Ok(map
        .into_iter()
        .map(|(key, value)| SessionEntry { key, value })
        .collect())
}

/// Held `sessions.json.lock`; released (removed) on drop.
#[derive(Debug)]
pub struct StoreLock {
    path: PathBuf,
    pub acquired: Instant,
}

impl StoreLock {
    /// Take the lock for `store` (the sessions.json path), waiting up to `wait` for the bot to
    /// release it and breaking a stale lock as the bot does.
    pub fn acquire(store: &Path, wait: Duration) -> Result<StoreLock> {
        let path = lock_path(store);
        let deadline = Instant::now() + wait;
        loop {
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut f) => {
                    let body =
                        serde_json::json!({"pid": std::process::id(), "startedAt": now_ms()});
                    f.write_all(body.to_string().as_bytes())?;
                    f.sync_all()?;
                    return Ok(StoreLock {
                        path,
                        acquired: Instant::now(),
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    if lock_is_stale(&path) {
                        let _ = std::fs::remove_file(&path);
                        continue;
                    }
                    if Instant::now() >= deadline {
                        return Err(user_err(format!(
                            "{} is held by another process",
                            path.display()
                        ))
                        .hint("the bot is writing its session store; try again in a moment")
                        .into());
                    }
                    std::thread::sleep(Duration::from_millis(25));
                }
                Err(e) => return Err(e).with_context(|| format!("creating {}", path.display())),
            }
        }
    }

    /// How long the lock has been held so far.
    pub fn held_for(&self) -> Duration {
        self.acquired.elapsed()
    }
}

impl Drop for StoreLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

pub fn lock_path(store: &Path) -> PathBuf {
    let mut name = store.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    store.with_file_name(name)
}

/// A lock file whose `startedAt` (or, failing that, mtime) is older than [`STALE_AFTER`], or
/// whose holder (`pid`) no longer exists on this host (a killed run must not block the bot or
/// the next run for 30 s).
pub fn lock_is_stale(path: &Path) -> bool {
    let body = std::fs::read(path)
        .ok()
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok());
    let pid = body
        .as_ref()
        .and_then(|v| v.get("pid").and_then(Value::as_i64))
        .and_then(|p| libc::pid_t::try_from(p).ok())
        .filter(|p| *p > 0);
    if pid.is_some_and(|p| !process_exists(p)) {
        return true;
    }
    let started = body.and_then(|v| v.get("startedAt").and_then(Value::as_i64));
    match started {
        Some(ms) => now_ms() - ms > STALE_AFTER.as_millis() as i64,
        None => std::fs::metadata(path)
            .and_then(|m| m.modified())
            .map(|t| t.elapsed().unwrap_or_default() > STALE_AFTER)
            .unwrap_or(false),
    }
}

fn process_exists(pid: libc::pid_t) -> bool {
    // SAFETY: kill with signal 0 only checks that the process exists.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

/// Edit a store under its lock: `edit` gets the map and returns whether it changed anything.
/// The lock is held only for the read, the edit and the atomic write.
pub fn edit(
    store: &Path,
    wait: Duration,
    edit: impl FnOnce(&mut Map<String, Value>) -> Result<bool>,
) -> Result<Duration> {
    let lock = StoreLock::acquire(store, wait)?;
    let mut map = Map::new();
    for e in load(store)? {
        map.insert(e.key, e.value);
    }
    if edit(&mut map)? {
        let mut bytes = serde_json::to_vec_pretty(&Value::Object(map))?;
        bytes.push(b'\n');
        let mode = crate::state::file_mode(store).unwrap_or(0o600);
        fsutil::write_atomic(store, &bytes, mode)?;
    }
    Ok(lock.held_for())
}

pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_is_exclusive_and_stale_locks_are_broken() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("sessions.json");
        std::fs::write(&store, r#"{"agent:main:main":{"sessionId":"s1"}}"#).unwrap();
        let held = StoreLock::acquire(&store, Duration::ZERO).unwrap();
        assert!(StoreLock::acquire(&store, Duration::from_millis(50)).is_err());
        drop(held);
        std::fs::write(lock_path(&store), r#"{"pid":1,"startedAt":1000}"#).unwrap();
        let _ = StoreLock::acquire(&store, Duration::ZERO).unwrap();
        // A fresh lock of a process that no longer exists is stale too.
        let dead = std::process::Command::new("true").spawn().unwrap();
        let pid = dead.id();
        let mut dead = dead;
        dead.wait().unwrap();
        let body = format!(r#"{{"pid":{pid},"startedAt":{}}}"#, now_ms());
        std::fs::write(lock_path(&store), body).unwrap();
        let _ = StoreLock::acquire(&store, Duration::ZERO).unwrap();
        let body = format!(
            r#"{{"pid":{},"startedAt":{}}}"#,
            std::process::id(),
            now_ms()
        );
        std::fs::write(lock_path(&store), body).unwrap();
        assert!(StoreLock::acquire(&store, Duration::from_millis(30)).is_err());
    }

    #[test]
    fn edit_rewrites_under_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("sessions.json");
        std::fs::write(&store, r#"{"a":{"sessionId":"1"},"b":{"sessionId":"2"}}"#).unwrap();
        edit(&store, Duration::ZERO, |m| Ok(m.remove("a").is_some())).unwrap();
        let keys: Vec<_> = load(&store).unwrap().into_iter().map(|e| e.key).collect();
        assert_eq!(keys, ["b"]);
        assert!(!lock_path(&store).exists());
    }
}
