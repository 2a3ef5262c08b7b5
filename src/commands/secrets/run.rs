//! `clawctl secrets run`: resolve ${CLAWCTL_*} references and exec a command with them in its environment.

use crate::app::Ctx;
use crate::error::user_err;
use crate::output::Output;
use crate::secrets::backend::BackendKind;
use crate::secrets::index::Index;
use crate::secrets::{naming, refs, rel};
use anyhow::Result;
use std::collections::BTreeMap;
use std::os::unix::process::CommandExt;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Secret backend to read from. Default: the one each secret was stored in.
    #[arg(
        long,
        env = "CLAWCTL_SECRETS_BACKEND",
        value_enum,
        value_name = "BACKEND"
    )]
    pub backend: Option<BackendKind>,
    /// The command to run, after `--`.
    #[arg(required = true, last = true, value_name = "CMD")]
    pub command: Vec<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    let index = Index::load(&state.root)?;
    // Every stored secret, plus every name the bot's files reference.
    let mut wanted: BTreeMap<String, Option<String>> =
        index.secrets.keys().map(|n| (n.clone(), None)).collect();
    for r in refs::find(&state, false)? {
        if matches!(r.kind, refs::RefKind::EnvString | refs::RefKind::EnvRef) {
            wanted.insert(
                r.name.clone(),
                Some(format!(
                    "{}:{}",
                    rel(&state.root, &r.file),
                    r.location.display()
                )),
            );
        }
    }
    let mut env: Vec<(String, String)> = Vec::new();
    let mut values = BTreeMap::new();
    for (name, used_at) in &wanted {
        let backend = super::backend_for(&state.root, args.backend, &index, name)?;
        match backend.get(name)? {
            Some(v) => {
                env.push((naming::env_var(name), v.expose().to_string()));
                values.insert(name.clone(), v);
            }
            None if used_at.is_some() => {
                return Err(user_err(format!(
                    "{} references ${{{}}} but the {} backend has no secret `{name}`; not starting the command",
                    used_at.as_deref().unwrap_or(""),
                    naming::env_var(name),
                    backend.kind().as_str()
                ))
                .hint(format!("store it with `clawctl secrets set {name}`"))
                .into())
            }
            None => ctx.warn(format!("`{name}` is in clawctl's index but not in the {} backend", backend.kind().as_str())),
        }
    }
    for (var, name) in &index.env {
        if std::env::var_os(var).is_some() {
            continue;
        }
        if let Some(v) = values.get(name) {
            env.push((var.clone(), v.expose().to_string()));
        }
    }
    ctx.verbose(format!(
        "running {} with {}",
        args.command[0],
        env.iter()
            .map(|(k, _)| k.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let err = std::process::Command::new(&args.command[0])
        .args(&args.command[1..])
        .envs(env)
        .exec();
    Err(user_err(format!("cannot run {}: {err}", args.command[0])).into())
}
