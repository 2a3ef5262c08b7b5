//! `retention enforce`: remove what the policy says, in short batches, resumably.
//!
//! Order of a run: finish an interrupted journal, then the ops-database rules (messages, media
//! rows and their files, cost rows, audit events) in batches of `batch_size` rows, each batch's
//! deletes in write transactions that aim at a fifth of `lock_target_ms`, then the file
//! rules from a fresh journal. Between batches and journal steps the run checks `--max-runtime`
//! (and stops cleanly; the next run continues) and whether the legal holds changed (and re-reads
//! them). See the module docs of [`crate::retention`] for why this order survives a crash at any
//! point.

use super::plan::{self, days_of, Inputs};
use super::steps::{self, FileStep};
use super::{deletes, files, resolve_in_state, rows, Rule};
use crate::journal::{Journal, FAULT_ENV};
use crate::store::Store;
use anyhow::Result;
use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The journal kind of retention runs.
pub const JOURNAL_KIND: &str = "retention";

/// What one rule removed.
#[derive(Debug, Clone, Copy, Default)]
pub struct Done {
    pub count: u64,
    pub bytes: u64,
    pub db_rows: u64,
    pub archived: u64,
}

/// What a run did so far (filled in as it goes, so a failed run still reports its progress).
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub done: [Done; 7],
    pub batches: u64,
    pub journal_steps: u64,
    /// The longest write-lock hold, and what its COMMIT took of it.
    pub longest_write_lock: deletes::Hold,
    /// Every delete transaction's write-lock hold, in microseconds (for percentiles).
    pub write_locks_us: Vec<u32>,
    pub longest_store_lock: Duration,
    /// Why the run stopped early (`--max-runtime`), if it did.
    pub stopped: Option<String>,
    /// A journal left by an interrupted run was finished first.
    pub resumed: bool,
}

impl Summary {
    pub fn get(&mut self, rule: Rule) -> &mut Done {
        &mut self.done[rule as usize]
    }

    fn lock_held(&mut self, hold: deletes::Hold) {
        self.longest_write_lock = self.longest_write_lock.max(hold);
        self.write_locks_us
            .push(u32::try_from(hold.held.as_micros()).unwrap_or(u32::MAX));
    }

    /// How many write-lock holds were longer than `limit`.
    pub fn write_locks_over(&self, limit: Duration) -> usize {
        let limit = u32::try_from(limit.as_micros()).unwrap_or(u32::MAX);
        self.write_locks_us.iter().filter(|us| **us > limit).count()
    }

    /// The `p`-th percentile (0–100) of the write-lock holds.
    pub fn write_lock_percentile(&self, p: f64) -> Duration {
        let mut v = self.write_locks_us.clone();
        if v.is_empty() {
            return Duration::ZERO;
        }
        v.sort_unstable();
        let i = ((p / 100.0) * (v.len() - 1) as f64).round() as usize;
        Duration::from_micros(u64::from(v[i.min(v.len() - 1)]))
    }
}

/// Run options.
pub struct Options {
    pub deadline: Option<Instant>,
    /// Called with the number of items just removed (for a progress bar).
    pub progress: Box<dyn Fn(u64)>,
}

/// Why a journal stopped before its end without failing.
#[derive(Debug)]
enum Interrupt {
    Deadline,
    HoldsChanged,
}

impl std::fmt::Display for Interrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Interrupt::Deadline => "max-runtime reached",
            Interrupt::HoldsChanged => "legal holds changed",
        })
    }
}

impl std::error::Error for Interrupt {}

/// Fault injection for crash tests (`CLAWCTL_FAULT_KILL_AFTER_STEP`): `retention-batch:<n>`
/// kills the process after the n-th batch's files are gone and before its rows are deleted;
/// `retention-session:<n>` after the n-th session's store entry is removed and before its
/// transcript is; `retention:<n>` (the journal's own) after the n-th journal step.
pub(crate) fn fault_point(kind: &str, n: u64) {
    let spec = std::env::var(FAULT_ENV).unwrap_or_default();
    let hit = spec
        .strip_prefix(kind)
        .and_then(|rest| rest.strip_prefix(':'))
        .and_then(|v| v.parse::<u64>().ok())
        == Some(n);
    if hit {
        // SAFETY: kill(2) on our own pid with SIGKILL has no memory-safety preconditions.
        unsafe { libc::kill(libc::getpid(), libc::SIGKILL) };
    }
}

/// Enforce the policy. `summary` is filled in as the run goes.
pub fn run(
    inputs: &mut Inputs,
    store: &mut Store,
    opts: &Options,
    summary: &mut Summary,
) -> Result<()> {
    let root = inputs.state.root.clone();
    if let Some(journal) = Journal::<FileStep>::pending(&root, JOURNAL_KIND)? {
        summary.resumed = true;
        run_journal(journal, inputs, store, opts, summary)?;
        if summary.stopped.is_some() {
            return Ok(());
        }
    }
    let checkpoints = rows::Checkpoints::take_over(store)?;
    for rule in [Rule::Messages, Rule::Media, Rule::Cost, Rule::Audit] {
        let finished = run_rows(rule, inputs, store, opts, summary, &checkpoints)?;
        if !finished {
            checkpoints.restore(store)?;
            return Ok(());
        }
    }
    checkpoints.restore(store)?;
    // File rules: plan, journal, apply. A change of holds mid-way re-plans (at most a few times).
    for _ in 0..3 {
        let (items, trim) = plan::file_items(inputs, Some(store))?;
        let p = plan::Plan {
            rules: Vec::new(),
            files: items,
            commands_log: trim,
        };
        let steps = steps::plan(inputs, &p);
        if steps.is_empty() {
            return Ok(());
        }
        let meta = serde_json::json!({ "holds_version": inputs.holds_version });
        let journal = Journal::create(&root, JOURNAL_KIND, meta, steps)?;
        if run_journal(journal, inputs, store, opts, summary)? {
            return Ok(());
        }
        if summary.stopped.is_some() {
            return Ok(());
        }
    }
    Ok(())
}

fn past(deadline: Option<Instant>) -> bool {
    deadline.is_some_and(|d| Instant::now() >= d)
}

/// Re-read the holds if the table changed; returns whether it did.
fn holds_changed(inputs: &mut Inputs, store: &mut Store) -> Result<bool> {
    if super::holds::version(store)? == inputs.holds_version {
        return Ok(false);
    }
    inputs.refresh_held(store)?;
    Ok(true)
}

/// Apply a journal. Returns true when it ran to the end (and was removed), false when it was
/// stopped by the deadline (left for the next run) or abandoned because the holds changed.
fn run_journal(
    mut journal: Journal<FileStep>,
    inputs: &mut Inputs,
    store: &mut Store,
    opts: &Options,
    summary: &mut Summary,
) -> Result<bool> {
    let planned = journal.meta.get("holds_version").cloned();
    let root = inputs.state.root.clone();
    let result = journal.run(|_, step| {
        if past(opts.deadline) {
            return Err(Interrupt::Deadline.into());
        }
        let now = super::holds::version(store)?;
        if planned.as_ref().and_then(|p| p.as_str()) != Some(now.as_str()) {
            inputs.refresh_held(store)?;
            return Err(Interrupt::HoldsChanged.into());
        }
        let applied = steps::apply(step, &root, &inputs.held)?;
        let d = summary.get(step.rule());
        d.count += applied.count;
        d.bytes += applied.bytes;
        d.archived += applied.archived;
        summary.journal_steps += 1;
        summary.longest_store_lock = summary.longest_store_lock.max(applied.store_lock);
        (opts.progress)(applied.count);
        Ok(())
    });
    match result {
        Ok(()) => {
            journal.finish()?;
            Ok(true)
        }
        Err(e) => match e.chain().find_map(|c| c.downcast_ref::<Interrupt>()) {
            Some(Interrupt::Deadline) => {
                summary.stopped = Some(Interrupt::Deadline.to_string());
                Ok(false)
            }
            Some(Interrupt::HoldsChanged) => {
                // Every step re-checks itself, so dropping the rest of the plan loses nothing.
                journal.finish()?;
                Ok(false)
            }
            None => Err(e),
        },
    }
}

/// One ops-database rule, batch by batch. Returns false when the deadline stopped it.
fn run_rows(
    rule: Rule,
    inputs: &mut Inputs,
    store: &mut Store,
    opts: &Options,
    summary: &mut Summary,
    checkpoints: &rows::Checkpoints,
) -> Result<bool> {
    let Some(cutoff) = days_of(&inputs.policy, rule).cutoff(inputs.now_ms) else {
        return Ok(true);
    };
    let mut batch = rows::Batch::new(inputs.policy.batch_size.0, inputs.policy.lock_target());
    let mut cursor = rows::Cursor::start();
    let mut commit_cost = deletes::CommitCost::default();
    loop {
        if past(opts.deadline) {
            summary.stopped = Some(Interrupt::Deadline.to_string());
            return Ok(false);
        }
        holds_changed(inputs, store)?;
        let held = &inputs.held;
        if rule == Rule::Audit {
            let before = rows::audit_before(store, cutoff, held)?;
            let started = Instant::now();
            let n = crate::audit::prune_before(store, before, u64::from(batch.size))?;
            if n == 0 {
                return Ok(true);
            }
            summary.batches += 1;
            fault_point("retention-batch", summary.batches);
            let held = started.elapsed();
            // One transaction of the audit module's own: its COMMIT is not timed apart.
            let hold = deletes::Hold { held, commit: None };
            summary.lock_held(hold);
            batch.adapt(held);
            checkpoints.checkpoint(store)?;
            let d = summary.get(rule);
            d.count += n;
            d.db_rows += n;
            (opts.progress)(n);
            continue;
        }
        let (table, extra, cond) = match rule {
            Rule::Messages => ("messages", "", rows::messages(&inputs.policy, cutoff, held)),
            Rule::Cost => ("cost_attribution", "", rows::cost(cutoff, held)),
            _ => (
                "media_files",
                ", file_path",
                rows::media(&inputs.policy, cutoff, held),
            ),
        };
        let found = rows::next_batch(store, table, extra, &cond, cursor, batch.size)?;
        let Some(last) = found.last() else {
            return Ok(true);
        };
        cursor = rows::Cursor {
            timestamp: last.i64(1),
            id: last.i64(0),
        };
        summary.batches += 1;
        let ids: Vec<i64> = found.iter().map(|r| r.i64(0)).collect();
        let (files, bytes) = if rule == Rule::Media {
            let paths: Vec<String> = found.iter().filter_map(|r| r.string(2)).collect();
            remove_media_files(store, &inputs.state.root, &cond, &paths)?
        } else {
            (0, 0)
        };
        fault_point("retention-batch", summary.batches);
        // A fifth: in the benchmark a COMMIT took up to 3-5 times what the estimate expected.
        let budget = inputs.policy.lock_target() / 5;
        let (n, holds) = deletes::delete_ids(store, table, &cond, &ids, budget, &mut commit_cost)?;
        for hold in &holds {
            summary.lock_held(*hold);
        }
        // A batch that needed more than one transaction was too big for the budget.
        batch.adapt(match holds.as_slice() {
            [one] => one.held,
            _ => Duration::MAX,
        });
        checkpoints.checkpoint(store)?;
        let d = summary.get(rule);
        d.db_rows += n;
        d.bytes += bytes;
        d.count += if rule == Rule::Media { files } else { n };
        (opts.progress)(if rule == Rule::Media { files } else { n });
    }
}

/// Unlink the files of a media batch that no kept row still uses, then fsync their
/// directories. Returns (files removed, bytes).
fn remove_media_files(
    store: &mut Store,
    root: &std::path::Path,
    cond: &rows::Cond,
    paths: &[String],
) -> Result<(u64, u64)> {
    let distinct: Vec<String> = paths
        .iter()
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let in_use: HashSet<String> = rows::media_paths_in_use(store, cond, &distinct)?
        .into_iter()
        .collect();
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    let (mut files, mut bytes) = (0, 0);
    for raw in distinct.iter().filter(|p| !in_use.contains(*p)) {
        let Some(path) = resolve_in_state(root, raw) else {
            continue;
        };
        if !files::deletable_media(root, &path) {
            continue;
        }
        let size = std::fs::symlink_metadata(&path).map_or(0, |m| m.len());
        match std::fs::remove_file(&path) {
            Ok(()) => {
                files += 1;
                bytes += size;
                if let Some(dir) = path.parent() {
                    dirs.insert(dir.to_path_buf());
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(anyhow::Error::new(e).context(format!("removing {}", path.display())))
            }
        }
    }
    for dir in dirs {
        crate::fsutil::sync_dir(&dir)?;
    }
    Ok((files, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_keeps_the_longest_hold_with_its_commit_and_counts_those_over_the_target() {
        let mut s = Summary::default();
        let target = Duration::from_millis(25);
        let hold = |held, commit| deletes::Hold {
            held: Duration::from_millis(held),
            commit: Some(Duration::from_millis(commit)),
        };
        for (held, commit) in [(5, 2), (40, 31), (25, 20), (12, 9)] {
            s.lock_held(hold(held, commit));
        }
        assert_eq!(s.longest_write_lock, hold(40, 31));
        assert_eq!(
            s.write_locks_over(target),
            1,
            "25 ms is not over a 25 ms target"
        );
        assert_eq!(s.write_lock_percentile(0.0), Duration::from_millis(5));
        assert_eq!(s.write_lock_percentile(100.0), Duration::from_millis(40));
    }
}
