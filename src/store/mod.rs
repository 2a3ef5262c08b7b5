//! The ops database behind one interface.
//!
//! Commands talk to a [`Store`], which wraps a [`Backend`] (SQLite today; PostgreSQL can follow
//! behind the same trait). SQL is written once with `?` placeholders; a backend rewrites what it
//! must. Migrations are applied on open, and a database from a newer schema is refused.

pub mod bulk;
pub mod checkpointer;
pub mod copy;
mod migrations;
pub mod postgres;
pub mod rollups;
mod sqlite;
mod value;

pub use migrations::{schema_version, Applied, SCHEMA_VERSION};
pub use value::{Row, SqlRef, SqlValue};

use anyhow::Result;

/// Which database a store talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BackendKind {
    Sqlite,
    Postgres,
}

/// What a database engine must provide.
pub trait Backend: Send {
    fn kind(&self) -> BackendKind;
    /// Run one statement; returns the number of rows changed.
    fn execute(&mut self, sql: &str, params: &[SqlValue]) -> Result<u64>;
    /// Run a query and call `f` for each row (streams; nothing is collected).
    fn query_each(
        &mut self,
        sql: &str,
        params: &[SqlValue],
        f: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()>;
    /// Like [`Backend::query_each`], with values borrowed from the engine instead of copied:
    /// for scans over millions of rows (`audit verify`). Engines that cannot lend values use
    /// this default.
    fn query_each_ref(
        &mut self,
        sql: &str,
        params: &[SqlValue],
        f: &mut dyn FnMut(&[SqlRef<'_>]) -> Result<()>,
    ) -> Result<()> {
        self.query_each(sql, params, &mut |row| {
            let refs: Vec<SqlRef<'_>> = row.values.iter().map(SqlRef::from).collect();
            f(&refs)
        })
    }
    /// Run several statements without parameters (DDL).
    fn execute_batch(&mut self, sql: &str) -> Result<()>;
    fn begin(&mut self) -> Result<()>;
    fn commit(&mut self) -> Result<()>;
    fn rollback(&mut self) -> Result<()>;
}

/// An open, migrated ops database.
pub struct Store {
    backend: Box<dyn Backend>,
    /// Path or URL (without password) for messages.
    pub location: String,
    /// Migrations this open applied (recorded in the audit trail by the caller).
    pub migrated: Applied,
    /// Depth of nested [`Store::transaction`] calls.
    depth: u32,
}

impl Store {
    /// Open (creating if needed) and migrate the database at `location`: a file path or a
    /// `postgres://` URL.
    pub fn open(location: &str) -> Result<Store> {
        let mut store = Store::connect(location)?;
        // An interrupted bulk load first, with the schema it was begun on.
        bulk::finish(&mut store)?;
        store.migrated = migrations::apply(&mut store)?;
        Ok(store)
    }

    /// Open (creating if needed) without applying migrations: for `db status`, which must
    /// still describe a database written by a newer clawctl.
    pub fn connect(location: &str) -> Result<Store> {
        let (backend, shown): (Box<dyn Backend>, String) = if is_postgres_url(location) {
            let backend = postgres::PostgresBackend::open(location)?;
            (Box::new(backend), postgres::redact_url(location))
        } else {
            let backend = sqlite::SqliteBackend::open(std::path::Path::new(location))?;
            (Box::new(backend), location.to_string())
        };
        Ok(Store {
            backend,
            location: shown,
            migrated: Applied::default(),
            depth: 0,
        })
    }

    pub fn kind(&self) -> BackendKind {
        self.backend.kind()
    }

    pub fn execute(&mut self, sql: &str, params: &[SqlValue]) -> Result<u64> {
        self.backend.execute(sql, params)
    }

    pub fn execute_batch(&mut self, sql: &str) -> Result<()> {
        self.backend.execute_batch(sql)
    }

    pub fn query_each(
        &mut self,
        sql: &str,
        params: &[SqlValue],
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        self.backend.query_each(sql, params, &mut f)
    }

    /// Stream rows with borrowed values (no copies), for long scans.
    pub fn query_each_ref(
        &mut self,
        sql: &str,
        params: &[SqlValue],
        mut f: impl FnMut(&[SqlRef<'_>]) -> Result<()>,
    ) -> Result<()> {
        self.backend.query_each_ref(sql, params, &mut f)
    }

    /// All rows of a query (for small results).
    pub fn query(&mut self, sql: &str, params: &[SqlValue]) -> Result<Vec<Row>> {
        let mut rows = Vec::new();
        self.backend.query_each(sql, params, &mut |r| {
            rows.push(r.clone());
            Ok(())
        })?;
        Ok(rows)
    }

    /// The first row, if any.
    pub fn query_one(&mut self, sql: &str, params: &[SqlValue]) -> Result<Option<Row>> {
        let mut first = None;
        self.backend.query_each(sql, params, &mut |r| {
            if first.is_none() {
                first = Some(r.clone());
            }
            Ok(())
        })?;
        Ok(first)
    }

    /// A single integer (`SELECT COUNT(*) …`).
    pub fn query_i64(&mut self, sql: &str, params: &[SqlValue]) -> Result<i64> {
        Ok(self
            .query_one(sql, params)?
            .and_then(|r| r.get(0).as_i64())
            .unwrap_or(0))
    }

    /// Run `f` in one transaction: committed when it returns Ok, rolled back otherwise.
    /// Keep these short: the live bot may be waiting to write. Nested calls join the outer
    /// transaction (which commits or rolls back everything).
    pub fn transaction<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        if self.depth > 0 {
            self.depth += 1;
            let result = f(self);
            self.depth -= 1;
            return result;
        }
        self.backend.begin()?;
        self.depth = 1;
        let result = f(self);
        self.depth = 0;
        match result {
            Ok(v) => {
                self.backend.commit()?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.backend.rollback();
                Err(e)
            }
        }
    }

    /// Row count of a table (table names come from code, never from input).
    pub fn count(&mut self, table: &str) -> Result<i64> {
        self.query_i64(&format!("SELECT COUNT(*) FROM {table}"), &[])
    }

    /// A value from the `meta` table.
    pub fn meta(&mut self, key: &str) -> Result<Option<String>> {
        Ok(self
            .query_one("SELECT value FROM meta WHERE key = ?", &[key.into()])?
            .and_then(|r| r.get(0).as_str().map(String::from)))
    }

    pub fn set_meta(&mut self, key: &str, value: &str) -> Result<()> {
        self.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[key.into(), value.into()],
        )?;
        Ok(())
    }
}

/// The tables of an open database other than clawctl's bookkeeping, sorted: the public
/// schema plus any a later migration added.
/// Tables derived from others and kept by triggers (`cost_rollup*` from `cost_attribution`):
/// a copy rebuilds them on the target, so they are neither copied nor compared.
pub const DERIVED_TABLES: [&str; 2] = ["cost_rollup", "cost_rollup_day"];

pub fn user_tables(store: &mut Store) -> Result<Vec<String>> {
    let sql = match store.kind() {
        BackendKind::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name",
        BackendKind::Postgres => "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY table_name",
    };
    Ok(store
        .query(sql, &[])?
        .iter()
        .filter_map(|r| r.string(0))
        .filter(|t| !DERIVED_TABLES.contains(&t.as_str()))
        .collect())
}

/// The first line of a statement, for error context.
fn sql_head(sql: &str) -> &str {
    sql.trim().lines().next().unwrap_or("")
}

/// True for `postgres://…` and `postgresql://…` locations.
pub fn is_postgres_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// The tables of the public schema, in a stable order (for `status` and `db status`).
pub const TABLES: [&str; 11] = [
    "messages",
    "media_files",
    "cost_attribution",
    "audit_log",
    "users",
    "preferences",
    "budgets",
    "legal_holds",
    "processed_messages",
    "sync_cursors",
    "meta",
];
