//! `clawctl health`: probe the gateway, ops database, state directory, disk and memory, and
//! optionally every channel's and model provider's API; for people, cron, Nagios and
//! Prometheus.

use crate::app::Ctx;
use crate::cli::GlobalArgs;
use crate::error::exit;
use crate::health::options::{parse_duration, parse_size, SettingsFile, Threshold};
use crate::health::{self, render, Clients, Options, Overall, Report, Target};
use crate::output::{self, Format, Output, Style};
use crate::state::config::BotConfig;
use crate::state::discover::{self, ProcessEnv};
use crate::state::StateDir;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

const EXIT_HELP: &str = "\
Exit codes:
  0  healthy: every check is ok
  3  degraded (a check warns or cannot tell) or unhealthy (a check is critical)
  1  clawctl itself failed (bad clawctl config, cannot write --output)
  2  usage error
With --nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (the worst check decides).";

/// Which checks to run and how: shared with `metrics serve`, whose /health runs the same.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "Checks")]
pub struct CheckArgs {
    /// Gateway base URL. Default: http://127.0.0.1:<port> with the port from
    /// OPENCLAW_GATEWAY_PORT, then the config's gateway.port, then 18789.
    #[arg(long, env = "CLAWCTL_GATEWAY_URL", value_name = "URL")]
    pub gateway_url: Option<String>,
    /// Also check each configured channel's API (Telegram getMe, Discord users/@me, Slack
    /// auth.test, …). Base URLs: CLAWCTL_<CHANNEL>_API_BASE or [health.api_base].
    #[arg(long)]
    pub channels: bool,
    /// Also check each configured model provider's API (lists models; spends no tokens).
    #[arg(long)]
    pub providers: bool,
    /// Add slow checks (PRAGMA quick_check on the ops database).
    #[arg(long)]
    pub deep: bool,
    /// Timeout for each network probe [default: 3s, or `timeout` in [health]].
    #[arg(long, env = "CLAWCTL_HEALTH_TIMEOUT", value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<Duration>,
    /// Warn when free disk space drops below this: a percentage (10%) or a size (5GiB)
    /// [default: 10%].
    #[arg(long, value_name = "THRESHOLD")]
    pub disk_warn: Option<Threshold>,
    /// Critical when free disk space drops below this [default: 5%].
    #[arg(long, value_name = "THRESHOLD")]
    pub disk_critical: Option<Threshold>,
    /// Warn when free inodes drop below this: a percentage or a count [default: 10%].
    #[arg(long, value_name = "THRESHOLD")]
    pub inodes_warn: Option<Threshold>,
    /// Critical when free inodes drop below this [default: 5%].
    #[arg(long, value_name = "THRESHOLD")]
    pub inodes_critical: Option<Threshold>,
    /// Warn when available memory drops below this: a percentage or a size [default: 10%].
    #[arg(long, value_name = "THRESHOLD")]
    pub memory_warn: Option<Threshold>,
    /// Critical when available memory drops below this [default: 5%].
    #[arg(long, value_name = "THRESHOLD")]
    pub memory_critical: Option<Threshold>,
    /// Warn when sync lags the transcripts by more than this many bytes [default: 64MiB].
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub lag_warn: Option<u64>,
    /// Critical when sync lags by more than this many bytes [default: never].
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub lag_critical: Option<u64>,
}

#[derive(Debug, clap::Args)]
#[command(after_help = EXIT_HELP)]
pub struct Args {
    #[command(flatten)]
    pub checks: CheckArgs,
    /// One Nagios plugin line (`CLAWCTL OK - … | perfdata`) and exit 0/1/2/3
    /// (OK/WARNING/CRITICAL/UNKNOWN).
    #[arg(long)]
    pub nagios: bool,
    /// Write the result to this file atomically instead of stdout (with --format prometheus,
    /// for the node_exporter textfile collector).
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Repeat every interval (e.g. 30s) until interrupted.
    #[arg(long, value_name = "INTERVAL", value_parser = parse_duration)]
    pub watch: Option<Duration>,
}

/// Everything a run needs, resolved once from flags, environment and config files.
pub struct Prepared {
    pub global: GlobalArgs,
    pub opts: Options,
    pub db_location: Option<String>,
    clients: Clients,
}

impl Prepared {
    pub fn new(ctx: &mut Ctx, args: &CheckArgs) -> Result<Prepared> {
        let have_state = ctx.state().is_ok();
        let file: SettingsFile = if have_state || std::env::var_os("CLAWCTL_CONFIG").is_some() {
            ctx.settings()?.parse()?
        } else {
            SettingsFile::default()
        };
        let mut opts = Options::from_settings(&file.health);
        let set = |slot: &mut Threshold, flag: Option<Threshold>| {
            if let Some(t) = flag {
                *slot = t;
            }
        };
        set(&mut opts.disk_warn, args.disk_warn);
        set(&mut opts.disk_critical, args.disk_critical);
        set(&mut opts.inodes_warn, args.inodes_warn);
        set(&mut opts.inodes_critical, args.inodes_critical);
        set(&mut opts.memory_warn, args.memory_warn);
        set(&mut opts.memory_critical, args.memory_critical);
        opts.gateway_url = args.gateway_url.clone().or(opts.gateway_url);
        opts.timeout = args.timeout.unwrap_or(opts.timeout);
        opts.lag_warn = args.lag_warn.or(opts.lag_warn);
        opts.lag_critical = args.lag_critical.or(opts.lag_critical);
        opts.deep = args.deep;
        opts.channels = args.channels;
        opts.providers = args.providers;
        let db_location = if have_state || ctx.global.db.is_some() {
            Some(ctx.db_location()?)
        } else {
            None
        };
        Ok(Prepared {
            global: ctx.global.clone(),
            clients: Clients::new(opts.timeout),
            opts,
            db_location,
        })
    }

    /// Locate the state dir and load the config afresh (they may change between runs).
    pub fn target(&self) -> Target {
        let g = &self.global;
        let located =
            discover::locate_state_dir(g.state_dir.as_deref(), g.profile.as_deref(), &ProcessEnv);
        let (state, config) = match located {
            Err(e) => (Err(format!("{e:#}")), Err("no state directory".to_string())),
            Ok(l) => match discover::locate_config(g.config.as_deref(), &l.root, &ProcessEnv) {
                Err(e) => (
                    Ok(StateDir::new(l.root, l.source, None)),
                    Err(format!("{e:#}")),
                ),
                Ok(path) => {
                    let config = match &path {
                        Some(p) => BotConfig::load(p).map(Some).map_err(|e| format!("{e:#}")),
                        None => Ok(None),
                    };
                    (Ok(StateDir::new(l.root, l.source, path)), config)
                }
            },
        };
        Target {
            state,
            config,
            db_location: self.db_location.clone(),
        }
    }

    /// Run every check once.
    pub async fn report(&self) -> Report {
        health::run(&self.target(), &self.opts, &self.clients).await
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let prepared = Prepared::new(ctx, &args.checks)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let style = ctx.style;
    let Some(interval) = args.watch else {
        let report = runtime.block_on(prepared.report());
        return deliver(present(&report, &args, style.format), &args, style);
    };
    loop {
        let report = runtime.block_on(prepared.report());
        let out = deliver(present(&report, &args, style.format), &args, style)?;
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        output::render(&out, &style, &mut lock)?;
        if style.format == Format::Table && !style.quiet && args.output.is_none() {
            writeln!(lock)?;
        }
        lock.flush()?;
        drop(lock);
        std::thread::sleep(interval);
    }
}

/// The report in the requested shape, with the documented exit code.
fn present(report: &Report, args: &Args, format: Format) -> Output {
    if args.nagios {
        let (line, code) = render::nagios(report);
        return Output::WithExit(Box::new(Output::Text(line)), code);
    }
    let out = match format {
        Format::Prometheus => Output::Text(render::prometheus(report).render()),
        _ => Output::Doc {
            json: render::json(report),
            human: render::tables(report),
        },
    };
    let code = if report.status == Overall::Healthy {
        exit::OK
    } else {
        exit::CHECK_FAILED
    };
    Output::WithExit(Box::new(out), code)
}

/// With --output, write the rendering to the file atomically and print nothing.
fn deliver(out: Output, args: &Args, style: Style) -> Result<Output> {
    let Some(path) = &args.output else {
        return Ok(out);
    };
    let code = out.exit_code();
    let mut buf = Vec::new();
    let file_style = Style {
        quiet: false,
        color: false,
        ..style
    };
    output::render(&out, &file_style, &mut buf)?;
    crate::fsutil::write_atomic(path, &buf, 0o644)
        .with_context(|| format!("cannot write --output {}", path.display()))?;
    Ok(Output::WithExit(Box::new(Output::None), code))
}
