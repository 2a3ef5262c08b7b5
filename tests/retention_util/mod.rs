//! Helpers for the retention tests: a fixed "now", an ops database filled directly (sync is a
//! separate command), and the example state dir aged as the bot would have left it.
#![allow(dead_code)]

use crate::common::Env;
use rusqlite::{params, Connection};
use std::path::Path;
use std::time::{Duration, SystemTime};

/// "Now" in the example data.
pub const NOW: &str = "2026-11-20T12:00:00Z";
pub const DAY: i64 = 86_400_000;

pub fn ms(iso: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(iso)
        .unwrap_or_else(|e| panic!("{iso}: {e}"))
        .timestamp_millis()
}

pub fn now() -> i64 {
    ms(NOW)
}

/// Set a file's mtime.
pub fn set_mtime(path: &Path, at_ms: i64) {
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_millis(at_ms as u64))
        .unwrap();
}

/// Create (migrate) the ops database through clawctl and open it.
pub fn db(env: &Env) -> Connection {
    env.run(&["db", "migrate"]).ok();
    let c = Connection::open(env.state.join("clawctl/ops.db")).unwrap();
    c.busy_timeout(Duration::from_secs(10)).unwrap();
    c
}

/// Insert a message row; `key` is the message_key (used as a label in assertions).
pub fn message(c: &Connection, key: &str, ts: i64, user: &str, session_key: &str, sid: &str) {
    c.execute(
        "INSERT INTO messages (timestamp, message_key, user_id, session_key, session_id, role, text) VALUES (?, ?, ?, ?, ?, 'user', 'hello')",
        params![ts, key, user, session_key, sid],
    )
    .unwrap();
}

pub fn keys(c: &Connection, table: &str, col: &str) -> Vec<String> {
    let mut s = c
        .prepare(&format!("SELECT {col} FROM {table} ORDER BY {col}"))
        .unwrap();
    s.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

pub fn count(c: &Connection, sql: &str) -> i64 {
    c.query_row(sql, [], |r| r.get(0)).unwrap()
}

pub const SESSIONS: &str = "agents/main/sessions";

/// Give the example's files the mtimes the bot would have left: each transcript its session's
/// `updatedAt` (the orphan cron run 2026-11-17), each media file the day it arrived.
pub fn age_example(env: &Env) {
    let dir = env.state.join(SESSIONS);
    let store: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("sessions.json")).unwrap()).unwrap();
    for (_, e) in store.as_object().unwrap() {
        let id = e["sessionId"].as_str().unwrap();
        let file = match e["sessionFile"].as_str() {
            Some(f) => dir.join(Path::new(f).file_name().unwrap()),
            None => dir.join(format!("{id}.jsonl")),
        };
        set_mtime(&file, e["updatedAt"].as_i64().unwrap());
    }
    set_mtime(
        &dir.join("7a8d9ccd-7582-429f-bac5-26d3d4381551.jsonl"),
        ms("2026-11-17T02:00:00Z"),
    );
    for name in std::fs::read_dir(&dir).unwrap() {
        let p = name.unwrap().path();
        let n = p.file_name().unwrap().to_string_lossy().into_owned();
        if n.contains(".deleted.") {
            set_mtime(&p, ms("2026-10-01T08:00:00Z"));
        } else if n.contains(".reset.") {
            set_mtime(&p, ms("2026-11-01T10:15:30Z"));
        }
    }
    for (prefix, when) in MEDIA {
        set_mtime(&media(env, prefix), ms(when));
    }
}

/// Media files of the example by name prefix, with the day they arrived.
pub const MEDIA: [(&str, &str); 6] = [
    ("IMG-20260830", "2026-08-30T10:00:00Z"),
    ("ec7ac8ad", "2026-08-30T10:00:00Z"),
    ("deploy-2026-10-18", "2026-10-18T11:30:00Z"),
    ("grafana-5xx", "2026-11-19T16:40:00Z"),
    ("invoice-INV", "2026-09-14T19:20:00Z"),
    ("payslip-2026-08", "2026-08-31T09:00:00Z"),
];

/// The example media file whose name starts with `prefix`.
pub fn media(env: &Env, prefix: &str) -> std::path::PathBuf {
    let dir = env.state.join("media/inbound");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no media {prefix}"))
}

pub fn exists(env: &Env, rel: &str) -> bool {
    env.state.join(rel).exists()
}

/// `rule` entry of an enforce/show JSON document.
pub fn rule<'a>(doc: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    doc["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule"] == name)
        .unwrap_or_else(|| panic!("no rule {name} in {doc}"))
}
