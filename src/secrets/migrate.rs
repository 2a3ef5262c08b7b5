//! Planning `secrets migrate`: which plaintext secrets move, under which names, which
//! reference replaces each, and the journaled steps that do it (store → read back → only
//! then rewrite). The plan holds names, places and fingerprints, never values.

use super::apply::Step;
use super::backend::{Backend, BackendKind};
use super::index::Index;
use super::jsonwalk::Seg;
use super::locations::{Finding, Location};
use super::rewrite::{Expect, Form, PlannedEdit, RefValue};
pub use super::style::{default_style, Style};
use super::{naming, provider, rel, Area};
use crate::error::{exit, user_err};
use crate::state::{config, StateDir};
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

/// A secret the plan stores.
#[derive(Debug, Clone, Serialize)]
pub struct PlannedSecret {
    pub name: String,
    pub fingerprint: String,
    pub kind: &'static str,
    /// Already stored by an earlier run (same value, same name).
    pub already_stored: bool,
    pub references: Vec<PlannedRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlannedRef {
    pub file: String,
    pub location: String,
    pub line: usize,
    pub reference: String,
}

/// A secret that stays where it is, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Kept {
    pub file: String,
    pub location: String,
    pub line: usize,
    pub kind: &'static str,
    pub fingerprint: String,
    pub reason: &'static str,
}

pub struct Plan {
    pub style: Style,
    pub backend: BackendKind,
    pub secrets: Vec<PlannedSecret>,
    pub kept: Vec<Kept>,
    pub steps: Vec<Step>,
    /// `.env` variables that only `secrets run` sets from now on.
    pub env_exports: Vec<(String, String)>,
    pub provider: Option<provider::Provider>,
}

fn form_for(f: &Finding, style: Style) -> Result<Form> {
    let unsupported = |what: &str| -> anyhow::Error {
        user_err(format!(
            "{}:{}: {}: {what} cannot take a {} reference; nothing was changed",
            f.file.display(),
            f.line,
            f.location.display(),
            style.as_str()
        ))
        .hint("rerun with --style env (`${CLAWCTL_…}` strings work anywhere), or move the secret out of the array")
        .into()
    };
    Ok(match (f.area, style) {
        (Area::DotEnv, _) => Form::DotEnvMarker,
        (Area::AuthProfiles, Style::Secretref) => Form::Rename(RefValue::Exec),
        (Area::AuthProfiles, Style::Env) => Form::Rename(RefValue::EnvRef),
        (Area::AuthProfiles, Style::Keyref) => Form::Rename(RefValue::Keychain),
        (_, Style::Env) => Form::Replace(RefValue::EnvString),
        (_, _) if f.in_array => return Err(unsupported("a secret inside an array")),
        (_, Style::Secretref) => Form::Replace(RefValue::Exec),
        (_, Style::Keyref) => Form::Rename(RefValue::Keychain),
    })
}

fn name_parts(f: &Finding) -> Vec<String> {
    let agent = f.agent.clone().unwrap_or_else(|| "main".into());
    let path: Vec<String> = match &f.location {
        Location::Json(p) => p
            .iter()
            .map(|s| match s {
                Seg::Key(k) => k.clone(),
                Seg::Index(i) => i.to_string(),
            })
            .collect(),
        Location::EnvVar(v) => vec![v.clone()],
        Location::Text { line, .. } => vec![format!("line{line}")],
    };
    let mut parts = match f.area {
        Area::DotEnv => vec!["env".to_string()],
        Area::AuthProfiles => vec!["auth".to_string(), agent],
        Area::Models => vec!["agent".to_string(), agent],
        _ => Vec::new(),
    };
    let skip_profiles =
        f.area == Area::AuthProfiles && path.first().is_some_and(|p| p == "profiles");
    parts.extend(path.into_iter().skip(usize::from(skip_profiles)));
    parts
}

/// Build the plan. `backend` is consulted (read-only) so names never clobber a different
/// stored value and values stored by an earlier run keep their names.
pub fn plan(
    state: &StateDir,
    findings: &[Finding],
    style: Style,
    backend: &dyn Backend,
    index: &Index,
    scrub_backups: bool,
) -> Result<Plan> {
    let movable: Vec<&Finding> = findings
        .iter()
        .filter(|f| {
            f.kept.is_none()
                || (scrub_backups
                    && f.area == Area::Backup
                    && matches!(f.location, Location::Json(_)))
        })
        .collect();
    let kept = findings
        .iter()
        .filter(|f| !movable.iter().any(|m| std::ptr::eq(*m, *f)))
        .map(|f| Kept {
            file: rel(&state.root, &f.file),
            location: f.location.display(),
            line: f.line,
            kind: f.kind,
            fingerprint: f.value.fingerprint(),
            reason: f.kept.unwrap_or(super::locations::KEPT_HISTORY),
        })
        .collect();

    // Names: one per distinct value, from its first place; reuse what is already stored.
    let mut names: BTreeMap<String, String> = BTreeMap::new(); // fingerprint → name
    let mut secrets: Vec<PlannedSecret> = Vec::new();
    let mut steps = Vec::new();
    for f in &movable {
        let fp = f.value.fingerprint();
        if names.contains_key(&fp) {
            continue;
        }
        let mut already_stored = false;
        let mut name = None;
        if let Some(existing) = index.name_by_fingerprint(&fp) {
            if backend.get(existing)?.is_some_and(|v| v == f.value) {
                name = Some(existing.to_string());
                already_stored = true;
            }
        }
        let name = match name {
            Some(n) => n,
            None => {
                let base = naming::from_parts(&name_parts(f));
                let mut chosen = None;
                for n in std::iter::once(base.clone()).chain((2..).map(|i| format!("{base}-{i}"))) {
                    if names.values().any(|x| *x == n)
                        || index.secrets.get(&n).is_some_and(|e| e.fingerprint != fp)
                    {
                        continue;
                    }
                    match backend.get(&n)? {
                        Some(v) if v == f.value => already_stored = true,
                        Some(_) => continue,
                        None => {}
                    }
                    chosen = Some(n);
                    break;
                }
                chosen.expect("an unbounded sequence of names finds a free one")
            }
        };
        names.insert(fp.clone(), name.clone());
        steps.push(Step::Store {
            name: name.clone(),
            fingerprint: fp.clone(),
            area: f.area,
            file: f.file.clone(),
            location: f.location.clone(),
            origin: format!("{}:{}", rel(&state.root, &f.file), f.location.display()),
        });
        secrets.push(PlannedSecret {
            name,
            fingerprint: fp,
            kind: f.kind,
            already_stored,
            references: Vec::new(),
        });
    }

    // Edits, grouped by file in the order files were found.
    let mut files: Vec<(Area, PathBuf, Vec<PlannedEdit>)> = Vec::new();
    let mut env_exports = Vec::new();
    for f in &movable {
        let fp = f.value.fingerprint();
        let name = names[&fp].clone();
        let form = form_for(f, style)?;
        let edit = PlannedEdit {
            location: f.location.clone(),
            name: name.clone(),
            expect: Expect::Fingerprint(fp.clone()),
            form,
        };
        if let (Area::DotEnv, Location::EnvVar(var)) = (f.area, &f.location) {
            env_exports.push((var.clone(), name.clone()));
        }
        if let Some(s) = secrets.iter_mut().find(|s| s.name == name) {
            s.references.push(PlannedRef {
                file: rel(&state.root, &f.file),
                location: f.location.display(),
                line: f.line,
                reference: describe_form(form, &name),
            });
        }
        push_edit(&mut files, f.area, &f.file, edit);
    }
    if style == Style::Secretref {
        convert_env_references(state, &env_exports, &mut files)?;
    }
    for (_, path, _) in &files {
        refuse_read_only(path)?;
    }

    let needs_provider = files.iter().flat_map(|(_, _, e)| e).any(|e| {
        matches!(
            e.form,
            Form::Replace(RefValue::Exec) | Form::Rename(RefValue::Exec)
        )
    });
    let provider = match (&state.config_path, needs_provider) {
        (Some(cfg), true) => {
            let p = provider::Provider::for_this_binary(&state.root)?;
            p.require_usable()?;
            steps.push(Step::Provider {
                file: cfg.clone(),
                command: p.command.clone(),
                args: p.args.clone(),
            });
            Some(p)
        }
        (None, true) => {
            return Err(user_err(
                "SecretRefs need the bot's config to declare secrets.providers.clawctl, and there is none; nothing was changed",
            )
            .hint("rerun with --style env, or pass --config")
            .into())
        }
        (_, false) => None,
    };
    for (area, file, edits) in files {
        let exports = if area == Area::DotEnv {
            env_exports.clone()
        } else {
            Vec::new()
        };
        steps.push(Step::Rewrite {
            area,
            file,
            edits,
            env_exports: exports,
        });
    }
    Ok(Plan {
        style,
        backend: backend.kind(),
        secrets,
        kept,
        steps,
        env_exports,
        provider,
    })
}

fn push_edit(
    files: &mut Vec<(Area, PathBuf, Vec<PlannedEdit>)>,
    area: Area,
    file: &PathBuf,
    edit: PlannedEdit,
) {
    match files.iter_mut().find(|(_, p, _)| p == file) {
        Some((_, _, edits)) => edits.push(edit),
        None => files.push((area, file.clone(), vec![edit])),
    }
}

/// With SecretRefs the bot may start without `secrets run`, so a config string that is
/// exactly `${VAR}` for a `.env` variable being moved becomes a SecretRef to its secret.
fn convert_env_references(
    state: &StateDir,
    exports: &[(String, String)],
    files: &mut Vec<(Area, PathBuf, Vec<PlannedEdit>)>,
) -> Result<()> {
    if exports.is_empty() {
        return Ok(());
    }
    for (area, path) in super::locations::config_files(state)? {
        let (_, root) = config::parse_file(&path)?;
        let mut found = Vec::new();
        collect_env_strings(&root, &mut Vec::new(), false, &mut found);
        for (p, var, in_array) in found {
            let Some((_, name)) = exports.iter().find(|(v, _)| *v == var) else {
                continue;
            };
            if in_array {
                continue;
            }
            let edit = PlannedEdit {
                location: Location::Json(p),
                name: name.clone(),
                expect: Expect::Literal(format!("${{{var}}}")),
                form: Form::Replace(RefValue::Exec),
            };
            push_edit(files, area, &path, edit);
        }
    }
    Ok(())
}

fn collect_env_strings(
    node: &crate::state::json5::Node,
    path: &mut Vec<Seg>,
    in_array: bool,
    out: &mut Vec<(Vec<Seg>, String, bool)>,
) {
    use crate::state::json5::Kind;
    match &node.kind {
        Kind::Object(members) => {
            for (k, _, v) in members {
                path.push(Seg::Key(k.clone()));
                collect_env_strings(v, path, false, out);
                path.pop();
            }
        }
        Kind::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                collect_env_strings(v, path, true, out);
                path.pop();
            }
        }
        Kind::String(s) => {
            if let Some(var) = s.strip_prefix("${").and_then(|r| r.strip_suffix('}')) {
                if !var.is_empty()
                    && var
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                {
                    out.push((path.clone(), var.to_string(), in_array));
                }
            }
        }
        _ => {}
    }
}

fn refuse_read_only(path: &PathBuf) -> Result<()> {
    let meta = std::fs::metadata(path)
        .map_err(|e| user_err(format!("cannot read {}: {e}", path.display())))?;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o200 == 0 {
        return Err(user_err(format!(
            "{} is read-only (mode {mode:04o}); nothing was changed",
            path.display()
        ))
        .hint(format!(
            "make it writable for its owner (chmod 600 {}) and rerun",
            path.display()
        ))
        .code(exit::FAILURE)
        .into());
    }
    Ok(())
}

/// How a planned reference reads for people.
pub fn describe_form(form: Form, name: &str) -> String {
    match form {
        Form::Replace(RefValue::EnvString) => format!("${{{}}}", naming::env_var(name)),
        Form::Replace(r) => r.render(name),
        Form::Rename(r) => format!("<key>Ref: {}", r.render(name)),
        Form::DotEnvMarker => format!("marker line; `secrets run` sets the variable from {name}"),
    }
}
