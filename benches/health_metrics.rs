//! Benchmark for `clawctl health` (local checks on a 1 GB state directory) and `/metrics` of
//! `clawctl metrics serve` (10 million rows in the ops database). Generates the data in a
//! temporary directory, runs the release binary, prints the figures for BENCHMARKS.md.
//!
//! cargo bench --bench health_metrics            (BENCH_ROWS / BENCH_GB to resize)

use rusqlite::params;
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_clawctl");

fn main() {
    let rows: i64 = env_or("BENCH_ROWS", 10_000_000);
    let gb: f64 = env_or("BENCH_GB", 1.0);
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("state");
    let t = Instant::now();
    let (files, bytes) = make_state(&state, gb);
    println!(
        "state dir: {files} transcripts, {:.2} GB, generated in {:.1}s",
        bytes as f64 / 1e9,
        t.elapsed().as_secs_f64()
    );
    let closed = format!("http://127.0.0.1:{}", closed_port());
    run(&state, &["db", "migrate"]);
    cursors(&state, 0.9);

    let args = ["health", "--json", "--gateway-url", closed.as_str()];
    let times = repeat(30, || {
        let t = Instant::now();
        let out = run_status(&state, &args);
        assert_eq!(out, 3, "the gateway is down, so unhealthy");
        t.elapsed()
    });
    report(
        "clawctl health, end to end (process start, all local checks, refused gateway)",
        &times,
    );
    let checks_ms = checks_latency(&state, &args);
    println!("  sum of the local checks' own latency_ms: {checks_ms} ms");

    let t = Instant::now();
    fill_db(&state, rows);
    println!(
        "ops database: {rows} rows ({} messages + {} model calls), filled in {:.1}s, {:.2} GB",
        rows / 2,
        rows - rows / 2,
        t.elapsed().as_secs_f64(),
        std::fs::metadata(state.join("clawctl/ops.db"))
            .unwrap()
            .len() as f64
            / 1e9
    );

    let t = Instant::now();
    let status = run_status(&state, &["metrics", "--no-sync"]);
    assert_eq!(status, 0);
    println!(
        "clawctl metrics (one-shot, full aggregation): {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );

    let t = Instant::now();
    let mut child = Command::new(BIN)
        .args(["--state-dir", state.to_str().unwrap(), "metrics", "serve"])
        .args(["--listen", "127.0.0.1:0", "--gateway-url", closed.as_str()])
        // The rows were written directly: measure the scrapes, not an import of the transcripts.
        .arg("--no-sync")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_string();
    println!(
        "metrics serve startup (initial aggregation of every row): {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let client = reqwest::Client::new();
    let url = format!("http://{addr}/metrics");
    let scrape = || {
        rt.block_on(async {
            let t = Instant::now();
            let body = client.get(&url).send().await.unwrap().text().await.unwrap();
            assert!(body.contains("clawdbot_messages_total{"));
            t.elapsed()
        })
    };
    report(
        "GET /metrics on 10M rows (steady state)",
        &repeat(30, scrape),
    );
    let conn = rusqlite::Connection::open(state.join("clawctl/ops.db")).unwrap();
    let times = repeat(10, || {
        insert_messages(&conn, 1000, rows);
        scrape()
    });
    report("GET /metrics after 1000 new messages each", &times);
    child.kill().ok();
    child.wait().ok();
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn run(state: &Path, args: &[&str]) {
    assert_eq!(run_status(state, args), 0, "clawctl {args:?}");
}

fn run_status(state: &Path, args: &[&str]) -> i32 {
    Command::new(BIN)
        .args(["--state-dir", state.to_str().unwrap()])
        .args(args)
        .stdout(Stdio::null())
        .status()
        .unwrap()
        .code()
        .unwrap_or(-1)
}

fn checks_latency(state: &Path, args: &[&str]) -> u64 {
    let out = Command::new(BIN)
        .args(["--state-dir", state.to_str().unwrap()])
        .args(args)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["checks"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| *k != "gateway")
        .map(|(_, c)| c["latency_ms"].as_u64().unwrap())
        .sum()
}

fn repeat(n: usize, mut f: impl FnMut() -> Duration) -> Vec<Duration> {
    let mut v: Vec<Duration> = (0..n).map(|_| f()).collect();
    v.sort();
    v
}

fn report(what: &str, sorted: &[Duration]) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p95 = sorted[(sorted.len() * 95 / 100).min(sorted.len() - 1)];
    println!(
        "{what}: median {:.1} ms, p95 {:.1} ms, max {:.1} ms ({} runs)",
        ms(sorted[sorted.len() / 2]),
        ms(p95),
        ms(sorted[sorted.len() - 1]),
        sorted.len()
    );
}

/// The example state dir plus `gb` of transcripts in 5 MB files.
fn make_state(state: &Path, gb: f64) -> (usize, u64) {
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/state"),
        state,
    );
    let sessions = state.join("agents/main/sessions");
    let line = format!(
        "{{\"type\":\"message\",\"id\":\"75c3131f\",\"parentId\":\"8fb6c03b\",\"timestamp\":\"2026-11-24T00:34:20.714Z\",\"message\":{{\"role\":\"user\",\"content\":[{{\"type\":\"text\",\"text\":\"{}\"}}]}}}}\n",
        "lorem ipsum ".repeat(80)
    );
    let per_file = 5_000_000 / line.len();
    let block = line.repeat(per_file);
    let files = ((gb * 1e9) / block.len() as f64).ceil() as usize;
    for i in 0..files {
        let mut f = std::fs::File::create(sessions.join(format!("bench-{i:05}.jsonl"))).unwrap();
        f.write_all(block.as_bytes()).unwrap();
    }
    (files, files as u64 * block.len() as u64)
}

/// Cursors for every transcript, `fraction` of them fully read.
fn cursors(state: &Path, fraction: f64) {
    let conn = rusqlite::Connection::open(state.join("clawctl/ops.db")).unwrap();
    let mut names: Vec<(String, u64)> = std::fs::read_dir(state.join("agents/main/sessions"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".jsonl"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.metadata().unwrap().len(),
            )
        })
        .collect();
    names.sort();
    let read = (names.len() as f64 * fraction) as usize;
    for (name, size) in &names[..read] {
        conn.execute(
            "INSERT INTO sync_cursors (source, kind, \"offset\", updated_at) VALUES (?1, 'transcript', ?2, 0)",
            params![format!("agents/main/sessions/{name}"), *size as i64],
        )
        .unwrap();
    }
}

fn fill_db(state: &Path, rows: i64) {
    let conn = rusqlite::Connection::open(state.join("clawctl/ops.db")).unwrap();
    conn.execute_batch("PRAGMA synchronous = OFF;").unwrap();
    insert_messages(&conn, rows / 2, 0);
    let now = now_ms();
    let year = 365 * 86_400_000_i64;
    let tx = conn.unchecked_transaction().unwrap();
    {
        let mut stmt = tx
            .prepare(
                "INSERT INTO cost_attribution (timestamp, session_id, provider, model, input_tokens,
                 output_tokens, cache_read_tokens, cache_write_tokens, cost, duration_ms, user_id, agent_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9, ?10, 'main')",
            )
            .unwrap();
        let models = [
            ("anthropic", "claude-opus-4-5"),
            ("anthropic", "claude-haiku-4-5"),
            ("openai", "gpt-5-mini"),
            ("openai", "gpt-5"),
            ("google", "gemini-2.5-pro"),
        ];
        let n = rows - rows / 2;
        for i in 0..n {
            let (p, m) = models[(i % 5) as usize];
            let duration = if i % 10 == 0 {
                None
            } else {
                Some((i * 7919) % 15_000)
            };
            stmt.execute(params![
                now - year + i * year / n,
                format!("s{}", i % 5000),
                p,
                m,
                1000 + i % 5000,
                50 + i % 400,
                i % 3000,
                0.0001 * (i % 100) as f64,
                duration,
                format!("telegram:{}", i % 2000),
            ])
            .unwrap();
        }
    }
    tx.commit().unwrap();
    conn.execute_batch(
        "INSERT INTO budgets (scope, scope_id, period, limit_usd, created_at, updated_at) VALUES
           ('global', '', 'monthly', 500, 0, 0), ('global', '', 'daily', 20, 0, 0),
           ('user', 'telegram:7', 'monthly', 5, 0, 0), ('agent', 'main', 'daily', 10, 0, 0);
         ANALYZE;",
    )
    .unwrap();
}

fn insert_messages(conn: &rusqlite::Connection, n: i64, offset: i64) {
    let channels = ["telegram", "discord", "whatsapp", "signal"];
    let roles = ["user", "assistant", "toolResult"];
    let now = now_ms();
    let tx = conn.unchecked_transaction().unwrap();
    {
        let mut stmt = tx
            .prepare(
                "INSERT INTO messages (timestamp, session_id, channel, user_id, role, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'hello there, a message of ordinary length')",
            )
            .unwrap();
        for i in offset..offset + n {
            stmt.execute(params![
                now - 365 * 86_400_000 + i,
                format!("s{}", i % 5000),
                channels[(i % 4) as usize],
                format!("telegram:{}", i % 2000),
                roles[(i % 3) as usize],
            ])
            .unwrap();
        }
    }
    tx.commit().unwrap();
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for e in std::fs::read_dir(src).unwrap() {
        let e = e.unwrap();
        let to = dst.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to);
        } else {
            std::fs::copy(e.path(), &to).unwrap();
        }
    }
}
