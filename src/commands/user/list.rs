//! `clawctl user list`: everyone clawctl can find: ids, channels, sessions, messages, media, cost.
//!
//! People come from the bot's files (transcript senders and direct-session owners), grouped by
//! `session.identityLinks`, plus anyone the ops database knows; so the list works before the
//! first `sync` and after transcripts have been deleted.

use super::{existing_db, iso};
use crate::app::Ctx;
use crate::gdpr::census::{self, Stats};
use crate::gdpr::media::MediaStatus;
use crate::gdpr::purge;
use crate::output::{Output, Table};
use crate::state::people::{canonical_of, session_owner};
use crate::state::session_key::SessionKey;
use anyhow::Result;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

#[derive(Default)]
struct Row {
    ids: BTreeSet<String>,
    stats: Stats,
    db_cost: Option<f64>,
    db_messages: i64,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    crate::sync::refresh(ctx, args.no_sync, None)?;
    let links = ctx
        .bot_config()?
        .map(|c| c.identity_links())
        .unwrap_or_default();
    let census = census::scan(&state)?;
    // A half-finished purge may already have removed the person's identityLinks entry.
    let pending = purge::pending_for_any(&state.root)?;
    let person_of = |id: &str| match &pending {
        Some(p) if p.has(id) => p.label(),
        _ => canonical_of(id, &links).unwrap_or_else(|| id.to_string()),
    };

    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    for (id, s) in &census.people {
        let row = rows.entry(person_of(id)).or_default();
        row.ids.insert(id.clone());
        row.stats.merge(s);
    }
    for store in &census.stores {
        for e in &store.entries {
            if let Some(owner) = session_owner(&SessionKey::parse(&e.key), Some(e)) {
                rows.entry(person_of(&owner)).or_default().ids.insert(owner);
            }
        }
    }
    if let Some(db) = existing_db(ctx)? {
        let mut db_rows: Vec<(String, f64, i64)> = Vec::new();
        db.query_each(
            "SELECT user_id, SUM(cost), SUM(n) FROM (
               SELECT user_id, cost, 0 AS n FROM cost_attribution WHERE user_id IS NOT NULL
               UNION ALL SELECT user_id, 0, 1 FROM messages WHERE user_id IS NOT NULL AND role = 'user'
               UNION ALL SELECT user_id, 0, 0 FROM users
             ) AS u GROUP BY user_id ORDER BY user_id",
            &[],
            |r| {
                db_rows.push((r.string(0).unwrap_or_default(), r.f64(1), r.i64(2)));
                Ok(())
            },
        )?;
        for (id, cost, messages) in db_rows {
            if id.starts_with("erased:") {
                continue;
            }
            let row = rows.entry(person_of(&id)).or_default();
            row.ids.insert(id);
            *row.db_cost.get_or_insert(0.0) += cost;
            row.db_messages += messages;
        }
    }
    if let Some(p) = &pending {
        // Listed until the purge finishes, even when nothing of theirs is left.
        rows.entry(p.label())
            .or_default()
            .ids
            .extend(p.ids.iter().cloned());
    }
    let mut table = Table::new([
        "person",
        "names",
        "ids",
        "channels",
        "sessions_own",
        "sessions_shared",
        "messages",
        "media",
        "media_bytes",
        "first_seen",
        "last_seen",
        "cost_usd",
        "cost_source",
        "purge_incomplete",
    ]);
    for (person, row) in rows {
        let s = &row.stats;
        let own: BTreeSet<&str> = s
            .own_files
            .iter()
            .map(|&i| census.files[i].session_id.as_str())
            .collect();
        let shared: BTreeSet<&str> = s
            .shared_files
            .iter()
            .map(|&i| census.files[i].session_id.as_str())
            .collect();
        let media_bytes: u64 = s
            .media
            .iter()
            .filter_map(|k| census.media.get(k))
            .filter(|(f, _)| f.status == MediaStatus::Present)
            .map(|(f, _)| f.bytes)
            .sum();
        let (cost, source) = match row.db_cost {
            Some(c) => (c, "ops-db"),
            None => (s.cost_recorded, "transcripts"),
        };
        let channels: BTreeSet<String> = s
            .channels
            .iter()
            .cloned()
            .chain(row.ids.iter().filter_map(|i| channel_of(i)))
            .collect();
        table.push(vec![
            json!(person),
            json!(s.labels),
            json!(row.ids),
            json!(channels),
            json!(own.len()),
            json!(shared.len()),
            json!(s.messages.max(row.db_messages as u64)),
            json!(s.media.len()),
            json!(media_bytes),
            iso(s.first_ms),
            iso(s.last_ms),
            json!(round_usd(cost)),
            json!(source),
            Value::Bool(
                pending
                    .as_ref()
                    .is_some_and(|p| row.ids.iter().any(|i| p.has(i))),
            ),
        ]);
    }
    Ok(Output::Table(table.titled("people")))
}

/// `telegram` for `telegram:123`; phone numbers say nothing about their channel.
fn channel_of(id: &str) -> Option<String> {
    id.split_once(':').map(|(c, _)| c.to_string())
}

/// Dollars to 1e-9 precision (drops float noise such as 0.09200000000000001).
pub fn round_usd(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}
