//! The journaled steps of `secrets migrate` and how each is applied. Every step is
//! idempotent, so a run killed at any point is finished by the next one; stores come before
//! any file is touched, and a file is only rewritten once the backend holds its values.

use super::backend::{self, Backend};
use super::edit::{self, inline_json, TextEdit};
use super::index::Index;
use super::locations::Location;
use super::rewrite::{self, PlannedEdit};
use super::value::Secret;
use super::{detect, dotenv, provider, refs, Area};
use crate::error::user_err;
use crate::state::{config, json5};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Journal kind of `secrets migrate`.
pub const KIND: &str = "secrets-migrate";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Step {
    /// Read the value at `location`, store it under `name`, read it back and compare.
    Store {
        name: String,
        fingerprint: String,
        area: Area,
        file: PathBuf,
        location: Location,
        origin: String,
    },
    /// Add (or update) `secrets.providers.clawctl` in the config.
    Provider {
        file: PathBuf,
        command: PathBuf,
        args: Vec<String>,
    },
    /// Replace plaintext values in one file with references.
    Rewrite {
        area: Area,
        file: PathBuf,
        edits: Vec<PlannedEdit>,
        /// `.env` variables that `secrets run` sets from now on (recorded before the write).
        env_exports: Vec<(String, String)>,
    },
}

impl crate::journal::Step for Step {
    fn describe(&self) -> String {
        match self {
            Step::Store { name, origin, .. } => format!("store {origin} as `{name}`"),
            Step::Provider { file, .. } => format!(
                "add secrets.providers.{} to {}",
                refs::PROVIDER,
                file.display()
            ),
            Step::Rewrite { file, edits, .. } => {
                format!("replace {} value(s) in {}", edits.len(), file.display())
            }
        }
    }
}

/// The plaintext value at a location, if it is still there.
fn read_value(area: Area, file: &Path, location: &Location) -> Result<Option<Secret>> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    Ok(match location {
        Location::EnvVar(var) if area == Area::DotEnv => dotenv::assignments(&text)
            .into_iter()
            .rev()
            .find(|a| &a.var == var)
            .map(|a| Secret::new(a.value)),
        Location::Json(path) => {
            let root = json5::parse(&text).map_err(|e| {
                user_err(format!(
                    "{}:{}:{}: malformed JSON5: {}",
                    file.display(),
                    e.line,
                    e.col,
                    e.message
                ))
            })?;
            match edit::navigate(&root, path).map(|n| &n.kind) {
                Some(json5::Kind::String(s)) => Some(Secret::new(s.clone())),
                _ => None,
            }
        }
        _ => None,
    })
}

/// Apply one step.
pub fn apply(
    step: &Step,
    backend: &dyn Backend,
    index: &mut Index,
    warn: &mut dyn FnMut(String),
) -> Result<()> {
    match step {
        Step::Store {
            name,
            fingerprint,
            area,
            file,
            location,
            origin,
        } => {
            let current = read_value(*area, file, location)?
                .filter(|v| detect::fingerprint(v.expose()) == *fingerprint);
            let stored = backend.get(name)?;
            match (current, stored) {
                (Some(v), Some(s)) if v == s => {}
                (Some(v), None) => backend::store_verified(backend, name, &v)?,
                (Some(_), Some(_)) => {
                    return Err(user_err(format!(
                        "the {} backend already holds a different secret named `{name}`; nothing was replaced",
                        backend.kind().as_str()
                    ))
                    .hint("rerun `clawctl secrets migrate`: the new plan picks a free name")
                    .into())
                }
                (None, Some(s)) if s.fingerprint() == *fingerprint => {}
                (None, _) => {
                    return Err(user_err(format!("{origin} changed while migrating; nothing was replaced"))
                        .hint("rerun `clawctl secrets migrate` to plan again")
                        .into())
                }
            }
            index.upsert(name, backend.kind(), fingerprint, Some(origin.clone()));
            index.save()
        }
        Step::Provider {
            file,
            command,
            args,
        } => add_provider(file, command, args),
        Step::Rewrite {
            area,
            file,
            edits,
            env_exports,
        } => {
            if !env_exports.is_empty() {
                for (var, name) in env_exports {
                    index.env.insert(var.clone(), name.clone());
                }
                index.save()?;
            }
            rewrite::migrate_file(*area, file, edits, backend, warn).map(|_| ())
        }
    }
}

/// Insert or update `secrets.providers.clawctl`, keeping the rest of the text.
pub fn add_provider(file: &Path, command: &Path, args: &[String]) -> Result<()> {
    let (text, root) = config::parse_file(file)?;
    let value = inline_json(&provider::provider_json(command, args));
    let secrets = root.get("secrets");
    let providers = secrets.and_then(|s| s.get("providers"));
    let change: TextEdit = match (secrets, providers) {
        (_, Some(p)) => match p.get(refs::PROVIDER) {
            Some(existing) if existing.to_value() == provider::provider_json(command, args) => {
                return Ok(())
            }
            Some(existing) => TextEdit {
                start: existing.start,
                end: existing.end,
                text: value,
            },
            None => edit::insert_member(&text, p, refs::PROVIDER, &value)?,
        },
        (Some(s), None) => edit::insert_member(
            &text,
            s,
            "providers",
            &format!("{{ {}: {value} }}", edit::json_string(refs::PROVIDER)),
        )?,
        (None, _) => edit::insert_member(
            &text,
            &root,
            "secrets",
            &format!(
                "{{ \"providers\": {{ {}: {value} }} }}",
                edit::json_string(refs::PROVIDER)
            ),
        )?,
    };
    rewrite::write_file(file, &edit::apply(&text, vec![change])?)
}
