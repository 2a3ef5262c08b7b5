//! Copying an ops database to another backend (`db migrate-to`), resumably, and proving the
//! copy is identical with per-table row counts and checksums.
//!
//! Rows keep their primary keys, so hash-chained audit events verify on the new backend and a
//! rerun after an interruption continues where the last committed batch ended.

use super::{BackendKind, SqlValue, Store};
use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

/// Rows per insert batch (each batch is one transaction on the target).
const BATCH: i64 = 500;

/// One table's result.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TableCopy {
    pub table: String,
    pub copied: u64,
    pub source_rows: i64,
    pub target_rows: i64,
    pub source_checksum: String,
    pub target_checksum: String,
}

impl TableCopy {
    pub fn verified(&self) -> bool {
        self.source_rows == self.target_rows && self.source_checksum == self.target_checksum
    }
}

/// Columns and primary key of a SQLite table.
struct Shape {
    columns: Vec<String>,
    pk: Vec<String>,
}

fn shape(src: &mut Store, table: &str) -> Result<Shape> {
    let rows = src.query(&format!("PRAGMA table_info(\"{table}\")"), &[])?;
    let mut columns = Vec::new();
    let mut pk: Vec<(i64, String)> = Vec::new();
    for r in rows {
        let name = r.string(1).context("column name")?;
        if r.i64(5) > 0 {
            pk.push((r.i64(5), name.clone()));
        }
        columns.push(name);
    }
    pk.sort();
    Ok(Shape {
        columns,
        pk: pk.into_iter().map(|(_, n)| n).collect(),
    })
}

fn quoted(cols: &[String]) -> String {
    cols.iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Copy one table from `src` (SQLite) to `dst`; `progress` gets the rows copied so far.
pub fn copy_table(
    src: &mut Store,
    dst: &mut Store,
    table: &str,
    progress: &mut dyn FnMut(u64),
) -> Result<u64> {
    if src.kind() != BackendKind::Sqlite {
        bail!("the source of a copy must be a SQLite ops database");
    }
    let shape = shape(src, table)?;
    let cols = quoted(&shape.columns);
    let has_id = shape.pk == ["id"];
    // Resume: tables keyed by `id` continue after the target's highest id; others re-offer
    // every row and let ON CONFLICT skip the ones already there.
    let mut after = if has_id {
        dst.query_i64(
            &format!("SELECT COALESCE(MAX(id), 0) FROM \"{table}\""),
            &[],
        )?
    } else {
        i64::MIN
    };
    let key = if has_id { "id" } else { "rowid" };
    let select = format!(
        "SELECT {key}, {cols} FROM \"{table}\" WHERE {key} > ? ORDER BY {key} LIMIT {BATCH}"
    );
    let mut copied = 0u64;
    loop {
        let rows = src.query(&select, &[SqlValue::Int(after)])?;
        let Some(last) = rows.last() else { break };
        after = last.i64(0);
        let placeholders = format!("({})", vec!["?"; shape.columns.len()].join(", "));
        let sql = format!(
            "INSERT INTO \"{table}\" ({cols}) VALUES {} ON CONFLICT DO NOTHING",
            vec![placeholders; rows.len()].join(", ")
        );
        let params: Vec<SqlValue> = rows
            .iter()
            .flat_map(|r| r.values[1..].iter().cloned())
            .collect();
        dst.transaction(|d| d.execute(&sql, &params))
            .with_context(|| format!("copying rows of {table}"))?;
        copied += rows.len() as u64;
        progress(copied);
    }
    if has_id && dst.kind() == BackendKind::Postgres {
        dst.query(&format!("SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), GREATEST(COALESCE(MAX(id), 0), 1)) FROM \"{table}\""), &[])?;
    }
    Ok(copied)
}

/// Row count and a SHA-256 over every row in primary-key order, with a canonical encoding
/// that is the same on both backends.
/// With `max_id`, only rows with `id <= max_id` count.
pub fn checksum(
    store: &mut Store,
    table: &str,
    columns: &[String],
    pk: &[String],
    max_id: Option<i64>,
) -> Result<(i64, String)> {
    let filter = max_id
        .map(|m| format!(" WHERE id <= {m}"))
        .unwrap_or_default();
    let sql = format!(
        "SELECT {} FROM \"{table}\"{filter} ORDER BY {}",
        quoted(columns),
        quoted(pk)
    );
    let mut hasher = Sha256::new();
    let mut rows = 0i64;
    store.query_each(&sql, &[], |r| {
        rows += 1;
        for v in &r.values {
            match v {
                SqlValue::Null => hasher.update(b"n;"),
                SqlValue::Int(i) => hasher.update(format!("i{i};")),
                SqlValue::Real(f) => hasher.update(format!("r{f:?};")),
                SqlValue::Text(s) => {
                    hasher.update(format!("t{}:", s.len()));
                    hasher.update(s.as_bytes());
                }
                SqlValue::Blob(b) => {
                    hasher.update(format!("b{}:", b.len()));
                    hasher.update(b);
                }
            }
        }
        hasher.update(b"\n");
        Ok(())
    })?;
    Ok((rows, hex::encode(hasher.finalize())))
}

/// Compare one table on both sides. For tables keyed by `id`, rows the target gained after the
/// source's last id (events of the migration itself, gateways already writing there) are not
/// part of the comparison.
pub fn verify_table(
    src: &mut Store,
    dst: &mut Store,
    table: &str,
    copied: u64,
) -> Result<TableCopy> {
    let shape = shape(src, table)?;
    let pk = if shape.pk.is_empty() {
        shape.columns.clone()
    } else {
        shape.pk.clone()
    };
    let max_id = if shape.pk == ["id"] {
        Some(src.query_i64(
            &format!("SELECT COALESCE(MAX(id), 0) FROM \"{table}\""),
            &[],
        )?)
    } else {
        None
    };
    let (source_rows, source_checksum) = checksum(src, table, &shape.columns, &pk, max_id)?;
    let (target_rows, target_checksum) = checksum(dst, table, &shape.columns, &pk, max_id)?;
    Ok(TableCopy {
        table: table.to_string(),
        copied,
        source_rows,
        target_rows,
        source_checksum,
        target_checksum,
    })
}
