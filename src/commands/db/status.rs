//! `clawctl db status`: backend, schema version, size and row counts of the ops database.

use crate::app::Ctx;
use crate::output::{Output, Table};
use crate::store::{BackendKind, Store};
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Output> {
    // A database from a newer clawctl is described, not refused (and never migrated).
    let mut newer = Store::connect(&ctx.db_location()?)?;
    let version = crate::store::schema_version(&mut newer)?;
    if version > crate::store::SCHEMA_VERSION {
        let out = describe(&mut newer)?;
        ctx.warn(format!(
            "{} has schema version {version}, newer than this clawctl understands ({}): upgrade clawctl",
            newer.location,
            crate::store::SCHEMA_VERSION
        ));
        return Ok(Output::WithExit(Box::new(out), crate::error::exit::FAILURE));
    }
    drop(newer);
    describe(ctx.store()?)
}

fn describe(store: &mut Store) -> Result<Output> {
    let version = crate::store::schema_version(store)?;
    let bytes = size_bytes(store)?;
    let mut rows = serde_json::Map::new();
    let mut counts = Table::new(["table", "rows"]).titled("Row counts");
    for table in crate::store::user_tables(store)? {
        let n = store.count(&table)?;
        counts.push(vec![json!(table), json!(n)]);
        rows.insert(table, json!(n));
    }
    let summary = Table::key_values(
        "Ops database",
        vec![
            ("backend", json!(store.kind())),
            ("location", json!(store.location)),
            ("schema version", json!(version)),
            ("supported version", json!(crate::store::SCHEMA_VERSION)),
            ("size bytes", json!(bytes)),
        ],
    );
    let doc = json!({
        "backend": store.kind(),
        "location": store.location,
        "schema_version": version,
        "supported_schema_version": crate::store::SCHEMA_VERSION,
        "size_bytes": bytes,
        "rows": rows,
    });
    Ok(Output::Doc {
        json: doc,
        human: vec![summary, counts],
    })
}

/// Bytes on disk: the SQLite file and its WAL, or PostgreSQL's database size.
pub fn size_bytes(store: &mut Store) -> Result<i64> {
    match store.kind() {
        BackendKind::Sqlite => {
            let file = |suffix: &str| {
                std::fs::metadata(format!("{}{suffix}", store.location))
                    .map(|m| m.len() as i64)
                    .unwrap_or(0)
            };
            Ok(file("") + file("-wal"))
        }
        BackendKind::Postgres => {
            store.query_i64("SELECT pg_database_size(current_database())", &[])
        }
    }
}
