//! Finding secrets in a parsed JSON5/JSON document by field name and value shape, with JSON
//! paths that lead back to the exact value for editing.

use super::detect;
use crate::state::json5::{Kind, Node};
use serde::{Deserialize, Serialize};

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// `models.providers.openai.apiKey`, `profiles["anthropic:cli"].token`, `list[2]`.
pub fn display_path(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if is_plain_key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Key(k) => out.push_str(&format!("[{}]", serde_json::Value::from(k.as_str()))),
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

fn is_plain_key(k: &str) -> bool {
    !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && !k.starts_with(|c: char| c.is_ascii_digit())
}

/// Which field names count, beyond the generic ones.
#[derive(Debug, Clone, Copy)]
pub enum Rules {
    /// The bot's config (and models.json, config backups).
    Config,
    /// `auth-profiles.json`: also `key`, `access`, `refresh`.
    AuthProfiles,
    /// `credentials/**`: also `private` keys, including `{type: "Buffer", data}` objects.
    Credentials,
}

/// A secret found in a document.
#[derive(Debug, Clone)]
pub struct Hit {
    pub path: Vec<Seg>,
    /// Byte offset of the value (for line numbers).
    pub offset: usize,
    pub value: String,
    pub kind: &'static str,
    pub by: &'static str,
    /// The value sits directly in an array.
    pub in_array: bool,
}

/// Every secret in `root`.
pub fn find(root: &Node, rules: Rules) -> Vec<Hit> {
    let mut hits = Vec::new();
    walk(root, &mut Vec::new(), rules, &mut hits);
    hits
}

/// True for a SecretRef object `{ source, provider, id }`.
pub fn is_secret_ref_node(node: &Node) -> bool {
    matches!(node.kind, Kind::Object(_))
        && node.get("source").is_some()
        && node.get("id").is_some()
        && crate::state::config::is_secret_ref(&node.to_value())
}

fn name_kind(path: &[Seg], key: &str, rules: Rules) -> Option<&'static str> {
    let parent = match path.last() {
        Some(Seg::Key(k)) => k.as_str(),
        _ => "",
    };
    let grandparent = match path.len().checked_sub(2).map(|i| &path[i]) {
        Some(Seg::Key(k)) => k.as_str(),
        _ => "",
    };
    if parent == "env" || (parent == "vars" && grandparent == "env") {
        if let Some(kind) = detect::env_var_kind(key) {
            return Some(kind);
        }
    }
    if let Some(kind) = detect::field_kind(key) {
        return Some(kind);
    }
    let lower = key.to_ascii_lowercase();
    match rules {
        Rules::AuthProfiles => match lower.as_str() {
            "key" => Some("api-key"),
            "access" | "refresh" => Some("oauth-token"),
            _ => None,
        },
        Rules::Credentials => match lower.as_str() {
            "private" | "key" => Some("private-key"),
            "access" | "refresh" => Some("oauth-token"),
            _ => None,
        },
        Rules::Config => None,
    }
}

fn walk(node: &Node, path: &mut Vec<Seg>, rules: Rules, hits: &mut Vec<Hit>) {
    match &node.kind {
        Kind::Object(members) => {
            if is_secret_ref_node(node) {
                return;
            }
            for (key, _, value) in members {
                if path.is_empty()
                    && matches!(rules, Rules::Config)
                    && matches!(key.as_str(), "$include" | "secrets" | "meta")
                {
                    continue;
                }
                let by_name = name_kind(path, key, rules);
                path.push(Seg::Key(key.clone()));
                match &value.kind {
                    Kind::String(s) => check(s, value.start, by_name, false, path, hits),
                    Kind::Object(_) if by_name.is_some() && buffer_data(value).is_some() => {
                        if let Some((data, offset)) = buffer_data(value) {
                            check(data, offset, by_name, false, path, hits);
                        }
                    }
                    Kind::Array(items) => {
                        let plural = key.strip_suffix('s').unwrap_or(key);
                        let item_kind = name_kind(&path[..path.len() - 1], plural, rules);
                        for (i, item) in items.iter().enumerate() {
                            path.push(Seg::Index(i));
                            match &item.kind {
                                Kind::String(s) => {
                                    check(s, item.start, item_kind, true, path, hits)
                                }
                                _ => walk(item, path, rules, hits),
                            }
                            path.pop();
                        }
                    }
                    _ => walk(value, path, rules, hits),
                }
                path.pop();
            }
        }
        Kind::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                match &item.kind {
                    Kind::String(s) => check(s, item.start, None, true, path, hits),
                    _ => walk(item, path, rules, hits),
                }
                path.pop();
            }
        }
        _ => {}
    }
}

/// `{ "type": "Buffer", "data": "<base64>" }`, as Node's Buffer.toJSON writes key material.
fn buffer_data(node: &Node) -> Option<(&str, usize)> {
    let is_buffer = matches!(&node.get("type")?.kind, Kind::String(t) if t == "Buffer");
    match &node.get("data")?.kind {
        Kind::String(d) if is_buffer => Some((d.as_str(), node.start)),
        _ => None,
    }
}

fn check(
    value: &str,
    offset: usize,
    by_name: Option<&'static str>,
    in_array: bool,
    path: &[Seg],
    hits: &mut Vec<Hit>,
) {
    if !detect::plausible_secret(value) {
        return;
    }
    let shape = detect::shape_of(value);
    let (kind, by) = match (by_name, shape) {
        (Some(_), Some(s)) => (s, "field+shape"),
        (Some(n), None) => (n, "field"),
        (None, Some(s)) => (s, "shape"),
        (None, None) => return,
    };
    hits.push(Hit {
        path: path.to_vec(),
        offset,
        value: value.to_string(),
        kind,
        by,
        in_array,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::json5::parse;

    #[test]
    fn finds_by_name_and_shape_and_skips_references() {
        let text = r#"{
          meta: { lastTouchedVersion: "2026.1.24" },
          gateway: { auth: { mode: "token", token: "d810a485ed03241b4d419b1b673bd475" } },
          tools: { web: { search: { apiKey: "${BRAVE_API_KEY}" } } },
          talk: { voiceId: "EXAVITQu4vr4xnSDxMaL", apiKey: "sk_fakeb97706ca828bca0385813dbad3c681d06bd2aa399dac" },
          env: { vars: { GROQ_API_KEY: "abc123def456" }, HOME_DIR: "/home/x" },
          plugins: { entries: { x: { config: { anything: "ghp_abcdefghijklmnopqrstuvwxyz0123456789", apiKeys: ["k1-secret-value"] } } } },
          models: { providers: { a: { apiKey: { source: "exec", provider: "clawctl", id: "a" } } } },
          secrets: { providers: { clawctl: { source: "exec", command: "/usr/bin/clawctl" } } },
        }"#;
        let hits = find(&parse(text).unwrap(), Rules::Config);
        let paths: Vec<String> = hits.iter().map(|h| display_path(&h.path)).collect();
        assert_eq!(
            paths,
            [
                "gateway.auth.token",
                "talk.apiKey",
                "env.vars.GROQ_API_KEY",
                "plugins.entries.x.config.anything",
                "plugins.entries.x.config.apiKeys[0]",
            ]
        );
        assert!(hits[4].in_array);
        assert_eq!(hits[3].by, "shape");
        assert_eq!(
            display_path(&[
                Seg::Key("profiles".into()),
                Seg::Key("anthropic:cli".into()),
                Seg::Key("token".into())
            ]),
            "profiles[\"anthropic:cli\"].token"
        );
    }

    #[test]
    fn credentials_buffers_are_found() {
        let text = r#"{"noiseKey":{"private":{"type":"Buffer","data":"RkFLRS1ub2lzZS1wcml2YXRl"},"public":{"type":"Buffer","data":"cHVibGlj"}},"advSecretKey":"RkFLRS1hZHYtc2VjcmV0","registrationId":4242}"#;
        let hits = find(&parse(text).unwrap(), Rules::Credentials);
        let paths: Vec<String> = hits.iter().map(|h| display_path(&h.path)).collect();
        assert_eq!(paths, ["noiseKey.private", "advSecretKey"]);
    }
}
