//! Reading the planned transcripts on reader threads while one more writes their rows.
//!
//! A cost-only run writes a fraction of what a full one does, so parsing becomes its bottleneck
//! and it reads on one thread per core; a full run is bound by its writer and reads on one.
//! Each file is read whole by one thread, in order, so its turn state and cursor stay exact;
//! readers hand batches of rows to the writer thread, the only one that touches the database.
//! Each batch carries the cursors of the rows in it, so batches of different files may commit
//! in any order; a file's own batches commit in the order it produced them.

use super::ingest::{FileJob, Ingest};
use super::media::MediaResolver;
use super::task_type::TaskTypes;
use super::writer::{self, Added, Writer};
use super::{Depth, SyncReport, MAX_PROBLEMS};
use crate::pricing::Pricing;
use crate::state::events;
use crate::state::StateDir;
use crate::store::rollups::Tally;
use crate::store::Store;
use anyhow::{anyhow, Result};
use indicatif::ProgressBar;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::Mutex;

/// What every reader shares.
pub struct Shared<'a> {
    pub state: &'a StateDir,
    pub types: &'a TaskTypes,
    pub pricing: &'a Pricing,
    pub links: &'a [(String, Vec<String>)],
    pub depth: Depth,
    pub bar: &'a ProgressBar,
}

/// One file's outcome, for the report (by its place in the plan, so the report's problems come
/// in plan order however the threads interleave).
struct Outcome {
    job: usize,
    stats: Result<crate::state::transcript::ReadStats, String>,
}

/// What one reader thread did: its files' outcomes, and the rollups of the calls it sent.
struct Read {
    outcomes: Vec<Outcome>,
    tally: Option<Tally>,
}

impl Read {
    /// A reader that stopped because the writer did (whose error is the one reported).
    fn stopped(outcomes: Vec<Outcome>) -> Read {
        Read {
            outcomes,
            tally: None,
        }
    }
}

/// Read `jobs` and write their rows (`first` is written first: the deletes of cursors of files
/// that are gone or moved). Per-file statistics and failures go into `report`. A bulk load's
/// `tally` ends up counting the calls written: each reader sums the calls it sends (off the
/// writer thread, the load's bottleneck), the writer applies retypes and drops the tally when
/// an insert did not go as counted ([`Writer::flush`]), and the readers' sums are added at the
/// end.
pub fn read_all(
    jobs: Vec<FileJob>,
    first: Writer,
    shared: &Shared,
    store: &mut Store,
    tally: &mut Option<Tally>,
    report: &mut SyncReport,
) -> Result<Added> {
    let threads = match shared.depth {
        // The writer is the bottleneck of a full run: a second reader only takes its core.
        Depth::Full => 1,
        Depth::Costs => std::thread::available_parallelism().map_or(1, usize::from),
    }
    .clamp(1, 4)
    .min(jobs.len().max(1));
    let sum_calls = tally.is_some();
    let queue = Mutex::new(jobs.into_iter().enumerate().collect::<VecDeque<_>>());
    let closed = AtomicBool::new(false);
    let (tx, rx) = std::sync::mpsc::sync_channel::<Writer>(2 * threads);
    // The readers' outcomes, or the first failure to start or run one; then the writer's.
    let (reads, written) = std::thread::scope(|scope| {
        let db = std::thread::Builder::new()
            .name("sync-writer".into())
            .spawn_scoped(scope, move || -> Result<(Added, &mut Option<Tally>)> {
                let mut added = Added::default();
                for mut batch in rx {
                    let a = batch.flush(store, tally)?;
                    added.messages += a.messages;
                    added.calls += a.calls;
                    added.media += a.media;
                }
                Ok((added, tally))
            })
            .map_err(|_| anyhow!("cannot start the database writer"));
        let readers = |db_started: bool| -> Result<Vec<Read>> {
            if !db_started || tx.send(first).is_err() {
                return Ok(Vec::new()); // the writer's error is the one reported
            }
            let spawned: Vec<_> = (0..threads)
                .map(|_| {
                    let tx = tx.clone();
                    let (queue, closed) = (&queue, &closed);
                    std::thread::Builder::new()
                        .name("sync-reader".into())
                        .spawn_scoped(scope, move || {
                            read_queue(queue, shared, tx, closed, sum_calls)
                        })
                })
                .collect();
            drop(tx);
            let mut reads = Vec::new();
            for r in spawned {
                let r = r.map_err(|_| anyhow!("cannot start a transcript reader"))?;
                reads.push(
                    r.join()
                        .unwrap_or_else(|_| Err(anyhow!("a transcript reader panicked")))?,
                );
            }
            Ok(reads)
        };
        let reads = readers(db.is_ok());
        let written = db.and_then(|db| {
            db.join()
                .unwrap_or_else(|_| Err(anyhow!("the database writer panicked")))
        });
        (reads, written)
    });
    let (added, tally) = written?;
    let mut outcomes = Vec::new();
    for read in reads? {
        outcomes.extend(read.outcomes);
        match (tally.as_mut(), read.tally) {
            (Some(t), Some(summed)) => t.merge(summed),
            _ => *tally = None,
        }
    }
    outcomes.sort_by_key(|o| o.job);
    for o in outcomes {
        match o.stats {
            Ok(stats) => record(report, &stats),
            Err(problem) => {
                report.files_failed += 1;
                report.problems.push(problem);
            }
        }
    }
    Ok(added)
}

/// One reader thread: take files off the queue until it is empty or the writer has stopped.
fn read_queue(
    queue: &Mutex<VecDeque<(usize, FileJob)>>,
    shared: &Shared,
    tx: SyncSender<Writer>,
    closed: &AtomicBool,
    sum_calls: bool,
) -> Result<Read> {
    let source = events::open(shared.state)?;
    let mut ingest = Ingest::new(
        source.as_ref(),
        shared.types,
        shared.pricing,
        shared.links,
        MediaResolver::new(&shared.state.root),
        shared.depth,
    );
    let mut tally = sum_calls.then(Tally::default);
    let mut sink = |w: Writer| {
        if let Some(t) = tally.as_mut() {
            w.sum_calls(t);
        }
        tx.send(w).map_err(|_| {
            closed.store(true, Ordering::Relaxed);
            anyhow!("the database writer stopped")
        })
    };
    let mut writer = Writer::default();
    let mut outcomes = Vec::new();
    loop {
        let next = queue
            .lock()
            .map_err(|_| anyhow!("a reader panicked"))?
            .pop_front();
        let Some((job, file)) = next else { break };
        let location = file.transcript.location.clone();
        let mut progress = |n: u64| shared.bar.inc(n);
        let stats = match ingest.read_file(file, &mut writer, &mut sink, &mut progress) {
            Err(_) if closed.load(Ordering::Relaxed) => return Ok(Read::stopped(outcomes)),
            r => r.map_err(|e| format!("{}: {e:#}", location.display())),
        };
        outcomes.push(Outcome { job, stats });
        if writer.rows() >= writer::BATCH_ROWS / 4 && sink(std::mem::take(&mut writer)).is_err() {
            return Ok(Read::stopped(outcomes));
        }
    }
    // A send fails only when the writer stopped; its error is the one reported.
    let _ = sink(writer);
    Ok(Read { outcomes, tally })
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
