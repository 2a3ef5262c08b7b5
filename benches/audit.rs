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
        let t = Instant::now();
        generate(&mut store, rows, now)?;
        out.push(row(
            "generate (SQL insert, unsealed)",
            t.elapsed(),
            Some(rows),
        ));
        let t = Instant::now();
        let sealed = chain::seal_pending(&mut store)?;
        out.push(row(
            "seal the bot's unsealed rows",
            t.elapsed(),
            Some(sealed as i64),
        ));
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
        let (d, n) = best(5, || query(&mut store, filter, Some(100)))?;
        out.push(row(
            &format!("query by {name} within a week, newest 100"),
            d,
            Some(n),
        ));
        let (d, n) = best(5, || query(&mut store, filter, None))?;
        out.push(row(
            &format!("query by {name} within a week, all rows"),
            d,
            Some(n),
        ));
    }
    let (d, n) = best(5, || {
        let a = failure_groups(&mut store, &week, "action", 10)?;
        let b = failure_groups(&mut store, &week, "actor", 10)?;
        Ok((a.len() + b.len()) as i64)
    })?;
    out.push(row(
        "failures --min 10 --since 7d (by action and by actor)",
        d,
        Some(n),
    ));

    let t = Instant::now();
    let report = audit::verify::verify(&mut store, None)?;
    let d = t.elapsed();
    anyhow::ensure!(
        report.intact,
        "generated trail does not verify: {:?}",
        report.problem
    );
    out.push(format!(
        "| verify the whole chain | {} | {} rows | {:.2} M rows/s |",
        ms(d),
        report.rows,
        report.rows as f64 / d.as_secs_f64() / 1e6
    ));

    let big = append_cost(&mut store, 1_000)?;
    let empty_path = tmp.path().join("empty.db");
    let mut empty = Store::open(&empty_path.to_string_lossy())?;
    let small = append_cost(&mut empty, 1_000)?;
    out.push(format!(
        "| append one event (`audit::record`), empty trail | {:.1} µs | 1000 appends | |",
        small
    ));
    out.push(format!(
        "| append one event (`audit::record`), {total} events | {:.1} µs | 1000 appends | |",
        big
    ));

    println!("| operation | time | rows | rate |\n|---|---|---|---|");
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

fn best(runs: usize, mut f: impl FnMut() -> Result<i64>) -> Result<(Duration, i64)> {
    let mut best = Duration::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = f()?;
        best = best.min(t.elapsed());
    }
    Ok((best, n))
}

/// Mean microseconds per appended event.
fn append_cost(store: &mut Store, n: u32) -> Result<f64> {
    let event = Event {
        actor: "operator:bench@host".into(),
        action: "bench.append".into(),
        target: "audit_log".into(),
        outcome: Outcome::Success,
        risk: Risk::Low,
        metadata: serde_json::json!({"n": 1}),
    };
    let t = Instant::now();
    for _ in 0..n {
        audit::record(store, &event)?;
    }
    Ok(t.elapsed().as_secs_f64() * 1e6 / f64::from(n))
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn row(name: &str, d: Duration, n: Option<i64>) -> String {
    let n = n.map(|n| format!("{n} rows")).unwrap_or_default();
    format!("| {name} | {} | {n} | |", ms(d))
}
