//! [`EventSource`] over the SQLite layout (OpenClaw 2026.7.2+): sessions from `session_nodes`,
//! live transcripts from `transcript_events`, archived (deleted/reset) transcripts from
//! `session_transcript_archives`, all read-only. The databases are canonical: a JSONL file in
//! `agents/<id>/sessions/` is read only when it is not the published copy of an archive and its
//! session has no rows (a leftover from before the bot moved to SQLite).

use super::jsonl::{JsonlSource, LineStream};
use super::{Event, EventSource, EventStream, Origin, Position, Resume, Stat, Transcript};
use crate::state::sessions::SessionEntry;
use crate::state::sqlite_layout::events::{self as rows, EventRows};
use crate::state::sqlite_layout::sessions as nodes;
use crate::state::sqlite_layout::{self as layout, BotDb, Role};
use crate::state::transcript::{Problem, ReadStats, TranscriptReader};
use crate::state::{Layout, StateDir, TranscriptKind};
use anyhow::{anyhow, Result};
use rusqlite::types::ValueRef;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::rc::Rc;

pub struct SqliteSource {
    state: StateDir,
    global: Option<BotDb>,
    dbs: BTreeMap<String, Rc<BotDb>>,
    files: JsonlSource,
}

impl SqliteSource {
    /// Open the global database (when present) and every agent database, read-only.
    pub fn open(state: StateDir) -> Result<SqliteSource> {
        let global_path = state.root.join(layout::GLOBAL_DB);
        let global = global_path
            .is_file()
            .then(|| BotDb::open(&global_path, Role::Global))
            .transpose()?;
        let mut dbs = BTreeMap::new();
        for agent in layout::agents_with_db(&state.root)? {
            let path = layout::agent_db_path(&state.root, &agent);
            dbs.insert(agent, Rc::new(BotDb::open(&path, Role::Agent)?));
        }
        Ok(SqliteSource {
            files: JsonlSource::new(state.clone()),
            state,
            global,
            dbs,
        })
    }

    /// `state/openclaw.sqlite`, when present.
    pub fn global(&self) -> Option<&BotDb> {
        self.global.as_ref()
    }

    /// An agent's database.
    pub fn agent_db(&self, agent: &str) -> Option<&BotDb> {
        self.dbs.get(agent).map(|d| d.as_ref())
    }

    fn db(&self, agent: &str) -> Result<&Rc<BotDb>> {
        self.dbs.get(agent).ok_or_else(|| {
            anyhow!(
                "agent {agent} has no database at {}",
                layout::agent_db_path(&self.state.root, agent).display()
            )
        })
    }
}

impl EventSource for SqliteSource {
    fn layout(&self) -> Layout {
        Layout::Sqlite
    }

    fn agents(&self) -> Result<Vec<String>> {
        let mut out: Vec<String> = self.dbs.keys().cloned().collect();
        for a in self.state.agents()? {
            if !out.contains(&a) {
                out.push(a);
            }
        }
        out.sort();
        Ok(out)
    }

    fn sessions(&self, agent: &str) -> Result<(Vec<SessionEntry>, Vec<Problem>)> {
        match self.dbs.get(agent) {
            Some(db) => nodes::load(db),
            None => self.files.sessions(agent),
        }
    }

    fn transcripts(&self, agent: &str) -> Result<Vec<Transcript>> {
        let mut out = Vec::new();
        let mut with_rows = HashSet::new();
        let mut archive_names = HashSet::new();
        if let Some(db) = self.dbs.get(agent) {
            let keys = nodes::window_keys(db)?;
            let generations = nodes::generations(db)?;
            for s in rows::sessions(db)? {
                let generation = generations.get(&s.session_id);
                out.push(Transcript {
                    agent: agent.to_string(),
                    session_key: keys.get(&s.session_id).cloned(),
                    topic: None,
                    kind: TranscriptKind::Live,
                    source: format!("sqlite:{agent}:{}", s.session_id),
                    location: db.path.clone(),
                    bytes: 0,
                    events: Some(s.events),
                    stat: Stat {
                        file_id: generation.map_or("rows".into(), |g| format!("gen:{g}")),
                        size: (s.last_seq + 1).max(0) as u64,
                        mtime: s.events as i64,
                    },
                    origin: Origin::Rows,
                    session_id: s.session_id.clone(),
                });
                with_rows.insert(s.session_id);
            }
            for a in nodes::archives(db)? {
                archive_names.insert(a.name.clone());
                out.push(Transcript {
                    agent: agent.to_string(),
                    session_key: Some(a.session_key),
                    topic: None,
                    kind: a.kind,
                    source: format!("sqlite:{agent}:archive:{}:{}", a.session_id, a.generation),
                    location: db.path.clone(),
                    bytes: a.bytes,
                    events: None,
                    stat: Stat {
                        file_id: format!("archive:{}", a.sha256),
                        size: a.bytes,
                        mtime: a.created_at,
                    },
                    origin: Origin::Archive {
                        generation: a.generation,
                    },
                    session_id: a.session_id,
                });
            }
        }
        for t in self.files.transcripts(agent)? {
            let name = t
                .location
                .file_name()
                .map(|n| n.to_string_lossy().into_owned());
            let published = name.is_some_and(|n| archive_names.contains(&n));
            if !published && !with_rows.contains(&t.session_id) {
                out.push(t);
            }
        }
        Ok(out)
    }

    fn open(&self, t: &Transcript, from: Resume) -> Result<Box<dyn EventStream + '_>> {
        match &t.origin {
            Origin::File => self.files.open(t, from),
            Origin::Rows => {
                let db = self.db(&t.agent)?.clone();
                let next_seq = i64::try_from(from.offset).unwrap_or(i64::MAX);
                Ok(Box::new(RowStream(EventRows::open(
                    db,
                    &t.session_id,
                    next_seq,
                    from.line,
                )?)))
            }
            Origin::Archive { generation } => {
                let db = self.db(&t.agent)?;
                let bytes = nodes::archive_content(db, &t.session_id, generation)?;
                let label = PathBuf::from(format!(
                    "{}:archive:{}:{generation}",
                    db.path.display(),
                    t.session_id
                ));
                let offset = from.offset.min(bytes.len() as u64);
                Ok(Box::new(LineStream(TranscriptReader::from_bytes(
                    &label, bytes, offset, from.line,
                ))))
            }
        }
    }

    fn head_hash(&self, t: &Transcript, upto: Resume) -> Result<String> {
        match &t.origin {
            Origin::File => self.files.head_hash(t, upto),
            Origin::Archive { .. } => Ok(t.stat.file_id.clone()),
            Origin::Rows => {
                let db = self.db(&t.agent)?;
                let mut hash = Sha256::new();
                if upto.offset > 0 {
                    // The first row as stored: its seq and its text or compressed bytes.
                    let mut stmt = db.conn.prepare_cached(
                        "SELECT * FROM transcript_events WHERE session_id = ?1 ORDER BY seq LIMIT 1",
                    )?;
                    let mut q = stmt.query([&t.session_id])?;
                    if let Some(r) = q.next()? {
                        for name in ["seq", "event_json", "event_zstd"] {
                            match r.get_ref(name) {
                                Ok(ValueRef::Text(b) | ValueRef::Blob(b)) => hash.update(b),
                                Ok(ValueRef::Integer(n)) => hash.update(n.to_le_bytes()),
                                _ => hash.update(b"-"),
                            }
                        }
                    }
                }
                Ok(hex::encode(hash.finalize()))
            }
        }
    }

    fn unread_bytes(&self, t: &Transcript, from: Resume) -> Result<u64> {
        match &t.origin {
            Origin::File => self.files.unread_bytes(t, from),
            Origin::Archive { .. } => Ok(t.bytes.saturating_sub(from.offset)),
            Origin::Rows => {
                let next_seq = i64::try_from(from.offset).unwrap_or(i64::MAX);
                rows::bytes_from(self.db(&t.agent)?, &t.session_id, next_seq)
            }
        }
    }

    fn warnings(&self) -> Vec<String> {
        self.global
            .iter()
            .chain(self.dbs.values().map(|d| d.as_ref()))
            .filter_map(BotDb::warning)
            .collect()
    }
}

/// [`EventRows`] as an [`EventStream`].
pub struct RowStream(pub EventRows);

impl EventStream for RowStream {
    fn next_event(&mut self) -> Result<Option<Event>> {
        Ok(self.0.next_row()?.map(|r| Event {
            position: Position::Seq(r.seq),
            created_at: r.created_at,
            value: r.value,
        }))
    }

    fn resume(&self) -> Resume {
        Resume {
            offset: self.0.next_seq().max(0) as u64,
            line: self.0.consumed(),
        }
    }

    fn stats(&self) -> &ReadStats {
        &self.0.stats
    }
}
