//! Model prices, for calls whose cost the bot did not record and for estimates.
//!
//! Order of precedence: the bot's config (`models.providers.<p>.models[].cost`, USD per million
//! tokens, the same numbers the bot uses), then a pricing file (`--pricing`, `CLAWCTL_PRICING`
//! or `[cost] pricing` in clawctl's config; LiteLLM's `model_prices_and_context_window.json`
//! format or clawctl's own), then a small embedded table of common models.

mod embedded;
mod file;

use crate::state::config::BotConfig;
use anyhow::Result;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// USD per million tokens.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Price {
    pub input: f64,
    pub output: f64,
    pub cache_read: f64,
    pub cache_write: f64,
}

/// Token counts of one call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tokens {
    pub input: i64,
    pub output: i64,
    pub cache_read: i64,
    pub cache_write: i64,
}

impl Price {
    /// Cost in USD, computed the way the bot does (per component, price / 10⁶ × tokens).
    pub fn cost(&self, t: &Tokens) -> f64 {
        let part = |price: f64, n: i64| price / 1_000_000.0 * n as f64;
        part(self.input, t.input)
            + part(self.output, t.output)
            + part(self.cache_read, t.cache_read)
            + part(self.cache_write, t.cache_write)
    }
}

/// Where a price came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PriceSource {
    Config,
    File(PathBuf),
    Embedded,
}

impl std::fmt::Display for PriceSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PriceSource::Config => f.write_str("bot config"),
            PriceSource::File(p) => write!(f, "pricing file {}", p.display()),
            PriceSource::Embedded => f.write_str("built-in price list"),
        }
    }
}

struct Table {
    source: PriceSource,
    /// Lower-cased `provider/model` and `model` keys.
    prices: HashMap<String, Price>,
}

/// The price tables in precedence order.
pub struct Pricing {
    tables: Vec<Table>,
}

impl Pricing {
    /// Load prices from the bot's config and an optional pricing file.
    pub fn load(config: Option<&BotConfig>, file: Option<&Path>) -> Result<Pricing> {
        let mut tables = Vec::new();
        if let Some(config) = config {
            tables.push(Table {
                source: PriceSource::Config,
                prices: config_prices(config)?,
            });
        }
        if let Some(path) = file {
            tables.push(Table {
                source: PriceSource::File(path.to_path_buf()),
                prices: file::load(path)?,
            });
        }
        tables.push(Table {
            source: PriceSource::Embedded,
            prices: embedded::MODELS
                .iter()
                .map(|(id, price)| (id.to_string(), *price))
                .collect(),
        });
        Ok(Pricing { tables })
    }

    /// The price of a model, and where it came from.
    pub fn lookup(&self, provider: Option<&str>, model: &str) -> Option<(Price, &PriceSource)> {
        let keys = candidates(provider, model);
        self.tables.iter().find_map(|t| {
            keys.iter()
                .find_map(|k| t.prices.get(k))
                .map(|p| (*p, &t.source))
        })
    }
}

/// Keys to try for a model, most specific first: `provider/model`, `model`, then both without
/// a provider prefix inside the model id and without a date suffix (`-20251101`, `-2025-08-07`).
pub fn candidates(provider: Option<&str>, model: &str) -> Vec<String> {
    let model = model.trim().to_lowercase();
    let bare = model.rsplit('/').next().unwrap_or(&model).to_string();
    let undated = strip_date(&bare);
    let mut out = Vec::new();
    for m in [&model, &bare, &undated] {
        if let Some(p) = provider.map(str::to_lowercase).filter(|p| !p.is_empty()) {
            out.push(format!("{p}/{m}"));
        }
        out.push(m.clone());
    }
    out.dedup();
    out
}

fn strip_date(model: &str) -> String {
    let m = model.split('@').next().unwrap_or(model);
    let m = m.strip_suffix("-latest").unwrap_or(m);
    let bytes = m.as_bytes();
    let is_digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    if bytes.len() > 9 && bytes[bytes.len() - 9] == b'-' && is_digits(&bytes[bytes.len() - 8..]) {
        return m[..m.len() - 9].to_string();
    }
    if bytes.len() > 11 {
        let tail = &bytes[bytes.len() - 11..];
        if tail[0] == b'-'
            && is_digits(&tail[1..5])
            && tail[5] == b'-'
            && is_digits(&tail[6..8])
            && tail[8] == b'-'
            && is_digits(&tail[9..])
        {
            return m[..m.len() - 11].to_string();
        }
    }
    m.to_string()
}

/// `models.providers.<p>.models[]` entries with a `cost` object.
fn config_prices(config: &BotConfig) -> Result<HashMap<String, Price>> {
    let mut out = HashMap::new();
    let Some(Value::Object(providers)) = config.get("models.providers") else {
        return Ok(out);
    };
    for (provider, p) in providers {
        let Some(models) = p.get("models").and_then(Value::as_array) else {
            continue;
        };
        for (i, m) in models.iter().enumerate() {
            let (Some(id), Some(cost)) = (m.get("id").and_then(Value::as_str), m.get("cost"))
            else {
                continue;
            };
            let at = format!(
                "{}: models.providers.{provider}.models[{i}].cost",
                config.path.display()
            );
            let Some(price) = file::per_million(cost, &at, false)? else {
                continue;
            };
            let id = id.to_lowercase();
            out.insert(format!("{}/{id}", provider.to_lowercase()), price);
            out.entry(id).or_insert(price);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_names_are_matched_loosely() {
        assert_eq!(strip_date("claude-opus-4-5-20251101"), "claude-opus-4-5");
        assert_eq!(strip_date("gpt-5-mini-2025-08-07"), "gpt-5-mini");
        assert_eq!(strip_date("gpt-5-mini"), "gpt-5-mini");
        let p = Pricing::load(None, None).unwrap();
        let (price, source) = p
            .lookup(Some("anthropic"), "anthropic/claude-opus-4-5-20251101")
            .unwrap();
        assert_eq!((price.input, source), (5.0, &PriceSource::Embedded));
        assert!(p.lookup(Some("mock"), "mock-gpt").is_none());
    }

    #[test]
    fn cost_is_per_component() {
        let price = Price {
            input: 0.25,
            output: 2.0,
            cache_read: 0.025,
            cache_write: 0.0,
        };
        let t = Tokens {
            input: 12739,
            output: 74,
            ..Tokens::default()
        };
        assert!((price.cost(&t) - 0.00333275).abs() < 1e-12);
    }
}
