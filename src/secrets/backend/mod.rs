//! Where secret values live: the OS keychain (Secret Service on Linux) or credentials
//! encrypted by `systemd-creds`. Never a plaintext file: when no backend is usable clawctl
//! says so and stops.

pub mod keychain;
#[cfg(test)]
pub mod memory;
pub mod systemd_creds;

use super::value::Secret;
use crate::error::user_err;
use anyhow::Result;
use std::path::Path;

/// The backends an operator can choose with `--backend`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum BackendKind {
    /// The OS keychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS.
    Keychain,
    /// Credentials encrypted with the host key or TPM2 by `systemd-creds`, 0600 files under
    /// <state>/clawctl/credentials/ (for headless servers).
    SystemdCreds,
}

impl BackendKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BackendKind::Keychain => "keychain",
            BackendKind::SystemdCreds => "systemd-creds",
        }
    }
}

/// A secret store.
pub trait Backend {
    fn kind(&self) -> BackendKind;
    /// The value stored under `name`, `None` when there is none.
    fn get(&self, name: &str) -> Result<Option<Secret>>;
    /// Store (or replace) the value under `name`.
    fn set(&self, name: &str, value: &Secret) -> Result<()>;
    /// Remove `name`; false when it was not there.
    fn delete(&self, name: &str) -> Result<bool>;
    /// Every stored name, when the backend can enumerate (the keychain cannot).
    fn names(&self) -> Result<Option<Vec<String>>>;
}

/// Store a value, read it back and compare: only a verified store counts.
pub fn store_verified(backend: &dyn Backend, name: &str, value: &Secret) -> Result<()> {
    backend.set(name, value)?;
    match backend.get(name)? {
        Some(back) if back == *value => Ok(()),
        Some(_) => Err(user_err(format!(
            "{}: the value read back for `{name}` differs from the one stored",
            backend.kind().as_str()
        ))
        .into()),
        None => Err(user_err(format!(
            "{}: `{name}` was stored but cannot be read back",
            backend.kind().as_str()
        ))
        .into()),
    }
}

/// Open a backend of a known kind.
pub fn open(kind: BackendKind, state_root: &Path) -> Box<dyn Backend> {
    match kind {
        BackendKind::Keychain => Box::new(keychain::Keychain::new()),
        BackendKind::SystemdCreds => Box::new(systemd_creds::SystemdCreds::new(state_root)),
    }
}

/// The backend for new secrets: the explicit choice, else the keychain when a Secret
/// Service answers, else systemd-creds when it works, else a clear error. Never plaintext.
pub fn select(explicit: Option<BackendKind>, state_root: &Path) -> Result<Box<dyn Backend>> {
    if let Some(kind) = explicit {
        return Ok(open(kind, state_root));
    }
    let keychain = keychain::Keychain::new();
    let keychain_problem = match keychain.probe() {
        Ok(()) => return Ok(Box::new(keychain)),
        Err(e) => format!("{e:#}"),
    };
    let creds = systemd_creds::SystemdCreds::new(state_root);
    let creds_problem = match creds.probe() {
        Ok(()) => return Ok(Box::new(creds)),
        Err(e) => format!("{e:#}"),
    };
    Err(user_err(format!(
        "no secret backend is usable (keychain: {keychain_problem}; systemd-creds: {creds_problem})"
    ))
    .hint("start and unlock a Secret Service (e.g. gnome-keyring), or run where `systemd-creds encrypt` works (root, or with access to the host key); clawctl never falls back to plaintext")
    .into())
}

#[cfg(test)]
mod tests {
    use super::memory::Memory;
    use super::*;

    #[test]
    fn verified_store_reads_back() {
        let m = Memory::default();
        store_verified(&m, "a", &Secret::new("v1")).unwrap();
        assert_eq!(m.get("a").unwrap().unwrap().expose(), "v1");
        let broken = Memory::default().corrupting();
        let err = store_verified(&broken, "a", &Secret::new("v1")).unwrap_err();
        assert!(err.to_string().contains("differs"), "{err}");
    }
}
