//! Probing third-party APIs (channels and model providers) with a credential: one cheap
//! authenticated request each, run concurrently, answered as ok / warn / critical. The
//! credential lives only in the request; results are redacted against it.

use super::http::{self, Clients, Failure, Response};
use super::{CheckResult, Status};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde_json::Value;
use std::time::{Duration, Instant};

/// How to read a successful answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Telegram Bot API `{ok, result: {username}}`.
    Telegram,
    /// Slack `{ok, team, user}` or `{ok: false, error}` (always HTTP 200).
    Slack,
    /// A user object with `username` (Discord, Mattermost) or `user_id` (Matrix).
    Identity,
    /// A model list: `{data: [...]}` or `{models: [...]}`.
    Models,
}

/// One request to make.
#[derive(Debug, Clone)]
pub struct ApiProbe {
    pub name: String,
    pub post: bool,
    /// Holds the credential for some APIs (Telegram): never printed.
    pub url: String,
    pub headers: Vec<(&'static str, String)>,
    /// The credential, for redaction.
    pub secret: String,
    pub answer: Answer,
}

/// Run the probes concurrently; results come back in the probes' order.
pub async fn run_all(
    clients: &Clients,
    probes: Vec<ApiProbe>,
    timeout: Duration,
) -> Vec<CheckResult> {
    let mut set = tokio::task::JoinSet::new();
    for (i, p) in probes.into_iter().enumerate() {
        let clients = clients.clone();
        set.spawn(async move { (i, run_one(&clients, p, timeout).await) });
    }
    let mut out = Vec::new();
    while let Some(joined) = set.join_next().await {
        if let Ok(r) = joined {
            out.push(r);
        }
    }
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, r)| r).collect()
}

async fn run_one(clients: &Clients, p: ApiProbe, timeout: Duration) -> CheckResult {
    let start = Instant::now();
    let mut headers = HeaderMap::new();
    for (k, v) in &p.headers {
        match HeaderValue::from_str(v) {
            Ok(mut v) => {
                v.set_sensitive(true);
                headers.insert(HeaderName::from_static(k), v);
            }
            Err(_) => {
                return CheckResult::new(
                    &p.name,
                    Status::Critical,
                    "credential contains characters not allowed in an HTTP header",
                )
            }
        }
    }
    let (status, detail) = match http::request(clients, p.post, &p.url, headers).await {
        Ok(r) => {
            // Some APIs echo the credential back; it goes before anything is cut short.
            let body = http::redact(&String::from_utf8_lossy(&r.body), &[p.secret.as_str()]);
            interpret(
                &Response {
                    status: r.status,
                    body: body.into_bytes(),
                },
                p.answer,
            )
        }
        Err(Failure::Other(m)) => (Status::Critical, format!("unreachable: {m}")),
        Err(f) => (
            Status::Critical,
            format!("unreachable: {}", f.describe(timeout)),
        ),
    };
    let detail = http::redact(&detail, &[p.secret.as_str()]);
    CheckResult::new(&p.name, status, detail).timed(start)
}

fn interpret(r: &Response, answer: Answer) -> (Status, String) {
    let body = r.json();
    let text = |k: &str| {
        body.as_ref()
            .and_then(|b| b.get(k))
            .and_then(Value::as_str)
            .map(one_line)
    };
    match r.status {
        200 => {}
        401 | 403 => {
            let why = text("description")
                .or_else(|| text("message"))
                .or_else(|| text("error"))
                .map(|d| format!(": {d}"))
                .unwrap_or_default();
            return (
                Status::Critical,
                format!("credentials rejected (HTTP {}{why})", r.status),
            );
        }
        404 if answer == Answer::Telegram => {
            return (Status::Critical, "bot token rejected (HTTP 404)".into())
        }
        429 => return (Status::Warn, "rate limited (HTTP 429)".into()),
        s if s >= 500 => return (Status::Critical, format!("API error (HTTP {s})")),
        s => return (Status::Warn, format!("unexpected answer (HTTP {s})")),
    }
    let Some(body) = body.as_ref() else {
        return (Status::Warn, "HTTP 200 but the answer is not JSON".into());
    };
    match answer {
        Answer::Telegram => {
            let user = body
                .pointer("/result/username")
                .and_then(Value::as_str)
                .map(|u| format!("@{u}"));
            match (body.get("ok").and_then(Value::as_bool), user) {
                (Some(true), Some(u)) => (Status::Ok, format!("getMe: {u}")),
                (Some(true), None) => (Status::Ok, "getMe ok".into()),
                _ => (Status::Critical, "getMe answered ok: false".into()),
            }
        }
        Answer::Slack => match body.get("ok").and_then(Value::as_bool) {
            Some(true) => {
                let team = text("team").unwrap_or_default();
                (
                    Status::Ok,
                    format!("auth.test ok {team}").trim().to_string(),
                )
            }
            _ => (
                Status::Critical,
                format!(
                    "auth.test rejected: {}",
                    text("error").unwrap_or_else(|| "unknown".into())
                ),
            ),
        },
        Answer::Identity => {
            let who = text("username").or_else(|| text("user_id"));
            (
                Status::Ok,
                who.map_or("authenticated".into(), |w| format!("authenticated as {w}")),
            )
        }
        Answer::Models => {
            let n = ["data", "models"]
                .iter()
                .find_map(|k| body.get(*k).and_then(Value::as_array).map(Vec::len));
            (
                Status::Ok,
                n.map_or("reachable".into(), |n| {
                    format!("reachable, {n} model(s) listed")
                }),
            )
        }
    }
}

fn one_line(s: &str) -> String {
    let line: String = s.lines().next().unwrap_or("").chars().take(120).collect();
    line
}
