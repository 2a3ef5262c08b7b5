//! Checks of the machine itself: the ops database (opened read-only, never created or
//! migrated by a health check), free space and inodes of the state directory's filesystem,
//! and available memory.

use super::options::Threshold;
use super::{CheckResult, Options, Perf, Status, Unit};
use indicatif::HumanBytes;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::{Duration, Instant};

/// Open the ops database read-only, waiting briefly for a writer.
pub fn open_readonly(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(2))?;
    Ok(conn)
}

pub fn ops_db(location: &str, deep: bool, timeout: Duration) -> CheckResult {
    let start = Instant::now();
    let base = |status, detail: String| {
        CheckResult::new("ops_db", status, detail).with("location", location)
    };
    if crate::store::is_postgres_url(location) {
        return super::ops_db_pg::check(location, deep, timeout);
    }
    let path = Path::new(location);
    if !path.exists() {
        return base(
            Status::Ok,
            format!(
                "{location} not created yet (`clawctl sync` or `clawctl db migrate` creates it)"
            ),
        )
        .with("exists", false)
        .timed(start);
    }
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let mut c = match inspect(path, deep) {
        Ok(Inspection {
            version,
            quick_check,
        }) => {
            let (status, mut detail) = schema_status(version);
            let status = match &quick_check {
                Some(problems) if problems != "ok" => {
                    detail = format!("quick_check failed: {problems}");
                    Status::Critical
                }
                Some(_) => {
                    detail.push_str("; quick_check ok");
                    status
                }
                None => status,
            };
            base(status, format!("{detail} ({})", HumanBytes(size)))
                .with("schema_version", version)
                .with("quick_check", quick_check)
        }
        Err(e) => base(Status::Critical, format!("{location}: {e}")),
    };
    c = c
        .with("exists", true)
        .with("expected_schema_version", crate::store::SCHEMA_VERSION)
        .with("size_bytes", size);
    c.perf.push(Perf {
        name: "ops_db_size_bytes",
        help: "Size of the ops database file.",
        value: size as f64,
        unit: Unit::Bytes,
        warn: None,
        crit: None,
        alert_below: false,
    });
    c.timed(start)
}

/// How a schema version compares with the one this clawctl migrates to.
pub fn schema_status(version: i64) -> (Status, String) {
    let expected = crate::store::SCHEMA_VERSION;
    if version > expected {
        (
            Status::Critical,
            format!("schema version {version} is newer than this clawctl understands ({expected}); upgrade clawctl"),
        )
    } else if version < expected {
        (
            Status::Warn,
            format!("schema version {version}, this clawctl expects {expected}: run `clawctl db migrate`"),
        )
    } else {
        (Status::Ok, format!("schema version {version}"))
    }
}

struct Inspection {
    version: i64,
    quick_check: Option<String>,
}

fn inspect(path: &Path, deep: bool) -> Result<Inspection, String> {
    let conn = open_readonly(path).map_err(|e| format!("cannot open: {e}"))?;
    conn.query_row("SELECT 1", [], |r| r.get::<_, i64>(0))
        .map_err(|e| format!("cannot read: {e}"))?;
    let has_migrations: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
            [],
            |r| r.get(0),
        )
        .map_err(|e| format!("cannot read: {e}"))?;
    if has_migrations == 0 {
        return Err("not a clawctl ops database (no schema_migrations table)".into());
    }
    let version: i64 = conn
        .query_row(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            [],
            |r| r.get(0),
        )
        .map_err(|e| format!("cannot read the schema version: {e}"))?;
    let quick_check = if deep {
        let mut stmt = conn
            .prepare("PRAGMA quick_check(5)")
            .map_err(|e| format!("quick_check: {e}"))?;
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| format!("quick_check: {e}"))?;
        Some(rows.join("; ").replace('\n', "; "))
    } else {
        None
    };
    Ok(Inspection {
        version,
        quick_check,
    })
}

/// Free space and inodes of the filesystem holding `path`.
pub fn disk(path: &Path, opts: &Options) -> CheckResult {
    let start = Instant::now();
    let st = match statvfs(path) {
        Ok(st) => st,
        Err(e) => {
            return CheckResult::new(
                "disk",
                Status::Unknown,
                format!("statvfs {}: {e}", path.display()),
            )
            .timed(start)
        }
    };
    let (free, total) = (st.free_bytes, st.total_bytes);
    let mut status = level(free, total, opts.disk_warn, opts.disk_critical);
    let pct = percent(free, total);
    let mut detail = format!(
        "{} free of {} ({pct:.1}%)",
        HumanBytes(free),
        HumanBytes(total)
    );
    if status != Status::Ok {
        let limit = if status == Status::Critical {
            opts.disk_critical
        } else {
            opts.disk_warn
        };
        detail.push_str(&format!(", below {}", describe(limit, true)));
    }
    let mut c = CheckResult::new("disk", Status::Ok, String::new())
        .with("path", path.display().to_string())
        .with("free_bytes", free)
        .with("total_bytes", total)
        .with("free_percent", round1(pct));
    c.perf.push(Perf {
        name: "disk_free_percent",
        help: "Free space on the state directory's filesystem, in percent.",
        value: round1(pct),
        unit: Unit::Percent,
        warn: opts.disk_warn.as_percent(total),
        crit: opts.disk_critical.as_percent(total),
        alert_below: true,
    });
    c.perf.push(bytes_perf(
        "disk_free_bytes",
        "Free space on the state directory's filesystem.",
        free,
    ));
    c.perf.push(bytes_perf(
        "disk_size_bytes",
        "Size of the state directory's filesystem.",
        total,
    ));
    if st.total_inodes > 0 {
        let (ifree, itotal) = (st.free_inodes, st.total_inodes);
        let istatus = level(ifree, itotal, opts.inodes_warn, opts.inodes_critical);
        let ipct = percent(ifree, itotal);
        detail.push_str(&format!("; inodes {ipct:.1}% free"));
        if istatus != Status::Ok {
            let limit = if istatus == Status::Critical {
                opts.inodes_critical
            } else {
                opts.inodes_warn
            };
            detail.push_str(&format!(", below {}", describe(limit, false)));
        }
        status = status.max(istatus);
        c = c
            .with("inodes_free", ifree)
            .with("inodes_total", itotal)
            .with("inodes_free_percent", round1(ipct));
        c.perf.push(Perf {
            name: "disk_inodes_free_percent",
            help: "Free inodes on the state directory's filesystem, in percent.",
            value: round1(ipct),
            unit: Unit::Percent,
            warn: opts.inodes_warn.as_percent(itotal),
            crit: opts.inodes_critical.as_percent(itotal),
            alert_below: true,
        });
    }
    c.status = status;
    c.detail = detail;
    c.timed(start)
}

struct Fs {
    free_bytes: u64,
    total_bytes: u64,
    free_inodes: u64,
    total_inodes: u64,
}

fn statvfs(path: &Path) -> std::io::Result<Fs> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes())
        .map_err(|_| std::io::Error::other("path contains a NUL byte"))?;
    // SAFETY: `c` is a valid NUL-terminated path and `st` is a properly sized, writable struct
    // that statvfs fills in; nothing is retained after the call.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::statvfs(c.as_ptr(), &mut st) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let frsize = st.f_frsize as u64;
    Ok(Fs {
        free_bytes: st.f_bavail as u64 * frsize,
        total_bytes: st.f_blocks as u64 * frsize,
        free_inodes: st.f_favail as u64,
        total_inodes: st.f_files as u64,
    })
}

/// Available memory from /proc/meminfo.
pub fn memory(opts: &Options) -> CheckResult {
    let start = Instant::now();
    let text = match std::fs::read_to_string("/proc/meminfo") {
        Ok(t) => t,
        Err(e) => {
            return CheckResult::new(
                "memory",
                Status::Unknown,
                format!("cannot read /proc/meminfo: {e}"),
            )
            .timed(start)
        }
    };
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map(|kb| kb * 1024)
    };
    let (Some(total), Some(available)) = (field("MemTotal"), field("MemAvailable")) else {
        return CheckResult::new(
            "memory",
            Status::Unknown,
            "no MemTotal/MemAvailable in /proc/meminfo",
        )
        .timed(start);
    };
    let status = level(available, total, opts.memory_warn, opts.memory_critical);
    let pct = percent(available, total);
    let mut detail = format!(
        "{} available of {} ({pct:.1}%)",
        HumanBytes(available),
        HumanBytes(total)
    );
    if status != Status::Ok {
        let limit = if status == Status::Critical {
            opts.memory_critical
        } else {
            opts.memory_warn
        };
        detail.push_str(&format!(", below {}", describe(limit, true)));
    }
    let mut c = CheckResult::new("memory", status, detail)
        .with("available_bytes", available)
        .with("total_bytes", total)
        .with("available_percent", round1(pct));
    c.perf.push(Perf {
        name: "memory_available_percent",
        help: "Available memory (MemAvailable), in percent of the total.",
        value: round1(pct),
        unit: Unit::Percent,
        warn: opts.memory_warn.as_percent(total),
        crit: opts.memory_critical.as_percent(total),
        alert_below: true,
    });
    c.perf.push(bytes_perf(
        "memory_available_bytes",
        "Available memory (MemAvailable).",
        available,
    ));
    c.timed(start)
}

fn level(free: u64, total: u64, warn: Threshold, crit: Threshold) -> Status {
    if crit.breached(free, total) {
        Status::Critical
    } else if warn.breached(free, total) {
        Status::Warn
    } else {
        Status::Ok
    }
}

fn percent(free: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        free as f64 * 100.0 / total as f64
    }
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn describe(t: Threshold, bytes: bool) -> String {
    match t {
        Threshold::Percent(p) => format!("{p}%"),
        Threshold::Absolute(n) if bytes => HumanBytes(n).to_string(),
        Threshold::Absolute(n) => n.to_string(),
    }
}

fn bytes_perf(name: &'static str, help: &'static str, v: u64) -> Perf {
    Perf {
        name,
        help,
        value: v as f64,
        unit: Unit::Bytes,
        warn: None,
        crit: None,
        alert_below: false,
    }
}
