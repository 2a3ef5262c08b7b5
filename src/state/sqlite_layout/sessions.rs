//! Sessions in an agent database: `session_nodes` rows as the same [`SessionEntry`] the file
//! layout's `sessions.json` gives, which session key each transcript window belongs to
//! (`session_windows`), and the archived transcripts of deleted or reset sessions
//! (`session_transcript_archives`, the SQLite counterpart of `.deleted` / `.reset` files).

use super::BotDb;
use crate::state::sessions::SessionEntry;
use crate::state::transcript::Problem;
use crate::state::TranscriptKind;
use anyhow::Result;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Every session of the agent, keyed like `sessions.json`: `entry_json` is the store entry; a
/// missing `sessionId` / `updatedAt` is filled from the row. A malformed `entry_json` yields an
/// entry with only those two fields and a problem.
pub fn load(db: &BotDb) -> Result<(Vec<SessionEntry>, Vec<Problem>)> {
    db.require_table("session_nodes")?;
    let mut stmt = db.conn.prepare(
        "SELECT session_key, current_session_id, entry_json, updated_at
         FROM session_nodes ORDER BY session_key",
    )?;
    let mut rows = stmt.query([])?;
    let (mut out, mut problems) = (Vec::new(), Vec::new());
    while let Some(r) = rows.next()? {
        let key: String = r.get(0)?;
        let session_id: String = r.get(1)?;
        let text: Option<String> = r.get(2)?;
        let updated_at: Option<i64> = r.get(3)?;
        let mut value = match text.as_deref().map(serde_json::from_str::<Value>) {
            Some(Ok(Value::Object(map))) => map,
            other => {
                let reason = match other {
                    Some(Err(e)) => {
                        format!("session_nodes.entry_json of {key}: malformed JSON: {e}")
                    }
                    _ => format!("session_nodes.entry_json of {key}: not a JSON object"),
                };
                problems.push(Problem {
                    file: db.path.clone(),
                    line: 0,
                    reason,
                });
                Map::new()
            }
        };
        value
            .entry("sessionId")
            .or_insert_with(|| Value::String(session_id));
        if let Some(t) = updated_at {
            value.entry("updatedAt").or_insert_with(|| Value::from(t));
        }
        out.push(SessionEntry {
            key,
            value: Value::Object(value),
        });
    }
    Ok((out, problems))
}

/// `session_id → session_key` for every transcript window (current and earlier ones).
pub fn window_keys(db: &BotDb) -> Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    if db.has_table("session_windows")? {
        let mut stmt = db
            .conn
            .prepare("SELECT session_id, session_key FROM session_windows")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            out.insert(r.get(0)?, r.get(1)?);
        }
    }
    if db.has_table("session_nodes")? {
        let mut stmt = db
            .conn
            .prepare("SELECT current_session_id, session_key FROM session_nodes")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            out.entry(r.get(0)?).or_insert(r.get(1)?);
        }
    }
    Ok(out)
}

/// The rewrite generation of each session's transcript (`transcript_rewrite_watermarks`): a
/// new generation means the bot rewrote the events, so a reader starts that session over.
pub fn generations(db: &BotDb) -> Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    if db.has_table("transcript_rewrite_watermarks")? {
        let mut stmt = db
            .conn
            .prepare("SELECT session_id, generation FROM transcript_rewrite_watermarks")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            out.insert(r.get(0)?, r.get(1)?);
        }
    }
    Ok(out)
}

/// One archived transcript of a deleted or reset session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archive {
    pub session_id: String,
    pub generation: String,
    pub session_key: String,
    pub kind: TranscriptKind,
    /// `identity` or `zstd`.
    pub encoding: String,
    /// The file name the bot publishes it under, in `agents/<id>/sessions/`.
    pub name: String,
    pub sha256: String,
    pub bytes: u64,
    pub created_at: i64,
}

/// Every archive row (without the blobs), oldest first.
pub fn archives(db: &BotDb) -> Result<Vec<Archive>> {
    if !db.has_table("session_transcript_archives")? {
        return Ok(Vec::new());
    }
    let mut stmt = db.conn.prepare(
        "SELECT session_id, generation, session_key, reason, encoding, archive_name,
                archive_sha256, length(archive_blob), created_at
         FROM session_transcript_archives ORDER BY created_at, session_id, generation",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let reason: String = r.get(3)?;
        out.push(Archive {
            session_id: r.get(0)?,
            generation: r.get(1)?,
            session_key: r.get(2)?,
            kind: if reason == "reset" {
                TranscriptKind::Reset
            } else {
                TranscriptKind::Deleted
            },
            encoding: r.get(4)?,
            name: r.get(5)?,
            sha256: r.get(6)?,
            bytes: r.get::<_, Option<i64>>(7)?.unwrap_or(0).max(0) as u64,
            created_at: r.get(8)?,
        });
    }
    Ok(out)
}

/// The decoded content (JSON Lines) of one archive.
pub fn archive_content(db: &BotDb, session_id: &str, generation: &str) -> Result<Vec<u8>> {
    let (encoding, blob): (String, Vec<u8>) = db.conn.query_row(
        "SELECT encoding, archive_blob FROM session_transcript_archives
         WHERE session_id = ?1 AND generation = ?2",
        [session_id, generation],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if encoding == "zstd" {
        zstd::decode_all(blob.as_slice()).map_err(|e| {
            anyhow::anyhow!(
                "{}: archive of session {session_id} (generation {generation}): zstd: {e}",
                db.path.display()
            )
        })
    } else {
        Ok(blob)
    }
}
