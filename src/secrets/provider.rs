//! The `secrets.providers.clawctl` exec provider that lets OpenClaw 2026.2.26+ resolve
//! SecretRefs through `clawctl secrets resolve`, and the bot's rules for its binary: an
//! absolute path, not a symlink, not group/world-writable, owned by the bot's user.

use crate::error::user_err;
use anyhow::{Context, Result};
use serde::Serialize;
use serde_json::{json, Value};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// Environment the resolver needs to reach the keychain or systemd credentials.
pub const PASS_ENV: &[&str] = &[
    "HOME",
    "USER",
    "DBUS_SESSION_BUS_ADDRESS",
    "XDG_RUNTIME_DIR",
    "CREDENTIALS_DIRECTORY",
    "CLAWCTL_KEYCHAIN_TIMEOUT_MS",
];

#[derive(Debug, Clone, Serialize)]
pub struct Provider {
    pub command: PathBuf,
    pub args: Vec<String>,
    /// Why the bot would refuse to run `command` (empty when it is fine).
    pub problems: Vec<String>,
}

impl Provider {
    /// The provider for the running clawctl binary and this state directory.
    pub fn for_this_binary(state_root: &Path) -> Result<Provider> {
        let exe = std::env::current_exe().context("cannot find the path of the running clawctl")?;
        let command = std::fs::canonicalize(&exe).unwrap_or(exe);
        let root = std::fs::canonicalize(state_root).unwrap_or_else(|_| state_root.to_path_buf());
        let owner = std::fs::metadata(&root).map(|m| m.uid()).ok();
        let problems = binary_problems(&command, owner);
        Ok(Provider {
            args: vec![
                "--state-dir".into(),
                root.to_string_lossy().into_owned(),
                "secrets".into(),
                "resolve".into(),
            ],
            command,
            problems,
        })
    }

    /// Refuse when the bot would refuse to run the binary.
    pub fn require_usable(&self) -> Result<()> {
        if self.problems.is_empty() {
            return Ok(());
        }
        Err(user_err(format!(
            "the bot would refuse to run {} as a secret provider: {}; nothing was changed",
            self.command.display(),
            self.problems.join(", ")
        ))
        .hint("install clawctl where its file is owned by the bot's user and not group/world-writable (e.g. `cargo install --path .`), or use --style env")
        .into())
    }

    /// The JSON of `secrets.providers.clawctl`.
    pub fn to_json(&self) -> Value {
        provider_json(&self.command, &self.args)
    }
}

/// The provider entry for a command and its arguments.
pub fn provider_json(command: &Path, args: &[String]) -> Value {
    json!({
        "source": "exec",
        "command": command.to_string_lossy(),
        "args": args,
        "passEnv": PASS_ENV,
        "jsonOnly": true,
        "timeoutMs": 5000,
    })
}

/// The bot's checks on an exec provider's binary.
pub fn binary_problems(path: &Path, expected_owner: Option<u32>) -> Vec<String> {
    let mut out = Vec::new();
    if !path.is_absolute() {
        out.push("the path is not absolute".to_string());
    }
    match std::fs::symlink_metadata(path) {
        Err(e) => out.push(format!("cannot inspect it ({e})")),
        Ok(meta) => {
            if meta.file_type().is_symlink() {
                out.push("it is a symlink".into());
            }
            let mode = meta.mode() & 0o777;
            if mode & 0o022 != 0 {
                out.push(format!("it is group/world-writable (mode {mode:04o})"));
            }
            // SAFETY: geteuid has no preconditions.
            let owner = expected_owner.unwrap_or_else(|| unsafe { libc::geteuid() });
            if meta.uid() != owner {
                out.push(format!(
                    "it is owned by uid {} instead of the bot's user (uid {owner})",
                    meta.uid()
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn binary_rules() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("clawctl");
        std::fs::write(&bin, "x").unwrap();
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(binary_problems(&bin, None).is_empty());
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o775)).unwrap();
        assert!(binary_problems(&bin, None)[0].contains("group/world-writable"));
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&bin, &link).unwrap();
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(binary_problems(&link, None)
            .iter()
            .any(|p| p.contains("symlink")));
        assert!(binary_problems(&bin, Some(12345))
            .iter()
            .any(|p| p.contains("owned by")));
        assert!(binary_problems(Path::new("rel/clawctl"), None)[0].contains("absolute"));
    }
}
