//! A person as named on the command line, and how to recognise their ids in any bytes.
//!
//! `alice` (a `session.identityLinks` name) or `telegram:111111111` both resolve to every peer id
//! of the person. Their ids are written in many forms across the state directory (`id:111111111`
//! in envelopes, a bare `111111111` in allowFrom lists and delivery targets, `signal:+1555…` in
//! `origin.from`), so matching uses *needles*: the id without its channel prefix and without a
//! leading `+`, found only at word boundaries (never inside a longer number).

use crate::state::people::{expand_person, normalize_peer};
use memchr::memmem;

/// Bare ids shorter than this are matched only in their full `<channel>:<id>` form.
const MIN_BARE_NEEDLE: usize = 6;

/// Read size when scanning files.
const CHUNK: usize = 1 << 20;

/// What replaces a person's id where the text around it belongs to someone else.
pub const ID_MASK: &str = "[erased]";

#[derive(Debug, Clone)]
pub struct Person {
    /// What the operator typed.
    pub query: String,
    /// The `session.identityLinks` name, when the person is linked.
    pub canonical: Option<String>,
    /// Every peer id, normalised (`telegram:111111111`, `+15551234567`).
    pub ids: Vec<String>,
    needles: Vec<String>,
    /// One searcher per needle, built once (they are used on every line of large files).
    finders: Vec<memmem::Finder<'static>>,
}

impl Person {
    /// Resolve a peer id or identityLinks name.
    pub fn resolve(query: &str, links: &[(String, Vec<String>)]) -> Person {
        let (canonical, ids) = expand_person(query.trim(), links);
        Person::from_ids(query, canonical, ids)
    }

    pub fn from_ids(query: &str, canonical: Option<String>, ids: Vec<String>) -> Person {
        let mut ids: Vec<String> = ids.into_iter().filter(|i| !i.is_empty()).collect();
        ids.dedup();
        let mut needles: Vec<String> = ids.iter().map(|id| needle_of(id)).collect();
        needles.sort();
        needles.dedup();
        let finders = needles
            .iter()
            .map(|n| memmem::Finder::new(n.as_bytes()).into_owned())
            .collect();
        Person {
            query: query.to_string(),
            canonical,
            ids,
            needles,
            finders,
        }
    }

    /// How the person is named in output: the canonical name, else their first id.
    pub fn label(&self) -> String {
        self.canonical
            .clone()
            .unwrap_or_else(|| self.ids.first().cloned().unwrap_or_default())
    }

    /// Whether a normalised peer id is one of theirs.
    pub fn has(&self, id: &str) -> bool {
        self.ids.iter().any(|i| i == id)
    }

    /// Whether a raw id as written somewhere (with an optional channel context) is theirs.
    pub fn has_raw(&self, channel: Option<&str>, raw: &str) -> bool {
        normalize_peer(channel, raw).is_some_and(|id| self.has(&id))
            || normalize_peer(None, raw).is_some_and(|id| self.has(&id))
    }

    /// The byte strings searched for.
    pub fn needles(&self) -> &[String] {
        &self.needles
    }

    /// Whether any of their ids occurs in `hay` at a word boundary.
    pub fn mentioned_in(&self, hay: &[u8]) -> bool {
        self.needles
            .iter()
            .any(|n| !find_bounded(hay, n).is_empty())
    }

    /// Number of occurrences of their ids in `hay`.
    pub fn count_in(&self, hay: &[u8]) -> usize {
        self.needles
            .iter()
            .map(|n| find_bounded(hay, n).len())
            .sum()
    }

    /// Occurrences of their ids in a file, read in chunks (constant memory).
    pub fn count_in_file(&self, path: &std::path::Path) -> std::io::Result<usize> {
        use std::io::Read;
        let mut f = std::fs::File::open(path)?;
        let longest = self.needles.iter().map(String::len).max().unwrap_or(0);
        let carry = longest + 2;
        let mut buf: Vec<u8> = Vec::with_capacity(CHUNK + carry);
        let mut chunk = vec![0u8; CHUNK];
        // Absolute offset of buf[0], and per needle the end of the last match counted.
        let mut base = 0u64;
        let mut last_end = vec![0u64; self.needles.len()];
        let mut total = 0;
        loop {
            let n = f.read(&mut chunk)?;
            let eof = n == 0;
            buf.extend_from_slice(&chunk[..n]);
            for (i, finder) in self.finders.iter().enumerate() {
                for (_, end) in bounded(&buf, finder) {
                    let needle_start = end - finder.needle().len();
                    let context_ok = base == 0 || needle_start >= 1;
                    let abs_end = base + end as u64;
                    if (end < buf.len() || eof) && context_ok && abs_end > last_end[i] {
                        total += 1;
                        last_end[i] = abs_end;
                    }
                }
            }
            if eof {
                return Ok(total);
            }
            if buf.len() > carry {
                let cut = buf.len() - carry;
                buf.drain(..cut);
                base += cut as u64;
            }
        }
    }

    /// `text` with every occurrence of their ids replaced by [`ID_MASK`]; `None` when there is
    /// none.
    pub fn mask(&self, text: &str) -> Option<String> {
        let mut out = text.to_string();
        let mut changed = false;
        for f in &self.finders {
            let hits = bounded(out.as_bytes(), f);
            if hits.is_empty() {
                continue;
            }
            changed = true;
            let mut next = String::with_capacity(out.len());
            let mut last = 0;
            for (start, end) in hits {
                next.push_str(&out[last..start]);
                next.push_str(ID_MASK);
                last = end;
            }
            next.push_str(&out[last..]);
            out = next;
        }
        changed.then_some(out)
    }
}

/// The form of an id searched for: without the channel prefix and a leading `+` when that is
/// long enough to be unambiguous, else the whole id.
fn needle_of(id: &str) -> String {
    let bare = id.split_once(':').map_or(id, |(_, rest)| rest);
    let bare = bare.trim_start_matches('+');
    if bare.chars().count() >= MIN_BARE_NEEDLE {
        bare.to_lowercase()
    } else {
        id.to_lowercase()
    }
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Byte ranges of `needle` in `hay` (ASCII case-insensitive), where the bytes just before and
/// after are not letters or digits. A `+` or a `<channel>:` before a bare phone number or id is
/// part of the match, so masking removes it too.
pub fn find_bounded(hay: &[u8], needle: &str) -> Vec<(usize, usize)> {
    bounded(hay, &memmem::Finder::new(needle.as_bytes()))
}

fn bounded(hay: &[u8], finder: &memmem::Finder<'_>) -> Vec<(usize, usize)> {
    let needle = finder.needle();
    if needle.is_empty() || hay.len() < needle.len() {
        return Vec::new();
    }
    let lowered;
    let hay_cmp: &[u8] =
        if needle.iter().any(u8::is_ascii_alphabetic) && hay.iter().any(u8::is_ascii_uppercase) {
            lowered = hay.to_ascii_lowercase();
            &lowered
        } else {
            hay
        };
    let mut out = Vec::new();
    for start in finder.find_iter(hay_cmp) {
        let end = start + needle.len();
        let before_ok = start == 0 || !is_word(hay[start - 1]) || !is_word(needle[0]);
        let after_ok = end == hay.len() || !is_word(hay[end]) || !is_word(needle[needle.len() - 1]);
        if before_ok && after_ok {
            let start = if start > 0 && hay[start - 1] == b'+' {
                start - 1
            } else {
                start
            };
            out.push((start, end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alice() -> Person {
        let links = vec![(
            "alice".to_string(),
            vec![
                "telegram:111111111".to_string(),
                "discord:222222222222".to_string(),
            ],
        )];
        Person::resolve("alice", &links)
    }

    #[test]
    fn needles_match_every_written_form_at_boundaries_only() {
        let a = alice();
        assert_eq!(a.ids, ["telegram:111111111", "discord:222222222222"]);
        assert!(a.mentioned_in(b"id:111111111]"));
        assert!(a.mentioned_in(b"\"111111111\""));
        assert!(a.mentioned_in(b"user:222222222222"));
        assert!(!a.mentioned_in(b"1111111111"));
        assert!(!a.mentioned_in(b"x111111111"));
        let dave = Person::resolve("+15551234567", &[]);
        assert!(dave.mentioned_in(b"signal:+15551234567"));
        assert_eq!(
            dave.mask("Dave (signal +15551234567) and 15551234567")
                .unwrap(),
            "Dave (signal [erased]) and [erased]"
        );
        assert_eq!(dave.mask("nothing here"), None);
    }

    #[test]
    fn file_counts_are_exact_across_chunk_edges() {
        let dave = Person::resolve("+15551234567", &[]);
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        let mut data = vec![b'x'; CHUNK - 5];
        data.extend_from_slice(b" +15551234567 ");
        data.extend_from_slice(&vec![b'1'; CHUNK]);
        data.extend_from_slice(b"15551234567");
        std::fs::write(&p, &data).unwrap();
        assert_eq!(dave.count_in_file(&p).unwrap(), 1);
        data.extend_from_slice(b" 15551234567");
        std::fs::write(&p, &data).unwrap();
        assert_eq!(dave.count_in_file(&p).unwrap(), 2);
    }

    #[test]
    fn short_ids_are_matched_whole() {
        let p = Person::from_ids("x", None, vec!["slack:u12".into()]);
        assert!(p.mentioned_in(b"from SLACK:U12 today"));
        assert!(!p.mentioned_in(b"u12"));
    }
}
