//! Removing a person from the bot's JSON5 config without disturbing the rest of the file.
//!
//! Their ids sit in allow-lists (`channels.<ch>.allowFrom`, `….dm.allowFrom`,
//! `….groupAllowFrom`, per-account copies) and in `session.identityLinks`. An array that loses
//! elements is rewritten on its own (`[a, b]` style); an identityLinks entry that becomes empty
//! is removed with its comma. Comments and formatting everywhere else stay byte-identical.
//! Anything else in the config that mentions them is reported, never rewritten.

use super::person::Person;
use crate::state::json5::{self, Kind, Node};
use anyhow::Result;

/// One change to apply to the text.
struct Edit {
    start: usize,
    end: usize,
    with: String,
}

/// The edited text and how many array elements were removed; `None` when nothing changes.
pub fn remove_person(text: &str, person: &Person) -> Result<Option<(String, usize)>> {
    let root = json5::parse(text).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut edits = Vec::new();
    let mut removed = 0;
    walk(
        text,
        &root,
        &mut Vec::new(),
        person,
        &mut edits,
        &mut removed,
    );
    if edits.is_empty() {
        return Ok(None);
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.start));
    let mut out = text.to_string();
    for e in edits {
        out.replace_range(e.start..e.end, &e.with);
    }
    Ok(Some((out, removed)))
}

fn walk(
    text: &str,
    node: &Node,
    path: &mut Vec<String>,
    person: &Person,
    edits: &mut Vec<Edit>,
    removed: &mut usize,
) {
    match &node.kind {
        Kind::Object(members) => {
            let in_links = path.len() == 2 && path[0] == "session" && path[1] == "identityLinks";
            for (i, (key, key_start, value)) in members.iter().enumerate() {
                if in_links {
                    if let Kind::Array(items) = &value.kind {
                        let gone = items
                            .iter()
                            .filter(|n| matches_person(n, None, person))
                            .count();
                        if gone > 0 && gone == items.len() {
                            *removed += gone;
                            let next = members.get(i + 1).map(|(_, s, _)| *s);
                            edits.push(remove_member(text, *key_start, value.end, next));
                            continue;
                        }
                    }
                }
                path.push(key.clone());
                walk(text, value, path, person, edits, removed);
                path.pop();
            }
        }
        Kind::Array(items) => {
            let channel = match path.as_slice() {
                [first, ch, ..] if first == "channels" => Some(ch.as_str()),
                _ => None,
            };
            let keep: Vec<&Node> = items
                .iter()
                .filter(|n| !matches_person(n, channel, person))
                .collect();
            if keep.len() < items.len() {
                *removed += items.len() - keep.len();
                let inner: Vec<&str> = keep.iter().map(|n| &text[n.start..n.end]).collect();
                edits.push(Edit {
                    start: node.start,
                    end: node.end,
                    with: format!("[{}]", inner.join(", ")),
                });
            } else {
                for (i, item) in items.iter().enumerate() {
                    path.push(i.to_string());
                    walk(text, item, path, person, edits, removed);
                    path.pop();
                }
            }
        }
        _ => {}
    }
}

fn matches_person(node: &Node, channel: Option<&str>, person: &Person) -> bool {
    match &node.kind {
        Kind::String(s) => person.has_raw(channel, s),
        _ => false,
    }
}

/// Remove `key: value` and its separator: the following comma when there is a next member,
/// and the line's indentation when the member starts a line.
fn remove_member(text: &str, key_start: usize, value_end: usize, next: Option<usize>) -> Edit {
    let bytes = text.as_bytes();
    let mut start = key_start;
    while start > 0 && matches!(bytes[start - 1], b' ' | b'\t') {
        start -= 1;
    }
    let line_start = start == 0 || bytes[start - 1] == b'\n';
    if !line_start {
        start = key_start;
    }
    let mut end = value_end;
    let mut j = end;
    while j < bytes.len() && matches!(bytes[j], b' ' | b'\t') {
        j += 1;
    }
    if j < bytes.len() && bytes[j] == b',' {
        end = j + 1;
        if line_start {
            let mut k = end;
            while k < bytes.len() && matches!(bytes[k], b' ' | b'\t' | b'\r') {
                k += 1;
            }
            if k < bytes.len() && bytes[k] == b'\n' {
                end = k + 1;
            }
        } else if let Some(n) = next {
            end = n;
        }
    }
    Edit {
        start,
        end,
        with: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = r#"// ops bot
{
  session: {
    identityLinks: {
      alice: ["telegram:111111111", "discord:222222222222"],
      bob: ["telegram:333333333"], // on call
    },
  },
  channels: {
    discord: { dm: { allowFrom: ["222222222222"] } },
    whatsapp: { allowFrom: ["+8613800138000", "+4915112345678"] }, // friends
  },
}
"#;

    #[test]
    fn removes_links_and_allowlist_entries_keeping_the_rest() {
        let links = vec![(
            "alice".to_string(),
            vec!["telegram:111111111".into(), "discord:222222222222".into()],
        )];
        let alice = Person::resolve("alice", &links);
        let (out, n) = remove_person(CONFIG, &alice).unwrap().unwrap();
        assert_eq!(n, 3);
        assert!(!alice.mentioned_in(out.as_bytes()), "{out}");
        assert!(out.contains("      bob: [\"telegram:333333333\"], // on call\n"));
        assert!(out.contains("dm: { allowFrom: [] }"));
        assert!(out.starts_with("// ops bot\n"));
        json5::parse(&out).unwrap();
        assert!(remove_person(&out, &alice).unwrap().is_none(), "idempotent");

        let carol = Person::resolve("+8613800138000", &[]);
        let (out, n) = remove_person(CONFIG, &carol).unwrap().unwrap();
        assert_eq!(n, 1);
        assert!(out.contains(r#"allowFrom: ["+4915112345678"] }, // friends"#));
    }
}
