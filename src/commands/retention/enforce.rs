//! `clawctl retention enforce`: apply the retention policy, safe from cron while the bot runs.
//!
//! Takes the run lock (a second run exits 5 at once), removes in short batches (see
//! [`crate::retention::enforce`]), records one audit event with the counts per rule, and prints
//! a summary (nothing with `-q`; JSON with `--format json`). `--dry-run` prints the plan and
//! changes nothing.

use super::PolicyArgs;
use crate::app::Ctx;
use crate::audit::{self, Event, Outcome, Risk};
use crate::journal::Step;
use crate::output::{Output, Table};
use crate::retention::enforce::{self, Options, Summary};
use crate::retention::plan::{self, RuleReport};
use crate::retention::runlock::RunLock;
use crate::retention::steps::FileStep;
use crate::retention::{iso, Rule};
use anyhow::Result;
use serde_json::{json, Value};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit codes: 0 done (or stopped by --max-runtime; the next run continues), \
5 another enforce holds <state>/clawctl/retention.lock, 1 failure.\n\
Without a terminal (cron, systemd) it runs without asking: the policy is the instruction. \
On a terminal it asks first unless --yes."
)]
pub struct Args {
    /// Show what would be removed, file by file, without removing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Stop cleanly between batches after this long (e.g. 90s, 10m, 1h); the next run continues.
    #[arg(long, env = "CLAWCTL_RETENTION_MAX_RUNTIME", value_name = "DURATION",
          value_parser = crate::retention::policy::parse_duration)]
    pub max_runtime: Option<Duration>,
    #[command(flatten)]
    pub common: PolicyArgs,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let started = Instant::now();
    super::refuse_future(args.common.now)?;
    let deadline = args.max_runtime.map(|d| started + d);
    if args.dry_run {
        return dry_run(ctx, &args);
    }
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if interactive && !ctx.global.yes {
        // Ask before taking any lock: no lock is held across a prompt.
        let (inputs, _, _) = super::load(ctx, &args.common, true)?;
        let p = plan::build(&inputs, Some(ctx.store()?))?;
        let total: u64 = p.rules.iter().map(|r| r.count).sum();
        ctx.confirm(&format!(
            "remove {total} item(s) as the retention policy says (see `retention show`)?"
        ))?;
    }
    let lock = RunLock::acquire(&ctx.state()?.clawctl_dir())?;
    let (mut inputs, loaded, _) = super::load(ctx, &args.common, true)?;
    if inputs.state.layout == crate::state::Layout::Sqlite {
        ctx.warn("transcripts are skipped: the gateway owns them in the SQLite layout (use `openclaw sessions cleanup`)");
    }
    let bar = ctx.progress(0, "retention");
    if !bar.is_hidden() {
        let p = plan::build(&inputs, Some(ctx.store()?))?;
        bar.set_length(p.rules.iter().map(|r| r.count).sum());
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} items ({eta})")
        {
            bar.set_style(style.progress_chars("=> "));
        }
    }
    let progress_bar = bar.clone();
    let opts = Options {
        deadline,
        progress: Box::new(move |n| progress_bar.inc(n)),
    };
    let actor = ctx.actor();
    let store = ctx.store()?;
    let mut summary = Summary::default();
    let result = enforce::run(&mut inputs, store, &opts, &mut summary);
    bar.finish_and_clear();
    let outcome = match (&result, &summary.stopped) {
        (Err(_), _) => Outcome::Failed,
        (Ok(()), Some(_)) => Outcome::Partial,
        (Ok(()), None) => Outcome::Success,
    };
    let lock_target = inputs.policy.lock_target();
    let mut doc = summary_json(&summary, inputs.now_ms, lock_target, started.elapsed());
    doc["policy_source"] = json!(loaded.source.map(|p| p.display().to_string()));
    let event = Event {
        actor,
        action: "retention.enforce".into(),
        target: inputs.state.root.display().to_string(),
        outcome,
        risk: Risk::High,
        metadata: json!({
            "rules": doc["rules"].clone(),
            "complete": doc["complete"].clone(),
            "stopped": doc["stopped"].clone(),
            "batches": summary.batches,
            "longest_write_lock_ms": doc["longest_write_lock_ms"].clone(),
            "write_lock_p99_ms": doc["write_lock_p99_ms"].clone(),
            "write_locks_over_target": doc["write_locks_over_target"].clone(),
            "error": result.as_ref().err().map(|e| format!("{e:#}")),
        }),
    };
    let recorded = audit::record(store, &event);
    drop(lock);
    result?;
    recorded?;
    if let Some(why) = &summary.stopped {
        ctx.warn(format!(
            "stopped early ({why}); the next run continues where this one stopped"
        ));
    }
    let human = vec![done_table(&doc), Table::key_values("Run", run_pairs(&doc))];
    Ok(Output::Doc { json: doc, human })
}

fn dry_run(ctx: &mut Ctx, args: &Args) -> Result<Output> {
    let (inputs, loaded, has_db) = super::load(ctx, &args.common, false)?;
    let store = if has_db { Some(ctx.store()?) } else { None };
    let p = plan::build(&inputs, store)?;
    let steps = crate::retention::steps::plan(&inputs, &p);
    let mut files = Table::new(["rule", "step"]).titled("Files (journaled steps)");
    for s in &steps {
        files.push(vec![json!(s.rule().as_str()), json!(s.describe())]);
    }
    let doc = json!({
        "dry_run": true,
        "now": iso(inputs.now_ms),
        "policy_source": loaded.source.map(|p| p.display().to_string()),
        "rules": p.rules.iter().map(RuleReport::to_json).collect::<Vec<_>>(),
        "steps": steps.iter().map(step_json).collect::<Vec<_>>(),
    });
    let human = vec![
        super::show::rules_table("Dry run: nothing was removed", &p.rules),
        files,
    ];
    Ok(Output::Doc { json: doc, human })
}

fn step_json(s: &FileStep) -> Value {
    let mut v = serde_json::to_value(s).unwrap_or(Value::Null);
    v["rule"] = json!(s.rule().as_str());
    v["describe"] = json!(s.describe());
    v
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0
}

fn summary_json(s: &Summary, now_ms: i64, lock_target: Duration, took: Duration) -> Value {
    let rules: Vec<Value> = Rule::ALL
        .iter()
        .map(|r| {
            let d = s.done[*r as usize];
            json!({
                "rule": r.as_str(),
                "removed": d.count,
                "bytes": d.bytes,
                "db_rows": d.db_rows,
                "archived": d.archived,
            })
        })
        .collect();
    let removed: u64 = s.done.iter().map(|d| d.count).sum();
    let bytes: u64 = s.done.iter().map(|d| d.bytes).sum();
    json!({
        "dry_run": false,
        "now": iso(now_ms),
        "complete": s.stopped.is_none(),
        "stopped": s.stopped,
        "resumed_interrupted_run": s.resumed,
        "duration_ms": ms(took),
        "batches": s.batches,
        "journal_steps": s.journal_steps,
        "longest_write_lock_ms": ms(s.longest_write_lock.held),
        "longest_write_lock_commit_ms": s.longest_write_lock.commit.map(ms),
        "write_locks_over_target": s.write_locks_over(lock_target),
        "write_lock_p50_ms": ms(s.write_lock_percentile(50.0)),
        "write_lock_p99_ms": ms(s.write_lock_percentile(99.0)),
        "longest_store_lock_ms": ms(s.longest_store_lock),
        "rules": rules,
        "totals": { "removed": removed, "bytes": bytes },
    })
}

fn done_table(doc: &Value) -> Table {
    let mut t = Table::new(["rule", "removed", "bytes", "db rows", "archived"])
        .titled("Retention enforced");
    for r in doc["rules"].as_array().into_iter().flatten() {
        t.push(vec![
            r["rule"].clone(),
            r["removed"].clone(),
            r["bytes"].clone(),
            r["db_rows"].clone(),
            r["archived"].clone(),
        ]);
    }
    t
}

fn run_pairs(doc: &Value) -> Vec<(&'static str, Value)> {
    vec![
        ("complete", doc["complete"].clone()),
        ("stopped", doc["stopped"].clone()),
        (
            "resumed an interrupted run",
            doc["resumed_interrupted_run"].clone(),
        ),
        ("duration ms", doc["duration_ms"].clone()),
        ("batches", doc["batches"].clone()),
        (
            "longest write lock ms",
            doc["longest_write_lock_ms"].clone(),
        ),
        (
            "write locks over lock_target_ms",
            doc["write_locks_over_target"].clone(),
        ),
        (
            "longest sessions.json.lock ms",
            doc["longest_store_lock_ms"].clone(),
        ),
    ]
}
