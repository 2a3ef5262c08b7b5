//! What goes into a person's export (GDPR Art. 15 and 20), in a fixed order.
//!
//! `README.txt`, `profile.json`, `messages.jsonl` (their lines and the bot's replies to them),
//! `sessions.json`, the original transcripts of the sessions that are theirs alone in
//! `transcripts/`, their media files in `files/`, `media.json`, then their rows of the ops
//! database (`cost.jsonl`, `audit.jsonl`, `database/…`) and `manifest.json` with the SHA-256 of
//! every other file. From shared sessions only their own lines and the bot's direct replies to
//! them are exported, never anyone else's messages.

use super::archive::{Entry, Sink};
use super::census::line_channel;
use super::inventory::{FileLines, Inventory};
use super::iso;
use super::lines::{self, is_synthetic, line_ms, Classifier, LineClass};
use super::media::MediaStatus;
use crate::state::transcript::{message, message_text};
use crate::store::Store;
use anyhow::{Context, Result};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// What an export contained.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub sessions_own: u64,
    pub sessions_shared: u64,
    pub messages_from_them: u64,
    pub replies_to_them: u64,
    pub transcripts: u64,
    pub media_files: u64,
    pub media_bytes: u64,
    pub media_not_included: u64,
    pub cost_rows: u64,
    pub audit_events: u64,
    pub database_rows: u64,
}

pub const README: &str = "\
This archive holds the personal data that the operator of this chat bot keeps about you.
It was written by clawctl, the operator's tool for the Clawdbot / Moltbot / OpenClaw bot.

What is in it:
  profile.json     who you are to the bot: your ids on each channel, names, first and last
                   contact, preferences
  messages.jsonl   every message you sent and every direct reply the bot gave you, one per
                   line (time, channel, conversation, text, attachments)
  sessions.json    the conversations these messages belong to
  transcripts/     the bot's own files of the conversations that were yours alone (your direct
                   chats with the bot), exactly as the bot stored them, including copies the bot
                   kept after a conversation was reset or deleted (where the bot keeps
                   conversations in its database, one line per stored event)
  files/           the files you sent (photos, voice notes, documents)
  media.json       which file is which, and files that are referenced but no longer stored
  cost.jsonl       what the bot's replies to you cost the operator, per reply
  audit.jsonl      actions the operator took about you (for example exports)
  database/        other records kept about you in the operator's database
  manifest.json    a list of every file with its size and SHA-256 checksum

Conversations you shared with other people (group chats, and the bot's main conversation
when several people's direct messages went into one session) are not included as whole
files: from those, this archive holds only the messages you wrote and the bot's direct
replies to you, never other people's messages.

The JSON files are machine-readable (UTF-8 JSON; timestamps are ISO 8601 in UTC).
";

/// Write an inventory into a sink. `db` is read when given.
pub fn write(
    sink: &mut dyn Sink,
    inv: &Inventory,
    mut db: Option<&mut Store>,
    progress: &indicatif::ProgressBar,
) -> Result<Counts> {
    let mut counts = Counts::default();
    let person = &inv.person;
    let own_sessions = inv.own_session_ids();
    sink.text("README.txt", "what this archive is, in plain words", README)?;

    let mut users = Vec::new();
    let mut prefs = Vec::new();
    if let Some(store) = db.as_deref_mut() {
        super::db::each_row(store, "users", person, &own_sessions, |r| {
            users.push(r);
            Ok(())
        })?;
        super::db::each_row(store, "preferences", person, &own_sessions, |r| {
            prefs.push(r);
            Ok(())
        })?;
    }
    let s = &inv.stats;
    sink.doc(
        "profile.json",
        "who they are: ids, names, channels, first and last contact, preferences",
        &json!({
            "person": person.label(),
            "canonical": person.canonical,
            "ids": person.ids,
            "names": s.labels,
            "channels": s.channels,
            "first_seen": iso(s.first_ms),
            "last_seen": iso(s.last_ms),
            "messages": s.messages,
            "replies": s.replies,
            "preferences": prefs,
            "users": users,
        }),
    )?;

    // Messages: own sessions first, then their lines in shared ones.
    let shared: Vec<&FileLines> = inv
        .shared
        .iter()
        .filter(|f| f.messages + f.replies > 0)
        .collect();
    let mut sessions: BTreeMap<(String, String), Value> = BTreeMap::new();
    sink.begin_list(
        "messages.jsonl",
        "their messages and the bot's direct replies to them, one JSON object per line",
    )?;
    for (f, whose) in inv
        .own
        .iter()
        .map(|f| (f, "own"))
        .chain(shared.iter().map(|f| (*f, "shared")))
    {
        let (first, last, n) = messages_of(sink, inv, f, &mut counts)?;
        progress.inc(f.file.bytes);
        let entry = sessions
            .entry((f.file.agent.clone(), f.file.session_id.clone()))
            .or_insert_with(|| {
                json!({
                    "agent": f.file.agent,
                    "key": f.file.key,
                    "session_id": f.file.session_id,
                    "whose": whose,
                    "files": [],
                    "messages": 0,
                    "first": Value::Null,
                    "last": Value::Null,
                })
            });
        if let Some(files) = entry["files"].as_array_mut() {
            files.push(json!({"file": f.file.file_name(), "kind": f.file.kind}));
        }
        entry["messages"] = json!(entry["messages"].as_u64().unwrap_or(0) + n);
        merge_time(&mut entry["first"], first, true);
        merge_time(&mut entry["last"], last, false);
    }
    sink.end_list()?;
    counts.sessions_own = own_sessions.len() as u64;
    counts.sessions_shared = sessions.len() as u64 - counts.sessions_own;
    sink.doc(
        "sessions.json",
        "the conversations: keys, session ids, files, first and last message",
        &Value::Array(sessions.into_values().collect()),
    )?;

    for f in &inv.own {
        let name = format!("transcripts/{}/{}", f.file.agent, f.file.file_name());
        if f.file.transcript.in_bot_database() {
            // The bot's events, one JSON line each, as the file layout would hold them; the
            // size is not known up front, so the entry is written as Zip64.
            let mut src = inv.transcripts.lines(&f.file.transcript)?.into_reader();
            sink.file(
                &name,
                "the events of a session that is theirs alone, one per line, from the bot's database",
                &mut src,
                u64::MAX,
            )?;
        } else {
            let mut src = std::fs::File::open(&f.file.path)
                .with_context(|| format!("cannot open {}", f.file.path.display()))?;
            sink.file(
                &name,
                "original transcript of a session that is theirs alone",
                &mut src,
                f.file.bytes,
            )?;
        }
        counts.transcripts += 1;
    }

    let mut media = Vec::new();
    let mut used_names = BTreeMap::new();
    for m in &inv.media {
        let mut item = json!({
            "referenced_as": m.file.raw,
            "status": m.file.status,
            "bytes": m.file.bytes,
            "also_sent_by_someone_else": !m.shared_with.is_empty(),
            "archive_path": Value::Null,
            "sha256": Value::Null,
        });
        let present = m.file.status == MediaStatus::Present;
        if let (true, true, Some(path)) = (present, sink.stores_files(), m.file.path(&inv.root)) {
            let base = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "file".into());
            let n = used_names.entry(base.clone()).or_insert(0u32);
            *n += 1;
            let name = if *n == 1 {
                format!("files/{base}")
            } else {
                format!("files/{n}-{base}")
            };
            let mut src = std::fs::File::open(&path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            let sha = sink.file(&name, "a file they sent", &mut src, m.file.bytes)?;
            item["archive_path"] = json!(name);
            item["sha256"] = json!(sha);
            counts.media_files += 1;
            counts.media_bytes += m.file.bytes;
        } else {
            counts.media_not_included += 1;
        }
        media.push(item);
    }
    sink.doc(
        "media.json",
        "their media files: where each is and what became of it",
        &Value::Array(media),
    )?;

    if let Some(store) = db {
        for (table, name, what) in [
            (
                "cost_attribution",
                "cost.jsonl",
                "cost of the bot's replies to them, per model call",
            ),
            (
                "audit_log",
                "audit.jsonl",
                "audit events where they are the actor or the target",
            ),
            (
                "messages",
                "database/messages.jsonl",
                "their rows in the ops database's messages table",
            ),
            (
                "media_files",
                "database/media_files.jsonl",
                "their rows in the media_files table",
            ),
            (
                "budgets",
                "database/budgets.jsonl",
                "spending limits set for them",
            ),
        ] {
            let mut n = 0u64;
            let mut started = false;
            super::db::each_row(store, table, person, &own_sessions, |row| {
                if !started {
                    sink.begin_list(name, what)?;
                    started = true;
                }
                n += 1;
                sink.item(&row)
            })?;
            if started {
                sink.end_list()?;
            }
            match table {
                "cost_attribution" => counts.cost_rows = n,
                "audit_log" => counts.audit_events = n,
                _ => counts.database_rows += n,
            }
        }
    }
    Ok(counts)
}

/// Write one file's messages of the person; returns (first ms, last ms, count).
fn messages_of(
    sink: &mut dyn Sink,
    inv: &Inventory,
    f: &FileLines,
    counts: &mut Counts,
) -> Result<(Option<i64>, Option<i64>, u64)> {
    let person = &inv.person;
    let mut c = Classifier::new(f.file.owner.as_deref());
    let mut r = inv.transcripts.lines(&f.file.transcript)?;
    let (mut first, mut last, mut n) = (None::<i64>, None::<i64>, 0);
    let mut channel: Option<String> = None;
    while let Some(raw) = r.next()? {
        if c.classify_raw(raw, person).is_some() {
            continue;
        }
        let Some(value) = lines::parse(raw) else {
            continue;
        };
        let class = c.classify(&value);
        let (LineClass::User(Some(id)) | LineClass::Reply(Some(id))) = &class else {
            continue;
        };
        if !person.has(id) {
            continue;
        }
        let Some(msg) = message(&value) else {
            continue;
        };
        let text = message_text(msg);
        let is_user = matches!(class, LineClass::User(_));
        if is_user {
            channel = line_channel(&f.file, &text);
            counts.messages_from_them += 1;
        } else {
            counts.replies_to_them += 1;
        }
        let ms = line_ms(&value);
        first = first.or(ms);
        last = ms.or(last);
        n += 1;
        let role = msg.get("role").and_then(Value::as_str).unwrap_or("");
        sink.item(&json!({
            "session_key": f.file.key,
            "session_id": f.file.session_id,
            "file": f.file.file_name(),
            "entry_id": value.get("id"),
            "timestamp": iso(ms),
            "from": if is_user { "them" } else if role == "toolResult" { "tool" } else { "bot" },
            "role": role,
            "channel": channel,
            "text": text,
            "media": if is_user {
                crate::state::media::references(&text).into_iter().map(|r| r.path).collect()
            } else {
                Vec::new()
            },
            "model": if is_user || is_synthetic(msg) { Value::Null } else { msg.get("model").cloned().unwrap_or(Value::Null) },
            "cost_usd": msg.pointer("/usage/cost/total"),
        }))?;
    }
    Ok((first, last, n))
}

fn merge_time(slot: &mut Value, ms: Option<i64>, earliest: bool) {
    let Some(ms) = ms else { return };
    let new = iso(Some(ms));
    let replace = match slot.as_str() {
        None => true,
        Some(old) => (new.as_str().unwrap_or("") < old) == earliest,
    };
    if replace {
        *slot = new;
    }
}

/// `manifest.json`: what each file is, its size and SHA-256, the counts and who wrote it.
pub fn manifest(inv: &Inventory, counts: &Counts, entries: &[Entry], format: &str) -> Value {
    json!({
        "format": "clawctl-user-export",
        "format_version": 1,
        "archive": format,
        "generated_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "clawctl_version": env!("CARGO_PKG_VERSION"),
        "person": {"label": inv.person.label(), "ids": inv.person.ids},
        "shared_sessions_rule": "from sessions shared with other people only their own messages and the bot's direct replies to them are included",
        "counts": counts,
        "files": entries,
    })
}
