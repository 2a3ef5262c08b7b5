//! One streaming pass over a range of ids: recompute each row's keyed digest and chain hash,
//! check its link to the previous row, and collect what the whole-trail checks need (erased
//! rows, erasure commitments, the anchor). Ranges are walked in parallel and joined by
//! [`super::verify`]; a range that does not start the chain takes its first link on trust and
//! reports it for the join to check.

use super::{Kind, Problem};
use crate::audit::chain::{self, Sealable};
use crate::audit::erase::{IdsChain, PRUNE_ACTION, PSEUDONYMIZE_ACTION};
use crate::audit::SYSTEM_ACTOR;
use crate::store::{SqlRef, Store};
use anyhow::Result;
use std::collections::BTreeMap;

const COLUMNS: &str = "id, timestamp, actor, action, target, result, risk_level, metadata, source_key, prev_hash, hash, seal_key, pii_digest, redacted_by";

/// Where the chain stood when a row failed: the hash it should link to, and the row before.
#[derive(Debug, Clone)]
pub struct At {
    pub expected: String,
    pub prev_id: Option<i64>,
}

/// Where a pass stopped.
#[derive(Debug, Clone)]
pub enum Failure {
    /// The row's own digest or hash does not match its content.
    SelfCheck { id: i64, reason: String, at: At },
    /// The row does not link to the previous row.
    Link { id: i64, prev_hash: String, at: At },
    /// Anything else, already fully described.
    Other(Problem),
}

/// What one range holds.
#[derive(Debug, Default)]
pub struct Part {
    pub rows: u64,
    pub sealed: u64,
    pub first_id: Option<i64>,
    /// The first sealed row and the hash it links to.
    pub first_sealed: Option<(i64, String)>,
    /// The last sealed row and its hash.
    pub head: Option<(i64, String)>,
    /// The first of the unsealed rows at the end of the range.
    pub first_unsealed: Option<i64>,
    pub unsealed_tail: u64,
    pub failure: Option<Failure>,
    /// (erasure event, erased row), in row order.
    pub erased: Vec<(i64, i64)>,
    /// Erasure events seen → their commitment (None when malformed).
    pub commitments: BTreeMap<i64, Option<IdsChain>>,
    /// The row holding the expected head, and sealed rows after it in this range.
    pub anchor: Option<i64>,
    pub after_anchor: u64,
}

/// The retention checkpoint as the pass needs it.
#[derive(Debug, Clone, Copy)]
pub struct Base {
    pub base_id: i64,
    pub event_id: i64,
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

struct Walk<'a> {
    /// The hash the next sealed row must link to (`None` until the first, when the range
    /// does not start the chain).
    expected: Option<String>,
    prev_id: Option<i64>,
    base: Option<Base>,
    expect: Option<&'a str>,
    part: Part,
    pii_buf: [u8; 64],
    hash_buf: [u8; 64],
}

/// Walk ids `lo..=hi`. `start` is the hash the first row links to, when the range starts the
/// chain.
pub fn walk(
    store: &mut Store,
    (lo, hi): (i64, i64),
    start: Option<String>,
    base: Option<Base>,
    expect: Option<&str>,
) -> Result<Part> {
    let mut w = Walk {
        expected: start,
        prev_id: None,
        base,
        expect,
        part: Part::default(),
        pii_buf: [0; 64],
        hash_buf: [0; 64],
    };
    let sql = format!("SELECT {COLUMNS} FROM audit_log WHERE id >= ? AND id <= ? ORDER BY id");
    let streamed = store.query_each_ref(&sql, &[lo.into(), hi.into()], |r| {
        w.row(r);
        if w.part.failure.is_some() {
            return Err(Stop.into());
        }
        Ok(())
    });
    if let Err(e) = streamed {
        if !e.is::<Stop>() {
            return Err(e);
        }
    }
    if let (Some(id), Some(hash)) = (w.prev_id, w.expected) {
        w.part.head = Some((id, hash));
    }
    Ok(w.part)
}

impl Walk<'_> {
    fn at(&self) -> At {
        At {
            expected: self.expected.clone().unwrap_or_default(),
            prev_id: self.prev_id,
        }
    }

    fn fail(&mut self, failure: Failure) {
        self.part.failure = Some(failure);
    }

    fn row(&mut self, r: &[SqlRef<'_>]) {
        let id = r[0].as_i64().unwrap_or(0);
        self.part.rows += 1;
        self.part.first_id.get_or_insert(id);
        let (Some(hash), Some(prev_hash)) = (r[10].as_str(), r[9].as_str()) else {
            self.part.first_unsealed.get_or_insert(id);
            self.part.unsealed_tail += 1;
            return;
        };
        if let Some(u) = self.part.first_unsealed {
            return self.fail(Failure::Other(Problem {
                kind: Kind::Inserted,
                id: Some(u),
                message: format!(
                    "row {u} has no seal but later rows do: it was inserted into the sealed chain"
                ),
            }));
        }
        if let Some(b) = self.base.filter(|b| id <= b.base_id) {
            return self.fail(Failure::Other(Problem {
                kind: Kind::Inserted,
                id: Some(id),
                message: format!(
                    "row {id} is older than the retention checkpoint (rows up to {} were pruned): it was inserted",
                    b.base_id
                ),
            }));
        }
        if let Some(reason) = self.check_digest(id, r) {
            let at = self.at();
            return self.fail(Failure::SelfCheck { id, reason, at });
        }
        let computed = chain::chain_hash(
            SqlRef::Text(prev_hash),
            &Sealable {
                timestamp: r[1],
                action: r[3],
                result: r[5],
                risk_level: r[6],
                source_key: r[8],
                pii_digest: r[12],
            },
        );
        chain::hex32(&computed, &mut self.hash_buf);
        if self.hash_buf != hash.as_bytes() {
            let at = self.at();
            return self.fail(Failure::SelfCheck {
                id,
                reason: "its content no longer matches its hash".into(),
                at,
            });
        }
        match &self.expected {
            None => {}
            Some(e) if e == prev_hash => {}
            Some(_) => {
                let at = self.at();
                return self.fail(Failure::Link {
                    id,
                    prev_hash: prev_hash.to_string(),
                    at,
                });
            }
        }
        if self.part.first_sealed.is_none() {
            self.part.first_sealed = Some((id, prev_hash.to_string()));
        }
        self.system_event(id, r);
        if self.part.failure.is_some() {
            return;
        }
        self.part.sealed += 1;
        if self.part.anchor.is_some() {
            self.part.after_anchor += 1;
        } else if self.expect == Some(hash) {
            self.part.anchor = Some(id);
        }
        let expected = self.expected.get_or_insert_with(String::new);
        expected.clear();
        expected.push_str(hash);
        self.prev_id = Some(id);
    }

    /// Check the keyed digest (or the erasure marks); the reason when it fails.
    fn check_digest(&mut self, id: i64, r: &[SqlRef<'_>]) -> Option<String> {
        let Some(stored) = r[12].as_str() else {
            return Some("its seal digest was removed".into());
        };
        match (r[11], r[13]) {
            (SqlRef::Text(key), SqlRef::Null) => {
                let d = chain::pii_digest(SqlRef::Text(key), r[2], r[4], r[7]);
                chain::hex32(&d, &mut self.pii_buf);
                (self.pii_buf != stored.as_bytes())
                    .then(|| "its actor, target or metadata no longer match its seal".into())
            }
            (SqlRef::Null, SqlRef::Int(event)) if event > id => {
                self.part.erased.push((event, id));
                None
            }
            (SqlRef::Null, _) => Some("its seal key was removed without a recorded erasure".into()),
            _ => Some("its erasure mark does not match its seal".into()),
        }
    }

    /// Erasure commitments and checkpoints recorded by clawctl itself.
    fn system_event(&mut self, id: i64, r: &[SqlRef<'_>]) {
        if r[2].as_str() != Some(SYSTEM_ACTOR) {
            return;
        }
        let metadata = r[7].as_str().unwrap_or("");
        match r[3].as_str() {
            Some(PSEUDONYMIZE_ACTION) => {
                let commitment = serde_json::from_str(metadata)
                    .ok()
                    .and_then(|v| IdsChain::from_json(&v));
                self.part.commitments.insert(id, commitment);
            }
            Some(PRUNE_ACTION) if self.base.is_none_or(|b| id > b.event_id) => {
                self.fail(Failure::Other(Problem {
                    kind: Kind::Edited,
                    id: Some(id),
                    message: format!(
                        "row {id}: the trail was pruned while it was being verified; run verify again"
                    ),
                }));
            }
            _ => {}
        }
    }
}
