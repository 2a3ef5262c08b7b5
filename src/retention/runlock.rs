//! The run lock: `<state>/clawctl/retention.lock`, held with `flock(LOCK_EX | LOCK_NB)` for
//! the whole of `retention enforce`, so overlapping cron or timer runs are harmless: the second
//! one exits at once with exit code 5. The kernel releases the lock when the process dies, so a
//! killed run never leaves a stale lock behind. The file stays; it holds the holder's pid.

use crate::error::{exit, user_err};
use anyhow::Result;
use std::fs::File;
use std::io::{Seek, Write};
use std::path::{Path, PathBuf};

/// A held run lock; released when dropped (or when the process exits).
#[derive(Debug)]
pub struct RunLock {
    _file: File,
    pub path: PathBuf,
}

impl RunLock {
    /// Take the lock or fail at once with exit code 5.
    pub fn acquire(clawctl_dir: &Path) -> Result<RunLock> {
        crate::fsutil::create_private_dir(clawctl_dir)?;
        let path = clawctl_dir.join("retention.lock");
        let Some(mut file) = crate::fsutil::try_lock_exclusive(&path)? else {
            let holder = std::fs::read_to_string(&path).unwrap_or_default();
            let pid = holder.trim();
            let by = if pid.is_empty() {
                String::new()
            } else {
                format!(" (pid {pid})")
            };
            return Err(user_err(format!(
                "another retention enforce is running{by}: {} is locked",
                path.display()
            ))
            .code(exit::LOCKED)
            .into());
        };
        file.set_len(0)?;
        file.rewind()?;
        writeln!(file, "{}", std::process::id())?;
        Ok(RunLock { _file: file, path })
    }
}
