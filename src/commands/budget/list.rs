//! `clawctl budget list`: list budgets.

use crate::app::Ctx;
use crate::cost::budget;
use crate::output::{Output, Table};
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Output> {
    let budgets = budget::list(ctx.store()?)?;
    let zone = crate::timeparse::Zone::Local;
    let mut t =
        Table::new(["scope", "scope_id", "period", "limit_usd", "updated"]).titled("Budgets");
    for b in &budgets {
        t.push(vec![
            json!(b.scope),
            json!(b.scope_id),
            json!(b.period),
            json!(b.limit_usd),
            json!(zone.iso(b.updated_at)),
        ]);
    }
    Ok(Output::Table(t))
}
