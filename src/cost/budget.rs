//! Budgets: daily or monthly USD limits for the whole installation, an agent, a person or a
//! session (`budgets`), and where each stands now: spent in the current period (in a time
//! zone), remaining, and the spend projected to the end of the period at the current rate.
//! A person's budget covers every peer id linked to them in `session.identityLinks`.

use super::query::{self, Agg, Filter};
use crate::state::people;
use crate::store::{SqlValue, Store};
use crate::timeparse::{Range, Unit, Zone};
use anyhow::Result;

/// Budget period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Daily,
    Monthly,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Daily => "daily",
            Period::Monthly => "monthly",
        }
    }
    fn unit(self) -> Unit {
        match self {
            Period::Daily => Unit::Day,
            Period::Monthly => Unit::Month,
        }
    }
}

/// One `budgets` row. `scope` is `global`, `agent`, `user` or `session`; `scope_id` is `''`
/// for global, an agent id, a person (identityLinks name or peer id) or a session key.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Budget {
    pub id: i64,
    pub scope: String,
    pub scope_id: String,
    pub period: Period,
    pub limit_usd: f64,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Budget {
    /// `global`, `agent:main`, `user:alice`, `session:agent:main:main`.
    pub fn target(&self) -> String {
        if self.scope == "global" {
            "global".into()
        } else {
            format!("{}:{}", self.scope, self.scope_id)
        }
    }

    /// The calls this budget counts.
    pub fn filter(&self, range: Range, links: &[(String, Vec<String>)]) -> Filter {
        let mut f = Filter {
            range,
            ..Filter::default()
        };
        match self.scope.as_str() {
            "agent" => f.agent = Some(self.scope_id.clone()),
            "user" => f.users = Some(people::expand_person(&self.scope_id, links).1),
            "session" => f.session_key = Some(self.scope_id.clone()),
            _ => {}
        }
        f
    }

    /// Whether this budget covers a call by these people, in this agent and session.
    pub fn covers(
        &self,
        agent: Option<&str>,
        user_ids: &[String],
        session_key: Option<&str>,
        links: &[(String, Vec<String>)],
    ) -> bool {
        match self.scope.as_str() {
            "global" => true,
            "agent" => agent == Some(self.scope_id.as_str()),
            "session" => session_key == Some(self.scope_id.as_str()),
            "user" => {
                let ids = people::expand_person(&self.scope_id, links).1;
                user_ids.iter().any(|u| ids.contains(u))
            }
            _ => false,
        }
    }
}

pub fn list(store: &mut Store) -> Result<Vec<Budget>> {
    let rows = store.query(
        "SELECT id, scope, scope_id, period, limit_usd, created_at, updated_at FROM budgets \
         ORDER BY CASE scope WHEN 'global' THEN 0 WHEN 'agent' THEN 1 WHEN 'user' THEN 2 ELSE 3 END, \
         scope_id, period",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|r| Budget {
            id: r.i64(0),
            scope: r.string(1).unwrap_or_default(),
            scope_id: r.string(2).unwrap_or_default(),
            period: if r.string(3).as_deref() == Some("monthly") {
                Period::Monthly
            } else {
                Period::Daily
            },
            limit_usd: r.f64(4),
            created_at: r.i64(5),
            updated_at: r.i64(6),
        })
        .collect())
}

/// Create or change a budget; returns the previous limit, if there was one.
pub fn set(
    store: &mut Store,
    scope: &str,
    scope_id: &str,
    period: Period,
    limit_usd: f64,
    now: i64,
) -> Result<Option<f64>> {
    store.transaction(|s| {
        let previous = s
            .query_one(
                "SELECT limit_usd FROM budgets WHERE scope = ? AND scope_id = ? AND period = ?",
                &[scope.into(), scope_id.into(), period.as_str().into()],
            )?
            .map(|r| r.f64(0));
        s.execute(
            "INSERT INTO budgets (scope, scope_id, period, limit_usd, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) \
             ON CONFLICT (scope, scope_id, period) DO UPDATE SET limit_usd = excluded.limit_usd, updated_at = excluded.updated_at",
            &[
                scope.into(),
                scope_id.into(),
                period.as_str().into(),
                SqlValue::Real(limit_usd),
                now.into(),
                now.into(),
            ],
        )?;
        Ok(previous)
    })
}

/// Where a budget stands now.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Status {
    #[serde(flatten)]
    pub budget: Budget,
    pub period_start: i64,
    pub period_end: i64,
    #[serde(flatten)]
    pub spent: Agg,
    pub remaining_usd: f64,
    /// Spent as a share of the limit, in percent (`None` for a zero limit).
    pub used_pct: Option<f64>,
    /// Spend at the end of the period if it goes on at the rate so far.
    pub projected_usd: f64,
}

impl Status {
    /// At or over `threshold` percent (a zero limit is over as soon as anything is spent).
    pub fn over(&self, threshold_pct: f64) -> bool {
        match self.used_pct {
            Some(p) => p >= threshold_pct,
            None => self.spent.cost_usd > 0.0 || self.spent.unpriced_requests > 0,
        }
    }
}

pub fn status(
    store: &mut Store,
    budget: &Budget,
    zone: &Zone,
    now: i64,
    links: &[(String, Vec<String>)],
) -> Result<Status> {
    let unit = budget.period.unit();
    let start = zone.period_start(unit, now);
    let end = zone.period_end(unit, now);
    let range = Range {
        since: Some(start),
        until: Some(now + 1),
    };
    let spent = query::total(store, &budget.filter(range, links))?;
    let elapsed = (now - start).max(60_000) as f64;
    let projected = spent.cost_usd * (end - start) as f64 / elapsed;
    Ok(Status {
        budget: budget.clone(),
        period_start: start,
        period_end: end,
        spent,
        remaining_usd: budget.limit_usd - spent.cost_usd,
        used_pct: (budget.limit_usd > 0.0)
            .then(|| super::round(spent.cost_usd / budget.limit_usd * 100.0, 2)),
        projected_usd: projected.max(spent.cost_usd),
    })
}
