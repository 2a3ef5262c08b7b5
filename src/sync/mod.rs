//! `sync`: incremental, idempotent ingest of every agent's transcripts (live files and
//! `.deleted` / `.reset` / `.bak` leftovers) into the ops database: `messages`, `media_files`,
//! `cost_attribution` and `users`.
//!
//! Reports call [`refresh`] first so they see what the bot wrote a moment ago. A run with
//! nothing new only lists the sessions directories and compares `stat` with the cursors.

pub mod context;
pub mod cursor;
pub mod entry;
pub mod ingest;
pub mod media;
mod plan;
mod reader;
mod skim;
pub mod task_type;
mod workers;
mod writer;

use crate::app::Ctx;
use crate::cost::settings::CostSettings;
use crate::pricing::Pricing;
use crate::state::events::{self, EventSource};
use anyhow::Result;
use context::SessionIndex;
use ingest::{FileJob, FileState};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;
use writer::Writer;

/// How many malformed-line locations a report lists (all are counted).
const MAX_PROBLEMS: usize = 20;

/// Options for one run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A pricing file for calls without a recorded cost (else `[cost] pricing` in the config).
    pub pricing: Option<PathBuf>,
    pub depth: Depth,
}

/// How much of each transcript a run writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Depth {
    /// Everything: `messages`, `media_files`, `cost_attribution`, `users` (`clawctl sync`, and
    /// the commands that read messages).
    #[default]
    Full,
    /// Only what cost reports and budgets read: `cost_attribution` and `users`, a fraction of
    /// the writing. It keeps its own cursors; a later full run reads on from the full cursors
    /// and adds the rest (the cost rows it meets again are already there).
    Costs,
}

impl Depth {
    /// The kind of the cursors a run of this depth reads from and writes.
    pub fn cursor_kind(self) -> &'static str {
        match self {
            Depth::Full => cursor::KIND_TRANSCRIPT,
            Depth::Costs => cursor::KIND_COSTS,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SyncReport {
    /// Transcript files found (live and leftovers).
    pub files: u64,
    pub files_read: u64,
    pub files_unchanged: u64,
    /// Files truncated or replaced since the last run, read again from the start.
    pub files_restarted: u64,
    /// Files renamed since the last run (e.g. to `.deleted.<ts>`), whose cursor moved with them.
    pub files_moved: u64,
    pub files_failed: u64,
    pub bytes_read: u64,
    pub lines_read: u64,
    pub messages_added: u64,
    pub calls_added: u64,
    pub media_added: u64,
    pub malformed_lines: u64,
    /// Files ending in an incomplete line (the bot mid-write); it is read next time.
    pub torn_tails: u64,
    /// `file:line: reason` of malformed lines (the first few), and files that failed.
    pub problems: Vec<String>,
    /// A first sync into an empty database that built its indexes and rollups once at the end
    /// instead of row by row ([`crate::store::bulk`]).
    pub bulk_load: bool,
    /// Operator commands from `logs/commands.log` newly appended to the audit trail.
    pub commands_imported: u64,
    pub duration_ms: u64,
}

/// Run an incremental sync with default options.
pub fn run(ctx: &mut Ctx) -> Result<SyncReport> {
    run_with(ctx, &Options::default())
}

/// Sync before a report unless `no_sync`; malformed lines and failures become warnings.
pub fn refresh(ctx: &mut Ctx, no_sync: bool, pricing: Option<&Path>) -> Result<()> {
    refresh_to(ctx, no_sync, pricing, Depth::Full)
}

/// [`refresh`] for the commands that read only cost rows and users: a [`Depth::Costs`] run.
pub fn refresh_costs(ctx: &mut Ctx, no_sync: bool, pricing: Option<&Path>) -> Result<()> {
    refresh_to(ctx, no_sync, pricing, Depth::Costs)
}

fn refresh_to(ctx: &mut Ctx, no_sync: bool, pricing: Option<&Path>, depth: Depth) -> Result<()> {
    if no_sync {
        return Ok(());
    }
    let report = run_with(
        ctx,
        &Options {
            pricing: pricing.map(Path::to_path_buf),
            depth,
        },
    )?;
    warn_problems(ctx, &report);
    Ok(())
}

/// Print a run's problems as warnings.
pub fn warn_problems(ctx: &Ctx, report: &SyncReport) {
    if report.malformed_lines > 0 {
        ctx.warn(format!(
            "skipped {} malformed transcript line(s); first: {}",
            report.malformed_lines,
            report.problems.first().map_or("", String::as_str)
        ));
    }
    if report.files_failed > 0 {
        ctx.warn(format!(
            "{} transcript file(s) could not be read",
            report.files_failed
        ));
    }
}

/// Sync the transcripts, then import the bot's `logs/commands.log` into the audit trail.
pub fn run_with(ctx: &mut Ctx, opts: &Options) -> Result<SyncReport> {
    let started = Instant::now();
    let mut report = sync_transcripts(ctx, opts)?;
    let state = ctx.state()?.clone();
    report.commands_imported = crate::audit::import_commands_log(ctx.store()?, &state)?.imported;
    report.duration_ms = started.elapsed().as_millis() as u64;
    Ok(report)
}

fn sync_transcripts(ctx: &mut Ctx, opts: &Options) -> Result<SyncReport> {
    let started = Instant::now();
    let state = ctx.state()?.clone();
    let settings = CostSettings::from(ctx.settings()?)?;
    let source = events::open(&state)?;
    let source: &dyn EventSource = source.as_ref();
    let mut transcripts = Vec::new();
    for agent in source.agents()? {
        transcripts.extend(source.transcripts(&agent)?);
    }
    let mut report = SyncReport {
        files: transcripts.len() as u64,
        ..SyncReport::default()
    };
    let plan = plan::plan(ctx.store()?, source, transcripts, opts.depth, &mut report)?;
    if plan.read.is_empty() && plan.deletes.is_empty() {
        report.duration_ms = started.elapsed().as_millis() as u64;
        return Ok(report);
    }

    // Read what changed.
    let config = ctx.bot_config()?.cloned();
    let pricing_file = opts.pricing.clone().or(settings.pricing.clone());
    let pricing = Pricing::load(config.as_ref(), pricing_file.as_deref())?;
    let links = config.map(|c| c.identity_links()).unwrap_or_default();
    let types = task_type::TaskTypes::new(&settings.task_types);
    let total: u64 = plan
        .read
        .iter()
        .map(|p| p.t.stat.size - p.from.as_ref().map_or(0, |c| c.offset.min(p.t.stat.size)))
        .sum();
    let mut warnings = Vec::new();
    let mut indexes: HashMap<String, SessionIndex> = HashMap::new();
    let mut jobs = Vec::with_capacity(plan.read.len());
    for p in plan.read {
        if !indexes.contains_key(&p.t.agent) {
            let index = SessionIndex::load(&state, source, &p.t.agent, &mut warnings)?;
            indexes.insert(p.t.agent.clone(), index);
        }
        jobs.push(job_for(&indexes[&p.t.agent], &state, p));
    }
    let kind = opts.depth.cursor_kind();
    let first = Writer {
        cursor_deletes: plan.deletes.into_iter().map(|s| (s, kind)).collect(),
        ..Writer::default()
    };
    let bar = ctx.progress(total, "sync");
    let store = ctx.store()?;
    tune_for_bulk(store)?;
    let mut loading = if total >= bulk_load_min_bytes() {
        crate::store::bulk::begin(store)?
    } else {
        None
    };
    report.bulk_load = loading.is_some();
    // Lives until the deferred indexes are built too (they write a third of the load again).
    let checkpointer = if loading.is_some() {
        crate::store::checkpointer::Checkpointer::start(store)?
    } else {
        None
    };
    let shared = workers::Shared {
        state: &state,
        types: &types,
        pricing: &pricing,
        links: &links,
        depth: opts.depth,
        bar: &bar,
    };
    let mut no_tally = None;
    let tally = loading.as_mut().map_or(&mut no_tally, |l| &mut l.tally);
    let read = workers::read_all(jobs, first, &shared, store, tally, &mut report);
    // Rebuild what a bulk load deferred, whether or not the load got through.
    let finished = match loading {
        Some(l) => l.finish(ctx.store()?),
        None => Ok(()),
    };
    drop(checkpointer);
    let added = read?;
    finished?;
    bar.finish_and_clear();
    for w in warnings {
        ctx.warn(w);
    }
    report.bytes_read = total;
    report.messages_added = added.messages;
    report.calls_added = added.calls;
    report.media_added = added.media;
    report.duration_ms = started.elapsed().as_millis() as u64;
    Ok(report)
}

/// A first sync of at least this much reads into an empty database with its secondary indexes
/// and rollup triggers deferred ([`crate::store::bulk`]): 64 MiB, or `CLAWCTL_BULK_LOAD_MIN_BYTES`
/// (the tests set it to compare both ways on small data).
fn bulk_load_min_bytes() -> u64 {
    std::env::var("CLAWCTL_BULK_LOAD_MIN_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64 << 20)
}

/// Connection settings for a bulk load: statement journals in memory (every idempotent insert
/// opens one), a 64 MiB page cache, and fewer, larger WAL checkpoints. Durability is unchanged.
fn tune_for_bulk(store: &mut crate::store::Store) -> Result<()> {
    if store.kind() == crate::store::BackendKind::Sqlite {
        store.execute_batch(
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384;",
        )?;
    }
    Ok(())
}

/// The reading of one planned transcript: from its cursor, or from the start.
fn job_for(index: &SessionIndex, state: &crate::state::StateDir, p: plan::Planned) -> FileJob {
    let (offset, line, fstate) = match &p.from {
        Some(c) => (
            c.offset,
            c.line,
            c.state
                .as_deref()
                .and_then(|s| serde_json::from_str::<FileState>(s).ok())
                .unwrap_or_default(),
        ),
        None => (0, 0, FileState::default()),
    };
    FileJob {
        display: p.t.display(state),
        info: index.info(&p.t),
        transcript: p.t,
        offset,
        line,
        state: fstate,
    }
}
