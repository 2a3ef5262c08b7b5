//! Media files named in transcripts. The bot writes absolute paths on its own machine
//! (`/home/operator/.clawdbot/media/inbound/…`); those are mapped onto the state directory
//! clawctl was given, stored relative to it, and measured (size, streamed sha256) when the file
//! exists.

use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// State-dir names the bot has used; a path through one of them is a path into the state dir.
const STATE_DIR_NAMES: [&str; 4] = [".openclaw", ".clawdbot", ".moltbot", ".moldbot"];

/// Map a path the bot wrote onto `root`: returns the real path to look at, and the path to
/// store (relative to `root` when inside it, the original otherwise).
pub fn map_state_path(raw: &str, root: &Path) -> (PathBuf, String) {
    let path = Path::new(raw);
    if let Ok(rel) = path.strip_prefix(root) {
        return (path.to_path_buf(), rel.to_string_lossy().into_owned());
    }
    if path.is_relative() && !has_parent_refs(path) {
        return (root.join(path), raw.to_string());
    }
    let comps: Vec<Component> = path.components().collect();
    let at = comps.iter().position(|c| {
        let name = c.as_os_str().to_string_lossy();
        STATE_DIR_NAMES
            .iter()
            .any(|n| name == *n || name.starts_with(&format!("{n}-")))
    });
    if let Some(i) = at {
        let rest: PathBuf = comps[i + 1..].iter().collect();
        if !rest.as_os_str().is_empty() && !has_parent_refs(&rest) {
            return (root.join(&rest), rest.to_string_lossy().into_owned());
        }
    }
    (path.to_path_buf(), raw.to_string())
}

fn has_parent_refs(p: &Path) -> bool {
    p.components().any(|c| matches!(c, Component::ParentDir))
}

/// A resolved media reference.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub stored_path: String,
    pub size: Option<i64>,
    pub sha256: Option<String>,
}

/// Resolves and measures media paths once per run.
pub struct MediaResolver {
    root: PathBuf,
    cache: HashMap<String, Resolved>,
}

impl MediaResolver {
    pub fn new(root: &Path) -> MediaResolver {
        MediaResolver {
            root: root.to_path_buf(),
            cache: HashMap::new(),
        }
    }

    pub fn resolve(&mut self, raw: &str) -> Resolved {
        if let Some(r) = self.cache.get(raw) {
            return r.clone();
        }
        let (real, stored_path) = map_state_path(raw, &self.root);
        let (size, sha256) = match std::fs::metadata(&real) {
            Ok(m) if m.is_file() => (Some(m.len() as i64), hash_file(&real)),
            _ => (None, None),
        };
        let r = Resolved {
            stored_path,
            size,
            sha256,
        };
        self.cache.insert(raw.to_string(), r.clone());
        r
    }
}

/// sha256 of a file, streamed in 64 KiB chunks.
pub fn hash_file(path: &Path) -> Option<String> {
    let mut f = std::fs::File::open(path).ok()?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match f.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => hasher.update(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return None,
        }
    }
    Some(hex::encode(hasher.finalize()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bot_paths_map_onto_the_state_dir() {
        let root = Path::new("/srv/state");
        let (real, stored) = map_state_path("/home/operator/.clawdbot/media/inbound/a.png", root);
        assert_eq!(real, Path::new("/srv/state/media/inbound/a.png"));
        assert_eq!(stored, "media/inbound/a.png");
        let (_, stored) = map_state_path("/root/.openclaw-work/media/b.pdf", root);
        assert_eq!(stored, "media/b.pdf");
        let (_, stored) = map_state_path("/srv/state/media/c.jpg", root);
        assert_eq!(stored, "media/c.jpg");
        let (real, stored) = map_state_path("/tmp/elsewhere.jpg", root);
        assert_eq!(
            (real.to_str(), stored.as_str()),
            (Some("/tmp/elsewhere.jpg"), "/tmp/elsewhere.jpg")
        );
        let (_, stored) = map_state_path("/home/x/.clawdbot/../../etc/passwd", root);
        assert_eq!(stored, "/home/x/.clawdbot/../../etc/passwd");
    }
}
