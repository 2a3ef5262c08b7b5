//! One transcript line as `sync` needs it. Lines are deserialized straight into these types
//! (no intermediate `serde_json::Value` maps: several times faster on the large files the bot
//! writes); a line that is valid JSON of an unexpected shape falls back to a lenient reading
//! through `Value`, so odd lines lose fields, never rows.

use crate::state::transcript;
use serde::de::{self, Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::borrow::Cow;

/// A transcript line.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Entry {
    pub kind: Option<String>,
    pub id: Option<String>,
    pub parent_id: Option<String>,
    /// The line's time (ISO `timestamp`, else the message's epoch-ms `timestamp`).
    pub timestamp: Option<i64>,
    /// `model_change`: provider and model.
    pub provider: Option<String>,
    pub model_id: Option<String>,
    pub message: Option<Message>,
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Message {
    pub role: Option<String>,
    /// All `text` items joined by newlines (or the string content).
    pub text: String,
    /// Names of the tools called.
    pub tools: Vec<String>,
    pub provider: Option<String>,
    pub model: Option<String>,
    pub api: Option<String>,
    pub stop_reason: Option<String>,
    pub usage: Option<Usage>,
    /// The message's own epoch-ms `timestamp` (when the call started, for assistants).
    pub started: Option<i64>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Usage {
    pub input: i64,
    pub output: i64,
    pub cache_read: i64,
    pub cache_write: i64,
    /// `cost.total`, or the sum of its parts when the total is missing.
    pub cost: Option<f64>,
}

/// Parse a line: typed first, `Value` when the shape is unexpected; `Err` is why it is not a
/// usable line at all.
pub fn parse(bytes: &[u8]) -> Result<Entry, String> {
    parse_as::<RawMessage>(bytes)
}

/// [`parse`] for a cost-only run: the text of user messages only (the sender's envelope); the
/// text of assistant and tool messages, most of a transcript, is skipped unread
/// ([`super::skim`]).
pub fn parse_costs(bytes: &[u8]) -> Result<Entry, String> {
    parse_as::<super::skim::Skimmed>(bytes)
}

fn parse_as<'a, M: Deserialize<'a> + Into<RawMessage<'a>>>(
    bytes: &'a [u8],
) -> Result<Entry, String> {
    if let Ok(raw) = serde_json::from_slice::<RawEntry<M>>(bytes) {
        return Ok(raw.into_entry());
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(v) if v.is_object() => Ok(from_value(&v)),
        Ok(_) => Err("not a JSON object".into()),
        Err(e) => Err(transcript::parse_problem(bytes, &e)),
    }
}

#[derive(Deserialize)]
#[serde(bound(deserialize = "M: Deserialize<'de>"))]
struct RawEntry<'a, M> {
    #[serde(rename = "type", borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    id: Option<Cow<'a, str>>,
    #[serde(rename = "parentId", borrow)]
    parent_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    timestamp: Option<Time<'a>>,
    #[serde(borrow)]
    provider: Option<Cow<'a, str>>,
    #[serde(rename = "modelId", borrow)]
    model_id: Option<Cow<'a, str>>,
    message: Option<M>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Time<'a> {
    Iso(#[serde(borrow)] Cow<'a, str>),
    Millis(f64),
}

#[derive(Deserialize, Default)]
pub(super) struct RawMessage<'a> {
    #[serde(borrow)]
    pub role: Option<Cow<'a, str>>,
    pub content: Option<Content>,
    #[serde(borrow)]
    pub provider: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub model: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub api: Option<Cow<'a, str>>,
    #[serde(rename = "stopReason", borrow)]
    pub stop_reason: Option<Cow<'a, str>>,
    pub usage: Option<RawUsage>,
    pub timestamp: Option<f64>,
}

#[derive(Deserialize)]
pub(super) struct RawUsage {
    input: Option<f64>,
    output: Option<f64>,
    #[serde(rename = "cacheRead")]
    cache_read: Option<f64>,
    #[serde(rename = "cacheWrite")]
    cache_write: Option<f64>,
    cost: Option<RawCost>,
}

#[derive(Deserialize)]
struct RawCost {
    total: Option<f64>,
    input: Option<f64>,
    output: Option<f64>,
    #[serde(rename = "cacheRead")]
    cache_read: Option<f64>,
    #[serde(rename = "cacheWrite")]
    cache_write: Option<f64>,
}

#[derive(Deserialize)]
struct RawItem<'a> {
    #[serde(rename = "type", borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    text: Option<Cow<'a, str>>,
    #[serde(borrow)]
    name: Option<Cow<'a, str>>,
}

/// `content`: a string, or items of which the text and the tool calls are kept.
#[derive(Default)]
pub(super) struct Content {
    pub texts: Vec<String>,
    pub tools: Vec<String>,
}

impl<'de> Deserialize<'de> for Content {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Content, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Content;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or a list of content items")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Content, E> {
                Ok(Content {
                    texts: vec![s.to_string()],
                    tools: Vec::new(),
                })
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Content, A::Error> {
                let mut c = Content::default();
                while let Some(item) = seq.next_element::<RawItem>()? {
                    match item.kind.as_deref() {
                        Some("text") => c.texts.extend(item.text.map(Cow::into_owned)),
                        Some(k) if is_tool_call(k) => {
                            c.tools.extend(item.name.map(Cow::into_owned))
                        }
                        _ => {}
                    }
                }
                Ok(c)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Content, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Content::default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<Content, E> {
                Ok(Content::default())
            }
        }
        d.deserialize_any(V)
    }
}

pub(super) fn is_tool_call(kind: &str) -> bool {
    matches!(kind, "toolCall" | "tool_use" | "toolUse" | "function_call")
}

fn owned(c: Option<Cow<str>>) -> Option<String> {
    c.map(Cow::into_owned)
}

fn tokens(n: Option<f64>) -> i64 {
    n.filter(|n| n.is_finite())
        .map_or(0, |n| n.round() as i64)
        .max(0)
}

fn iso_ms(s: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.timestamp_millis())
}

impl<'a, M: Into<RawMessage<'a>>> RawEntry<'a, M> {
    fn into_entry(self) -> Entry {
        let message = self.message.map(|m| {
            let m: RawMessage = m.into();
            let content = m.content.unwrap_or_default();
            Message {
                role: owned(m.role),
                text: content.texts.join("\n"),
                tools: content.tools,
                provider: owned(m.provider),
                model: owned(m.model),
                api: owned(m.api),
                stop_reason: owned(m.stop_reason),
                usage: m.usage.map(|u| Usage {
                    input: tokens(u.input),
                    output: tokens(u.output),
                    cache_read: tokens(u.cache_read),
                    cache_write: tokens(u.cache_write),
                    cost: u.cost.and_then(|c| {
                        c.total.or_else(|| {
                            let parts = [c.input, c.output, c.cache_read, c.cache_write];
                            parts
                                .iter()
                                .any(Option::is_some)
                                .then(|| parts.iter().flatten().sum())
                        })
                    }),
                }),
                started: m.timestamp.map(|t| t as i64),
            }
        });
        let timestamp = match &self.timestamp {
            Some(Time::Iso(s)) => iso_ms(s),
            Some(Time::Millis(n)) => Some(*n as i64),
            None => None,
        }
        .or_else(|| message.as_ref().and_then(|m| m.started));
        Entry {
            kind: owned(self.kind),
            id: owned(self.id),
            parent_id: owned(self.parent_id),
            timestamp,
            provider: owned(self.provider),
            model_id: owned(self.model_id),
            message,
        }
    }
}

/// The lenient reading of a line whose shape the typed one rejected (and of events that come
/// as values from the bot's database).
pub fn from_value(v: &Value) -> Entry {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(String::from);
    let num = |v: &Value, k: &str| v.get(k).and_then(Value::as_f64);
    let message = transcript::message(v).map(|m| {
        let tools = match m.get("content") {
            Some(Value::Array(items)) => items
                .iter()
                .filter(|i| {
                    i.get("type")
                        .and_then(Value::as_str)
                        .is_some_and(is_tool_call)
                })
                .filter_map(|i| s(i, "name"))
                .collect(),
            _ => Vec::new(),
        };
        let usage = m.get("usage").filter(|u| u.is_object()).map(|u| Usage {
            input: tokens(num(u, "input")),
            output: tokens(num(u, "output")),
            cache_read: tokens(num(u, "cacheRead")),
            cache_write: tokens(num(u, "cacheWrite")),
            cost: u.get("cost").and_then(|c| {
                num(c, "total").or_else(|| {
                    let parts: Vec<f64> = ["input", "output", "cacheRead", "cacheWrite"]
                        .iter()
                        .filter_map(|k| num(c, k))
                        .collect();
                    (!parts.is_empty()).then(|| parts.iter().sum())
                })
            }),
        });
        Message {
            role: s(m, "role"),
            text: transcript::message_text(m),
            tools,
            provider: s(m, "provider"),
            model: s(m, "model"),
            api: s(m, "api"),
            stop_reason: s(m, "stopReason"),
            usage,
            started: num(m, "timestamp").map(|t| t as i64),
        }
    });
    let timestamp = match v.get("timestamp") {
        Some(Value::String(t)) => iso_ms(t),
        Some(Value::Number(n)) => n.as_f64().map(|n| n as i64),
        _ => None,
    }
    .or_else(|| message.as_ref().and_then(|m| m.started));
    Entry {
        kind: s(v, "type"),
        id: s(v, "id"),
        parent_id: s(v, "parentId"),
        timestamp,
        provider: s(v, "provider"),
        model_id: s(v, "modelId"),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_and_lenient_readings_agree() {
        let line = br#"{"type":"message","id":"9f82a498","parentId":"75c3131f","timestamp":"2026-11-24T00:34:20.742Z","message":{"role":"assistant","content":[{"type":"text","text":"a\"b"},{"type":"toolCall","id":"c","name":"web_search","arguments":{"q":[1,{"x":2}]}}],"api":"openai-completions","provider":"mock","model":"mock-gpt","usage":{"input":5981,"output":10,"cacheRead":0,"cacheWrite":0,"totalTokens":5991,"cost":{"input":0.017943,"output":0.00015,"cacheRead":0,"cacheWrite":0,"total":0.018093}},"stopReason":"stop","timestamp":1795480460712}}"#;
        let typed = parse(line).unwrap();
        let lenient = from_value(&serde_json::from_slice(line).unwrap());
        assert_eq!(typed, lenient);
        let m = typed.message.unwrap();
        assert_eq!(
            (m.text.as_str(), m.tools.as_slice()),
            ("a\"b", ["web_search".to_string()].as_slice())
        );
        assert_eq!(m.usage.unwrap().cost, Some(0.018093));
        assert_eq!(typed.timestamp, Some(1_795_480_460_742));
    }

    #[test]
    fn odd_shapes_fall_back_and_garbage_is_refused() {
        let odd = br#"{"type":"message","id":"x","message":{"role":"user","content":"hi","usage":{"input":"12"}}}"#;
        let e = parse(odd).unwrap();
        assert_eq!(e.message.as_ref().unwrap().text, "hi");
        assert_eq!(e.message.unwrap().usage.unwrap().input, 0);
        assert_eq!(parse(b"[1,2]").unwrap_err(), "not a JSON object");
        assert!(parse(b"{\"a\":").unwrap_err().starts_with("malformed JSON"));
        assert!(parse(b"\xff\xfe").unwrap_err().starts_with("not UTF-8"));
    }
}
