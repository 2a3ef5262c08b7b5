//! Checks of the bot's state directory: permissions, the config, secret references, a stale
//! `sessions.json.lock`, writable session directories, and how far `clawctl sync` is behind
//! the transcripts (ingest lag). All of them only stat and read small files, so they stay fast
//! on a state directory of any size.

use super::{local, secrets, CheckResult, Options, Perf, Skipped, Status, Unit};
use crate::state::config::BotConfig;
use crate::state::events::{self, Resume};
use crate::state::{file_mode, sessions, Layout, StateDir, TranscriptKind};
use indicatif::HumanBytes;
use serde_json::json;
use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

pub fn checks(
    state: &StateDir,
    config: &Result<Option<BotConfig>, String>,
    db_location: Option<&str>,
    opts: &Options,
    skipped: &mut Vec<Skipped>,
) -> Vec<CheckResult> {
    let mut out = vec![permissions(state)];
    out.push(match config {
        Ok(Some(c)) => {
            CheckResult::new("config", Status::Ok, format!("{} parses", c.path.display()))
                .with("path", c.path.display().to_string())
                .with("includes", c.includes.len())
        }
        Ok(None) => CheckResult::new(
            "config",
            Status::Warn,
            "no config file (openclaw.json, clawdbot.json, …) in the state directory",
        ),
        Err(e) => CheckResult::new("config", Status::Critical, e.clone()),
    });
    match config {
        Ok(Some(c)) => out.push(secrets::check(c, state)),
        _ => skipped.push(skip("secrets", "no readable config")),
    }
    if state.layout == Layout::Sqlite {
        for name in ["sessions_lock", "sessions_writable"] {
            skipped.push(skip(
                name,
                "SQLite state layout (OpenClaw 2026.7.2+): no session files",
            ));
        }
    } else {
        let agents = state.agents().unwrap_or_default();
        out.push(session_locks(state, &agents));
        out.push(sessions_writable(state, &agents));
    }
    out.push(ingest_lag(state, db_location, opts));
    out
}

fn skip(check: &str, reason: &str) -> Skipped {
    Skipped {
        check: check.into(),
        reason: reason.into(),
    }
}

/// The state dir should be 0700 and the files holding secrets 0600, as the bot's own
/// `security audit` expects.
fn permissions(state: &StateDir) -> CheckResult {
    let start = Instant::now();
    let mut findings: Vec<String> = Vec::new();
    let mut check = |path: &Path, label: String, expected: u32| {
        if let Some(mode) = file_mode(path) {
            if mode & 0o077 & !expected != 0 {
                findings.push(format!("{label} is {mode:04o} (expected {expected:04o})"));
            }
        }
    };
    check(&state.root, "the state dir".into(), 0o700);
    if let Some(config) = &state.config_path {
        let label = config
            .strip_prefix(&state.root)
            .unwrap_or(config)
            .display()
            .to_string();
        check(config, label, 0o600);
    }
    check(
        &state.root.join("credentials"),
        "credentials/".into(),
        0o700,
    );
    for agent in state.agents().unwrap_or_default() {
        let rel = format!("agents/{agent}/agent/auth-profiles.json");
        check(&state.root.join(&rel), rel, 0o600);
    }
    let status = if findings.is_empty() {
        Status::Ok
    } else {
        Status::Warn
    };
    let detail = if findings.is_empty() {
        format!("{} (permissions ok)", state.root.display())
    } else {
        format!("{}: {}", state.root.display(), findings.join("; "))
    };
    CheckResult::new("state_dir", status, detail)
        .with("path", state.root.display().to_string())
        .with("layout", json!(state.layout))
        .with("permission_problems", json!(findings))
        .timed(start)
}

fn session_locks(state: &StateDir, agents: &[String]) -> CheckResult {
    let start = Instant::now();
    let mut stale = Vec::new();
    let mut held = 0;
    for agent in agents {
        let lock = sessions::lock_path(&state.sessions_store(agent));
        if lock.exists() {
            if sessions::lock_is_stale(&lock) {
                stale.push(format!("agents/{agent}/sessions/sessions.json.lock"));
            } else {
                held += 1;
            }
        }
    }
    let (status, detail) = if stale.is_empty() {
        let detail = if held > 0 {
            format!("{held} session store(s) being written right now")
        } else {
            "no stale sessions.json.lock".to_string()
        };
        (Status::Ok, detail)
    } else {
        (
            Status::Warn,
            format!(
                "stale {} (older than {}s: a writer died holding it)",
                stale.join(", "),
                sessions::STALE_AFTER.as_secs()
            ),
        )
    };
    CheckResult::new("sessions_lock", status, detail)
        .with("stale", json!(stale))
        .timed(start)
}

fn sessions_writable(state: &StateDir, agents: &[String]) -> CheckResult {
    let start = Instant::now();
    let mut problems = Vec::new();
    let mut checked = 0;
    for agent in agents {
        let dir = state.sessions_dir(agent);
        if !dir.is_dir() {
            continue;
        }
        checked += 1;
        if let Err(e) = writable(&dir) {
            problems.push(format!("agents/{agent}/sessions: {e}"));
        }
    }
    let (status, detail) = if !problems.is_empty() {
        (
            Status::Critical,
            format!("not writable: {}", problems.join("; ")),
        )
    } else if checked == 0 {
        (Status::Ok, "no session directories yet".to_string())
    } else {
        (
            Status::Ok,
            format!("{checked} session directory(ies) writable"),
        )
    };
    CheckResult::new("sessions_writable", status, detail)
        .with("problems", json!(problems))
        .timed(start)
}

/// access(2) with W_OK: permissions and read-only mounts, without writing anything.
fn writable(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes())
        .map_err(|_| std::io::Error::other("path contains a NUL byte"))?;
    // SAFETY: `c` is a valid NUL-terminated path; access() only reads it.
    if unsafe { libc::access(c.as_ptr(), libc::W_OK | libc::X_OK) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Bytes of live transcripts that `sync` has not read, in either layout (through the event
/// source): beyond each transcript's cursor in `sync_cursors` (keyed by the path relative to
/// the state dir, an absolute path, or `sqlite:<agent>:<session>` for rows, whose unread events
/// count by their decoded size); a transcript without a cursor lags by its whole size.
fn ingest_lag(state: &StateDir, db_location: Option<&str>, opts: &Options) -> CheckResult {
    let start = Instant::now();
    let unknown =
        |detail: String| CheckResult::new("ingest_lag", Status::Unknown, detail).timed(start);
    let cursors = match db_location.map(read_cursors) {
        Some(Ok(c)) => c,
        Some(Err(e)) => return unknown(format!("cannot read sync cursors: {e}")),
        None => HashMap::new(),
    };
    let source = match events::open(state) {
        Ok(s) => s,
        Err(e) => return unknown(format!("cannot read transcripts: {e:#}")),
    };
    let (mut lag, mut behind, mut files) = (0u64, 0u64, 0u64);
    for agent in source.agents().unwrap_or_default() {
        for t in source.transcripts(&agent).unwrap_or_default() {
            if t.kind != TranscriptKind::Live {
                continue;
            }
            files += 1;
            let from = cursors
                .get(&t.source)
                .or_else(|| cursors.get(t.location.to_string_lossy().as_ref()))
                .copied()
                .unwrap_or(Resume::START);
            let l = match source.unread_bytes(&t, from) {
                Ok(l) => l,
                Err(e) => return unknown(format!("{}: {e:#}", t.display(state))),
            };
            if l > 0 {
                behind += 1;
                lag += l;
            }
        }
    }
    let synced = !cursors.is_empty();
    let status = if !synced {
        Status::Ok
    } else if opts.lag_critical.is_some_and(|c| lag > c) {
        Status::Critical
    } else if opts.lag_warn.is_some_and(|w| lag > w) {
        Status::Warn
    } else {
        Status::Ok
    };
    let detail = if !synced {
        format!(
            "sync has not run yet ({} in {files} transcript(s))",
            HumanBytes(lag)
        )
    } else if lag == 0 {
        format!("sync is up to date ({files} transcript(s))")
    } else {
        format!(
            "{} not ingested yet in {behind} of {files} transcript(s)",
            HumanBytes(lag)
        )
    };
    let mut c = CheckResult::new("ingest_lag", status, detail)
        .with("lag_bytes", lag)
        .with("files_behind", behind)
        .with("transcripts", files)
        .with("synced", synced);
    c.perf.push(Perf {
        name: "ingest_lag_bytes",
        help: "Bytes of live transcripts that clawctl sync has not ingested yet.",
        value: lag as f64,
        unit: Unit::Bytes,
        warn: opts.lag_warn.map(|w| w as f64),
        crit: opts.lag_critical.map(|c| c as f64),
        alert_below: false,
    });
    c.timed(start)
}

fn read_cursors(location: &str) -> Result<HashMap<String, Resume>, String> {
    let path = Path::new(location);
    if location.contains("://") || !path.exists() {
        return Ok(HashMap::new());
    }
    let conn = local::open_readonly(path).map_err(|e| e.to_string())?;
    let mut stmt = match conn.prepare("SELECT source, \"offset\", line FROM sync_cursors") {
        Ok(s) => s,
        Err(e) if e.to_string().contains("no such table") => return Ok(HashMap::new()),
        Err(e) => return Err(e.to_string()),
    };
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(|e| e.to_string())?;
    Ok(rows
        .into_iter()
        .map(|(s, offset, line)| {
            let resume = Resume {
                offset: offset.max(0) as u64,
                line: line.max(0) as u64,
            };
            (s, resume)
        })
        .collect())
}
