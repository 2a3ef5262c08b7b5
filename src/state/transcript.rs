//! Streaming reader for transcript JSONL files.
//!
//! Transcripts can be hundreds of MB with single lines over 1 MB, and the live bot may be in the
//! middle of appending. The reader holds one line at a time (constant memory in the file size),
//! can start at a byte offset (incremental sync), leaves a torn last line (no trailing newline)
//! unread for the next run, and counts malformed lines with their `file:line` instead of failing.

use anyhow::{Context, Result};
use serde_json::Value;
use std::fs::File;
use std::io::{BufRead, BufReader, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// How many malformed-line locations are kept for reporting (all are counted).
const MAX_PROBLEMS_KEPT: usize = 20;

/// One parsed line.
#[derive(Debug)]
pub struct Line {
    /// 1-based line number in the file.
    pub number: u64,
    /// Byte offset where the line starts.
    pub offset: u64,
    pub value: Value,
}

/// A line that could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub file: PathBuf,
    pub line: u64,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.reason)
    }
}

/// What a read saw besides the good lines.
#[derive(Debug, Default, Clone)]
pub struct ReadStats {
    pub lines: u64,
    pub malformed: u64,
    pub problems: Vec<Problem>,
    /// The file ended without a newline: the last line is left for the next read.
    pub torn_tail: bool,
}

pub struct TranscriptReader {
    path: PathBuf,
    reader: Box<dyn BufRead>,
    offset: u64,
    line_no: u64,
    buf: Vec<u8>,
    pub stats: ReadStats,
}

impl TranscriptReader {
    pub fn open(path: &Path) -> Result<TranscriptReader> {
        Self::open_at(path, 0, 0)
    }

    /// Resume at byte `offset`, which is the start of line `lines_before + 1`.
    pub fn open_at(path: &Path, offset: u64, lines_before: u64) -> Result<TranscriptReader> {
        let mut file = File::open(path)
            .with_context(|| format!("cannot open transcript {}", path.display()))?;
        if offset > 0 {
            file.seek(SeekFrom::Start(offset))?;
        }
        Ok(TranscriptReader {
            path: path.to_path_buf(),
            reader: Box::new(BufReader::with_capacity(256 * 1024, file)),
            offset,
            line_no: lines_before,
            buf: Vec::with_capacity(64 * 1024),
            stats: ReadStats::default(),
        })
    }

    /// Read JSON Lines held in memory (an archived transcript stored in a database) from byte
    /// `offset`, the start of line `lines_before + 1`; `label` names it in problems.
    pub fn from_bytes(
        label: &Path,
        bytes: Vec<u8>,
        offset: u64,
        lines_before: u64,
    ) -> TranscriptReader {
        let mut cursor = std::io::Cursor::new(bytes);
        cursor.set_position(offset);
        TranscriptReader {
            path: label.to_path_buf(),
            reader: Box::new(cursor),
            offset,
            line_no: lines_before,
            buf: Vec::with_capacity(64 * 1024),
            stats: ReadStats::default(),
        }
    }

    /// Byte offset just after the last complete line read (where the next run resumes).
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Number of complete lines consumed so far (including those before the start offset).
    pub fn line_number(&self) -> u64 {
        self.line_no
    }

    /// The next well-formed JSON line, skipping (and counting) malformed ones.
    pub fn next_line(&mut self) -> Result<Option<Line>> {
        loop {
            let (number, offset, parsed) = {
                let Some(raw) = self.next_raw()? else {
                    return Ok(None);
                };
                let parsed = match serde_json::from_slice::<Value>(raw.bytes) {
                    Ok(value) if value.is_object() => Ok(value),
                    Ok(_) => Err("not a JSON object".to_string()),
                    Err(e) => Err(parse_problem(raw.bytes, &e)),
                };
                (raw.number, raw.offset, parsed)
            };
            match parsed {
                Ok(value) => {
                    return Ok(Some(Line {
                        number,
                        offset,
                        value,
                    }))
                }
                Err(reason) => self.malformed(number, reason),
            }
        }
    }

    /// The next complete, non-empty line as bytes (without the line end), for callers that
    /// deserialize into their own types; they report lines they cannot use with
    /// [`Self::malformed`].
    pub fn next_raw(&mut self) -> Result<Option<RawLine<'_>>> {
        loop {
            self.buf.clear();
            let n = self
                .reader
                .read_until(b'\n', &mut self.buf)
                .with_context(|| format!("reading {}", self.path.display()))?;
            if n == 0 {
                return Ok(None);
            }
            if self.buf.last() != Some(&b'\n') {
                self.stats.torn_tail = true;
                return Ok(None);
            }
            let start = self.offset;
            self.offset += n as u64;
            self.line_no += 1;
            if trim_line(&self.buf).is_empty() {
                continue;
            }
            self.stats.lines += 1;
            return Ok(Some(RawLine {
                number: self.line_no,
                offset: start,
                bytes: trim_line(&self.buf),
            }));
        }
    }

    /// Count line `number` as malformed (its location is kept for the first few).
    pub fn malformed(&mut self, number: u64, reason: String) {
        self.stats.malformed += 1;
        if self.stats.problems.len() < MAX_PROBLEMS_KEPT {
            self.stats.problems.push(Problem {
                file: self.path.clone(),
                line: number,
                reason,
            });
        }
    }
}

/// A raw line from [`TranscriptReader::next_raw`].
pub struct RawLine<'a> {
    /// 1-based line number.
    pub number: u64,
    /// Byte offset where the line starts.
    pub offset: u64,
    pub bytes: &'a [u8],
}

/// Why a line is not JSON, as reported.
pub fn parse_problem(bytes: &[u8], e: &serde_json::Error) -> String {
    if std::str::from_utf8(bytes).is_err() {
        format!("not UTF-8 text ({e})")
    } else {
        format!("malformed JSON: {e}")
    }
}

fn trim_line(buf: &[u8]) -> &[u8] {
    let mut end = buf.len();
    while end > 0 && matches!(buf[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &buf[..end]
}

/// The `message` object of a `type: "message"` line.
pub fn message(line: &Value) -> Option<&Value> {
    (line.get("type")?.as_str()? == "message")
        .then(|| line.get("message"))
        .flatten()
}

/// All text of a message's `content` (a string, or `text` items of an array), joined by newlines.
pub fn message_text(message: &Value) -> String {
    match message.get("content") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .filter(|i| i.get("type").and_then(Value::as_str) == Some("text"))
            .filter_map(|i| i.get("text").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn counts_malformed_lines_and_leaves_torn_tail() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.jsonl");
        let mut f = File::create(&p).unwrap();
        f.write_all(b"{\"type\":\"session\"}\n\xff\xfe garbage\n{\"a\":1}\n\n[1]\n{\"torn\":")
            .unwrap();
        let mut r = TranscriptReader::open(&p).unwrap();
        let mut got = Vec::new();
        while let Some(l) = r.next_line().unwrap() {
            got.push(l.number);
        }
        assert_eq!(got, [1, 3]);
        assert_eq!(r.stats.malformed, 2);
        assert_eq!(r.stats.problems[0].line, 2);
        assert!(r.stats.problems[0].reason.contains("UTF-8"));
        assert!(r.stats.torn_tail);
        let resume = r.offset();
        // The bot finishes the line; a reader resuming at the offset sees it as line 6.
        let mut f = std::fs::OpenOptions::new().append(true).open(&p).unwrap();
        f.write_all(b"1}\n").unwrap();
        let mut r = TranscriptReader::open_at(&p, resume, 5).unwrap();
        let line = r.next_line().unwrap().unwrap();
        assert_eq!((line.number, line.value["torn"].as_i64()), (6, Some(1)));
    }

    #[test]
    fn long_lines_are_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.jsonl");
        let text = "x".repeat(3 * 1024 * 1024);
        std::fs::write(
            &p,
            format!("{{\"type\":\"message\",\"message\":{{\"content\":\"{text}\"}}}}\n"),
        )
        .unwrap();
        let mut r = TranscriptReader::open(&p).unwrap();
        let line = r.next_line().unwrap().unwrap();
        assert_eq!(
            message_text(message(&line.value).unwrap()).len(),
            text.len()
        );
    }
}
