//! [`EventSource`] over the file layout: `sessions.json` stores and JSONL transcript files,
//! read with the streaming [`TranscriptReader`].

use super::{Event, EventSource, EventStream, Origin, Position, Resume, Stat, Transcript};
use crate::state::sessions::{self, SessionEntry};
use crate::state::transcript::{Problem, ReadStats, TranscriptReader};
use crate::state::{Layout, StateDir, TranscriptFile};
use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// How many leading bytes identify a file's content.
pub const HEAD_BYTES: u64 = 4096;

pub struct JsonlSource {
    state: StateDir,
}

impl JsonlSource {
    pub fn new(state: StateDir) -> JsonlSource {
        JsonlSource { state }
    }

    /// The file-layout view of one transcript file.
    pub fn transcript(&self, f: TranscriptFile) -> Result<Transcript> {
        let meta = std::fs::metadata(&f.path)
            .with_context(|| format!("cannot stat {}", f.path.display()))?;
        let source = f
            .path
            .strip_prefix(&self.state.root)
            .unwrap_or(&f.path)
            .to_string_lossy()
            .into_owned();
        Ok(Transcript {
            agent: f.agent,
            session_id: f.session_id,
            session_key: None,
            topic: f.topic,
            kind: f.kind,
            source,
            location: f.path,
            bytes: f.bytes,
            events: None,
            stat: file_stat(&meta),
            origin: Origin::File,
        })
    }
}

/// `dev:inode`, size and mtime (ms) of a file.
pub fn file_stat(meta: &std::fs::Metadata) -> Stat {
    Stat {
        file_id: format!("{}:{}", meta.dev(), meta.ino()),
        size: meta.len(),
        mtime: meta.mtime() * 1000 + meta.mtime_nsec() / 1_000_000,
    }
}

/// sha256 (hex) of the first min(4 KiB, `limit`) bytes of a file.
pub fn file_head_hash(path: &Path, limit: u64) -> Result<String> {
    let f = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut buf = Vec::new();
    f.take(limit.min(HEAD_BYTES)).read_to_end(&mut buf)?;
    Ok(hex::encode(Sha256::digest(&buf)))
}

impl EventSource for JsonlSource {
    fn layout(&self) -> Layout {
        Layout::File
    }

    fn agents(&self) -> Result<Vec<String>> {
        self.state.agents()
    }

    fn sessions(&self, agent: &str) -> Result<(Vec<SessionEntry>, Vec<Problem>)> {
        Ok((
            sessions::load(&self.state.sessions_store(agent))?,
            Vec::new(),
        ))
    }

    fn transcripts(&self, agent: &str) -> Result<Vec<Transcript>> {
        let mut out = Vec::new();
        for f in self.state.transcripts(agent)? {
            // A file removed between listing and stat is simply gone.
            if f.path.is_file() {
                out.push(self.transcript(f)?);
            }
        }
        Ok(out)
    }

    fn open(&self, t: &Transcript, from: Resume) -> Result<Box<dyn EventStream + '_>> {
        Ok(Box::new(LineStream(TranscriptReader::open_at(
            &t.location,
            from.offset,
            from.line,
        )?)))
    }

    fn head_hash(&self, t: &Transcript, upto: Resume) -> Result<String> {
        file_head_hash(&t.location, upto.offset)
    }

    fn unread_bytes(&self, t: &Transcript, from: Resume) -> Result<u64> {
        Ok(t.bytes.saturating_sub(from.offset))
    }

    fn warnings(&self) -> Vec<String> {
        Vec::new()
    }
}

/// A [`TranscriptReader`] as an [`EventStream`].
pub struct LineStream(pub TranscriptReader);

impl EventStream for LineStream {
    fn next_event(&mut self) -> Result<Option<Event>> {
        Ok(self.0.next_line()?.map(|l| Event {
            position: Position::Line {
                number: l.number,
                offset: l.offset,
            },
            created_at: None,
            value: l.value,
        }))
    }

    fn resume(&self) -> Resume {
        Resume {
            offset: self.0.offset(),
            line: self.0.line_number(),
        }
    }

    fn stats(&self) -> &ReadStats {
        &self.0.stats
    }
}
