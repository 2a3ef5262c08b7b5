//! Cost attribution over the ops database: the `[cost]` settings, the grouped report engine
//! behind `cost report` and budgets, the ranking behind `cost top`, and re-pricing.

pub mod arrange;
pub mod budget;
pub mod estimate;
pub mod query;
pub mod reprice;
pub mod settings;
pub mod top;

use crate::app::Ctx;
use crate::pricing::Pricing;
use crate::state::people;
use anyhow::Result;
use std::path::Path;

/// `session.identityLinks` of the bot's config (empty without a config).
pub fn identity_links(ctx: &mut Ctx) -> Result<Vec<(String, Vec<String>)>> {
    Ok(ctx
        .bot_config()?
        .map(|c| c.identity_links())
        .unwrap_or_default())
}

/// A `--user` argument: a peer id or an identityLinks name → every peer id of that person.
pub fn person_ids(user: &str, links: &[(String, Vec<String>)]) -> Vec<String> {
    people::expand_person(user, links).1
}

/// The prices in effect: the bot's config, `pricing` (else `[cost] pricing` in clawctl's
/// config), and the built-in list.
pub fn load_pricing(ctx: &mut Ctx, pricing: Option<&Path>) -> Result<Pricing> {
    let file = match pricing {
        Some(p) => Some(p.to_path_buf()),
        None => settings::CostSettings::from(ctx.settings()?)?.pricing,
    };
    let config = ctx.bot_config()?.cloned();
    Pricing::load(config.as_ref(), file.as_deref())
}

/// `$0.72`, `$0.0033`: enough digits to see small costs.
pub fn usd(v: f64) -> String {
    if v.abs() >= 1.0 || v == 0.0 {
        format!("${v:.2}")
    } else if v.abs() >= 0.01 {
        format!("${v:.4}")
    } else {
        format!("${v:.6}")
    }
}

/// Round for display in JSON (shares, averages): 4 decimals for percentages.
pub fn round(v: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (v * f).round() / f
}
