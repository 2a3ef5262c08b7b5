//! `transcript_events`: the transcript lines of the file layout as rows keyed by
//! `(session_id, seq)`. An event is JSON text in `event_json`, or zstd-compressed in
//! `event_zstd` with its decoded size in `event_utf8_bytes`. Rows are read in pages of
//! [`PAGE_ROWS`] (one short read transaction each) starting after a cursor; a row that cannot be
//! decoded is counted and reported as `<db>:<session_id>:<seq>` like a malformed JSONL line, and
//! the rest are read.

use super::BotDb;
use crate::state::transcript::{Problem, ReadStats};
use anyhow::Result;
use rusqlite::types::ValueRef;
use serde_json::Value;
use std::collections::VecDeque;
use std::rc::Rc;

/// Rows fetched per query: bounds memory and the length of each read transaction.
pub const PAGE_ROWS: usize = 1000;
/// A page also ends once it holds this many bytes of event text (events can be megabytes).
pub const PAGE_BYTES: usize = 16 * 1024 * 1024;
/// The bot never stores an event larger than this (its CHECK constraint).
pub const MAX_EVENT_BYTES: usize = 4 * 1024 * 1024;
/// How many undecodable-row locations are kept for reporting (all are counted).
const MAX_PROBLEMS_KEPT: usize = 20;

/// Per-session totals from the primary-key index (no event payload is read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRows {
    pub session_id: String,
    pub events: u64,
    pub first_seq: i64,
    pub last_seq: i64,
}

/// Every session that has events, sorted by id.
pub fn sessions(db: &BotDb) -> Result<Vec<SessionRows>> {
    db.require_table("transcript_events")?;
    let mut stmt = db.conn.prepare(
        "SELECT session_id, COUNT(*), MIN(seq), MAX(seq) FROM transcript_events
         GROUP BY session_id ORDER BY session_id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(SessionRows {
                session_id: r.get(0)?,
                events: r.get::<_, i64>(1)?.max(0) as u64,
                first_seq: r.get(2)?,
                last_seq: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Decoded size of all events of the database, and how many are stored compressed.
pub fn totals(db: &BotDb) -> Result<(u64, u64)> {
    let zstd = db
        .columns("transcript_events")?
        .iter()
        .any(|c| c == "event_zstd");
    let sql = if zstd {
        "SELECT COALESCE(SUM(COALESCE(event_utf8_bytes, octet_length(event_json), 0)), 0),
                COUNT(event_zstd) FROM transcript_events"
    } else {
        "SELECT COALESCE(SUM(octet_length(event_json)), 0), 0 FROM transcript_events"
    };
    let (bytes, compressed): (i64, i64) =
        db.conn.query_row(sql, [], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok((bytes.max(0) as u64, compressed.max(0) as u64))
}

/// Decoded size of one session's events from `seq` on (what a reader resuming there has left).
pub fn bytes_from(db: &BotDb, session_id: &str, seq: i64) -> Result<u64> {
    let zstd = db
        .columns("transcript_events")?
        .iter()
        .any(|c| c == "event_zstd");
    let sql = if zstd {
        "SELECT COALESCE(SUM(COALESCE(event_utf8_bytes, octet_length(event_json), 0)), 0)
         FROM transcript_events WHERE session_id = ?1 AND seq >= ?2"
    } else {
        "SELECT COALESCE(SUM(octet_length(event_json)), 0)
         FROM transcript_events WHERE session_id = ?1 AND seq >= ?2"
    };
    let bytes: i64 = db
        .conn
        .prepare_cached(sql)?
        .query_row(rusqlite::params![session_id, seq], |r| r.get(0))?;
    Ok(bytes.max(0) as u64)
}

/// One event row.
#[derive(Debug)]
pub struct Row {
    pub seq: i64,
    pub created_at: Option<i64>,
    pub value: Value,
}

/// A fetched row: seq, created_at, and its event text or why there is none.
type Fetched = (i64, Option<i64>, std::result::Result<Vec<u8>, String>);

/// Reads one session's events in `seq` order, from `next_seq` on.
pub struct EventRows {
    db: Rc<BotDb>,
    session_id: String,
    sql: String,
    next_seq: i64,
    /// Fetched rows as event text (decompressed), parsed one at a time as they are taken.
    page: VecDeque<Fetched>,
    exhausted: bool,
    consumed: u64,
    /// One decompression context for the whole stream (creating one per row is costly).
    unzstd: zstd::bulk::Decompressor<'static>,
    pub stats: ReadStats,
}

impl EventRows {
    /// Start at `next_seq` (the first seq not read yet); `consumed` counts rows read before.
    pub fn open(
        db: Rc<BotDb>,
        session_id: &str,
        next_seq: i64,
        consumed: u64,
    ) -> Result<EventRows> {
        db.require_table("transcript_events")?;
        let has_zstd = db
            .columns("transcript_events")?
            .iter()
            .any(|c| c == "event_zstd");
        let payload = if has_zstd {
            "event_json, event_zstd, event_utf8_bytes"
        } else {
            "event_json, NULL, NULL"
        };
        let sql = format!(
            "SELECT seq, created_at, {payload} FROM transcript_events
             WHERE session_id = ?1 AND seq >= ?2 ORDER BY seq LIMIT {PAGE_ROWS}"
        );
        Ok(EventRows {
            db,
            session_id: session_id.to_string(),
            sql,
            next_seq,
            page: VecDeque::new(),
            exhausted: false,
            consumed,
            unzstd: zstd::bulk::Decompressor::new()?,
            stats: ReadStats::default(),
        })
    }

    /// The first seq not read yet (where the next run resumes).
    pub fn next_seq(&self) -> i64 {
        self.next_seq
    }

    /// Rows read so far (undecodable ones included), including those before the start.
    pub fn consumed(&self) -> u64 {
        self.consumed
    }

    /// The next decodable event, skipping (and counting) undecodable rows.
    pub fn next_row(&mut self) -> Result<Option<Row>> {
        loop {
            if self.page.is_empty() {
                if self.exhausted {
                    return Ok(None);
                }
                self.fetch_page()?;
                continue;
            }
            let Some((seq, created_at, text)) = self.page.pop_front() else {
                return Ok(None);
            };
            self.next_seq = seq + 1;
            self.consumed += 1;
            self.stats.lines += 1;
            match text.and_then(|t| parse(&t)) {
                Ok(value) => {
                    return Ok(Some(Row {
                        seq,
                        created_at,
                        value,
                    }))
                }
                Err(reason) => self.problem(seq, reason),
            }
        }
    }

    fn fetch_page(&mut self) -> Result<()> {
        let mut stmt = self.db.conn.prepare_cached(&self.sql)?;
        let mut rows = stmt.query(rusqlite::params![self.session_id, self.next_seq])?;
        let (mut fetched, mut bytes) = (0usize, 0usize);
        while let Some(r) = rows.next()? {
            fetched += 1;
            let seq: i64 = r.get(0)?;
            let created_at = r.get::<_, Option<i64>>(1).ok().flatten();
            let (json, zstd, size) = (r.get_ref(2)?, r.get_ref(3)?, r.get_ref(4)?);
            bytes += match (json, size) {
                (ValueRef::Text(t) | ValueRef::Blob(t), _) => t.len(),
                (_, ValueRef::Integer(n)) => n.max(0) as usize,
                _ => 0,
            };
            let text = payload(json, zstd, size, &mut self.unzstd);
            self.page.push_back((seq, created_at, text));
            if bytes >= PAGE_BYTES {
                // Not exhausted: the next page starts after the last row popped.
                return Ok(());
            }
        }
        self.exhausted = fetched < PAGE_ROWS;
        Ok(())
    }

    fn problem(&mut self, seq: i64, reason: String) {
        self.stats.malformed += 1;
        if self.stats.problems.len() < MAX_PROBLEMS_KEPT {
            self.stats.problems.push(Problem {
                file: format!("{}:{}", self.db.path.display(), self.session_id).into(),
                line: seq.max(0) as u64,
                reason,
            });
        }
    }
}

/// An event's text from its stored columns: JSON text, or a zstd frame of `utf8_bytes` bytes.
pub fn payload(
    json: ValueRef<'_>,
    zstd: ValueRef<'_>,
    utf8_bytes: ValueRef<'_>,
    unzstd: &mut zstd::bulk::Decompressor<'_>,
) -> std::result::Result<Vec<u8>, String> {
    match (json, zstd) {
        (ValueRef::Text(t) | ValueRef::Blob(t), _) => Ok(t.to_vec()),
        (_, ValueRef::Blob(z)) => {
            let expected = match utf8_bytes {
                ValueRef::Integer(n) if n > 0 => Some(n as usize),
                _ => None,
            };
            let capacity = expected.unwrap_or(MAX_EVENT_BYTES).min(MAX_EVENT_BYTES);
            let out = unzstd
                .decompress(z, capacity)
                .map_err(|e| format!("event_zstd does not decompress: {e}"))?;
            if let Some(n) = expected.filter(|n| *n != out.len()) {
                return Err(format!(
                    "event_zstd decompressed to {} bytes, event_utf8_bytes says {n}",
                    out.len()
                ));
            }
            Ok(out)
        }
        _ => Err("row has neither event_json nor event_zstd".into()),
    }
}

/// An event's JSON object from its text (surrounding whitespace allowed).
pub fn parse(text: &[u8]) -> std::result::Result<Value, String> {
    let body = text.trim_ascii();
    match serde_json::from_slice::<Value>(body) {
        Ok(v) if v.is_object() => Ok(v),
        Ok(_) => Err("event is not a JSON object".into()),
        Err(e) if std::str::from_utf8(body).is_err() => {
            Err(format!("event is not UTF-8 text ({e})"))
        }
        Err(e) => Err(format!("malformed event JSON: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_text_and_zstd_and_reports_the_rest() {
        let j = br#" {"type":"message","id":"a"} "#;
        let z = zstd::bulk::compress(j, 3).unwrap();
        let n = ValueRef::Null;
        let d = &mut zstd::bulk::Decompressor::new().unwrap();
        let decode =
            |json, zstd, size, d: &mut _| payload(json, zstd, size, d).and_then(|t| parse(&t));
        let v = decode(ValueRef::Text(j), n, n, d).unwrap();
        assert_eq!(v["id"], "a");
        let v = decode(n, ValueRef::Blob(&z), ValueRef::Integer(j.len() as i64), d).unwrap();
        assert_eq!(v["id"], "a");
        let junk = ValueRef::Blob(b"\x28\xb5\x2f\xfdjunk");
        let err = decode(n, junk, ValueRef::Integer(9), d).unwrap_err();
        assert!(err.contains("does not decompress"), "{err}");
        let err = decode(n, ValueRef::Blob(&z), ValueRef::Integer(3), d).unwrap_err();
        assert!(err.contains("decompress"), "{err}");
        let err = decode(n, ValueRef::Blob(&z), ValueRef::Integer(500), d).unwrap_err();
        assert!(err.contains("event_utf8_bytes says 500"), "{err}");
        let err = decode(ValueRef::Text(b"[1]"), n, n, d).unwrap_err();
        assert!(err.contains("not a JSON object"));
        assert!(decode(n, n, n, d).unwrap_err().contains("neither"));
    }
}
