//! SQLite-layout benchmark: generates an OpenClaw 2026.9.6 agent database with the bot's own DDL
//! (default 200 sessions × 500 turns = 300,400 events, every third zstd-compressed) and the same
//! events as JSONL files, then times reading every event through the event-source interface from
//! each layout (read-only, paged), and — when `--ccusage BIN` is given — `ccusage openclaw daily
//! --json --offline` on the same SQLite directory. Totals are compared so the figures describe
//! the same work. With `--sync BIN` (a clawctl binary whose `sync` is integrated) it also times
//! a first and an incremental `clawctl sync`. Prints a Markdown table for BENCHMARKS.md.
//!
//! `cargo bench --bench sqlite_layout -- [--sessions N] [--turns N] [--dir DIR] [--ccusage BIN] [--sync BIN]`

#[path = "../tests/support/openclaw_gen.rs"]
mod gen;

use anyhow::{Context, Result};
use clawctl::state::events::{self, EventSource};
use clawctl::state::StateDir;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

struct Totals {
    events: u64,
    calls: u64,
    input: u64,
    output: u64,
    usd: f64,
}

fn main() -> Result<()> {
    let mut spec = gen::Spec::new(200, 500);
    let (mut dir, mut ccusage, mut sync): (Option<PathBuf>, Option<String>, Option<String>) =
        (None, None, None);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--sessions" => spec.sessions = args.next().context("--sessions N")?.parse()?,
            "--turns" => spec.turns = args.next().context("--turns N")?.parse()?,
            "--dir" => dir = Some(args.next().context("--dir DIR")?.into()),
            "--ccusage" => ccusage = Some(args.next().context("--ccusage BIN")?),
            "--sync" => sync = Some(args.next().context("--sync BIN")?),
            _ => {} // cargo bench passes --bench
        }
    }
    let tmp = tempfile::tempdir()?;
    let base = dir.unwrap_or_else(|| tmp.path().to_path_buf());
    let (sqlite, jsonl) = (base.join("sqlite/.openclaw"), base.join("jsonl/.openclaw"));
    let mut out = Vec::new();
    if !sqlite.exists() {
        let t = Instant::now();
        gen::write_sqlite(&sqlite, &spec);
        gen::write_jsonl(&jsonl, &spec);
        out.push(row("generate both layouts", t.elapsed(), None, ""));
    }
    let db = gen::agent_db(&sqlite, &spec.agent);
    let db_mb = std::fs::metadata(&db)?.len() as f64 / 1e6;

    let (t, a) = timed(|| read_all(&sqlite))?;
    out.push(row(
        "read every event, SQLite rows",
        t,
        Some(a.events),
        &summary(&a),
    ));
    let (t, b) = timed(|| read_all(&jsonl))?;
    out.push(row(
        "read every event, JSONL files",
        t,
        Some(b.events),
        &summary(&b),
    ));
    anyhow::ensure!(
        (a.events, a.calls, a.input, a.output) == (b.events, b.calls, b.input, b.output),
        "layouts disagree"
    );

    if let Some(bin) = sync {
        let ops = base.join("ops.db");
        let _ = std::fs::remove_file(&ops);
        for label in [
            "clawctl sync, first run",
            "clawctl sync, rerun (nothing new)",
        ] {
            let (t, ()) = timed(|| {
                run(
                    &bin,
                    &sqlite,
                    &["--db", &ops.to_string_lossy(), "-q", "sync"],
                )
                .map(drop)
            })?;
            out.push(row(label, t, Some(a.events), ""));
        }
    }
    if let Some(bin) = ccusage {
        let open_claw_path = sqlite.to_string_lossy().into_owned();
        let (t, text) = timed(|| {
            run(
                &bin,
                Path::new("/"),
                &[
                    "openclaw",
                    "daily",
                    "--json",
                    "--offline",
                    "--open-claw-path",
                    &open_claw_path,
                ],
            )
        })?;
        let v: Value = serde_json::from_str(&text).context("ccusage output")?;
        let tot = &v["totals"];
        let note = format!(
            "input {} output {} USD {:.4}",
            tot["inputTokens"],
            tot["outputTokens"],
            tot["totalCost"].as_f64().unwrap_or(0.0)
        );
        anyhow::ensure!(
            tot["inputTokens"].as_u64() == Some(a.input),
            "ccusage input tokens differ: {note}"
        );
        out.push(row(
            "ccusage openclaw daily --json --offline",
            t,
            Some(a.events),
            &note,
        ));
    }

    println!(
        "{} sessions × {} turns = {} events; agent database {:.1} MB; every 3rd event zstd-compressed\n",
        spec.sessions, spec.turns, a.events, db_mb
    );
    println!("| what | time | events/s | totals |\n|---|---:|---:|---|");
    for r in out {
        println!("{r}");
    }
    Ok(())
}

/// Every event of every transcript, with the totals `cost report` is built from.
fn read_all(root: &Path) -> Result<Totals> {
    let state = StateDir::new(root.to_path_buf(), "bench".into(), None);
    let source: Box<dyn EventSource> = events::open(&state)?;
    let mut t = Totals {
        events: 0,
        calls: 0,
        input: 0,
        output: 0,
        usd: 0.0,
    };
    let stats = events::scan(source.as_ref(), None, |_, e| {
        if let Some(m) =
            clawctl::state::transcript::message(&e.value).filter(|m| m["role"] == "assistant")
        {
            t.calls += 1;
            t.input += m["usage"]["input"].as_u64().unwrap_or(0);
            t.output += m["usage"]["output"].as_u64().unwrap_or(0);
            t.usd += m["usage"]["cost"]["total"].as_f64().unwrap_or(0.0);
        }
        Ok(())
    })?;
    t.events = stats.events;
    Ok(t)
}

fn run(bin: &str, state: &Path, args: &[&str]) -> Result<String> {
    let mut cmd = Command::new(bin);
    if bin.contains("clawctl") {
        cmd.arg("--state-dir").arg(state);
    }
    let o = cmd
        .args(args)
        .output()
        .with_context(|| format!("running {bin}"))?;
    anyhow::ensure!(
        o.status.success(),
        "{bin} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    Ok(String::from_utf8_lossy(&o.stdout).into_owned())
}

fn timed<T>(f: impl FnOnce() -> Result<T>) -> Result<(Duration, T)> {
    let t = Instant::now();
    let v = f()?;
    Ok((t.elapsed(), v))
}

fn summary(t: &Totals) -> String {
    format!(
        "calls {} input {} output {} USD {:.4}",
        t.calls, t.input, t.output, t.usd
    )
}

fn row(what: &str, t: Duration, events: Option<u64>, note: &str) -> String {
    let rate = events.map_or("-".into(), |n| format!("{:.0}", n as f64 / t.as_secs_f64()));
    format!("| {what} | {:.2} s | {rate} | {note} |", t.as_secs_f64())
}
