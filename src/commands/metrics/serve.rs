//! `clawctl metrics serve`: `/metrics` (the bot's metrics plus the health gauges) and
//! `/health` (the `health --format json` document, 200 unless unhealthy, then 503) over HTTP,
//! for Prometheus and uptime monitors. A background thread syncs new transcript entries into
//! the ops database every `--sync-interval`, so the counters follow the bot without a cron job.

use crate::app::Ctx;
use crate::commands::health::{CheckArgs, Prepared};
use crate::error::user_err;
use crate::health::{render, Overall};
use crate::metrics::exposition::CONTENT_TYPE;
use crate::metrics::{self, collect::Aggregator, Zone};
use crate::output::Output;
use crate::store::Store;
use anyhow::{Context, Result};
use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{ALLOW, CONTENT_TYPE as CT};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const ENDPOINTS_HELP: &str = "\
Endpoints:
  /metrics  the `clawctl metrics` exposition plus the health gauges (clawdbot_health_status,
            clawdbot_health_check_status{check}, clawdbot_gateway_up, …); counters only grow
  /health   the `clawctl health --format json` document: HTTP 200 when healthy or degraded,
            503 when unhealthy
Both run the health checks configured by the Checks options on every request.";

#[derive(Debug, clap::Args)]
#[command(after_help = ENDPOINTS_HELP)]
pub struct Args {
    /// Address to listen on (port 0 picks a free port; the address is printed on stderr).
    #[arg(
        long,
        default_value = "127.0.0.1:9091",
        env = "CLAWCTL_METRICS_LISTEN",
        value_name = "ADDR"
    )]
    pub listen: String,
    /// Time zone for the day and month boundaries of budget usage (IANA name). Default: local.
    #[arg(long, env = "CLAWCTL_TZ", value_name = "ZONE")]
    pub tz: Option<String>,
    /// How often to sync new transcript entries into the ops database in the background
    /// (`30s`, `5m`); the first sync runs before serving.
    #[arg(
        long,
        default_value = "30s",
        env = "CLAWCTL_METRICS_SYNC_INTERVAL",
        value_name = "DURATION",
        value_parser = crate::health::options::parse_duration
    )]
    pub sync_interval: Duration,
    /// Serve what the ops database holds; never sync (another job does).
    #[arg(long)]
    pub no_sync: bool,
    #[command(flatten)]
    pub checks: CheckArgs,
}

/// What every request handler shares.
struct App {
    health: Prepared,
    zone: Zone,
    /// The ops database and the running counters; scrapes take turns.
    metrics: Mutex<(Store, Aggregator)>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let zone = Zone::parse(args.tz.as_deref())?;
    let health = Prepared::new(ctx, &args.checks)?;
    if !args.no_sync {
        crate::sync::refresh(ctx, false, None)?;
        background_sync(ctx.global.clone(), args.sync_interval);
    }
    let mut store = Store::open(&ctx.db_location()?)?;
    let mut agg = Aggregator::default();
    // Count what is already in the database before the first scrape arrives.
    metrics::scrape(&mut store, &mut agg, zone)?;
    let listener = std::net::TcpListener::bind(&args.listen).map_err(|e| {
        user_err(format!("cannot listen on {}: {e}", args.listen))
            .hint("pick another address with --listen HOST:PORT")
    })?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    if !ctx.global.quiet {
        eprintln!("clawctl: serving http://{addr}/metrics and http://{addr}/health");
    }
    let app = Arc::new(App {
        health,
        zone,
        metrics: Mutex::new((store, agg)),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(serve(listener, app))
}

/// Sync every `interval` on a thread of its own (its own connection, no progress bar) for as
/// long as the server runs. A failed run is reported on stderr and retried next time; sync
/// writes in short transactions, so stopping the server mid-run loses nothing.
fn background_sync(mut global: crate::cli::GlobalArgs, interval: Duration) {
    global.quiet = true;
    std::thread::spawn(move || {
        let mut ctx = Ctx::new(global);
        loop {
            std::thread::sleep(interval);
            if let Err(e) = crate::sync::refresh(&mut ctx, false, None) {
                eprintln!("clawctl: warning: background sync failed: {e:#}");
            }
        }
    });
}

/// Accept connections until the process is stopped.
async fn serve(listener: std::net::TcpListener, app: Arc<App>) -> Result<Output> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of file descriptors and the like: back off instead of spinning.
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let app = app.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| handle(app.clone(), req));
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(Duration::from_secs(10))
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

async fn handle(
    app: Arc<App>,
    req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = reply(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain",
            "use GET\n".into(),
        );
        r.headers_mut()
            .insert(ALLOW, "GET, HEAD".parse().expect("static header"));
        return Ok(r);
    }
    Ok(match req.uri().path() {
        "/metrics" => metrics_page(&app).await,
        "/health" => {
            let report = app.health.report().await;
            let code = if report.status == Overall::Unhealthy {
                StatusCode::SERVICE_UNAVAILABLE
            } else {
                StatusCode::OK
            };
            let mut body = serde_json::to_string_pretty(&render::json(&report)).unwrap_or_default();
            body.push('\n');
            reply(code, "application/json", body)
        }
        "/" => reply(
            StatusCode::OK,
            "text/plain; charset=utf-8",
            "clawctl metrics exporter: /metrics (Prometheus), /health (JSON, 503 when unhealthy)\n"
                .into(),
        ),
        _ => reply(StatusCode::NOT_FOUND, "text/plain", "not found\n".into()),
    })
}

async fn metrics_page(app: &Arc<App>) -> Response<Full<Bytes>> {
    let report = app.health.report().await;
    let shared = app.clone();
    let scraped = tokio::task::spawn_blocking(move || {
        let mut guard = shared
            .metrics
            .lock()
            .map_err(|_| anyhow::anyhow!("a previous scrape panicked"))?;
        let (store, agg) = &mut *guard;
        metrics::scrape(store, agg, shared.zone)
    })
    .await;
    match scraped {
        Ok(Ok(mut exposition)) => {
            exposition.extend(render::prometheus(&report));
            reply(StatusCode::OK, CONTENT_TYPE, exposition.render())
        }
        Ok(Err(e)) => reply(
            StatusCode::INTERNAL_SERVER_ERROR,
            "text/plain",
            format!("clawctl: metrics unavailable: {e:#}\n"),
        ),
        Err(e) => reply(
            StatusCode::INTERNAL_SERVER_ERROR,
            "text/plain",
            format!("clawctl: metrics unavailable: {e}\n"),
        ),
    }
}

fn reply(status: StatusCode, content_type: &str, body: String) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = status;
    if let Ok(v) = content_type.parse() {
        r.headers_mut().insert(CT, v);
    }
    r
}
