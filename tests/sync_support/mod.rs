//! Helpers shared by the sync tests: the example's files, appending as the bot does, and a
//! dump of everything a sync leaves in the ops database.
#![allow(dead_code)]

use crate::common::Env;
use rusqlite::Connection;
use serde_json::{json, Value};
use std::io::Write;

pub const BOB_DM: &str = "agents/main/sessions/8c3f846c-c6a9-42d3-83f8-4c485e5c4176.jsonl";

pub fn db(env: &Env) -> Connection {
    Connection::open(env.state.join("clawctl/ops.db")).unwrap()
}

pub fn one<T: rusqlite::types::FromSql>(c: &Connection, sql: &str) -> T {
    c.query_row(sql, [], |r| r.get(0)).unwrap()
}

pub fn append(env: &Env, rel: &str, bytes: &[u8]) {
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(env.state.join(rel))
        .unwrap();
    f.write_all(bytes).unwrap();
}

/// A user line and a priced reply in Bob's DM, as the bot appends them.
pub fn bob_turn(id: &str, minute: u32, input: i64) -> String {
    let user = json!({"type": "message", "id": format!("u{id}"), "parentId": "d4ae6af5",
        "timestamp": format!("2026-11-21T10:{minute:02}:00.000Z"),
        "message": {"role": "user", "content": [{"type": "text", "text": "[Telegram Bob (@bob_ops) id:333333333 2026-11-21 10:00 UTC] again?"}], "timestamp": 1}});
    let reply = json!({"type": "message", "id": format!("a{id}"), "parentId": format!("u{id}"),
        "timestamp": format!("2026-11-21T10:{minute:02}:05.000Z"),
        "message": {"role": "assistant", "content": [{"type": "text", "text": "yes"}], "provider": "openai", "model": "gpt-5-mini",
            "usage": {"input": input, "output": 10, "cacheRead": 0, "cacheWrite": 0, "totalTokens": input + 10,
                      "cost": {"input": 0.001, "output": 0.00002, "cacheRead": 0, "cacheWrite": 0, "total": 0.00102}},
            "stopReason": "stop"}});
    format!("{user}\n{reply}\n")
}

/// Everything a sync leaves in the ops database that a reader depends on: the schema (indexes
/// and triggers included) and the rows of the loaded and derived tables (ids excluded; rollup
/// costs to 1e-9 USD, since a rebuilt sum and a running one may round differently).
pub fn contents(env: &Env) -> Vec<String> {
    let c = db(env);
    let mut out: Vec<String> = Vec::new();
    let mut q = |sql: &str| {
        let mut st = c.prepare(sql).unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                let cells: Vec<String> = (0..n)
                    .map(|i| match r.get_ref(i).unwrap() {
                        rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into(),
                        v => format!("{v:?}"),
                    })
                    .collect();
                Ok(cells.join("|"))
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    };
    q("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
    q("SELECT message_key, timestamp, user_id, session_key, role, text, has_media FROM messages ORDER BY message_key");
    q("SELECT message_key, file_path, size_bytes, sha256, user_id FROM media_files ORDER BY message_key, file_path");
    q("SELECT call_key, timestamp, task_type, model, input_tokens, output_tokens, cost, user_id FROM cost_attribution ORDER BY call_key");
    q("SELECT bucket, agent_id, requests, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, ROUND(cost, 9), unpriced FROM cost_rollup ORDER BY 1, 2");
    q("SELECT day, agent_id, session_id, user_id, model, task_type, requests, input_tokens, output_tokens, ROUND(cost, 9), unpriced FROM cost_rollup_day ORDER BY 1, 2, 3, 4, 5, 6");
    q("SELECT key FROM meta WHERE key LIKE 'bulk_load%'");
    out
}

/// Equal JSON, numbers to 1e-9 (a rebuilt rollup and a running one sum in different orders).
pub fn assert_close(a: &Value, b: &Value) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            assert!((x - y).abs() < 1e-9, "{x} != {y}");
        }
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len());
            x.iter().zip(y).for_each(|(x, y)| assert_close(x, y));
        }
        (Value::Object(x), Value::Object(y)) => {
            assert_eq!(x.keys().collect::<Vec<_>>(), y.keys().collect::<Vec<_>>());
            x.iter().for_each(|(k, v)| assert_close(v, &y[k]));
        }
        _ => assert_eq!(a, b),
    }
}
