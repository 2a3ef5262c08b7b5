//! `clawctl secrets set`: store a secret, read from a prompt or stdin (never from the command line).

use crate::app::Ctx;
use crate::audit::{Outcome, Risk};
use crate::error::{exit, user_err};
use crate::output::{Output, Table};
use crate::secrets::backend::{self, BackendKind};
use crate::secrets::index::Index;
use crate::secrets::naming;
use crate::secrets::rewrite::RefValue;
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The secret's name (lower-case letters, digits and dashes).
    pub name: String,
    /// Secret backend to write to. Default: the keychain when a Secret Service answers, else systemd-creds.
    #[arg(
        long,
        env = "CLAWCTL_SECRETS_BACKEND",
        value_enum,
        value_name = "BACKEND"
    )]
    pub backend: Option<BackendKind>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    naming::validate(&args.name)?;
    let state = ctx.state()?.clone();
    let mut index = Index::load(&state.root)?;
    let backend = match index.secrets.get(&args.name) {
        Some(e) if args.backend.is_none() => backend::open(e.backend, &state.root),
        _ => backend::select(args.backend, &state.root)?,
    };
    if index.secrets.contains_key(&args.name) || backend.get(&args.name)?.is_some() {
        return Err(
            user_err(format!("a secret named `{}` already exists", args.name))
                .hint(format!(
                    "use `clawctl secrets rotate {}` to replace its value",
                    args.name
                ))
                .code(exit::USAGE)
                .into(),
        );
    }
    let value = super::read_new_value(&args.name)?;
    backend::store_verified(backend.as_ref(), &args.name, &value)?;
    index.upsert(
        &args.name,
        backend.kind(),
        &value.fingerprint(),
        Some("clawctl secrets set".into()),
    );
    index.save()?;
    super::audit(
        ctx,
        "secrets.set",
        &args.name,
        Outcome::Success,
        Risk::Medium,
        json!({"backend": backend.kind(), "fingerprint": value.fingerprint()}),
    )?;
    let doc = json!({
        "name": args.name,
        "backend": backend.kind(),
        "fingerprint": value.fingerprint(),
        "env_var": naming::env_var(&args.name),
        "secretref": serde_json::from_str::<serde_json::Value>(&RefValue::Exec.render(&args.name))?,
        "env_reference": format!("${{{}}}", naming::env_var(&args.name)),
    });
    let human = Table::key_values(
        &format!("stored `{}`", args.name),
        vec![
            ("backend", json!(backend.kind().as_str())),
            ("fingerprint", doc["fingerprint"].clone()),
            ("as SecretRef", json!(RefValue::Exec.render(&args.name))),
            ("as env reference", doc["env_reference"].clone()),
        ],
    );
    Ok(Output::Doc {
        json: doc,
        human: vec![human],
    })
}
