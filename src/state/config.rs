//! The bot's config file: JSON5 with `$include` and `${VAR}` references.
//!
//! References are kept as written: clawctl never substitutes `${VAR}` into anything it shows
//! or writes, so a secret that lives in the environment stays there.

use super::json5;
use crate::error::user_err;
use anyhow::{Context, Result};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// A loaded config: the main file's text and parse tree (for in-place edits) and the merged
/// value with includes applied (for reading).
#[derive(Debug, Clone)]
pub struct BotConfig {
    pub path: PathBuf,
    pub text: String,
    pub root: json5::Node,
    pub value: Value,
    /// Files pulled in through `$include`, in load order.
    pub includes: Vec<PathBuf>,
}

const MAX_INCLUDE_DEPTH: usize = 10;

impl BotConfig {
    pub fn load(path: &Path) -> Result<BotConfig> {
        let (text, root) = parse_file(path)?;
        let mut includes = Vec::new();
        let value = resolve_includes(root.to_value(), path, &mut includes, 0)?;
        Ok(BotConfig {
            path: path.to_path_buf(),
            text,
            root,
            value,
            includes,
        })
    }

    /// A value by dotted path (`gateway.port`).
    pub fn get(&self, dotted: &str) -> Option<&Value> {
        dotted.split('.').try_fold(&self.value, |v, k| v.get(k))
    }

    /// The bot version that last wrote the config (`meta.lastTouchedVersion`).
    pub fn bot_version(&self) -> Option<&str> {
        self.get("meta.lastTouchedVersion").and_then(Value::as_str)
    }

    /// The gateway port: `gateway.port`, default 18789.
    pub fn gateway_port(&self) -> Option<u16> {
        self.get("gateway.port")
            .and_then(Value::as_u64)
            .and_then(|p| u16::try_from(p).ok())
    }

    /// `session.identityLinks`: canonical name → list of peer ids.
    pub fn identity_links(&self) -> Vec<(String, Vec<String>)> {
        let Some(Value::Object(links)) = self.get("session.identityLinks") else {
            return Vec::new();
        };
        links
            .iter()
            .map(|(name, ids)| {
                let ids = ids.as_array().map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_lowercase)
                        .collect()
                });
                (name.clone(), ids.unwrap_or_default())
            })
            .collect()
    }
}

/// Read and parse one JSON5 file; errors name `file:line:col`.
pub fn parse_file(path: &Path) -> Result<(String, json5::Node)> {
    let bytes =
        std::fs::read(path).with_context(|| format!("cannot read config {}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, col) = json5::line_col(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        user_err(format!(
            "{}:{line}:{col}: config is not valid UTF-8",
            path.display()
        ))
    })?;
    let root = json5::parse(&text).map_err(|e| {
        user_err(format!(
            "{}:{}:{}: malformed JSON5: {}",
            path.display(),
            e.line,
            e.col,
            e.message
        ))
        .hint("fix the config file; the bot will not start with it either")
    })?;
    Ok((text, root))
}

/// True for a string the bot substitutes from the environment (`${VAR}`, upper-case names).
pub fn is_env_reference(s: &str) -> bool {
    let mut rest = s;
    while let Some(i) = rest.find("${") {
        if i > 0 && rest.as_bytes()[i - 1] == b'$' {
            rest = &rest[i + 2..];
            continue;
        }
        if let Some(end) = rest[i + 2..].find('}') {
            let name = &rest[i + 2..i + 2 + end];
            if !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                && !name.starts_with(|c: char| c.is_ascii_digit())
            {
                return true;
            }
        }
        rest = &rest[i + 2..];
    }
    false
}

/// True for a SecretRef object `{ source, provider, id }` (OpenClaw 2026.2.26+).
pub fn is_secret_ref(v: &Value) -> bool {
    v.get("source")
        .and_then(Value::as_str)
        .is_some_and(|s| matches!(s, "env" | "file" | "exec"))
        && v.get("id").is_some_and(Value::is_string)
}

fn resolve_includes(
    value: Value,
    file: &Path,
    seen: &mut Vec<PathBuf>,
    depth: usize,
) -> Result<Value> {
    match value {
        Value::Object(mut map) => {
            let include = map.remove("$include");
            let mut merged = Map::new();
            if let Some(spec) = include {
                let list = match spec {
                    Value::String(s) => vec![s],
                    Value::Array(items) => items
                        .into_iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect(),
                    _ => {
                        return Err(user_err(format!(
                            "{}: `$include` must be a path or a list of paths",
                            file.display()
                        ))
                        .into())
                    }
                };
                for rel in list {
                    let target = file.parent().unwrap_or(Path::new(".")).join(&rel);
                    if depth >= MAX_INCLUDE_DEPTH || seen.contains(&target) {
                        return Err(user_err(format!(
                            "{}: `$include` of {rel} loops or nests too deep",
                            file.display()
                        ))
                        .into());
                    }
                    seen.push(target.clone());
                    let (_, node) = parse_file(&target)?;
                    if let Value::Object(inc) =
                        resolve_includes(node.to_value(), &target, seen, depth + 1)?
                    {
                        deep_merge(&mut merged, inc);
                    }
                }
            }
            let mut own = Map::new();
            for (k, v) in map {
                own.insert(k, resolve_includes(v, file, seen, depth)?);
            }
            deep_merge(&mut merged, own);
            Ok(Value::Object(merged))
        }
        Value::Array(items) => items
            .into_iter()
            .map(|v| resolve_includes(v, file, seen, depth))
            .collect::<Result<Vec<_>>>()
            .map(Value::Array),
        other => Ok(other),
    }
}

fn deep_merge(into: &mut Map<String, Value>, from: Map<String, Value>) {
    for (k, v) in from {
        match (into.get_mut(&k), v) {
            (Some(Value::Object(a)), Value::Object(b)) => deep_merge(a, b),
            (_, v) => {
                into.insert(k, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_references_are_recognised() {
        assert!(is_env_reference("${OPENAI_API_KEY}"));
        assert!(is_env_reference("Bearer ${TOKEN_2}"));
        assert!(!is_env_reference("$${ESCAPED}"));
        assert!(!is_env_reference("${lower}"));
        assert!(!is_env_reference("sk-plain"));
    }

    #[test]
    fn includes_merge_with_siblings_winning() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("models.json5"),
            "{ models: { a: 1, b: 2 } }",
        )
        .unwrap();
        let main = dir.path().join("openclaw.json");
        std::fs::write(
            &main,
            "{ $include: './models.json5', models: { b: 3 }, k: '${KEY}' }",
        )
        .unwrap();
        let cfg = BotConfig::load(&main).unwrap();
        assert_eq!(
            cfg.value,
            serde_json::json!({"models": {"a": 1, "b": 3}, "k": "${KEY}"})
        );
        assert_eq!(cfg.includes.len(), 1);
    }

    #[test]
    fn include_loops_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("a.json");
        std::fs::write(&main, "{ $include: 'a.json' }").unwrap();
        assert!(BotConfig::load(&main)
            .unwrap_err()
            .to_string()
            .contains("loops"));
    }
}
