//! How far `sync` has read each transcript (`sync_cursors`), and how it changed since.
//!
//! A cursor keeps the resume point (files: the byte offset and line after the last complete
//! line; database rows: the next seq and the rows read), the transcript's [`Stat`] (files:
//! identity `dev:inode`, size, mtime) and the sha256 of its head (files: the first bytes up to
//! 4 KiB, never past the offset). An unchanged transcript is skipped on its stat alone; a grown
//! one resumes; a truncated or replaced one (head differs, or shorter than the offset) is read
//! again from the start (inserts are idempotent); a renamed file (`.deleted`, `.reset`: same
//! inode and head under a new name) carries its cursor over.

use crate::state::events::{Resume, Stat};
use crate::store::{SqlValue, Store};
use anyhow::Result;
use std::collections::HashMap;

pub const KIND_TRANSCRIPT: &str = "transcript";

/// One `sync_cursors` row.
#[derive(Debug, Clone, PartialEq)]
pub struct Cursor {
    pub source: String,
    pub kind: String,
    pub file_id: Option<String>,
    pub head_sha256: Option<String>,
    pub offset: u64,
    pub line: u64,
    pub size: u64,
    pub mtime: Option<i64>,
    /// Reader state carried to the next run (JSON).
    pub state: Option<String>,
}

/// Where to start reading a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Start {
    /// Nothing changed since the last run.
    Unchanged,
    /// Read on from the cursor (the file grew, or was renamed and grew).
    Resume(Cursor),
    /// Read from the beginning: a new file, or one truncated or replaced.
    Fresh { replaced: bool },
}

impl Cursor {
    pub fn resume(&self) -> Resume {
        Resume {
            offset: self.offset,
            line: self.line,
        }
    }
}

/// Decide how to read a transcript that has a cursor (its own, or a moved one's); `head`
/// hashes the transcript's head up to a resume point.
pub fn decide(
    stat: &Stat,
    cursor: &Cursor,
    head: impl FnOnce(Resume) -> Result<String>,
) -> Result<Start> {
    let same_file = cursor.file_id.as_deref() == Some(stat.file_id.as_str());
    if same_file && cursor.size == stat.size && cursor.mtime == Some(stat.mtime) {
        return Ok(Start::Unchanged);
    }
    if stat.size < cursor.offset {
        return Ok(Start::Fresh { replaced: true });
    }
    let head = head(cursor.resume())?;
    if cursor.head_sha256.as_deref() != Some(head.as_str()) {
        return Ok(Start::Fresh { replaced: true });
    }
    Ok(Start::Resume(cursor.clone()))
}

/// All cursors of one kind, by source.
pub fn load_all(store: &mut Store, kind: &str) -> Result<HashMap<String, Cursor>> {
    let mut out = HashMap::new();
    store.query_each(
        "SELECT source, kind, file_id, head_sha256, \"offset\", line, size, mtime, state FROM sync_cursors WHERE kind = ?",
        &[kind.into()],
        |r| {
            let c = Cursor {
                source: r.string(0).unwrap_or_default(),
                kind: r.string(1).unwrap_or_default(),
                file_id: r.string(2),
                head_sha256: r.string(3),
                offset: r.i64(4).max(0) as u64,
                line: r.i64(5).max(0) as u64,
                size: r.i64(6).max(0) as u64,
                mtime: r.get(7).as_i64(),
                state: r.string(8),
            };
            out.insert(c.source.clone(), c);
            Ok(())
        },
    )?;
    Ok(out)
}

/// Insert or replace a cursor (inside the caller's transaction).
pub fn save(store: &mut Store, c: &Cursor) -> Result<()> {
    store.execute(
        "INSERT INTO sync_cursors (source, kind, file_id, head_sha256, \"offset\", line, size, mtime, updated_at, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (source) DO UPDATE SET kind = excluded.kind, file_id = excluded.file_id,
           head_sha256 = excluded.head_sha256, \"offset\" = excluded.\"offset\", line = excluded.line,
           size = excluded.size, mtime = excluded.mtime, updated_at = excluded.updated_at,
           state = excluded.state",
        &[
            c.source.as_str().into(),
            c.kind.as_str().into(),
            c.file_id.clone().into(),
            c.head_sha256.clone().into(),
            SqlValue::Int(c.offset as i64),
            SqlValue::Int(c.line as i64),
            SqlValue::Int(c.size as i64),
            c.mtime.into(),
            crate::state::sessions::now_ms().into(),
            c.state.clone().into(),
        ],
    )?;
    Ok(())
}

pub fn delete(store: &mut Store, source: &str) -> Result<()> {
    store.execute(
        "DELETE FROM sync_cursors WHERE source = ?",
        &[source.into()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::events::jsonl::{file_head_hash, file_stat};
    use std::path::Path;

    fn stat(p: &Path) -> Stat {
        file_stat(&std::fs::metadata(p).unwrap())
    }

    fn cursor_for(path: &Path, offset: u64) -> Cursor {
        let st = stat(path);
        Cursor {
            source: "t".into(),
            kind: KIND_TRANSCRIPT.into(),
            file_id: Some(st.file_id),
            head_sha256: Some(file_head_hash(path, offset).unwrap()),
            offset,
            line: 1,
            size: st.size,
            mtime: Some(st.mtime),
            state: None,
        }
    }

    #[test]
    fn growth_truncation_and_replacement_are_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.jsonl");
        std::fs::write(&p, "{\"a\":1}\n").unwrap();
        let c = cursor_for(&p, 8);
        let decide_now = || decide(&stat(&p), &c, |r| file_head_hash(&p, r.offset)).unwrap();
        assert_eq!(decide_now(), Start::Unchanged);
        std::fs::write(&p, "{\"a\":1}\n{\"b\":2}\n").unwrap();
        assert!(matches!(decide_now(), Start::Resume(_)));
        std::fs::write(&p, "{}\n").unwrap();
        assert_eq!(decide_now(), Start::Fresh { replaced: true });
        std::fs::write(&p, "{\"z\":1}\n{\"b\":2}\n").unwrap();
        assert_eq!(decide_now(), Start::Fresh { replaced: true });
    }
}
