//! File-permission findings: the state dir and credentials dir should be 0700, every file
//! that holds secrets 0600, and transcripts not group/world-readable. `--fix-perms` fixes
//! them (removing group/other bits only; owner bits stay).

use super::locations;
use crate::state::{walk_files, StateDir};
use anyhow::{Context, Result};
use serde::Serialize;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize)]
pub struct PermFinding {
    pub path: PathBuf,
    /// What the file is (`state dir`, `config`, `transcript`, …).
    pub what: &'static str,
    pub mode: String,
    pub expected: String,
    pub fixed: bool,
    #[serde(skip)]
    mode_bits: u32,
    #[serde(skip)]
    mask: u32,
}

impl PermFinding {
    /// Remove the offending bits.
    pub fn fix(&mut self) -> Result<()> {
        let new = self.mode_bits & !self.mask;
        std::fs::set_permissions(&self.path, std::fs::Permissions::from_mode(new))
            .with_context(|| format!("cannot chmod {}", self.path.display()))?;
        self.fixed = true;
        Ok(())
    }
}

fn check(out: &mut Vec<PermFinding>, path: &Path, what: &'static str, mask: u32) {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return;
    };
    if meta.file_type().is_symlink() {
        return;
    }
    let bits = meta.permissions().mode() & 0o7777;
    if bits & mask != 0 {
        let expected = bits & !mask;
        out.push(PermFinding {
            path: path.to_path_buf(),
            what,
            mode: format!("{bits:04o}"),
            expected: format!("{expected:04o}"),
            fixed: false,
            mode_bits: bits,
            mask,
        });
    }
}

/// Every permission problem in the state directory.
pub fn findings(state: &StateDir) -> Result<Vec<PermFinding>> {
    let mut out = Vec::new();
    let private = 0o077;
    check(&mut out, &state.root, "state dir", private);
    for (_, p) in locations::config_files(state).unwrap_or_default() {
        check(&mut out, &p, "config", private);
    }
    if let Some(cfg) = &state.config_path {
        for bak in locations::config_backups(cfg)? {
            check(&mut out, &bak, "config backup", private);
        }
    }
    check(&mut out, &state.root.join(".env"), "dotenv", private);
    for file in ["auth-profiles.json", "models.json"] {
        for (_, p) in locations::agent_files(state, file)? {
            check(&mut out, &p, file.trim_end_matches(".json"), private);
        }
    }
    let creds = state.root.join("credentials");
    check(&mut out, &creds, "credentials dir", private);
    let mut files = Vec::new();
    walk_files(&creds, &mut |p, _| files.push(p.to_path_buf()))?;
    for f in files {
        check(&mut out, &f, "credentials", private);
    }
    for agent in state.agents()? {
        check(
            &mut out,
            &state.sessions_store(&agent),
            "session store",
            private,
        );
        for t in state.transcripts(&agent)? {
            check(&mut out, &t.path, "transcript", 0o044);
        }
    }
    let clawctl = state.clawctl_dir();
    check(
        &mut out,
        &clawctl.join("secrets.json"),
        "clawctl secrets index",
        private,
    );
    let mut files = Vec::new();
    walk_files(&clawctl.join("credentials"), &mut |p, _| {
        files.push(p.to_path_buf())
    })?;
    for f in files {
        check(&mut out, &f, "encrypted credential", private);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_fixes_open_modes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("s");
        std::fs::create_dir(&root).unwrap();
        std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::write(root.join(".env"), "A=1").unwrap();
        std::fs::set_permissions(root.join(".env"), std::fs::Permissions::from_mode(0o644))
            .unwrap();
        let state = StateDir::new(root.clone(), "test".into(), None);
        let mut f = findings(&state).unwrap();
        let whats: Vec<&str> = f.iter().map(|x| x.what).collect();
        assert_eq!(whats, ["state dir", "dotenv"]);
        assert_eq!(
            (f[1].mode.as_str(), f[1].expected.as_str()),
            ("0644", "0600")
        );
        for x in &mut f {
            x.fix().unwrap();
        }
        assert!(findings(&state).unwrap().is_empty());
    }
}
