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
mod reader;
pub mod task_type;
mod writer;

use crate::app::Ctx;
use crate::cost::settings::CostSettings;
use crate::pricing::Pricing;
use crate::state::events::{self, EventSource, Resume, Transcript};
use anyhow::Result;
use context::SessionIndex;
use cursor::{Cursor, Start, KIND_TRANSCRIPT};
use ingest::{FileJob, FileState, Ingest};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;
use writer::{Added, Writer};

/// How many malformed-line locations a report lists (all are counted).
const MAX_PROBLEMS: usize = 20;

/// Options for one run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A pricing file for calls without a recorded cost (else `[cost] pricing` in the config).
    pub pricing: Option<PathBuf>,
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

struct Planned {
    t: Transcript,
    from: Option<Cursor>,
}

/// Run an incremental sync with default options.
pub fn run(ctx: &mut Ctx) -> Result<SyncReport> {
    run_with(ctx, &Options::default())
}

/// Sync before a report unless `no_sync`; malformed lines and failures become warnings.
pub fn refresh(ctx: &mut Ctx, no_sync: bool, pricing: Option<&Path>) -> Result<()> {
    if no_sync {
        return Ok(());
    }
    let report = run_with(
        ctx,
        &Options {
            pricing: pricing.map(Path::to_path_buf),
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

    // Plan: compare every transcript with its cursor.
    let store = ctx.store()?;
    let cursors = cursor::load_all(store, KIND_TRANSCRIPT)?;
    let mut plan = Vec::new();
    let mut deletes = Vec::new();
    let sources: HashSet<String> = transcripts.iter().map(|t| t.source.clone()).collect();
    // Cursors of files that are gone, by inode: a renamed file finds its cursor here.
    let mut gone: HashMap<String, &Cursor> = cursors
        .values()
        .filter(|c| !sources.contains(&c.source) && !c.source.starts_with("sqlite:"))
        .filter_map(|c| c.file_id.clone().map(|id| (id, c)))
        .collect();
    for t in transcripts {
        let head = |r: Resume| source.head_hash(&t, r);
        let from = if let Some(c) = cursors.get(&t.source) {
            match cursor::decide(&t.stat, c, head)? {
                Start::Unchanged => {
                    report.files_unchanged += 1;
                    continue;
                }
                Start::Resume(c) => Some(c),
                Start::Fresh { .. } => {
                    report.files_restarted += 1;
                    None
                }
            }
        } else if let Some(c) = gone
            .get(&t.stat.file_id)
            .copied()
            .filter(|_| !t.in_bot_database())
        {
            match cursor::decide(&t.stat, c, head)? {
                Start::Unchanged | Start::Resume(_) => {
                    gone.remove(&t.stat.file_id);
                    report.files_moved += 1;
                    deletes.push(c.source.clone());
                    Some(c.clone())
                }
                Start::Fresh { .. } => None,
            }
        } else {
            None
        };
        plan.push(Planned { t, from });
    }
    deletes.extend(gone.values().map(|c| c.source.clone()));
    if plan.is_empty() && deletes.is_empty() {
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
        .iter()
        .map(|p| p.t.stat.size - p.from.as_ref().map_or(0, |c| c.offset.min(p.t.stat.size)))
        .sum();
    let bar = ctx.progress(total, "sync");
    let mut warnings = Vec::new();
    let mut indexes: HashMap<String, SessionIndex> = HashMap::new();
    let mut ingest = Ingest::new(
        source,
        &types,
        &pricing,
        &links,
        media::MediaResolver::new(&state.root),
    );
    let mut writer = Writer {
        cursor_deletes: deletes,
        ..Writer::default()
    };
    let store = ctx.store()?;
    tune_for_bulk(store)?;
    let loading = if total >= bulk_load_min_bytes() {
        crate::store::bulk::begin(store)?
    } else {
        None
    };
    report.bulk_load = loading.is_some();
    // Parse on this thread, write on another: the two overlap on a multi-core machine.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Writer>(2);
    let closed = std::cell::Cell::new(false);
    let (parsed, written) = std::thread::scope(|scope| {
        let db = scope.spawn(move || -> Result<Added> {
            let mut added = Added::default();
            for mut batch in rx {
                add(&mut added, batch.flush(store)?);
            }
            Ok(added)
        });
        let mut sink = |w: Writer| {
            tx.send(w).map_err(|_| {
                closed.set(true);
                anyhow::anyhow!("the database writer stopped")
            })
        };
        let parsed = (|| -> Result<()> {
            for p in plan {
                if !indexes.contains_key(&p.t.agent) {
                    let index = SessionIndex::load(&state, source, &p.t.agent, &mut warnings)?;
                    indexes.insert(p.t.agent.clone(), index);
                }
                let location = p.t.location.clone();
                let job = job_for(&indexes[&p.t.agent], &state, p);
                let mut progress = |n: u64| bar.inc(n);
                match ingest.read_file(job, &mut writer, &mut sink, &mut progress) {
                    Ok(stats) => record(&mut report, &stats),
                    Err(_) if closed.get() => return Ok(()),
                    Err(e) => {
                        report.files_failed += 1;
                        report
                            .problems
                            .push(format!("{}: {e:#}", location.display()));
                    }
                }
                if writer.rows() >= writer::BATCH_ROWS / 4 {
                    sink(std::mem::take(&mut writer))?;
                }
            }
            sink(std::mem::take(&mut writer))
        })();
        drop(tx);
        let written = db
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the database writer panicked")));
        (parsed, written)
    });
    // Rebuild what a bulk load deferred, whether or not the load got through.
    let finished = match loading {
        Some(l) => l.finish(ctx.store()?),
        None => Ok(()),
    };
    let added = written?;
    parsed?;
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
fn job_for(index: &SessionIndex, state: &crate::state::StateDir, p: Planned) -> FileJob {
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

/// Add one file's read statistics to the report.
fn record(report: &mut SyncReport, stats: &crate::state::transcript::ReadStats) {
    report.files_read += 1;
    report.lines_read += stats.lines;
    report.malformed_lines += stats.malformed;
    report.torn_tails += stats.torn_tail as u64;
    let room = MAX_PROBLEMS.saturating_sub(report.problems.len());
    report
        .problems
        .extend(stats.problems.iter().map(|p| p.to_string()).take(room));
}

fn add(total: &mut Added, a: Added) {
    total.messages += a.messages;
    total.calls += a.calls;
    total.media += a.media;
}
