//! The ops-database check when it lives on PostgreSQL (`--db postgres://…`): the server answers
//! within the probe timeout, `SELECT 1`, the schema version clawctl migrated it to, and the
//! database's size. Like the SQLite check it never creates or migrates anything, and the URL is
//! shown without its password.

use super::local::schema_status;
use super::{CheckResult, Perf, Status, Unit};
use crate::store::postgres::{redact_url, PostgresBackend};
use crate::store::Backend;
use indicatif::HumanBytes;
use std::time::{Duration, Instant};

pub fn check(url: &str, deep: bool, timeout: Duration) -> CheckResult {
    let start = Instant::now();
    let shown = redact_url(url);
    let base = |status, detail: String| {
        CheckResult::new("ops_db", status, detail)
            .with("location", shown.clone())
            .with("backend", "postgres")
            .with("expected_schema_version", crate::store::SCHEMA_VERSION)
    };
    // The blocking client runs its own runtime: keep it off the async probes' thread.
    let target = with_connect_timeout(url, timeout);
    let inspected = std::thread::spawn(move || {
        PostgresBackend::open(&target).and_then(|mut db| inspect(&mut db))
    })
    .join()
    .unwrap_or_else(|_| Err(anyhow::anyhow!("the PostgreSQL probe failed")));
    let c = match inspected {
        Ok(None) => base(
            Status::Ok,
            "reachable; no clawctl schema yet (`clawctl db migrate` creates it)".into(),
        )
        .with("exists", false),
        Ok(Some((version, size))) => {
            let (status, mut detail) = schema_status(version);
            detail.push_str(&format!(" ({})", HumanBytes(size)));
            if deep {
                detail.push_str("; page checks are the server's own (amcheck), not run here");
            }
            let mut c = base(status, detail)
                .with("exists", true)
                .with("schema_version", version)
                .with("size_bytes", size);
            c.perf.push(Perf {
                name: "ops_db_size_bytes",
                help: "Size of the ops database.",
                value: size as f64,
                unit: Unit::Bytes,
                warn: None,
                crit: None,
                alert_below: false,
            });
            c
        }
        Err(e) => base(Status::Critical, format!("{shown}: {e:#}")),
    };
    c.timed(start)
}

/// Schema version and size in bytes; `None` when clawctl has not migrated this database.
fn inspect(db: &mut PostgresBackend) -> anyhow::Result<Option<(i64, u64)>> {
    let one = first_i64(db, "SELECT 1")?;
    anyhow::ensure!(one == 1, "SELECT 1 answered {one}");
    let migrated = first_i64(
        db,
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'",
    )?;
    if migrated == 0 {
        return Ok(None);
    }
    let version = first_i64(
        db,
        "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
    )?;
    let size = first_i64(db, "SELECT pg_database_size(current_database())")?;
    Ok(Some((version, size.max(0) as u64)))
}

fn first_i64(db: &mut PostgresBackend, sql: &str) -> anyhow::Result<i64> {
    let mut value = None;
    db.query_each(sql, &[], &mut |row| {
        value = Some(row.i64(0));
        Ok(())
    })?;
    value.ok_or_else(|| anyhow::anyhow!("no row from {sql}"))
}

/// The URL with the probe timeout as `connect_timeout`, unless it sets one itself.
fn with_connect_timeout(url: &str, timeout: Duration) -> String {
    if url.contains("connect_timeout=") {
        return url.to_string();
    }
    let secs = timeout.as_secs().max(1);
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}connect_timeout={secs}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_probe_timeout_becomes_connect_timeout_unless_set() {
        let t = Duration::from_millis(2500);
        assert_eq!(
            with_connect_timeout("postgres://u@h/db", t),
            "postgres://u@h/db?connect_timeout=2"
        );
        assert_eq!(
            with_connect_timeout("postgres://u@h/db?sslmode=require", t),
            "postgres://u@h/db?sslmode=require&connect_timeout=2"
        );
        assert_eq!(
            with_connect_timeout("postgres://u@h/db?connect_timeout=9", t),
            "postgres://u@h/db?connect_timeout=9"
        );
    }

    #[test]
    fn a_refused_server_is_critical_and_the_password_is_never_shown() {
        // Port 1 on loopback: nothing listens there.
        let c = check(
            "postgres://clawctl:hunter2secret@127.0.0.1:1/ops",
            false,
            Duration::from_secs(1),
        );
        assert_eq!(c.status, Status::Critical);
        let all = format!("{} {:?}", c.detail, c.data);
        assert!(!all.contains("hunter2secret"), "{all}");
        assert!(all.contains("127.0.0.1:1"), "{all}");
    }
}
