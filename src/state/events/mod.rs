//! One interface over transcript events in either state layout.
//!
//! The file layout keeps each transcript in a JSONL file; the SQLite layout (OpenClaw 2026.7.2+)
//! keeps the same event JSON as rows of `transcript_events`. Everything that reads transcripts
//! (sync, cost, budgets, users, metrics, health) goes through [`EventSource`], so it is written
//! once: a source lists agents, their sessions (as `sessions.json` entries) and their
//! [`Transcript`]s, and opens an [`EventStream`] over one transcript from a [`Resume`] point,
//! yielding each event as the same `serde_json::Value` a JSONL line parses to.
//!
//! Positions differ by layout — a line number and byte offset, or a `seq` — but a resume point
//! is two numbers either way (`offset`, `line`), so one `sync_cursors` row keeps it.

pub mod jsonl;
pub mod sqlite;

use crate::state::sessions::SessionEntry;
use crate::state::transcript::{Problem, ReadStats};
use crate::state::{Layout, StateDir, TranscriptKind};
use anyhow::Result;
use serde_json::Value;
use std::path::PathBuf;

/// One transcript: a JSONL file, one session's rows in an agent database, or an archived
/// transcript stored in one.
#[derive(Debug, Clone)]
pub struct Transcript {
    pub agent: String,
    pub session_id: String,
    /// The session key when the source knows it (SQLite windows); otherwise look the session id
    /// up in [`EventSource::sessions`].
    pub session_key: Option<String>,
    pub topic: Option<String>,
    pub kind: TranscriptKind,
    /// Stable key for `sync_cursors.source`: the path relative to the state directory, or
    /// `sqlite:<agent>:<session_id>` (`sqlite:<agent>:archive:<session_id>:<generation>`).
    pub source: String,
    /// The file, or the database that holds the rows.
    pub location: PathBuf,
    /// Size in bytes: of the file, or of the stored archive; 0 for rows (see `events`).
    pub bytes: u64,
    /// How many events it holds, when that is known without reading it (rows).
    pub events: Option<u64>,
    /// What tells a changed transcript from an unchanged one.
    pub stat: Stat,
    pub(crate) origin: Origin,
}

impl Transcript {
    /// `file` for messages and `source_file` columns: the path relative to the state directory,
    /// with `:<session_id>` appended for database rows.
    pub fn display(&self, state: &StateDir) -> String {
        let rel = self
            .location
            .strip_prefix(&state.root)
            .unwrap_or(&self.location)
            .display()
            .to_string();
        match &self.origin {
            Origin::File => rel,
            Origin::Rows => format!("{rel}:{}", self.session_id),
            Origin::Archive { generation } => {
                format!("{rel}:archive:{}:{generation}", self.session_id)
            }
        }
    }

    /// True for events that live in the bot's own database (the gateway owns them: clawctl
    /// never changes them).
    pub fn in_bot_database(&self) -> bool {
        !matches!(self.origin, Origin::File)
    }
}

/// Where a transcript's events come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Origin {
    File,
    Rows,
    Archive { generation: String },
}

/// Change detection, as `sync_cursors` stores it. Files: `dev:inode`, size and mtime. Rows:
/// the rewrite generation (`gen:<g>`), the next seq after the last row (`size`) and the row
/// count (`mtime`). A transcript whose `file_id`, `size` and `mtime` equal the cursor's has
/// not changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stat {
    pub file_id: String,
    pub size: u64,
    pub mtime: i64,
}

/// Where an event sits in its transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// A JSONL line: 1-based number and the byte offset where it starts.
    Line { number: u64, offset: u64 },
    /// A `transcript_events` row.
    Seq(i64),
}

impl Position {
    /// The line number or the seq: what goes into `source_line`.
    pub fn ordinal(&self) -> i64 {
        match *self {
            Position::Line { number, .. } => number as i64,
            Position::Seq(seq) => seq,
        }
    }
}

/// One event of a transcript.
#[derive(Debug)]
pub struct Event {
    pub position: Position,
    /// When the bot stored it (rows only; lines carry `timestamp` in the value).
    pub created_at: Option<i64>,
    pub value: Value,
}

/// Where a read resumes: files — the byte offset after the last complete line and the number
/// of lines before it; rows — the first seq not read yet and the number of rows read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Resume {
    pub offset: u64,
    pub line: u64,
}

impl Resume {
    pub const START: Resume = Resume { offset: 0, line: 0 };
}

/// The events of one transcript, in order.
pub trait EventStream {
    /// The next well-formed event; malformed ones are counted in [`EventStream::stats`].
    fn next_event(&mut self) -> Result<Option<Event>>;
    /// Where the next run resumes.
    fn resume(&self) -> Resume;
    fn stats(&self) -> &ReadStats;
}

/// Transcripts and sessions of a state directory, in whichever layout it has.
pub trait EventSource {
    fn layout(&self) -> Layout;
    /// Agent ids, sorted.
    fn agents(&self) -> Result<Vec<String>>;
    /// The agent's sessions as `sessions.json` entries (with problems reading them).
    fn sessions(&self, agent: &str) -> Result<(Vec<SessionEntry>, Vec<Problem>)>;
    /// Every transcript of the agent, live ones and leftovers, in a stable order.
    fn transcripts(&self, agent: &str) -> Result<Vec<Transcript>>;
    /// Read a transcript from `from` on.
    fn open(&self, transcript: &Transcript, from: Resume) -> Result<Box<dyn EventStream + '_>>;
    /// sha256 (hex) of the start of a transcript, up to `upto`: a replaced transcript has a
    /// different head. Files hash their first min(4 KiB, offset) bytes; rows their first event.
    fn head_hash(&self, transcript: &Transcript, upto: Resume) -> Result<String>;
    /// Bytes of the transcript's events after `from`, as JSON text: what `sync` has not read
    /// yet (health's ingest lag). Files: the size beyond the offset; rows: their decoded size.
    fn unread_bytes(&self, transcript: &Transcript, from: Resume) -> Result<u64>;
    /// Things the operator should know (untested schema versions).
    fn warnings(&self) -> Vec<String>;
}

/// The source for a state directory's layout.
pub fn open(state: &StateDir) -> Result<Box<dyn EventSource>> {
    Ok(match state.layout {
        Layout::File => Box::new(jsonl::JsonlSource::new(state.clone())),
        Layout::Sqlite => Box::new(sqlite::SqliteSource::open(state.clone())?),
    })
}

/// Totals of a full read, for reports and tests.
#[derive(Debug, Default, Clone)]
pub struct ScanStats {
    pub transcripts: u64,
    pub events: u64,
    pub malformed: u64,
    pub problems: Vec<Problem>,
}

/// Read every event of every transcript (of one agent, or all), calling `f` for each.
pub fn scan(
    source: &dyn EventSource,
    agent: Option<&str>,
    mut f: impl FnMut(&Transcript, &Event) -> Result<()>,
) -> Result<ScanStats> {
    let mut stats = ScanStats::default();
    let agents = match agent {
        Some(a) => vec![a.to_string()],
        None => source.agents()?,
    };
    for agent in agents {
        for t in source.transcripts(&agent)? {
            stats.transcripts += 1;
            let mut stream = source.open(&t, Resume::START)?;
            while let Some(event) = stream.next_event()? {
                stats.events += 1;
                f(&t, &event)?;
            }
            let s = stream.stats();
            stats.malformed += s.malformed;
            stats.problems.extend(s.problems.iter().cloned());
        }
    }
    Ok(stats)
}
