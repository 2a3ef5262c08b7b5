//! In-place edits of JSON5/JSON text by byte span: the operator's comments, key quoting and
//! formatting survive, and a file the bot wrote as plain JSON stays plain JSON (everything
//! inserted is JSON).

use super::jsonwalk::Seg;
use crate::state::json5::{Kind, Node};
use anyhow::{bail, Result};

/// Replace `start..end` with `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEdit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Apply non-overlapping edits.
pub fn apply(text: &str, mut edits: Vec<TextEdit>) -> Result<String> {
    edits.sort_by_key(|e| (e.start, e.end));
    for pair in edits.windows(2) {
        if pair[0].end > pair[1].start {
            bail!(
                "internal error: overlapping edits at byte {}",
                pair[1].start
            );
        }
    }
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for e in &edits {
        out.push_str(&text[at..e.start]);
        out.push_str(&e.text);
        at = e.end;
    }
    out.push_str(&text[at..]);
    Ok(out)
}

/// The node at `path`.
pub fn navigate<'a>(root: &'a Node, path: &[Seg]) -> Option<&'a Node> {
    path.iter()
        .try_fold(root, |node, seg| match (seg, &node.kind) {
            (Seg::Key(k), Kind::Object(_)) => node.get(k),
            (Seg::Index(i), Kind::Array(items)) => items.get(*i),
            _ => None,
        })
}

/// A member of an object: its key, the byte range of the key token, and its value.
pub struct Member<'a> {
    pub key: &'a str,
    pub key_start: usize,
    pub key_end: usize,
    pub quoted: bool,
    pub value: &'a Node,
}

/// The member `key` of the object at `path` (the last one, as the bot reads duplicates).
pub fn member<'a>(text: &str, root: &'a Node, path: &[Seg], key: &str) -> Option<Member<'a>> {
    let object = navigate(root, path)?;
    let Kind::Object(members) = &object.kind else {
        return None;
    };
    let (k, key_start, value) = members.iter().rev().find(|(k, _, _)| k == key)?;
    let (key_end, quoted) = key_token_end(text, *key_start);
    Some(Member {
        key: k,
        key_start: *key_start,
        key_end,
        quoted,
        value,
    })
}

/// End of the key token starting at `start`, and whether it is quoted.
fn key_token_end(text: &str, start: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    match bytes.get(start) {
        Some(&q @ (b'"' | b'\'')) => {
            let mut i = start + 1;
            while i < bytes.len() {
                match bytes[i] {
                    b'\\' => i += 2,
                    c if c == q => return (i + 1, true),
                    _ => i += 1,
                }
            }
            (bytes.len(), true)
        }
        _ => {
            let rest = &text[start..];
            let len = rest
                .char_indices()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '$'))
                .map_or(rest.len(), |(i, _)| i);
            (start + len, false)
        }
    }
}

/// A key as it should be written next to one written `quoted` or not.
pub fn key_text(key: &str, quoted: bool) -> String {
    if quoted || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        json_string(key)
    } else {
        key.to_string()
    }
}

/// A JSON string literal.
pub fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

/// A compact one-line JSON rendering with spaces after `:` and `,` (reads well in JSON5).
pub fn inline_json(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(m) => {
            let items: Vec<String> = m
                .iter()
                .map(|(k, v)| format!("{}: {}", json_string(k), inline_json(v)))
                .collect();
            format!("{{ {} }}", items.join(", "))
        }
        serde_json::Value::Array(a) => {
            let items: Vec<String> = a.iter().map(inline_json).collect();
            format!("[{}]", items.join(", "))
        }
        other => other.to_string(),
    }
}

/// Insert `"key": value` as the last member of `object`.
pub fn insert_member(text: &str, object: &Node, key: &str, value: &str) -> Result<TextEdit> {
    let Kind::Object(members) = &object.kind else {
        bail!("internal error: insert into a non-object");
    };
    let member_text = format!("{}: {value}", json_string(key));
    match members.last() {
        Some((_, key_start, last)) => {
            let indent = indent_at(text, *key_start);
            Ok(TextEdit {
                start: last.end,
                end: last.end,
                text: format!(",\n{indent}{member_text}"),
            })
        }
        None => {
            let indent = indent_at(text, object.start);
            Ok(TextEdit {
                start: object.start + 1,
                end: object.end - 1,
                text: format!("\n{indent}  {member_text}\n{indent}"),
            })
        }
    }
}

/// The whitespace at the start of the line holding `offset`.
fn indent_at(text: &str, offset: usize) -> String {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::json5::parse;

    #[test]
    fn edits_keep_comments_and_layout() {
        let text = "// top\n{\n  a: { 'k': \"v\", /* c */ },\n  b: 1, // tail\n}\n";
        let root = parse(text).unwrap();
        let m = member(text, &root, &[Seg::Key("a".into())], "k").unwrap();
        assert!(m.quoted);
        assert_eq!(&text[m.key_start..m.key_end], "'k'");
        let edit = TextEdit {
            start: m.key_start,
            end: m.value.end,
            text: format!(
                "{}: {}",
                key_text("kRef", m.quoted),
                json_string("keychain:x")
            ),
        };
        let out = apply(text, vec![edit]).unwrap();
        assert_eq!(
            out,
            "// top\n{\n  a: { \"kRef\": \"keychain:x\", /* c */ },\n  b: 1, // tail\n}\n"
        );
        let root = parse(&out).unwrap();
        let ins = insert_member(
            &out,
            &root,
            "secrets",
            &inline_json(&serde_json::json!({"x": [1, 2]})),
        )
        .unwrap();
        let out2 = apply(&out, vec![ins]).unwrap();
        assert!(
            out2.contains("  b: 1,\n  \"secrets\": { \"x\": [1, 2] }, // tail"),
            "{out2}"
        );
        assert!(parse(&out2).is_ok());
    }

    #[test]
    fn insert_into_empty_object_and_plain_json() {
        let text = "{\"a\": {}}";
        let root = parse(text).unwrap();
        let obj = navigate(&root, &[Seg::Key("a".into())]).unwrap();
        let out = apply(text, vec![insert_member(text, obj, "k", "1").unwrap()]).unwrap();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v, serde_json::json!({"a": {"k": 1}}));
    }
}
