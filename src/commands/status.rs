//! `clawctl status`: what clawctl found in the state directory and the ops database.

use crate::app::Ctx;
use crate::output::{Output, Table};
use crate::state::{sessions, walk_files, Layout, StateDir, TranscriptKind};
use crate::store::{self, Store};
use anyhow::Result;
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct Args {}

#[derive(Debug, Default, serde::Serialize)]
struct AgentSummary {
    id: String,
    sessions: usize,
    transcripts: usize,
    transcript_bytes: u64,
    leftovers: usize,
    leftover_bytes: u64,
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    let config = ctx.bot_config()?.cloned();
    let agents = summarize_agents(&state)?;
    let (media_files, media_bytes) = media_totals(&state)?;
    let db = db_summary(ctx)?;

    let sum = |f: fn(&AgentSummary) -> u64| agents.iter().map(f).sum::<u64>();
    let totals = json!({
        "sessions": sum(|a| a.sessions as u64),
        "transcripts": sum(|a| a.transcripts as u64),
        "transcript_bytes": sum(|a| a.transcript_bytes),
        "leftovers": sum(|a| a.leftovers as u64),
        "leftover_bytes": sum(|a| a.leftover_bytes),
        "media_files": media_files,
        "media_bytes": media_bytes,
    });
    let config_json = config
        .as_ref()
        .map(|c| json!({"path": c.path, "includes": c.includes, "gateway_port": c.gateway_port()}));
    let doc = json!({
        "state_dir": state.root,
        "state_dir_source": state.source,
        "layout": state.layout,
        "layout_supported": state.layout == Layout::File,
        "bot_version": config.as_ref().and_then(|c| c.bot_version()),
        "config": config_json,
        "agents": agents,
        "totals": totals,
        "ops_db": db,
    });

    let mut summary = vec![
        (
            "state dir",
            json!(format!("{} ({})", state.root.display(), state.source)),
        ),
        ("layout", json!(layout_text(state.layout))),
        ("bot version", doc["bot_version"].clone()),
        (
            "config",
            json!(state.config_path.as_ref().map(|p| p.display().to_string())),
        ),
    ];
    for key in [
        "sessions",
        "transcripts",
        "transcript_bytes",
        "leftovers",
        "leftover_bytes",
        "media_files",
        "media_bytes",
    ] {
        summary.push((key, doc["totals"][key].clone()));
    }
    let mut agent_table = Table::new([
        "agent",
        "sessions",
        "transcripts",
        "bytes",
        "leftovers",
        "leftover bytes",
    ])
    .titled("Agents");
    for a in &agents {
        agent_table.push(vec![
            json!(a.id),
            json!(a.sessions),
            json!(a.transcripts),
            json!(a.transcript_bytes),
            json!(a.leftovers),
            json!(a.leftover_bytes),
        ]);
    }
    let mut db_table = Table::key_values(
        "Ops database",
        vec![
            ("location", db["location"].clone()),
            ("exists", db["exists"].clone()),
            ("schema version", db["schema_version"].clone()),
        ],
    );
    if let Some(rows) = db["rows"].as_object() {
        for (table, n) in rows {
            db_table.push(vec![json!(format!("rows: {table}")), n.clone()]);
        }
    }
    let human = vec![
        Table::key_values("clawctl status", summary),
        agent_table,
        db_table,
    ];
    Ok(Output::Doc { json: doc, human })
}

fn layout_text(layout: Layout) -> &'static str {
    match layout {
        Layout::File => "file (JSON5 config, JSONL transcripts)",
        Layout::Sqlite => "sqlite (OpenClaw 2026.7.2+): transcripts are not supported yet",
    }
}

fn summarize_agents(state: &StateDir) -> Result<Vec<AgentSummary>> {
    let mut out = Vec::new();
    for id in state.agents()? {
        let mut a = AgentSummary {
            sessions: sessions::load(&state.sessions_store(&id))?.len(),
            id,
            ..Default::default()
        };
        for t in state.transcripts(&a.id)? {
            if t.kind == TranscriptKind::Live {
                a.transcripts += 1;
                a.transcript_bytes += t.bytes;
            } else {
                a.leftovers += 1;
                a.leftover_bytes += t.bytes;
            }
        }
        out.push(a);
    }
    Ok(out)
}

fn media_totals(state: &StateDir) -> Result<(u64, u64)> {
    let (mut files, mut bytes) = (0u64, 0u64);
    walk_files(&state.root.join("media"), &mut |_, meta| {
        files += 1;
        bytes += meta.len();
    })?;
    Ok((files, bytes))
}

/// The ops database: opened (and migrated) only when it already exists, so `status` on a new
/// installation creates nothing.
fn db_summary(ctx: &mut Ctx) -> Result<Value> {
    let location = ctx.db_location()?;
    let is_url = location.contains("://");
    if !is_url && !std::path::Path::new(&location).exists() {
        return Ok(
            json!({"location": location, "exists": false, "schema_version": null, "rows": null}),
        );
    }
    let store: &mut Store = ctx.store()?;
    let version = store.query_i64(
        "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
        &[],
    )?;
    let mut rows = serde_json::Map::new();
    for table in store::TABLES {
        rows.insert(table.to_string(), json!(store.count(table)?));
    }
    Ok(
        json!({"location": location, "exists": true, "backend": store.kind(), "schema_version": version, "rows": rows}),
    )
}
