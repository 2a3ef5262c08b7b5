//! Shared by the health and metrics tests: fake HTTP servers on loopback (gateways that are
//! live, not ready, forbidden, slow or gone; channel and provider APIs), each recording the
//! requests it got, and a tidy copy of the example state dir.
#![allow(dead_code)]

use crate::common::{run, Env, Run};
use std::os::unix::fs::PermissionsExt;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A request as the fake saw it.
#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    pub path: String,
    /// Header names lower-cased.
    pub headers: Vec<(String, String)>,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What to answer.
pub enum Reply {
    Json(u16, String),
    Html(u16, String),
    /// Accept, read the request, then say nothing for this long.
    Hang(Duration),
}

pub struct Fake {
    pub port: u16,
    pub requests: Arc<Mutex<Vec<Req>>>,
}

impl Fake {
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
    pub fn requests(&self) -> Vec<Req> {
        self.requests.lock().unwrap().clone()
    }
}

/// Serve `handler` on a free loopback port until the test process ends.
pub fn serve(handler: impl Fn(&Req) -> Reply + Send + Sync + 'static) -> Fake {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let handler = Arc::new(handler);
    let seen = requests.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let handler = handler.clone();
            let seen = seen.clone();
            std::thread::spawn(move || {
                let _ = answer(stream, &*handler, &seen);
            });
        }
    });
    Fake { port, requests }
}

fn answer(
    mut stream: TcpStream,
    handler: &(dyn Fn(&Req) -> Reply + Send + Sync),
    seen: &Mutex<Vec<Req>>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let path = parts.next().unwrap_or_default().to_string();
    let mut headers = Vec::new();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h == "\r\n" {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim().to_string());
            if k == "content-length" {
                length = v.parse().unwrap_or(0);
            }
            headers.push((k, v));
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let req = Req {
        method,
        path,
        headers,
    };
    seen.lock().unwrap().push(req.clone());
    let (status, ctype, body) = match handler(&req) {
        Reply::Json(s, b) => (s, "application/json", b),
        Reply::Html(s, b) => (s, "text/html", b),
        Reply::Hang(d) => {
            std::thread::sleep(d);
            return Ok(());
        }
    };
    write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()
}

/// A port nothing listens on.
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A gateway of OpenClaw 2026.3.1+ whose /readyz answers `ready_status` with `ready_body`
/// (and whose control UI answers every other path with HTML, as the real one does).
pub fn gateway(ready_status: u16, ready_body: &'static str) -> Fake {
    serve(move |req| match req.path.as_str() {
        "/healthz" => Reply::Json(200, r#"{"ok":true,"status":"live"}"#.into()),
        "/readyz" => Reply::Json(ready_status, ready_body.into()),
        _ => Reply::Html(200, "<html>control ui</html>".into()),
    })
}

/// The readiness body of a healthy gateway.
pub const READY: &str =
    r#"{"ready":true,"failing":[],"uptimeMs":29401,"eventLoop":{"degraded":false,"reasons":[]}}"#;

/// Thresholds of 0% so that the test machine's own disk and memory never matter.
pub const CALM: [&str; 12] = [
    "--disk-warn",
    "0%",
    "--disk-critical",
    "0%",
    "--inodes-warn",
    "0%",
    "--inodes-critical",
    "0%",
    "--memory-warn",
    "0%",
    "--memory-critical",
    "0%",
];

/// The example state dir with the permissions a real installation should have.
pub fn tidy_env() -> Env {
    let env = Env::example();
    let mode = |rel: &str, m: u32| {
        std::fs::set_permissions(env.state.join(rel), std::fs::Permissions::from_mode(m)).unwrap()
    };
    mode("", 0o700);
    mode("clawdbot.json", 0o600);
    mode("credentials", 0o700);
    mode("agents/main/agent/auth-profiles.json", 0o600);
    env
}

/// `health --gateway-url URL` with calm thresholds and `extra` flags.
pub fn health(env: &Env, gateway_url: &str, extra: &[&str]) -> Run {
    let mut args = vec!["health", "--gateway-url", gateway_url];
    args.extend(CALM);
    args.extend(extra);
    run(env.cmd().args(&args))
}

/// stdout as JSON, whatever the exit code.
pub fn parse(r: &Run) -> serde_json::Value {
    serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", r.stdout, r.stderr))
}
