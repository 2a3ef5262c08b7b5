//! `logs/commands.log`: JSON Lines the bot appends (`/new`, `/reset`, `/stop` with
//! `timestamp`, `sessionKey`, `senderId`). Old lines are dropped by rewriting the file.
//!
//! The bot appends without a lock, so the rewrite takes the same care it would want: the kept
//! lines go to a temp file that replaces the log atomically, and any bytes the bot appended to
//! the old file meanwhile (seen through the still-open old file) are copied onto the new one.
//! Lines that do not parse, or whose time cannot be read, are always kept.

use super::holds::Held;
use crate::fsutil;
use crate::state::people::normalize_peer;
use anyhow::{Context, Result};
use serde_json::Value;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

/// What a trim removed (or, counting, would remove).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trim {
    pub lines: u64,
    pub bytes: u64,
    /// Expired lines kept because a legal hold covers them.
    pub held: u64,
    pub oldest_kept_ms: Option<i64>,
}

/// The verdict for one line: `Some(true)` expired, `Some(false)` kept, with the line's time.
fn classify(line: &[u8], cutoff_ms: i64, held: &Held) -> (bool, bool, Option<i64>) {
    let Ok(v) = serde_json::from_slice::<Value>(line) else {
        return (false, false, None);
    };
    let Some(ms) = v
        .get("timestamp")
        .and_then(Value::as_str)
        .and_then(|t| super::parse_instant(t).ok())
        .or_else(|| v.get("timestamp").and_then(Value::as_i64))
    else {
        return (false, false, None);
    };
    if ms >= cutoff_ms {
        return (false, false, Some(ms));
    }
    let key = v.get("sessionKey").and_then(Value::as_str);
    let source = v.get("source").and_then(Value::as_str);
    let sender = v
        .get("senderId")
        .and_then(Value::as_str)
        .and_then(|s| normalize_peer(source, s));
    let is_held = key.is_some_and(|k| held.session_keys.contains(k))
        || sender.is_some_and(|s| held.covers_user(&s));
    (!is_held, is_held, Some(ms))
}

/// Split `text` into kept bytes and the tally of what goes.
fn split(text: &[u8], cutoff_ms: i64, held: &Held) -> (Vec<u8>, Trim) {
    let mut kept = Vec::with_capacity(text.len());
    let mut trim = Trim::default();
    for line in text.split_inclusive(|b| *b == b'\n') {
        // A torn last line (no newline yet) is the bot mid-write: keep it as it is.
        let complete = line.ends_with(b"\n");
        let (expired, is_held, ms) = if complete {
            classify(line.trim_ascii_end(), cutoff_ms, held)
        } else {
            (false, false, None)
        };
        if expired {
            trim.lines += 1;
            trim.bytes += line.len() as u64;
            continue;
        }
        if is_held {
            trim.held += 1;
        }
        if let Some(ms) = ms {
            trim.oldest_kept_ms = Some(trim.oldest_kept_ms.map_or(ms, |o: i64| o.min(ms)));
        }
        kept.extend_from_slice(line);
    }
    (kept, trim)
}

/// Count what a trim would remove; a missing file removes nothing.
pub fn count(path: &Path, cutoff_ms: i64, held: &Held) -> Result<Trim> {
    match std::fs::read(path) {
        Ok(text) => Ok(split(&text, cutoff_ms, held).1),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Trim::default()),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

/// Drop expired lines; the file is only rewritten when there is something to drop.
pub fn trim(path: &Path, cutoff_ms: i64, held: &Held) -> Result<Trim> {
    let mut old = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Trim::default()),
        Err(e) => return Err(e).with_context(|| format!("opening {}", path.display())),
    };
    let mut text = Vec::new();
    old.read_to_end(&mut text)
        .with_context(|| format!("reading {}", path.display()))?;
    let (kept, trim) = split(&text, cutoff_ms, held);
    if trim.lines == 0 {
        return Ok(trim);
    }
    let mode = crate::state::file_mode(path).unwrap_or(0o600);
    fsutil::write_atomic(path, &kept, mode)?;
    // Appends that landed in the old file after we read it belong at the end of the new one.
    let read_len = text.len() as u64;
    let old_len = old.metadata()?.len();
    if old_len > read_len {
        let mut tail = Vec::new();
        old.seek(SeekFrom::Start(read_len))?;
        old.read_to_end(&mut tail)?;
        let mut new = std::fs::OpenOptions::new()
            .append(true)
            .open(path)
            .with_context(|| format!("appending to {}", path.display()))?;
        new.write_all(&tail)?;
        new.sync_all()?;
    }
    Ok(trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str = concat!(
        "{\"timestamp\":\"2026-08-06T07:54:40.318Z\",\"action\":\"stop\",\"sessionKey\":\"agent:main:main\",\"senderId\":\"telegram:111\",\"source\":\"telegram\"}\n",
        "not json\n",
        "{\"timestamp\":\"2026-08-10T02:00:00+02:00\",\"action\":\"new\",\"sessionKey\":\"k2\",\"senderId\":\"+86138\",\"source\":\"whatsapp\"}\n",
        "{\"timestamp\":\"2026-11-19T16:52:10.377Z\",\"action\":\"stop\",\"sessionKey\":\"k3\",\"senderId\":\"telegram:333\",\"source\":\"telegram\"}\n",
        "{\"timestamp\":\"2026-11-20T00:00"
    );

    #[test]
    fn old_lines_go_unparsable_and_torn_lines_stay() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("commands.log");
        std::fs::write(&p, LOG).unwrap();
        // Cutoff exactly at the second entry (00:00Z = 02:00+02:00): that line is kept.
        let cutoff = super::super::parse_instant("2026-08-10T00:00:00Z").unwrap();
        let t = trim(&p, cutoff, &Held::default()).unwrap();
        assert_eq!(t.lines, 1);
        let after = std::fs::read_to_string(&p).unwrap();
        assert!(after.starts_with("not json\n{\"timestamp\":\"2026-08-10T02:00:00+02:00\""));
        assert!(after.ends_with("{\"timestamp\":\"2026-11-20T00:00"));
        assert_eq!(trim(&p, cutoff, &Held::default()).unwrap().lines, 0);
    }

    #[test]
    fn held_senders_and_sessions_stay() {
        let mut held = Held::default();
        held.user_ids.insert("telegram:111".into());
        let cutoff = super::super::parse_instant("2026-12-01").unwrap();
        let (_, t) = split(LOG.as_bytes(), cutoff, &held);
        assert_eq!((t.lines, t.held), (2, 1));
    }
}
