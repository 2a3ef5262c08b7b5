//! Pricing files: LiteLLM's `model_prices_and_context_window.json` (USD per token:
//! `input_cost_per_token`, `output_cost_per_token`, `cache_read_input_token_cost`,
//! `cache_creation_input_token_cost`), or clawctl's own format, the bot's cost object keyed by
//! model (`{"openai/gpt-5-mini": {"input": 0.25, "output": 2, "cacheRead": 0.025}}`, USD per
//! million tokens). Both may be mixed in one file.

use super::Price;
use crate::error::user_err;
use anyhow::{Context, Result};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

pub fn load(path: &Path) -> Result<HashMap<String, Price>> {
    let bytes = std::fs::read(path)
        .with_context(|| format!("cannot read pricing file {}", path.display()))?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| {
        user_err(format!(
            "pricing file {}:{}:{}: not valid JSON: {e}",
            path.display(),
            e.line(),
            e.column()
        ))
        .hint("give LiteLLM's model_prices_and_context_window.json or {\"provider/model\": {\"input\": 5, \"output\": 25}} (USD per million tokens)")
    })?;
    let Value::Object(models) = value else {
        return Err(user_err(format!(
            "pricing file {}: expected a JSON object keyed by model",
            path.display()
        ))
        .into());
    };
    let mut out = HashMap::new();
    for (name, entry) in &models {
        let at = format!("pricing file {}: model '{name}'", path.display());
        let price = if entry.get("input_cost_per_token").is_some()
            || entry.get("output_cost_per_token").is_some()
        {
            per_token(entry, &at)?
        } else {
            per_million(entry, &at, true)?
        };
        if let Some(price) = price {
            out.insert(name.to_lowercase(), price);
        }
    }
    Ok(out)
}

/// A number field; negative or non-finite prices are an error naming where.
fn field(entry: &Value, key: &str, at: &str) -> Result<Option<f64>> {
    let Some(v) = entry.get(key) else {
        return Ok(None);
    };
    let Some(n) = v.as_f64() else {
        return Ok(None);
    };
    if !n.is_finite() || n < 0.0 {
        return Err(user_err(format!("{at}: negative {key} price ({v})"))
            .hint("prices are USD and must be zero or more")
            .into());
    }
    Ok(Some(n))
}

/// LiteLLM entry (USD per token) → USD per million tokens.
fn per_token(entry: &Value, at: &str) -> Result<Option<Price>> {
    let get = |k: &str| field(entry, k, at).map(|v| v.map(|n| n * 1_000_000.0));
    let input = get("input_cost_per_token")?;
    let output = get("output_cost_per_token")?;
    if input.is_none() && output.is_none() {
        return Ok(None);
    }
    let input = input.unwrap_or(0.0);
    Ok(Some(Price {
        input,
        output: output.unwrap_or(0.0),
        cache_read: get("cache_read_input_token_cost")?.unwrap_or(input),
        cache_write: get("cache_creation_input_token_cost")?.unwrap_or(input),
    }))
}

/// The bot's cost object (USD per million tokens): `input`, `output`, `cacheRead`, `cacheWrite`.
/// Missing cache prices are 0 as in the bot's config, or the input price (`cache_as_input`,
/// for pricing files, where leaving them out should not make cached tokens free).
pub fn per_million(entry: &Value, at: &str, cache_as_input: bool) -> Result<Option<Price>> {
    if !entry.is_object() {
        return Ok(None);
    }
    let input = field(entry, "input", at)?;
    let output = field(entry, "output", at)?;
    if input.is_none() && output.is_none() {
        return Ok(None);
    }
    let input = input.unwrap_or(0.0);
    let cache_default = if cache_as_input { input } else { 0.0 };
    Ok(Some(Price {
        input,
        output: output.unwrap_or(0.0),
        cache_read: field(entry, "cacheRead", at)?.unwrap_or(cache_default),
        cache_write: field(entry, "cacheWrite", at)?.unwrap_or(cache_default),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_litellm_and_native_entries_and_refuses_negative_prices() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("prices.json");
        std::fs::write(
            &p,
            r#"{"sample_spec": {"max_tokens": "doc", "input_cost_per_token": 0.0},
                "mock-gpt": {"input_cost_per_token": 3e-6, "output_cost_per_token": 1.5e-5,
                             "cache_read_input_token_cost": 3e-7, "litellm_provider": "mock"},
                "local/llama": {"input": 0.1, "output": 0.2}}"#,
        )
        .unwrap();
        let m = load(&p).unwrap();
        let mock = m["mock-gpt"];
        assert!((mock.input - 3.0).abs() < 1e-9 && (mock.cache_read - 0.3).abs() < 1e-9);
        assert_eq!(m["local/llama"].output, 0.2);
        std::fs::write(&p, r#"{"x": {"input": -1, "output": 2}}"#).unwrap();
        let e = load(&p).unwrap_err().to_string();
        assert!(e.contains("model 'x': negative input price (-1)"), "{e}");
        std::fs::write(&p, "not json").unwrap();
        let e = load(&p).unwrap_err().to_string();
        assert!(
            e.contains("prices.json:1:") && e.contains("not valid JSON"),
            "{e}"
        );
    }
}
