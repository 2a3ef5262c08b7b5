//! `clawctl db migrate`: apply pending schema migrations to the ops database.

use crate::app::Ctx;
use crate::output::{Output, Table};
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Output> {
    let store = ctx.store()?;
    let rows = store.query(
        "SELECT version, name, applied_at FROM schema_migrations ORDER BY version",
        &[],
    )?;
    let mut t = Table::new(["version", "name", "applied_at"]).titled(format!(
        "Ops database {} is at schema version {}",
        store.location,
        crate::store::SCHEMA_VERSION
    ));
    for r in rows {
        t.push(vec![json!(r.i64(0)), r.get(1).to_json(), json!(r.i64(2))]);
    }
    Ok(Output::Table(t))
}
