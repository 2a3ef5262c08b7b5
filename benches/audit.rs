//! Audit trail benchmark: generates a synthetic trail with SQL (default 10 million events over
//! a year, ending now), seals it into the hash chain, then times what operators run against
//! it. Prints a Markdown table for BENCHMARKS.md.
//!
//! `cargo bench --bench audit -- [--rows N] [--db PATH]` (a given --db that already holds a
//! trail is reused, which skips generation).

use anyhow::{Context, Result};
use clawctl::audit::query::{event_values, failure_groups, Filter, EVENT_SQL};
use clawctl::audit::{self, chain, Event, Outcome, Risk};
use clawctl::store::Store;
use std::time::{Duration, Instant};

const DAY: i64 = 86_400_000;

fn main() -> Result<()> {
    let mut rows: i64 = 10_000_000;
    let mut db: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--rows" => rows = args.next().context("--rows N")?.parse()?,
            "--db" => db = Some(args.next().context("--db PATH")?),
            _ => {} // cargo bench passes --bench
        }
    }
    let tmp = tempfile::tempdir()?;
    let path = db.unwrap_or_else(|| tmp.path().join("ops.db").to_string_lossy().into_owned());
    let mut store = Store::open(&path)?;
    let now = clawctl::state::sessions::now_ms();
    let mut out = Vec::new();
    if store.count("audit_log")? == 0 {
        let (d, c, _) = timed(|| generate(&mut store, rows, now).map(|()| rows))?;
        out.push(row("generate (SQL insert, unsealed)", d, c, rows));
        let (d, c, sealed) = timed(|| Ok(chain::seal_pending(&mut store)? as i64))?;
        out.push(rate_row("seal the bot's unsealed rows", d, c, sealed));
    }
    let total = store.count("audit_log")?;
    eprintln!("trail: {total} events in {path}");

    let week = Filter {
        since: Some(now - 7 * DAY),
        until: Some(now + 1),
        ..Filter::default()
    };
    let by_actor = Filter {
        actor: Some("user:telegram:42".into()),
        ..week.clone()
    };
    let by_risk = Filter {
        risk: Some(Risk::High),
        ..week.clone()
    };
    for (name, filter) in [("actor", &by_actor), ("risk=high", &by_risk)] {
        let (d, c, n) = best(5, || query(&mut store, filter, Some(100)))?;
        out.push(row(
            &format!("query by {name} within a week, newest 100"),
            d,
            c,
            n,
        ));
        let (d, c, n) = best(5, || query(&mut store, filter, None))?;
        out.push(row(
            &format!("query by {name} within a week, all rows"),
            d,
            c,
            n,
        ));
    }
    let (d, c, n) = best(5, || {
        let a = failure_groups(&mut store, &week, "action", 10)?;
        let b = failure_groups(&mut store, &week, "actor", 10)?;
        Ok((a.len() + b.len()) as i64)
    })?;
    out.push(row(
        "failures --min 10 --since 7d (by action and by actor)",
        d,
        c,
        n,
    ));

    for parts in [1, 2] {
        let (d, c, n) = timed(|| {
            let report = audit::verify::verify_with(&mut store, None, parts)?;
            anyhow::ensure!(report.intact, "trail does not verify: {:?}", report.problem);
            Ok(report.rows as i64)
        })?;
        let what = if parts == 1 {
            "verify the whole chain, one pass"
        } else {
            "verify the whole chain, 2 ranges in parallel"
        };
        out.push(rate_row(what, d, c, n));
    }

    // The same through the real binary (process start and opening the database included).
    let state = tmp.path().join("state");
    std::fs::create_dir_all(&state)?;
    for args in [
        &[
            "audit",
            "query",
            "--actor",
            "user:telegram:42",
            "--since",
            "7d",
            "--format",
            "jsonl",
        ][..],
        &[
            "audit", "query", "--risk", "high", "--since", "7d", "--format", "jsonl",
        ][..],
        &[
            "audit", "failures", "--min", "10", "--since", "7d", "--json",
        ][..],
        &["audit", "verify", "--json"][..],
    ] {
        let (d, _, n) = best(3, || cli(&state, &path, args))?;
        out.push(format!(
            "| `clawctl {}` | {} | | {n} lines of output | |",
            args.join(" "),
            ms(d)
        ));
    }

    let empty_path = tmp.path().join("empty.db");
    let mut empty = Store::open(&empty_path.to_string_lossy())?;
    let (d, c, _) = timed(|| append(&mut empty, 1_000))?;
    out.push(per_row(
        "append one event (`audit::record`), empty trail",
        d,
        c,
        1_000,
    ));
    let (d, c, _) = timed(|| append(&mut store, 1_000))?;
    out.push(per_row(
        &format!("append one event (`audit::record`), {total} events"),
        d,
        c,
        1_000,
    ));

    println!("| operation | wall time | CPU time | rows | rate (wall) |\n|---|---|---|---|---|");
    for line in out {
        println!("{line}");
    }
    Ok(())
}

fn generate(store: &mut Store, rows: i64, now: i64) -> Result<()> {
    let step = (365 * DAY / rows).max(1);
    let start = now - step * rows;
    let chunk = 1_000_000;
    let mut done = 0;
    while done < rows {
        let n = chunk.min(rows - done);
        store.transaction(|s| {
            s.execute(
                "WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                 INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata)
                 SELECT ? + i * ?, 'user:telegram:' || (i * 7919 % 500), 'action.' || (i * 31 % 40),
                   'agent:main:telegram:dm:' || (i % 1000),
                   CASE WHEN i % 50 = 0 THEN 'failed' WHEN i % 97 = 0 THEN 'partial' ELSE 'success' END,
                   CASE WHEN i % 20 = 0 THEN 'high' WHEN i % 5 = 0 THEN 'medium' ELSE 'low' END,
                   '{\"count\":' || (i % 100) || '}'
                 FROM n",
                &[(done + 1).into(), (done + n).into(), start.into(), step.into()],
            )?;
            Ok(())
        })?;
        done += n;
        eprintln!("generated {done}/{rows}");
    }
    Ok(())
}

/// Run the query as `audit query` does (rows converted to output values); returns the count.
fn query(store: &mut Store, filter: &Filter, limit: Option<i64>) -> Result<i64> {
    let (where_sql, mut params) = filter.where_sql();
    let mut sql =
        format!("SELECT {EVENT_SQL} FROM audit_log {where_sql} ORDER BY timestamp DESC, id DESC");
    if let Some(l) = limit {
        sql.push_str(" LIMIT ?");
        params.push(l.into());
    }
    let mut n = 0;
    let mut bytes = 0;
    store.query_each(&sql, &params, |r| {
        bytes += serde_json::to_string(&event_values(r))?.len();
        n += 1;
        Ok(())
    })?;
    std::hint::black_box(bytes);
    Ok(n)
}

/// Run the release binary; returns the number of output lines.
fn cli(state: &std::path::Path, db: &str, args: &[&str]) -> Result<i64> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_clawctl"))
        .arg("--state-dir")
        .arg(state)
        .args(["--db", db])
        .args(args)
        .output()?;
    anyhow::ensure!(
        out.status.success(),
        "clawctl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(out
        .stdout
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .count() as i64)
}

/// Wall and CPU time (all threads of this process) of `f`.
fn timed(f: impl FnOnce() -> Result<i64>) -> Result<(Duration, Duration, i64)> {
    let (t, c) = (Instant::now(), cpu());
    let n = f()?;
    Ok((t.elapsed(), cpu().saturating_sub(c), n))
}

/// The fastest of `runs` (by wall time).
fn best(runs: usize, mut f: impl FnMut() -> Result<i64>) -> Result<(Duration, Duration, i64)> {
    let mut best = (Duration::MAX, Duration::ZERO, 0);
    for _ in 0..runs {
        let r = timed(&mut f)?;
        if r.0 < best.0 {
            best = r;
        }
    }
    Ok(best)
}

/// CPU time used by this process so far.
fn cpu() -> Duration {
    // SAFETY: getrusage fills the struct it is given.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1_000);
    tv(u.ru_utime) + tv(u.ru_stime)
}

/// Append `n` events one by one.
fn append(store: &mut Store, n: i64) -> Result<i64> {
    let event = Event {
        actor: "operator:bench@host".into(),
        action: "bench.append".into(),
        target: "audit_log".into(),
        outcome: Outcome::Success,
        risk: Risk::Low,
        metadata: serde_json::json!({"n": 1}),
    };
    for _ in 0..n {
        audit::record(store, &event)?;
    }
    Ok(n)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn row(name: &str, wall: Duration, cpu: Duration, n: i64) -> String {
    format!("| {name} | {} | {} | {n} | |", ms(wall), ms(cpu))
}

fn rate_row(name: &str, wall: Duration, cpu: Duration, n: i64) -> String {
    format!(
        "| {name} | {} | {} | {n} | {:.2} M rows/s |",
        ms(wall),
        ms(cpu),
        n as f64 / wall.as_secs_f64() / 1e6
    )
}

fn per_row(name: &str, wall: Duration, cpu: Duration, n: i64) -> String {
    let us = |d: Duration| format!("{:.1} µs", d.as_secs_f64() * 1e6 / n as f64);
    format!(
        "| {name} | {} per event | {} per event | {n} | |",
        us(wall),
        us(cpu)
    )
}
