//! `clawctl secrets rm`: remove a stored secret (journaled, dry-runnable, refused while the
//! bot's files still reference it unless --force).

use crate::app::Ctx;
use crate::audit::{Outcome, Risk};
use crate::error::{exit, user_err};
use crate::journal::Journal;
use crate::output::{Output, Table};
use crate::secrets::backend::{self, BackendKind};
use crate::secrets::index::Index;
use crate::secrets::{naming, refs, rel};
use anyhow::Result;
use serde::{Deserialize, Serialize};
use serde_json::json;

const KIND: &str = "secrets-rm";

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
    /// Show what would be removed without removing it.
    #[arg(long)]
    pub dry_run: bool,
    /// Remove it even though the bot's files still reference it (the bot will fail to resolve them).
    #[arg(long)]
    pub force: bool,
}

/// The one step: delete `name` from `backend` and from the index.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Remove {
    name: String,
    backend: BackendKind,
}

impl crate::journal::Step for Remove {
    fn describe(&self) -> String {
        format!(
            "remove `{}` from the {} backend",
            self.name,
            self.backend.as_str()
        )
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    naming::validate(&args.name)?;
    let state = ctx.state()?.clone();
    let mut index = Index::load(&state.root)?;
    let mut journal = match Journal::<Remove>::pending(&state.root, KIND)? {
        Some(j) => j,
        None => {
            let backend = super::backend_for(&state.root, args.backend, &index, &args.name)?;
            let stored = backend.get(&args.name)?;
            if stored.is_none() && !index.secrets.contains_key(&args.name) {
                return Err(user_err(format!(
                    "no secret `{}` in the {} backend",
                    args.name,
                    backend.kind().as_str()
                ))
                .hint("`clawctl secrets list` shows the stored secrets")
                .into());
            }
            let used: Vec<String> = refs::find(&state, false)?
                .into_iter()
                .filter(|r| r.name == args.name)
                .map(|r| format!("{}:{}", rel(&state.root, &r.file), r.location.display()))
                .collect();
            if !used.is_empty() && !args.force {
                return Err(user_err(format!(
                    "`{}` is still referenced by {} (the bot needs it)",
                    args.name,
                    used.join(", ")
                ))
                .hint(format!(
                    "run `clawctl secrets rollback --name {}` first, or pass --force",
                    args.name
                ))
                .code(exit::USAGE)
                .into());
            }
            let fingerprint = stored.map(|v| v.fingerprint());
            if args.dry_run {
                let doc = json!({"dry_run": true, "name": args.name, "backend": backend.kind(), "fingerprint": fingerprint, "references": used});
                let human = Table::key_values(
                    &format!("would remove `{}`", args.name),
                    vec![
                        ("backend", json!(backend.kind().as_str())),
                        ("fingerprint", doc["fingerprint"].clone()),
                        ("references", doc["references"].clone()),
                    ],
                );
                return Ok(Output::Doc {
                    json: doc,
                    human: vec![human],
                });
            }
            ctx.confirm(&format!(
                "remove the secret `{}` from the {} backend?",
                args.name,
                backend.kind().as_str()
            ))?;
            let step = Remove {
                name: args.name.clone(),
                backend: backend.kind(),
            };
            Journal::create(&state.root, KIND, json!({}), vec![step])?
        }
    };
    journal.run(|_, step| {
        backend::open(step.backend, &state.root).delete(&step.name)?;
        index.remove(&step.name);
        index.save()
    })?;
    let removed: Vec<Remove> = journal.steps.clone();
    journal.finish()?;
    for r in &removed {
        super::audit(
            ctx,
            "secrets.rm",
            &r.name,
            Outcome::Success,
            Risk::High,
            json!({"backend": r.backend}),
        )?;
    }
    let names: Vec<&str> = removed.iter().map(|r| r.name.as_str()).collect();
    let doc = json!({"dry_run": false, "removed": names});
    let mut t = Table::new(["removed"]);
    for n in &names {
        t.push(vec![json!(n)]);
    }
    Ok(Output::Doc {
        json: doc,
        human: vec![t],
    })
}
