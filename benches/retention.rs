//! Benchmark: `clawctl retention enforce` on a large ops database against one plain
//! `DELETE … WHERE timestamp < ?` on a copy of the same data, each with a "bot" writer inserting
//! a row every 10 ms (busy timeout 10 s, like clawctl's) to show what the live bot sees.
//!
//! `cargo bench --bench retention -- [--messages N] [--media N] [--batch N] [--lock-target MS]
//! [--bot-synchronous M]` (defaults: 10,000,000 messages, 30% expired; 100,000 media files, 30%
//! expired; batch 1000; the policy's default `lock_target_ms`;
//! the bot commits with SQLite's default `synchronous = FULL`, an fsync per insert; `NORMAL` is
//! what clawctl's own writers use).
//! A probe beside `enforce` commits a one-row transaction every 50 ms with `enforce`'s own
//! settings (`synchronous = NORMAL`, no autocheckpoint inside its COMMIT) and times how long
//! each held the write lock: what the disk and the kernel cost a commit in the same conditions.
//! `--generate-only` builds the state dir, prints its path and keeps it (for profiling).
//! Prints a Markdown table for BENCHMARKS.md.

use rusqlite::{params, Connection};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const DAY: i64 = 86_400_000;

struct Args {
    messages: u64,
    media: u64,
    batch: u64,
    /// The policy's `lock_target_ms`, when not its default.
    lock_target: Option<u64>,
    /// The bot's `PRAGMA synchronous`.
    bot_synchronous: String,
    /// Keep the generated data (and skip the runs): for profiling.
    generate_only: bool,
}

fn args() -> Args {
    let mut a = Args {
        messages: 10_000_000,
        media: 100_000,
        batch: 1000,
        lock_target: None,
        bot_synchronous: "FULL".into(),
        generate_only: false,
    };
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let mut it = argv.iter();
    while let Some(k) = it.next() {
        let mut v = || it.next().and_then(|v| v.parse().ok()).expect("a number");
        match k.as_str() {
            "--messages" => a.messages = v(),
            "--media" => a.media = v(),
            "--batch" => a.batch = v(),
            "--lock-target" => a.lock_target = Some(v()),
            "--generate-only" => a.generate_only = true,
            "--bot-synchronous" => {
                a.bot_synchronous = match it.next().map(|v| v.to_uppercase()) {
                    Some(v) if ["OFF", "NORMAL", "FULL", "EXTRA"].contains(&v.as_str()) => v,
                    _ => panic!("--bot-synchronous OFF|NORMAL|FULL|EXTRA"),
                }
            }
            _ => {} // cargo bench passes --bench
        }
    }
    a
}

/// Rows in time order (ids grow with time, as sync writes them); the first 30% are older than
/// the 90-day cutoff, 1% of all messages are starred.
fn generate(state: &Path, db: &Path, a: &Args, now: i64) {
    clawctl::store::Store::open(db.to_str().expect("utf-8 path")).expect("create ops db");
    let mut c = Connection::open(db).expect("open");
    // A page cache that holds the indexes: random-order index inserts thrash a small one.
    c.execute_batch("PRAGMA synchronous = OFF; PRAGMA cache_size = -2000000")
        .expect("pragma");
    let span = 90 * DAY * 10 / 7; // 30% of it lies before now - 90 days
    let tx = c.transaction().expect("tx");
    {
        let mut ins = tx
            .prepare("INSERT INTO messages (timestamp, starred, message_key, agent_id, session_key, session_id, entry_id, channel, user_id, role, text) VALUES (?, ?, ?, 'main', ?, ?, ?, 'telegram', ?, 'user', ?)")
            .expect("prepare");
        for i in 0..a.messages {
            let ts = now - span + (i as i64 * span / a.messages as i64);
            let user = i % 5000;
            ins.execute(params![
                ts,
                i64::from(i % 100 == 0),
                format!("s{user}:{i:08x}"),
                format!("agent:main:telegram:dm:{user}"),
                format!("s{user}"),
                format!("{i:08x}"),
                format!("telegram:{user}"),
                "a message of typical length, about sixty characters long....",
            ])
            .expect("insert message");
        }
        let mut ins = tx
            .prepare("INSERT INTO media_files (file_path, timestamp, message_key, user_id, session_id, size_bytes) VALUES (?, ?, ?, ?, ?, 512)")
            .expect("prepare");
        let dir = state.join("media/inbound");
        std::fs::create_dir_all(&dir).expect("media dir");
        let mspan = 30 * DAY * 10 / 7;
        for i in 0..a.media {
            let rel = format!("media/inbound/f{i:06}.bin");
            std::fs::write(state.join(&rel), [0u8; 512]).expect("media file");
            let ts = now - mspan + (i as i64 * mspan / a.media as i64);
            ins.execute(params![
                rel,
                ts,
                format!("m{i}"),
                format!("telegram:{}", i % 5000),
                format!("s{}", i % 5000)
            ])
            .expect("insert media");
        }
    }
    tx.commit().expect("commit");
    c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoint");
}

/// The bot: one insert every 10 ms until stopped; (rows, slowest insert, busy errors).
fn writer(
    db: &Path,
    synchronous: &str,
    stop: Arc<AtomicBool>,
) -> std::thread::JoinHandle<(u64, Duration, u64)> {
    let db = db.to_path_buf();
    let pragma = format!("PRAGMA synchronous = {synchronous}");
    std::thread::spawn(move || {
        let c = Connection::open(&db).expect("writer open");
        c.busy_timeout(Duration::from_secs(10))
            .expect("busy timeout");
        c.execute_batch(&pragma).expect("synchronous");
        let (mut rows, mut slowest, mut busy) = (0, Duration::ZERO, 0);
        let mut i = 0u64;
        while !stop.load(Ordering::SeqCst) {
            i += 1;
            let t = Instant::now();
            match c.execute(
                "INSERT INTO messages (timestamp, message_key, user_id, role, text) VALUES (?, ?, 'telegram:1', 'user', 'live')",
                params![i64::MAX - i as i64, format!("live:{i}")],
            ) {
                Ok(_) => rows += 1,
                Err(_) => busy += 1,
            }
            slowest = slowest.max(t.elapsed());
            std::thread::sleep(Duration::from_millis(10));
        }
        (rows, slowest, busy)
    })
}

/// The probe: a one-row write transaction every 50 ms until stopped; each one's write-lock
/// hold (from `BEGIN IMMEDIATE` returning until `COMMIT` returned), sorted.
fn probe(db: &Path, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<Vec<Duration>> {
    let db = db.to_path_buf();
    std::thread::spawn(move || {
        let mut c = Connection::open(&db).expect("probe open");
        c.busy_timeout(Duration::from_secs(10))
            .expect("busy timeout");
        c.execute_batch(
            "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE IF NOT EXISTS bench_probe (id INTEGER PRIMARY KEY, at INTEGER)",
        )
        .expect("probe table");
        let mut holds = Vec::new();
        while !stop.load(Ordering::SeqCst) {
            let tx = c
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .expect("probe begin");
            let t = Instant::now();
            tx.execute("INSERT INTO bench_probe (at) VALUES (?)", [0])
                .expect("probe insert");
            tx.commit().expect("probe commit");
            holds.push(t.elapsed());
            std::thread::sleep(Duration::from_millis(50));
        }
        holds.sort();
        holds
    })
}

/// CPU seconds (user + system) of `who` (`RUSAGE_CHILDREN`, `RUSAGE_THREAD`).
fn cpu(who: libc::c_int) -> f64 {
    // SAFETY: getrusage fills the struct we pass; no other preconditions.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(who, &mut u) };
    let t = |v: libc::timeval| v.tv_sec as f64 + v.tv_usec as f64 / 1e6;
    t(u.ru_utime) + t(u.ru_stime)
}

fn main() {
    let a = args();
    let tmp = std::env::var_os("CLAWCTL_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir)
        .join(format!("clawctl-retention-bench-{}", std::process::id()));
    let state = tmp.join("state");
    std::fs::create_dir_all(state.join("agents/main/sessions")).expect("state dir");
    let db = state.join("clawctl/ops.db");
    let now = clawctl::state::sessions::now_ms();
    let cutoff = now - 90 * DAY;

    let t = Instant::now();
    generate(&state, &db, &a, now);
    let gen = t.elapsed();
    if a.generate_only {
        println!("{}", state.display());
        return;
    }
    let copy = tmp.join("plain.db");
    std::fs::copy(&db, &copy).expect("copy db");
    // Write the generated gigabytes out before measuring: otherwise the kernel's writeback of
    // the setup (and its throttling of every writer) runs during the measured commands.
    // SAFETY: sync(2) takes no arguments and cannot fail.
    unsafe { libc::sync() };
    let db_bytes = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "generated {} messages, {} media in {gen:.1?} ({} MB)",
        a.messages,
        a.media,
        db_bytes >> 20
    );

    std::fs::write(
        state.join("clawctl/config.toml"),
        format!(
            "[retention]\nbatch_size = {}\n{}[retention.transcripts]\nidle_days = \"keep\"\n",
            a.batch,
            a.lock_target
                .map_or(String::new(), |ms| format!("lock_target_ms = {ms}\n"))
        ),
    )
    .expect("config");
    let stop = Arc::new(AtomicBool::new(false));
    let w = writer(&db, &a.bot_synchronous, stop.clone());
    let pr = probe(&db, stop.clone());
    let t = Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_clawctl"))
        .arg("--state-dir")
        .arg(&state)
        .args(["retention", "enforce", "--json"])
        .output()
        .expect("run clawctl");
    let total = t.elapsed();
    let enforce_cpu = cpu(libc::RUSAGE_CHILDREN);
    stop.store(true, Ordering::SeqCst);
    let (w_rows, w_slowest, w_busy) = w.join().expect("writer");
    let probes = pr.join().expect("probe");
    // A run too short for the probe to commit once shows 0.
    let pct = |p: usize| {
        let i = probes.len().saturating_sub(1) * p / 100;
        probes.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let rule = |name: &str| {
        v["rules"]
            .as_array()
            .and_then(|r| r.iter().find(|r| r["rule"] == name).cloned())
            .unwrap_or_default()
    };
    let msgs = rule("messages")["removed"].as_u64().unwrap_or(0);
    let media = rule("media");
    let rows = msgs + media["db_rows"].as_u64().unwrap_or(0);

    // The same data, one plain DELETE per table.
    let stop = Arc::new(AtomicBool::new(false));
    let pw = writer(&copy, &a.bot_synchronous, stop.clone());
    std::thread::sleep(Duration::from_millis(50));
    let c = Connection::open(&copy).expect("open copy");
    c.busy_timeout(Duration::from_secs(10)).expect("busy");
    let t = Instant::now();
    let cpu_before = cpu(libc::RUSAGE_THREAD);
    let plain_msgs = c
        .execute(
            "DELETE FROM messages WHERE timestamp < ? AND starred = 0 AND archived = 0",
            params![cutoff],
        )
        .expect("plain delete");
    let plain_msgs_time = t.elapsed();
    let t = Instant::now();
    let plain_media = c
        .execute(
            "DELETE FROM media_files WHERE timestamp < ?",
            params![now - 30 * DAY],
        )
        .expect("plain media delete");
    let plain_media_time = t.elapsed();
    let plain_cpu = cpu(libc::RUSAGE_THREAD) - cpu_before;
    stop.store(true, Ordering::SeqCst);
    let (p_rows, p_slowest, p_busy) = pw.join().expect("writer");

    let secs = total.as_secs_f64();
    println!(
        "| | `retention enforce` (batch {}; lock target {}; bot `synchronous = {}`) | plain `DELETE … WHERE timestamp < ?` |",
        a.batch,
        a.lock_target.map_or("default".into(), |ms| format!("{ms} ms")),
        a.bot_synchronous
    );
    println!("|---|---|---|");
    println!("| message rows deleted | {msgs} | {plain_msgs} |");
    println!(
        "| media rows deleted (files) | {} ({} files) | {plain_media} (files left on disk) |",
        media["db_rows"], media["removed"]
    );
    println!(
        "| total time | {secs:.1} s (whole command, incl. {} media files unlinked) | {:.1} s messages + {:.1} s media |",
        media["removed"],
        plain_msgs_time.as_secs_f64(),
        plain_media_time.as_secs_f64()
    );
    println!("| CPU (user+sys) | {enforce_cpu:.1} s | {plain_cpu:.1} s |");
    println!(
        "| rows/s | {:.0} | {:.0} |",
        rows as f64 / secs,
        (plain_msgs + plain_media) as f64 / (plain_msgs_time + plain_media_time).as_secs_f64()
    );
    println!(
        "| write-lock hold: longest (its COMMIT; p50, p99) | {} ms ({} ms; {} ms, {} ms; {} batches, {} transactions over the lock target) | {:.0} ms (the whole statement) |",
        v["longest_write_lock_ms"],
        v["longest_write_lock_commit_ms"],
        v["write_lock_p50_ms"],
        v["write_lock_p99_ms"],
        v["batches"],
        v["write_locks_over_target"],
        plain_msgs_time.max(plain_media_time).as_secs_f64() * 1000.0
    );
    println!(
        "| concurrent writer (1 insert / 10 ms, busy timeout 10 s) | {w_rows} inserts, slowest {:.0} ms, {w_busy} SQLITE_BUSY | {p_rows} inserts, slowest {:.0} ms, {p_busy} SQLITE_BUSY |",
        w_slowest.as_secs_f64() * 1000.0,
        p_slowest.as_secs_f64() * 1000.0
    );
    println!(
        "| one-row probe transaction beside it, every 50 ms: write-lock hold longest (p50, p99) | {:.1} ms ({:.1} ms, {:.1} ms; {} commits) | |",
        pct(100),
        pct(50),
        pct(99),
        probes.len()
    );
    eprintln!("data generation {gen:.1?}, ops db {} MB", db_bytes >> 20);
    let _ = std::fs::remove_dir_all(&tmp);
}
