//! Credentials encrypted by `systemd-creds` (host key and/or TPM2), for headless servers
//! without a Secret Service. Each secret is `<state>/clawctl/credentials/<name>.cred`, mode
//! 0600, usable from a unit with `LoadCredentialEncrypted=<name>:<path>`; inside such a unit
//! the decrypted copy in `$CREDENTIALS_DIRECTORY` is read instead, so no privileges are needed.
//!
//! `CLAWCTL_SYSTEMD_CREDS` names the binary (default `systemd-creds`) and
//! `CLAWCTL_SYSTEMD_CREDS_KEY` the key (`auto`, `host`, `tpm2`, `host+tpm2`; default `auto`).

use super::{Backend, BackendKind};
use crate::error::user_err;
use crate::fsutil;
use crate::secrets::value::Secret;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use zeroize::Zeroizing;

pub struct SystemdCreds {
    dir: PathBuf,
    binary: String,
    key: String,
}

impl SystemdCreds {
    pub fn new(state_root: &Path) -> SystemdCreds {
        SystemdCreds {
            dir: Self::dir(state_root),
            binary: std::env::var("CLAWCTL_SYSTEMD_CREDS")
                .ok()
                .filter(|b| !b.is_empty())
                .unwrap_or_else(|| "systemd-creds".into()),
            key: std::env::var("CLAWCTL_SYSTEMD_CREDS_KEY")
                .ok()
                .filter(|k| !k.is_empty())
                .unwrap_or_else(|| "auto".into()),
        }
    }

    /// `<state>/clawctl/credentials`.
    pub fn dir(state_root: &Path) -> PathBuf {
        state_root.join("clawctl").join("credentials")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.cred"))
    }

    /// Does `systemd-creds encrypt` work here? (encrypts a throwaway value)
    pub fn probe(&self) -> Result<()> {
        self.encrypt("clawctl-probe", b"probe").map(|_| ())
    }

    /// Run systemd-creds with `input` on stdin; stdout on success.
    fn run(&self, args: &[&str], input: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let mut child = Command::new(&self.binary)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                user_err(format!("systemd-creds: cannot run `{}`: {e}", self.binary))
                    .hint("install systemd (systemd-creds ships with systemd 250+), or use --backend keychain")
            })?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(input)
                .context("systemd-creds: writing its input")?;
        }
        let out = child
            .wait_with_output()
            .context("systemd-creds: waiting for it")?;
        let stdout = Zeroizing::new(out.stdout);
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let reason = stderr
                .lines()
                .rfind(|l| !l.trim().is_empty())
                .unwrap_or("failed")
                .trim();
            return Err(user_err(format!(
                "systemd-creds {} failed: {reason}",
                args.first().copied().unwrap_or("")
            ))
            .into());
        }
        Ok(stdout)
    }

    fn encrypt(&self, name: &str, value: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let key = format!("--with-key={}", self.key);
        let name_arg = format!("--name={name}");
        self.run(&["encrypt", &key, &name_arg, "-", "-"], value)
    }
}

impl Backend for SystemdCreds {
    fn kind(&self) -> BackendKind {
        BackendKind::SystemdCreds
    }

    fn get(&self, name: &str) -> Result<Option<Secret>> {
        if let Some(dir) = std::env::var_os("CREDENTIALS_DIRECTORY") {
            if let Ok(bytes) = std::fs::read(Path::new(&dir).join(name)) {
                return decode(name, Zeroizing::new(bytes)).map(Some);
            }
        }
        let path = self.path(name);
        match std::fs::symlink_metadata(&path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(e).with_context(|| format!("systemd-creds: reading {}", path.display()))
            }
        }
        let name_arg = format!("--name={name}");
        let path_arg = path.to_string_lossy();
        let plain = self.run(&["decrypt", &name_arg, &path_arg, "-"], b"")?;
        decode(name, plain).map(Some)
    }

    fn set(&self, name: &str, value: &Secret) -> Result<()> {
        let sealed = self.encrypt(name, value.expose().as_bytes())?;
        fsutil::create_private_dir(&self.dir)?;
        fsutil::write_atomic(&self.path(name), &sealed, 0o600)
    }

    fn delete(&self, name: &str) -> Result<bool> {
        fsutil::remove_file_durable(&self.path(name))
    }

    fn names(&self) -> Result<Option<Vec<String>>> {
        let mut names: Vec<String> = crate::state::read_dir_names(&self.dir)?
            .into_iter()
            .filter_map(|n| n.strip_suffix(".cred").map(String::from))
            .filter(|n| !n.starts_with('.'))
            .collect();
        names.sort();
        Ok(Some(names))
    }
}

fn decode(name: &str, bytes: Zeroizing<Vec<u8>>) -> Result<Secret> {
    match std::str::from_utf8(&bytes) {
        Ok(s) => Ok(Secret::new(s)),
        Err(_) => Err(user_err(format!("systemd-creds: `{name}` is not UTF-8 text")).into()),
    }
}
