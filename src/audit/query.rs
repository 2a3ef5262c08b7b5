//! Selecting audit events: the filters shared by `audit query`, `tail`, `failures` and
//! `stats`, turned into portable SQL that the indexes on (`actor`, `timestamp`),
//! (`risk_level`, `timestamp`), (`action`, `timestamp`) and (`result`, `timestamp`) serve.

use super::{Outcome, Risk};
use crate::store::{Row, SqlValue, Store};
use anyhow::Result;
use serde::Serialize;
use serde_json::Value;

/// Columns selected for an event, in [`event_values`] order.
pub const EVENT_SQL: &str = "id, timestamp, actor, action, target, result, risk_level, metadata";

/// Output columns of an event (also its JSON keys).
pub const EVENT_COLUMNS: [&str; 9] = [
    "id",
    "time",
    "timestamp",
    "actor",
    "action",
    "target",
    "result",
    "risk_level",
    "metadata",
];

/// Which events. Text filters match exactly, or as a glob when they contain `*` or `?`.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub target: Option<String>,
    pub result: Option<Outcome>,
    pub risk: Option<Risk>,
    /// At or after (Unix ms).
    pub since: Option<i64>,
    /// Before (Unix ms).
    pub until: Option<i64>,
}

impl Filter {
    /// `WHERE …` (or an empty string) and its parameters.
    pub fn where_sql(&self) -> (String, Vec<SqlValue>) {
        let mut parts = Vec::new();
        let mut params = Vec::new();
        for (column, value) in [
            ("actor", &self.actor),
            ("action", &self.action),
            ("target", &self.target),
        ] {
            if let Some(v) = value {
                if is_glob(v) {
                    parts.push(format!("{column} LIKE ? ESCAPE '\\'"));
                    params.push(glob_to_like(v).into());
                } else {
                    parts.push(format!("{column} = ?"));
                    params.push(v.as_str().into());
                }
            }
        }
        if let Some(r) = self.result {
            parts.push("result = ?".into());
            params.push(r.as_str().into());
        }
        if let Some(r) = self.risk {
            parts.push("risk_level = ?".into());
            params.push(r.as_str().into());
        }
        if let Some(t) = self.since {
            parts.push("timestamp >= ?".into());
            params.push(t.into());
        }
        if let Some(t) = self.until {
            parts.push("timestamp < ?".into());
            params.push(t.into());
        }
        if parts.is_empty() {
            (String::new(), params)
        } else {
            (format!("WHERE {}", parts.join(" AND ")), params)
        }
    }
}

fn is_glob(s: &str) -> bool {
    s.contains(['*', '?'])
}

/// A glob (`*` any run, `?` one character) as a LIKE pattern with `\` as escape.
pub fn glob_to_like(glob: &str) -> String {
    let mut out = String::with_capacity(glob.len() + 2);
    for c in glob.chars() {
        match c {
            '*' => out.push('%'),
            '?' => out.push('_'),
            '%' | '_' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// An event row (selected with [`EVENT_SQL`]) as output cells in [`EVENT_COLUMNS`] order.
/// Metadata that is a JSON document is output as one; anything else as the stored text.
pub fn event_values(r: &Row) -> Vec<Value> {
    let ts = r.get(1).as_i64();
    let metadata = match r.get(7) {
        SqlValue::Text(t) => serde_json::from_str(t).unwrap_or_else(|_| Value::String(t.clone())),
        other => other.to_json(),
    };
    vec![
        r.get(0).to_json(),
        ts.map_or(Value::Null, |t| crate::timeparse::format_ms(t).into()),
        r.get(1).to_json(),
        r.get(2).to_json(),
        r.get(3).to_json(),
        r.get(4).to_json(),
        r.get(5).to_json(),
        r.get(6).to_json(),
        metadata,
    ]
}

/// A group of failed events.
#[derive(Debug, Clone, Serialize)]
pub struct FailureGroup {
    /// The action or the actor, by grouping.
    pub key: String,
    pub failures: i64,
    /// Distinct actors (by action) or actions (by actor).
    pub distinct: i64,
    pub first: i64,
    pub last: i64,
}

/// Failed events matching `filter`, grouped by `column` (`action` or `actor`), groups with at
/// least `min` failures, most first.
pub fn failure_groups(
    store: &mut Store,
    filter: &Filter,
    column: &str,
    min: u64,
) -> Result<Vec<FailureGroup>> {
    let other = if column == "action" {
        "actor"
    } else {
        "action"
    };
    let filter = Filter {
        result: Some(Outcome::Failed),
        ..filter.clone()
    };
    let (where_sql, mut params) = filter.where_sql();
    params.push(i64::try_from(min).unwrap_or(i64::MAX).into());
    let rows = store.query(
        &format!(
            "SELECT {column}, COUNT(*), COUNT(DISTINCT {other}), MIN(timestamp), MAX(timestamp)
             FROM audit_log {where_sql} GROUP BY {column} HAVING COUNT(*) >= ?
             ORDER BY COUNT(*) DESC, {column}"
        ),
        &params,
    )?;
    Ok(rows
        .iter()
        .map(|r| FailureGroup {
            key: r.string(0).unwrap_or_default(),
            failures: r.i64(1),
            distinct: r.i64(2),
            first: r.i64(3),
            last: r.i64(4),
        })
        .collect())
}

/// Event counts per value of `column`, with failures, most first.
#[derive(Debug, Clone, Serialize)]
pub struct Count {
    pub key: Option<String>,
    pub events: i64,
    pub failed: i64,
}

pub fn counts_by(store: &mut Store, filter: &Filter, column: &str) -> Result<Vec<Count>> {
    let (where_sql, params) = filter.where_sql();
    let rows = store.query(
        &format!(
            "SELECT {column}, COUNT(*), SUM(CASE WHEN result = 'failed' THEN 1 ELSE 0 END)
             FROM audit_log {where_sql} GROUP BY {column} ORDER BY COUNT(*) DESC, {column}"
        ),
        &params,
    )?;
    Ok(rows
        .iter()
        .map(|r| Count {
            key: r.string(0),
            events: r.i64(1),
            failed: r.i64(2),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_become_like_patterns() {
        assert_eq!(glob_to_like("agent:main:*"), "agent:main:%");
        assert_eq!(glob_to_like("a_b?%"), "a\\_b_\\%");
        let f = Filter {
            actor: Some("operator:*".into()),
            action: Some("user.purge".into()),
            risk: Some(Risk::High),
            since: Some(5),
            ..Filter::default()
        };
        let (sql, params) = f.where_sql();
        assert_eq!(
            sql,
            "WHERE actor LIKE ? ESCAPE '\\' AND action = ? AND risk_level = ? AND timestamp >= ?"
        );
        assert_eq!(params.len(), 4);
    }
}
