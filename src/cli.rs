//! The command line: global options and the command tree.
//!
//! Each leaf's flags live beside its code (`src/commands/<group>/<leaf>.rs`, `Args`), so the
//! source tree mirrors the command tree; this file only assembles them. Doc comments become
//! `--help`, the man pages and the completions.

use crate::commands;
use crate::error::EXIT_CODES_HELP;
use crate::output::{ColorChoice, Format};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

const ABOUT: &str =
    "Operator's toolkit for a self-hosted Clawdbot / Moltbot / OpenClaw gateway.\n\n\
Works directly against the bot's state directory: secrets out of plaintext config, an audit \
trail, cost attribution and budgets, GDPR export and erasure, retention from cron, and health \
probes. No server of its own to run.";

/// clawctl: production operations for a self-hosted Clawdbot / Moltbot / OpenClaw gateway.
#[derive(Debug, Parser)]
#[command(name = "clawctl", version, about = ABOUT, after_help = EXIT_CODES_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts, before or after the subcommand.
#[derive(Debug, Clone, clap::Args)]
pub struct GlobalArgs {
    /// The bot's state directory. Without it clawctl looks where the bot does:
    /// OPENCLAW_STATE_DIR, CLAWDBOT_STATE_DIR, --profile, then ~/.openclaw, ~/.clawdbot,
    /// ~/.moltbot, ~/.moldbot (under OPENCLAW_HOME instead of $HOME when set).
    #[arg(long, global = true, env = "CLAWCTL_STATE_DIR", value_name = "DIR")]
    pub state_dir: Option<PathBuf>,

    /// The bot's config file. Default: OPENCLAW_CONFIG_PATH, CLAWDBOT_CONFIG_PATH, then the first
    /// of openclaw.json, clawdbot.json, moltbot.json, moldbot.json, config.json in the state dir.
    #[arg(long, global = true, env = "CLAWCTL_BOT_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// The bot's profile: the state directory becomes ~/.openclaw-NAME.
    #[arg(long, global = true, env = "OPENCLAW_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// The ops database: a SQLite file path or a postgres:// URL.
    /// Default: `db` in clawctl's config file, then <state>/clawctl/ops.db.
    #[arg(long, global = true, env = "CLAWCTL_DB", value_name = "PATH|URL")]
    pub db: Option<String>,

    /// Output format.
    #[arg(
        long,
        global = true,
        env = "CLAWCTL_FORMAT",
        value_enum,
        value_name = "FORMAT"
    )]
    pub format: Option<Format>,

    /// Shorthand for --format json.
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,

    /// When to use colour: auto (terminal and NO_COLOR unset), always or never.
    #[arg(long, global = true, env = "CLAWCTL_COLOR", value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print nothing on success (errors still go to stderr); no progress bars.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Say more about what is happening (on stderr). Repeat for more.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Answer yes to confirmations. Destructive commands without a terminal refuse unless given.
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// Who is acting, for the audit trail (default: CLAWCTL_ACTOR, then operator:<os-user>@<host>).
    /// In `audit query`, `tail`, `stats` and `failures` it selects events by this actor instead.
    #[arg(long, global = true, value_name = "ACTOR")]
    pub actor: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show what clawctl found: state dir, layout, config, agents, sessions, transcripts, media, ops database.
    Status(commands::status::Args),
    /// Ingest new transcript entries into the ops database (incremental, idempotent).
    Sync(commands::sync::Args),
    /// Find plaintext secrets, move them into the OS keychain, resolve them for the bot.
    #[command(subcommand)]
    Secrets(commands::secrets::Command),
    /// Record, query and verify the tamper-evident audit trail.
    #[command(subcommand)]
    Audit(commands::audit::Command),
    /// Where the money went: cost attribution reports from the bot's transcripts.
    #[command(subcommand)]
    Cost(commands::cost::Command),
    /// Daily and monthly spending limits, and estimates before an expensive turn.
    #[command(subcommand)]
    Budget(commands::budget::Command),
    /// People the bot talks to: list, show, GDPR export and erasure.
    #[command(subcommand)]
    User(commands::user::Command),
    /// Data retention policy: show it, enforce it from cron, legal holds.
    #[command(subcommand)]
    Retention(commands::retention::Command),
    /// Probe the gateway, ops database, state directory, disk and memory.
    Health(commands::health::Args),
    /// Prometheus metrics from the ops database and the bot's files.
    Metrics(commands::metrics::Args),
    /// The ops database: status, migrations, backup, vacuum, moving to PostgreSQL.
    #[command(subcommand)]
    Db(commands::db::Command),
    /// Generate shell completions.
    Completions(commands::completions::Args),
    /// Generate man pages.
    Man(commands::man::Args),
}
