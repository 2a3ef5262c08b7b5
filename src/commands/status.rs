//! `clawctl status`: what clawctl found in the state directory and the ops database.

use crate::app::Ctx;
use crate::output::{Output, Table};
use crate::state::events::sqlite::SqliteSource;
use crate::state::events::EventSource;
use crate::state::sqlite_layout::{self as layout, BotDb};
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
    /// SQLite layout: events in `transcript_events`, how many are zstd-compressed, and the
    /// agent database.
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    compressed_events: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    database: Option<Value>,
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<Output> {
    let state = ctx.state()?.clone();
    let config = ctx.bot_config()?.cloned();
    let (agents, bot_dbs) = match state.layout {
        Layout::File => (summarize_agents(&state)?, None),
        Layout::Sqlite => {
            let source = SqliteSource::open(state.clone())?;
            for w in source.warnings() {
                ctx.warn(w);
            }
            (
                summarize_sqlite_agents(&state, &source)?,
                Some(bot_databases(&source)),
            )
        }
    };
    let (media_files, media_bytes) = media_totals(&state)?;
    let db = db_summary(ctx)?;

    let sum = |f: fn(&AgentSummary) -> u64| agents.iter().map(f).sum::<u64>();
    let totals = json!({
        "sessions": sum(|a| a.sessions as u64),
        "transcripts": sum(|a| a.transcripts as u64),
        "transcript_bytes": sum(|a| a.transcript_bytes),
        "leftovers": sum(|a| a.leftovers as u64),
        "leftover_bytes": sum(|a| a.leftover_bytes),
        "events": agents.iter().map(|a| a.events).sum::<Option<u64>>(),
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
        "layout_supported": true,
        "layout_access": match state.layout {
            Layout::File => "read-write",
            Layout::Sqlite => "read-only",
        },
        "bot_version": config
            .as_ref()
            .and_then(|c| c.bot_version())
            .map(str::to_string)
            .or_else(|| bot_dbs.as_ref().and_then(|d| d["app_version"].as_str().map(str::to_string))),
        "bot_databases": bot_dbs,
        "config": config_json,
        "agents": agents,
        "totals": totals,
        "ops_db": db,
    });

    let sqlite = state.layout == Layout::Sqlite;
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
    if sqlite {
        summary.push((
            "schema versions tested",
            json!(format!(
                "agent {}; global {}",
                layout::versions_text(&layout::TESTED_AGENT_SCHEMA_VERSIONS),
                layout::versions_text(&layout::TESTED_GLOBAL_SCHEMA_VERSIONS)
            )),
        ));
    }
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
    let mut columns = vec![
        "agent",
        "sessions",
        "transcripts",
        "bytes",
        "leftovers",
        "leftover bytes",
    ];
    if sqlite {
        columns.extend(["events", "compressed", "schema"]);
    }
    let mut agent_table = Table::new(columns).titled("Agents");
    for a in &agents {
        let mut row = vec![
            json!(a.id),
            json!(a.sessions),
            json!(a.transcripts),
            json!(a.transcript_bytes),
            json!(a.leftovers),
            json!(a.leftover_bytes),
        ];
        if sqlite {
            let db = a.database.clone().unwrap_or(Value::Null);
            row.extend([
                json!(a.events),
                json!(a.compressed_events),
                json!(format!(
                    "{} ({})",
                    db["schema_version"],
                    db["compat"].as_str().unwrap_or("-")
                )),
            ]);
        }
        agent_table.push(row);
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
        Layout::Sqlite => "sqlite (OpenClaw 2026.7.2+): read-only, the gateway owns its databases",
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

/// The SQLite layout: sessions from `session_nodes`, transcripts and events from
/// `transcript_events`, leftovers from `session_transcript_archives` (plus JSONL files the
/// databases do not cover).
fn summarize_sqlite_agents(state: &StateDir, source: &SqliteSource) -> Result<Vec<AgentSummary>> {
    let mut out = Vec::new();
    for id in source.agents()? {
        let mut a = AgentSummary {
            sessions: source.sessions(&id)?.0.len(),
            ..Default::default()
        };
        if let Some(db) = source.agent_db(&id) {
            let (bytes, compressed) = layout::events::totals(db)?;
            a.transcript_bytes = bytes;
            a.compressed_events = Some(compressed);
            a.events = Some(0);
            a.database = Some(db_json(state, db));
        }
        for t in source.transcripts(&id)? {
            if t.kind == TranscriptKind::Live {
                a.transcripts += 1;
                a.events = a.events.map(|n| n + t.events.unwrap_or(0));
                if !t.in_bot_database() {
                    a.transcript_bytes += t.bytes;
                }
            } else {
                a.leftovers += 1;
                a.leftover_bytes += t.bytes;
            }
        }
        a.id = id;
        out.push(a);
    }
    Ok(out)
}

/// The bot's databases and the schema versions clawctl is tested against.
fn bot_databases(source: &SqliteSource) -> Value {
    let global = source.global();
    json!({
        "tested_agent_schema_versions": layout::TESTED_AGENT_SCHEMA_VERSIONS,
        "tested_global_schema_versions": layout::TESTED_GLOBAL_SCHEMA_VERSIONS,
        "app_version": global.and_then(|g| g.meta.as_ref()).and_then(|m| m.app_version.clone()),
        "global": global.map(|g| json!({
            "path": g.path,
            "schema_version": g.schema_version(),
            "compat": g.compat(),
        })),
    })
}

fn db_json(state: &StateDir, db: &BotDb) -> Value {
    let meta = db.meta.as_ref();
    json!({
        "path": db.path.strip_prefix(&state.root).unwrap_or(&db.path),
        "schema_version": db.schema_version(),
        "compat": db.compat(),
        "app_version": meta.and_then(|m| m.app_version.clone()),
        "agent_id": meta.and_then(|m| m.agent_id.clone()),
    })
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
