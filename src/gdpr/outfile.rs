//! The output file of an export: created 0600 under a temporary name in the target directory
//! and moved into place only when complete, so no half-written archive ever carries the real
//! name and an existing file is never replaced without `--force`.

use anyhow::{Context, Result};
use std::fs::File;

/// The output file of an export: written as `.<name>.clawctl-tmp.<pid>` (mode 0600) in the
/// target directory, then moved into place; never a half-written archive under the real name.
/// Without `force` an existing file is never replaced, even one created while the export ran.
pub struct NewFile {
    tmp: std::path::PathBuf,
    dest: std::path::PathBuf,
    force: bool,
    placed: bool,
}

impl NewFile {
    pub fn create(dest: &std::path::Path, force: bool) -> Result<(NewFile, File)> {
        use crate::error::{exit, user_err};
        use std::os::unix::fs::OpenOptionsExt;
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                user_err(format!("--output {} names no file", dest.display())).code(exit::USAGE)
            })?;
        let dir = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        if !dir.is_dir() {
            return Err(user_err(format!(
                "--output {}: directory {} does not exist",
                dest.display(),
                dir.display()
            ))
            .hint("create the directory first, or choose another path")
            .into());
        }
        match std::fs::symlink_metadata(dest) {
            Ok(m) if m.is_dir() => {
                return Err(user_err(format!(
                    "--output {} is a directory; give a file name",
                    dest.display()
                ))
                .into())
            }
            Ok(_) if !force => {
                return Err(
                    user_err(format!("--output {} already exists", dest.display()))
                        .hint("pass --force to overwrite it")
                        .into(),
                )
            }
            _ => {}
        }
        let tmp = dir.join(format!(".{name}.clawctl-tmp.{}", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        let file = std::fs::OpenOptions::new()
            .write(true)
            .read(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)
            .with_context(|| format!("cannot create {}", tmp.display()))?;
        Ok((
            NewFile {
                tmp,
                dest: dest.to_path_buf(),
                force,
                placed: false,
            },
            file,
        ))
    }

    /// fsync and move the finished file to its name.
    pub fn place(mut self, file: File) -> Result<()> {
        file.sync_all()?;
        drop(file);
        if self.force {
            std::fs::rename(&self.tmp, &self.dest)
                .with_context(|| format!("cannot write {}", self.dest.display()))?;
        } else {
            std::fs::hard_link(&self.tmp, &self.dest).map_err(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    crate::error::user_err(format!(
                        "--output {} was created while the export ran",
                        self.dest.display()
                    ))
                    .hint("pass --force to overwrite it")
                    .into()
                } else {
                    anyhow::Error::new(e).context(format!("cannot write {}", self.dest.display()))
                }
            })?;
            std::fs::remove_file(&self.tmp)?;
        }
        self.placed = true;
        if let Some(dir) = self.dest.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::fsutil::sync_dir(dir)?;
        }
        Ok(())
    }
}

impl Drop for NewFile {
    fn drop(&mut self) {
        if !self.placed {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}
