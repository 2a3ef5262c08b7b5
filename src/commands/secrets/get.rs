//! `clawctl secrets get`: show a stored secret's fingerprint (the value only with --reveal).

use crate::app::Ctx;
use crate::audit::{Outcome, Risk};
use crate::error::user_err;
use crate::output::{Format, Output, Table};
use crate::secrets::backend::BackendKind;
use crate::secrets::index::Index;
use crate::secrets::{naming, refs, rel};
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The secret's name.
    pub name: String,
    /// Print the value itself (recorded in the audit trail).
    #[arg(long)]
    pub reveal: bool,
    /// Secret backend to read from. Default: the one it was stored in.
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
    let index = Index::load(&state.root)?;
    let backend = super::backend_for(&state.root, args.backend, &index, &args.name)?;
    let value = backend.get(&args.name)?.ok_or_else(|| {
        user_err(format!(
            "no secret `{}` in the {} backend",
            args.name,
            backend.kind().as_str()
        ))
        .hint("`clawctl secrets list` shows the stored secrets")
    })?;
    let references: Vec<String> = refs::find(&state, false)?
        .into_iter()
        .filter(|r| r.name == args.name)
        .map(|r| format!("{}:{}", rel(&state.root, &r.file), r.location.display()))
        .collect();
    if args.reveal {
        super::audit(
            ctx,
            "secrets.reveal",
            &args.name,
            Outcome::Success,
            Risk::Medium,
            json!({"backend": backend.kind(), "fingerprint": value.fingerprint()}),
        )?;
        if ctx.style.format == Format::Table {
            return Ok(Output::Text(format!("{}\n", value.expose())));
        }
    }
    let mut doc = json!({
        "name": args.name,
        "backend": backend.kind(),
        "fingerprint": value.fingerprint(),
        "env_var": naming::env_var(&args.name),
        "references": references,
    });
    if args.reveal {
        doc["value"] = json!(value.expose());
    }
    let human = Table::key_values(
        &args.name,
        vec![
            ("backend", json!(backend.kind().as_str())),
            ("fingerprint", doc["fingerprint"].clone()),
            ("env var", doc["env_var"].clone()),
            ("references", doc["references"].clone()),
        ],
    );
    Ok(Output::Doc {
        json: doc,
        human: vec![human],
    })
}
