//! `clawctl secrets rotate`: replace a stored secret's value, keeping every reference to it.

use crate::app::Ctx;
use crate::audit::{Outcome, Risk};
use crate::error::user_err;
use crate::output::{Output, Table};
use crate::secrets::backend::{self, BackendKind};
use crate::secrets::index::Index;
use crate::secrets::{naming, refs};
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The secret's name.
    pub name: String,
    /// Secret backend. Default: the one it was stored in.
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
    let backend = super::backend_for(&state.root, args.backend, &index, &args.name)?;
    let old = backend.get(&args.name)?.ok_or_else(|| {
        user_err(format!(
            "no secret `{}` in the {} backend",
            args.name,
            backend.kind().as_str()
        ))
        .hint(format!(
            "`clawctl secrets set {}` stores a new one",
            args.name
        ))
    })?;
    let value = super::read_new_value(&args.name)?;
    if value == old {
        return Err(user_err(format!(
            "the new value of `{}` is the same as the old one; nothing changed",
            args.name
        ))
        .into());
    }
    ctx.confirm(&format!(
        "replace the value of `{}` ({})?",
        args.name,
        old.fingerprint()
    ))?;
    backend::store_verified(backend.as_ref(), &args.name, &value)?;
    index.upsert(&args.name, backend.kind(), &value.fingerprint(), None);
    index.save()?;
    let references = refs::find(&state, false)?
        .into_iter()
        .filter(|r| r.name == args.name)
        .count();
    let meta = json!({"backend": backend.kind(), "old_fingerprint": old.fingerprint(), "fingerprint": value.fingerprint()});
    super::audit(
        ctx,
        "secrets.rotate",
        &args.name,
        Outcome::Success,
        Risk::Medium,
        meta,
    )?;
    let doc = json!({
        "name": args.name,
        "backend": backend.kind(),
        "old_fingerprint": old.fingerprint(),
        "fingerprint": value.fingerprint(),
        "references": references,
        "env_var": naming::env_var(&args.name),
    });
    let human = Table::key_values(
        &format!(
            "rotated `{}` (restart the bot to use the new value)",
            args.name
        ),
        vec![
            ("old", doc["old_fingerprint"].clone()),
            ("new", doc["fingerprint"].clone()),
            ("references kept", json!(references)),
        ],
    );
    Ok(Output::Doc {
        json: doc,
        human: vec![human],
    })
}
