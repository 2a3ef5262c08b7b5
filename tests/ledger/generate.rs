//! A synthetic bot state directory in the real line format, for the cost tests and the
//! benchmark (`benches/cost.rs` includes this file): direct, group and cron sessions; tool
//! loops; recorded, missing and unknown-model costs; delivery mirrors and injected notes.
//! Deterministic for a seed.
#![allow(dead_code)]

use serde_json::{json, Value};
use std::io::Write;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct Spec {
    pub sessions: usize,
    /// Turns per session.
    pub turns: usize,
    /// Extra bytes of text in user messages and tool results (controls the size).
    pub filler: usize,
    pub seed: u64,
    /// First session start, Unix ms.
    pub start_ms: i64,
    /// Sessions start within this many ms of `start_ms`.
    pub span_ms: i64,
}

impl Default for Spec {
    fn default() -> Self {
        Spec {
            sessions: 40,
            turns: 12,
            filler: 40,
            seed: 7,
            start_ms: 1_793_491_200_000, // 2026-10-31T00:00:00Z
            span_ms: 20 * 86_400_000,
        }
    }
}

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
}

const MODELS: [(&str, &str, [f64; 4]); 3] = [
    ("anthropic", "claude-opus-4-5", [5.0, 25.0, 0.5, 6.25]),
    ("anthropic", "claude-haiku-4-5", [1.0, 5.0, 0.1, 1.25]),
    ("openai", "gpt-5-mini", [0.25, 2.0, 0.025, 0.0]),
];
const TOOLS: [&str; 5] = ["web_search", "read", "exec", "memory_search", "web_fetch"];
const CHANNELS: [(&str, &str); 3] = [
    ("telegram", "Telegram"),
    ("discord", "Discord"),
    ("signal", "Signal"),
];

fn iso(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

fn filler(rng: &mut Rng, n: usize) -> String {
    const WORDS: [&str; 8] = [
        "gateway", "deploy", "invoice", "logs", "pool", "metrics", "error", "retry",
    ];
    let mut s = String::with_capacity(n + 16);
    while s.len() < n {
        s.push_str(WORDS[rng.below(8) as usize]);
        s.push(' ');
    }
    s
}

/// Write the state dir; returns the total bytes of transcripts written.
pub fn write_state(dir: &Path, spec: &Spec) -> std::io::Result<u64> {
    let sessions_dir = dir.join("agents/main/sessions");
    std::fs::create_dir_all(&sessions_dir)?;
    let providers: Value = json!({
        "anthropic": {"api": "anthropic-messages", "models": [
            {"id": "claude-opus-4-5", "cost": {"input": 5, "output": 25, "cacheRead": 0.5, "cacheWrite": 6.25}},
            {"id": "claude-haiku-4-5", "cost": {"input": 1, "output": 5, "cacheRead": 0.1, "cacheWrite": 1.25}}]},
        "openai": {"api": "openai-responses", "models": [
            {"id": "gpt-5-mini", "cost": {"input": 0.25, "output": 2, "cacheRead": 0.025, "cacheWrite": 0}}]},
    });
    let config = json!({
        "meta": {"lastTouchedVersion": "2026.1.24-3"},
        "session": {"dmScope": "per-channel-peer", "identityLinks": {"pat": ["telegram:1000003", "discord:1000004"]}},
        "models": {"providers": providers},
        "agents": {"defaults": {"model": {"primary": "anthropic/claude-opus-4-5"}}},
    });
    std::fs::write(
        dir.join("clawdbot.json"),
        serde_json::to_vec_pretty(&config)?,
    )?;
    let mut rng = Rng::new(spec.seed);
    let mut store = serde_json::Map::new();
    let mut bytes = 0u64;
    for s in 0..spec.sessions {
        let session_id = format!("{:08x}-0000-4000-8000-{:012x}", rng.next() as u32, s);
        let (ch, label) = CHANNELS[s % CHANNELS.len()];
        let kind = if s % 10 == 0 {
            "group"
        } else if s % 25 == 1 {
            "cron"
        } else {
            "dm"
        };
        let peer = 1_000_000 + s as u64;
        let key = match kind {
            "group" => format!("agent:main:{ch}:group:-100{peer}"),
            "cron" => format!("cron:job-{s}"),
            _ => format!("agent:main:{ch}:dm:{peer}"),
        };
        store.insert(
            key.clone(),
            json!({"sessionId": session_id, "updatedAt": spec.start_ms, "chatType": if kind == "group" {"group"} else {"direct"},
                   "lastChannel": ch, "lastTo": peer.to_string(),
                   "origin": {"label": format!("Person {s}"), "provider": ch, "from": format!("{ch}:{peer}"), "to": format!("{ch}:{peer}")}}),
        );
        let (provider, model, price) = MODELS[rng.below(3) as usize];
        let mut t = spec.start_ms + rng.below(spec.span_ms.max(1) as u64) as i64;
        let mut lines: Vec<String> = Vec::new();
        lines.push(json!({"type": "session", "version": 3, "id": session_id, "timestamp": iso(t), "cwd": "/home/operator/clawd"}).to_string());
        let mut parent = "00000000".to_string();
        let mut entry = 0u32;
        let mut next_id = |parent: &mut String| {
            entry += 1;
            let id = format!("{:08x}", (s as u32) << 16 | entry);
            let p = std::mem::replace(parent, id.clone());
            (id, p)
        };
        let (id, p) = next_id(&mut parent);
        lines.push(json!({"type": "model_change", "id": id, "parentId": p, "timestamp": iso(t), "provider": provider, "modelId": model}).to_string());
        for _ in 0..spec.turns {
            t += 60_000 + rng.below(3_600_000) as i64;
            let sender = if kind == "group" {
                2_000_000 + rng.below(3)
            } else {
                peer
            };
            let body = filler(&mut rng, spec.filler);
            let text = match kind {
                "cron" => format!("[cron:job-{s} Job] {body}"),
                "group" => format!("[{label} Team id:-100{peer} 2026-11-01 10:00 UTC] P{sender} id:{sender}: {body}"),
                _ => format!("[{label} Person {s} id:{peer} 2026-11-01 10:00 UTC] {body}"),
            };
            let (id, p) = next_id(&mut parent);
            lines.push(json!({"type": "message", "id": id, "parentId": p, "timestamp": iso(t),
                "message": {"role": "user", "content": [{"type": "text", "text": text}], "timestamp": t}}).to_string());
            let tool_loop = rng.chance(30);
            let calls = if tool_loop { 2 } else { 1 };
            for c in 0..calls {
                t += 500 + rng.below(20_000) as i64;
                let unknown = rng.chance(3);
                let (prov, mdl) = if unknown {
                    ("local", "mystery-1")
                } else {
                    (provider, model)
                };
                let (i, o) = (50 + rng.below(5000) as i64, 5 + rng.below(800) as i64);
                let cr = if rng.chance(50) {
                    rng.below(20_000) as i64
                } else {
                    0
                };
                let cw = if rng.chance(30) {
                    rng.below(5_000) as i64
                } else {
                    0
                };
                let mut usage = json!({"input": i, "output": o, "cacheRead": cr, "cacheWrite": cw, "totalTokens": i + o + cr + cw});
                if !unknown && !rng.chance(5) {
                    let part = |p: f64, n: i64| p / 1e6 * n as f64;
                    let parts = [
                        part(price[0], i),
                        part(price[1], o),
                        part(price[2], cr),
                        part(price[3], cw),
                    ];
                    usage["cost"] = json!({"input": parts[0], "output": parts[1], "cacheRead": parts[2], "cacheWrite": parts[3],
                                           "total": parts.iter().sum::<f64>()});
                }
                let last = c + 1 == calls;
                let content = if last {
                    json!([{"type": "text", "text": filler(&mut rng, 20)}])
                } else {
                    json!([{"type": "toolCall", "id": "call_1", "name": TOOLS[rng.below(5) as usize], "arguments": {"q": "x"}}])
                };
                let (id, p) = next_id(&mut parent);
                lines.push(json!({"type": "message", "id": id, "parentId": p, "timestamp": iso(t),
                    "message": {"role": "assistant", "content": content, "api": "anthropic-messages", "provider": prov,
                                "model": mdl, "usage": usage, "stopReason": if last {"stop"} else {"toolUse"}, "timestamp": t - 400}}).to_string());
                if !last {
                    let (id, p) = next_id(&mut parent);
                    let result = filler(&mut rng, spec.filler * 2);
                    lines.push(json!({"type": "message", "id": id, "parentId": p, "timestamp": iso(t + 300),
                        "message": {"role": "toolResult", "toolCallId": "call_1", "toolName": "web_search",
                                    "content": [{"type": "text", "text": result}], "isError": false, "timestamp": t + 300}}).to_string());
                }
            }
            if rng.chance(2) {
                let (id, p) = next_id(&mut parent);
                let (prov, mdl, stop) = if rng.chance(50) {
                    ("openclaw", "delivery-mirror", "stop")
                } else {
                    ("openclaw", "gateway-injected", "injected")
                };
                lines.push(json!({"type": "message", "id": id, "parentId": p, "timestamp": iso(t + 1000),
                    "message": {"role": "assistant", "content": [{"type": "text", "text": "note"}], "provider": prov, "model": mdl,
                                "usage": {"input": 0, "output": 0, "cacheRead": 0, "cacheWrite": 0, "totalTokens": 0,
                                          "cost": {"input": 0, "output": 0, "cacheRead": 0, "cacheWrite": 0, "total": 0}},
                                "stopReason": stop, "timestamp": t + 1000}}).to_string());
            }
        }
        let mut f = std::io::BufWriter::new(std::fs::File::create(
            sessions_dir.join(format!("{session_id}.jsonl")),
        )?);
        for l in &lines {
            f.write_all(l.as_bytes())?;
            f.write_all(b"\n")?;
            bytes += l.len() as u64 + 1;
        }
        f.flush()?;
    }
    std::fs::write(
        sessions_dir.join("sessions.json"),
        serde_json::to_vec_pretty(&Value::Object(store))?,
    )?;
    Ok(bytes)
}
