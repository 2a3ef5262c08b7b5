//! Helpers for the tests that run the real bot on Node 24, installed by `.ci/run`: the npm
//! package `openclaw` (CLAWCTL_REAL_GATEWAY_BIN) and the old `clawdbot` 2026.1.24-3
//! (CLAWCTL_REAL_OLD_BOT_BIN). Its binary, a free port, a gateway process group that is stopped
//! on drop, and a minimal HTTP client for its routes.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The real bot's binary named by `var`, or `None` (and a SKIPPED line naming `test`) when it is
/// not installed.
pub fn bin(var: &str, test: &str) -> Option<PathBuf> {
    let bin = std::env::var_os(var).map(PathBuf::from);
    if bin.is_none() {
        eprintln!("SKIPPED {test}: {var} is not set (.ci/run installs the bot and sets it)");
    }
    bin
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The gateway's process group, stopped (SIGTERM, then SIGKILL) when dropped.
pub struct Gateway {
    pub child: Child,
    pub log: PathBuf,
}

impl Gateway {
    /// Start `cmd` in a process group of its own, stdout to `log`, stderr beside it.
    pub fn spawn(cmd: &mut Command, log: &Path) -> Gateway {
        let child = cmd
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(log).unwrap())
            .stderr(std::fs::File::create(log.with_extension("err")).unwrap())
            .process_group(0)
            .spawn()
            .expect("start the gateway");
        Gateway {
            child,
            log: log.to_path_buf(),
        }
    }

    /// Poll `ready` every 2 s for up to 240 s; panics with the log when the gateway exits or
    /// the time runs out.
    pub fn wait_for<T>(&mut self, what: &str, mut ready: impl FnMut() -> Option<T>) -> T {
        let deadline = Instant::now() + Duration::from_secs(240);
        loop {
            if let Some(v) = ready() {
                return v;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("the gateway exited ({status}):\n{}", self.log_tail());
            }
            assert!(
                Instant::now() < deadline,
                "the gateway was not {what} in 240s:\n{}",
                self.log_tail()
            );
            std::thread::sleep(Duration::from_secs(2));
        }
    }

    pub fn stop(&mut self) {
        let pgid = self.child.id() as i32;
        // SAFETY: signalling the process group we created for this child; no memory involved.
        unsafe { libc::kill(-pgid, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        // SAFETY: as above.
        unsafe { libc::kill(-pgid, libc::SIGKILL) };
        let _ = self.child.wait();
    }

    /// The last 30 lines of stdout and stderr.
    pub fn log_tail(&self) -> String {
        [self.log.clone(), self.log.with_extension("err")]
            .iter()
            .map(|p| {
                let text = std::fs::read_to_string(p).unwrap_or_default();
                let lines: Vec<&str> = text.lines().collect();
                lines[lines.len().saturating_sub(30)..].join("\n")
            })
            .collect::<Vec<_>>()
            .join("\n--- stderr\n")
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
    }
}

/// One HTTP/1.1 request to 127.0.0.1:`port`: the status and the body, or `None` when nothing
/// answers.
pub fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Option<(u16, String)> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).ok()?;
    let mut raw = String::new();
    s.read_to_string(&mut raw).ok()?;
    let status = raw.split(' ').nth(1)?.parse().ok()?;
    let body = raw
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_string();
    Some((status, body))
}
