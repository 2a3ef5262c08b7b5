//! Rewriting one file: replacing plaintext secrets with references (`migrate`) or
//! references with plaintext (`rollback`). Each edit checks what is there first, so applying
//! the same rewrite twice changes nothing the second time; before a plaintext value is
//! replaced, the backend must hold exactly that value.

use super::backend::Backend;
use super::edit::{self, inline_json, json_string, TextEdit};
use super::jsonwalk::Seg;
use super::locations::Location;
use super::refs::{self, RefKind, PROVIDER};
use super::{detect, dotenv, naming, Area};
use crate::error::user_err;
use crate::fsutil;
use crate::state::json5::{self, Kind};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// How a reference is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RefValue {
    /// `{ "source": "exec", "provider": "clawctl", "id": "<name>" }`
    Exec,
    /// `{ "source": "env", "provider": "default", "id": "CLAWCTL_<NAME>" }`
    EnvRef,
    /// `"${CLAWCTL_<NAME>}"`
    EnvString,
    /// `"keychain:<name>"`
    Keychain,
}

impl RefValue {
    pub fn render(self, name: &str) -> String {
        match self {
            RefValue::Exec => inline_json(
                &serde_json::json!({"source": "exec", "provider": PROVIDER, "id": name}),
            ),
            RefValue::EnvRef => inline_json(
                &serde_json::json!({"source": "env", "provider": "default", "id": naming::env_var(name)}),
            ),
            RefValue::EnvString => json_string(&format!("${{{}}}", naming::env_var(name))),
            RefValue::Keychain => json_string(&format!("keychain:{name}")),
        }
    }
}

/// Where the reference goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "form", content = "value")]
pub enum Form {
    /// In place of the value.
    Replace(RefValue),
    /// `<key>Ref: <ref>` in place of `<key>: "<value>"`.
    Rename(RefValue),
    /// A `.env` line becomes a marker comment.
    DotEnvMarker,
}

/// What must be at the location before the edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Expect {
    /// A plaintext secret with this fingerprint.
    Fingerprint(String),
    /// This exact non-secret text (a `${VAR}` reference being converted).
    Literal(String),
}

/// One planned replacement (journaled: names, places and fingerprints only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedEdit {
    pub location: Location,
    pub name: String,
    pub expect: Expect,
    pub form: Form,
}

/// Write `text` atomically with mode 0600, keeping the file's owner when we are root.
pub fn write_file(path: &Path, text: &str) -> Result<()> {
    let owner = std::fs::metadata(path).ok().map(|m| (m.uid(), m.gid()));
    fsutil::write_atomic(path, text.as_bytes(), 0o600)?;
    if let Some((uid, gid)) = owner {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } == 0 {
            std::os::unix::fs::chown(path, Some(uid), Some(gid))
                .with_context(|| format!("cannot restore the owner of {}", path.display()))?;
        }
    }
    Ok(())
}

/// Apply migrate edits to one file. Returns how many edits changed something; `warn`
/// hears about locations that no longer hold what the plan expected.
pub fn migrate_file(
    area: Area,
    path: &Path,
    edits: &[PlannedEdit],
    backend: &dyn Backend,
    warn: &mut dyn FnMut(String),
) -> Result<usize> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut changes = Vec::new();
    if area == Area::DotEnv {
        let assignments = dotenv::assignments(&text);
        for e in edits {
            let Location::EnvVar(var) = &e.location else {
                continue;
            };
            let Some(a) = assignments
                .iter()
                .find(|a| &a.var == var && matches_expect(&a.value, &e.expect))
            else {
                if !dotenv::markers(&text)
                    .iter()
                    .any(|m| &m.var == var && m.name == e.name)
                {
                    warn(format!(
                        "{}: {var} changed since the plan; left as it is",
                        path.display()
                    ));
                }
                continue;
            };
            verify_stored(backend, &e.name, &a.value, &e.expect)?;
            changes.push(TextEdit {
                start: a.start,
                end: a.end,
                text: dotenv::marker_line(var, &e.name),
            });
        }
    } else {
        let root = json5::parse(&text).map_err(|err| {
            user_err(format!(
                "{}:{}:{}: malformed JSON5: {}",
                path.display(),
                err.line,
                err.col,
                err.message
            ))
        })?;
        for e in edits {
            let Location::Json(p) = &e.location else {
                continue;
            };
            match json_edit(&text, &root, p, e, backend)? {
                Some(change) => changes.push(change),
                None if already_done(&root, p, e) => {}
                None => warn(format!(
                    "{}: {} changed since the plan; left as it is",
                    path.display(),
                    super::jsonwalk::display_path(p)
                )),
            }
        }
    }
    let n = changes.len();
    if n > 0 {
        write_file(path, &edit::apply(&text, changes)?)?;
    } else {
        std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .with_context(|| format!("cannot chmod {}", path.display()))?;
    }
    Ok(n)
}

fn matches_expect(value: &str, expect: &Expect) -> bool {
    match expect {
        Expect::Fingerprint(fp) => detect::fingerprint(value) == *fp,
        Expect::Literal(l) => value == l,
    }
}

/// The backend must hold exactly the value about to be replaced.
fn verify_stored(backend: &dyn Backend, name: &str, value: &str, expect: &Expect) -> Result<()> {
    if matches!(expect, Expect::Literal(_)) {
        return Ok(());
    }
    match backend.get(name)? {
        Some(v) if v.expose() == value => Ok(()),
        _ => Err(user_err(format!(
            "refusing to replace a plaintext secret: the {} backend does not hold the same value under `{name}`",
            backend.kind().as_str()
        ))
        .into()),
    }
}

fn json_edit(
    text: &str,
    root: &json5::Node,
    path: &[Seg],
    e: &PlannedEdit,
    backend: &dyn Backend,
) -> Result<Option<TextEdit>> {
    let Some(node) = edit::navigate(root, path) else {
        return Ok(None);
    };
    let Kind::String(current) = &node.kind else {
        return Ok(None);
    };
    if !matches_expect(current, &e.expect) {
        return Ok(None);
    }
    verify_stored(backend, &e.name, current, &e.expect)?;
    match e.form {
        Form::Replace(r) => Ok(Some(TextEdit {
            start: node.start,
            end: node.end,
            text: r.render(&e.name),
        })),
        Form::Rename(r) => {
            let (parent, key) = split_last_key(path)?;
            let m = edit::member(text, root, parent, key)
                .ok_or_else(|| anyhow::anyhow!("internal error: member {key} not found"))?;
            let new_key = format!("{key}Ref");
            if edit::navigate(root, parent)
                .and_then(|o| o.get(&new_key))
                .is_some()
            {
                return Err(user_err(format!(
                    "cannot migrate {}: the object already has `{new_key}`; remove one of the two",
                    super::jsonwalk::display_path(path)
                ))
                .into());
            }
            Ok(Some(TextEdit {
                start: m.key_start,
                end: m.value.end,
                text: format!(
                    "{}: {}",
                    edit::key_text(&new_key, m.quoted),
                    r.render(&e.name)
                ),
            }))
        }
        Form::DotEnvMarker => Ok(None),
    }
}

fn split_last_key(path: &[Seg]) -> Result<(&[Seg], &str)> {
    match path.split_last() {
        Some((Seg::Key(k), parent)) => Ok((parent, k.as_str())),
        _ => Err(anyhow::anyhow!(
            "internal error: a renamed reference needs a key"
        )),
    }
}

/// The edit was applied before (a rerun after an interruption).
fn already_done(root: &json5::Node, path: &[Seg], e: &PlannedEdit) -> bool {
    let at = match e.form {
        Form::Rename(_) => match split_last_key(path) {
            Ok((parent, key)) => {
                let mut p = parent.to_vec();
                p.push(Seg::Key(format!("{key}Ref")));
                p
            }
            Err(_) => return false,
        },
        _ => path.to_vec(),
    };
    edit::navigate(root, &at)
        .and_then(refs::node_ref)
        .is_some_and(|(name, _)| name == e.name)
}

/// Rollback: replace references with plaintext values. `values` answers `None` for a
/// name to leave alone, and an error when a wanted value cannot be had; `literal` gives
/// the non-secret text a reference replaced, to restore instead of the value.
pub fn restore_file(
    area: Area,
    path: &Path,
    values: &dyn Fn(&str) -> Result<Option<super::value::Secret>>,
    literal: &dyn Fn(&[Seg]) -> Option<String>,
) -> Result<usize> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut changes = Vec::new();
    if area == Area::DotEnv {
        for m in dotenv::markers(&text) {
            if let Some(v) = values(&m.name)? {
                changes.push(TextEdit {
                    start: m.start,
                    end: m.end,
                    text: dotenv::assignment_line(&m.var, v.expose()),
                });
            }
        }
    } else {
        let root = json5::parse(&text).map_err(|err| {
            user_err(format!(
                "{}:{}:{}: malformed JSON5: {}",
                path.display(),
                err.line,
                err.col,
                err.message
            ))
        })?;
        let mut seen = std::collections::BTreeSet::new();
        for (p, _, name, kind, renamed) in refs::in_json(&root) {
            if !seen.insert(p.clone()) {
                continue;
            }
            let node = edit::navigate(&root, &p)
                .ok_or_else(|| anyhow::anyhow!("internal error: lost node"))?;
            let restored = match (&node.kind, kind) {
                _ if !renamed && literal(&p).is_some() => {
                    if values(&name)?.is_none() {
                        continue;
                    }
                    json_string(&literal(&p).unwrap_or_default())
                }
                (Kind::String(s), RefKind::EnvString) => {
                    let mut out = s.clone();
                    let mut complete = true;
                    for n in refs::env_string_names(s) {
                        match values(&n)? {
                            Some(v) => {
                                out = out
                                    .replace(&format!("${{{}}}", naming::env_var(&n)), v.expose())
                            }
                            None => complete = false,
                        }
                    }
                    if !complete {
                        continue;
                    }
                    json_string(&out)
                }
                _ => match values(&name)? {
                    Some(v) => json_string(v.expose()),
                    None => continue,
                },
            };
            if renamed {
                let (parent, key) = split_last_key(&p)?;
                let m = edit::member(&text, &root, parent, key)
                    .ok_or_else(|| anyhow::anyhow!("internal error: member {key} not found"))?;
                let plain_key = key.trim_end_matches("Ref");
                changes.push(TextEdit {
                    start: m.key_start,
                    end: m.value.end,
                    text: format!("{}: {restored}", edit::key_text(plain_key, m.quoted)),
                });
            } else {
                changes.push(TextEdit {
                    start: node.start,
                    end: node.end,
                    text: restored,
                });
            }
        }
    }
    let n = changes.len();
    if n > 0 {
        write_file(path, &edit::apply(&text, changes)?)?;
    }
    Ok(n)
}
