//! The bot's transcripts as whole lines, in either state layout, for the GDPR passes.
//!
//! The census, `user show` and `user export` decide whose each line is from its bytes first
//! (see [`lines`](super::lines)), so they read transcripts as raw lines. A JSONL file is read as
//! it is; a transcript in the bot's database (OpenClaw 2026.7.2+) is read through the same
//! [`EventSource`] that `sync` uses, each event serialized back into the line the file layout
//! would hold. Rows are fetched a page at a time, so memory stays flat whatever the session's
//! length, and the bot's databases are only ever opened read-only.

use super::lines::RawLines;
use super::person::Person;
use crate::state::events::{self, EventSource, Resume, Transcript};
use crate::state::StateDir;
use anyhow::Result;
use std::collections::VecDeque;
use std::io::Read;
use std::rc::Rc;

/// Events fetched from the bot's database at a time.
const PAGE: usize = 512;

/// The transcript source of one state directory, shared by everything that reads it during one
/// command.
#[derive(Clone)]
pub struct Transcripts(Rc<dyn EventSource>);

impl std::fmt::Debug for Transcripts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Transcripts({:?})", self.0.layout())
    }
}

impl Transcripts {
    pub fn open(state: &StateDir) -> Result<Transcripts> {
        Ok(Transcripts(Rc::from(events::open(state)?)))
    }

    pub fn source(&self) -> &dyn EventSource {
        self.0.as_ref()
    }

    /// The whole lines of a transcript, in order.
    pub fn lines(&self, t: &Transcript) -> Result<TranscriptLines> {
        Ok(if t.in_bot_database() {
            TranscriptLines::Rows(Box::new(RowLines {
                source: self.0.clone(),
                transcript: t.clone(),
                resume: Resume::START,
                page: VecDeque::new(),
                current: Vec::new(),
                done: false,
            }))
        } else {
            TranscriptLines::File(RawLines::open(&t.location)?)
        })
    }

    /// Occurrences of the person's ids in a transcript.
    pub fn count_mentions(&self, t: &Transcript, person: &Person) -> Result<usize> {
        if !t.in_bot_database() {
            return Ok(person.count_in_file(&t.location)?);
        }
        let mut lines = self.lines(t)?;
        let mut n = 0;
        while let Some(raw) = lines.next()? {
            n += person.count_in(raw);
        }
        Ok(n)
    }
}

/// Whole lines of one transcript, without their newline.
pub enum TranscriptLines {
    /// A JSONL file; a torn last line (the bot mid-write) is not returned.
    File(RawLines),
    /// Rows of `transcript_events`, one event a line; undecodable rows are skipped.
    Rows(Box<RowLines>),
}

impl TranscriptLines {
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<&[u8]>> {
        match self {
            TranscriptLines::File(lines) => lines.next(),
            TranscriptLines::Rows(rows) => rows.next(),
        }
    }

    /// The lines as a byte stream, each ending in `\n` (for copying a transcript whole).
    pub fn into_reader(self) -> LinesReader {
        LinesReader {
            lines: self,
            pending: Vec::new(),
            at: 0,
        }
    }
}

pub struct RowLines {
    source: Rc<dyn EventSource>,
    transcript: Transcript,
    resume: Resume,
    page: VecDeque<Vec<u8>>,
    current: Vec<u8>,
    done: bool,
}

impl RowLines {
    fn next(&mut self) -> Result<Option<&[u8]>> {
        if self.page.is_empty() && !self.done {
            self.fill()?;
        }
        match self.page.pop_front() {
            Some(line) => {
                self.current = line;
                Ok(Some(&self.current))
            }
            None => Ok(None),
        }
    }

    /// The next page of events, from where the last one ended.
    fn fill(&mut self) -> Result<()> {
        let mut stream = self.source.open(&self.transcript, self.resume)?;
        for _ in 0..PAGE {
            match stream.next_event()? {
                Some(e) => self.page.push_back(serde_json::to_vec(&e.value)?),
                None => {
                    self.done = true;
                    break;
                }
            }
        }
        self.resume = stream.resume();
        Ok(())
    }
}

/// [`TranscriptLines`] as a [`Read`]er of newline-terminated lines.
pub struct LinesReader {
    lines: TranscriptLines,
    pending: Vec<u8>,
    at: usize,
}

impl Read for LinesReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.pending.len() {
            self.pending.clear();
            self.at = 0;
            match self.lines.next().map_err(std::io::Error::other)? {
                Some(line) => {
                    self.pending.extend_from_slice(line);
                    self.pending.push(b'\n');
                }
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}
