//! `clawctl retention`: the subcommands, one file each, and what they share: loading the
//! policy, the state and the legal holds into [`Inputs`].

use crate::app::Ctx;
use crate::error::{exit, user_err};
use crate::output::Output;
use crate::retention::plan::Inputs;
use crate::retention::policy::LoadedPolicy;
use crate::store::Store;
use anyhow::Result;
use std::path::{Path, PathBuf};

pub mod enforce;
pub mod hold;
pub mod release;
pub mod show;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The effective policy and what it would remove right now.
    Show(show::Args),
    /// Apply the retention policy (safe from cron while the bot runs).
    Enforce(enforce::Args),
    /// Place a legal hold: exempt a person's or a session's data from every rule.
    Hold(hold::Args),
    /// Release a legal hold.
    Release(release::Args),
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<Output> {
    match command {
        Command::Show(args) => show::run(ctx, args),
        Command::Enforce(args) => enforce::run(ctx, args),
        Command::Hold(args) => hold::run(ctx, args),
        Command::Release(args) => release::run(ctx, args),
    }
}

/// Flags `show` and `enforce` share.
#[derive(Debug, Clone, clap::Args)]
pub struct PolicyArgs {
    /// A policy file (TOML: a `[retention]` table, or its rule tables at top level) instead of
    /// the `[retention]` table of clawctl's config file.
    #[arg(long, env = "CLAWCTL_POLICY", value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Evaluate the policy as of this time instead of now (RFC 3339 such as
    /// 2026-11-20T12:00:00+01:00, a date, or Unix milliseconds). `enforce` refuses a future time.
    #[arg(long, value_name = "TIME", value_parser = crate::retention::parse_instant)]
    pub now: Option<i64>,
}

/// The policy, state, session stores and holds. `create_db`: open (creating) the ops database;
/// otherwise only an existing one is opened, and without one the database rules count nothing.
pub fn load(
    ctx: &mut Ctx,
    args: &PolicyArgs,
    create_db: bool,
) -> Result<(Inputs, LoadedPolicy, bool)> {
    let state = ctx.state()?.clone();
    let settings = ctx.settings()?.clone();
    let loaded = LoadedPolicy::load(args.policy.as_deref(), &settings)?;
    let links = ctx
        .bot_config()?
        .map(|c| c.identity_links())
        .unwrap_or_default();
    let now = crate::state::sessions::now_ms();
    let now_ms = args.now.unwrap_or(now);
    let has_db = create_db || db_exists(ctx)?;
    let store: Option<&mut Store> = if has_db { Some(ctx.store()?) } else { None };
    let inputs = Inputs::load(state, loaded.policy.clone(), now_ms, links, store)?;
    Ok((inputs, loaded, has_db))
}

/// Whether the ops database exists (so read-only commands do not create it).
pub fn db_exists(ctx: &mut Ctx) -> Result<bool> {
    let location = ctx.db_location()?;
    Ok(location.contains("://") || Path::new(&location).exists())
}

/// Refuse a `--now` in the future for commands that delete.
pub fn refuse_future(now: Option<i64>) -> Result<()> {
    if let Some(t) = now {
        if t > crate::state::sessions::now_ms() + 60_000 {
            return Err(user_err(format!(
                "--now {} is in the future; enforce would remove more than the policy allows today",
                crate::retention::iso(t)
            ))
            .hint("use --now only with a past time, or with `retention show` for a what-if")
            .code(exit::USAGE)
            .into());
        }
    }
    Ok(())
}
