//! File operations that never leave a half-written file: temp file in the same directory,
//! fsync, rename, fsync the directory. Every command that changes a file goes through here.

use anyhow::{Context, Result};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Atomically replace `path` with `bytes`, with the given permission bits.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    write_atomic_with(path, mode, |f| {
        f.write_all(bytes)
            .with_context(|| format!("writing {}", path.display()))
    })
}

/// Atomically replace `path` with what `fill` writes into the temp file (for content too
/// large to hold in memory, such as archives).
pub fn write_atomic_with(
    path: &Path,
    mode: u32,
    fill: impl FnOnce(&mut File) -> Result<()>,
) -> Result<()> {
    let dir = parent_dir(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.clawctl-tmp.{}", std::process::id()));
    let result = (|| -> Result<()> {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&tmp)
            .with_context(|| format!("creating temporary file {}", tmp.display()))?;
        f.set_permissions(fs::Permissions::from_mode(mode))?;
        fill(&mut f)?;
        f.sync_all()
            .with_context(|| format!("syncing {}", tmp.display()))?;
        fs::rename(&tmp, path).with_context(|| format!("replacing {}", path.display()))?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Remove a file and fsync its directory. A file that is already gone is not an error.
pub fn remove_file_durable(path: &Path) -> Result<bool> {
    match fs::remove_file(path) {
        Ok(()) => {
            sync_dir(parent_dir(path))?;
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e).with_context(|| format!("removing {}", path.display())),
    }
}

/// fsync a directory so a rename or unlink in it survives a crash.
pub fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .with_context(|| format!("syncing directory {}", dir.display()))
}

/// Create a directory (and parents) with mode 0700 for clawctl's private data.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    if !dir.exists() {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("creating directory {}", dir.display()))?;
    }
    Ok(())
}

/// Open (creating, 0600) `path` and take `flock(LOCK_EX | LOCK_NB)` on it: `None` while another
/// process holds it. The kernel releases the lock when the file is closed or the process dies,
/// so a killed holder never leaves a stale lock.
pub fn try_lock_exclusive(path: &Path) -> Result<Option<File>> {
    use std::os::unix::io::AsRawFd;
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    // SAFETY: flock on a valid open descriptor has no memory-safety preconditions.
    if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
        return Ok(Some(file));
    }
    let err = std::io::Error::last_os_error();
    if err.raw_os_error() == Some(libc::EWOULDBLOCK) {
        return Ok(None);
    }
    Err(err).with_context(|| format!("locking {}", path.display()))
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

use std::os::unix::fs::DirBuilderExt;

/// A replacement for `path` written as a stream (for files too large to hold in memory): a
/// temp file in the same directory with the original's mode and owner, fsynced and renamed
/// over `path` by [`AtomicFile::commit`]. Dropped without commit, the temp file is removed.
pub struct AtomicFile {
    path: std::path::PathBuf,
    tmp: std::path::PathBuf,
    file: Option<File>,
}

impl AtomicFile {
    /// Start a replacement for `path` with permission bits `mode`, owned like `like` when given
    /// (so a rewrite run as root leaves the bot's file writable by the bot).
    pub fn create(path: &Path, mode: u32, like: Option<&fs::Metadata>) -> Result<AtomicFile> {
        let dir = parent_dir(path);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.clawctl-tmp.{}", std::process::id()));
        let _ = fs::remove_file(&tmp);
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&tmp)
            .with_context(|| format!("creating temporary file {}", tmp.display()))?;
        file.set_permissions(fs::Permissions::from_mode(mode))?;
        if let Some(meta) = like {
            use std::os::unix::fs::MetadataExt;
            // Only root can give a file away; for everyone else this is a no-op or EPERM.
            let _ = std::os::unix::fs::fchown(&file, Some(meta.uid()), Some(meta.gid()));
        }
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp,
            file: Some(file),
        })
    }

    /// The temp file, for writing.
    pub fn file(&mut self) -> &mut File {
        self.file.as_mut().expect("open until commit")
    }

    /// fsync the temp file, rename it over the target and fsync the directory.
    pub fn commit(mut self) -> Result<()> {
        let file = self.file.take().expect("open until commit");
        file.sync_all()
            .with_context(|| format!("syncing {}", self.tmp.display()))?;
        drop(file);
        fs::rename(&self.tmp, &self.path)
            .with_context(|| format!("replacing {}", self.path.display()))?;
        sync_dir(parent_dir(&self.path))
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.is_some() {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_sets_mode() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.json");
        fs::write(&p, "old").unwrap();
        write_atomic(&p, b"new", 0o600).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "new");
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp file left"
        );
        assert!(!remove_file_durable(&dir.path().join("missing")).unwrap());
    }
}
