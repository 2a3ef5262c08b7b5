//! Erasure (GDPR) and retention on the audit trail, both leaving a chain that verifies.
//!
//! Erasure ([`pseudonymize`]) replaces a person's ids in `actor`, `target` and `metadata` with
//! a pseudonym and drops the row's `seal_key`. The chain covers only the keyed `pii_digest`, so
//! the links hold; without the key the digest reveals nothing about the old cleartext. An
//! `audit.pseudonymize` event commits to exactly which rows it erased (count and a hash over
//! their ids), and each erased row points at it (`redacted_by`), so verification can tell a
//! recorded erasure from a forged one.
//!
//! Retention ([`prune_before`]) deletes a prefix of the chain (oldest ids first, stopping at
//! the first event still inside the retention period) and appends an `audit.prune` event
//! naming the last deleted row and its hash: verification starts from there. When a prune cuts
//! through the rows of an erasure whose event survives, the prune event carries the erasure's
//! commitment state over the deleted part.

use super::chain::{self, KeyGen, NewRow};
use super::{Event, Outcome, Risk, SYSTEM_ACTOR};
use crate::store::Store;
use anyhow::{Context, Result};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Action of the event recording an erasure.
pub const PSEUDONYMIZE_ACTION: &str = "audit.pseudonymize";
/// Action of the event recording a prune; its metadata is the chain's checkpoint.
pub const PRUNE_ACTION: &str = "audit.prune";

/// Commitment to an ordered list of row ids: how many, and a hash chain over them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IdsChain {
    pub rows: u64,
    pub state: [u8; 32],
}

impl IdsChain {
    pub fn push(&mut self, id: i64) {
        let mut h = Sha256::new();
        h.update(self.state);
        h.update(id.to_be_bytes());
        self.state = h.finalize().into();
        self.rows += 1;
    }

    fn to_json(self) -> Value {
        json!({"rows": self.rows, "ids_chain": hex::encode(self.state)})
    }

    /// From `{"rows": n, "ids_chain": "<hex>"}`.
    pub fn from_json(v: &Value) -> Option<IdsChain> {
        let rows = v.get("rows")?.as_u64()?;
        let mut state = [0u8; 32];
        hex::decode_to_slice(v.get("ids_chain")?.as_str()?, &mut state).ok()?;
        Some(IdsChain { rows, state })
    }
}

/// The chain's starting point after retention, from the latest `audit.prune` event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// The prune event's row id.
    pub event_id: i64,
    /// The last pruned row: the first retained row links to its hash.
    pub base_id: i64,
    pub base_hash: String,
    /// Erasure event id → commitment state over its rows that were pruned.
    pub erasures: BTreeMap<i64, IdsChain>,
}

impl Checkpoint {
    /// Parse a prune event's metadata.
    pub fn from_metadata(event_id: i64, text: &str) -> Option<Checkpoint> {
        let v: Value = serde_json::from_str(text).ok()?;
        let mut erasures = BTreeMap::new();
        if let Some(map) = v.get("erasures").and_then(Value::as_object) {
            for (k, e) in map {
                erasures.insert(k.parse().ok()?, IdsChain::from_json(e)?);
            }
        }
        Some(Checkpoint {
            event_id,
            base_id: v.get("last_id")?.as_i64()?,
            base_hash: v.get("base_hash")?.as_str()?.to_string(),
            erasures,
        })
    }
}

/// The latest prune event: its id and raw metadata (parsed by the caller, which reports a
/// malformed one).
pub fn latest_prune(store: &mut Store) -> Result<Option<(i64, String)>> {
    Ok(store
        .query_one(
            "SELECT id, metadata FROM audit_log WHERE action = ? AND actor = ? ORDER BY id DESC LIMIT 1",
            &[PRUNE_ACTION.into(), SYSTEM_ACTOR.into()],
        )?
        .map(|r| (r.i64(0), r.string(1).unwrap_or_default())))
}

/// GDPR erasure: replace every occurrence of a person's ids in `actor`, `target` and
/// `metadata` with `pseudonym` (whole ids only: `telegram:1` does not touch `telegram:12`;
/// also inside session keys such as `agent:main:telegram:dm:1`), recorded by one
/// `audit.pseudonymize` event. Returns the number of events changed.
pub fn pseudonymize(store: &mut Store, ids: &[String], pseudonym: &str) -> Result<u64> {
    let people = ids.iter().filter(|s| !s.trim().is_empty()).count();
    let forms = id_forms(ids);
    let mut ids: Vec<&str> = forms.iter().map(String::as_str).collect();
    if ids.is_empty() {
        return Ok(0);
    }
    // Longer forms first, so one that contains another is replaced whole.
    ids.sort_by_key(|s| std::cmp::Reverse(s.len()));
    chain::seal_pending(store)?;
    // The slow part (a scan of the whole trail) reads; the write transaction then only
    // rereads those rows and the few appended since.
    let (matches, mut params) = match_sql(&ids);
    let top = store.query_i64("SELECT COALESCE(MAX(id), 0) FROM audit_log", &[])?;
    params.push(top.into());
    let candidates: Vec<i64> = store
        .query(
            &format!("SELECT id FROM audit_log WHERE ({matches}) AND id <= ? ORDER BY id"),
            &params,
        )?
        .iter()
        .map(|r| r.i64(0))
        .collect();
    let mut forward = Vec::new();
    let changed = store
        .transaction(|s| {
            chain::seal_chunk(s, i64::MAX, &mut KeyGen::new()?, &mut forward)?;
            let mut rows = Vec::new();
            for id in &candidates {
                rows.extend(s.query_one(
                    "SELECT id, actor, target, metadata, redacted_by FROM audit_log WHERE id = ?",
                    &[(*id).into()],
                )?);
            }
            rows.extend(s.query(
                &format!("SELECT id, actor, target, metadata, redacted_by FROM audit_log WHERE id > ? AND ({matches}) ORDER BY id"),
                &[&[top.into()], &params[..params.len() - 1]].concat(),
            )?);
            let mut updates = Vec::new();
            let mut commitment = IdsChain::default();
            for r in &rows {
                let fields = [r.string(1), r.string(2), r.string(3)];
                let replaced: Vec<Option<String>> = fields
                    .iter()
                    .map(|f| f.as_deref().and_then(|t| replace_ids(t, &ids, pseudonym)))
                    .collect();
                if replaced.iter().all(Option::is_none) {
                    continue;
                }
                let new_erasure = r.get(4).is_null();
                if new_erasure {
                    commitment.push(r.i64(0));
                }
                let values: Vec<Option<String>> = replaced
                    .into_iter()
                    .zip(fields)
                    .map(|(new, old)| new.or(old))
                    .collect();
                updates.push((r.i64(0), values, new_erasure));
            }
            if updates.is_empty() {
                return Ok(0);
            }
            let mut meta = commitment.to_json();
            meta["pseudonym"] = pseudonym.into();
            meta["ids"] = people.into();
            let event = Event {
                actor: SYSTEM_ACTOR.into(),
                action: PSEUDONYMIZE_ACTION.into(),
                target: pseudonym.into(),
                outcome: Outcome::Success,
                risk: Risk::High,
                metadata: meta,
            };
            let sealed = chain::append_tx(s, &[NewRow::now(&event)], &mut forward)?;
            let event_id = sealed.first().map(|e| e.id).unwrap_or_default();
            for (id, values, new_erasure) in &updates {
                let [actor, target, metadata] = [&values[0], &values[1], &values[2]];
                s.execute(
                    "UPDATE audit_log SET actor = ?, target = ?, metadata = ?, seal_key = NULL,
                       redacted_by = CASE WHEN ? = 1 THEN ? ELSE redacted_by END WHERE id = ?",
                    &[
                        actor.clone().into(),
                        target.clone().into(),
                        metadata.clone().into(),
                        (*new_erasure).into(),
                        event_id.into(),
                        (*id).into(),
                    ],
                )?;
            }
            Ok(updates.len() as u64)
        })
        .context("pseudonymizing the audit trail")?;
    super::syslog::forward(&forward);
    Ok(changed)
}

/// A condition matching rows that may hold one of `ids` (case-insensitively; the exact
/// whole-id match is [`replace_ids`]), and its parameters.
fn match_sql(ids: &[&str]) -> (String, Vec<crate::store::SqlValue>) {
    let one = "LOWER(actor) LIKE ? ESCAPE '\\' OR LOWER(target) LIKE ? ESCAPE '\\' OR LOWER(metadata) LIKE ? ESCAPE '\\'";
    let mut params = Vec::new();
    for id in ids {
        for _ in 0..3 {
            params.push(like_pattern(&id.to_lowercase()).into());
        }
    }
    (vec![one; ids.len()].join(" OR "), params)
}

/// Each id and the forms it takes inside session keys: `telegram:123` is also
/// `telegram:dm:123`, `telegram:direct:123`, `dm:123` and `direct:123`.
fn id_forms(ids: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for id in ids.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        out.push(id.to_string());
        if let Some((channel, peer)) = id.split_once(':') {
            if !channel.is_empty()
                && channel.chars().all(|c| c.is_ascii_alphabetic())
                && !peer.is_empty()
            {
                for kind in ["dm", "direct"] {
                    out.push(format!("{channel}:{kind}:{peer}"));
                    out.push(format!("{kind}:{peer}"));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `text` with each whole occurrence of an id replaced, or `None` when there is none.
fn replace_ids(text: &str, ids: &[&str], pseudonym: &str) -> Option<String> {
    let mut out = text.to_string();
    let mut changed = false;
    for id in ids {
        let mut result = String::with_capacity(out.len());
        let mut rest = out.as_str();
        let mut consumed = 0;
        while let Some(pos) = find_ci(rest, id) {
            let start = consumed + pos;
            let end = start + id.len();
            let before = out[..start].chars().next_back();
            let after = out[end..].chars().next();
            // An id starting with `+` (E.164) is whole whatever precedes it.
            let starts_whole =
                id.starts_with('+') || !before.is_some_and(|c| c.is_ascii_alphanumeric());
            let whole = starts_whole && !after.is_some_and(|c| c.is_ascii_alphanumeric());
            result.push_str(&out[consumed..start]);
            if whole {
                result.push_str(pseudonym);
                changed = true;
            } else {
                result.push_str(&out[start..end]);
            }
            consumed = end;
            rest = &out[consumed..];
        }
        result.push_str(&out[consumed..]);
        out = result;
    }
    changed.then_some(out)
}

/// Byte position of `needle` in `hay`, ASCII case-insensitively (peer ids are lower-case,
/// but the bot side may have written them otherwise).
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..=h.len() - n.len())
        .find(|&i| hay.is_char_boundary(i) && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Retention: delete up to `limit` of the oldest events (in chain order) older than
/// `before_ms`, stopping at the first one that is not, and record an `audit.prune` event that
/// becomes the chain's checkpoint. Returns how many were deleted (0 when nothing is left to
/// prune; no event is recorded then).
pub fn prune_before(store: &mut Store, before_ms: i64, limit: u64) -> Result<u64> {
    if limit == 0 {
        return Ok(0);
    }
    chain::seal_pending(store)?;
    let mut forward = Vec::new();
    let pruned = store
        .transaction(|s| {
            chain::seal_chunk(s, i64::MAX, &mut KeyGen::new()?, &mut forward)?;
            let limit = i64::try_from(limit).unwrap_or(i64::MAX);
            let mut prefix: Vec<(i64, String, Option<i64>)> = Vec::new();
            let mut first_ts = None;
            let mut done = false;
            s.query_each(
                "SELECT id, timestamp, hash, redacted_by FROM audit_log ORDER BY id LIMIT ?",
                &[limit.into()],
                |r| {
                    // A prefix only: stop at the first event still retained (or unsealed).
                    done = done
                        || r.get(2).is_null()
                        || r.get(1).as_i64().is_none_or(|t| t >= before_ms);
                    if !done {
                        first_ts.get_or_insert(r.i64(1));
                        prefix.push((r.i64(0), r.string(2).unwrap_or_default(), r.get(3).as_i64()));
                    }
                    Ok(())
                },
            )?;
            let Some((last_id, base_hash, _)) = prefix.last().cloned() else {
                return Ok(0);
            };
            let first_id = prefix[0].0;
            // Erasures that survive this prune but lose rows to it: carry their state.
            let mut erasures: BTreeMap<i64, IdsChain> = match latest_prune(s)? {
                Some((id, text)) => Checkpoint::from_metadata(id, &text)
                    .map(|c| c.erasures)
                    .unwrap_or_default(),
                None => BTreeMap::new(),
            };
            erasures.retain(|event, _| *event > last_id);
            for (id, _, redacted_by) in &prefix {
                if let Some(event) = redacted_by.filter(|e| *e > last_id) {
                    erasures.entry(event).or_default().push(*id);
                }
            }
            let n = prefix.len() as u64;
            let mut map = Map::new();
            for (event, state) in &erasures {
                map.insert(event.to_string(), state.to_json());
            }
            let event = Event {
                actor: SYSTEM_ACTOR.into(),
                action: PRUNE_ACTION.into(),
                target: "audit_log".into(),
                outcome: Outcome::Success,
                risk: Risk::High,
                metadata: json!({
                    "rows": n,
                    "first_id": first_id,
                    "last_id": last_id,
                    "before": before_ms,
                    "oldest": first_ts,
                    "base_hash": base_hash,
                    "erasures": map,
                }),
            };
            // Append the checkpoint before deleting the prefix: with the prefix gone from an
            // otherwise empty table, SQLite would hand the new row a reused id (1), older than
            // the checkpoint itself, and `audit verify` would report it as inserted.
            chain::append_tx(s, &[NewRow::now(&event)], &mut forward)?;
            let deleted = s.execute("DELETE FROM audit_log WHERE id <= ?", &[last_id.into()])?;
            anyhow::ensure!(
                deleted == n,
                "audit prune deleted {deleted} rows, expected {n}"
            );
            Ok(n)
        })
        .context("pruning the audit trail")?;
    super::syslog::forward(&forward);
    Ok(pruned)
}

fn like_pattern(id: &str) -> String {
    let escaped = id
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_ids_are_replaced() {
        let ids = ["telegram:111"];
        assert_eq!(
            replace_ids("user:telegram:111", &ids, "erased-1").as_deref(),
            Some("user:erased-1")
        );
        assert_eq!(replace_ids("telegram:1112", &ids, "erased-1"), None);
        assert_eq!(
            replace_ids(r#"{"p":"TELEGRAM:111","q":"telegram:111"}"#, &ids, "e").as_deref(),
            Some(r#"{"p":"e","q":"e"}"#)
        );
        let phone = ["+15551234567"];
        assert_eq!(
            replace_ids("signal:+15551234567", &phone, "e").as_deref(),
            Some("signal:e")
        );
        assert_eq!(replace_ids("+155512345678", &phone, "e"), None);
    }

    #[test]
    fn checkpoints_round_trip() {
        let mut c = IdsChain::default();
        c.push(3);
        c.push(9);
        let meta = json!({"last_id": 10, "base_hash": "ab", "erasures": {"12": c.to_json()}});
        let cp = Checkpoint::from_metadata(20, &meta.to_string()).unwrap();
        assert_eq!(cp.base_id, 10);
        assert_eq!(cp.erasures[&12], c);
        assert!(Checkpoint::from_metadata(20, "{}").is_none());
    }
}
