//! How one transcript line relates to people, decided in file order.
//!
//! [`Classifier::classify`] works on a parsed line. For one person, most lines of a large
//! shared transcript are not about them, and [`Classifier::classify_raw`] decides those from
//! the raw bytes (no id of theirs in the line, and an unambiguous role marker), so only their
//! lines and the bot's replies to them are parsed. [`RawLines`] reads whole lines with a fixed
//! buffer and leaves a torn last line (the bot mid-write) alone.

use super::person::Person;
use crate::state::people::line_sender;
use crate::state::transcript::{message, message_text};
use anyhow::{Context, Result};
use memchr::memmem;
use serde_json::Value;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// How a line of a transcript relates to people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineClass {
    /// A user message, with its sender when known.
    User(Option<String>),
    /// An assistant or tool-result message answering the last sender.
    Reply(Option<String>),
    /// Anything else (headers, model changes, compactions, injected notes).
    Other,
}

/// Classifies the lines of one file in order.
pub struct Classifier {
    owner: Option<String>,
    current: Option<String>,
}

impl Classifier {
    pub fn new(owner: Option<&str>) -> Classifier {
        Classifier {
            owner: owner.map(String::from),
            current: None,
        }
    }

    pub fn classify(&mut self, line: &Value) -> LineClass {
        let Some(msg) = message(line) else {
            return LineClass::Other;
        };
        match msg.get("role").and_then(Value::as_str) {
            Some("user") => {
                let sender = self
                    .owner
                    .clone()
                    .or_else(|| line_sender(&message_text(msg)));
                self.current = sender.clone();
                LineClass::User(sender)
            }
            Some("assistant") | Some("toolResult") if !is_synthetic(msg) => {
                LineClass::Reply(self.current.clone())
            }
            _ => LineClass::Other,
        }
    }

    /// Classify a line that is certainly not `person`'s from its bytes alone; `None` when the
    /// line has to be parsed (it is theirs, mentions them, answers them, or is unusual).
    /// Sender ids of other people are not worked out here (`User(owner)`).
    pub fn classify_raw(&mut self, raw: &[u8], person: &Person) -> Option<LineClass> {
        if self.owner.as_deref().is_some_and(|o| person.has(o)) || person.mentioned_in(raw) {
            return None;
        }
        let [user_f, assistant_f, tool_f, role_f] = markers();
        let user = user_f.find(raw).is_some();
        let reply = assistant_f.find(raw).is_some() || tool_f.find(raw).is_some();
        match (user, reply) {
            (true, false) => {
                self.current = self.owner.clone();
                Some(LineClass::User(self.owner.clone()))
            }
            (false, true) if !self.current.as_deref().is_some_and(|c| person.has(c)) => {
                Some(LineClass::Reply(self.current.clone()))
            }
            (false, false) if role_f.find(raw).is_none() => Some(LineClass::Other),
            _ => None,
        }
    }
}

/// Whether a raw line carries a `[media attached…]` reference.
pub fn has_media(raw: &[u8]) -> bool {
    static F: std::sync::OnceLock<memmem::Finder<'static>> = std::sync::OnceLock::new();
    F.get_or_init(|| memmem::Finder::new(b"[media attached"))
        .find(raw)
        .is_some()
}

/// Searchers for the role markers, built once.
fn markers() -> &'static [memmem::Finder<'static>; 4] {
    static M: std::sync::OnceLock<[memmem::Finder<'static>; 4]> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        [
            memmem::Finder::new(br#""role":"user""#),
            memmem::Finder::new(br#""role":"assistant""#),
            memmem::Finder::new(br#""role":"toolResult""#),
            memmem::Finder::new(br#""role""#),
        ]
    })
}

/// Whole lines of a file, without their newline; a last line without one is not returned.
pub struct RawLines {
    reader: BufReader<File>,
    buf: Vec<u8>,
}

impl RawLines {
    pub fn open(path: &Path) -> Result<RawLines> {
        let file = File::open(path)
            .with_context(|| format!("cannot open transcript {}", path.display()))?;
        Ok(RawLines {
            reader: BufReader::with_capacity(256 * 1024, file),
            buf: Vec::with_capacity(64 * 1024),
        })
    }

    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<&[u8]>> {
        loop {
            self.buf.clear();
            if self.reader.read_until(b'\n', &mut self.buf)? == 0 || self.buf.last() != Some(&b'\n')
            {
                return Ok(None);
            }
            let mut end = self.buf.len();
            while end > 0 && matches!(self.buf[end - 1], b'\n' | b'\r') {
                end -= 1;
            }
            if end > 0 {
                return Ok(Some(&self.buf[..end]));
            }
        }
    }
}

/// A raw line as a JSON object (malformed lines are `None`).
pub fn parse(raw: &[u8]) -> Option<Value> {
    serde_json::from_slice::<Value>(raw)
        .ok()
        .filter(Value::is_object)
}

/// Assistant entries that are not model replies: injected notes and delivery mirrors.
pub fn is_synthetic(msg: &Value) -> bool {
    msg.get("stopReason").and_then(Value::as_str) == Some("injected")
        || (msg.get("provider").and_then(Value::as_str) == Some("openclaw")
            && msg.get("model").and_then(Value::as_str) == Some("delivery-mirror"))
}

/// Milliseconds of a line: `message.timestamp`, else the ISO `timestamp`.
pub fn line_ms(line: &Value) -> Option<i64> {
    message(line)
        .and_then(|m| m.get("timestamp"))
        .and_then(Value::as_i64)
        .or_else(|| {
            line.get("timestamp")
                .and_then(Value::as_str)
                .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
                .map(|d| d.timestamp_millis())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The raw shortcut never disagrees with a full parse about whose a line is.
    #[test]
    fn raw_classification_agrees_with_parsing_on_the_example() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/state/agents/main/sessions");
        let links = vec![(
            "alice".to_string(),
            vec![
                "telegram:111111111".to_string(),
                "discord:222222222222".to_string(),
            ],
        )];
        let people = [
            "alice",
            "telegram:333333333",
            "+15551234567",
            "+8613800138000",
        ];
        let mut shortcuts = 0;
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if !path.to_string_lossy().contains(".jsonl") {
                continue;
            }
            for who in people {
                let person = Person::resolve(who, &links);
                let (mut full, mut quick) = (Classifier::new(None), Classifier::new(None));
                let mut lines = RawLines::open(&path).unwrap();
                while let Some(raw) = lines.next().unwrap() {
                    let theirs = |c: &LineClass| matches!(c, LineClass::User(Some(id)) | LineClass::Reply(Some(id)) if person.has(id));
                    let v = parse(raw).unwrap();
                    let expected = theirs(&full.classify(&v));
                    let got = match quick.classify_raw(raw, &person) {
                        Some(c) => {
                            shortcuts += 1;
                            theirs(&c)
                        }
                        None => theirs(&quick.classify(&v)),
                    };
                    assert_eq!(
                        got,
                        expected,
                        "{who} {}: {}",
                        path.display(),
                        String::from_utf8_lossy(raw)
                    );
                }
            }
        }
        assert!(shortcuts > 100, "the shortcut is taken ({shortcuts})");
    }
}
