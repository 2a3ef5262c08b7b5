//! The hash chain that seals every audit event, and appending to it.
//!
//! Each row carries `pii_digest` = SHA-256 over its random per-row `seal_key` and its
//! identifying fields (actor, target, metadata), and `hash` = SHA-256 over the previous row's
//! hash, the row's other fields and `pii_digest`. Appending reads the head and inserts in one
//! short write transaction (`BEGIN IMMEDIATE`), so appends from several processes serialize
//! into one valid chain; the cost does not depend on the length of the chain. The exact
//! encoding is in `docs/audit.md` so the chain can be checked without clawctl.

use super::syslog::{self, Message};
use super::Event;
use crate::store::{BackendKind, SqlRef, Store};
use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

/// The `prev_hash` of the first event of a chain that was never pruned.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

const CHAIN_TAG: &[u8] = b"clawctl-audit-chain-v1\0";
const PII_TAG: &[u8] = b"clawctl-audit-pii-v1\0";

/// Rows sealed per write transaction when catching up with rows the bot inserted unsealed.
const SEAL_CHUNK: i64 = 5_000;

/// The canonical, type-tagged encoding of one value.
fn put(h: &mut Sha256, v: SqlRef<'_>) {
    match v {
        SqlRef::Null => h.update([0u8]),
        SqlRef::Int(i) => {
            h.update([1u8]);
            h.update(i.to_be_bytes());
        }
        SqlRef::Real(f) => {
            h.update([2u8]);
            h.update(f.to_bits().to_be_bytes());
        }
        SqlRef::Text(s) => {
            h.update([3u8]);
            h.update((s.len() as u32).to_be_bytes());
            h.update(s.as_bytes());
        }
        SqlRef::Blob(b) => {
            h.update([4u8]);
            h.update((b.len() as u32).to_be_bytes());
            h.update(b);
        }
    }
}

/// The keyed digest of a row's identifying fields.
pub fn pii_digest(key: SqlRef, actor: SqlRef, target: SqlRef, metadata: SqlRef) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(PII_TAG);
    for v in [key, actor, target, metadata] {
        put(&mut h, v);
    }
    h.finalize().into()
}

/// The fields of a row that the chain hash covers, besides the previous hash.
#[derive(Debug, Clone, Copy)]
pub struct Sealable<'a> {
    pub timestamp: SqlRef<'a>,
    pub action: SqlRef<'a>,
    pub result: SqlRef<'a>,
    pub risk_level: SqlRef<'a>,
    pub source_key: SqlRef<'a>,
    pub pii_digest: SqlRef<'a>,
}

/// A row's chain hash.
pub fn chain_hash(prev_hash: SqlRef, row: &Sealable) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(CHAIN_TAG);
    for v in [
        prev_hash,
        row.timestamp,
        row.action,
        row.result,
        row.risk_level,
        row.source_key,
        row.pii_digest,
    ] {
        put(&mut h, v);
    }
    h.finalize().into()
}

/// Lower-case hex of a digest into a stack buffer.
pub fn hex32(d: &[u8; 32], buf: &mut [u8; 64]) {
    // Cannot fail: the buffer is exactly twice the input.
    let _ = hex::encode_to_slice(d, buf);
}

/// Fresh per-row keys: SHA-256 of a random seed and a counter.
pub struct KeyGen {
    seed: [u8; 32],
    counter: u64,
}

impl KeyGen {
    pub fn new() -> Result<KeyGen> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed)
            .map_err(|e| anyhow::anyhow!("no randomness for audit seal keys: {e}"))?;
        Ok(KeyGen { seed, counter: 0 })
    }

    /// 128 random bits as 32 hex characters.
    pub fn next_key(&mut self) -> String {
        self.counter += 1;
        let mut h = Sha256::new();
        h.update(self.seed);
        h.update(self.counter.to_be_bytes());
        let d: [u8; 32] = h.finalize().into();
        hex::encode(&d[..16])
    }
}

/// A row to append.
#[derive(Debug, Clone)]
pub struct NewRow {
    pub timestamp: i64,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub result: String,
    pub risk_level: String,
    pub metadata: String,
    /// Idempotency key of imported events: a row with a key already present is skipped.
    pub source_key: Option<String>,
}

impl NewRow {
    /// An event happening now.
    pub fn now(event: &Event) -> NewRow {
        NewRow::at(event, crate::state::sessions::now_ms())
    }

    pub fn at(event: &Event, timestamp: i64) -> NewRow {
        NewRow {
            timestamp,
            actor: event.actor.clone(),
            action: event.action.clone(),
            target: event.target.clone(),
            result: event.outcome.as_str().into(),
            risk_level: event.risk.as_str().into(),
            metadata: event.metadata.to_string(),
            source_key: None,
        }
    }
}

/// An appended, sealed row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub id: i64,
    pub hash: String,
    pub prev_hash: String,
    pub timestamp: i64,
}

/// Append rows to the chain (sealing pending bot rows first); rows whose `source_key` is
/// already present are skipped. Returns the appended rows in order. High-risk rows go to
/// syslog after the commit.
pub fn append(store: &mut Store, rows: &[NewRow]) -> Result<Vec<Sealed>> {
    let (_, mut forward) = seal_pending_rows(store)?;
    let appended = store
        .transaction(|s| append_tx(s, rows, &mut forward))
        .context("appending to the audit trail")?;
    syslog::forward(&forward);
    Ok(appended)
}

/// [`append`] inside the caller's write transaction: high-risk rows (including bot rows
/// sealed on the way) are pushed to `forward` for the caller to send after its commit.
pub fn append_tx(
    s: &mut Store,
    rows: &[NewRow],
    forward: &mut Vec<Message>,
) -> Result<Vec<Sealed>> {
    let mut keys = KeyGen::new()?;
    lock_for_append(s)?;
    seal_chunk(s, i64::MAX, &mut keys, forward)?;
    let mut prev = head(s)?.hash;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let key = keys.next_key();
        let pii = hex::encode(pii_digest(
            SqlRef::Text(&key),
            SqlRef::Text(&row.actor),
            SqlRef::Text(&row.target),
            SqlRef::Text(&row.metadata),
        ));
        let hash = hex::encode(chain_hash(
            SqlRef::Text(&prev),
            &Sealable {
                timestamp: SqlRef::Int(row.timestamp),
                action: SqlRef::Text(&row.action),
                result: SqlRef::Text(&row.result),
                risk_level: SqlRef::Text(&row.risk_level),
                source_key: row.source_key.as_deref().into(),
                pii_digest: SqlRef::Text(&pii),
            },
        ));
        let inserted = s.query_one(
            "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata, source_key, seal_key, pii_digest, prev_hash, hash)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (source_key) DO NOTHING RETURNING id",
            &[
                row.timestamp.into(),
                row.actor.as_str().into(),
                row.action.as_str().into(),
                row.target.as_str().into(),
                row.result.as_str().into(),
                row.risk_level.as_str().into(),
                row.metadata.as_str().into(),
                row.source_key.as_deref().into(),
                key.into(),
                pii.into(),
                prev.as_str().into(),
                hash.as_str().into(),
            ],
        )?;
        let Some(inserted) = inserted else { continue };
        let id = inserted.i64(0);
        if row.risk_level == "high" {
            forward.push(Message::from_new(id, row, &hash));
        }
        out.push(Sealed {
            id,
            hash: hash.clone(),
            prev_hash: std::mem::replace(&mut prev, hash),
            timestamp: row.timestamp,
        });
    }
    Ok(out)
}

/// Seal the rows the bot side inserted without a seal, in id order (in short transactions),
/// and forward the high-risk ones to syslog. Returns how many were sealed.
pub fn seal_pending(store: &mut Store) -> Result<usize> {
    let (sealed, forward) = seal_pending_rows(store)?;
    syslog::forward(&forward);
    Ok(sealed)
}

/// Like [`seal_pending`] but returns the high-risk rows instead of forwarding them.
fn seal_pending_rows(store: &mut Store) -> Result<(usize, Vec<Message>)> {
    let mut forward = Vec::new();
    let mut sealed = 0;
    if !has_pending(store)? {
        return Ok((sealed, forward));
    }
    let mut keys = KeyGen::new()?;
    loop {
        let n = store
            .transaction(|s| {
                lock_for_append(s)?;
                seal_chunk(s, SEAL_CHUNK, &mut keys, &mut forward)
            })
            .context("sealing audit events into the hash chain")?;
        sealed += n;
        if (n as i64) < SEAL_CHUNK {
            return Ok((sealed, forward));
        }
    }
}

/// True when rows after the sealed head have no seal (cheap: reads from the end).
pub fn has_pending(store: &mut Store) -> Result<bool> {
    let head = head(store)?;
    Ok(store
        .query_one(
            "SELECT id FROM audit_log WHERE id > ? AND hash IS NULL LIMIT 1",
            &[head.id.into()],
        )?
        .is_some())
}

/// The chain's head: the last sealed row, or the genesis value (id 0) before the first.
pub struct Head {
    pub id: i64,
    pub hash: String,
}

pub fn head(store: &mut Store) -> Result<Head> {
    // MAX over the partial index `audit_log_sealed`: one index descent.
    let id = store
        .query_one("SELECT MAX(id) FROM audit_log WHERE hash IS NOT NULL", &[])?
        .and_then(|r| r.get(0).as_i64());
    let Some(id) = id else {
        return Ok(Head {
            id: 0,
            hash: GENESIS.to_string(),
        });
    };
    let hash = store
        .query_one("SELECT hash FROM audit_log WHERE id = ?", &[id.into()])?
        .and_then(|r| r.string(0))
        .unwrap_or_default();
    Ok(Head { id, hash })
}

/// Serialize appenders on backends whose transactions do not take the write lock up front.
fn lock_for_append(s: &mut Store) -> Result<()> {
    if s.kind() == BackendKind::Postgres {
        s.execute("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE", &[])?;
    }
    Ok(())
}

/// Seal up to `limit` unsealed rows after the head (inside a transaction).
pub fn seal_chunk(
    s: &mut Store,
    limit: i64,
    keys: &mut KeyGen,
    forward: &mut Vec<Message>,
) -> Result<usize> {
    let head = head(s)?;
    let rows = s.query(
        "SELECT id, timestamp, actor, action, target, result, risk_level, metadata, source_key
         FROM audit_log WHERE id > ? AND hash IS NULL ORDER BY id LIMIT ?",
        &[head.id.into(), limit.into()],
    )?;
    let mut prev = head.hash;
    for r in &rows {
        let key = keys.next_key();
        let pii = hex::encode(pii_digest(
            SqlRef::Text(&key),
            r.get(2).into(),
            r.get(4).into(),
            r.get(7).into(),
        ));
        let hash = hex::encode(chain_hash(
            SqlRef::Text(&prev),
            &Sealable {
                timestamp: r.get(1).into(),
                action: r.get(3).into(),
                result: r.get(5).into(),
                risk_level: r.get(6).into(),
                source_key: r.get(8).into(),
                pii_digest: SqlRef::Text(&pii),
            },
        ));
        s.execute(
            "UPDATE audit_log SET seal_key = ?, pii_digest = ?, prev_hash = ?, hash = ? WHERE id = ?",
            &[
                key.into(),
                pii.into(),
                prev.as_str().into(),
                hash.as_str().into(),
                r.get(0).clone(),
            ],
        )?;
        if r.get(6).as_str() == Some("high") {
            forward.push(Message::from_row(r, &hash));
        }
        prev = hash;
    }
    Ok(rows.len())
}
