//! Importing the bot's `logs/commands.log` (`/new`, `/reset`, `/stop` …) into the audit trail.
//!
//! Each JSON line (`timestamp`, `action`, `sessionKey`, `senderId`, `source`) becomes an event
//! `command.<action>` by actor `user:<peer id>` on the session key. Import is idempotent: each
//! event's `source_key` is `commands.log:<sha256 of the line>`, so a line is imported once
//! however often `sync` runs, even after the log was rotated. A cursor in `sync_cursors`
//! skips what was already read while the file is the same one; a torn last line (the bot is
//! writing it) is left for the next run.

use super::chain::{self, NewRow};
use crate::state::people::normalize_peer;
use crate::state::StateDir;
use crate::store::Store;
use anyhow::{Context, Result};
use serde::Serialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::os::unix::fs::MetadataExt;

/// The file, relative to the state directory; also the cursor's name.
pub const COMMANDS_LOG: &str = "logs/commands.log";
const CURSOR_KIND: &str = "commands_log";
const BATCH: usize = 1_000;
/// Bytes at the start of the file that identify it across runs.
const HEAD_BYTES: u64 = 4_096;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportStats {
    /// Complete lines read this run.
    pub lines: u64,
    /// Events appended.
    pub imported: u64,
    /// Lines already in the trail.
    pub duplicates: u64,
    /// Lines that are not a command record (malformed JSON, no timestamp or action).
    pub invalid: u64,
}

/// Import new lines of `logs/commands.log` as audit events.
pub fn import_commands_log(store: &mut Store, state: &StateDir) -> Result<ImportStats> {
    let path = state.root.join(COMMANDS_LOG);
    let mut stats = ImportStats::default();
    let mut file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(stats),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let meta = file.metadata()?;
    let file_id = format!("{}:{}", meta.dev(), meta.ino());
    let mut offset = resume_offset(store, &mut file, &file_id, meta.len())?;
    file.seek(SeekFrom::Start(offset))?;
    let mut reader = BufReader::new(file);
    let mut line = Vec::new();
    let mut batch = Vec::new();
    loop {
        line.clear();
        let n = reader
            .read_until(b'\n', &mut line)
            .with_context(|| format!("reading {}", path.display()))?;
        if n == 0 || line.last() != Some(&b'\n') {
            break; // end, or a torn last line the bot is still writing
        }
        offset += n as u64;
        stats.lines += 1;
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\n', '\r']);
        if text.trim().is_empty() {
            continue;
        }
        match event_of(text) {
            Some(row) => batch.push(row),
            None => stats.invalid += 1,
        }
        if batch.len() >= BATCH {
            flush(store, &mut batch, &mut stats, &file_id, offset, &path)?;
        }
    }
    flush(store, &mut batch, &mut stats, &file_id, offset, &path)?;
    Ok(stats)
}

/// Where to continue: the cursor's offset when it is still the same file, else 0.
fn resume_offset(
    store: &mut Store,
    file: &mut std::fs::File,
    file_id: &str,
    size: u64,
) -> Result<u64> {
    let Some(cursor) = store.query_one(
        "SELECT file_id, head_sha256, \"offset\" FROM sync_cursors WHERE source = ?",
        &[COMMANDS_LOG.into()],
    )?
    else {
        return Ok(0);
    };
    let offset = u64::try_from(cursor.i64(2)).unwrap_or(0);
    let same_file = cursor.get(0).as_str() == Some(file_id)
        && offset <= size
        && cursor.get(1).as_str() == Some(head_sha256(file, offset)?.as_str());
    Ok(if same_file { offset } else { 0 })
}

/// SHA-256 of the first `min(offset, HEAD_BYTES)` bytes.
fn head_sha256(file: &mut std::fs::File, offset: u64) -> Result<String> {
    file.seek(SeekFrom::Start(0))?;
    let mut head = Vec::new();
    file.by_ref()
        .take(offset.min(HEAD_BYTES))
        .read_to_end(&mut head)?;
    Ok(hex::encode(Sha256::digest(&head)))
}

/// Append a batch and move the cursor past it, in one transaction.
fn flush(
    store: &mut Store,
    batch: &mut Vec<NewRow>,
    stats: &mut ImportStats,
    file_id: &str,
    offset: u64,
    path: &std::path::Path,
) -> Result<()> {
    let head = {
        let mut f = std::fs::File::open(path)?;
        head_sha256(&mut f, offset)?
    };
    let mut forward = Vec::new();
    let appended = store.transaction(|s| {
        let appended = chain::append_tx(s, batch, &mut forward)?;
        s.execute(
            "INSERT INTO sync_cursors (source, kind, file_id, head_sha256, \"offset\", updated_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (source) DO UPDATE SET file_id = excluded.file_id, head_sha256 = excluded.head_sha256,
               \"offset\" = excluded.\"offset\", updated_at = excluded.updated_at",
            &[
                COMMANDS_LOG.into(),
                CURSOR_KIND.into(),
                file_id.into(),
                head.into(),
                (offset as i64).into(),
                crate::state::sessions::now_ms().into(),
            ],
        )?;
        Ok(appended.len() as u64)
    })?;
    super::syslog::forward(&forward);
    stats.imported += appended;
    stats.duplicates += batch.len() as u64 - appended;
    batch.clear();
    Ok(())
}

/// One line as an event, or `None` when it is not a command record.
fn event_of(line: &str) -> Option<NewRow> {
    let v: Value = serde_json::from_str(line).ok()?;
    let timestamp = match v.get("timestamp")? {
        Value::String(s) => crate::timeparse::rfc3339_ms(s)?,
        Value::Number(n) => n.as_i64()?,
        _ => return None,
    };
    let action = v.get("action")?.as_str().filter(|a| !a.trim().is_empty())?;
    let source = v.get("source").and_then(Value::as_str);
    let sender = v
        .get("senderId")
        .and_then(|s| match s {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
        .and_then(|raw| normalize_peer(source.map(str::to_lowercase).as_deref(), &raw));
    let target = v.get("sessionKey").and_then(Value::as_str).unwrap_or("");
    Some(NewRow {
        timestamp,
        actor: format!("user:{}", sender.as_deref().unwrap_or("unknown")),
        action: format!("command.{}", action.trim().to_lowercase()),
        target: target.to_string(),
        result: "success".into(),
        risk_level: "low".into(),
        metadata: json!({"source": source, "imported_from": COMMANDS_LOG}).to_string(),
        source_key: Some(format!(
            "commands.log:{}",
            hex::encode(Sha256::digest(line.as_bytes()))
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_events() {
        let row = event_of(r#"{"timestamp":"2026-08-30T11:59:57.120Z","action":"new","sessionKey":"agent:main:whatsapp:dm:+8613800138000","senderId":"+8613800138000","source":"whatsapp"}"#).unwrap();
        assert_eq!(row.actor, "user:+8613800138000");
        assert_eq!(row.action, "command.new");
        assert_eq!(row.target, "agent:main:whatsapp:dm:+8613800138000");
        assert_eq!(
            row.timestamp,
            crate::timeparse::rfc3339_ms("2026-08-30T11:59:57.120Z").unwrap()
        );
        assert!(row.source_key.unwrap().starts_with("commands.log:"));
        let tg = event_of(r#"{"timestamp":"2026-08-06T07:54:40.318Z","action":"stop","sessionKey":"agent:main:main","senderId":"telegram:111111111","source":"telegram"}"#).unwrap();
        assert_eq!(tg.actor, "user:telegram:111111111");
        assert!(event_of("not json").is_none());
        assert!(event_of(r#"{"action":"new"}"#).is_none());
    }
}
