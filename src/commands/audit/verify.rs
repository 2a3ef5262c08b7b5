//! `clawctl audit verify`: verify the hash chain; name the first row that was edited,
//! deleted, inserted or reordered. Exit 0 only when the trail is intact, 3 otherwise.

use crate::app::Ctx;
use crate::audit::verify::{verify, Report};
use crate::audit::{Event, Outcome, Risk};
use crate::error::exit;
use crate::output::{Format, Output, Table};
use anyhow::Result;
use serde_json::{json, Value};
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the head hash (after verifying), to keep somewhere else: a later
    /// `--expect-head` with it detects a truncated or rewritten trail.
    #[arg(long)]
    pub anchor: bool,
    /// Fail unless the trail still contains this head hash saved earlier with --anchor
    /// (detects a truncated tail; later events after it are fine).
    #[arg(long, value_name = "HASH", env = "CLAWCTL_AUDIT_ANCHOR")]
    pub expect_head: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let started = Instant::now();
    let store = super::sealed_store(ctx)?;
    let report = verify(store, args.expect_head.as_deref())?;
    let elapsed = started.elapsed();
    if let Some(problem) = &report.problem {
        let event = Event {
            actor: ctx.actor(),
            action: "audit.verify".into(),
            target: "audit_log".into(),
            outcome: Outcome::Failed,
            risk: Risk::High,
            metadata: json!({"kind": problem.kind, "row": problem.id, "rows": report.rows}),
        };
        if let Err(e) = crate::audit::record(ctx.store()?, &event) {
            ctx.warn(format!("could not record the failed verification: {e:#}"));
        }
    }
    let mut doc = serde_json::to_value(&report)?;
    doc["elapsed_ms"] = json!(elapsed.as_millis() as u64);
    doc["rows_per_second"] =
        json!((report.rows as f64 / elapsed.as_secs_f64().max(1e-9)).round() as u64);
    let out = if args.anchor && report.intact && ctx.style.format == Format::Table {
        Output::Text(format!("{}\n", report.head_hash))
    } else {
        Output::Doc {
            human: vec![human(&report, &doc)],
            json: doc,
        }
    };
    Ok(if report.intact {
        out
    } else {
        Output::WithExit(Box::new(out), exit::CHECK_FAILED)
    })
}

fn human(report: &Report, doc: &Value) -> Table {
    let title = match &report.problem {
        None => format!("Audit trail intact: {} events", report.rows),
        Some(p) => format!("Audit trail TAMPERED: {}", p.message),
    };
    let mut pairs = vec![
        ("events", json!(report.rows)),
        ("head", json!(report.head_id)),
        ("head hash", json!(report.head_hash)),
        ("erased rows", json!(report.erased_rows)),
    ];
    if let Some(c) = &report.checkpoint {
        pairs.push(("pruned up to", json!(c.base_id)));
    }
    if let Some(a) = &report.anchor {
        pairs.push(("anchor found at", json!(a.id)));
        pairs.push(("events after anchor", json!(a.events_after)));
    }
    if let Some(p) = &report.problem {
        pairs.push(("problem", json!(p.kind)));
        pairs.push(("row", json!(p.id)));
    }
    pairs.push(("rows/s", doc["rows_per_second"].clone()));
    Table::key_values(&title, pairs)
}
