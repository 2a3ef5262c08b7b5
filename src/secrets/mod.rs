//! Secrets: finding plaintext keys in the bot's files, moving them into a backend (OS
//! keychain or systemd-creds), leaving references the bot understands, and resolving them
//! back for the bot. Values live only in memory ([`value::Secret`]) and in the backend;
//! everything printed, journaled or indexed carries names, places and fingerprints.

pub mod apply;
pub mod backend;
pub mod detect;
pub mod dotenv;
pub mod edit;
pub mod index;
pub mod jsonwalk;
pub mod locations;
pub mod migrate;
pub mod naming;
pub mod perms;
pub mod provider;
pub mod refs;
pub mod rewrite;
pub mod rollback;
pub mod style;
pub mod value;

use serde::Serialize;
use std::path::Path;

/// Which kind of file a secret or reference is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    Config,
    Include,
    DotEnv,
    AuthProfiles,
    Models,
    Credentials,
    Backup,
    Transcript,
    Log,
}

impl Area {
    pub fn as_str(self) -> &'static str {
        match self {
            Area::Config => "config",
            Area::Include => "include",
            Area::DotEnv => "dotenv",
            Area::AuthProfiles => "auth-profiles",
            Area::Models => "models",
            Area::Credentials => "credentials",
            Area::Backup => "backup",
            Area::Transcript => "transcript",
            Area::Log => "log",
        }
    }
}

/// A path as shown to the operator: relative to the state dir when inside it.
pub fn rel(root: &Path, path: &Path) -> String {
    match path.strip_prefix(root) {
        Ok(p) if p.as_os_str().is_empty() => ".".to_string(),
        Ok(p) => p.display().to_string(),
        Err(_) => path.display().to_string(),
    }
}
