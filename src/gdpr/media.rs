//! Where a `[media attached: …]` path really is, and whether clawctl may touch it.
//!
//! The bot writes absolute paths of the machine it ran on (`/home/operator/.clawdbot/media/…`),
//! and that text comes from chats, so it is untrusted: a person could type a path to the bot's
//! credentials and then ask for an export. A reference is only ever read or deleted when it maps
//! to a regular file under `<state>/media/`, with no `..` and no symlink anywhere on the way.

use serde::Serialize;
use std::path::{Component, Path, PathBuf};

/// Names of the state directory in the bot's history; `/…/<name>[-profile]/rest` maps to
/// `<state>/rest`.
const STATE_DIR_NAMES: [&str; 4] = [".openclaw", ".clawdbot", ".moltbot", ".moldbot"];

/// What a media reference resolved to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MediaStatus {
    /// A regular file under `<state>/media/`.
    Present,
    /// Would be under `<state>/media/` but does not exist.
    Missing,
    /// Not under the state directory's `media/` (never read, never deleted).
    Outside,
    /// A symlink or a non-regular file on the way (never followed).
    Unsafe,
}

/// A resolved reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaFile {
    /// As written in the transcript.
    pub raw: String,
    /// Relative to the state directory (`media/inbound/x.png`), when it maps inside `media/`.
    pub rel: Option<String>,
    pub status: MediaStatus,
    pub bytes: u64,
}

impl MediaFile {
    pub fn path(&self, root: &Path) -> Option<PathBuf> {
        self.rel.as_ref().map(|r| root.join(r))
    }
}

/// Resolve a raw reference against the state directory `root`.
pub fn resolve(root: &Path, raw: &str) -> MediaFile {
    let rel = relative_to_state(root, raw).filter(|rel| is_clean_media_path(rel));
    let Some(rel) = rel else {
        return MediaFile {
            raw: raw.to_string(),
            rel: None,
            status: MediaStatus::Outside,
            bytes: 0,
        };
    };
    let (status, bytes) = check(root, &rel);
    MediaFile {
        raw: raw.to_string(),
        rel: Some(rel),
        status,
        bytes,
    }
}

/// The part after the state directory: from the actual root, or after a `.clawdbot`-style
/// directory name in a path written on another machine.
fn relative_to_state(root: &Path, raw: &str) -> Option<String> {
    let p = Path::new(raw);
    if let Ok(rest) = p.strip_prefix(root) {
        return Some(rest.to_string_lossy().into_owned());
    }
    if !p.is_absolute() {
        return None;
    }
    let comps: Vec<&str> = raw.split('/').collect();
    let i = comps.iter().position(|c| {
        STATE_DIR_NAMES
            .iter()
            .any(|n| *c == *n || c.strip_prefix(n).is_some_and(|s| s.starts_with('-')))
    })?;
    Some(comps[i + 1..].join("/"))
}

fn is_clean_media_path(rel: &str) -> bool {
    let p = Path::new(rel);
    let mut comps = p.components();
    matches!(comps.next(), Some(Component::Normal(c)) if c == "media")
        && p.components().count() >= 2
        && comps.all(|c| matches!(c, Component::Normal(_)))
}

/// Walk the path one component at a time with `symlink_metadata`, so a symlinked directory
/// or file is reported instead of followed.
fn check(root: &Path, rel: &str) -> (MediaStatus, u64) {
    let mut at = root.to_path_buf();
    let comps: Vec<_> = Path::new(rel).components().collect();
    for (i, c) in comps.iter().enumerate() {
        at.push(c);
        let meta = match std::fs::symlink_metadata(&at) {
            Ok(m) => m,
            Err(_) => return (MediaStatus::Missing, 0),
        };
        let last = i + 1 == comps.len();
        if meta.file_type().is_symlink() {
            return (MediaStatus::Unsafe, 0);
        }
        if last {
            return if meta.is_file() {
                (MediaStatus::Present, meta.len())
            } else {
                (MediaStatus::Unsafe, 0)
            };
        }
        if !meta.is_dir() {
            return (MediaStatus::Unsafe, 0);
        }
    }
    (MediaStatus::Missing, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_foreign_home_paths_and_refuses_escapes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("media/inbound")).unwrap();
        std::fs::write(root.join("media/inbound/a.png"), b"png").unwrap();
        std::fs::write(root.join("secret.json"), b"{}").unwrap();
        let f = resolve(root, "/home/operator/.clawdbot/media/inbound/a.png");
        assert_eq!(
            (f.rel.as_deref(), &f.status, f.bytes),
            (Some("media/inbound/a.png"), &MediaStatus::Present, 3)
        );
        let f = resolve(root, "/home/x/.openclaw-work/media/inbound/a.png");
        assert_eq!(f.status, MediaStatus::Present);
        let own = format!("{}/media/inbound/gone.jpg", root.display());
        assert_eq!(resolve(root, &own).status, MediaStatus::Missing);
        for bad in [
            "/home/operator/.clawdbot/secret.json",
            "/home/operator/.clawdbot/media/../secret.json",
            "/etc/passwd",
            "media/inbound/a.png",
        ] {
            assert_eq!(resolve(root, bad).status, MediaStatus::Outside, "{bad}");
        }
        std::os::unix::fs::symlink(root.join("secret.json"), root.join("media/inbound/l.png"))
            .unwrap();
        std::os::unix::fs::symlink(root, root.join("media/up")).unwrap();
        assert_eq!(
            resolve(root, "/h/.clawdbot/media/inbound/l.png").status,
            MediaStatus::Unsafe
        );
        assert_eq!(
            resolve(root, "/h/.clawdbot/media/up/secret.json").status,
            MediaStatus::Unsafe
        );
    }
}
