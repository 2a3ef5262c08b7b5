//! An independent reading of the transcripts for the cost tests: every real model call with
//! its usage, read straight from the JSONL with serde_json (no clawctl code), to compare
//! clawctl's reports against.
#![allow(dead_code)]

pub mod generate;

use serde_json::Value;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Call {
    pub file: PathBuf,
    pub ts: i64,
    pub provider: String,
    pub model: String,
    pub input: i64,
    pub output: i64,
    pub cache_read: i64,
    pub cache_write: i64,
    /// `usage.cost.total` as recorded (None when missing or zero with tokens).
    pub recorded: Option<f64>,
}

/// Every transcript file (live and leftovers) of every agent.
pub fn transcript_files(state: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(agents) = std::fs::read_dir(state.join("agents")) else {
        return out;
    };
    for agent in agents.flatten() {
        let Ok(files) = std::fs::read_dir(agent.path().join("sessions")) else {
            continue;
        };
        for f in files.flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if name.contains(".jsonl") && !name.ends_with(".lock") {
                out.push(f.path());
            }
        }
    }
    out.sort();
    out
}

/// All real calls: assistant messages with usage, not delivery mirrors nor injected notes.
pub fn calls(state: &Path) -> Vec<Call> {
    let mut out = Vec::new();
    for file in transcript_files(state) {
        let text = std::fs::read(&file).unwrap();
        let mut model_change: Option<(String, String)> = None;
        for raw in text.split(|b| *b == b'\n') {
            let Ok(v) = serde_json::from_slice::<Value>(raw) else {
                continue;
            };
            if v["type"] == "model_change" {
                model_change = Some((
                    v["provider"].as_str().unwrap_or("").into(),
                    v["modelId"].as_str().unwrap_or("").into(),
                ));
            }
            let m = &v["message"];
            if v["type"] != "message" || m["role"] != "assistant" || !m["usage"].is_object() {
                continue;
            }
            if m["model"] == "delivery-mirror" || m["stopReason"] == "injected" {
                continue;
            }
            let u = &m["usage"];
            let n = |k: &str| u[k].as_i64().unwrap_or(0);
            let (input, output, cache_read, cache_write) =
                (n("input"), n("output"), n("cacheRead"), n("cacheWrite"));
            let total = u["cost"]["total"].as_f64();
            let any = input + output + cache_read + cache_write > 0;
            let recorded = total.filter(|t| *t > 0.0 || !any);
            let ts = chrono::DateTime::parse_from_rfc3339(v["timestamp"].as_str().unwrap())
                .unwrap()
                .timestamp_millis();
            let (mp, mm) = model_change.clone().unwrap_or_default();
            out.push(Call {
                file: file.clone(),
                ts,
                provider: m["provider"].as_str().map(String::from).unwrap_or(mp),
                model: m["model"].as_str().map(String::from).unwrap_or(mm),
                input,
                output,
                cache_read,
                cache_write,
                recorded,
            });
        }
    }
    out
}

/// USD per million tokens: (input, output, cache read, cache write).
pub type Prices = fn(&str) -> Option<(f64, f64, f64, f64)>;

/// The cost of a call: recorded, else estimated from `prices`, else None (unpriced).
pub fn cost(c: &Call, prices: Prices) -> Option<f64> {
    c.recorded.or_else(|| {
        prices(&c.model).map(|(i, o, r, w)| {
            i / 1e6 * c.input as f64
                + o / 1e6 * c.output as f64
                + r / 1e6 * c.cache_read as f64
                + w / 1e6 * c.cache_write as f64
        })
    })
}

/// Prices in `examples/state/clawdbot.json` (and the generator's config).
pub fn example_prices(model: &str) -> Option<(f64, f64, f64, f64)> {
    match model {
        "claude-opus-4-5" => Some((5.0, 25.0, 0.5, 6.25)),
        "claude-haiku-4-5" => Some((1.0, 5.0, 0.1, 1.25)),
        "gpt-5-mini" => Some((0.25, 2.0, 0.025, 0.0)),
        _ => None,
    }
}

/// Totals over calls: (requests, input, output, cache read, cache write, cost, unpriced).
pub fn totals(calls: &[&Call], prices: Prices) -> (i64, i64, i64, i64, i64, f64, i64) {
    let mut t = (0, 0, 0, 0, 0, 0.0, 0);
    for c in calls {
        t.0 += 1;
        t.1 += c.input;
        t.2 += c.output;
        t.3 += c.cache_read;
        t.4 += c.cache_write;
        match cost(c, prices) {
            Some(x) => t.5 += x,
            None => t.6 += 1,
        }
    }
    t
}
