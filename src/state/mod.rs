//! The bot's state directory: where it is, which layout it uses, and what is in it.
//!
//! Readers only; nothing here writes except the session-store lock protocol in [`sessions`].

pub mod config;
pub mod discover;
pub mod events;
pub mod json5;
pub mod media;
pub mod people;
pub mod session_key;
pub mod sessions;
pub mod sqlite_layout;
pub mod transcript;

use anyhow::Result;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// How the bot stores sessions and transcripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    /// JSON5 config, JSON stores, JSONL transcripts (Clawdbot, Moltbot, OpenClaw ≤ 2026.7.1).
    File,
    /// SQLite databases (OpenClaw 2026.7.2 and later).
    Sqlite,
}

/// A located state directory.
#[derive(Debug, Clone)]
pub struct StateDir {
    pub root: PathBuf,
    /// How it was found (`--state-dir`, `OPENCLAW_STATE_DIR`, …).
    pub source: String,
    pub config_path: Option<PathBuf>,
    pub layout: Layout,
}

/// What kind of transcript file a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TranscriptKind {
    Live,
    Deleted,
    Reset,
    Bak,
}

/// A transcript file on disk.
#[derive(Debug, Clone)]
pub struct TranscriptFile {
    pub agent: String,
    pub path: PathBuf,
    /// The session id (file stem without `-topic-<id>` and leftover suffixes).
    pub session_id: String,
    pub topic: Option<String>,
    pub kind: TranscriptKind,
    pub bytes: u64,
}

impl StateDir {
    pub fn new(root: PathBuf, source: String, config_path: Option<PathBuf>) -> StateDir {
        let layout = detect_layout(&root);
        StateDir {
            root,
            source,
            config_path,
            layout,
        }
    }

    /// `<state>/clawctl`: clawctl's own private directory.
    pub fn clawctl_dir(&self) -> PathBuf {
        self.root.join("clawctl")
    }

    /// Agent ids (directories under `agents/`), sorted.
    pub fn agents(&self) -> Result<Vec<String>> {
        let mut out: Vec<String> = read_dir_names(&self.root.join("agents"))?
            .into_iter()
            .filter(|n| self.root.join("agents").join(n).is_dir())
            .collect();
        out.sort();
        Ok(out)
    }

    pub fn sessions_dir(&self, agent: &str) -> PathBuf {
        self.root.join("agents").join(agent).join("sessions")
    }

    pub fn sessions_store(&self, agent: &str) -> PathBuf {
        self.sessions_dir(agent).join("sessions.json")
    }

    /// Every transcript file of an agent, live ones and leftovers, sorted by path.
    pub fn transcripts(&self, agent: &str) -> Result<Vec<TranscriptFile>> {
        let dir = self.sessions_dir(agent);
        let mut out = Vec::new();
        for name in read_dir_names(&dir)? {
            let Some((session_id, topic, kind)) = classify_transcript_name(&name) else {
                continue;
            };
            let path = dir.join(&name);
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            if !meta.is_file() {
                continue;
            }
            out.push(TranscriptFile {
                agent: agent.to_string(),
                path,
                session_id,
                topic,
                kind,
                bytes: meta.len(),
            });
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }
}

/// Detect the layout from the files present.
pub fn detect_layout(root: &Path) -> Layout {
    if root.join("state/openclaw.sqlite").is_file() {
        return Layout::Sqlite;
    }
    let agents = read_dir_names(&root.join("agents")).unwrap_or_default();
    if agents.iter().any(|a| {
        root.join("agents")
            .join(a)
            .join("agent/openclaw-agent.sqlite")
            .is_file()
    }) {
        Layout::Sqlite
    } else {
        Layout::File
    }
}

/// `<id>.jsonl`, `<id>-topic-<t>.jsonl`, and `.deleted.<ts>` / `.reset.<ts>` / `.bak.<ts>` leftovers.
pub fn classify_transcript_name(name: &str) -> Option<(String, Option<String>, TranscriptKind)> {
    let (base, kind) = match name.find(".jsonl") {
        Some(i) => {
            let suffix = &name[i + ".jsonl".len()..];
            let kind = match suffix {
                "" => TranscriptKind::Live,
                s if s.starts_with(".deleted.") => TranscriptKind::Deleted,
                s if s.starts_with(".reset.") => TranscriptKind::Reset,
                s if s.starts_with(".bak.") || s == ".bak" => TranscriptKind::Bak,
                _ => return None,
            };
            (&name[..i], kind)
        }
        None => return None,
    };
    if base.is_empty() {
        return None;
    }
    let (id, topic) = match base.split_once("-topic-") {
        Some((id, t)) => (id.to_string(), Some(t.to_string())),
        None => (base.to_string(), None),
    };
    Some((id, topic, kind))
}

/// File names in a directory; a missing directory is empty.
pub fn read_dir_names(dir: &Path) -> Result<Vec<String>> {
    match std::fs::read_dir(dir) {
        Ok(rd) => Ok(rd
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(anyhow::Error::new(e).context(format!("cannot list {}", dir.display()))),
    }
}

/// Permission bits of a file.
pub fn file_mode(path: &Path) -> Option<u32> {
    std::fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o7777)
}

/// Walk a directory tree (no symlinks followed) and call `f` for every regular file.
pub fn walk_files(dir: &Path, f: &mut dyn FnMut(&Path, &std::fs::Metadata)) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(anyhow::Error::new(e).context(format!("cannot list {}", dir.display())))
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk_files(&path, f)?;
        } else if meta.is_file() {
            f(&path, &meta);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcript_names_are_classified() {
        let c = classify_transcript_name;
        assert_eq!(
            c("abc.jsonl"),
            Some(("abc".into(), None, TranscriptKind::Live))
        );
        assert_eq!(
            c("abc-topic-42.jsonl"),
            Some(("abc".into(), Some("42".into()), TranscriptKind::Live))
        );
        assert_eq!(
            c("abc.jsonl.deleted.2026-01-01T00-00-00.000Z").unwrap().2,
            TranscriptKind::Deleted
        );
        assert_eq!(c("abc.jsonl.reset.1").unwrap().2, TranscriptKind::Reset);
        assert_eq!(c("abc.jsonl.bak.1").unwrap().2, TranscriptKind::Bak);
        assert_eq!(c("sessions.json"), None);
        assert_eq!(c("abc.jsonl.lock"), None);
    }
}
