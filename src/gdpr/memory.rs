//! The bot's memory search index (`memory/<agent>.sqlite`): finding and forgetting a person.
//!
//! With session indexing on, `chunks` rows with `source = 'sessions'` hold transcript text, and
//! `chunks_fts` (FTS5) holds it again, tokenised. A person's rows are the chunks of their own
//! sessions, every chunk of a shared session they wrote in (the bot rebuilds those from the
//! redacted transcript, since its `files` row goes too), and any chunk whose text mentions one
//! of their ids (e.g. notes from `MEMORY.md`). Deleting leaves the old bytes in free pages and
//! FTS segments, so the purge also merges the FTS index, vacuums with `secure_delete` on and
//! truncates the WAL.

use super::person::Person;
use anyhow::{Context, Result};
use rusqlite::{params_from_iter, Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the index holds about a person.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MemoryHits {
    pub path: PathBuf,
    pub chunk_ids: Vec<String>,
    /// Bytes of chunk text that go.
    pub text_bytes: u64,
    /// `files.path` rows that go, so the bot re-indexes them from what is left.
    pub file_paths: Vec<String>,
}

/// Every `memory/*.sqlite` of the state dir, sorted.
pub fn index_files(root: &Path) -> Result<Vec<PathBuf>> {
    let dir = root.join("memory");
    let mut out: Vec<PathBuf> = crate::state::read_dir_names(&dir)?
        .into_iter()
        .filter(|n| n.ends_with(".sqlite"))
        .map(|n| dir.join(n))
        .filter(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file()))
        .collect();
    out.sort();
    Ok(out)
}

fn has_table(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM sqlite_master WHERE name = ?1",
        [name],
        |r| r.get::<_, i64>(0),
    )? > 0)
}

/// Find a person's rows: chunks whose path names one of `session_ids`, or whose text mentions
/// them.
pub fn find(path: &Path, person: &Person, session_ids: &BTreeSet<String>) -> Result<MemoryHits> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .with_context(|| format!("cannot open memory index {}", path.display()))?;
    conn.busy_timeout(Duration::from_secs(10))?;
    find_in(&conn, path, person, session_ids)
}

fn find_in(
    conn: &Connection,
    path: &Path,
    person: &Person,
    session_ids: &BTreeSet<String>,
) -> Result<MemoryHits> {
    let mut hits = MemoryHits {
        path: path.to_path_buf(),
        ..Default::default()
    };
    if !has_table(conn, "chunks")? {
        return Ok(hits);
    }
    // Pre-filter in SQL (LIKE on each needle or session id), confirm in Rust.
    let mut likes: Vec<String> = person
        .needles()
        .iter()
        .map(|n| format!("%{}%", escape_like(n)))
        .collect();
    likes.extend(session_ids.iter().map(|s| format!("%{}%", escape_like(s))));
    if likes.is_empty() {
        return Ok(hits);
    }
    let cond = vec!["text LIKE ? ESCAPE '\\' OR path LIKE ? ESCAPE '\\'"; likes.len()].join(" OR ");
    let sql = format!("SELECT id, path, source, text FROM chunks WHERE {cond} ORDER BY path, id");
    let params: Vec<&String> = likes.iter().flat_map(|l| [l, l]).collect();
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(params))?;
    let mut files = BTreeSet::new();
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let cpath: String = r.get(1)?;
        let source: String = r.get::<_, Option<String>>(2)?.unwrap_or_default();
        let text: String = r.get::<_, Option<String>>(3)?.unwrap_or_default();
        let base = cpath.rsplit('/').next().unwrap_or(&cpath);
        let of_session =
            source == "sessions" && session_ids.iter().any(|s| base.starts_with(s.as_str()));
        if of_session || person.mentioned_in(text.as_bytes()) {
            hits.text_bytes += text.len() as u64;
            hits.chunk_ids.push(id);
            files.insert(cpath);
        }
    }
    // Files rows of their sessions even when no chunk is left (a half-finished index).
    if has_table(conn, "files")? && !session_ids.is_empty() {
        let mut stmt = conn.prepare("SELECT path FROM files WHERE source = 'sessions'")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let p: String = r.get(0)?;
            let base = p.rsplit('/').next().unwrap_or(&p);
            if session_ids.iter().any(|s| base.starts_with(s.as_str())) {
                files.insert(p);
            }
        }
    }
    hits.file_paths = files.into_iter().collect();
    Ok(hits)
}

/// Outcome of a purge of one index.
#[derive(Debug, Default)]
pub struct Purged {
    pub chunks: u64,
    pub files: u64,
    /// Something could not be cleaned completely (named for the operator).
    pub warnings: Vec<String>,
}

/// Delete a person's rows (those planned, plus any that match now) and scrub the file.
/// Idempotent.
pub fn purge(
    path: &Path,
    person: &Person,
    session_ids: &BTreeSet<String>,
    planned: &MemoryHits,
) -> Result<Purged> {
    let mut out = Purged::default();
    if !path.exists() {
        return Ok(out);
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .with_context(|| format!("cannot open memory index {}", path.display()))?;
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.execute_batch("PRAGMA secure_delete = ON;")?;
    let now = find_in(&conn, path, person, session_ids)?;
    let ids: BTreeSet<&String> = planned.chunk_ids.iter().chain(&now.chunk_ids).collect();
    let files: BTreeSet<&String> = planned.file_paths.iter().chain(&now.file_paths).collect();
    let ids: Vec<&String> = ids.into_iter().collect();
    let files: Vec<&String> = files.into_iter().collect();
    let has_fts = has_table(&conn, "chunks_fts")?;
    let has_vec = has_table(&conn, "chunks_vec")?;
    let has_cache = has_table(&conn, "embedding_cache")?;
    let has_files = has_table(&conn, "files")?;
    for batch in ids.chunks(200) {
        let marks = vec!["?"; batch.len()].join(",");
        let tx = conn.unchecked_transaction()?;
        let hashes: Vec<String> = {
            let mut stmt = tx.prepare(&format!("SELECT hash FROM chunks WHERE id IN ({marks})"))?;
            let rows = stmt.query_map(params_from_iter(batch.iter()), |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        out.chunks += tx.execute(
            &format!("DELETE FROM chunks WHERE id IN ({marks})"),
            params_from_iter(batch.iter()),
        )? as u64;
        if has_fts {
            tx.execute(
                &format!("DELETE FROM chunks_fts WHERE id IN ({marks})"),
                params_from_iter(batch.iter()),
            )?;
        }
        if has_vec {
            if let Err(e) = tx.execute(
                &format!("DELETE FROM chunks_vec WHERE id IN ({marks})"),
                params_from_iter(batch.iter()),
            ) {
                out.warnings.push(format!(
                    "{}: vector table chunks_vec could not be cleaned ({e}); rebuild the index with the bot (`openclaw memory index --force`)",
                    path.display()
                ));
            }
        }
        if has_cache && !hashes.is_empty() {
            let hm = vec!["?"; hashes.len()].join(",");
            tx.execute(
                &format!("DELETE FROM embedding_cache WHERE hash IN ({hm}) AND hash NOT IN (SELECT hash FROM chunks)"),
                params_from_iter(hashes.iter()),
            )?;
        }
        tx.commit()?;
    }
    if has_files {
        for batch in files.chunks(200) {
            let marks = vec!["?"; batch.len()].join(",");
            out.files += conn.execute(
                &format!("DELETE FROM files WHERE path IN ({marks})"),
                params_from_iter(batch.iter()),
            )? as u64;
        }
    }
    if has_fts {
        // Merge FTS segments so deleted terms leave the index b-tree.
        conn.execute("INSERT INTO chunks_fts(chunks_fts) VALUES('optimize')", [])?;
    }
    out.warnings.extend(scrub_sqlite(&conn, path)?);
    Ok(out)
}

/// VACUUM (with `secure_delete` on) and truncate the WAL so deleted bytes leave the file.
/// Returns a warning when a reader kept the WAL from being truncated.
pub fn scrub_sqlite(conn: &Connection, path: &Path) -> Result<Vec<String>> {
    conn.execute_batch("PRAGMA secure_delete = ON; VACUUM;")
        .with_context(|| format!("vacuuming {}", path.display()))?;
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    Ok(if busy != 0 {
        vec![format!(
            "{}: another process kept the write-ahead log open; old pages may remain in {}-wal until it checkpoints",
            path.display(),
            path.display()
        )]
    } else {
        Vec::new()
    })
}

pub fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
