//! `clawctl db migrate-to URL`: copy the SQLite ops database into PostgreSQL, resumably, and
//! verify the copy table by table (row counts and checksums).

use crate::app::Ctx;
use crate::audit::{Event, Outcome, Risk};
use crate::error::{exit, user_err};
use crate::output::{Output, Table};
use crate::store::{copy, is_postgres_url, BackendKind, Store};
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Target database URL (`postgres://user[:password]@host[:port]/db[?sslmode=…]`).
    #[arg(value_name = "URL")]
    pub url: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    if !is_postgres_url(&args.url) {
        return Err(user_err(format!("{} is not a postgres:// URL", args.url))
            .code(exit::USAGE)
            .into());
    }
    let actor = ctx.actor();
    let quiet = ctx.global.quiet;
    let src = ctx.store()?;
    if src.kind() != BackendKind::Sqlite {
        return Err(user_err("the current ops database is already PostgreSQL")
            .hint("point --db at the SQLite ops database to copy")
            .into());
    }
    let tables = crate::store::user_tables(src)?;
    let mut dst = Store::open(&args.url)?;
    let mut results = Vec::new();
    for table in &tables {
        let total = src.count(table)?.max(0) as u64;
        let bar = crate::app::progress_bar(quiet, total, table, crate::app::Unit::Rows);
        let copied = copy::copy_table(src, &mut dst, table, &mut |n| bar.set_position(n))?;
        bar.finish_and_clear();
        results.push(copy::verify_table(src, &mut dst, table, copied)?);
    }
    let ok = results.iter().all(copy::TableCopy::verified);
    let copied: u64 = results.iter().map(|r| r.copied).sum();
    let event = Event {
        actor,
        action: "db.migrate_to".into(),
        target: dst.location.clone(),
        outcome: if ok {
            Outcome::Success
        } else {
            Outcome::Failed
        },
        risk: Risk::High,
        metadata: json!({"tables": results.len(), "rows_copied": copied, "verified": ok, "source": src.location}),
    };
    // Recorded in the new home only: the source stays an exact subset of the target.
    crate::audit::record(&mut dst, &event)?;
    let mut t = Table::new(["table", "copied", "source rows", "target rows", "verified"])
        .titled(format!("Copied to {}", dst.location));
    for r in &results {
        t.push(vec![
            json!(r.table),
            json!(r.copied),
            json!(r.source_rows),
            json!(r.target_rows),
            json!(r.verified()),
        ]);
    }
    let doc = json!({"target": dst.location, "verified": ok, "tables": results});
    let out = Output::Doc {
        json: doc,
        human: vec![t],
    };
    if ok {
        Ok(out)
    } else {
        Ok(Output::WithExit(Box::new(out), exit::CHECK_FAILED))
    }
}
