//! An external copy of high-risk audit events: RFC 5424 syslog to the local `/dev/log`
//! socket or a UDP/TCP collector, configured in clawctl's config file:
//!
//! ```toml
//! [audit.syslog]
//! target = "unix:/dev/log"     # or "udp:logs.example.net:514", "tcp:10.0.0.5:6514"
//! facility = "authpriv"        # optional; default authpriv
//! ```
//!
//! Events are sent after they are committed locally; a collector that cannot be reached is
//! reported as a warning and never loses the local event. The configuration is process-wide
//! because every command records through [`super::record`], which takes only a store.

use crate::error::user_err;
use crate::settings::Settings;
use crate::store::Row;
use anyhow::Result;
use serde::Deserialize;
use std::io::Write;
use std::net::{TcpStream, ToSocketAddrs, UdpSocket};
use std::os::unix::net::{UnixDatagram, UnixStream};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

/// RFC 5424 structured-data id (32473 is the enterprise number reserved for examples).
const SD_ID: &str = "clawctl@32473";
const TIMEOUT: Duration = Duration::from_secs(2);
const UDP_MAX: usize = 2048;
const UNIX_MAX: usize = 8192;
const TCP_MAX: usize = 65_536;

/// clawctl's config file as this module reads it.
#[derive(Debug, Default, Deserialize)]
struct File {
    #[serde(default)]
    audit: AuditSection,
}

#[derive(Debug, Default, Deserialize)]
struct AuditSection {
    syslog: Option<SyslogSection>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SyslogSection {
    target: String,
    facility: Option<String>,
}

/// Where messages go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Unix(PathBuf),
    Udp(String, u16),
    Tcp(String, u16),
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Unix(p) => write!(f, "unix:{}", p.display()),
            Target::Udp(h, p) => write!(f, "udp:{h}:{p}"),
            Target::Tcp(h, p) => write!(f, "tcp:{h}:{p}"),
        }
    }
}

/// A resolved configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub target: Target,
    /// Syslog facility number (authpriv = 10).
    pub facility: u8,
    /// Suppress warnings (`--quiet`).
    pub quiet: bool,
}

static CONFIG: Mutex<Option<Config>> = Mutex::new(None);

/// Read `[audit.syslog]` from clawctl's settings and make it the process's configuration.
pub fn configure_from(settings: &Settings, quiet: bool) -> Result<()> {
    let file: File = settings.parse()?;
    let config = match file.audit.syslog {
        None => None,
        Some(section) => {
            let place = settings
                .path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "config".into());
            let target = parse_target(&section.target).ok_or_else(|| {
                user_err(format!(
                    "{place}: [audit.syslog] target '{}' is not unix:/path, udp:host:port or tcp:host:port",
                    section.target
                ))
            })?;
            let facility = match &section.facility {
                None => 10,
                Some(name) => facility(name).ok_or_else(|| {
                    user_err(format!(
                        "{place}: [audit.syslog] facility '{name}' is unknown"
                    ))
                    .hint("use auth, authpriv, daemon, user, or local0 … local7")
                })?,
            };
            Some(Config {
                target,
                facility,
                quiet,
            })
        }
    };
    configure(config);
    Ok(())
}

/// Set (or clear) the process's syslog configuration.
pub fn configure(config: Option<Config>) {
    if let Ok(mut c) = CONFIG.lock() {
        *c = config;
    }
}

/// `unix:/dev/log`, `udp:host:port`, `tcp:host:port` (IPv6 hosts in brackets).
pub fn parse_target(s: &str) -> Option<Target> {
    let (scheme, rest) = s.trim().split_once(':')?;
    match scheme {
        "unix" if rest.starts_with('/') => Some(Target::Unix(PathBuf::from(rest))),
        "udp" | "tcp" => {
            let (host, port) = rest.rsplit_once(':')?;
            let host = host.trim_start_matches('[').trim_end_matches(']');
            let port: u16 = port.parse().ok().filter(|p| *p > 0)?;
            if host.is_empty() {
                return None;
            }
            Some(if scheme == "udp" {
                Target::Udp(host.into(), port)
            } else {
                Target::Tcp(host.into(), port)
            })
        }
        _ => None,
    }
}

fn facility(name: &str) -> Option<u8> {
    Some(match name {
        "kern" => 0,
        "user" => 1,
        "daemon" => 3,
        "auth" => 4,
        "syslog" => 5,
        "authpriv" => 10,
        _ => {
            let n: u8 = name.strip_prefix("local")?.parse().ok()?;
            if n > 7 {
                return None;
            }
            16 + n
        }
    })
}

/// One audit event as sent to syslog.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: i64,
    pub timestamp: i64,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub result: String,
    pub risk: String,
    pub metadata: String,
    pub hash: String,
}

impl Message {
    pub fn from_new(id: i64, row: &super::chain::NewRow, hash: &str) -> Message {
        Message {
            id,
            timestamp: row.timestamp,
            actor: row.actor.clone(),
            action: row.action.clone(),
            target: row.target.clone(),
            result: row.result.clone(),
            risk: row.risk_level.clone(),
            metadata: row.metadata.clone(),
            hash: hash.into(),
        }
    }

    /// From a row of `SELECT id, timestamp, actor, action, target, result, risk_level, metadata`.
    pub fn from_row(r: &Row, hash: &str) -> Message {
        let s = |i: usize| r.string(i).unwrap_or_default();
        Message {
            id: r.i64(0),
            timestamp: r.i64(1),
            actor: s(2),
            action: s(3),
            target: s(4),
            result: s(5),
            risk: s(6),
            metadata: s(7),
            hash: hash.into(),
        }
    }

    /// The RFC 5424 line, at most `max` bytes (the free-form part is cut first).
    pub fn format(&self, facility: u8, host: &str, pid: u32, max: usize) -> String {
        let severity = if self.result == "success" { 5 } else { 4 };
        let pri = u32::from(facility) * 8 + severity;
        let host: String = host
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(255)
            .collect();
        let host = if host.is_empty() { "-".into() } else { host };
        let sd = format!(
            "[{SD_ID} id=\"{}\" actor=\"{}\" action=\"{}\" target=\"{}\" result=\"{}\" risk=\"{}\" hash=\"{}\"]",
            self.id,
            sd_escape(&self.actor),
            sd_escape(&self.action),
            sd_escape(&self.target),
            sd_escape(&self.result),
            sd_escape(&self.risk),
            self.hash
        );
        let head = format!(
            "<{pri}>1 {} {host} clawctl {pid} audit {sd}",
            crate::timeparse::format_ms(self.timestamp)
        );
        let text = format!(
            "{} {} {}: {} {}",
            self.actor, self.action, self.target, self.result, self.metadata
        );
        let bom = if text.is_ascii() { "" } else { "\u{feff}" };
        let mut line = format!("{head} {bom}{text}");
        if line.len() > max {
            let mut cut = max;
            while cut > head.len() && !line.is_char_boundary(cut) {
                cut -= 1;
            }
            line.truncate(cut.max(head.len()));
        }
        line
    }
}

/// Escape a structured-data parameter value (RFC 5424 §6.3.3).
fn sd_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '"' | '\\' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Send messages to the configured target; warn (never fail) when it cannot be reached.
pub fn forward(messages: &[Message]) {
    if messages.is_empty() {
        return;
    }
    let Some(config) = CONFIG.lock().ok().and_then(|c| c.clone()) else {
        return;
    };
    if let Err(e) = send(&config, messages) {
        if !config.quiet {
            let ids: Vec<String> = messages.iter().map(|m| format!("#{}", m.id)).collect();
            eprintln!(
                "clawctl: warning: could not send audit event {} to syslog at {}: {e:#}; the event is kept in the audit trail",
                ids.join(", "),
                config.target
            );
        }
    }
}

/// Send to `config.target`; the first failure stops the batch.
pub fn send(config: &Config, messages: &[Message]) -> Result<()> {
    let host = super::hostname();
    let pid = std::process::id();
    match &config.target {
        Target::Unix(path) => {
            let sock = UnixDatagram::unbound()?;
            sock.set_write_timeout(Some(TIMEOUT))?;
            for m in messages {
                let line = m.format(config.facility, &host, pid, UNIX_MAX);
                match sock.send_to(line.as_bytes(), path) {
                    Ok(_) => {}
                    // A stream socket at the path (some syslog daemons): newline-framed.
                    Err(e) if e.raw_os_error() == Some(libc::EPROTOTYPE) => {
                        let mut stream = UnixStream::connect(path)?;
                        stream.set_write_timeout(Some(TIMEOUT))?;
                        for m in messages {
                            let line = m.format(config.facility, &host, pid, UNIX_MAX);
                            stream.write_all(format!("{line}\n").as_bytes())?;
                        }
                        return Ok(());
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        Target::Udp(h, port) => {
            let addr = resolve(h, *port)?;
            let bind = if addr.is_ipv4() {
                "0.0.0.0:0"
            } else {
                "[::]:0"
            };
            let sock = UdpSocket::bind(bind)?;
            sock.set_write_timeout(Some(TIMEOUT))?;
            for m in messages {
                let line = m.format(config.facility, &host, pid, UDP_MAX);
                sock.send_to(line.as_bytes(), addr)?;
            }
        }
        Target::Tcp(h, port) => {
            let addr = resolve(h, *port)?;
            let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT)?;
            stream.set_write_timeout(Some(TIMEOUT))?;
            for m in messages {
                // RFC 6587 octet counting.
                let line = m.format(config.facility, &host, pid, TCP_MAX);
                stream.write_all(format!("{} {line}", line.len()).as_bytes())?;
            }
            stream.flush()?;
        }
    }
    Ok(())
}

fn resolve(host: &str, port: u16) -> Result<std::net::SocketAddr> {
    (host, port)
        .to_socket_addrs()?
        .next()
        .ok_or_else(|| anyhow::anyhow!("{host} has no address"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message() -> Message {
        Message {
            id: 7,
            timestamp: 1_795_000_000_000,
            actor: "operator:ann@gw".into(),
            action: "user.purge".into(),
            target: "telegram:\"x]".into(),
            result: "failed".into(),
            risk: "high".into(),
            metadata: r#"{"files":3}"#.into(),
            hash: "ab".repeat(32),
        }
    }

    #[test]
    fn formats_rfc5424_with_escaped_structured_data() {
        let line = message().format(10, "gw", 42, 2048);
        assert!(
            line.starts_with("<84>1 2026-11-18T11:06:40.000Z "),
            "{line}"
        );
        assert!(line.contains(" gw clawctl 42 audit [clawctl@32473 id=\"7\""));
        assert!(line.contains(r#"target="telegram:\"x\]""#), "{line}");
        assert!(line.ends_with(r#"user.purge telegram:"x]: failed {"files":3}"#));
        let short = message().format(10, "gw", 42, line.len() - 10);
        assert_eq!(short, line[..line.len() - 10]);
    }

    #[test]
    fn targets_and_facilities_parse() {
        assert_eq!(
            parse_target("unix:/dev/log"),
            Some(Target::Unix("/dev/log".into()))
        );
        assert_eq!(
            parse_target("udp:[::1]:514"),
            Some(Target::Udp("::1".into(), 514))
        );
        assert_eq!(
            parse_target("tcp:logs:6514"),
            Some(Target::Tcp("logs".into(), 6514))
        );
        assert_eq!(parse_target("udp:logs"), None);
        assert_eq!(parse_target("http://x"), None);
        assert_eq!(facility("local7"), Some(23));
        assert_eq!(facility("local8"), None);
    }
}
