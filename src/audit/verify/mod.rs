//! Verifying the audit trail's hash chain, and naming the first row that breaks it.
//!
//! Streaming passes in id order ([`walk`], one per range of ids, in parallel on large trails)
//! recompute each row's keyed digest and chain hash and check its link to the previous row;
//! the ranges are joined at their boundaries. Erased rows are then checked against the
//! commitments of their erasure events, and the chain's start against the latest retention
//! checkpoint. On the first failure a few targeted lookups ([`diagnose`]) tell an edited row
//! from an inserted, deleted or reordered one.

mod checks;
mod diagnose;
mod walk;

use super::chain::GENESIS;
use super::erase::{self, Checkpoint};
use crate::store::{BackendKind, Store};
use anyhow::Result;
use serde::Serialize;
use walk::{At, Base, Failure, Part};

/// Trails shorter than this are verified in one pass.
const PARALLEL_MIN_ROWS: i64 = 200_000;

/// What went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Edited,
    Deleted,
    Inserted,
    Reordered,
    Truncated,
}

/// The first problem found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub kind: Kind,
    /// The row named (none for a truncated tail).
    pub id: Option<i64>,
    pub message: String,
}

/// How the `--expect-head` anchor was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Anchor {
    pub hash: String,
    /// The row holding it (the checkpoint's row id when it was pruned as the base).
    pub id: Option<i64>,
    /// Events appended after it.
    pub events_after: u64,
}

/// The outcome of a verification.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub intact: bool,
    /// Rows checked.
    pub rows: u64,
    pub first_id: Option<i64>,
    pub head_id: Option<i64>,
    /// The head hash (the genesis value for an empty trail).
    pub head_hash: String,
    /// The retention checkpoint the chain starts from.
    pub checkpoint: Option<CheckpointInfo>,
    /// Rows whose identifying fields were erased (GDPR), checked against their erasure events.
    pub erased_rows: u64,
    /// Rows at the end not yet sealed (inserted by the bot side during verification).
    pub unsealed_tail: u64,
    pub anchor: Option<Anchor>,
    pub problem: Option<Problem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CheckpointInfo {
    pub event_id: i64,
    pub base_id: i64,
    pub base_hash: String,
}

/// Verify the whole chain. `expect_head` is a head hash saved earlier with `--anchor`. Large
/// trails are verified in parallel ranges (one database connection each).
pub fn verify(store: &mut Store, expect_head: Option<&str>) -> Result<Report> {
    let span = store.query_i64("SELECT COALESCE(MAX(id) - MIN(id), 0) FROM audit_log", &[])?;
    let parts = if store.kind() == BackendKind::Sqlite && span >= PARALLEL_MIN_ROWS {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
    } else {
        1
    };
    verify_with(store, expect_head, parts)
}

/// [`verify`] with at most `parts` parallel ranges (1: one pass).
pub fn verify_with(store: &mut Store, expect_head: Option<&str>, parts: usize) -> Result<Report> {
    let before = trail_state(store)?;
    let report = verify_once(store, expect_head, parts)?;
    // A problem seen while the trail was being pruned, erased or appended to may be an
    // artefact of reading it at two moments: look again once.
    if report.problem.is_some() && trail_state(store)? != before {
        return verify_once(store, expect_head, parts);
    }
    Ok(report)
}

/// What changes when the trail is appended to or pruned.
fn trail_state(store: &mut Store) -> Result<(Option<i64>, i64)> {
    let prune = erase::latest_prune(store)?.map(|(id, _)| id);
    Ok((
        prune,
        store.query_i64("SELECT COALESCE(MAX(id), 0) FROM audit_log", &[])?,
    ))
}

fn empty_report() -> Report {
    Report {
        intact: false,
        rows: 0,
        first_id: None,
        head_id: None,
        head_hash: GENESIS.into(),
        checkpoint: None,
        erased_rows: 0,
        unsealed_tail: 0,
        anchor: None,
        problem: None,
    }
}

fn verify_once(store: &mut Store, expect_head: Option<&str>, parts: usize) -> Result<Report> {
    let mut report = empty_report();
    let checkpoint = match erase::latest_prune(store)? {
        None => None,
        Some((id, text)) => match Checkpoint::from_metadata(id, &text) {
            Some(c) => Some(c),
            None => {
                report.problem = Some(Problem {
                    kind: Kind::Edited,
                    id: Some(id),
                    message: format!(
                        "row {id} (audit.prune) has no valid checkpoint in its metadata"
                    ),
                });
                return Ok(report);
            }
        },
    };
    let start = checkpoint
        .as_ref()
        .map_or_else(|| GENESIS.to_string(), |c| c.base_hash.clone());
    report.checkpoint = checkpoint.as_ref().map(|c| CheckpointInfo {
        event_id: c.event_id,
        base_id: c.base_id,
        base_hash: c.base_hash.clone(),
    });
    let base = checkpoint.as_ref().map(|c| Base {
        base_id: c.base_id,
        event_id: c.event_id,
    });
    let expect = expect_head.map(|h| h.trim().to_ascii_lowercase());
    let bounds = store.query_one("SELECT MIN(id), MAX(id) FROM audit_log", &[])?;
    let (lo, hi) = match bounds.map(|r| (r.get(0).as_i64(), r.get(1).as_i64())) {
        Some((Some(lo), Some(hi))) => (lo, hi),
        _ => (0, -1),
    };
    let ranges = split(lo, hi, parts);
    let location = store.location.clone();
    let walked: Vec<Part> = std::thread::scope(|scope| -> Result<Vec<Part>> {
        let others: Vec<_> = ranges
            .iter()
            .skip(1)
            .map(|range| {
                let (location, expect) = (&location, expect.as_deref());
                scope.spawn(move || -> Result<Part> {
                    let mut own = Store::open(location)?;
                    walk::walk(&mut own, *range, None, base, expect)
                })
            })
            .collect();
        let first = walk::walk(
            store,
            ranges[0],
            Some(start.clone()),
            base,
            expect.as_deref(),
        )?;
        let mut all = vec![first];
        for handle in others {
            let part = handle
                .join()
                .map_err(|_| anyhow::anyhow!("a verification thread panicked"))??;
            all.push(part);
        }
        Ok(all)
    })?;
    let (joined, failure) = join(walked, &start);
    report.rows = joined.rows;
    report.first_id = joined.first_id;
    report.unsealed_tail = joined.unsealed_tail;
    report.erased_rows = joined.erased.len() as u64;
    report.head_id = joined.head.as_ref().map(|h| h.0);
    report.head_hash = joined.head.as_ref().map_or(start.clone(), |h| h.1.clone());
    if let Some(failure) = failure {
        report.problem = Some(diagnose::diagnose(store, failure, &start)?);
        // Describe the trail as it is (the passes stopped at different places).
        report.rows = store.query_i64(
            "SELECT COUNT(*) FROM audit_log WHERE id >= ? AND id <= ?",
            &[lo.into(), hi.into()],
        )? as u64;
        let head = super::chain::head(store)?;
        report.head_id = (head.id != 0).then_some(head.id);
        report.head_hash = head.hash;
        return Ok(report);
    }
    report.problem = checks::erasures(&joined, checkpoint.as_ref());
    if report.problem.is_none() {
        if let Some(expect) = &expect {
            checks::anchor(&mut report, &joined, expect, checkpoint.as_ref());
        }
    }
    report.intact = report.problem.is_none();
    Ok(report)
}

/// `lo..=hi` in `parts` ranges (fewer when there are fewer ids).
fn split(lo: i64, hi: i64, parts: usize) -> Vec<(i64, i64)> {
    let span = (hi - lo + 1).max(1);
    let parts = (parts.max(1) as i64).min(span);
    let step = span / parts;
    (0..parts)
        .map(|i| {
            let from = lo + i * step;
            let to = if i == parts - 1 { hi } else { from + step - 1 };
            (from, to)
        })
        .collect()
}

/// Join the ranges in order: the first failure in id order wins.
fn join(parts: Vec<Part>, start: &str) -> (Part, Option<Failure>) {
    let mut all = Part::default();
    let mut expected = start.to_string();
    for (i, part) in parts.into_iter().enumerate() {
        all.rows += part.rows;
        all.first_id = all.first_id.or(part.first_id);
        if let (Some(u), Some(_)) = (all.first_unsealed, &part.first_sealed) {
            let problem = Problem {
                kind: Kind::Inserted,
                id: Some(u),
                message: format!(
                    "row {u} has no seal but later rows do: it was inserted into the sealed chain"
                ),
            };
            return (all, Some(Failure::Other(problem)));
        }
        if let Some((id, prev_hash)) = part.first_sealed.as_ref().filter(|_| i > 0) {
            if *prev_hash != expected {
                let at = At {
                    expected,
                    prev_id: all.head.as_ref().map(|h| h.0),
                };
                let failure = Failure::Link {
                    id: *id,
                    prev_hash: prev_hash.clone(),
                    at,
                };
                return (all, Some(failure));
            }
        }
        if let Some(mut failure) = part.failure {
            // A failure before the range's first link is placed after the previous range.
            if let Failure::SelfCheck { at, .. } = &mut failure {
                if i > 0 && at.prev_id.is_none() {
                    at.expected = expected;
                    at.prev_id = all.head.as_ref().map(|h| h.0);
                }
            }
            return (all, Some(failure));
        }
        all.erased.extend(part.erased);
        all.commitments.extend(part.commitments);
        if all.anchor.is_some() {
            all.after_anchor += part.sealed;
        } else if part.anchor.is_some() {
            all.anchor = part.anchor;
            all.after_anchor = part.after_anchor;
        }
        all.sealed += part.sealed;
        if let Some(head) = part.head {
            expected = head.1.clone();
            all.head = Some(head);
        }
        if part.first_unsealed.is_some() {
            all.first_unsealed = all.first_unsealed.or(part.first_unsealed);
            all.unsealed_tail += part.unsealed_tail;
        }
    }
    (all, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{record, Event, Outcome, Risk};

    fn trail(n: usize) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("ops.db").to_str().unwrap()).unwrap();
        for i in 0..n {
            let event = Event {
                actor: format!("a{i}"),
                action: "x".into(),
                target: "t".into(),
                outcome: Outcome::Success,
                risk: Risk::Low,
                metadata: serde_json::json!({"i": i}),
            };
            record(&mut store, &event).unwrap();
        }
        (dir, store)
    }

    /// Every part count finds the same first problem as one pass.
    #[test]
    fn parallel_ranges_agree_with_one_pass() {
        let cases = [
            "",
            "UPDATE audit_log SET actor = 'x' WHERE id = 7",
            "UPDATE audit_log SET timestamp = 0 WHERE id = 6",
            "DELETE FROM audit_log WHERE id = 5",
            "DELETE FROM audit_log WHERE id = 6",
            "DELETE FROM audit_log WHERE id = 1",
            "UPDATE audit_log SET id = 100 WHERE id = 4; UPDATE audit_log SET id = 4 WHERE id = 9; UPDATE audit_log SET id = 9 WHERE id = 100",
            "UPDATE audit_log SET hash = NULL, prev_hash = NULL WHERE id = 3",
            "UPDATE audit_log SET seal_key = NULL WHERE id = 8",
        ];
        for sql in cases {
            let (_dir, mut store) = trail(12);
            store.execute_batch(sql).unwrap();
            let one = verify_with(&mut store, None, 1).unwrap();
            for parts in [2, 3, 5, 12] {
                let many = verify_with(&mut store, None, parts).unwrap();
                assert_eq!(one.problem, many.problem, "{sql} with {parts} parts");
                assert_eq!((one.rows, one.head_id), (many.rows, many.head_id), "{sql}");
                assert_eq!(one.head_hash, many.head_hash, "{sql}");
            }
            assert_eq!(one.intact, sql.is_empty(), "{sql}: {:?}", one.problem);
        }
    }

    #[test]
    fn anchors_are_found_in_any_range() {
        let (_dir, mut store) = trail(12);
        let anchor = verify_with(&mut store, None, 1).unwrap();
        let hash: String = store
            .query_one("SELECT hash FROM audit_log WHERE id = 4", &[])
            .unwrap()
            .and_then(|r| r.string(0))
            .unwrap();
        for parts in [1, 3] {
            let r = verify_with(&mut store, Some(&hash), parts).unwrap();
            assert_eq!(
                r.anchor.as_ref().map(|a| (a.id, a.events_after)),
                Some((Some(4), 8))
            );
            let head = verify_with(&mut store, Some(&anchor.head_hash), parts).unwrap();
            assert_eq!(head.anchor.unwrap().events_after, 0);
        }
        assert_eq!(split(1, 10, 3), [(1, 3), (4, 6), (7, 10)]);
        assert_eq!(split(1, 2, 4), [(1, 1), (2, 2)]);
        assert_eq!(split(0, -1, 2), [(0, -1)]);
    }
}
