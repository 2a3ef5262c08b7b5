//! The bot's metrics from the ops database, with the article's names:
//! `clawdbot_messages_total{platform,status}`, `clawdbot_ai_call_duration_seconds{model}`
//! (histogram, buckets 0.1 0.5 1 2 5 10 s, from `cost_attribution.duration_ms`),
//! `clawdbot_cost_usd{model}`, plus calls and tokens by model and budget usage.
//!
//! Counters are aggregated incrementally: an [`Aggregator`] remembers the highest row id it
//! has counted in each table and only reads newer rows on the next refresh, so `metrics serve`
//! answers a scrape in milliseconds on a database of any size. Rows deleted later (retention,
//! erasure) stay counted, as Prometheus counters must never go down; a restart recounts.

use super::exposition::{Exposition, Kind};
use crate::store::{SqlValue, Store};
use anyhow::Result;
use chrono::{DateTime, Datelike, NaiveDate, TimeZone};
use std::collections::BTreeMap;

/// Upper bounds of the call-duration histogram, in seconds (the article's buckets).
pub const DURATION_BUCKETS: [f64; 6] = [0.1, 0.5, 1.0, 2.0, 5.0, 10.0];

#[derive(Debug, Clone, Default)]
struct ModelStats {
    calls: u64,
    cost: f64,
    tokens: [u64; 4],
    /// Calls per bucket (not cumulative); index 6 is above the last bound.
    buckets: [u64; 7],
    timed: u64,
    duration_sum_s: f64,
}

/// Running totals over the ops database.
#[derive(Debug, Clone, Default)]
pub struct Aggregator {
    messages_seen: i64,
    calls_seen: i64,
    /// (platform, status) → messages.
    messages: BTreeMap<(String, String), u64>,
    calls: BTreeMap<String, ModelStats>,
}

impl Aggregator {
    /// Count the rows added since the last refresh.
    pub fn refresh(&mut self, store: &mut Store) -> Result<()> {
        let top = next_range(store, "messages", &mut self.messages_seen)?;
        store.query_each(
            "SELECT COALESCE(NULLIF(channel, ''), 'unknown'), role, COUNT(*) FROM messages
             WHERE id > ? AND id <= ? AND role IN ('user', 'assistant') GROUP BY 1, 2",
            &[SqlValue::Int(self.messages_seen), SqlValue::Int(top)],
            |r| {
                let status = if r.string(1).as_deref() == Some("user") {
                    "received"
                } else {
                    "sent"
                };
                *self
                    .messages
                    .entry((r.string(0).unwrap_or_default(), status.to_string()))
                    .or_default() += r.i64(2).max(0) as u64;
                Ok(())
            },
        )?;
        self.messages_seen = top;

        let top = next_range(store, "cost_attribution", &mut self.calls_seen)?;
        let bucket_sql: Vec<String> = bucket_conditions()
            .iter()
            .map(|c| format!("SUM(CASE WHEN {c} THEN 1 ELSE 0 END)"))
            .collect();
        let sql = format!(
            "SELECT provider, model, COUNT(*), SUM(COALESCE(cost, 0)), SUM(COALESCE(input_tokens, 0)),
                    SUM(COALESCE(output_tokens, 0)), SUM(cache_read_tokens), SUM(cache_write_tokens),
                    COUNT(duration_ms), SUM(COALESCE(duration_ms, 0)),
                    SUM(CASE WHEN duration_ms > {last} THEN 1 ELSE 0 END), {buckets}
             FROM cost_attribution WHERE id > ? AND id <= ? GROUP BY provider, model",
            last = (DURATION_BUCKETS[5] * 1000.0) as i64,
            buckets = bucket_sql.join(", "),
        );
        store.query_each(
            &sql,
            &[SqlValue::Int(self.calls_seen), SqlValue::Int(top)],
            |r| {
                let m = self
                    .calls
                    .entry(model_label(r.string(0).as_deref(), r.string(1).as_deref()))
                    .or_default();
                m.calls += r.i64(2).max(0) as u64;
                m.cost += r.f64(3);
                for i in 0..4 {
                    m.tokens[i] += r.i64(4 + i).max(0) as u64;
                }
                m.timed += r.i64(8).max(0) as u64;
                m.duration_sum_s += r.f64(9) / 1000.0;
                m.buckets[6] += r.i64(10).max(0) as u64;
                for i in 0..6 {
                    m.buckets[i] += r.i64(11 + i).max(0) as u64;
                }
                Ok(())
            },
        )?;
        self.calls_seen = top;
        Ok(())
    }

    /// The counters as an exposition.
    pub fn exposition(&self) -> Exposition {
        let mut e = Exposition::default();
        let f = e.family(
            "clawdbot_messages_total",
            "Messages in the bot's transcripts by platform (channel) and status (received from a person, sent by the bot).",
            Kind::Counter,
        );
        for ((platform, status), n) in &self.messages {
            f.sample(&[("platform", platform), ("status", status)], *n as f64);
        }
        let f = e.family(
            "clawdbot_ai_calls_total",
            "Model calls (real calls only: delivery mirrors and injected entries are excluded).",
            Kind::Counter,
        );
        for (model, s) in &self.calls {
            f.sample(&[("model", model)], s.calls as f64);
        }
        let f = e.family(
            "clawdbot_ai_call_duration_seconds",
            "Model call duration: the assistant entry's time minus the preceding user or tool-result entry's.",
            Kind::Histogram,
        );
        for (model, s) in self.calls.iter().filter(|(_, s)| s.timed > 0) {
            let buckets: Vec<(f64, u64)> = DURATION_BUCKETS
                .iter()
                .zip(s.buckets)
                .map(|(le, n)| (*le, n))
                .collect();
            f.histogram(&[("model", model)], &buckets, s.duration_sum_s, s.timed);
        }
        let f = e.family(
            "clawdbot_cost_usd",
            "Cost of model calls in USD (recorded by the bot, or estimated from the config's prices).",
            Kind::Counter,
        );
        for (model, s) in &self.calls {
            f.sample(&[("model", model)], s.cost);
        }
        let f = e.family(
            "clawdbot_tokens_total",
            "Tokens of model calls by model and type (input, output, cache_read, cache_write).",
            Kind::Counter,
        );
        for (model, s) in &self.calls {
            for (i, kind) in ["input", "output", "cache_read", "cache_write"]
                .iter()
                .enumerate()
            {
                f.sample(&[("model", model), ("type", kind)], s.tokens[i] as f64);
            }
        }
        e
    }
}

/// SQL conditions selecting each bucket alone: `duration_ms <= 100`, then
/// `duration_ms > 100 AND duration_ms <= 500`, …
fn bucket_conditions() -> Vec<String> {
    let ms: Vec<i64> = DURATION_BUCKETS
        .iter()
        .map(|s| (s * 1000.0) as i64)
        .collect();
    ms.iter()
        .enumerate()
        .map(|(i, b)| match i {
            0 => format!("duration_ms <= {b}"),
            _ => format!("duration_ms > {} AND duration_ms <= {b}", ms[i - 1]),
        })
        .collect()
}

/// The id range (seen, top] to count next. When rows at the end of the table were deleted,
/// SQLite may hand their ids out again, so `seen` drops back to the current maximum.
fn next_range(store: &mut Store, table: &str, seen: &mut i64) -> Result<i64> {
    let top = store.query_i64(&format!("SELECT COALESCE(MAX(id), 0) FROM {table}"), &[])?;
    if top < *seen {
        *seen = top;
    }
    Ok(top)
}

/// `provider/model`, as the bot's config names models; `unknown` when the row has none.
fn model_label(provider: Option<&str>, model: Option<&str>) -> String {
    match (
        provider.filter(|p| !p.is_empty()),
        model.filter(|m| !m.is_empty()),
    ) {
        (_, None) => "unknown".into(),
        (Some(p), Some(m)) if !m.contains('/') => format!("{p}/{m}"),
        (_, Some(m)) => m.to_string(),
    }
}

/// One budget and what has been spent against it in the current period.
#[derive(Debug, Clone)]
pub struct BudgetUsage {
    pub scope: String,
    pub scope_id: String,
    pub period: String,
    pub limit_usd: f64,
    pub spent_usd: f64,
}

/// Spend of every budget in its current day or month (boundaries in `tz`).
pub fn budget_usage<Tz: TimeZone>(
    store: &mut Store,
    now: DateTime<Tz>,
) -> Result<Vec<BudgetUsage>> {
    let budgets = store.query(
        "SELECT scope, scope_id, period, limit_usd FROM budgets ORDER BY scope, scope_id, period",
        &[],
    )?;
    let mut out = Vec::new();
    for b in budgets {
        let (scope, scope_id, period) = (
            b.string(0).unwrap_or_default(),
            b.string(1).unwrap_or_default(),
            b.string(2).unwrap_or_default(),
        );
        let since = period_start(&now, &period);
        let (filter, params): (&str, Vec<SqlValue>) = match scope.as_str() {
            "agent" => ("AND agent_id = ?", vec![scope_id.clone().into()]),
            "user" => (
                "AND (user_id = ? OR user_id IN (SELECT user_id FROM users WHERE canonical_id = ?))",
                vec![scope_id.clone().into(), scope_id.clone().into()],
            ),
            "session" => (
                "AND (session_key = ? OR session_id = ?)",
                vec![scope_id.clone().into(), scope_id.clone().into()],
            ),
            _ => ("", vec![]),
        };
        let mut all = vec![SqlValue::Int(since)];
        all.extend(params);
        let spent = store
            .query_one(
                &format!("SELECT COALESCE(SUM(cost), 0) FROM cost_attribution WHERE timestamp >= ? {filter}"),
                &all,
            )?
            .map(|r| r.f64(0))
            .unwrap_or(0.0);
        out.push(BudgetUsage {
            scope,
            scope_id,
            period,
            limit_usd: b.f64(3),
            spent_usd: spent,
        });
    }
    Ok(out)
}

/// Start of the current day (`daily`) or month (anything else), in Unix milliseconds.
fn period_start<Tz: TimeZone>(now: &DateTime<Tz>, period: &str) -> i64 {
    let date = now.date_naive();
    let first = if period == "daily" {
        date
    } else {
        NaiveDate::from_ymd_opt(date.year(), date.month(), 1).unwrap_or(date)
    };
    let midnight = first.and_hms_opt(0, 0, 0).unwrap_or_default();
    now.timezone()
        .from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.timestamp_millis())
        .unwrap_or_else(|| midnight.and_utc().timestamp_millis())
}

/// Budget gauges: limit, spent and their ratio per budget.
pub fn budget_exposition(budgets: &[BudgetUsage]) -> Exposition {
    let mut e = Exposition::default();
    let labels = |b: &BudgetUsage| {
        [
            ("scope", b.scope.clone()),
            ("scope_id", b.scope_id.clone()),
            ("period", b.period.clone()),
        ]
    };
    for (name, help) in [
        (
            "clawdbot_budget_limit_usd",
            "Budget limit in USD for the current period.",
        ),
        (
            "clawdbot_budget_spent_usd",
            "Spent in USD in the budget's current day or month.",
        ),
        (
            "clawdbot_budget_usage_ratio",
            "Spent divided by the limit (1 means the budget is used up).",
        ),
    ] {
        let f = e.family(name, help, Kind::Gauge);
        for b in budgets {
            let value = match name {
                "clawdbot_budget_limit_usd" => b.limit_usd,
                "clawdbot_budget_spent_usd" => b.spent_usd,
                _ if b.limit_usd > 0.0 => b.spent_usd / b.limit_usd,
                _ if b.spent_usd > 0.0 => f64::INFINITY,
                _ => 0.0,
            };
            let l = labels(b);
            let refs: Vec<(&str, &str)> = l.iter().map(|(k, v)| (*k, v.as_str())).collect();
            f.sample(&refs, value);
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_labels_carry_the_provider_once() {
        assert_eq!(
            model_label(Some("anthropic"), Some("claude-opus-4-5")),
            "anthropic/claude-opus-4-5"
        );
        assert_eq!(
            model_label(Some("openai"), Some("openai/gpt-5-mini")),
            "openai/gpt-5-mini"
        );
        assert_eq!(model_label(None, Some("m")), "m");
        assert_eq!(model_label(Some("p"), None), "unknown");
    }

    #[test]
    fn periods_start_at_local_midnight_and_the_first_of_the_month() {
        let tz: chrono_tz::Tz = "Europe/Berlin".parse().unwrap();
        let now = tz.with_ymd_and_hms(2026, 11, 20, 9, 30, 0).unwrap();
        let day = tz.with_ymd_and_hms(2026, 11, 20, 0, 0, 0).unwrap();
        let month = tz.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
        assert_eq!(period_start(&now, "daily"), day.timestamp_millis());
        assert_eq!(period_start(&now, "monthly"), month.timestamp_millis());
    }
}
