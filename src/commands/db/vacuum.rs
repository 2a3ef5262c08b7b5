//! `clawctl db vacuum`: reclaim space in the ops database.

use crate::app::Ctx;
use crate::output::{Output, Table};
use crate::store::BackendKind;
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Output> {
    let actor = ctx.actor();
    let store = ctx.store()?;
    let before = super::status::size_bytes(store)?;
    match store.kind() {
        BackendKind::Sqlite => store.execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")?,
        BackendKind::Postgres => store.execute_batch("VACUUM (ANALYZE)")?,
    }
    let after = super::status::size_bytes(store)?;
    let event = crate::audit::Event {
        actor,
        action: "db.vacuum".into(),
        target: store.location.clone(),
        outcome: crate::audit::Outcome::Success,
        risk: crate::audit::Risk::Low,
        metadata: json!({"bytes_before": before, "bytes_after": after}),
    };
    crate::audit::record(store, &event)?;
    let doc = json!({"location": store.location, "bytes_before": before, "bytes_after": after});
    let t = Table::key_values(
        "Vacuum",
        vec![
            ("bytes before", json!(before)),
            ("bytes after", json!(after)),
        ],
    );
    Ok(Output::Doc {
        json: doc,
        human: vec![t],
    })
}
