//! The SQLite state layout of OpenClaw 2026.7.2 and later, read-only.
//!
//! The gateway keeps shared state in `state/openclaw.sqlite` and each agent's sessions and
//! transcripts in `agents/<id>/agent/openclaw-agent.sqlite`. The gateway is the only writer of
//! these databases: clawctl opens them with `SQLITE_OPEN_READ_ONLY`, sets `PRAGMA query_only`,
//! waits on a busy timeout instead of failing, and keeps every read transaction short (events are
//! read in pages), so it never takes a write lock and never holds back the gateway's checkpoints.
//! Each database records its schema version in `schema_meta`; versions clawctl has not been
//! tested against are read on a best-effort basis, with a warning.

pub mod events;
pub mod sessions;

use crate::error::user_err;
use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The agent database, relative to `agents/<id>/`.
pub const AGENT_DB: &str = "agent/openclaw-agent.sqlite";
/// The shared database, relative to the state directory.
pub const GLOBAL_DB: &str = "state/openclaw.sqlite";
/// Agent schema versions (`schema_meta.schema_version`, role `agent`) clawctl is tested against.
pub const TESTED_AGENT_SCHEMA_VERSIONS: [i64; 1] = [23];
/// Global schema versions (role `global`) clawctl is tested against.
pub const TESTED_GLOBAL_SCHEMA_VERSIONS: [i64; 1] = [18];
/// How long a read waits for the gateway to finish a write (rollback-journal mode or WAL recovery).
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Which of the bot's databases a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Agent,
    Global,
}

impl Role {
    pub fn tested_versions(self) -> &'static [i64] {
        match self {
            Role::Agent => &TESTED_AGENT_SCHEMA_VERSIONS,
            Role::Global => &TESTED_GLOBAL_SCHEMA_VERSIONS,
        }
    }
}

/// The `schema_meta` row with `meta_key = 'primary'`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SchemaMeta {
    pub role: String,
    pub schema_version: i64,
    pub agent_id: Option<String>,
    pub app_version: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// How a database's schema version compares with the versions clawctl was tested against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Compat {
    /// A tested version.
    Tested,
    /// Newer than every tested version: read best-effort.
    Newer,
    /// Older than every tested version (or between two): read best-effort.
    Untested,
    /// No `schema_meta` row: read best-effort.
    Unknown,
}

pub fn compat(version: Option<i64>, tested: &[i64]) -> Compat {
    match version {
        None => Compat::Unknown,
        Some(v) if tested.contains(&v) => Compat::Tested,
        Some(v) if tested.iter().all(|t| v > *t) => Compat::Newer,
        Some(_) => Compat::Untested,
    }
}

/// One of the bot's databases, open read-only.
pub struct BotDb {
    pub path: PathBuf,
    pub role: Role,
    pub conn: Connection,
    pub meta: Option<SchemaMeta>,
}

impl BotDb {
    /// Open `path` read-only and read its `schema_meta`.
    pub fn open(path: &Path, role: Role) -> Result<BotDb> {
        let conn = open_read_only(path)?;
        let mut db = BotDb {
            path: path.to_path_buf(),
            role,
            conn,
            meta: None,
        };
        db.meta = db.read_meta().map_err(|e| {
            user_err(format!(
                "cannot read the bot's database {}: {e:#}",
                path.display()
            ))
            .hint("is it an OpenClaw 2026.7.2+ database? check the file and `openclaw doctor`")
        })?;
        Ok(db)
    }

    fn read_meta(&self) -> Result<Option<SchemaMeta>> {
        if !self.has_table("schema_meta")? {
            return Ok(None);
        }
        self.conn
            .query_row(
                "SELECT role, schema_version, agent_id, app_version, created_at, updated_at
                 FROM schema_meta WHERE meta_key = 'primary'",
                [],
                |r| {
                    Ok(SchemaMeta {
                        role: r.get(0)?,
                        schema_version: r.get(1)?,
                        agent_id: r.get(2)?,
                        app_version: r.get(3)?,
                        created_at: r.get(4)?,
                        updated_at: r.get(5)?,
                    })
                },
            )
            .optional()
            .context("cannot read schema_meta")
    }

    pub fn schema_version(&self) -> Option<i64> {
        self.meta.as_ref().map(|m| m.schema_version)
    }

    pub fn compat(&self) -> Compat {
        compat(self.schema_version(), self.role.tested_versions())
    }

    /// The best-effort warning for an untested schema, `None` for a tested one.
    pub fn warning(&self) -> Option<String> {
        let tested = versions_text(self.role.tested_versions());
        let what = match (self.compat(), self.schema_version()) {
            (Compat::Tested, _) => return None,
            (Compat::Unknown, _) => "has no schema version (schema_meta)".to_string(),
            (Compat::Newer, Some(v)) => format!("has schema version {v}, newer than"),
            (_, v) => format!(
                "has schema version {}, not among",
                v.map_or("?".into(), |v| v.to_string())
            ),
        };
        Some(format!(
            "{} {what} the versions clawctl is tested against ({tested}); reading it best-effort, read-only",
            self.path.display()
        ))
    }

    pub fn has_table(&self, name: &str) -> Result<bool> {
        let n: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?1",
            [name],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    /// Column names of a table (empty when it does not exist).
    pub fn columns(&self, table: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM pragma_table_info(?1)")?;
        let cols = stmt
            .query_map([table], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(cols)
    }

    /// `SELECT COUNT(*)` of a table, `None` when the table does not exist.
    pub fn count(&self, table: &str) -> Result<Option<i64>> {
        if !self.has_table(table)? {
            return Ok(None);
        }
        let sql = format!("SELECT COUNT(*) FROM \"{}\"", table.replace('"', "\"\""));
        Ok(Some(self.conn.query_row(&sql, [], |r| r.get(0))?))
    }

    /// Fail with a clear message when a table this reader needs is missing.
    pub fn require_table(&self, table: &str) -> Result<()> {
        if self.has_table(table)? {
            return Ok(());
        }
        Err(user_err(format!(
            "{}: table {table} is missing (schema version {})",
            self.path.display(),
            self.schema_version()
                .map_or("unknown".to_string(), |v| v.to_string())
        ))
        .hint("this does not look like an OpenClaw 2026.7.2+ database clawctl can read")
        .into())
    }
}

/// Open one of the bot's databases so that this connection can never write: read-only flags,
/// `query_only`, and a busy timeout. Readers of a WAL database never block the writer.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| {
        user_err(format!(
            "cannot open the bot's database {} read-only: {e}",
            path.display()
        ))
        .hint("clawctl needs read access to the database file and its directory (for the -wal and -shm files)")
    })?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "query_only", true)?;
    Ok(conn)
}

/// `agents/<id>/agent/openclaw-agent.sqlite` under a state directory.
pub fn agent_db_path(root: &Path, agent: &str) -> PathBuf {
    root.join("agents").join(agent).join(AGENT_DB)
}

/// Agents that have an agent database, sorted.
pub fn agents_with_db(root: &Path) -> Result<Vec<String>> {
    let mut out: Vec<String> = super::read_dir_names(&root.join("agents"))?
        .into_iter()
        .filter(|a| agent_db_path(root, a).is_file())
        .collect();
    out.sort();
    Ok(out)
}

pub fn versions_text(versions: &[i64]) -> String {
    versions
        .iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_classified() {
        assert_eq!(compat(Some(23), &[23]), Compat::Tested);
        assert_eq!(compat(Some(24), &[22, 23]), Compat::Newer);
        assert_eq!(compat(Some(21), &[22, 23]), Compat::Untested);
        assert_eq!(compat(None, &[23]), Compat::Unknown);
    }

    #[test]
    fn a_read_only_connection_cannot_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.sqlite");
        let w = Connection::open(&path).unwrap();
        w.execute_batch("PRAGMA journal_mode=WAL; CREATE TABLE t(a); INSERT INTO t VALUES (1);")
            .unwrap();
        let db = BotDb::open(&path, Role::Agent).unwrap();
        assert!(db.conn.execute("INSERT INTO t VALUES (2)", []).is_err());
        assert_eq!(db.count("t").unwrap(), Some(1));
        assert_eq!(db.count("missing").unwrap(), None);
        assert_eq!(db.compat(), Compat::Unknown);
        assert!(db.warning().unwrap().contains("no schema version"));
    }
}
