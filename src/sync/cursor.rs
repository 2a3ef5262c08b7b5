//! How far `sync` has read each transcript (`sync_cursors`), and how it changed since.
//!
//! A cursor keeps the resume point (files: the byte offset and line after the last complete
//! line; database rows: the next seq and the rows read), the transcript's [`Stat`] (files:
//! identity `dev:inode`, size, mtime) and the sha256 of its head (files: the first bytes up to
//! 4 KiB, never past the offset). An unchanged transcript is skipped on its stat alone; a grown
//! one resumes; a truncated or replaced one (head differs, or shorter than the offset) is read
//! again from the start (inserts are idempotent); a renamed file (`.deleted`, `.reset`: same
//! inode and head under a new name) carries its cursor over.
//!
//! A file has up to two cursors: how far everything was read ([`KIND_TRANSCRIPT`], keyed by the
//! transcript's source), and how far only its cost rows were ([`KIND_COSTS`], keyed
//! `costs:<source>`), which the cost reports' own sync keeps (see [`super::Depth`]). A full read
//! always covers the cost rows too, so saving a transcript cursor drops the file's costs cursor;
//! a costs cursor that exists is therefore never behind its file's transcript cursor.

use crate::state::events::{Resume, Stat};
use crate::store::{SqlValue, Store};
use anyhow::Result;
use std::collections::HashMap;

pub const KIND_TRANSCRIPT: &str = "transcript";
pub const KIND_COSTS: &str = "costs";
/// What a costs cursor's `sync_cursors.source` starts with.
const COSTS_PREFIX: &str = "costs:";

/// The `sync_cursors.source` a cursor of `kind` for `source` is stored under.
fn stored(kind: &str, source: &str) -> String {
    match kind {
        KIND_COSTS => format!("{COSTS_PREFIX}{source}"),
        _ => source.to_string(),
    }
}

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

/// All cursors of one kind, by the transcript's source.
pub fn load_all(store: &mut Store, kind: &str) -> Result<HashMap<String, Cursor>> {
    let mut out = HashMap::new();
    store.query_each(
        "SELECT source, kind, file_id, head_sha256, \"offset\", line, size, mtime, state FROM sync_cursors WHERE kind = ?",
        &[kind.into()],
        |r| {
            let source = r.string(0).unwrap_or_default();
            let c = Cursor {
                source: match source.strip_prefix(COSTS_PREFIX) {
                    Some(s) if kind == KIND_COSTS => s.to_string(),
                    _ => source,
                },
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

/// Insert or replace a cursor (inside the caller's transaction); a transcript cursor replaces
/// the file's costs cursor too.
pub fn save(store: &mut Store, c: &Cursor) -> Result<()> {
    if c.kind == KIND_TRANSCRIPT {
        delete(store, &c.source, KIND_COSTS)?;
    }
    store.execute(
        "INSERT INTO sync_cursors (source, kind, file_id, head_sha256, \"offset\", line, size, mtime, updated_at, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (source) DO UPDATE SET kind = excluded.kind, file_id = excluded.file_id,
           head_sha256 = excluded.head_sha256, \"offset\" = excluded.\"offset\", line = excluded.line,
           size = excluded.size, mtime = excluded.mtime, updated_at = excluded.updated_at,
           state = excluded.state",
        &[
            stored(&c.kind, &c.source).into(),
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

/// Delete a file's cursor of `kind`; deleting its transcript cursor deletes both.
pub fn delete(store: &mut Store, source: &str, kind: &str) -> Result<()> {
    let costs = stored(KIND_COSTS, source);
    match kind {
        KIND_COSTS => {
            store.execute("DELETE FROM sync_cursors WHERE source = ?", &[costs.into()])?
        }
        _ => store.execute(
            "DELETE FROM sync_cursors WHERE source IN (?, ?)",
            &[source.into(), costs.into()],
        )?,
    };
    Ok(())
}

/// The `sync_cursors.source` values of both cursors of each file.
pub fn all_stored(sources: &[String]) -> Vec<String> {
    sources
        .iter()
        .flat_map(|s| [s.clone(), stored(KIND_COSTS, s)])
        .collect()
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
