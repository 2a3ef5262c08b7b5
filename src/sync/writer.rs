//! Rows on their way into the ops database, written in short batches.
//!
//! Each batch is one transaction holding the rows and the cursors that say how far they go, so
//! a crash leaves the cursor behind or at the rows, never ahead. Inserts are idempotent
//! (`ON CONFLICT DO NOTHING` on the stable keys), so reading a file again adds nothing.

use super::cursor::{self, Cursor};
use super::task_type::Stale;
use crate::store::rollups::{Call, Tally};
use crate::store::{SqlValue, Store};
use anyhow::Result;
use std::collections::HashMap;

/// Rows per transaction: big enough to be fast, small enough not to block the bot side.
pub const BATCH_ROWS: usize = 8000;

#[derive(Debug, Clone)]
pub struct MessageRow {
    pub key: String,
    pub timestamp: i64,
    pub agent: String,
    pub session_key: Option<String>,
    pub session_id: String,
    pub entry_id: String,
    pub parent_id: Option<String>,
    pub channel: Option<String>,
    pub user_id: Option<String>,
    pub role: Option<String>,
    pub text: String,
    pub has_media: bool,
    pub source_file: String,
    pub source_line: u64,
}

#[derive(Debug, Clone)]
pub struct MediaRow {
    pub file_path: String,
    pub timestamp: i64,
    pub message_key: String,
    pub user_id: Option<String>,
    pub session_id: String,
    pub mime: Option<String>,
    pub url: Option<String>,
    pub size: Option<i64>,
    pub sha256: Option<String>,
}

#[derive(Debug, Clone)]
pub struct CallRow {
    pub call_key: String,
    pub timestamp: i64,
    pub session_id: String,
    pub task_type: String,
    pub model: Option<String>,
    pub provider: Option<String>,
    pub input: i64,
    pub output: i64,
    pub cache_read: i64,
    pub cache_write: i64,
    pub cost: Option<f64>,
    pub cost_source: &'static str,
    pub agent: String,
    pub session_key: Option<String>,
    pub channel: Option<String>,
    pub user_id: Option<String>,
    pub duration_ms: Option<i64>,
    pub turn_key: String,
    pub metadata: String,
}

impl CallRow {
    /// What this call adds to the cost rollups (as the triggers of migration 3 count it).
    fn rollup(&self) -> Call<'_> {
        fn o(v: &Option<String>) -> &str {
            v.as_deref().unwrap_or("")
        }
        Call {
            timestamp: self.timestamp,
            text: [
                &self.agent,
                &self.session_id,
                o(&self.session_key),
                o(&self.user_id),
                o(&self.channel),
                o(&self.model),
                o(&self.provider),
                &self.task_type,
            ],
            tokens: [self.input, self.output, self.cache_read, self.cache_write],
            cost: self.cost,
        }
    }
}

/// A person seen in this batch.
#[derive(Debug, Clone)]
pub struct UserSeen {
    pub canonical: Option<String>,
    pub channel: Option<String>,
    pub display_name: Option<String>,
    pub first: i64,
    pub last: i64,
}

/// What a flush added.
#[derive(Debug, Default, Clone, Copy)]
pub struct Added {
    pub messages: u64,
    pub calls: u64,
    pub media: u64,
}

#[derive(Default)]
pub struct Writer {
    pub messages: Vec<MessageRow>,
    pub media: Vec<MediaRow>,
    pub calls: Vec<CallRow>,
    pub users: HashMap<String, UserSeen>,
    /// (calls, new task type) for calls of a turn whose type changed after they were written.
    pub retype: Vec<(Stale, String)>,
    pub cursors: Vec<Cursor>,
    /// Cursors to delete: (source, kind), see [`cursor::delete`].
    pub cursor_deletes: Vec<(String, &'static str)>,
}

impl Writer {
    pub fn rows(&self) -> usize {
        self.messages.len() + self.media.len() + self.calls.len()
    }

    /// Queue a cursor; a later one for the same file replaces it.
    pub fn set_cursor(&mut self, c: Cursor) {
        self.cursors.retain(|old| old.source != c.source);
        self.cursors.push(c);
    }

    pub fn see_user(&mut self, id: &str, seen: UserSeen) {
        match self.users.get_mut(id) {
            Some(u) => {
                // The name from their latest line, whichever order files are read in.
                if seen.display_name.is_some() && (seen.last >= u.last || u.display_name.is_none())
                {
                    u.display_name = seen.display_name;
                }
                u.first = u.first.min(seen.first);
                u.last = u.last.max(seen.last);
                if u.channel.is_none() {
                    u.channel = seen.channel;
                }
            }
            None => {
                self.users.insert(id.to_string(), seen);
            }
        }
    }

    /// Add the rollups of the queued calls to `tally` (a reader's, before it sends the batch).
    pub fn sum_calls(&self, tally: &mut Tally) {
        for c in &self.calls {
            tally.add(&c.rollup(), 1);
        }
    }

    /// Write everything pending in one transaction. During a bulk load with the rollup triggers
    /// off, the readers sum the calls ([`Writer::sum_calls`]) and `tally` takes the retypes, or
    /// becomes `None` when the sums cannot be trusted (a call that was already there).
    pub fn flush(&mut self, store: &mut Store, tally: &mut Option<Tally>) -> Result<Added> {
        if self.rows() == 0
            && self.users.is_empty()
            && self.retype.is_empty()
            && self.cursors.is_empty()
            && self.cursor_deletes.is_empty()
        {
            return Ok(Added::default());
        }
        let mut batch = std::mem::take(self);
        store.transaction(|s| batch.write_all(s, tally))
    }

    fn write_all(&mut self, s: &mut Store, tally: &mut Option<Tally>) -> Result<Added> {
        let calls_queued = self.calls.len() as u64;
        let messages = std::mem::take(&mut self.messages).into_iter().map(|m| {
            vec![
                m.timestamp.into(),
                m.key.into(),
                m.agent.into(),
                m.session_key.into(),
                m.session_id.into(),
                m.entry_id.into(),
                m.parent_id.into(),
                m.channel.into(),
                m.user_id.into(),
                m.role.into(),
                m.text.into(),
                m.has_media.into(),
                m.source_file.into(),
                SqlValue::Int(m.source_line as i64),
            ]
        });
        let media = std::mem::take(&mut self.media).into_iter().map(|m| {
            vec![
                m.file_path.into(),
                m.timestamp.into(),
                m.message_key.into(),
                m.user_id.into(),
                m.session_id.into(),
                m.mime.into(),
                m.url.into(),
                m.size.into(),
                m.sha256.into(),
            ]
        });
        let calls = std::mem::take(&mut self.calls).into_iter().map(|c| {
            vec![
                c.timestamp.into(),
                c.session_id.into(),
                c.task_type.into(),
                c.model.into(),
                c.input.into(),
                c.output.into(),
                c.cost.into(),
                c.metadata.into(),
                c.call_key.as_str().into(),
                c.provider.into(),
                c.cache_read.into(),
                c.cache_write.into(),
                c.cost_source.into(),
                c.agent.into(),
                c.session_key.into(),
                c.channel.into(),
                c.user_id.into(),
                c.call_key.into(),
                c.duration_ms.into(),
                c.turn_key.into(),
            ]
        });
        let added = Added {
            messages: insert_many(
                s,
                "INSERT INTO messages (timestamp, message_key, agent_id, session_key, session_id, entry_id, parent_id, channel, user_id, role, text, has_media, source_file, source_line)",
                14,
                "ON CONFLICT (message_key) DO NOTHING",
                messages,
            )?,
            media: insert_many(
                s,
                "INSERT INTO media_files (file_path, timestamp, message_key, user_id, session_id, mime, url, size_bytes, sha256)",
                9,
                "ON CONFLICT (message_key, file_path) DO NOTHING",
                media,
            )?,
            calls: insert_many(
                s,
                "INSERT INTO cost_attribution (timestamp, session_id, task_type, model, input_tokens, output_tokens, cost, metadata, call_key, provider, cache_read_tokens, cache_write_tokens, cost_source, agent_id, session_key, channel, user_id, message_key, duration_ms, turn_key)",
                20,
                "ON CONFLICT (call_key) DO NOTHING",
                calls,
            )?,
        };
        if added.calls != calls_queued {
            *tally = None; // some were there already: only a scan knows the sums now
        }
        for (stale, ty) in &self.retype {
            for (filter, params) in stale.filter() {
                let mut p: Vec<SqlValue> = params.into_iter().map(SqlValue::from).collect();
                if let Some(t) = tally.as_mut() {
                    t.retype(s, filter, &p, ty)?;
                }
                p.insert(0, ty.as_str().into());
                p.push(ty.as_str().into());
                s.execute(
                    &format!("UPDATE cost_attribution SET task_type = ? WHERE {filter} AND task_type <> ?"),
                    &p,
                )?;
            }
        }
        for (id, u) in &self.users {
            s.execute(
                "INSERT INTO users (user_id, canonical_id, channel, display_name, first_seen, last_seen)
                 VALUES (?, ?, ?, ?, ?, ?)
                 ON CONFLICT (user_id) DO UPDATE SET
                   canonical_id = excluded.canonical_id,
                   channel = COALESCE(users.channel, excluded.channel),
                   display_name = CASE WHEN users.display_name IS NULL OR (excluded.display_name IS NOT NULL AND excluded.last_seen >= COALESCE(users.last_seen, excluded.last_seen)) THEN COALESCE(excluded.display_name, users.display_name) ELSE users.display_name END,
                   first_seen = CASE WHEN users.first_seen IS NULL OR excluded.first_seen < users.first_seen THEN excluded.first_seen ELSE users.first_seen END,
                   last_seen = CASE WHEN users.last_seen IS NULL OR excluded.last_seen > users.last_seen THEN excluded.last_seen ELSE users.last_seen END",
                &[
                    id.as_str().into(),
                    u.canonical.clone().into(),
                    u.channel.clone().into(),
                    u.display_name.clone().into(),
                    u.first.into(),
                    u.last.into(),
                ],
            )?;
        }
        for (source, kind) in &self.cursor_deletes {
            cursor::delete(s, source, kind)?;
        }
        for c in &self.cursors {
            cursor::save(s, c)?;
        }
        Ok(added)
    }
}

/// Rows per multi-row INSERT: one statement (and one statement journal) for many rows.
const ROWS_PER_STATEMENT: usize = 64;

/// `head VALUES (…), (…) tail` for each chunk of rows; returns the rows inserted.
fn insert_many(
    s: &mut Store,
    head: &str,
    columns: usize,
    tail: &str,
    rows: impl Iterator<Item = Vec<SqlValue>>,
) -> Result<u64> {
    let one = format!("({})", vec!["?"; columns].join(", "));
    let mut added = 0;
    let mut params = Vec::with_capacity(columns * ROWS_PER_STATEMENT);
    let mut n = 0;
    let mut run = |params: &mut Vec<SqlValue>, n: usize| -> Result<u64> {
        let sql = format!("{head} VALUES {} {tail}", vec![one.as_str(); n].join(", "));
        let changed = s.execute(&sql, params)?;
        params.clear();
        Ok(changed)
    };
    for row in rows {
        params.extend(row);
        n += 1;
        if n == ROWS_PER_STATEMENT {
            added += run(&mut params, n)?;
            n = 0;
        }
    }
    if n > 0 {
        added += run(&mut params, n)?;
    }
    Ok(added)
}
