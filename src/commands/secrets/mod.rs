//! `clawctl secrets`: the subcommands, one file each.

use crate::app::Ctx;
use crate::audit::{Event, Outcome, Risk};
use crate::error::{exit, user_err};
use crate::output::Output;
use crate::secrets::backend::{self, Backend, BackendKind};
use crate::secrets::index::Index;
use crate::secrets::value::Secret;
use anyhow::{Context, Result};
use std::io::{IsTerminal, Read};
use std::path::Path;

pub mod get;
pub mod list;
pub mod migrate;
pub mod resolve;
pub mod rm;
pub mod rollback;
pub mod rotate;
pub mod run;
pub mod scan;
pub mod set;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Find plaintext secrets in the config, .env, auth profiles, models.json, credentials and backups.
    Scan(scan::Args),
    /// Move every plaintext secret into the secret backend and leave references behind.
    Migrate(migrate::Args),
    /// Put migrated secrets back into the files in plaintext (explicit request only).
    Rollback(rollback::Args),
    /// Answer the bot's exec secret-provider protocol (v1) on stdin/stdout.
    Resolve(resolve::Args),
    /// List stored secrets: names, backends, where each is referenced, fingerprints.
    List(list::Args),
    /// Show a stored secret's fingerprint (the value only with --reveal).
    Get(get::Args),
    /// Store a secret, read from a prompt or stdin (never from the command line).
    Set(set::Args),
    /// Remove a stored secret.
    Rm(rm::Args),
    /// Replace a stored secret's value, keeping every reference to it.
    Rotate(rotate::Args),
    /// Resolve ${CLAWCTL_*} references and exec a command with them in its environment.
    Run(run::Args),
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Scan(args) => scan::run(ctx, args),
        Command::Migrate(args) => migrate::run(ctx, args),
        Command::Rollback(args) => rollback::run(ctx, args),
        Command::Resolve(args) => resolve::run(ctx, args),
        Command::List(args) => list::run(ctx, args),
        Command::Get(args) => get::run(ctx, args),
        Command::Set(args) => set::run(ctx, args),
        Command::Rm(args) => rm::run(ctx, args),
        Command::Rotate(args) => rotate::run(ctx, args),
        Command::Run(args) => run::run(ctx, args),
    }
}

/// The backend that holds `name`: `--backend`, else the one the index records, else the
/// first usable one.
pub(crate) fn backend_for(
    root: &Path,
    explicit: Option<BackendKind>,
    index: &Index,
    name: &str,
) -> Result<Box<dyn Backend>> {
    match (explicit, index.secrets.get(name)) {
        (Some(kind), _) => Ok(backend::open(kind, root)),
        (None, Some(entry)) => Ok(backend::open(entry.backend, root)),
        (None, None) => backend::select(None, root),
    }
}

/// Refuse to start while an interrupted journal of another kind is unfinished.
pub(crate) fn refuse_if_pending<S: crate::journal::Step>(
    root: &Path,
    kind: &str,
    finish_with: &str,
) -> Result<()> {
    let pending = crate::journal::Journal::<S>::pending(root, kind)?;
    if pending.is_some() {
        return Err(
            user_err(format!("an interrupted `{finish_with}` is incomplete"))
                .hint(format!("rerun `clawctl {finish_with}` to finish it first"))
                .code(exit::INCOMPLETE)
                .into(),
        );
    }
    Ok(())
}

/// A new secret value: from a hidden prompt on a terminal, else from stdin (one trailing
/// newline removed). Never from the command line.
pub(crate) fn read_new_value(name: &str) -> Result<Secret> {
    let value = if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        dialoguer::Password::new()
            .with_prompt(format!("value for {name}"))
            .with_confirmation("again", "the two entries differ")
            .interact()
            .context("reading the value from the terminal")?
    } else {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(1 << 20)
            .read_to_end(&mut buf)
            .context("reading the value from stdin")?;
        let mut text =
            String::from_utf8(buf).map_err(|_| user_err("the value on stdin is not UTF-8 text"))?;
        if text.ends_with('\n') {
            text.pop();
            if text.ends_with('\r') {
                text.pop();
            }
        }
        text
    };
    let secret = Secret::new(value);
    if secret.is_empty() {
        return Err(user_err("empty value; nothing was stored")
            .hint("pipe the value on stdin (e.g. `clawctl secrets set NAME < file`) or type it at the prompt")
            .code(exit::USAGE)
            .into());
    }
    Ok(secret)
}

/// Record an audit event (names and places only).
pub(crate) fn audit(
    ctx: &mut Ctx,
    action: &str,
    target: &str,
    outcome: Outcome,
    risk: Risk,
    metadata: serde_json::Value,
) -> Result<()> {
    let event = Event {
        actor: ctx.actor(),
        action: action.to_string(),
        target: target.to_string(),
        outcome,
        risk,
        metadata,
    };
    crate::audit::record(ctx.store()?, &event)
        .map(|_| ())
        .context("recording the audit event")
}
