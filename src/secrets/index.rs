//! clawctl's index of the secrets it manages, `<state>/clawctl/secrets.json` (0600): for
//! each name its backend, fingerprint and where it came from, and which `.env` variables
//! `secrets run` must set. Never a value: the keychain cannot list its entries, so this is
//! how `list`, `resolve` and `run` know what exists and where.

use super::backend::BackendKind;
use crate::fsutil;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    pub backend: BackendKind,
    pub fingerprint: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// Where the value was found (`clawdbot.json:models.providers.openai.apiKey`), for people.
    #[serde(default)]
    pub origins: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Index {
    #[serde(default = "version")]
    pub version: u32,
    #[serde(default)]
    pub secrets: BTreeMap<String, Entry>,
    /// `.env` variable → secret name, set by `secrets run` (the line became a marker).
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// `<file>:<json path>` → the non-secret text a reference replaced (a `${VAR}` that
    /// followed its `.env` line into the backend), so `rollback` restores it as it was.
    #[serde(default)]
    pub literals: BTreeMap<String, String>,
    #[serde(skip)]
    path: PathBuf,
}

fn version() -> u32 {
    1
}

impl Index {
    pub fn path(state_root: &Path) -> PathBuf {
        state_root.join("clawctl").join("secrets.json")
    }

    /// Load the index; a missing file is an empty index.
    pub fn load(state_root: &Path) -> Result<Index> {
        let path = Self::path(state_root);
        let mut index: Index = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .with_context(|| format!("{} is corrupt; fix or remove it", path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Index::default(),
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        index.version = 1;
        index.path = path;
        Ok(index)
    }

    pub fn save(&self) -> Result<()> {
        if let Some(dir) = self.path.parent() {
            fsutil::create_private_dir(dir)?;
        }
        let mut bytes = serde_json::to_vec_pretty(self)?;
        bytes.push(b'\n');
        fsutil::write_atomic(&self.path, &bytes, 0o600)
    }

    /// Record a stored value (new or replaced).
    pub fn upsert(
        &mut self,
        name: &str,
        backend: BackendKind,
        fingerprint: &str,
        origin: Option<String>,
    ) {
        let now = crate::state::sessions::now_ms();
        let entry = self
            .secrets
            .entry(name.to_string())
            .or_insert_with(|| Entry {
                backend,
                fingerprint: fingerprint.to_string(),
                created_at: now,
                updated_at: now,
                origins: Vec::new(),
            });
        if entry.fingerprint != fingerprint || entry.backend != backend {
            entry.updated_at = now;
        }
        entry.backend = backend;
        entry.fingerprint = fingerprint.to_string();
        if let Some(o) = origin {
            if !entry.origins.contains(&o) {
                entry.origins.push(o);
            }
        }
    }

    /// The name holding a value with this fingerprint, if any.
    pub fn name_by_fingerprint(&self, fingerprint: &str) -> Option<&str> {
        self.secrets
            .iter()
            .find(|(_, e)| e.fingerprint == fingerprint)
            .map(|(n, _)| n.as_str())
    }

    /// The key of a location in `literals`.
    pub fn literal_key(file: &Path, path: &str) -> String {
        format!("{}:{path}", file.display())
    }

    pub fn remove(&mut self, name: &str) {
        self.secrets.remove(name);
        self.env.retain(|_, n| n != name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_without_values() {
        let dir = tempfile::tempdir().unwrap();
        let mut idx = Index::load(dir.path()).unwrap();
        idx.upsert(
            "a",
            BackendKind::Keychain,
            "sk-…abcd #12345678",
            Some("clawdbot.json:x".into()),
        );
        idx.env.insert("A_KEY".into(), "a".into());
        idx.save().unwrap();
        let back = Index::load(dir.path()).unwrap();
        assert_eq!(back.secrets["a"].origins, ["clawdbot.json:x"]);
        assert_eq!(back.name_by_fingerprint("sk-…abcd #12345678"), Some("a"));
        let mut back = back;
        back.remove("a");
        assert!(back.env.is_empty());
    }
}
