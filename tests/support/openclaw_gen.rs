//! Synthetic OpenClaw installations for tests and benchmarks: the same transcript events
//! written in the SQLite layout (OpenClaw 2026.9.6's own DDL, agent schema 23, rows of
//! `transcript_events` with every `zstd_every`-th event zstd-compressed) and in the file layout
//! (`sessions.json` + one JSONL file per session). Deterministic for a given [`Spec`].
#![allow(dead_code)]

use rusqlite::{params, Connection};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

pub const AGENT_DDL: &str = include_str!("../fixtures/openclaw-schema/agent-23.sql");
pub const GLOBAL_DDL: &str = include_str!("../fixtures/openclaw-schema/global-18.sql");
/// 2026-11-24T00:00:00Z in ms.
const T0: i64 = 1_795_478_400_000;

#[derive(Debug, Clone)]
pub struct Spec {
    pub agent: String,
    pub sessions: usize,
    /// Turns per session; a turn is a user message, an assistant reply and a custom event.
    pub turns: usize,
    /// Compress every n-th event into `event_zstd` (0: none).
    pub zstd_every: usize,
    /// `schema_meta.schema_version` written into the agent database.
    pub schema_version: i64,
}

impl Spec {
    pub fn new(sessions: usize, turns: usize) -> Spec {
        Spec {
            agent: "main".into(),
            sessions,
            turns,
            zstd_every: 3,
            schema_version: 23,
        }
    }

    /// Events per session (header, model change, three per turn).
    pub fn events_per_session(&self) -> usize {
        2 + 3 * self.turns
    }
}

pub fn session_id(i: usize) -> String {
    format!("{:08x}-0000-4000-8000-{:012x}", i + 1, i + 1)
}

pub fn session_key(spec: &Spec, i: usize) -> String {
    format!("agent:{}:telegram:direct:{}", spec.agent, 100_000 + i)
}

fn uuid(session: usize, n: usize) -> String {
    format!(
        "{:08x}-{:04x}-4000-8000-{:012x}",
        session + 1,
        n % 0xffff,
        n + 1
    )
}

/// The events of session `i`, as JSON values in order.
pub fn session_events(spec: &Spec, i: usize) -> Vec<Value> {
    session_events_from(i, 0, spec.turns)
}

/// Events of turns `from..to` (the header and model change when `from == 0`).
pub fn session_events_from(i: usize, from: usize, to: usize) -> Vec<Value> {
    let sid = session_id(i);
    let ts = |n: usize| iso(T0 + (i as i64) * 3_600_000 + (n as i64) * 1_000);
    let mut out = Vec::new();
    if from == 0 {
        out.push(json!({"type":"session","version":4,"id":sid,"timestamp":ts(0),"cwd":"/home/operator/.openclaw/workspace"}));
        out.push(json!({"type":"model_change","provider":"mock","modelId":"mock-gpt","id":uuid(i,1),"parentId":null,"timestamp":ts(1)}));
    }
    for t in from..to {
        let n = 2 + 3 * t;
        let input = 1000 + ((i * 7919 + t * 104_729) % 20_000) as u64;
        let output = 10 + ((i * 31 + t * 17) % 900) as u64;
        let cost_in = input as f64 * 3.0 / 1e6;
        let cost_out = output as f64 * 15.0 / 1e6;
        // Every other user message uses the plain-string `content` of header version 4.
        let content = if t % 2 == 0 {
            json!(format!(
                "[Telegram User{i} id:{} +1m] question {t}: {}",
                100_000 + i,
                "lorem ipsum ".repeat(t % 40)
            ))
        } else {
            json!([{"type":"text","text":format!("[Telegram User{i} id:{} +1m] question {t}", 100_000 + i)}])
        };
        out.push(
            json!({"type":"message","id":uuid(i,n),"parentId":uuid(i,n-1),"timestamp":ts(n),
            "message":{"role":"user","content":content,"timestamp":T0 + n as i64}}),
        );
        out.push(json!({"type":"message","id":uuid(i,n+1),"parentId":uuid(i,n),"timestamp":ts(n+1),
            "message":{"role":"assistant","content":[{"type":"text","text":format!("answer {t} {}", "dolor sit amet ".repeat((i + t) % 60))}],
            "api":"openai-completions","provider":"mock","model":"mock-gpt",
            "usage":{"input":input,"output":output,"cacheRead":0,"cacheWrite":0,"totalTokens":input+output,
                     "cost":{"input":cost_in,"output":cost_out,"cacheRead":0,"cacheWrite":0,"total":cost_in+cost_out}},
            "stopReason":"stop","timestamp":T0 + n as i64 + 1}}));
        out.push(json!({"type":"custom","customType":"openclaw:bootstrap-context:full","data":{"timestamp":T0,"sessionId":sid},
            "id":uuid(i,n+2),"parentId":uuid(i,n+1),"timestamp":ts(n+2)}));
    }
    out
}

fn iso(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .expect("in range")
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub fn agent_db(root: &Path, agent: &str) -> PathBuf {
    root.join("agents")
        .join(agent)
        .join("agent/openclaw-agent.sqlite")
}

/// `state/openclaw.sqlite` with the bot's DDL and its `schema_meta` row.
fn global_db(root: &Path) -> Connection {
    std::fs::create_dir_all(root.join("state")).unwrap();
    let global = Connection::open(root.join("state/openclaw.sqlite")).unwrap();
    global.execute_batch("PRAGMA journal_mode=WAL;").unwrap();
    global.execute_batch(GLOBAL_DDL).unwrap();
    global
        .execute(
            "INSERT INTO schema_meta VALUES ('primary','global',18,NULL,'2026.9.6',?1,?1)",
            [T0],
        )
        .unwrap();
    global
}

/// An empty agent database at `schema_version`, registered in the global one.
fn new_agent_db(root: &Path, global: &Connection, agent: &str, schema_version: i64) -> Connection {
    let rel = format!("agents/{agent}/agent/openclaw-agent.sqlite");
    global
        .execute(
            "INSERT INTO agent_databases VALUES (?1, ?2, ?3, ?4, NULL)",
            params![agent, rel, schema_version, T0],
        )
        .unwrap();
    std::fs::create_dir_all(root.join(&rel).parent().unwrap()).unwrap();
    let db = Connection::open(root.join(&rel)).unwrap();
    db.execute_batch("PRAGMA journal_mode=WAL;").unwrap();
    db.execute_batch(AGENT_DDL).unwrap();
    db.execute(
        "INSERT INTO schema_meta VALUES ('primary','agent',?1,?2,'2026.9.6',?3,?3)",
        params![schema_version, agent, T0],
    )
    .unwrap();
    db
}

/// Write the SQLite layout under `root` (created), with a config file.
pub fn write_sqlite(root: &Path, spec: &Spec) {
    std::fs::create_dir_all(root).unwrap();
    std::fs::write(root.join("openclaw.json"), CONFIG).unwrap();
    let global = global_db(root);
    let mut db = new_agent_db(root, &global, &spec.agent, spec.schema_version);
    let tx = db.transaction().unwrap();
    for i in 0..spec.sessions {
        let (sid, key) = (session_id(i), session_key(spec, i));
        let updated = T0 + i as i64 * 3_600_000;
        let entry = json!({"sessionId":sid,"updatedAt":updated,"chatType":"direct","lastChannel":"telegram",
            "origin":{"label":format!("User{i}"),"provider":"telegram","from":format!("telegram:{}", 100_000 + i)}});
        tx.execute(
            "INSERT INTO session_nodes (session_key, current_session_id, entry_json, updated_at) VALUES (?1,?2,?3,?4)",
            params![key, sid, entry.to_string(), updated],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO session_windows (session_id, session_key, created_at, updated_at) VALUES (?1,?2,?3,?3)",
            params![sid, key, updated],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO transcript_rewrite_watermarks VALUES (?1, 'g1', ?2)",
            params![sid, updated],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    for i in 0..spec.sessions {
        insert_events(&mut db, spec, i, 0, &session_events(spec, i));
    }
}

/// Insert events of session `i` as rows from `first_seq` on.
pub fn insert_events(db: &mut Connection, spec: &Spec, i: usize, first_seq: i64, events: &[Value]) {
    insert_session_events(db, spec, &session_id(i), first_seq, events);
}

/// Insert events of the session `sid` as rows from `first_seq` on.
pub fn insert_session_events(
    db: &mut Connection,
    spec: &Spec,
    sid: &str,
    first_seq: i64,
    events: &[Value],
) {
    let tx = db.transaction().unwrap();
    {
        let mut plain = tx
            .prepare("INSERT INTO transcript_events (session_id, seq, event_json, created_at, event_utf8_bytes) VALUES (?1,?2,?3,?4,?5)")
            .unwrap();
        let mut packed = tx
            .prepare("INSERT INTO transcript_events (session_id, seq, created_at, event_zstd, event_utf8_bytes, navigation_json) VALUES (?1,?2,?3,?4,?5,?6)")
            .unwrap();
        for (k, e) in events.iter().enumerate() {
            let seq = first_seq + k as i64;
            let text = e.to_string();
            let at = T0 + seq * 1000;
            if spec.zstd_every > 0 && seq % spec.zstd_every as i64 == spec.zstd_every as i64 - 1 {
                let z = zstd::bulk::compress(text.as_bytes(), 3).unwrap();
                packed
                    .execute(params![
                        sid,
                        seq,
                        at,
                        z,
                        text.len() as i64,
                        navigation(text.len())
                    ])
                    .unwrap();
            } else {
                plain
                    .execute(params![sid, seq, text, at, text.len() as i64])
                    .unwrap();
            }
        }
    }
    tx.commit().unwrap();
}

/// A `navigation_json` that satisfies the bot's CHECK constraint for compressed rows.
fn navigation(bytes: usize) -> String {
    json!({"version":1,"report":{"kind":"canonical"},"navigation":{},"reset":{},"model":{},
        "modelBytes":bytes,"modelWithoutCheckpointBytes":bytes,"withoutCustomDataBytes":bytes})
    .to_string()
}

/// Replace one row's payload with a zstd blob that does not decompress.
pub fn corrupt(root: &Path, spec: &Spec, i: usize, seq: i64) {
    let db = Connection::open(agent_db(root, &spec.agent)).unwrap();
    let n = db
        .execute(
            "UPDATE transcript_events SET event_json = NULL, event_zstd = X'28B52FFD00DEADBEEF',
             event_utf8_bytes = 500, navigation_json = ?3 WHERE session_id = ?1 AND seq = ?2",
            params![session_id(i), seq, navigation(500)],
        )
        .unwrap();
    assert_eq!(n, 1);
}

/// Write the file layout under `root` (created), with the same events.
pub fn write_jsonl(root: &Path, spec: &Spec) {
    let dir = root.join("agents").join(&spec.agent).join("sessions");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(root.join("openclaw.json"), CONFIG).unwrap();
    let mut store = serde_json::Map::new();
    for i in 0..spec.sessions {
        let sid = session_id(i);
        store.insert(
            session_key(spec, i),
            json!({"sessionId":sid,"updatedAt":T0 + i as i64 * 3_600_000,"chatType":"direct","lastChannel":"telegram",
                "origin":{"label":format!("User{i}"),"provider":"telegram","from":format!("telegram:{}", 100_000 + i)}}),
        );
        let mut text = String::new();
        for e in session_events(spec, i) {
            text.push_str(&e.to_string());
            text.push('\n');
        }
        std::fs::write(dir.join(format!("{sid}.jsonl")), text).unwrap();
    }
    std::fs::write(
        dir.join("sessions.json"),
        serde_json::to_vec_pretty(&Value::Object(store)).unwrap(),
    )
    .unwrap();
}

const CONFIG: &str = r#"{
  gateway: { mode: "local", port: 18791 },
  models: { mode: "merge", providers: { mock: { baseUrl: "http://127.0.0.1:18900/v1", api: "openai-completions",
    models: [{ id: "mock-gpt", name: "Mock GPT", cost: { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 } }] } } },
}
"#;

/// Copy a file-layout state directory (`src`) to `dst` in the SQLite layout: every agent's
/// `sessions.json` entries become `session_nodes` rows and its live transcripts (topics
/// included) become `transcript_events` rows, every `zstd_every`-th event compressed; leftovers
/// (`.deleted`, `.reset`, `.bak`), transcripts no entry lists, media, credentials, logs and the
/// config stay files, as on a real installation upgraded to 2026.7.2+.
pub fn convert_file_layout(src: &Path, dst: &Path, zstd_every: usize) {
    use clawctl::state::{StateDir, TranscriptKind};
    copy_tree(src, dst);
    let state = StateDir::new(src.to_path_buf(), "test".into(), None);
    let agents = state.agents().unwrap();
    let global = global_db(dst);
    for agent in &agents {
        let mut db = new_agent_db(dst, &global, agent, 23);
        let store = state.sessions_store(agent);
        let entries = clawctl::state::sessions::load(&store).unwrap();
        let tx = db.transaction().unwrap();
        for e in &entries {
            let sid = e.session_id().unwrap();
            let updated = e.value["updatedAt"].as_i64().unwrap_or(T0);
            tx.execute(
                "INSERT INTO session_nodes (session_key, current_session_id, entry_json, updated_at) VALUES (?1,?2,?3,?4)",
                params![e.key, sid, e.value.to_string(), updated],
            )
            .unwrap();
            tx.execute(
                "INSERT OR IGNORE INTO session_windows (session_id, session_key, created_at, updated_at) VALUES (?1,?2,?3,?3)",
                params![sid, e.key, updated],
            )
            .unwrap();
        }
        tx.commit().unwrap();
        std::fs::remove_file(dst.join(store.strip_prefix(src).unwrap())).unwrap();
        let spec = Spec {
            agent: agent.clone(),
            zstd_every,
            ..Spec::new(0, 0)
        };
        let listed: Vec<&str> = entries.iter().filter_map(|e| e.session_id()).collect();
        for t in state.transcripts(agent).unwrap() {
            // Orphans (no store entry) stay files, like the leftovers.
            if t.kind != TranscriptKind::Live || !listed.contains(&t.session_id.as_str()) {
                continue;
            }
            let text = std::fs::read_to_string(&t.path).unwrap();
            let events: Vec<Value> = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
            insert_session_events(&mut db, &spec, &t.session_id, 0, &events);
            std::fs::remove_file(dst.join(t.path.strip_prefix(src).unwrap())).unwrap();
        }
    }
}

fn copy_tree(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for e in std::fs::read_dir(src).unwrap().flatten() {
        let to = dst.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &to);
        } else {
            std::fs::copy(e.path(), &to).unwrap();
        }
    }
}
