//! Verifying the audit trail's hash chain, and naming the first row that breaks it.
//!
//! One streaming pass in id order recomputes each row's keyed digest and chain hash and checks
//! its link to the previous row; erased rows are checked against the commitments of their
//! erasure events, and the chain's start against the latest retention checkpoint. On the
//! first failure the pass stops and a few targeted lookups tell an edited row from an
//! inserted, deleted or reordered one.

use super::chain::{self, Field, Sealable, GENESIS};
use super::erase::{self, Checkpoint, IdsChain, PRUNE_ACTION, PSEUDONYMIZE_ACTION};
use super::SYSTEM_ACTOR;
use crate::store::{Row, SqlValue, Store};
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeMap;

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

/// Where the pass stopped.
enum Failure {
    /// The row's own digest or hash does not match its content.
    SelfCheck { id: i64, reason: String },
    /// The row does not link to the previous row.
    Link { id: i64, prev_hash: String },
    /// Anything else, already fully described.
    Other(Problem),
}

/// Stops the streaming pass early.
#[derive(Debug)]
struct Stop;
impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("verification stopped")
    }
}
impl std::error::Error for Stop {}

const COLUMNS: &str = "id, timestamp, actor, action, target, result, risk_level, metadata, source_key, prev_hash, hash, seal_key, pii_digest, redacted_by";

struct Walk {
    start: String,
    expected: String,
    prev_id: Option<i64>,
    checkpoint: Option<Checkpoint>,
    first_unsealed: Option<i64>,
    failure: Option<Failure>,
    /// Erasure event → (state over the rows pointing at it, first such row).
    erased: BTreeMap<i64, (IdsChain, Option<i64>)>,
    /// Erasure events seen → their commitment (None when malformed).
    commitments: BTreeMap<i64, Option<IdsChain>>,
    expect: Option<String>,
    report: Report,
    pii_buf: [u8; 64],
    hash_buf: [u8; 64],
}

/// Verify the whole chain. `expect_head` is a head hash saved earlier with `--anchor`.
pub fn verify(store: &mut Store, expect_head: Option<&str>) -> Result<Report> {
    let mut report = Report {
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
    };
    let mut checkpoint = None;
    if let Some((id, text)) = erase::latest_prune(store)? {
        match Checkpoint::from_metadata(id, &text) {
            Some(c) => checkpoint = Some(c),
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
        }
    }
    let start = checkpoint
        .as_ref()
        .map_or_else(|| GENESIS.to_string(), |c| c.base_hash.clone());
    report.checkpoint = checkpoint.as_ref().map(|c| CheckpointInfo {
        event_id: c.event_id,
        base_id: c.base_id,
        base_hash: c.base_hash.clone(),
    });
    let erased = checkpoint
        .as_ref()
        .map(|c| c.erasures.iter().map(|(e, s)| (*e, (*s, None))).collect())
        .unwrap_or_default();
    let mut walk = Walk {
        expected: start.clone(),
        start,
        prev_id: None,
        checkpoint,
        first_unsealed: None,
        failure: None,
        erased,
        commitments: BTreeMap::new(),
        expect: expect_head.map(|h| h.trim().to_ascii_lowercase()),
        report,
        pii_buf: [0; 64],
        hash_buf: [0; 64],
    };
    let sql = format!("SELECT {COLUMNS} FROM audit_log ORDER BY id");
    let streamed = store.query_each(&sql, &[], |r| {
        walk.row(r);
        if walk.failure.is_some() {
            return Err(Stop.into());
        }
        Ok(())
    });
    if let Err(e) = streamed {
        if !e.is::<Stop>() {
            return Err(e);
        }
    }
    let mut report = walk.finish();
    if let Some(failure) = walk.failure.take() {
        report.problem = Some(diagnose(
            store,
            failure,
            &walk.start,
            &walk.expected,
            walk.prev_id,
        )?);
    }
    report.intact = report.problem.is_none();
    Ok(report)
}

impl Walk {
    fn row(&mut self, r: &Row) {
        let id = r.i64(0);
        self.report.rows += 1;
        self.report.first_id.get_or_insert(id);
        let (Some(hash), Some(prev_hash)) = (r.get(10).as_str(), r.get(9).as_str()) else {
            self.first_unsealed.get_or_insert(id);
            self.report.unsealed_tail += 1;
            return;
        };
        if let Some(u) = self.first_unsealed {
            self.failure = Some(Failure::Other(Problem {
                kind: Kind::Inserted,
                id: Some(u),
                message: format!(
                    "row {u} has no seal but later rows do: it was inserted into the sealed chain"
                ),
            }));
            return;
        }
        if let Some(c) = self.checkpoint.as_ref().filter(|c| id <= c.base_id) {
            self.failure = Some(Failure::Other(Problem {
                kind: Kind::Inserted,
                id: Some(id),
                message: format!(
                    "row {id} is older than the retention checkpoint (rows up to {} were pruned): it was inserted",
                    c.base_id
                ),
            }));
            return;
        }
        if let Some(reason) = self.check_digest(id, r) {
            self.failure = Some(Failure::SelfCheck { id, reason });
            return;
        }
        let computed = chain::chain_hash(
            Field::Text(prev_hash),
            &Sealable {
                timestamp: r.get(1).into(),
                action: r.get(3).into(),
                result: r.get(5).into(),
                risk_level: r.get(6).into(),
                source_key: r.get(8).into(),
                pii_digest: r.get(12).into(),
            },
        );
        chain::hex32(&computed, &mut self.hash_buf);
        if self.hash_buf != hash.as_bytes() {
            self.failure = Some(Failure::SelfCheck {
                id,
                reason: "its content no longer matches its hash".into(),
            });
            return;
        }
        if prev_hash != self.expected {
            self.failure = Some(Failure::Link {
                id,
                prev_hash: prev_hash.to_string(),
            });
            return;
        }
        self.system_event(id, r);
        if self.failure.is_some() {
            return;
        }
        if let Some(a) = &mut self.report.anchor {
            a.events_after += 1;
        } else if self.expect.as_deref() == Some(hash) {
            self.report.anchor = Some(Anchor {
                hash: hash.to_string(),
                id: Some(id),
                events_after: 0,
            });
        }
        self.expected.clear();
        self.expected.push_str(hash);
        self.prev_id = Some(id);
        self.report.head_id = Some(id);
    }

    /// Check the keyed digest (or the erasure marks); the reason when it fails.
    fn check_digest(&mut self, id: i64, r: &Row) -> Option<String> {
        let Some(stored) = r.get(12).as_str() else {
            return Some("its seal digest was removed".into());
        };
        match (r.get(11), r.get(13)) {
            (SqlValue::Text(key), SqlValue::Null) => {
                let d = chain::pii_digest(
                    Field::Text(key),
                    r.get(2).into(),
                    r.get(4).into(),
                    r.get(7).into(),
                );
                chain::hex32(&d, &mut self.pii_buf);
                (self.pii_buf != stored.as_bytes())
                    .then(|| "its actor, target or metadata no longer match its seal".into())
            }
            (SqlValue::Null, SqlValue::Int(event)) if *event > id => {
                let entry = self.erased.entry(*event).or_default();
                entry.0.push(id);
                entry.1.get_or_insert(id);
                self.report.erased_rows += 1;
                None
            }
            (SqlValue::Null, _) => {
                Some("its seal key was removed without a recorded erasure".into())
            }
            _ => Some("its erasure mark does not match its seal".into()),
        }
    }

    /// Erasure commitments and checkpoints recorded by clawctl itself.
    fn system_event(&mut self, id: i64, r: &Row) {
        if r.get(2).as_str() != Some(SYSTEM_ACTOR) {
            return;
        }
        let metadata = r.get(7).as_str().unwrap_or("");
        match r.get(3).as_str() {
            Some(PSEUDONYMIZE_ACTION) => {
                let commitment = serde_json::from_str(metadata)
                    .ok()
                    .and_then(|v| IdsChain::from_json(&v));
                self.commitments.insert(id, commitment);
            }
            Some(PRUNE_ACTION) if self.checkpoint.as_ref().is_some_and(|c| id > c.event_id) => {
                self.failure = Some(Failure::Other(Problem {
                    kind: Kind::Edited,
                    id: Some(id),
                    message: format!("row {id}: the trail was pruned while it was being verified; run verify again"),
                }));
            }
            _ => {}
        }
    }

    /// Checks that need the whole pass: erasure commitments and the anchor.
    fn finish(&mut self) -> Report {
        let mut report = self.report.clone();
        report.head_hash = self.expected.clone();
        if report.head_id.is_none() && report.rows == report.unsealed_tail {
            report.head_hash = self.start.clone();
        }
        if self.failure.is_some() {
            return report;
        }
        for (event, (state, first_row)) in &self.erased {
            let committed = self.commitments.get(event);
            let ok = matches!(committed, Some(Some(c)) if c == state);
            if !ok {
                let (id, message) = match (committed, first_row) {
                    (None, Some(row)) => (
                        *row,
                        format!("row {row} is marked as erased by row {event}, which is not an erasure event"),
                    ),
                    _ => (
                        *event,
                        format!("row {event} (audit.pseudonymize) does not match the rows marked as erased by it"),
                    ),
                };
                report.problem = Some(Problem {
                    kind: Kind::Edited,
                    id: Some(id),
                    message,
                });
                return report;
            }
        }
        for (event, committed) in &self.commitments {
            let expected_rows = committed.map_or(0, |c| c.rows);
            if (expected_rows > 0 && !self.erased.contains_key(event)) || committed.is_none() {
                report.problem = Some(Problem {
                    kind: Kind::Edited,
                    id: Some(*event),
                    message: format!("row {event} (audit.pseudonymize) does not match the rows marked as erased by it"),
                });
                return report;
            }
        }
        if let Some(expect) = &self.expect {
            if report.anchor.is_none() {
                match &self.checkpoint {
                    Some(c) if &c.base_hash == expect => {
                        report.anchor = Some(Anchor {
                            hash: expect.clone(),
                            id: Some(c.base_id),
                            events_after: report.rows - report.unsealed_tail,
                        });
                    }
                    _ => {
                        let pruned = self
                            .checkpoint
                            .as_ref()
                            .map(|c| {
                                format!(
                                    ", or it was pruned by retention (rows up to {} were)",
                                    c.base_id
                                )
                            })
                            .unwrap_or_default();
                        report.problem = Some(Problem {
                            kind: Kind::Truncated,
                            id: None,
                            message: format!(
                                "the anchored head {expect} is not in the trail (head is row {}): events were deleted from the end or the chain was rewritten{pruned}",
                                report.head_id.map_or_else(|| "none".into(), |i| i.to_string())
                            ),
                        });
                    }
                }
            }
        }
        report
    }
}

/// Name the kind of tampering at a failure, with a few lookups.
fn diagnose(
    store: &mut Store,
    failure: Failure,
    start: &str,
    expected: &str,
    prev_id: Option<i64>,
) -> Result<Problem> {
    let next_links_back = |store: &mut Store, id: i64| -> Result<Option<i64>> {
        let next = store.query_one(
            "SELECT id, prev_hash FROM audit_log WHERE id > ? ORDER BY id LIMIT 1",
            &[id.into()],
        )?;
        Ok(next
            .filter(|n| n.get(1).as_str() == Some(expected))
            .map(|n| n.i64(0)))
    };
    let after = prev_id.map_or_else(
        || "the start of the chain".to_string(),
        |p| format!("row {p}"),
    );
    Ok(match failure {
        Failure::Other(p) => p,
        Failure::SelfCheck { id, reason } => match next_links_back(store, id)? {
            Some(next) => Problem {
                kind: Kind::Inserted,
                id: Some(id),
                message: format!("row {id} was inserted: row {next} links to {after}, not to it"),
            },
            None => Problem {
                kind: Kind::Edited,
                id: Some(id),
                message: format!("row {id} was edited: {reason}"),
            },
        },
        Failure::Link { id, prev_hash } => {
            if prev_hash == start && prev_id.is_some() {
                let first = store.query_i64("SELECT MIN(id) FROM audit_log", &[])?;
                return Ok(Problem {
                    kind: Kind::Inserted,
                    id: Some(first),
                    message: format!(
                        "row {first} was inserted: row {id} links to the start of the chain"
                    ),
                });
            }
            let holder = store.query_one(
                "SELECT id FROM audit_log WHERE hash = ? AND id <> ? ORDER BY id LIMIT 1",
                &[prev_hash.as_str().into(), id.into()],
            )?;
            match holder.map(|r| r.i64(0)) {
                Some(x) if x > id => Problem {
                    kind: Kind::Reordered,
                    id: Some(id),
                    message: format!("row {id} is out of order: in the chain it follows row {x}"),
                },
                Some(x) => {
                    let inserted = store.query_i64(
                        "SELECT MIN(id) FROM audit_log WHERE id > ?",
                        &[x.into()],
                    )?;
                    Problem {
                        kind: Kind::Inserted,
                        id: Some(inserted),
                        message: format!("row {inserted} was inserted: row {id} links to row {x}"),
                    }
                }
                None => match next_links_back(store, id)? {
                    Some(next) => Problem {
                        kind: Kind::Inserted,
                        id: Some(id),
                        message: format!("row {id} was inserted: row {next} links to {after}, not to it"),
                    },
                    None => Problem {
                        kind: Kind::Deleted,
                        id: Some(id),
                        message: match prev_id {
                            Some(p) => format!(
                                "events were deleted between rows {p} and {id}: row {id} links to an event that is gone (or row {p} was replaced)"
                            ),
                            None => format!(
                                "events were deleted before row {id}, the first row: it links to an event that is gone"
                            ),
                        },
                    },
                },
            }
        }
    })
}
