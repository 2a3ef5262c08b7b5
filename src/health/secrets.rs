//! Are the config's secret references resolvable? `${VAR}` strings need the variable (in
//! clawctl's environment, the state dir's `.env` or the config's `env` block, as the bot loads
//! them); SecretRef objects need their provider declared under `secrets.providers` and, for
//! file and exec providers, the file or command usable by the bot's rules. Only names and
//! locations are reported, never values.

use super::{CheckResult, Status};
use crate::state::config::{is_secret_ref, BotConfig};
use crate::state::StateDir;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Instant;

/// One reference and where it sits.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// `tools.web.search.apiKey` or `agents/main/agent/auth-profiles.json: profiles.x.keyRef`.
    pub location: String,
    pub target: Target,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// `${VAR}` in a string.
    Env(String),
    /// `{ source, provider, id }`.
    Ref {
        source: String,
        provider: Option<String>,
        id: String,
    },
}

/// Every reference in the config (with includes) and in each agent's auth-profiles.json.
pub fn collect(config: &BotConfig, state: &StateDir) -> Vec<Reference> {
    let mut out = Vec::new();
    walk(&config.value, "", &mut out);
    for agent in state.agents().unwrap_or_default() {
        let rel = format!("agents/{agent}/agent/auth-profiles.json");
        let Ok(bytes) = std::fs::read(state.root.join(&rel)) else {
            continue;
        };
        if let Ok(v) = serde_json::from_slice::<Value>(&bytes) {
            let mut refs = Vec::new();
            walk(&v, "", &mut refs);
            out.extend(refs.into_iter().map(|r| Reference {
                location: format!("{rel}: {}", r.location),
                target: r.target,
            }));
        }
    }
    out
}

fn walk(v: &Value, path: &str, out: &mut Vec<Reference>) {
    let child = |k: &str| {
        if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        }
    };
    match v {
        Value::String(s) => {
            for name in env_names(s) {
                out.push(Reference {
                    location: path.to_string(),
                    target: Target::Env(name),
                });
            }
        }
        Value::Object(map) if is_secret_ref(v) => {
            let text = |k: &str| map.get(k).and_then(Value::as_str).map(String::from);
            out.push(Reference {
                location: path.to_string(),
                target: Target::Ref {
                    source: text("source").unwrap_or_default(),
                    provider: text("provider"),
                    id: text("id").unwrap_or_default(),
                },
            });
        }
        Value::Object(map) => {
            for (k, v) in map {
                walk(v, &child(k), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, &child(&i.to_string()), out);
            }
        }
        _ => {}
    }
}

/// Variable names referenced as `${VAR}` (upper-case names; `$${VAR}` is an escape).
pub fn env_names(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(pos) = s[i..].find("${") {
        let at = i + pos;
        i = at + 2;
        if at > 0 && bytes[at - 1] == b'$' {
            continue;
        }
        let Some(end) = s[i..].find('}') else { break };
        let name = &s[i..i + end];
        let valid = !name.is_empty()
            && !name.starts_with(|c: char| c.is_ascii_digit())
            && name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if valid {
            out.push(name.to_string());
        }
    }
    out
}

/// Variables as the bot sees them: its environment, then the state dir's `.env`, then the
/// config's `env` / `env.vars` block. Values stay in memory, for probes only.
pub struct Vars {
    extra: BTreeMap<String, String>,
}

impl Vars {
    pub fn load(config: &BotConfig, state: &StateDir) -> Vars {
        let mut extra = BTreeMap::new();
        for block in [config.get("env.vars"), config.get("env")]
            .into_iter()
            .flatten()
        {
            if let Value::Object(map) = block {
                for (k, v) in map {
                    if let Some(v) = v.as_str() {
                        extra.entry(k.clone()).or_insert_with(|| v.to_string());
                    }
                }
            }
        }
        if let Ok(text) = std::fs::read_to_string(state.root.join(".env")) {
            for line in text.lines() {
                let line = line.trim();
                let line = line.strip_prefix("export ").unwrap_or(line);
                if line.starts_with('#') {
                    continue;
                }
                if let Some((k, v)) = line.split_once('=') {
                    let v = v.trim();
                    let unquoted = [('"', '"'), ('\'', '\'')]
                        .iter()
                        .find_map(|(a, b)| v.strip_prefix(*a)?.strip_suffix(*b))
                        .unwrap_or(v);
                    extra.insert(k.trim().to_string(), unquoted.to_string());
                }
            }
        }
        Vars { extra }
    }

    pub fn get(&self, name: &str) -> Option<String> {
        std::env::var(name)
            .ok()
            .filter(|v| !v.is_empty())
            .or_else(|| self.extra.get(name).filter(|v| !v.is_empty()).cloned())
    }

    pub fn is_set(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The value of a config field for a probe: a literal, `${VAR}` substituted, or an env
    /// SecretRef. `None` when the field is absent; `Err` says why it cannot be resolved.
    pub fn resolve(&self, v: Option<&Value>) -> Option<Result<String, String>> {
        match v? {
            Value::String(s) if s.is_empty() => None,
            Value::String(s) => Some(self.substitute(s)),
            v if is_secret_ref(v) => {
                let source = v.get("source").and_then(Value::as_str).unwrap_or_default();
                let id = v.get("id").and_then(Value::as_str).unwrap_or_default();
                Some(if source == "env" {
                    self.get(id).ok_or_else(|| format!("{id} is not set"))
                } else {
                    Err(format!(
                        "{source} secret references are not resolved by health checks"
                    ))
                })
            }
            _ => None,
        }
    }

    fn substitute(&self, s: &str) -> Result<String, String> {
        let mut out = s.to_string();
        for name in env_names(s) {
            let value = self
                .get(&name)
                .ok_or_else(|| format!("{name} is not set"))?;
            out = out.replace(&format!("${{{name}}}"), &value);
        }
        Ok(out)
    }
}

pub fn check(config: &BotConfig, state: &StateDir) -> CheckResult {
    let start = Instant::now();
    let refs = collect(config, state);
    let vars = Vars::load(config, state);
    let env_set = |name: &str| vars.is_set(name);
    let mut problems: Vec<(String, String)> = Vec::new();
    for r in &refs {
        if let Some(problem) = problem(r, config, &env_set) {
            problems.push((r.location.clone(), problem));
        }
    }
    let status = if problems.is_empty() {
        Status::Ok
    } else {
        Status::Critical
    };
    let detail = if refs.is_empty() {
        "no secret references".to_string()
    } else if problems.is_empty() {
        format!("{} secret reference(s), all resolvable", refs.len())
    } else {
        let shown: Vec<String> = problems
            .iter()
            .take(3)
            .map(|(loc, p)| format!("{p} ({loc})"))
            .collect();
        let more = problems.len().saturating_sub(3);
        format!(
            "{} of {} unresolvable: {}{}",
            problems.len(),
            refs.len(),
            shown.join("; "),
            if more > 0 {
                format!("; and {more} more")
            } else {
                String::new()
            }
        )
    };
    let unresolved: Vec<Value> = problems
        .iter()
        .map(|(loc, p)| json!({"location": loc, "problem": p}))
        .collect();
    CheckResult::new("secrets", status, detail)
        .with("references", refs.len())
        .with("unresolved", Value::Array(unresolved))
        .timed(start)
}

fn problem(r: &Reference, config: &BotConfig, env_set: &dyn Fn(&str) -> bool) -> Option<String> {
    match &r.target {
        Target::Env(name) => (!env_set(name)).then(|| format!("{name} is not set")),
        Target::Ref {
            source,
            provider,
            id,
        } => {
            let declared = provider
                .as_deref()
                .and_then(|p| config.get("secrets.providers")?.get(p));
            match (source.as_str(), provider, declared) {
                ("env", _, _) => (!env_set(id)).then(|| format!("{id} is not set")),
                (_, None, _) => Some(format!("{source} reference '{id}' names no provider")),
                (_, Some(p), None) => Some(format!(
                    "provider '{p}' is not declared under secrets.providers"
                )),
                ("file", Some(p), Some(decl)) => {
                    let path = decl.get("path").and_then(Value::as_str)?;
                    std::fs::File::open(path)
                        .err()
                        .map(|e| format!("file of provider '{p}' is not readable: {e}"))
                }
                ("exec", Some(p), Some(decl)) => {
                    let command = decl.get("command").and_then(Value::as_str);
                    command
                        .map_or(Some("no command".into()), exec_problem)
                        .map(|why| format!("exec provider '{p}': {why}"))
                }
                _ => None,
            }
        }
    }
}

/// The bot's rules for an exec provider's command: an absolute path to a regular file (not a
/// symlink), executable, not group- or world-writable.
fn exec_problem(command: &str) -> Option<String> {
    let path = Path::new(command);
    if !path.is_absolute() {
        return Some(format!("{command} is not an absolute path"));
    }
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) => return Some(format!("{command}: {e}")),
    };
    let mode = meta.permissions().mode();
    if meta.file_type().is_symlink() {
        Some(format!("{command} is a symlink"))
    } else if !meta.is_file() {
        Some(format!("{command} is not a file"))
    } else if mode & 0o111 == 0 {
        Some(format!("{command} is not executable"))
    } else if mode & 0o022 != 0 {
        Some(format!("{command} is group- or world-writable"))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_names_are_found_and_escapes_skipped() {
        assert_eq!(env_names("${A_KEY}"), ["A_KEY"]);
        assert_eq!(env_names("x ${A} y ${B2}"), ["A", "B2"]);
        assert!(env_names("$${ESCAPED}").is_empty());
        assert!(env_names("${lower}").is_empty());
        assert!(env_names("${1X}").is_empty());
        assert!(env_names("${UNCLOSED").is_empty());
    }
}
