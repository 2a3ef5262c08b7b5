//! A small built-in price list for common models, the last resort after the bot's config and
//! a pricing file. USD per million tokens: input, output, cache read, cache write. Public list
//! prices as of early 2026; operators with other contracts should price models in the config.

use super::Price;

const fn p(input: f64, output: f64, cache_read: f64, cache_write: f64) -> Price {
    Price {
        input,
        output,
        cache_read,
        cache_write,
    }
}

/// (model id, price). Matched after stripping a provider prefix and a date suffix.
pub const MODELS: &[(&str, Price)] = &[
    ("claude-opus-4-5", p(5.0, 25.0, 0.5, 6.25)),
    ("claude-opus-4-1", p(15.0, 75.0, 1.5, 18.75)),
    ("claude-opus-4", p(15.0, 75.0, 1.5, 18.75)),
    ("claude-sonnet-4-5", p(3.0, 15.0, 0.3, 3.75)),
    ("claude-sonnet-4", p(3.0, 15.0, 0.3, 3.75)),
    ("claude-3-7-sonnet", p(3.0, 15.0, 0.3, 3.75)),
    ("claude-3-5-sonnet", p(3.0, 15.0, 0.3, 3.75)),
    ("claude-haiku-4-5", p(1.0, 5.0, 0.1, 1.25)),
    ("claude-3-5-haiku", p(0.8, 4.0, 0.08, 1.0)),
    ("claude-3-haiku", p(0.25, 1.25, 0.03, 0.3)),
    ("gpt-5", p(1.25, 10.0, 0.125, 0.0)),
    ("gpt-5-mini", p(0.25, 2.0, 0.025, 0.0)),
    ("gpt-5-nano", p(0.05, 0.4, 0.005, 0.0)),
    ("gpt-4.1", p(2.0, 8.0, 0.5, 0.0)),
    ("gpt-4.1-mini", p(0.4, 1.6, 0.1, 0.0)),
    ("gpt-4.1-nano", p(0.1, 0.4, 0.025, 0.0)),
    ("gpt-4o", p(2.5, 10.0, 1.25, 0.0)),
    ("gpt-4o-mini", p(0.15, 0.6, 0.075, 0.0)),
    ("o3", p(2.0, 8.0, 0.5, 0.0)),
    ("o4-mini", p(1.1, 4.4, 0.275, 0.0)),
    ("gemini-2.5-pro", p(1.25, 10.0, 0.125, 0.0)),
    ("gemini-2.5-flash", p(0.3, 2.5, 0.03, 0.0)),
    ("gemini-2.5-flash-lite", p(0.1, 0.4, 0.01, 0.0)),
    ("deepseek-chat", p(0.28, 0.42, 0.028, 0.0)),
    ("deepseek-reasoner", p(0.28, 0.42, 0.028, 0.0)),
];
