//! Rewriting a line-oriented file in place while its writer may be appending to it.
//!
//! The bot appends to transcripts and logs without a lock. A rewrite therefore streams the file
//! into a temp file without holding anything, then (holding the session store's lock, for
//! transcripts) copies whatever was appended meanwhile, renames the temp file over the original
//! and, after the rename, checks the old file once more: a line the bot appended to the old
//! file in the last instant is appended to the new one. Constant memory in the file size; the
//! lock is held only for the tail, never for the bulk.

use crate::fsutil::AtomicFile;
use crate::state::sessions::StoreLock;
use anyhow::{Context, Result};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

/// How long to wait for the bot to finish a half-written last line.
const TORN_WAIT: Duration = Duration::from_millis(1500);
/// How long to wait for the bot's session-store lock.
pub const LOCK_WAIT: Duration = Duration::from_secs(10);

/// What a rewrite did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Rewritten {
    /// Lines the callback replaced or dropped.
    pub changed: u64,
    /// Lines appended by someone else while the rewrite ran (processed too).
    pub appended: u64,
    /// Whether the file was replaced (false when nothing needed to change).
    pub replaced: bool,
    /// How long the session-store lock was held.
    pub lock_held: Duration,
}

/// What to do with one line (without its newline).
pub enum LineAction {
    Keep,
    Replace(Vec<u8>),
    Drop,
}

/// Rewrite `path` line by line through `f`. With `lock_store`, the tail and the rename happen
/// under that session store's lock. Nothing is written when `f` keeps every line.
pub fn rewrite_lines(
    path: &Path,
    lock_store: Option<&Path>,
    f: &mut dyn FnMut(&[u8]) -> Result<LineAction>,
) -> Result<Rewritten> {
    let mut out = Rewritten::default();
    let mut src = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let meta = src.metadata()?;
    let mode = meta.permissions().mode() & 0o7777;
    let mut tmp = AtomicFile::create(path, mode, Some(&meta))?;
    let mut done;
    {
        let mut w = BufWriter::with_capacity(256 * 1024, tmp.file());
        done = copy_lines(&mut src, 0, &mut w, f, &mut out.changed)?;
        w.flush()?;
    }
    // Flush the bulk now, so the lock is not held while it reaches the disk.
    if out.changed > 0 {
        tmp.file().sync_data()?;
    }
    let lock = lock_store
        .map(|s| StoreLock::acquire(s, LOCK_WAIT))
        .transpose()?;
    // Catch up with appends until the file stops growing and ends on a whole line.
    let deadline = Instant::now() + TORN_WAIT;
    loop {
        let mut w = BufWriter::new(tmp.file());
        let next = copy_lines(&mut src, done, &mut w, f, &mut out.changed)?;
        w.flush()?;
        drop(w);
        out.appended += count_lines_between(&mut src, done, next)?;
        done = next;
        let len = src.metadata()?.len();
        if len == done || Instant::now() >= deadline {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    if out.changed == 0 {
        out.lock_held = lock.as_ref().map(StoreLock::held_for).unwrap_or_default();
        return Ok(out);
    }
    // A torn last line the bot never finished is copied as it is.
    let len = src.metadata()?.len();
    if len > done {
        src.seek(SeekFrom::Start(done))?;
        std::io::copy(&mut (&mut src).take(len - done), tmp.file())?;
        done = len;
    }
    tmp.commit()?;
    out.replaced = true;
    // The bot may have appended to the old file between the last check and the rename.
    let len = src.metadata()?.len();
    if len > done {
        let mut dst = OpenOptions::new().append(true).open(path)?;
        let mut w = BufWriter::new(&mut dst);
        let next = copy_lines(&mut src, done, &mut w, f, &mut out.changed)?;
        w.flush()?;
        drop(w);
        out.appended += count_lines_between(&mut src, done, next)?;
        let len = src.metadata()?.len();
        if len > next {
            src.seek(SeekFrom::Start(next))?;
            std::io::copy(&mut (&mut src).take(len - next), &mut dst)?;
        }
        dst.sync_all()?;
    }
    out.lock_held = lock.as_ref().map(StoreLock::held_for).unwrap_or_default();
    drop(lock);
    Ok(out)
}

/// Process the whole lines of `src` from `from` to its current end through `f` into `w`;
/// returns the offset after the last whole line.
fn copy_lines(
    src: &mut File,
    from: u64,
    w: &mut dyn Write,
    f: &mut dyn FnMut(&[u8]) -> Result<LineAction>,
    changed: &mut u64,
) -> Result<u64> {
    src.seek(SeekFrom::Start(from))?;
    let mut reader = BufReader::with_capacity(256 * 1024, &mut *src);
    let mut buf = Vec::with_capacity(64 * 1024);
    let mut offset = from;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf)?;
        if n == 0 || buf.last() != Some(&b'\n') {
            break;
        }
        offset += n as u64;
        let body_len = buf.len() - 1 - usize::from(buf.len() >= 2 && buf[buf.len() - 2] == b'\r');
        match f(&buf[..body_len])? {
            LineAction::Keep => w.write_all(&buf)?,
            LineAction::Replace(bytes) => {
                *changed += 1;
                w.write_all(&bytes)?;
                w.write_all(&buf[body_len..])?;
            }
            LineAction::Drop => *changed += 1,
        }
    }
    Ok(offset)
}

fn count_lines_between(src: &mut File, from: u64, to: u64) -> Result<u64> {
    if to <= from {
        return Ok(0);
    }
    src.seek(SeekFrom::Start(from))?;
    let mut buf = vec![0u8; (to - from).min(1 << 20) as usize];
    let mut left = to - from;
    let mut lines = 0;
    while left > 0 {
        let want = left.min(buf.len() as u64) as usize;
        src.read_exact(&mut buf[..want])?;
        lines += memchr::memchr_iter(b'\n', &buf[..want]).count() as u64;
        left -= want as u64;
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_lines_and_keeps_untouched_files_as_they_are() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("log.jsonl");
        std::fs::write(&p, "keep 1\ndrop me\nfix me\r\ntorn").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        let mut f = |l: &[u8]| {
            Ok(match l {
                b"drop me" => LineAction::Drop,
                b"fix me" => LineAction::Replace(b"fixed".to_vec()),
                _ => LineAction::Keep,
            })
        };
        let r = rewrite_lines(&p, None, &mut f).unwrap();
        assert_eq!((r.changed, r.replaced), (2, true));
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "keep 1\nfixed\r\ntorn"
        );
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o640
        );
        let r = rewrite_lines(&p, None, &mut f).unwrap();
        assert!(!r.replaced);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn lines_appended_while_rewriting_are_never_lost() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.jsonl");
        let store = dir.path().join("sessions.json");
        let body: String = (0..200_000).map(|i| format!("old {i}\n")).collect();
        std::fs::write(&p, body).unwrap();
        // The "bot": appends one line at a time with open-append-close, like appendFileSync.
        let path = p.clone();
        let bot = std::thread::spawn(move || {
            for i in 0..400 {
                let mut f = OpenOptions::new().append(true).open(&path).unwrap();
                f.write_all(format!("new {i}\n").as_bytes()).unwrap();
                drop(f);
                std::thread::sleep(Duration::from_micros(200));
            }
        });
        let mut f = |l: &[u8]| {
            Ok(if l.ends_with(b"7") && l.starts_with(b"old") {
                LineAction::Replace(b"redacted".to_vec())
            } else {
                LineAction::Keep
            })
        };
        let r = rewrite_lines(&p, Some(&store), &mut f).unwrap();
        bot.join().unwrap();
        assert!(r.replaced);
        assert!(
            !crate::state::sessions::lock_path(&store).exists(),
            "lock released"
        );
        let text = std::fs::read_to_string(&p).unwrap();
        let news: Vec<&str> = text.lines().filter(|l| l.starts_with("new ")).collect();
        assert_eq!(news.len(), 400, "every appended line survives exactly once");
        assert_eq!(text.lines().filter(|l| *l == "redacted").count(), 20_000);
        assert_eq!(text.lines().count(), 200_400);
    }
}
