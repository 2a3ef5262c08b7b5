//! The SQLite backend: WAL, a busy timeout, created 0600 in a 0700 directory.

use super::{Backend, BackendKind, Row, SqlRef, SqlValue};
use crate::error::user_err;
use anyhow::{Context, Result};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags, ToSql};
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// How long a statement waits for another writer (the bot side) before SQLITE_BUSY.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct SqliteBackend {
    conn: Connection,
}

impl SqliteBackend {
    pub fn open(path: &Path) -> Result<SqliteBackend> {
        check_is_sqlite(path)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::fsutil::create_private_dir(dir)?;
        }
        if !path.exists() {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path)
            {
                // Another clawctl created it a moment ago: use theirs.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                other => {
                    other.with_context(|| format!("creating ops database {}", path.display()))?;
                }
            }
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags)
            .with_context(|| format!("cannot open ops database {}", path.display()))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let mode: String = wal_mode(&conn).map_err(|e| {
            user_err(format!(
                "{} is not a usable SQLite database: {e}",
                path.display()
            ))
        })?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(user_err(format!(
                "{}: could not switch to WAL mode (got {mode})",
                path.display()
            ))
            .into());
        }
        conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")?;
        Ok(SqliteBackend { conn })
    }
}

/// Switch to WAL. On a database another process is switching at the same moment SQLite answers
/// "locked" without calling the busy handler, so that case is retried for the busy timeout.
fn wal_mode(conn: &Connection) -> rusqlite::Result<String> {
    let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// Refuse an existing non-empty file that is not a SQLite database.
fn check_is_sqlite(path: &Path) -> Result<()> {
    let Ok(mut f) = std::fs::File::open(path) else {
        return Ok(());
    };
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(user_err(format!(
            "--db {} is a directory, not a SQLite database",
            path.display()
        ))
        .into());
    }
    let mut head = [0u8; 16];
    let n = f.read(&mut head).unwrap_or(0);
    if n > 0 && (n < 16 || &head != b"SQLite format 3\0") {
        return Err(user_err(format!("--db {} is not a SQLite database", path.display()))
            .hint("point --db at clawctl's ops database (default <state>/clawctl/ops.db) or a new path")
            .into());
    }
    Ok(())
}

struct Param<'a>(&'a SqlValue);

impl ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self.0 {
            SqlValue::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            SqlValue::Int(i) => ToSqlOutput::Borrowed(ValueRef::Integer(*i)),
            SqlValue::Real(f) => ToSqlOutput::Borrowed(ValueRef::Real(*f)),
            SqlValue::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            SqlValue::Blob(b) => ToSqlOutput::Borrowed(ValueRef::Blob(b)),
        })
    }
}

fn params(values: &[SqlValue]) -> Vec<Param<'_>> {
    values.iter().map(Param).collect()
}

fn convert(v: ValueRef<'_>) -> SqlValue {
    match v {
        ValueRef::Null => SqlValue::Null,
        ValueRef::Integer(i) => SqlValue::Int(i),
        ValueRef::Real(f) => SqlValue::Real(f),
        ValueRef::Text(t) => SqlValue::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => SqlValue::Blob(b.to_vec()),
    }
}

impl Backend for SqliteBackend {
    fn kind(&self) -> BackendKind {
        BackendKind::Sqlite
    }

    fn execute(&mut self, sql: &str, values: &[SqlValue]) -> Result<u64> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .with_context(|| format!("preparing `{}`", super::sql_head(sql)))?;
        let p = params(values);
        let refs: Vec<&dyn ToSql> = p.iter().map(|p| p as &dyn ToSql).collect();
        Ok(stmt.execute(refs.as_slice())? as u64)
    }

    fn query_each(
        &mut self,
        sql: &str,
        values: &[SqlValue],
        f: &mut dyn FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .with_context(|| format!("preparing `{}`", super::sql_head(sql)))?;
        let columns: Arc<Vec<String>> =
            Arc::new(stmt.column_names().map(|s| s.to_string()).collect());
        let p = params(values);
        let refs: Vec<&dyn ToSql> = p.iter().map(|p| p as &dyn ToSql).collect();
        let mut rows = stmt.query(refs.as_slice())?;
        while let Some(r) = rows.next()? {
            let values = (0..columns.len())
                .map(|i| r.get_ref(i).map(convert))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            f(&Row {
                columns: columns.clone(),
                values,
            })?;
        }
        Ok(())
    }

    fn query_each_ref(
        &mut self,
        sql: &str,
        values: &[SqlValue],
        f: &mut dyn FnMut(&[SqlRef<'_>]) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .with_context(|| format!("preparing `{}`", super::sql_head(sql)))?;
        let n = stmt.column_count();
        let p = params(values);
        let refs: Vec<&dyn ToSql> = p.iter().map(|p| p as &dyn ToSql).collect();
        let mut rows = stmt.query(refs.as_slice())?;
        while let Some(r) = rows.next()? {
            let mut raw = Vec::with_capacity(n);
            for i in 0..n {
                raw.push(r.get_ref(i)?);
            }
            let mut values = Vec::with_capacity(n);
            let mut valid = true;
            for v in &raw {
                values.push(match *v {
                    ValueRef::Null => SqlRef::Null,
                    ValueRef::Integer(i) => SqlRef::Int(i),
                    ValueRef::Real(f) => SqlRef::Real(f),
                    ValueRef::Text(t) => match std::str::from_utf8(t) {
                        Ok(s) => SqlRef::Text(s),
                        Err(_) => {
                            valid = false;
                            SqlRef::Null
                        }
                    },
                    ValueRef::Blob(b) => SqlRef::Blob(b),
                });
            }
            if valid {
                f(&values)?;
                continue;
            }
            // Text that is not UTF-8 is read lossily, as query_each does.
            let lossy: Vec<Option<String>> = raw
                .iter()
                .map(|v| match v {
                    ValueRef::Text(t) if std::str::from_utf8(t).is_err() => {
                        Some(String::from_utf8_lossy(t).into_owned())
                    }
                    _ => None,
                })
                .collect();
            let values: Vec<SqlRef<'_>> = values
                .into_iter()
                .zip(&lossy)
                .map(|(v, l)| l.as_deref().map_or(v, SqlRef::Text))
                .collect();
            f(&values)?;
        }
        Ok(())
    }

    fn execute_batch(&mut self, sql: &str) -> Result<()> {
        Ok(self.conn.execute_batch(sql)?)
    }

    fn begin(&mut self) -> Result<()> {
        Ok(self.conn.execute_batch("BEGIN IMMEDIATE")?)
    }

    fn commit(&mut self) -> Result<()> {
        Ok(self.conn.execute_batch("COMMIT")?)
    }

    fn rollback(&mut self) -> Result<()> {
        Ok(self.conn.execute_batch("ROLLBACK")?)
    }
}
