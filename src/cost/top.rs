//! The most expensive turns, sessions or single calls: "what was that $5 turn". A turn is a
//! user message and every model call that answered it (tool loops included), keyed by
//! `cost_attribution.turn_key`; rows the bot side wrote without one count as their own turn.

use super::query::{where_clause, Agg, Filter, SUMS_BASE};
use crate::state::people;
use crate::store::Store;
use anyhow::Result;

/// What to rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum What {
    /// A user message and all calls answering it.
    Turns,
    Sessions,
    /// Single model calls.
    Calls,
}

/// One ranked item.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Ranked {
    pub key: String,
    pub first: i64,
    pub last: i64,
    pub session_key: Option<String>,
    pub session_id: Option<String>,
    pub user_id: Option<String>,
    pub agent_id: Option<String>,
    pub model: Option<String>,
    pub task_type: Option<String>,
    #[serde(flatten)]
    pub agg: Agg,
    /// The start of the user message that began the turn (turns and calls).
    pub prompt: Option<String>,
}

pub fn top(store: &mut Store, filter: &Filter, what: What, n: usize) -> Result<Vec<Ranked>> {
    let (wh, mut params) =
        where_clause(filter, "timestamp", filter.range.since, filter.range.until);
    let sql = match what {
        What::Turns | What::Sessions => {
            let key = if what == What::Turns {
                "COALESCE(turn_key, call_key, 'row:' || CAST(id AS TEXT))"
            } else {
                "COALESCE(session_id, '')"
            };
            format!(
                "SELECT {key} AS k, MIN(timestamp), MAX(timestamp), MAX(session_key), MAX(session_id), \
                 {}, MAX(agent_id), {}, {}, {SUMS_BASE} \
                 FROM cost_attribution{wh} GROUP BY k \
                 ORDER BY COALESCE(SUM(cost), 0) DESC, COUNT(*) DESC, k LIMIT ?",
                one_or_several("user_id"),
                one_or_several("model"),
                one_or_several("task_type"),
            )
        }
        What::Calls => format!(
            "SELECT COALESCE(call_key, 'row:' || CAST(id AS TEXT)), timestamp, timestamp, session_key, \
             session_id, user_id, agent_id, model, task_type, 1, COALESCE(input_tokens, 0), \
             COALESCE(output_tokens, 0), COALESCE(cache_read_tokens, 0), COALESCE(cache_write_tokens, 0), \
             COALESCE(cost, 0), CASE WHEN cost IS NULL THEN 1 ELSE 0 END, turn_key \
             FROM cost_attribution{wh} ORDER BY COALESCE(cost, 0) DESC, timestamp DESC LIMIT ?"
        ),
    };
    params.push((n as i64).into());
    let mut out = Vec::new();
    for r in store.query(&sql, &params)? {
        out.push(Ranked {
            key: r.string(0).unwrap_or_default(),
            first: r.i64(1),
            last: r.i64(2),
            session_key: r.string(3),
            session_id: r.string(4),
            user_id: r.string(5),
            agent_id: r.string(6),
            model: r.string(7),
            task_type: r.string(8),
            agg: Agg::from_row(&r, 9),
            prompt: match what {
                What::Turns => Some(r.string(0).unwrap_or_default()),
                What::Calls => r.string(16),
                What::Sessions => None,
            },
        });
    }
    for item in &mut out {
        if let Some(turn) = item.prompt.take() {
            item.prompt = prompt_preview(store, &turn)?;
        }
    }
    Ok(out)
}

/// The column's value when all rows agree, `(several)` otherwise.
fn one_or_several(col: &str) -> String {
    format!("CASE WHEN COUNT(DISTINCT {col}) > 1 THEN '(several)' ELSE MAX({col}) END")
}

/// The first 80 characters of a user message's body (envelope and media lines removed).
fn prompt_preview(store: &mut Store, message_key: &str) -> Result<Option<String>> {
    let Some(row) = store.query_one(
        "SELECT text FROM messages WHERE message_key = ? AND role = 'user'",
        &[message_key.into()],
    )?
    else {
        return Ok(None);
    };
    let text = row.string(0).unwrap_or_default();
    let body = match people::envelope(&text) {
        Some(env) => people::group_sender(env.body)
            .and_then(|_| env.body.split_once(": ").map(|(_, b)| b))
            .unwrap_or(env.body)
            .to_string(),
        None => text,
    };
    let line: String = body
        .lines()
        .filter(|l| !l.trim_start().starts_with("[media attached"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut preview: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        preview.push('…');
    }
    Ok(Some(preview))
}
