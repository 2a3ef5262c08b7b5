//! Health probes: the gateway, the ops database, the state directory, disk, memory, and
//! optionally each channel's and model provider's API.
//!
//! Every check returns a [`CheckResult`] (status, latency, a one-line detail, structured data
//! and performance values); [`run`] runs them all and folds them into a [`Report`], which
//! [`render`] turns into a table, JSON, a Nagios line or Prometheus text. Nothing here prints,
//! and no secret value ever reaches a detail, an error or a label.

mod api;
pub mod channels;
pub mod gateway;
mod http;
pub mod local;
mod ops_db_pg;
pub mod options;
pub mod providers;
pub mod render;
pub mod secrets;
pub mod state;

pub use http::Clients;
pub use options::Options;

use crate::state::config::BotConfig;
use crate::state::StateDir;
use serde_json::{Map, Value};
use std::time::{Duration, Instant};

/// The status of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Unknown,
    Critical,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Unknown => "unknown",
            Status::Critical => "critical",
        }
    }

    /// The Nagios plugin exit code: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
    pub fn nagios_code(self) -> i32 {
        match self {
            Status::Ok => 0,
            Status::Warn => 1,
            Status::Critical => 2,
            Status::Unknown => 3,
        }
    }
}

/// The status of the whole installation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Overall {
    /// Every check is ok.
    Healthy,
    /// Some check warns or could not tell; nothing is critical.
    Degraded,
    /// At least one check is critical.
    Unhealthy,
}

impl Overall {
    pub fn as_str(self) -> &'static str {
        match self {
            Overall::Healthy => "healthy",
            Overall::Degraded => "degraded",
            Overall::Unhealthy => "unhealthy",
        }
    }
}

/// Units of a performance value (Nagios UOM; Prometheus names carry the unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Bytes,
    Percent,
    Seconds,
    Count,
}

/// A number a check measured, for Nagios perfdata and Prometheus gauges.
#[derive(Debug, Clone)]
pub struct Perf {
    /// Metric name without the `clawdbot_` prefix (`disk_free_bytes`).
    pub name: &'static str,
    pub help: &'static str,
    pub value: f64,
    pub unit: Unit,
    pub warn: Option<f64>,
    pub crit: Option<f64>,
    /// Thresholds are floors (free space) rather than ceilings (lag).
    pub alert_below: bool,
}

/// The result of one check.
#[derive(Debug, Clone)]
pub struct CheckResult {
    /// Stable name: `gateway`, `ops_db`, `disk`, `channel:telegram`, `provider:openai`, …
    pub name: String,
    pub status: Status,
    pub latency: Duration,
    /// One line, never a secret.
    pub detail: String,
    /// Extra structured fields for JSON (`failing`, `free_bytes`, …).
    pub data: Map<String, Value>,
    pub perf: Vec<Perf>,
}

impl CheckResult {
    pub fn new(name: impl Into<String>, status: Status, detail: impl Into<String>) -> Self {
        CheckResult {
            name: name.into(),
            status,
            latency: Duration::ZERO,
            detail: detail.into().replace(['\r', '\n'], " "),
            data: Map::new(),
            perf: Vec::new(),
        }
    }

    /// Attach a JSON field.
    pub fn with(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.data.insert(key.to_string(), value.into());
        self
    }

    /// Set the latency from a start instant.
    pub fn timed(mut self, start: Instant) -> Self {
        self.latency = start.elapsed();
        self
    }
}

/// A check that was not run, and why (shown so that nothing is silently left out).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Skipped {
    pub check: String,
    pub reason: String,
}

/// All results of one run.
#[derive(Debug, Clone)]
pub struct Report {
    pub status: Overall,
    /// RFC 3339 UTC time the run started.
    pub timestamp: String,
    pub checks: Vec<CheckResult>,
    pub skipped: Vec<Skipped>,
}

impl Report {
    pub fn new(checks: Vec<CheckResult>, skipped: Vec<Skipped>, timestamp: String) -> Report {
        Report {
            status: overall(&checks),
            timestamp,
            checks,
            skipped,
        }
    }

    /// The worst status of any check, Nagios style: critical, then warn, then unknown.
    pub fn worst(&self) -> Status {
        let rank = |s: Status| match s {
            Status::Ok => 0,
            Status::Unknown => 1,
            Status::Warn => 2,
            Status::Critical => 3,
        };
        self.checks
            .iter()
            .map(|c| c.status)
            .max_by_key(|s| rank(*s))
            .unwrap_or(Status::Ok)
    }
}

/// Fold check statuses: any critical → unhealthy; any warn or unknown → degraded.
pub fn overall(checks: &[CheckResult]) -> Overall {
    if checks.iter().any(|c| c.status == Status::Critical) {
        Overall::Unhealthy
    } else if checks.iter().all(|c| c.status == Status::Ok) {
        Overall::Healthy
    } else {
        Overall::Degraded
    }
}

/// What the checks run against. The state directory and the config are loaded by the caller
/// (and reloaded on every run by `metrics serve`); a failure to load becomes a critical check.
pub struct Target {
    pub state: Result<StateDir, String>,
    pub config: Result<Option<BotConfig>, String>,
    /// The ops database location (`None` when it cannot be known without a state dir).
    pub db_location: Option<String>,
}

/// Run every check once. `clients` come from [`Clients::new`] with `opts.timeout` and can be
/// reused between runs.
pub async fn run(target: &Target, opts: &Options, clients: &Clients) -> Report {
    let timestamp = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let mut checks = Vec::new();
    let mut skipped = Vec::new();
    let config = target.config.as_ref().ok().and_then(Option::as_ref);
    let gateway_url = opts.gateway_url(config);

    let remote = async {
        let gw = gateway::probe(clients, &gateway_url, opts.timeout).await;
        let mut out = vec![gw];
        let mut skip = Vec::new();
        if let (Some(cfg), Ok(state)) = (config, &target.state) {
            if opts.channels {
                let (c, s) = channels::probe_all(clients, cfg, state, opts).await;
                out.extend(c);
                skip.extend(s);
            }
            if opts.providers {
                let (c, s) = providers::probe_all(clients, cfg, state, opts).await;
                out.extend(c);
                skip.extend(s);
            }
        } else if opts.channels || opts.providers {
            skip.push(Skipped {
                check: "channels/providers".into(),
                reason: "no readable bot config".into(),
            });
        }
        (out, skip)
    };
    let ((remote_checks, remote_skipped), local_checks) =
        tokio::join!(remote, async { local_checks(target, opts, &mut skipped) });
    checks.extend(remote_checks);
    checks.extend(local_checks);
    skipped.extend(remote_skipped);
    Report::new(checks, skipped, timestamp)
}

/// The checks that only read local files: fast, no network.
fn local_checks(target: &Target, opts: &Options, skipped: &mut Vec<Skipped>) -> Vec<CheckResult> {
    let mut out = Vec::new();
    out.push(match &target.db_location {
        Some(location) => local::ops_db(location, opts.deep, opts.timeout),
        None => CheckResult::new(
            "ops_db",
            Status::Unknown,
            "location unknown without a state directory",
        ),
    });
    match &target.state {
        Ok(state) => {
            out.extend(state::checks(
                state,
                &target.config,
                target.db_location.as_deref(),
                opts,
                skipped,
            ));
            out.push(local::disk(&state.root, opts));
        }
        Err(e) => {
            out.push(CheckResult::new("state_dir", Status::Critical, e.clone()));
            out.push(local::disk(std::path::Path::new("/"), opts));
        }
    }
    out.push(local::memory(opts));
    out
}
