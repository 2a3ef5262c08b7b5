//! `clawctl secrets migrate`: move every plaintext secret into the secret backend and leave references behind.

use crate::app::Ctx;
use crate::audit::{Outcome, Risk};
use crate::error::exit;
use crate::journal::Journal;
use crate::output::{Output, Table};
use crate::secrets::apply::{self, Step, KIND};
use crate::secrets::backend::{self, BackendKind};
use crate::secrets::index::Index;
use crate::secrets::locations::{self, Options};
use crate::secrets::migrate::{self, Plan, Style};
use crate::secrets::{naming, perms, rel, rollback, Area};
use crate::state::StateDir;
use anyhow::{Context, Result};
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show the plan without changing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Reference style. Default: secretref when the bot is new enough (config
    /// meta.lastTouchedVersion 2026.2.26 or later, or the SQLite layout), else env.
    #[arg(long, value_enum, value_name = "STYLE")]
    pub style: Option<Style>,
    /// Secret backend. Default: the keychain when a Secret Service answers, else systemd-creds.
    #[arg(
        long,
        env = "CLAWCTL_SECRETS_BACKEND",
        value_enum,
        value_name = "BACKEND"
    )]
    pub backend: Option<BackendKind>,
    /// Also move plaintext secrets out of the config's .bak files.
    #[arg(long)]
    pub scrub_backups: bool,
}

/// Run (or resume) a journal to the end. Fails before any file changed → the journal goes.
fn run_journal(
    ctx: &Ctx,
    state: &StateDir,
    journal: &mut Journal<Step>,
    kind: BackendKind,
) -> Result<Vec<String>> {
    let backend = backend::open(kind, &state.root);
    let mut index = Index::load(&state.root)?;
    let mut warnings = Vec::new();
    let first_write = journal
        .steps
        .iter()
        .position(|s| !matches!(s, Step::Store { .. }))
        .unwrap_or(journal.steps.len());
    let result = journal.run(|_, step| {
        apply::apply(step, backend.as_ref(), &mut index, &mut |w| {
            ctx.warn(&w);
            warnings.push(w);
        })
    });
    if let Err(e) = result {
        if journal.done < first_write {
            let id = journal.id.clone();
            Journal::<Step>::pending(&state.root, KIND)?
                .filter(|j| j.id == id)
                .map(Journal::finish)
                .transpose()?;
            return Err(e.context("no file was changed; values stored so far stay in the backend"));
        }
        return Err(
            e.context("the migration is incomplete; rerun `clawctl secrets migrate` to finish it")
        );
    }
    Ok(warnings)
}

fn backend_of(journal: &Journal<Step>) -> Result<BackendKind> {
    serde_json::from_value(journal.meta["backend"].clone()).context("journal has no backend")
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    super::refuse_if_pending::<rollback::Step>(&state.root, rollback::KIND, "secrets rollback")?;
    let mut warnings = Vec::new();
    let mut resumed = false;
    if let Some(mut pending) = Journal::<Step>::pending(&state.root, KIND)? {
        if args.dry_run {
            return Err(
                crate::error::user_err("an interrupted `secrets migrate` is incomplete")
                    .hint("rerun `clawctl secrets migrate` without --dry-run to finish it")
                    .code(exit::INCOMPLETE)
                    .into(),
            );
        }
        ctx.warn(format!(
            "finishing an interrupted migration (journal {})",
            pending.id
        ));
        let kind = backend_of(&pending)?;
        warnings.extend(run_journal(ctx, &state, &mut pending, kind)?);
        pending.finish()?;
        resumed = true;
    }

    let findings = locations::scan(&state, Options::default())?;
    let version = ctx
        .bot_config()?
        .and_then(|c| c.bot_version())
        .map(String::from);
    let (style, style_reason) = match args.style {
        Some(s) => (s, "chosen with --style".to_string()),
        None => migrate::default_style(version.as_deref(), state.layout),
    };
    // `${VAR}` strings work in the config on every release, but auth-profiles.json takes no
    // reference before 2026.2.26 (keyRef/tokenRef SecretRefs): there, leave the keys in place.
    let mut findings = findings;
    if style == Style::Env
        && !crate::secrets::style::reads_secretrefs(version.as_deref(), state.layout)
    {
        for f in findings
            .iter_mut()
            .filter(|f| f.area == Area::AuthProfiles && f.kept.is_none())
        {
            f.kept = Some(locations::KEPT_OLD_PROFILES);
        }
    }
    let backend = backend::select(args.backend, &state.root)?;
    let index = Index::load(&state.root)?;
    let plan = migrate::plan(
        &state,
        &findings,
        style,
        backend.as_ref(),
        &index,
        args.scrub_backups,
    )?;
    drop(backend);

    let mut files_changed = Vec::new();
    let target = state.root.display().to_string();
    let meta = audit_meta(&state, &plan, args.scrub_backups, args.dry_run);
    if args.dry_run || plan.steps.is_empty() {
        let risk = if args.dry_run { Risk::Low } else { Risk::High };
        super::audit(
            ctx,
            "secrets.migrate",
            &target,
            Outcome::Success,
            risk,
            meta,
        )?;
    } else {
        let names: Vec<&str> = plan.secrets.iter().map(|s| s.name.as_str()).collect();
        let journal_meta = json!({ "style": style, "backend": plan.backend, "names": names });
        let mut journal = Journal::create(&state.root, KIND, journal_meta, plan.steps.clone())?;
        match run_journal(ctx, &state, &mut journal, plan.backend) {
            Ok(w) => warnings.extend(w),
            Err(e) => {
                let _ = super::audit(
                    ctx,
                    "secrets.migrate",
                    &target,
                    Outcome::Failed,
                    Risk::High,
                    meta,
                );
                return Err(e);
            }
        }
        journal.finish()?;
        for s in &plan.steps {
            if let Step::Rewrite { file, .. } | Step::Provider { file, .. } = s {
                let r = rel(&state.root, file);
                if !files_changed.contains(&r) {
                    files_changed.push(r);
                }
            }
        }
        tighten_permissions(&state)?;
        super::audit(
            ctx,
            "secrets.migrate",
            &target,
            Outcome::Success,
            Risk::High,
            meta,
        )?;
    }
    Ok(render(
        &state,
        &plan,
        &style_reason,
        args.dry_run,
        resumed,
        files_changed,
        warnings,
    ))
}

/// Secret-bearing files end 0600 (and their directories 0700), including the ones the bot owns.
fn tighten_permissions(state: &StateDir) -> Result<()> {
    for mut p in perms::findings(state)? {
        if !matches!(p.what, "state dir" | "transcript" | "session store") {
            p.fix()?;
        }
    }
    Ok(())
}

fn audit_meta(state: &StateDir, plan: &Plan, scrub: bool, dry_run: bool) -> Value {
    let mut files: Vec<String> = Vec::new();
    for s in &plan.steps {
        if let Step::Rewrite { file, .. } = s {
            files.push(rel(&state.root, file));
        }
    }
    json!({
        "style": plan.style,
        "backend": plan.backend,
        "names": plan.secrets.iter().map(|s| &s.name).collect::<Vec<_>>(),
        "locations": plan.secrets.iter().flat_map(|s| s.references.iter().map(|r| format!("{}:{}", r.file, r.location))).collect::<Vec<_>>(),
        "files": files,
        "scrub_backups": scrub,
        "dry_run": dry_run,
    })
}

fn next_steps(plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(p) = &plan.provider {
        out.push(format!(
            "secrets.providers.clawctl runs {}: absolute, not a symlink, not group/world-writable, owned by the bot's user, as the bot requires",
            p.command.display()
        ));
    }
    match plan.style {
        Style::Secretref => out.push(format!(
            "restart the bot: it resolves the references by running {} secrets resolve (secrets.providers.clawctl)",
            plan.provider.as_ref().map(|p| p.command.display().to_string()).unwrap_or_else(|| "clawctl".into())
        )),
        Style::Env => out.push("start the bot through `clawctl secrets run -- <bot command>` so the ${CLAWCTL_*} references resolve (see examples/systemd/openclaw-gateway.service)".into()),
        Style::Keyref => out.push("keychain: references need a bot that reads `…Ref: \"keychain:<name>\"`; releases so far do not, so use --style secretref or env to keep the bot working".into()),
    }
    if !plan.env_exports.is_empty() {
        let vars: Vec<&str> = plan.env_exports.iter().map(|(v, _)| v.as_str()).collect();
        out.push(format!(
            "{} from .env are now set only by `clawctl secrets run`",
            vars.join(", ")
        ));
    }
    out.push("run `clawctl secrets scan --check` from cron: the bot can write resolved plaintext back into its config".into());
    out
}

fn render(
    state: &StateDir,
    plan: &Plan,
    style_reason: &str,
    dry_run: bool,
    resumed: bool,
    files_changed: Vec<String>,
    warnings: Vec<String>,
) -> Output {
    let regenerated: Vec<String> = plan
        .steps
        .iter()
        .filter_map(|s| match s {
            Step::Rewrite {
                area: crate::secrets::Area::Models,
                file,
                ..
            } => Some(rel(&state.root, file)),
            _ => None,
        })
        .collect();
    let next = next_steps(plan);
    let exports: Vec<Value> = plan
        .env_exports
        .iter()
        .map(|(v, n)| json!({"var": v, "name": n}))
        .collect();
    let doc = json!({
        "dry_run": dry_run,
        "resumed": resumed,
        "style": plan.style,
        "style_reason": style_reason,
        "backend": plan.backend,
        "secrets": plan.secrets,
        "kept": plan.kept,
        "files_changed": files_changed,
        "env_exports": exports,
        "provider": plan.provider,
        "bot_regenerates": regenerated,
        "next_steps": next,
        "warnings": warnings,
    });
    let verb = if dry_run { "would move" } else { "moved" };
    let mut secrets = Table::new(["name", "fingerprint", "references", "env var"]).titled(format!(
        "{verb} {} secret(s) into the {} backend, style {} ({style_reason})",
        plan.secrets.len(),
        plan.backend.as_str(),
        plan.style.as_str()
    ));
    for s in &plan.secrets {
        let places: Vec<String> = s
            .references
            .iter()
            .map(|r| format!("{}:{}", r.file, r.location))
            .collect();
        secrets.push(vec![
            json!(s.name),
            json!(s.fingerprint),
            json!(places),
            json!(naming::env_var(&s.name)),
        ]);
    }
    let mut kept =
        Table::new(["file", "location", "fingerprint", "why it stays"]).titled("left in place");
    for k in &plan.kept {
        kept.push(vec![
            json!(k.file),
            json!(k.location),
            json!(k.fingerprint),
            json!(k.reason),
        ]);
    }
    let mut notes = Table::new(["next"]);
    for n in next.iter().chain(
        regenerated
            .iter()
            .map(|f| format!("{f} is regenerated by the bot from the config"))
            .collect::<Vec<_>>()
            .iter(),
    ) {
        notes.push(vec![json!(n)]);
    }
    Output::Doc {
        json: doc,
        human: vec![secrets, kept, notes],
    }
}
