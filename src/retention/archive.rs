//! `action = "archive"`: idle transcripts are copied into a zip before they are removed.
//!
//! One zip per run, `<archive_dir>/retention-<time>.zip` (0600, directory 0700), holding each
//! transcript under its path in the state dir and, beside it, its `sessions.json` entry as
//! `<file>.entry.json`, so a session can be put back by hand. The zip is written to a temp file,
//! fsynced and renamed, so it is either complete or absent.

use crate::fsutil;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;

/// One transcript to archive.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Archived {
    pub file: PathBuf,
    /// Path inside the zip (the file's path relative to the state dir).
    pub name: String,
    /// Its `sessions.json` entry, when the store lists it.
    pub entry: Option<serde_json::Value>,
}

/// The default archive directory: `<state dir>-archive` beside the state dir.
pub fn default_dir(state_root: &Path) -> PathBuf {
    let name = state_root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "state".into());
    state_root
        .parent()
        .unwrap_or(Path::new("/"))
        .join(format!("{name}-archive"))
}

/// Write `zip` with every listed file that still exists; returns how many went in.
pub fn write(zip: &Path, files: &[Archived]) -> Result<u64> {
    if let Some(dir) = zip.parent() {
        fsutil::create_private_dir(dir)?;
    }
    let mut written = 0;
    fsutil::write_atomic_with(zip, 0o600, |f| {
        let mut w = zip::ZipWriter::new(f);
        let opts = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .unix_permissions(0o600)
            .large_file(true);
        for a in files {
            let mut src = match std::fs::File::open(&a.file) {
                Ok(f) => f,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e).with_context(|| format!("reading {}", a.file.display())),
            };
            w.start_file(a.name.as_str(), opts)?;
            std::io::copy(&mut src, &mut w)
                .with_context(|| format!("archiving {}", a.file.display()))?;
            if let Some(entry) = &a.entry {
                w.start_file(format!("{}.entry.json", a.name), opts)?;
                w.write_all(serde_json::to_string_pretty(entry)?.as_bytes())?;
            }
            written += 1;
        }
        w.finish()?;
        Ok(())
    })
    .with_context(|| format!("writing archive {}", zip.display()))?;
    Ok(written)
}
