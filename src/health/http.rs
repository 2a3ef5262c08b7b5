//! The HTTP side of the probes: clients with a per-request timeout, bounded body reads, and
//! error descriptions that never contain a URL (Telegram puts the bot token in the path, some
//! APIs put keys in the query) or any secret value.

use reqwest::header::HeaderMap;
use std::time::Duration;

/// Bodies are read up to this many bytes; health answers are small.
const MAX_BODY: usize = 64 * 1024;

/// One client that bypasses proxies (for loopback) and one that honours HTTP(S)_PROXY.
#[derive(Clone)]
pub struct Clients {
    direct: Result<reqwest::Client, String>,
    proxied: Result<reqwest::Client, String>,
}

impl Clients {
    pub fn new(timeout: Duration) -> Clients {
        let build = |proxy: bool| {
            let mut b = reqwest::Client::builder()
                .connect_timeout(timeout)
                .timeout(timeout)
                .redirect(reqwest::redirect::Policy::none())
                // Every probe opens its own connection: a pooled one could have been closed by
                // the server between runs (--watch, metrics serve) and would fail spuriously.
                .pool_max_idle_per_host(0)
                .user_agent(concat!("clawctl/", env!("CARGO_PKG_VERSION")));
            if !proxy {
                b = b.no_proxy();
            }
            b.build()
                .map_err(|e| format!("cannot set up an HTTP client: {}", chain(&e)))
        };
        Clients {
            direct: build(false),
            proxied: build(true),
        }
    }

    /// The client for a URL: loopback addresses never go through a proxy.
    fn for_url(&self, url: &str) -> Result<&reqwest::Client, Failure> {
        let host = reqwest::Url::parse(url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .ok_or_else(|| Failure::Other("not a valid http(s) URL".into()))?;
        let loopback = host == "localhost"
            || host
                .trim_matches(['[', ']'])
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback());
        let client = if loopback {
            &self.direct
        } else {
            &self.proxied
        };
        client.as_ref().map_err(|e| Failure::Other(e.clone()))
    }
}

/// A response: status and the start of the body.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Response {
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// Why a request failed, in words safe to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    Timeout,
    Refused,
    Other(String),
}

impl Failure {
    pub fn describe(&self, timeout: Duration) -> String {
        match self {
            Failure::Timeout => format!("no answer within {}", humantime::format_duration(timeout)),
            Failure::Refused => "connection refused".into(),
            Failure::Other(m) => m.clone(),
        }
    }
}

/// GET (or POST with an empty body) `url` with `headers`.
pub async fn request(
    clients: &Clients,
    post: bool,
    url: &str,
    headers: HeaderMap,
) -> Result<Response, Failure> {
    let client = clients.for_url(url)?;
    let builder = if post {
        client.post(url)
    } else {
        client.get(url)
    };
    let mut resp = builder.headers(headers).send().await.map_err(classify)?;
    let status = resp.status().as_u16();
    let mut body = Vec::new();
    while body.len() < MAX_BODY {
        match resp.chunk().await.map_err(classify)? {
            Some(chunk) => body.extend_from_slice(&chunk),
            None => break,
        }
    }
    body.truncate(MAX_BODY);
    Ok(Response { status, body })
}

fn classify(e: reqwest::Error) -> Failure {
    if e.is_timeout() {
        return Failure::Timeout;
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused => return Failure::Refused,
                std::io::ErrorKind::TimedOut => return Failure::Timeout,
                _ => {}
            }
        }
        source = s.source();
    }
    let e = e.without_url();
    if e.is_connect() {
        return Failure::Other(deepest(&e));
    }
    Failure::Other(chain(&e))
}

/// The innermost cause: what actually went wrong (a DNS or TLS message).
fn deepest(e: &(dyn std::error::Error + 'static)) -> String {
    let mut last = e;
    while let Some(s) = last.source() {
        last = s;
    }
    last.to_string()
}

/// An error and its causes on one line, each message once.
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        let m = s.to_string();
        if !m.is_empty() && !parts.iter().any(|p| p.contains(&m)) {
            parts.push(m);
        }
        source = s.source();
    }
    parts.join(": ")
}

/// Replace every occurrence of a secret in `text` (belt and braces: details are built without
/// secrets, this catches anything a library might echo back).
pub fn redact(text: &str, secrets: &[&str]) -> String {
    let mut out = text.to_string();
    for s in secrets.iter().filter(|s| s.len() >= 4) {
        out = out.replace(*s, "<redacted>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_replaces_every_copy() {
        assert_eq!(
            redact(
                "bad token 123:ABCD in /bot123:ABCD/getMe",
                &["123:ABCD", ""]
            ),
            "bad token <redacted> in /bot<redacted>/getMe"
        );
    }
}
