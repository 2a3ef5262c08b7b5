//! References to clawctl's secrets in the bot's files: SecretRefs through the `clawctl` exec
//! provider, env SecretRefs and `${CLAWCTL_*}` strings, `…Ref: "keychain:<name>"` members,
//! and `.env` marker lines. `list` shows them, `rm` refuses to orphan them, `rollback`
//! replaces them and `run` exports what they need.

use super::jsonwalk::Seg;
use super::locations::{self, Location};
use super::{dotenv, naming, Area};
use crate::state::json5::{self, Kind, Node};
use crate::state::{config, StateDir};
use anyhow::{Context, Result};
use regex::Regex;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// The exec provider alias clawctl registers under `secrets.providers`.
pub const PROVIDER: &str = "clawctl";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RefKind {
    /// `{ "source": "exec", "provider": "clawctl", "id": "<name>" }`
    Exec,
    /// `{ "source": "env", "provider": "default", "id": "CLAWCTL_<NAME>" }`
    EnvRef,
    /// `"${CLAWCTL_<NAME>}"` inside a string.
    EnvString,
    /// `"keychain:<name>"`
    Keychain,
    /// A `.env` marker line.
    DotEnv,
}

#[derive(Debug, Clone, Serialize)]
pub struct Reference {
    pub file: PathBuf,
    pub area: Area,
    pub location: Location,
    pub line: usize,
    pub name: String,
    pub kind: RefKind,
    /// The reference sits in a `<key>Ref` member that replaced `<key>`.
    pub renamed: bool,
}

static ENV_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\$\{(CLAWCTL_[A-Z0-9_]+)\}").expect("valid regex"));

/// Secret names referenced as `${CLAWCTL_*}` in a string (not `$${…}` escapes).
pub fn env_string_names(s: &str) -> Vec<String> {
    ENV_REF
        .captures_iter(s)
        .filter(|c| {
            let start = c.get(0).map_or(0, |m| m.start());
            start == 0 || s.as_bytes()[start - 1] != b'$'
        })
        .filter_map(|c| naming::name_of_env_var(&c[1]))
        .collect()
}

/// The name a reference node points at, and its kind.
pub fn node_ref(node: &Node) -> Option<(String, RefKind)> {
    match &node.kind {
        Kind::String(s) => {
            if let Some(name) = s.strip_prefix("keychain:") {
                return naming::validate(name)
                    .ok()
                    .map(|()| (name.to_string(), RefKind::Keychain));
            }
            env_string_names(s)
                .into_iter()
                .next()
                .map(|n| (n, RefKind::EnvString))
        }
        Kind::Object(_) => {
            let text = |k: &str| match node.get(k).map(|n| &n.kind) {
                Some(Kind::String(s)) => Some(s.as_str()),
                _ => None,
            };
            match (text("source"), text("provider"), text("id")) {
                (Some("exec"), Some(PROVIDER), Some(id)) => naming::validate(id)
                    .ok()
                    .map(|()| (id.to_string(), RefKind::Exec)),
                (Some("env"), _, Some(var)) => {
                    naming::name_of_env_var(var).map(|n| (n, RefKind::EnvRef))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// References in a parsed document: (path, value offset, name, kind, renamed).
pub fn in_json(root: &Node) -> Vec<(Vec<Seg>, usize, String, RefKind, bool)> {
    let mut out = Vec::new();
    walk(root, &mut Vec::new(), &mut out);
    out
}

fn walk(node: &Node, path: &mut Vec<Seg>, out: &mut Vec<(Vec<Seg>, usize, String, RefKind, bool)>) {
    match &node.kind {
        Kind::Object(members) => {
            for (key, _, value) in members {
                path.push(Seg::Key(key.clone()));
                let renamed = key.len() > 3 && key.ends_with("Ref");
                match (&value.kind, node_ref(value)) {
                    (Kind::String(s), _) => {
                        if let Some(name) = s.strip_prefix("keychain:") {
                            if naming::validate(name).is_ok() {
                                out.push((
                                    path.clone(),
                                    value.start,
                                    name.to_string(),
                                    RefKind::Keychain,
                                    renamed,
                                ));
                            }
                        }
                        for name in env_string_names(s) {
                            out.push((path.clone(), value.start, name, RefKind::EnvString, false));
                        }
                    }
                    (_, Some((name, kind))) => {
                        out.push((path.clone(), value.start, name, kind, renamed))
                    }
                    _ => walk(value, path, out),
                }
                path.pop();
            }
        }
        Kind::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                match (&item.kind, node_ref(item)) {
                    (Kind::String(s), _) => {
                        for name in env_string_names(s) {
                            out.push((path.clone(), item.start, name, RefKind::EnvString, false));
                        }
                    }
                    (_, Some((name, kind))) => {
                        out.push((path.clone(), item.start, name, kind, false))
                    }
                    _ => walk(item, path, out),
                }
                path.pop();
            }
        }
        _ => {}
    }
}

/// The files that can hold references: config and includes, `.env`, auth profiles and
/// models.json of every agent (and, with `backups`, the config's `.bak*` files).
pub fn files(state: &StateDir, backups: bool) -> Result<Vec<(Area, PathBuf)>> {
    let mut out = locations::config_files(state)?;
    let dotenv = state.root.join(".env");
    if dotenv.is_file() {
        out.push((Area::DotEnv, dotenv));
    }
    for (_, p) in locations::agent_files(state, "auth-profiles.json")? {
        out.push((Area::AuthProfiles, p));
    }
    for (_, p) in locations::agent_files(state, "models.json")? {
        out.push((Area::Models, p));
    }
    if backups {
        if let Some(cfg) = &state.config_path {
            for b in locations::config_backups(cfg)? {
                out.push((Area::Backup, b));
            }
        }
    }
    Ok(out)
}

/// Every reference to a clawctl secret in one file.
pub fn in_file(area: Area, path: &Path) -> Result<Vec<Reference>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    if area == Area::DotEnv {
        return Ok(dotenv::markers(&text)
            .into_iter()
            .map(|m| Reference {
                file: path.to_path_buf(),
                area,
                location: Location::EnvVar(m.var),
                line: m.line,
                name: m.name,
                kind: RefKind::DotEnv,
                renamed: false,
            })
            .collect());
    }
    let root = match area {
        Area::Backup => match json5::parse(&text) {
            Ok(r) => r,
            Err(_) => return Ok(Vec::new()),
        },
        _ => config::parse_file(path)?.1,
    };
    Ok(in_json(&root)
        .into_iter()
        .map(|(p, offset, name, kind, renamed)| Reference {
            file: path.to_path_buf(),
            area,
            location: Location::Json(p),
            line: json5::line_col(&text, offset).0,
            name,
            kind,
            renamed,
        })
        .collect())
}

/// Every reference in the state directory.
pub fn find(state: &StateDir, backups: bool) -> Result<Vec<Reference>> {
    let mut out = Vec::new();
    for (area, path) in files(state, backups)? {
        out.extend(in_file(area, &path)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_every_reference_form() {
        let text = r#"{
          a: { apiKey: { source: "exec", provider: "clawctl", id: "models-a" } },
          b: { token: "${CLAWCTL_CHANNELS_B}", other: "$${CLAWCTL_ESCAPED}", mixed: "Bearer ${CLAWCTL_X}" },
          c: { apiKeyRef: "keychain:talk-apikey" },
          d: { keyRef: { source: "env", provider: "default", id: "CLAWCTL_AUTH_D" } },
          e: { apiKey: { source: "exec", provider: "vault", id: "elsewhere" } },
          f: ["${CLAWCTL_LISTED}"],
        }"#;
        let refs = in_json(&json5::parse(text).unwrap());
        let got: Vec<(String, RefKind, bool)> = refs.into_iter().map(|r| (r.2, r.3, r.4)).collect();
        assert_eq!(
            got,
            [
                ("models-a".to_string(), RefKind::Exec, false),
                ("channels-b".to_string(), RefKind::EnvString, false),
                ("x".to_string(), RefKind::EnvString, false),
                ("talk-apikey".to_string(), RefKind::Keychain, true),
                ("auth-d".to_string(), RefKind::EnvRef, true),
                ("listed".to_string(), RefKind::EnvString, false),
            ]
        );
    }
}
