//! The cost-only reading of a transcript message: everything [`super::entry`] reads except the
//! text of messages that are not the user's, which a cost-only run never stores. Assistant
//! replies and tool results are most of a transcript's bytes; skipping their text (scanned,
//! not copied, not decoded) is most of what a cost-only run saves on parsing.
//!
//! Whose message it is comes from `role`, which the bot writes before `content`; a message
//! whose content comes first is read whole, as [`super::entry::parse`] would.

use super::entry::{is_tool_call, Content, RawMessage, RawUsage};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;

/// A message read for a cost-only run.
pub struct Skimmed<'a>(RawMessage<'a>);

impl<'a> From<Skimmed<'a>> for RawMessage<'a> {
    fn from(s: Skimmed<'a>) -> RawMessage<'a> {
        s.0
    }
}

/// A string borrowed from the line when it has no escapes.
#[derive(Deserialize)]
struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

fn text<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Cow<'de, str>>, A::Error> {
    Ok(map.next_value::<Option<Text<'de>>>()?.map(|t| t.0))
}

impl<'de> Deserialize<'de> for Skimmed<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Skimmed<'de>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Skimmed<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a message object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skimmed<'de>, A::Error> {
                let mut m = RawMessage::default();
                while let Some(key) = map.next_key::<Text<'de>>()? {
                    match key.0.as_ref() {
                        "role" => m.role = text(&mut map)?,
                        "content" => {
                            let whole = m.role.as_deref().is_none_or(|r| r == "user");
                            m.content = if whole {
                                map.next_value()?
                            } else {
                                map.next_value::<Option<ToolsOnly>>()?.map(|t| t.0)
                            };
                        }
                        "provider" => m.provider = text(&mut map)?,
                        "model" => m.model = text(&mut map)?,
                        "api" => m.api = text(&mut map)?,
                        "stopReason" => m.stop_reason = text(&mut map)?,
                        "usage" => m.usage = map.next_value::<Option<RawUsage>>()?,
                        "timestamp" => m.timestamp = map.next_value()?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(Skimmed(m))
            }
        }
        d.deserialize_map(V)
    }
}

/// `content` with only the names of the tools called kept.
struct ToolsOnly(Content);

#[derive(Deserialize)]
struct ToolItem<'a> {
    #[serde(rename = "type", borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    name: Option<Cow<'a, str>>,
}

impl<'de> Deserialize<'de> for ToolsOnly {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ToolsOnly, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ToolsOnly;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a list of content items")
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<ToolsOnly, E> {
                Ok(ToolsOnly(Content::default()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ToolsOnly, A::Error> {
                let mut c = Content::default();
                while let Some(item) = seq.next_element::<ToolItem>()? {
                    if item.kind.as_deref().is_some_and(is_tool_call) {
                        c.tools.extend(item.name.map(Cow::into_owned));
                    }
                }
                Ok(ToolsOnly(c))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ToolsOnly, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(ToolsOnly(Content::default()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<ToolsOnly, E> {
                Ok(ToolsOnly(Content::default()))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use crate::sync::entry::{parse, parse_costs};

    #[test]
    fn a_skimmed_line_is_the_whole_reading_without_the_replies_text() {
        let reply = br#"{"type":"message","id":"a1","timestamp":"2026-11-24T00:34:20.742Z","message":{"role":"assistant","content":[{"type":"text","text":"long \"reply\""},{"type":"toolCall","id":"c","name":"web_search","arguments":{"q":[1,{"x":2}]}}],"api":"openai-completions","provider":"mock","model":"mock-gpt","usage":{"input":5981,"output":10,"cacheRead":0,"cacheWrite":0,"cost":{"total":0.018093}},"stopReason":"toolUse","timestamp":1795480460712}}"#;
        let mut whole = parse(reply).unwrap();
        let skimmed = parse_costs(reply).unwrap();
        assert_eq!(whole.message.as_ref().unwrap().text, "long \"reply\"");
        whole.message.as_mut().unwrap().text.clear();
        assert_eq!(skimmed, whole, "everything else is read alike");
        assert_eq!(skimmed.message.unwrap().tools, ["web_search"]);

        // The user's text is kept, also when the role comes after the content.
        for user in [
            &br#"{"type":"message","id":"u1","message":{"role":"user","content":[{"type":"text","text":"[Telegram Bob id:1] hi"}]}}"#[..],
            br#"{"type":"message","id":"u1","message":{"content":"[Telegram Bob id:1] hi","role":"toolResult"}}"#,
        ] {
            assert_eq!(parse_costs(user).unwrap(), parse(user).unwrap());
        }
        // Odd shapes fall back to the lenient reading, as in `parse`.
        let odd = br#"{"type":"message","message":{"role":"assistant","content":"x","usage":{"input":"12"}}}"#;
        assert_eq!(parse_costs(odd).unwrap(), parse(odd).unwrap());
    }
}
