//! Cost benchmarks (issue: Performance). Runs the release `clawctl` binary as an operator
//! would and measures wall time and peak memory (getrusage of the child):
//!
//! - `gen DIR [--mb N] [--sessions N]`: write a synthetic state dir in the real line format.
//! - `run DIR`: first sync (MB/s, peak RSS), the report after it, a re-sync with nothing new,
//!   repeated reports (each with its incremental sync), and ccusage on the same directory
//!   when `CCUSAGE_BIN` points at its binary.
//! - `rows DB [--rows N]`: `cost report --by day` / `--by session` on N `cost_attribution`
//!   rows written with SQL (default 10 million).
//!
//! `cargo bench --bench cost -- all --mb 500` does all three in a temp dir.

#[path = "../tests/ledger/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const CLAWCTL: &str = env!("CARGO_BIN_EXE_clawctl");

struct Measured {
    wall: Duration,
    /// User + system CPU time of the child.
    cpu: Duration,
    max_rss_kb: i64,
    code: i32,
    stdout: String,
}

/// Run a command and measure it with wait4 (wall clock, peak RSS of the child). The child is
/// reaped by wait4, not by `Child::wait`.
#[allow(clippy::zombie_processes)]
fn measure(cmd: &mut Command) -> Measured {
    use std::os::unix::process::ExitStatusExt;
    cmd.stdout(std::process::Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn().expect("spawn");
    let mut out = String::new();
    if let Some(mut s) = child.stdout.take() {
        use std::io::Read;
        let _ = s.read_to_string(&mut out);
    }
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waiting on our own child with valid pointers.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert!(pid > 0, "wait4 failed");
    let wall = start.elapsed();
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Measured {
        wall,
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        max_rss_kb: usage.ru_maxrss,
        code: std::process::ExitStatus::from_raw(status)
            .code()
            .unwrap_or(-1),
        stdout: out,
    }
}

fn clawctl(state: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(CLAWCTL);
    c.arg("--state-dir")
        .arg(state)
        .args(args)
        .env("CLAWCTL_TZ", "UTC");
    for (k, _) in std::env::vars() {
        if k.starts_with("CLAWCTL_") && k != "CLAWCTL_TZ" {
            c.env_remove(k);
        }
    }
    c
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn dir_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                total += dir_bytes(&p);
            } else if p.to_string_lossy().contains(".jsonl") {
                total += e.metadata().map(|m| m.len()).unwrap_or(0);
            }
        }
    }
    total
}

fn gen(dir: &Path, mb: u64, sessions: usize) {
    // Calibrate the filler so that `sessions` × 200 turns come to about `mb` MB.
    let turns = 200;
    let probe = |filler: usize| {
        let tmp = tempfile::tempdir().unwrap();
        let spec = generate::Spec {
            sessions: 20,
            turns,
            filler,
            ..Default::default()
        };
        generate::write_state(tmp.path(), &spec).unwrap() as f64 / (20 * turns) as f64
    };
    let (a, b) = (probe(100), probe(1100));
    let per_filler = (b - a) / 1000.0;
    let want = (mb * 1_000_000) as f64 / (sessions * turns) as f64;
    let filler = (100.0 + (want - a) / per_filler).max(0.0) as usize;
    let spec = generate::Spec {
        sessions,
        turns,
        filler,
        span_ms: 60 * 86_400_000,
        ..Default::default()
    };
    let start = Instant::now();
    let bytes = generate::write_state(dir, &spec).unwrap();
    println!(
        "generated {} sessions, {} turns each, {:.1} MB of transcripts in {:.1} s ({})",
        sessions,
        turns,
        bytes as f64 / 1e6,
        start.elapsed().as_secs_f64(),
        dir.display()
    );
}

fn run(dir: &Path) {
    let bytes = dir_bytes(dir);
    let mb = bytes as f64 / 1e6;
    let files = std::fs::read_dir(dir.join("agents/main/sessions"))
        .map(|r| r.count())
        .unwrap_or(0);
    println!(
        "state dir: {} ({mb:.1} MB of transcripts, {files} files)",
        dir.display()
    );
    // The same first sync with the indexes and rollup triggers maintained row by row (no bulk
    // load), for comparison; then the real one, which the rest of the run builds on.
    let _ = std::fs::remove_dir_all(dir.join("clawctl"));
    let rows = measure(
        clawctl(dir, &["sync", "--json"]).env("CLAWCTL_BULK_LOAD_MIN_BYTES", u64::MAX.to_string()),
    );
    assert_eq!(rows.code, 0, "sync failed");
    println!(
        "first sync, row by row: {:.2} s ({:.2} s CPU), {:.1} MB/s, peak RSS {:.1} MB",
        rows.wall.as_secs_f64(),
        rows.cpu.as_secs_f64(),
        mb / rows.wall.as_secs_f64(),
        rows.max_rss_kb as f64 / 1024.0
    );
    let _ = std::fs::remove_dir_all(dir.join("clawctl"));

    let first = measure(&mut clawctl(dir, &["sync", "--json"]));
    assert_eq!(first.code, 0, "sync failed");
    let report = serde_json::from_str::<serde_json::Value>(&first.stdout).unwrap();
    assert_eq!(
        report["bulk_load"], true,
        "a first sync of this size is a bulk load"
    );
    println!(
        "first sync (bulk load): {:.2} s ({:.2} s CPU), {:.1} MB/s, peak RSS {:.1} MB ({} lines, {} messages, {} calls)",
        first.wall.as_secs_f64(),
        first.cpu.as_secs_f64(),
        mb / first.wall.as_secs_f64(),
        first.max_rss_kb as f64 / 1024.0,
        report["lines_read"],
        report["messages_added"],
        report["calls_added"]
    );
    let after = measure(&mut clawctl(
        dir,
        &["cost", "report", "--by", "day", "--json"],
    ));
    println!(
        "report --by day right after: {:.1} ms ({:.1} ms CPU)",
        ms(after.wall),
        ms(after.cpu)
    );
    println!(
        "first sync + report: {:.2} s",
        (first.wall + after.wall).as_secs_f64()
    );
    // What an operator who starts with a cost report waits for: its own sync writes only the
    // cost rows and users; the full sync after it adds messages and media.
    let _ = std::fs::remove_dir_all(dir.join("clawctl"));
    let cold = measure(&mut clawctl(
        dir,
        &["cost", "report", "--by", "day", "--json"],
    ));
    assert_eq!(cold.code, 0, "cost report failed");
    println!(
        "first cost report --by day on a fresh ops database (cost-only sync included): {:.2} s ({:.2} s CPU), peak RSS {:.1} MB",
        cold.wall.as_secs_f64(),
        cold.cpu.as_secs_f64(),
        cold.max_rss_kb as f64 / 1024.0
    );
    let rest = measure(&mut clawctl(dir, &["sync", "--json"]));
    assert_eq!(rest.code, 0, "sync failed");
    let report = serde_json::from_str::<serde_json::Value>(&rest.stdout).unwrap();
    assert_eq!(report["calls_added"], 0, "the cost rows are there already");
    println!(
        "full sync after it: {:.2} s ({:.2} s CPU), {} messages added, bulk load: {}",
        rest.wall.as_secs_f64(),
        rest.cpu.as_secs_f64(),
        report["messages_added"],
        report["bulk_load"]
    );
    let resync = median(
        (0..7)
            .map(|_| measure(&mut clawctl(dir, &["sync", "-q"])).wall)
            .collect(),
    );
    println!(
        "re-sync, nothing new ({files} files): {:.1} ms (median of 7)",
        ms(resync)
    );
    let repeat: Vec<Measured> = (0..7)
        .map(|_| {
            measure(&mut clawctl(
                dir,
                &["cost", "report", "--by", "day", "--json"],
            ))
        })
        .collect();
    let rss = repeat.iter().map(|m| m.max_rss_kb).max().unwrap_or(0);
    let repeat_cpu = median(repeat.iter().map(|m| m.cpu).collect());
    let repeat = median(repeat.into_iter().map(|m| m.wall).collect());
    println!(
        "repeated report --by day (incremental sync included): {:.1} ms, {:.1} ms CPU (medians of 7), peak RSS {:.1} MB",
        ms(repeat),
        ms(repeat_cpu),
        rss as f64 / 1024.0
    );
    let by_session = median(
        (0..5)
            .map(|_| {
                measure(&mut clawctl(
                    dir,
                    &["cost", "report", "--by", "session", "--json", "--no-sync"],
                ))
                .wall
            })
            .collect(),
    );
    println!(
        "report --by session: {:.1} ms (median of 5)",
        ms(by_session)
    );

    match std::env::var_os("CCUSAGE_BIN") {
        Some(bin) => {
            let mut runs = Vec::new();
            let mut cpus = Vec::new();
            let mut peak = 0;
            let mut ok = true;
            for _ in 0..3 {
                let m = measure(
                    Command::new(&bin)
                        .args([
                            "openclaw",
                            "daily",
                            "--json",
                            "--offline",
                            "--open-claw-path",
                        ])
                        .arg(dir)
                        .env("NO_COLOR", "1"),
                );
                ok &= m.code == 0;
                peak = peak.max(m.max_rss_kb);
                cpus.push(m.cpu);
                runs.push(m.wall);
            }
            let cc = median(runs);
            let cc_cpu = median(cpus);
            println!(
                "ccusage openclaw daily --json --offline: {:.2} s, {:.2} s CPU (medians of 3), peak RSS {:.1} MB{}",
                cc.as_secs_f64(),
                cc_cpu.as_secs_f64(),
                peak as f64 / 1024.0,
                if ok { "" } else { " (exited non-zero)" }
            );
            println!(
                "ratios (wall): ccusage / (first sync + report) = {:.2}; ccusage / first cost report = {:.2}; ccusage / repeated report = {:.0}",
                cc.as_secs_f64() / (first.wall + after.wall).as_secs_f64(),
                cc.as_secs_f64() / cold.wall.as_secs_f64(),
                cc.as_secs_f64() / repeat.as_secs_f64()
            );
            println!(
                "ratios (CPU): ccusage / (first sync + report) = {:.2}; ccusage / repeated report = {:.0}",
                cc_cpu.as_secs_f64() / (first.cpu + after.cpu).as_secs_f64(),
                cc_cpu.as_secs_f64() / repeat_cpu.as_secs_f64()
            );
        }
        None => println!("ccusage: skipped (set CCUSAGE_BIN to its binary)"),
    }
}

fn rows(db: &Path, n: i64) {
    let state = tempfile::tempdir().unwrap();
    let _ = std::fs::remove_file(db);
    let migrate = measure(
        Command::new(CLAWCTL)
            .arg("--state-dir")
            .arg(state.path())
            .arg("--db")
            .arg(db)
            .args(["db", "migrate", "-q"]),
    );
    assert_eq!(migrate.code, 0, "db migrate failed");
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.execute_batch("PRAGMA synchronous = OFF; PRAGMA journal_mode = WAL;")
        .unwrap();
    // n calls over 365 days, 2,000 sessions (one person and one model each), 3 agents,
    // 4 models (one without a price), 3 task types.
    let start_ms: i64 = 1_764_547_200_000; // 2025-12-01
    let step = 365 * 86_400_000 / n;
    let chunk = 1_000_000;
    let t = Instant::now();
    let mut done = 0;
    while done < n {
        let m = chunk.min(n - done);
        conn.execute_batch(&format!(
            "BEGIN; INSERT INTO cost_attribution (timestamp, session_id, session_key, task_type, model, provider,
               input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost, cost_source, agent_id,
               user_id, channel, call_key, turn_key)
             WITH RECURSIVE k(i) AS (SELECT {done} UNION ALL SELECT i + 1 FROM k WHERE i < {last})
             SELECT {start_ms} + i * {step}, 'session-' || (i % 2000), 'agent:main:telegram:dm:' || (i % 2000),
               CASE i % 5 WHEN 0 THEN 'web_scraping' WHEN 1 THEN 'shell' ELSE 'chat' END,
               CASE i % 2000 % 4 WHEN 0 THEN 'claude-opus-4-5' WHEN 1 THEN 'claude-haiku-4-5' WHEN 2 THEN 'gpt-5-mini' ELSE 'mystery-1' END,
               CASE i % 2000 % 4 WHEN 2 THEN 'openai' WHEN 3 THEN 'local' ELSE 'anthropic' END,
               100 + i % 5000, 10 + i % 700, (i * 7) % 20000, (i * 3) % 4000,
               CASE WHEN i % 2000 % 4 = 3 THEN NULL ELSE (100 + i % 5000) * 0.000003 + (10 + i % 700) * 0.000015 END,
               CASE WHEN i % 2000 % 4 = 3 THEN 'unknown' ELSE 'recorded' END,
               CASE i % 2000 % 3 WHEN 0 THEN 'main' WHEN 1 THEN 'ops' ELSE 'support' END,
               'telegram:' || (1000000 + i % 2000), 'telegram', 'bench:' || i, 'bench:' || (i / 3)
             FROM k; COMMIT;",
            last = done + m - 1
        ))
        .unwrap();
        done += m;
    }
    drop(conn);
    println!(
        "wrote {n} cost_attribution rows (indexes and rollup triggers on) in {:.1} s; database {:.0} MB",
        t.elapsed().as_secs_f64(),
        std::fs::metadata(db).map(|m| m.len()).unwrap_or(0) as f64 / 1e6
    );
    let db_arg = db.to_string_lossy().into_owned();
    for (label, args) in [
        (
            "report --by day (all time)",
            vec!["cost", "report", "--by", "day"],
        ),
        (
            "report --by day --since 30d",
            vec![
                "cost",
                "report",
                "--by",
                "day",
                "--since",
                "2026-10-31T13:27:11Z",
            ],
        ),
        (
            "report --by month --agent ops",
            vec!["cost", "report", "--by", "month", "--agent", "ops"],
        ),
        (
            "report --by session",
            vec!["cost", "report", "--by", "session"],
        ),
        ("report --by model", vec!["cost", "report", "--by", "model"]),
        (
            "report --user telegram:1000042 --by day",
            vec![
                "cost",
                "report",
                "--user",
                "telegram:1000042",
                "--by",
                "day",
            ],
        ),
    ] {
        let mut times = Vec::new();
        let mut cpus = Vec::new();
        for _ in 0..5 {
            let mut c = clawctl(state.path(), &args);
            c.args(["--db", &db_arg, "--no-sync", "--json"]);
            let m = measure(&mut c);
            assert_eq!(m.code, 0, "{label} failed");
            times.push(m.wall);
            cpus.push(m.cpu);
        }
        println!(
            "{label}: {:.1} ms, {:.1} ms CPU (medians of 5)",
            ms(median(times)),
            ms(median(cpus))
        );
    }
}

fn arg<T: std::str::FromStr>(args: &[String], name: &str, default: T) -> T {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let mb: u64 = arg(&args, "--mb", 500);
    let sessions: usize = arg(&args, "--sessions", 2000);
    let n: i64 = arg(&args, "--rows", 10_000_000);
    let path = |i: usize| args.get(i).map(PathBuf::from);
    match args.first().map(String::as_str) {
        Some("gen") => gen(&path(1).expect("gen DIR"), mb, sessions),
        Some("run") => run(&path(1).expect("run DIR")),
        Some("rows") => rows(&path(1).expect("rows DB"), n),
        Some("all") | None => {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path().join("state");
            gen(&dir, mb, sessions);
            run(&dir);
            rows(&tmp.path().join("rows.db"), n);
        }
        Some(other) => {
            eprintln!("unknown benchmark '{other}': use gen DIR, run DIR, rows DB or all");
            std::process::exit(2);
        }
    }
}
