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
            let mut record = false;
            for (var, name) in env_exports {
                index.env.insert(var.clone(), name.clone());
                record = true;
            }
            for e in edits {
                if let (rewrite::Expect::Literal(text), Location::Json(p)) =
                    (&e.expect, &e.location)
                {
                    let key = Index::literal_key(file, &super::jsonwalk::display_path(p));
                    index.literals.insert(key, text.clone());
                    record = true;
                }
            }
            if record {
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

/// Remove `secrets.providers.clawctl` (and `secrets` when that leaves it empty) if it was
/// inserted the way [`add_provider`] does; anything hand-edited around it stays. Returns
/// whether the file changed.
pub fn remove_provider(file: &Path) -> Result<bool> {
    let (text, root) = config::parse_file(file)?;
    let Some(secrets) = root.get("secrets") else {
        return Ok(false);
    };
    let Some(providers) = secrets.get("providers") else {
        return Ok(false);
    };
    if providers.get(refs::PROVIDER).is_none() {
        return Ok(false);
    }
    let only = |node: &json5::Node, key: &str| matches!(&node.kind, json5::Kind::Object(m) if m.len() == 1 && m[0].0 == key);
    let (object, key) = if only(providers, refs::PROVIDER) && only(secrets, "providers") {
        (&root, "secrets")
    } else {
        (providers, refs::PROVIDER)
    };
    let json5::Kind::Object(members) = &object.kind else {
        return Ok(false);
    };
    let Some(i) = members.iter().rposition(|(k, _, _)| k == key) else {
        return Ok(false);
    };
    let (_, key_start, value) = &members[i];
    let start = match i.checked_sub(1).map(|p| &members[p].2) {
        Some(prev)
            if text[prev.end..*key_start]
                .trim_start_matches(',')
                .trim()
                .is_empty()
                && text[prev.end..*key_start].starts_with(',') =>
        {
            prev.end
        }
        _ => return Ok(false),
    };
    let change = TextEdit {
        start,
        end: value.end,
        text: String::new(),
    };
    rewrite::write_file(file, &edit::apply(&text, vec![change])?)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::backend::memory::Memory;
    use crate::secrets::locations::{scan, Options};
    use crate::secrets::migrate::{plan, Style};
    use crate::state::StateDir;

    const CONFIG: &str = "// hand-written\n{\n  gateway: { auth: { token: \"gw-secret-0123456789\" } }, // keep me\n  channels: { telegram: { botToken: \"123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw\" } },\n}\n";

    fn state() -> (tempfile::TempDir, StateDir) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("state");
        std::fs::create_dir(&root).unwrap();
        std::fs::write(root.join("clawdbot.json"), CONFIG).unwrap();
        std::fs::write(
            root.join(".env"),
            "OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz\n",
        )
        .unwrap();
        let config = root.join("clawdbot.json");
        (dir, StateDir::new(root, "test".into(), Some(config)))
    }

    fn apply_all(state: &StateDir, steps: &[Step], backend: &Memory) -> Result<()> {
        let mut index = Index::load(&state.root)?;
        for step in steps {
            apply(step, backend, &mut index, &mut |w| {
                panic!("unexpected warning: {w}")
            })?;
        }
        Ok(())
    }

    fn planned(state: &StateDir, style: Style, backend: &Memory) -> Vec<Step> {
        let findings = scan(state, Options::default()).unwrap();
        let index = Index::load(&state.root).unwrap();
        plan(state, &findings, style, backend, &index, false)
            .unwrap()
            .steps
    }

    #[test]
    fn migrates_into_memory_and_reapplying_changes_nothing() {
        let (_dir, state) = state();
        let backend = Memory::default();
        let steps = planned(&state, Style::Env, &backend);
        assert_eq!(steps.len(), 5, "3 stores, 2 rewrites");
        apply_all(&state, &steps, &backend).unwrap();
        let config = std::fs::read_to_string(state.root.join("clawdbot.json")).unwrap();
        assert!(
            config.contains("token: \"${CLAWCTL_GATEWAY_AUTH_TOKEN}\" } }, // keep me"),
            "{config}"
        );
        assert!(config.starts_with("// hand-written\n"));
        assert_eq!(
            backend.values.borrow()["gateway-auth-token"].expose(),
            "gw-secret-0123456789"
        );
        assert_eq!(
            backend.values.borrow()["env-openai-api-key"].expose(),
            "sk-proj-abcdefghijklmnopqrstuvwxyz"
        );
        let index = Index::load(&state.root).unwrap();
        assert_eq!(index.env["OPENAI_API_KEY"], "env-openai-api-key");
        apply_all(&state, &steps, &backend).unwrap();
        assert_eq!(
            std::fs::read_to_string(state.root.join("clawdbot.json")).unwrap(),
            config
        );
        assert!(
            planned(&state, Style::Env, &backend).is_empty(),
            "nothing left to move"
        );
    }

    #[test]
    fn a_failing_backend_stops_before_any_file_changes() {
        let (_dir, state) = state();
        let backend = Memory::default().failing_after(1);
        let steps = planned(&state, Style::Secretref, &backend);
        let err = apply_all(&state, &steps, &backend).unwrap_err();
        assert!(format!("{err:#}").contains("injected failure"));
        assert_eq!(
            std::fs::read_to_string(state.root.join("clawdbot.json")).unwrap(),
            CONFIG
        );
        backend.heal();
        apply_all(&state, &steps, &backend).unwrap();
        let config = std::fs::read_to_string(state.root.join("clawdbot.json")).unwrap();
        assert!(
            config.contains("\"provider\": \"clawctl\", \"id\": \"channels-telegram-bottoken\"")
        );
        assert!(config.contains("\"secrets\": { \"providers\": { \"clawctl\""));
    }

    #[test]
    fn a_backend_that_stores_something_else_is_caught() {
        let (_dir, state) = state();
        let backend = Memory::default().corrupting();
        let steps = planned(&state, Style::Env, &backend);
        let err = apply_all(&state, &steps, &backend).unwrap_err();
        assert!(err.to_string().contains("differs"), "{err}");
        assert_eq!(
            std::fs::read_to_string(state.root.join("clawdbot.json")).unwrap(),
            CONFIG
        );
    }

    #[test]
    fn a_rewrite_without_the_stored_value_is_refused() {
        let (_dir, state) = state();
        let backend = Memory::default();
        let steps = planned(&state, Style::Env, &backend);
        let rewrites: Vec<Step> = steps
            .into_iter()
            .filter(|s| matches!(s, Step::Rewrite { .. }))
            .collect();
        let err = apply_all(&state, &rewrites, &backend).unwrap_err();
        assert!(
            err.to_string()
                .contains("refusing to replace a plaintext secret"),
            "{err}"
        );
        assert_eq!(
            std::fs::read_to_string(state.root.join("clawdbot.json")).unwrap(),
            CONFIG
        );
    }
}
