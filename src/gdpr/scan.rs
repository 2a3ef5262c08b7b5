//! Byte searches of the state directory for a person's ids, and the small readers the
//! inventory uses on what they find (JSON stores, logs, the remote-media cache).

use super::inventory::{FileHit, FileLines};
use super::person::Person;
use super::stores::{self, StoreKind};
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every regular file under the state dir that mentions them: (relative path, count).
/// Skips clawctl's own directory and the contents of media files (binary, often huge; media
/// is matched by reference instead); `known` counts (from a focused census) are not re-read.
pub fn scan_mentions(
    root: &Path,
    person: &Person,
    known: &BTreeMap<PathBuf, usize>,
) -> Result<Vec<(String, usize)>> {
    let mut out = Vec::new();
    let mut err = None;
    crate::state::walk_files(root, &mut |path, _meta| {
        let Ok(rel) = path.strip_prefix(root) else {
            return;
        };
        let rel = rel.to_string_lossy().into_owned();
        if rel.starts_with("clawctl/") || rel.starts_with("media/") {
            return;
        }
        let count = match known.get(path) {
            Some(n) => Ok(*n),
            None => person.count_in_file(path),
        };
        match count {
            Ok(0) => {}
            Ok(n) => out.push((rel, n)),
            Err(e) if err.is_none() => {
                err = Some(anyhow::Error::new(e).context(format!("reading {}", path.display())))
            }
            Err(_) => {}
        }
    })?;
    match err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

pub fn store_hit(path: &Path, rel: &str, kind: StoreKind, person: &Person) -> Result<FileHit> {
    let bytes = std::fs::read(path)?;
    let mut v: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
        crate::error::user_err(format!(
            "{}:{}: malformed JSON: {e}",
            path.display(),
            e.line()
        ))
    })?;
    let changes = stores::edit_store(kind, rel, &mut v, person);
    Ok(FileHit {
        rel: rel.to_string(),
        what: match kind {
            StoreKind::Credentials => "credentials".into(),
            StoreKind::CronJobs => "cron jobs".into(),
        },
        count: changes.len(),
        changes,
    })
}

/// Lines of a log that mention them.
pub fn count_lines_mentioning(path: &Path, person: &Person) -> Result<usize> {
    use std::io::BufRead;
    let mut r = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut buf = Vec::new();
    let mut n = 0;
    loop {
        buf.clear();
        if r.read_until(b'\n', &mut buf)? == 0 {
            return Ok(n);
        }
        if person.mentioned_in(&buf) {
            n += 1;
        }
    }
}

/// Files under `media/remote-cache/<dir>/` where the directory is one of their sessions' keys
/// or names one of their ids. Symlinks are never followed.
pub fn remote_cache(root: &Path, own: &[FileLines], person: &Person) -> Result<Vec<(String, u64)>> {
    let base = root.join("media/remote-cache");
    let keys: BTreeSet<&str> = own.iter().filter_map(|f| f.file.key.as_deref()).collect();
    let mut out = Vec::new();
    let mut names = crate::state::read_dir_names(&base)?;
    names.sort();
    for name in names {
        let dir = base.join(&name);
        let is_dir = std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir());
        if !is_dir || !(keys.contains(name.as_str()) || person.mentioned_in(name.as_bytes())) {
            continue;
        }
        crate::state::walk_files(&dir, &mut |p, meta| {
            if let Ok(rel) = p.strip_prefix(root) {
                out.push((rel.to_string_lossy().into_owned(), meta.len()));
            }
        })?;
    }
    Ok(out)
}
