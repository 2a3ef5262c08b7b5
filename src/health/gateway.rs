//! The gateway probe: `GET /healthz` (liveness) and `GET /readyz` (readiness, with the names
//! of failing components) on OpenClaw 2026.3.1 and later; for older gateways, which have no
//! HTTP health route, a TCP connect to the port, labelled as such.

use super::http::{self, Clients, Failure, Response};
use super::{CheckResult, Perf, Status, Unit};
use reqwest::header::HeaderMap;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

const NAME: &str = "gateway";

pub async fn probe(clients: &Clients, base: &str, timeout: Duration) -> CheckResult {
    let start = Instant::now();
    let live = http::request(clients, false, &format!("{base}/healthz"), HeaderMap::new()).await;
    let result = match live {
        Err(Failure::Other(_)) => tcp_fallback(base, timeout).await,
        Err(f) => down(base, &format!("/healthz: {}", f.describe(timeout))),
        Ok(r) => match liveness(&r) {
            Some(true) => readiness(clients, base, timeout).await,
            Some(false) => down(
                base,
                &format!("/healthz answered HTTP {} (not live)", r.status),
            )
            .with("http_status", r.status),
            None => tcp_fallback(base, timeout).await,
        },
    };
    result.with("url", base).timed(start)
}

/// `Some(live)` when the body is the gateway's health JSON; `None` for anything else (an old
/// gateway's 404, or its control UI answering every path with HTML).
fn liveness(r: &Response) -> Option<bool> {
    let v = r.json()?;
    let ok = v.get("ok").and_then(Value::as_bool);
    let status = v.get("status").and_then(Value::as_str);
    if ok.is_none() && status.is_none() {
        return None;
    }
    Some(r.status == 200 && ok != Some(false) && status.is_none_or(|s| s == "live" || s == "ok"))
}

async fn readiness(clients: &Clients, base: &str, timeout: Duration) -> CheckResult {
    let ready = http::request(clients, false, &format!("{base}/readyz"), HeaderMap::new()).await;
    let live = |status: Status, detail: String| {
        CheckResult::new(NAME, status, detail)
            .with("probe", "http")
            .with("live", true)
            .with("ready", Value::Null)
            .with("failing", json!([]))
    };
    let r = match ready {
        Err(f) => {
            return with_up(live(
                Status::Warn,
                format!("live; /readyz: {}", f.describe(timeout)),
            ))
        }
        Ok(r) => r,
    };
    if r.status == 403 {
        return with_up(live(
            Status::Ok,
            "live; readiness not visible to this caller (/readyz answered 403)".into(),
        ));
    }
    let Some(body) = r.json().filter(|v| v.get("ready").is_some()) else {
        let status = if r.status == 404 || r.status == 200 {
            Status::Ok
        } else {
            Status::Warn
        };
        return with_up(live(
            status,
            format!("live; no readiness report (/readyz answered {})", r.status),
        ));
    };
    let is_ready = body.get("ready").and_then(Value::as_bool) == Some(true) && r.status == 200;
    let failing: Vec<String> = body
        .get("failing")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|f| f.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let uptime_ms = body.get("uptimeMs").and_then(Value::as_f64);
    let event_loop = body.get("eventLoop");
    let loop_degraded = event_loop
        .and_then(|e| e.get("degraded"))
        .and_then(Value::as_bool)
        == Some(true);
    let (status, mut detail) = if is_ready {
        (Status::Ok, "live and ready".to_string())
    } else if failing.is_empty() {
        (Status::Warn, "live, not ready".to_string())
    } else {
        (
            Status::Warn,
            format!("live, not ready: failing {}", failing.join(", ")),
        )
    };
    let status = if loop_degraded {
        let reasons: Vec<&str> = event_loop
            .and_then(|e| e.get("reasons"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        detail.push_str("; event loop degraded");
        if !reasons.is_empty() {
            detail.push_str(&format!(" ({})", reasons.join(", ")));
        }
        Status::Warn
    } else {
        status
    };
    if let Some(ms) = uptime_ms {
        detail.push_str(&format!(
            "; up {}",
            humantime::format_duration(Duration::from_secs((ms / 1000.0) as u64))
        ));
    }
    let mut c = CheckResult::new(NAME, status, detail)
        .with("probe", "http")
        .with("live", true)
        .with("ready", is_ready)
        .with("failing", json!(failing))
        .with("uptime_ms", uptime_ms.map(|m| m as u64))
        .with("event_loop_degraded", loop_degraded);
    c.perf.push(perf_ready(if is_ready { 1.0 } else { 0.0 }));
    if let Some(ms) = uptime_ms {
        c.perf.push(Perf {
            name: "gateway_uptime_seconds",
            help: "Gateway uptime reported by /readyz.",
            value: ms / 1000.0,
            unit: Unit::Seconds,
            warn: None,
            crit: None,
            alert_below: false,
        });
    }
    with_up(c)
}

/// Old gateways: the port accepts connections, which is all that can be known without the
/// device-key-signed WebSocket RPC.
async fn tcp_fallback(base: &str, timeout: Duration) -> CheckResult {
    let Some(addr) = reqwest::Url::parse(base).ok().and_then(|u| {
        let port = u.port_or_known_default()?;
        Some(format!("{}:{port}", u.host_str()?))
    }) else {
        return CheckResult::new(
            NAME,
            Status::Unknown,
            format!("'{base}' is not a valid gateway URL"),
        );
    };
    let connect = tokio::time::timeout(timeout, tokio::net::TcpStream::connect(&addr)).await;
    let c = match connect {
        Ok(Ok(_)) => with_up(
            CheckResult::new(
                NAME,
                Status::Ok,
                format!(
                    "port open (TCP connect to {addr}; this gateway has no HTTP health routes)"
                ),
            )
            .with("live", true)
            .with("ready", Value::Null)
            .with("failing", json!([])),
        ),
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            down(base, &format!("TCP connect to {addr}: connection refused"))
        }
        Ok(Err(e)) => down(base, &format!("TCP connect to {addr}: {e}")),
        Err(_) => down(
            base,
            &format!(
                "TCP connect to {addr}: no answer within {}",
                humantime::format_duration(timeout)
            ),
        ),
    };
    c.with("probe", "tcp")
}

fn down(base: &str, why: &str) -> CheckResult {
    let mut c = CheckResult::new(NAME, Status::Critical, format!("{base}: {why}"))
        .with("probe", "http")
        .with("live", false)
        .with("ready", false)
        .with("failing", json!([]));
    c.perf.push(perf_up(0.0));
    c
}

fn with_up(mut c: CheckResult) -> CheckResult {
    c.perf.insert(0, perf_up(1.0));
    c
}

fn perf_up(v: f64) -> Perf {
    Perf {
        name: "gateway_up",
        help: "1 when the gateway answers its liveness probe (or, for old gateways, accepts TCP connections).",
        value: v,
        unit: Unit::Count,
        warn: None,
        crit: None,
        alert_below: false,
    }
}

fn perf_ready(v: f64) -> Perf {
    Perf {
        name: "gateway_ready",
        help: "1 when the gateway reports itself ready on /readyz.",
        value: v,
        unit: Unit::Count,
        warn: None,
        crit: None,
        alert_below: false,
    }
}
