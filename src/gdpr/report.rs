//! An inventory as a flat list of places: what, where, how much, and what a purge does there.
//! `user show` prints it as "where their data lives"; `user purge --dry-run` as the plan.

use super::inventory::Inventory;
use super::media::MediaStatus;
use crate::state::TranscriptKind;
use serde::Serialize;

/// One place that holds something of theirs.
#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub what: String,
    /// Relative to the state dir, or `ops database: <table>`.
    pub place: String,
    /// Lines, entries, rows or occurrences.
    pub count: u64,
    pub bytes: u64,
    /// What `user purge` does here.
    pub purge: &'static str,
}

fn kind_name(k: TranscriptKind) -> &'static str {
    match k {
        TranscriptKind::Live => "transcript",
        TranscriptKind::Deleted => "deleted transcript (.deleted leftover)",
        TranscriptKind::Reset => "reset transcript (.reset leftover)",
        TranscriptKind::Bak => "transcript backup (.bak leftover)",
    }
}

/// Every place, in a stable order.
pub fn locations(inv: &Inventory, db_location: Option<&str>) -> Vec<Location> {
    let mut out = Vec::new();
    for f in &inv.own {
        out.push(Location {
            what: format!("{}, their own session", kind_name(f.file.kind)),
            place: f.file.rel.clone(),
            count: f.messages + f.replies,
            bytes: f.file.bytes,
            purge: "delete",
        });
    }
    for s in &inv.shared {
        let (what, purge) = if s.messages + s.replies > 0 {
            (
                format!(
                    "shared transcript: {} of their messages, {} replies to them",
                    s.messages, s.replies
                ),
                "redact their lines in place",
            )
        } else {
            (
                "transcript that mentions them".to_string(),
                "mask the mentions in place",
            )
        };
        out.push(Location {
            what,
            place: s.file.rel.clone(),
            count: if s.messages + s.replies > 0 {
                s.messages + s.replies
            } else {
                s.mentions as u64
            },
            bytes: s.file.bytes,
            purge,
        });
    }
    for e in &inv.entries {
        let rel = format!("agents/{}/sessions/sessions.json", e.agent);
        for k in &e.remove {
            out.push(Location {
                what: format!("session store entry {k}"),
                place: rel.clone(),
                count: 1,
                bytes: 0,
                purge: "remove the entry",
            });
        }
        for k in &e.scrub {
            out.push(Location {
                what: format!("shared session entry {k} routes to them"),
                place: rel.clone(),
                count: 1,
                bytes: 0,
                purge: "drop routing fields, mask mentions",
            });
        }
    }
    for m in &inv.media {
        let place = m.file.rel.clone().unwrap_or_else(|| m.file.raw.clone());
        let (what, purge) = match (&m.file.status, m.shared_with.is_empty()) {
            (MediaStatus::Present, true) => ("media file".to_string(), "delete"),
            (MediaStatus::Present, false) => (
                format!("media file, also sent by {}", m.shared_with.join(", ")),
                "keep (another person's message references it)",
            ),
            (MediaStatus::Missing, _) => ("media file (already gone)".to_string(), "nothing"),
            (MediaStatus::Outside, _) => (
                "media reference outside the state dir's media/".to_string(),
                "never touched",
            ),
            (MediaStatus::Unsafe, _) => (
                "media reference through a symlink or to a non-file".to_string(),
                "never followed",
            ),
        };
        out.push(Location {
            what,
            place,
            count: 1,
            bytes: m.file.bytes,
            purge,
        });
    }
    for (rel, bytes) in &inv.remote_cache {
        out.push(Location {
            what: "cached remote media of their session".into(),
            place: rel.clone(),
            count: 1,
            bytes: *bytes,
            purge: "delete",
        });
    }
    for m in &inv.memory {
        out.push(Location {
            what: format!(
                "memory index: {} chunks, {} indexed files",
                m.chunk_ids.len(),
                m.file_paths.len()
            ),
            place: rel_of(&m.path, inv),
            count: m.chunk_ids.len() as u64,
            bytes: m.text_bytes,
            purge: "delete rows, rebuild FTS, vacuum",
        });
    }
    for (h, _) in &inv.stores {
        out.push(Location {
            what: format!("{}: {}", h.what, h.changes.join("; ")),
            place: h.rel.clone(),
            count: h.count as u64,
            bytes: 0,
            purge: "remove their entries",
        });
    }
    for h in &inv.config {
        out.push(Location {
            what: "bot config: allow-list and identityLinks entries".into(),
            place: h.rel.clone(),
            count: h.count as u64,
            bytes: 0,
            purge: "remove their entries (comments kept)",
        });
    }
    for h in &inv.logs {
        out.push(Location {
            what: "log lines naming them".into(),
            place: h.rel.clone(),
            count: h.count as u64,
            bytes: 0,
            purge: "remove the lines",
        });
    }
    if let (Some(db), Some(loc)) = (&inv.db, db_location) {
        let rows: [(&str, i64, &'static str); 7] = [
            ("messages", db.messages, "delete"),
            ("media_files", db.media_files, "delete"),
            (
                "cost_attribution",
                db.cost_rows,
                "keep numbers, pseudonymize the person",
            ),
            ("users", db.users, "delete"),
            ("preferences", db.preferences, "delete"),
            ("budgets", db.budgets, "delete"),
            (
                "audit_log",
                db.audit_events,
                "keep events, pseudonymize the person",
            ),
        ];
        for (table, n, purge) in rows {
            if n > 0 {
                out.push(Location {
                    what: format!("ops database rows in {table}"),
                    place: loc.to_string(),
                    count: n as u64,
                    bytes: 0,
                    purge,
                });
            }
        }
    }
    for (rel, n) in &inv.other {
        out.push(Location {
            what: "file that mentions them (clawctl does not edit it)".into(),
            place: rel.clone(),
            count: *n as u64,
            bytes: 0,
            purge: "left in place: edit by hand",
        });
    }
    out
}

fn rel_of(path: &std::path::Path, inv: &Inventory) -> String {
    path.strip_prefix(&inv.root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}
