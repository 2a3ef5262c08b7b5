//! One way to read a transcript's entries from a resume point, whichever layout holds it: JSONL
//! files are read as raw lines and deserialized straight into [`Entry`] (the fast path, whole or
//! skimmed for a cost-only run);
//! transcripts in the bot's own database come through the layout's [`EventStream`].

use super::entry::{self, Entry};
use crate::state::events::{EventSource, EventStream, Resume, Transcript};
use crate::state::transcript::{ReadStats, TranscriptReader};
use anyhow::Result;

/// How a line becomes an [`Entry`]: [`entry::parse`], or [`entry::parse_costs`].
pub type Parse = fn(&[u8]) -> Result<Entry, String>;

pub enum Reader<'a> {
    Lines(TranscriptReader, Parse),
    Events(Box<dyn EventStream + 'a>),
}

impl<'a> Reader<'a> {
    pub fn open(
        source: &'a dyn EventSource,
        t: &Transcript,
        from: Resume,
        parse: Parse,
    ) -> Result<Reader<'a>> {
        Ok(if t.in_bot_database() {
            Reader::Events(source.open(t, from)?)
        } else {
            Reader::Lines(
                TranscriptReader::open_at(&t.location, from.offset, from.line)?,
                parse,
            )
        })
    }

    /// The next usable entry and its line number (or seq); unusable lines are counted in
    /// [`Reader::stats`] and skipped.
    pub fn next_entry(&mut self) -> Result<Option<(u64, Entry)>> {
        match self {
            Reader::Lines(r, parse) => loop {
                let (number, parsed) = match r.next_raw()? {
                    Some(raw) => (raw.number, parse(raw.bytes)),
                    None => return Ok(None),
                };
                match parsed {
                    Ok(e) => return Ok(Some((number, e))),
                    Err(reason) => r.malformed(number, reason),
                }
            },
            Reader::Events(s) => Ok(s.next_event()?.map(|ev| {
                let mut e = entry::from_value(&ev.value);
                if e.timestamp.is_none() {
                    e.timestamp = ev.created_at;
                }
                (ev.position.ordinal().max(0) as u64, e)
            })),
        }
    }

    /// Where the next run resumes.
    pub fn resume(&self) -> Resume {
        match self {
            Reader::Lines(r, _) => Resume {
                offset: r.offset(),
                line: r.line_number(),
            },
            Reader::Events(s) => s.resume(),
        }
    }

    pub fn stats(&self) -> &ReadStats {
        match self {
            Reader::Lines(r, _) => &r.stats,
            Reader::Events(s) => s.stats(),
        }
    }
}
