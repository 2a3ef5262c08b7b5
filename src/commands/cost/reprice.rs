//! `clawctl cost reprice`: re-estimate costs of rows without a recorded cost, after a price change.

use crate::app::Ctx;
use crate::audit::{self, Event, Outcome, Risk};
use crate::cost::reprice::{self, Scope};
use crate::output::{Output, Table};
use anyhow::Result;
use serde_json::json;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A pricing file (LiteLLM model_prices_and_context_window.json format accepted).
    #[arg(long, env = "CLAWCTL_PRICING", value_name = "FILE")]
    pub pricing: Option<std::path::PathBuf>,
    /// Show what would change without writing.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let pricing = crate::cost::load_pricing(ctx, args.pricing.as_deref())?;
    let actor = ctx.actor();
    let store = ctx.store()?;
    let changes = reprice::reprice(store, &pricing, Scope::Estimated, args.dry_run)?;
    let changed: i64 = changes.iter().map(|c| c.changed).sum();
    if !args.dry_run {
        audit::record(
            store,
            &Event {
                actor,
                action: "cost.reprice".into(),
                target: "cost_attribution".into(),
                outcome: Outcome::Success,
                risk: Risk::Low,
                metadata: json!({
                    "rows_changed": changed,
                    "models": changes.iter().map(|c| json!({"provider": c.provider, "model": c.model, "changed": c.changed})).collect::<Vec<_>>(),
                    "pricing_file": args.pricing,
                }),
            },
        )?;
    }
    let title = if args.dry_run {
        format!("Reprice (dry run): {changed} row(s) would change")
    } else {
        format!("Reprice: {changed} row(s) changed")
    };
    let mut t = Table::new([
        "provider",
        "model",
        "rows",
        "changed",
        "cost_before_usd",
        "cost_after_usd",
        "unpriced_after",
        "price_source",
    ])
    .titled(title);
    for c in &changes {
        t.push(vec![
            json!(c.provider),
            json!(c.model),
            json!(c.rows),
            json!(c.changed),
            json!(c.cost_before_usd),
            json!(c.cost_after_usd),
            json!(c.unpriced_after),
            json!(c
                .price_source
                .clone()
                .unwrap_or_else(|| "no price known".into())),
        ]);
    }
    Ok(Output::Doc {
        json: json!({"dry_run": args.dry_run, "rows_changed": changed, "models": changes}),
        human: vec![t],
    })
}
