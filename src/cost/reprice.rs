//! Re-estimating calls the bot recorded no cost for, after a price change (or with a pricing
//! file that knows a model the config does not). Recorded costs and rows the bot side wrote
//! itself (no `cost_source`) are never touched; a row whose model has no price now keeps what
//! it had. Updates go in short transactions of a few thousand rows.

use crate::pricing::{Pricing, Tokens};
use crate::store::{SqlValue, Store};
use anyhow::Result;

/// Which rows to re-estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Only calls with no known price yet.
    Unknown,
    /// Every estimated call, and those with no known price.
    Estimated,
}

impl Scope {
    fn sources(self) -> &'static str {
        match self {
            Scope::Unknown => "('unknown')",
            Scope::Estimated => "('estimated', 'unknown')",
        }
    }
}

/// What re-pricing one model did (or would do).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Change {
    pub provider: Option<String>,
    pub model: Option<String>,
    pub rows: i64,
    pub changed: i64,
    pub cost_before_usd: f64,
    pub unpriced_before: i64,
    pub cost_after_usd: f64,
    pub unpriced_after: i64,
    /// Where the new price comes from (`None`: no price known; rows left as they were).
    pub price_source: Option<String>,
}

const PAGE: i64 = 2000;

pub fn reprice(
    store: &mut Store,
    pricing: &Pricing,
    scope: Scope,
    dry_run: bool,
) -> Result<Vec<Change>> {
    let sources = scope.sources();
    let models = store.query(
        &format!(
            "SELECT provider, model, COUNT(*) FROM cost_attribution WHERE cost_source IN {sources} \
             GROUP BY provider, model ORDER BY provider, model"
        ),
        &[],
    )?;
    let mut out = Vec::new();
    for m in models {
        let (provider, model) = (m.string(0), m.string(1));
        let mut change = Change {
            provider: provider.clone(),
            model: model.clone(),
            rows: m.i64(2),
            ..Change::default()
        };
        let price = model
            .as_deref()
            .and_then(|id| pricing.lookup(provider.as_deref(), id));
        change.price_source = price.map(|(_, s)| s.to_string());
        let mut last_id = i64::MIN;
        loop {
            let page = store.query(
                &format!(
                    "SELECT id, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost \
                     FROM cost_attribution WHERE cost_source IN {sources} \
                     AND COALESCE(provider, '') = ? AND COALESCE(model, '') = ? AND id > ? \
                     ORDER BY id LIMIT ?"
                ),
                &[
                    provider.clone().unwrap_or_default().into(),
                    model.clone().unwrap_or_default().into(),
                    last_id.into(),
                    PAGE.into(),
                ],
            )?;
            let Some(last) = page.last() else {
                break;
            };
            last_id = last.i64(0);
            let mut updates = Vec::new();
            for r in &page {
                let old = r.get(5).as_f64();
                match old {
                    Some(c) => change.cost_before_usd += c,
                    None => change.unpriced_before += 1,
                }
                let new = price.map(|(p, _)| {
                    p.cost(&Tokens {
                        input: r.i64(1),
                        output: r.i64(2),
                        cache_read: r.i64(3),
                        cache_write: r.i64(4),
                    })
                });
                match new.or(old) {
                    Some(c) => change.cost_after_usd += c,
                    None => change.unpriced_after += 1,
                }
                if let Some(n) = new {
                    if old.is_none_or(|o| (o - n).abs() > 1e-12) {
                        updates.push((r.i64(0), n));
                    }
                }
            }
            change.changed += updates.len() as i64;
            if !dry_run && !updates.is_empty() {
                store.transaction(|s| {
                    for (id, cost) in &updates {
                        s.execute(
                            "UPDATE cost_attribution SET cost = ?, cost_source = 'estimated' WHERE id = ?",
                            &[SqlValue::Real(*cost), (*id).into()],
                        )?;
                    }
                    Ok(())
                })?;
            }
        }
        out.push(change);
    }
    Ok(out)
}
