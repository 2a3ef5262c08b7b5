//! `clawctl secrets rollback`: put migrated secrets back into the files in plaintext (explicit request only).

use crate::app::Ctx;
use crate::audit::{Outcome, Risk};
use crate::error::user_err;
use crate::journal::Journal;
use crate::output::{Output, Table};
use crate::secrets::backend::BackendKind;
use crate::secrets::index::Index;
use crate::secrets::rollback::{self, Step, KIND};
use crate::secrets::value::Secret;
use crate::secrets::{apply, refs, rel};
use crate::state::StateDir;
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show the plan without changing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Secret backend to read from. Default: the one each secret was stored in.
    #[arg(
        long,
        env = "CLAWCTL_SECRETS_BACKEND",
        value_enum,
        value_name = "BACKEND"
    )]
    pub backend: Option<BackendKind>,
    /// Only restore these secrets (repeatable). Default: every reference to a clawctl secret.
    #[arg(long = "name", value_name = "NAME")]
    pub names: Vec<String>,
    /// Also restore references in the config's .bak files.
    #[arg(long)]
    pub backups: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    super::refuse_if_pending::<apply::Step>(&state.root, apply::KIND, "secrets migrate")?;
    let index = Index::load(&state.root)?;
    let mut journal = match Journal::<Step>::pending(&state.root, KIND)? {
        Some(j) => {
            ctx.warn(format!(
                "finishing an interrupted rollback (journal {})",
                j.id
            ));
            j
        }
        None => {
            let references = refs::find(&state, args.backups)?;
            let steps = rollback::plan(&references, &args.names);
            let doc_refs: Vec<serde_json::Value> = references
                .iter()
                .filter(|r| args.names.is_empty() || args.names.contains(&r.name))
                .map(|r| json!({"file": rel(&state.root, &r.file), "location": r.location.display(), "line": r.line, "name": r.name}))
                .collect();
            if steps.is_empty() && !args.dry_run {
                drop_provider(&state, args.backups)?;
            }
            if args.dry_run || steps.is_empty() {
                let mut t = Table::new(["file", "line", "location", "name"]).titled(format!(
                    "{} {} reference(s) with plaintext",
                    if args.dry_run {
                        "would replace"
                    } else {
                        "nothing to do:"
                    },
                    doc_refs.len()
                ));
                for r in &doc_refs {
                    t.push(vec![
                        r["file"].clone(),
                        r["line"].clone(),
                        r["location"].clone(),
                        r["name"].clone(),
                    ]);
                }
                let doc =
                    json!({"dry_run": args.dry_run, "references": doc_refs, "files_changed": []});
                return Ok(Output::Doc {
                    json: doc,
                    human: vec![t],
                });
            }
            ctx.confirm(&format!(
                "put {} secret reference(s) back into {} file(s) in PLAINTEXT?",
                doc_refs.len(),
                steps.len()
            ))?;
            Journal::create(&state.root, KIND, json!({"names": args.names}), steps)?
        }
    };

    let root = state.root.clone();
    let explicit = args.backend;
    let values = |name: &str| -> Result<Secret> {
        let b = super::backend_for(&root, explicit, &index, name)?;
        b.get(name)?.ok_or_else(|| {
            user_err(format!(
                "the {} backend has no secret `{name}`; nothing was restored for it",
                b.kind().as_str()
            ))
            .hint("pass --backend where it is stored, or restore it with `clawctl secrets set`")
            .into()
        })
    };
    let mut restored = 0;
    let result = journal.run(|_, step| {
        restored += rollback::apply(step, &values, &index)?;
        Ok(())
    });
    let files: Vec<String> = journal
        .steps
        .iter()
        .map(|s| rel(&state.root, &s.file))
        .collect();
    let mut names: Vec<String> = journal.steps.iter().flat_map(|s| s.names.clone()).collect();
    names.sort();
    names.dedup();
    let meta = json!({"names": names, "files": files});
    if let Err(e) = result {
        let _ = super::audit(
            ctx,
            "secrets.rollback",
            &state.root.display().to_string(),
            Outcome::Failed,
            Risk::High,
            meta,
        );
        return Err(
            e.context("the rollback is incomplete; rerun `clawctl secrets rollback` to finish it")
        );
    }
    journal.finish()?;
    drop_provider(&state, args.backups)?;
    super::audit(
        ctx,
        "secrets.rollback",
        &state.root.display().to_string(),
        Outcome::Success,
        Risk::High,
        meta,
    )?;
    let mut t = Table::new(["file"]).titled(format!(
        "restored {restored} plaintext value(s); the secrets stay in the backend"
    ));
    for f in &files {
        t.push(vec![json!(f)]);
    }
    let doc =
        json!({"dry_run": false, "restored": restored, "files_changed": files, "names": names});
    Ok(Output::Doc {
        json: doc,
        human: vec![t],
    })
}

/// Once no SecretRef through clawctl is left, its provider entry goes too.
fn drop_provider(state: &StateDir, backups: bool) -> Result<()> {
    let Some(config) = &state.config_path else {
        return Ok(());
    };
    if refs::find(state, backups)?
        .iter()
        .any(|r| r.kind == refs::RefKind::Exec)
    {
        return Ok(());
    }
    apply::remove_provider(config).map(|_| ())
}
