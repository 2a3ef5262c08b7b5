//! The run lock: `<state>/clawctl/retention.lock`, held with `flock(LOCK_EX | LOCK_NB)` for
//! the whole of `retention enforce`, so overlapping cron or timer runs are harmless: the second
//! one exits at once with exit code 5. The kernel releases the lock when the process dies, so a
//! killed run never leaves a stale lock behind. The file stays; it holds the holder's pid.

use crate::error::{exit, user_err};
use anyhow::{Context, Result};
use std::fs::File;
use std::io::{Read, Seek, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::AsRawFd;
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
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .with_context(|| format!("opening {}", path.display()))?;
        // SAFETY: flock on a valid open descriptor has no memory-safety preconditions.
        let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if rc != 0 {
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() != Some(libc::EWOULDBLOCK) {
                return Err(err).with_context(|| format!("locking {}", path.display()));
            }
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
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
        }
        file.set_len(0)?;
        file.rewind()?;
        writeln!(file, "{}", std::process::id())?;
        Ok(RunLock { _file: file, path })
    }
}
