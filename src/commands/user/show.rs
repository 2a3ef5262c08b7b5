//! `clawctl user show`: one person in detail, and where each piece of their data lives.
//!
//! The places are the same list `user purge --dry-run` acts on, each with what a purge would
//! do there. An unfinished purge of the person is reported (field `purge.incomplete`, exit 6)
//! even when nothing else is left.

use super::{existing_db, iso, list::round_usd, not_found, resolve_person};
use crate::app::Ctx;
use crate::error::exit;
use crate::gdpr::census;
use crate::gdpr::inventory::{self, Inventory};
use crate::gdpr::media::MediaStatus;
use crate::gdpr::purge::{self, PurgeStep};
use crate::gdpr::report;
use crate::journal::Journal;
use crate::output::{Output, Table};
use anyhow::Result;
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Peer id (`+8613800138000`, `telegram:123456789`) or identityLinks name.
    pub id: String,
    /// Do not sync new transcript entries first.
    #[arg(long)]
    pub no_sync: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    crate::sync::refresh(ctx, args.no_sync, None)?;
    let pending = purge::pending_for(&state.root, &args.id)?;
    let person = match &pending {
        Some((_, p)) => p.clone(),
        None => resolve_person(ctx, &args.id)?,
    };
    let pending = pending.map(|(j, _)| j);
    let census = census::scan_for(&state, &person)?;
    let db_location = ctx.db_location()?;
    let mut inv = inventory::build(&state, &census, person, None)?;
    if let Some(db) = existing_db(ctx)? {
        let sessions = inv.own_session_ids();
        inv.db = Some(crate::gdpr::db::counts(db, &inv.person, &sessions)?);
    }
    if inv.is_empty() && pending.is_none() {
        return Err(not_found(&inv.person, &state.root));
    }
    let doc = document(&inv, &db_location, pending.as_ref());
    let human = human(&doc);
    let out = Output::Doc { json: doc, human };
    Ok(match pending {
        Some(_) => {
            ctx.warn(format!(
                "a purge of {} was interrupted and is incomplete; run `clawctl user purge {}` to finish it",
                inv.person.label(),
                args.id.trim()
            ));
            Output::WithExit(Box::new(out), exit::INCOMPLETE)
        }
        None => out,
    })
}

fn document(inv: &Inventory, db_location: &str, pending: Option<&Journal<PurgeStep>>) -> Value {
    let s = &inv.stats;
    let media_bytes: u64 = inv
        .media
        .iter()
        .filter(|m| m.file.status == MediaStatus::Present)
        .map(|m| m.file.bytes)
        .sum();
    let (cost, source) = match &inv.db {
        Some(d) if d.cost_rows > 0 => (d.cost_usd, "ops-db"),
        _ => (s.cost_recorded, "transcripts"),
    };
    let sessions: Vec<Value> = inv
        .own
        .iter()
        .map(|f| (f, "own"))
        .chain(inv.shared.iter().map(|f| (f, "shared")))
        .map(|(f, whose)| {
            json!({
                "agent": f.file.agent,
                "key": f.file.key,
                "session_id": f.file.session_id,
                "file": f.file.rel,
                "kind": f.file.kind,
                "whose": whose,
                "messages": f.messages,
                "replies": f.replies,
                "mentions": f.mentions,
                "bytes": f.file.bytes,
            })
        })
        .collect();
    let media: Vec<Value> = inv
        .media
        .iter()
        .map(|m| {
            json!({
                "path": m.file.rel.clone().unwrap_or_else(|| m.file.raw.clone()),
                "referenced_as": m.file.raw,
                "status": m.file.status,
                "bytes": m.file.bytes,
                "shared_with": m.shared_with,
            })
        })
        .collect();
    json!({
        "person": inv.person.label(),
        "canonical": inv.person.canonical,
        "ids": inv.person.ids,
        "names": s.labels,
        "channels": s.channels,
        "messages": s.messages,
        "replies": s.replies,
        "first_seen": iso(s.first_ms),
        "last_seen": iso(s.last_ms),
        "media_files": inv.media.len(),
        "media_bytes": media_bytes,
        "cost_usd": round_usd(cost),
        "cost_source": source,
        "sessions": sessions,
        "media": media,
        "locations": report::locations(inv, inv.db.as_ref().map(|_| db_location)),
        "ops_db": inv.db,
        "purge": {
            "incomplete": pending.is_some(),
            "started_at": pending.map(|j| iso(Some(j.created_at))),
            "steps_done": pending.map(|j| j.done),
            "steps_total": pending.map(|j| j.steps.len()),
        },
    })
}

fn human(doc: &Value) -> Vec<Table> {
    let mut summary = Vec::new();
    for k in [
        "person",
        "ids",
        "names",
        "channels",
        "messages",
        "replies",
        "first_seen",
        "last_seen",
        "media_files",
        "media_bytes",
        "cost_usd",
        "cost_source",
    ] {
        summary.push((k, doc[k].clone()));
    }
    if doc["purge"]["incomplete"] == true {
        summary.push(("purge", json!("INCOMPLETE: rerun `clawctl user purge`")));
    }
    let mut places = Table::new(["what", "where", "count", "bytes", "on purge"])
        .titled("where their data lives");
    for l in doc["locations"].as_array().into_iter().flatten() {
        places.push(vec![
            l["what"].clone(),
            l["place"].clone(),
            l["count"].clone(),
            l["bytes"].clone(),
            l["purge"].clone(),
        ]);
    }
    vec![
        Table::key_values(doc["person"].as_str().unwrap_or(""), summary),
        places,
    ]
}
