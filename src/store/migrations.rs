//! Versioned schema migrations, applied in order when a store opens.
//!
//! Each migration runs in its own transaction and is recorded in `schema_migrations`. A
//! database whose version is newer than this build knows is refused, never touched.

use super::{BackendKind, SqlValue, Store};
use crate::error::user_err;
use anyhow::{Context, Result};

/// (version, name, SQLite DDL)
const SQLITE: &[(i64, &str, &str)] = &[
    (1, "init", include_str!("migrations/sqlite/0001_init.sql")),
    (
        2,
        "audit_chain",
        include_str!("migrations/sqlite/0002_audit_chain.sql"),
    ),
    (3, "cost", include_str!("migrations/sqlite/0003_cost.sql")),
    (
        4,
        "audit_sealed_index",
        include_str!("migrations/sqlite/0004_audit_sealed_index.sql"),
    ),
    (
        5,
        "drop_cost_turn",
        include_str!("migrations/sqlite/0005_drop_cost_turn.sql"),
    ),
];
/// The same migrations for PostgreSQL, version for version.
const POSTGRES: &[(i64, &str, &str)] = &[
    (1, "init", include_str!("migrations/postgres/0001_init.sql")),
    (
        2,
        "audit_chain",
        include_str!("migrations/postgres/0002_audit_chain.sql"),
    ),
    (3, "cost", include_str!("migrations/postgres/0003_cost.sql")),
    (
        4,
        "audit_sealed_index",
        include_str!("migrations/postgres/0004_audit_sealed_index.sql"),
    ),
    (
        5,
        "drop_cost_turn",
        include_str!("migrations/postgres/0005_drop_cost_turn.sql"),
    ),
];

/// The schema version this build creates and understands.
pub const SCHEMA_VERSION: i64 = SQLITE[SQLITE.len() - 1].0;

/// Migrations applied by one [`apply`]: the version before, and (version, name) of each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    pub from: i64,
    pub migrations: Vec<(i64, String)>,
}

/// Key of the PostgreSQL advisory lock that serializes migrations between clawctl processes
/// (several gateways may start against a fresh shared database at once).
const PG_MIGRATION_LOCK: i64 = 0x0063_6c61_7763_746c; // "clawctl"

/// Apply every migration the database lacks. Concurrent processes are safe: on PostgreSQL they
/// queue on an advisory lock; on SQLite each migration's `BEGIN IMMEDIATE` serializes them; and
/// each re-reads the version inside, so a migration another process applied is skipped.
pub fn apply(store: &mut Store) -> Result<Applied> {
    if store.kind() != BackendKind::Postgres {
        return apply_unlocked(store);
    }
    store.execute_batch(&format!("SELECT pg_advisory_lock({PG_MIGRATION_LOCK})"))?;
    let result = apply_unlocked(store);
    let unlocked = store.execute_batch(&format!("SELECT pg_advisory_unlock({PG_MIGRATION_LOCK})"));
    let applied = result?;
    unlocked?;
    Ok(applied)
}

fn apply_unlocked(store: &mut Store) -> Result<Applied> {
    store.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
           version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )?;
    let current = current_version(store)?;
    if current > SCHEMA_VERSION {
        return Err(user_err(format!(
            "ops database {} has schema version {current}, newer than this clawctl understands ({SCHEMA_VERSION})",
            store.location
        ))
        .hint("upgrade clawctl; it will not touch a database written by a newer version")
        .into());
    }
    let list = match store.kind() {
        BackendKind::Sqlite => SQLITE,
        BackendKind::Postgres => POSTGRES,
    };
    let mut applied = Applied {
        from: current,
        migrations: Vec::new(),
    };
    for (version, name, sql) in list.iter().filter(|(v, _, _)| *v > current) {
        let ran = store
            .transaction(|s| {
                if current_version(s)? >= *version {
                    return Ok(false);
                }
                s.execute_batch(sql)?;
                s.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    &[
                        SqlValue::Int(*version),
                        (*name).into(),
                        crate::state::sessions::now_ms().into(),
                    ],
                )?;
                Ok(true)
            })
            .with_context(|| {
                format!(
                    "applying migration {version} ({name}) to {}",
                    store.location
                )
            })?;
        if ran {
            applied.migrations.push((*version, (*name).to_string()));
        }
    }
    Ok(applied)
}

/// The schema version of a database that may not have been migrated at all (0 then).
pub fn schema_version(store: &mut Store) -> Result<i64> {
    let sql = match store.kind() {
        BackendKind::Sqlite => {
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        }
        BackendKind::Postgres => {
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'"
        }
    };
    if store.query_i64(sql, &[])? == 0 {
        return Ok(0);
    }
    current_version(store)
}

/// The highest migration recorded (0 for a new database).
pub fn current_version(store: &mut Store) -> Result<i64> {
    store.query_i64(
        "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
        &[],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_backends_have_the_same_migrations() {
        let versions = |l: &[(i64, &str, &str)]| {
            l.iter()
                .map(|(v, n, _)| (*v, n.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(versions(SQLITE), versions(POSTGRES));
    }

    /// Migration 5 takes `cost_turn` out of an interrupted bulk load's deferred list and keeps
    /// the rest of it as it was.
    #[test]
    fn dropping_cost_turn_forgets_it_in_a_pending_bulk_load() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(dir.path().join("ops.db").to_str().unwrap()).unwrap();
        let deferred = serde_json::json!([
            [
                "index",
                "cost_timestamp",
                "CREATE INDEX cost_timestamp ON cost_attribution(timestamp)"
            ],
            [
                "index",
                "cost_turn",
                "CREATE INDEX cost_turn ON cost_attribution(turn_key)"
            ],
            ["trigger", "cost_rollup_insert", "CREATE TRIGGER …"]
        ]);
        s.set_meta("bulk_load.deferred", &deferred.to_string())
            .unwrap();
        s.execute_batch("CREATE INDEX cost_turn ON cost_attribution(turn_key)")
            .unwrap();
        let (_, _, sql) = SQLITE.iter().find(|m| m.0 == 5).unwrap();
        s.execute_batch(sql).unwrap();
        let left: serde_json::Value =
            serde_json::from_str(&s.meta("bulk_load.deferred").unwrap().unwrap()).unwrap();
        let mut expected = deferred.as_array().unwrap().clone();
        expected.remove(1);
        assert_eq!(left, serde_json::Value::Array(expected));
        let n = s
            .query_i64(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'cost_turn'",
                &[],
            )
            .unwrap();
        assert_eq!(n, 0);
    }
}
