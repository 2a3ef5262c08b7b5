//! Redacting one person out of a transcript that other people share, keeping the tree.
//!
//! Every line keeps its `type`, `id`, `parentId` and `timestamp`, so the session still loads and
//! branches still resolve. Their own user lines and the bot's direct replies to them lose their
//! content (replaced by [`MARKER`]); tool calls keep their id and name (a tool result must still
//! match its call for the model APIs) but lose their arguments. Other people's lines are kept
//! byte for byte, except where they quote or mention the person: a `[Replying to … id:<theirs>]`
//! block is replaced by a short note and a stray id is masked. A compaction or branch summary
//! that names them is replaced whole, since it summarises their messages too.

use super::lines::{Classifier, LineClass};
use super::person::Person;
use super::rewrite::{self, LineAction, Rewritten};
use anyhow::Result;
use serde_json::{json, Map, Value};
use std::path::Path;

/// What replaces erased content.
pub const MARKER: &str = "[erased at this person's request]";
/// What replaces a quoted message of the erased person.
pub const QUOTE_MARKER: &str = "[Replying to an erased message]";
/// What replaces a summary that mentioned them.
pub const SUMMARY_MARKER: &str = "[summary erased: it described a person whose data was erased]";

/// Fields of a message kept on a redacted line (no content, nothing they wrote).
const KEPT_MESSAGE_FIELDS: [&str; 11] = [
    "role",
    "timestamp",
    "api",
    "provider",
    "model",
    "usage",
    "stopReason",
    "toolCallId",
    "toolName",
    "isError",
    "customType",
];

/// Line-by-line redaction state for one file.
pub struct Redactor<'a> {
    person: &'a Person,
    classifier: Classifier,
    pub redacted: u64,
    pub masked: u64,
    /// Lines that mention them but are not JSON (left as they are, reported).
    pub unparsable: u64,
}

impl<'a> Redactor<'a> {
    /// `owner` is the file's owner when it is someone else's own session.
    pub fn new(person: &'a Person, owner: Option<&str>) -> Redactor<'a> {
        Redactor {
            person,
            classifier: Classifier::new(owner),
            redacted: 0,
            masked: 0,
            unparsable: 0,
        }
    }

    /// Decide one line.
    pub fn line(&mut self, raw: &[u8]) -> LineAction {
        if self.classifier.classify_raw(raw, self.person).is_some() {
            return LineAction::Keep;
        }
        let Ok(mut v) = serde_json::from_slice::<Value>(raw) else {
            if self.person.mentioned_in(raw) {
                self.unparsable += 1;
            }
            return LineAction::Keep;
        };
        let theirs = match self.classifier.classify(&v) {
            LineClass::User(Some(id)) | LineClass::Reply(Some(id)) => self.person.has(&id),
            _ => false,
        };
        if theirs {
            if is_redacted(&v) {
                return LineAction::Keep;
            }
            self.redacted += 1;
            return LineAction::Replace(serialize(&redact_line(&v)));
        }
        if !self.person.mentioned_in(raw) {
            return LineAction::Keep;
        }
        if mask_line(&mut v, self.person) {
            self.masked += 1;
            LineAction::Replace(serialize(&v))
        } else {
            LineAction::Keep
        }
    }
}

fn serialize(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

fn is_redacted(v: &Value) -> bool {
    v.pointer("/message/content/0/text").and_then(Value::as_str) == Some(MARKER)
}

/// The redacted form of one of their lines (or a reply to them).
pub fn redact_line(v: &Value) -> Value {
    let mut out = Map::new();
    if let Value::Object(top) = v {
        for k in ["type", "id", "parentId", "timestamp"] {
            if let Some(x) = top.get(k) {
                out.insert(k.into(), x.clone());
            }
        }
    }
    let msg = v.get("message").cloned().unwrap_or(Value::Null);
    let mut m = Map::new();
    // Original key order, so a redacted line reads like the bot's own.
    if let Value::Object(fields) = &msg {
        for (k, x) in fields {
            if k == "content" {
                m.insert(k.clone(), Value::Null);
            } else if KEPT_MESSAGE_FIELDS.contains(&k.as_str()) {
                m.insert(k.clone(), x.clone());
            }
        }
    }
    let mut content = vec![json!({"type": "text", "text": MARKER})];
    if let Some(Value::Array(items)) = msg.get("content") {
        for item in items {
            if item.get("type").and_then(Value::as_str) == Some("toolCall") {
                content.push(json!({
                    "type": "toolCall",
                    "id": item.get("id").cloned().unwrap_or(Value::Null),
                    "name": item.get("name").cloned().unwrap_or(Value::Null),
                    "arguments": {},
                }));
            }
        }
    }
    m.insert("content".into(), Value::Array(content));
    out.insert("message".into(), Value::Object(m));
    Value::Object(out)
}

/// Mask mentions of them in someone else's line. Returns whether anything changed.
pub fn mask_line(v: &mut Value, person: &Person) -> bool {
    let kind = v
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let mut changed = false;
    if matches!(kind.as_str(), "compaction" | "branch_summary") {
        if let Some(s) = v.get_mut("summary") {
            if s.as_str()
                .is_some_and(|t| person.mentioned_in(t.as_bytes()))
            {
                *s = Value::String(SUMMARY_MARKER.into());
                changed = true;
            }
        }
    }
    mask_value(v, person, true) || changed
}

/// Mask every string under `v` that mentions them (reply quotes first); object members whose
/// key mentions them are removed. Structural fields at the top of a line are left alone.
pub fn mask_value(v: &mut Value, person: &Person, top: bool) -> bool {
    let mut changed = false;
    match v {
        Value::String(s) => {
            if let Some(q) = drop_quotes(s, person) {
                *s = q;
                changed = true;
            }
            if let Some(m) = person.mask(s) {
                *s = m;
                changed = true;
            }
        }
        Value::Array(items) => {
            for item in items {
                changed |= mask_value(item, person, false);
            }
        }
        Value::Object(map) => {
            let before = map.len();
            map.retain(|k, _| !person.mentioned_in(k.as_bytes()));
            changed |= map.len() != before;
            for (k, x) in map.iter_mut() {
                if top && matches!(k.as_str(), "type" | "id" | "parentId" | "timestamp") {
                    continue;
                }
                changed |= mask_value(x, person, false);
            }
        }
        _ => {}
    }
    changed
}

/// Replace `[Replying to … id:<theirs>] … [/Replying]` blocks with [`QUOTE_MARKER`].
pub fn drop_quotes(text: &str, person: &Person) -> Option<String> {
    const OPEN: &str = "[Replying to ";
    const CLOSE: &str = "[/Replying]";
    if !text.contains(OPEN) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(i) = rest.find(OPEN) {
        let after = &rest[i..];
        let header_end = after.find(']').unwrap_or(after.len());
        let header = &after[..header_end];
        if person.mentioned_in(header.as_bytes()) {
            out.push_str(&rest[..i]);
            out.push_str(QUOTE_MARKER);
            changed = true;
            rest = match after.find(CLOSE) {
                Some(c) => &after[c + CLOSE.len()..],
                None => "",
            };
        } else {
            out.push_str(&rest[..i + OPEN.len()]);
            rest = &rest[i + OPEN.len()..];
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// What a transcript redaction did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Redacted {
    pub redacted: u64,
    pub masked: u64,
    pub unparsable: u64,
    pub file: Rewritten,
}

/// Redact a transcript in place under the agent's session-store lock. Idempotent.
pub fn redact_file(
    path: &Path,
    person: &Person,
    owner: Option<&str>,
    lock_store: &Path,
) -> Result<Redacted> {
    let mut r = Redactor::new(person, owner);
    let file = rewrite::rewrite_lines(path, Some(lock_store), &mut |line| Ok(r.line(line)))?;
    Ok(Redacted {
        redacted: r.redacted,
        masked: r.masked,
        unparsable: r.unparsable,
        file,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_of_them_are_dropped_and_ids_masked() {
        let alice = Person::resolve("telegram:111111111", &[]);
        let text = "same graph?\n\n[Replying to Alice (@alice) id:111111111]\nerror rate spiked\n[/Replying]";
        assert_eq!(
            drop_quotes(text, &alice).unwrap(),
            format!("same graph?\n\n{QUOTE_MARKER}")
        );
        let bob_quote = "[Replying to Bob id:333333333]\nx\n[/Replying]";
        assert_eq!(drop_quotes(bob_quote, &alice), None);
    }

    #[test]
    fn redacted_lines_keep_the_tree_and_tool_ids() {
        let line = json!({"type":"message","id":"6895bc43","parentId":"80f485ea","timestamp":"t",
            "message":{"role":"assistant","content":[{"type":"toolCall","id":"call_1","name":"exec","arguments":{"command":"secret"}}],
            "provider":"anthropic","usage":{"input":1},"stopReason":"toolUse","errorMessage":"x"}});
        let r = redact_line(&line);
        assert_eq!(r["id"], "6895bc43");
        assert_eq!(r["parentId"], "80f485ea");
        assert_eq!(r["message"]["content"][0]["text"], MARKER);
        assert_eq!(r["message"]["content"][1]["id"], "call_1");
        assert_eq!(r["message"]["content"][1]["arguments"], json!({}));
        assert_eq!(r["message"]["usage"]["input"], 1);
        assert!(r["message"].get("errorMessage").is_none());
        assert!(!serde_json::to_string(&r).unwrap().contains("secret"));
    }
}
