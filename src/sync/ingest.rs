//! Reading one transcript into rows: a `messages` row per message entry, a `media_files` row
//! per attachment reference, a `cost_attribution` row per real model call (not the
//! `delivery-mirror` copies nor `stopReason: "injected"` notes), and the people seen.
//!
//! Who a row belongs to: the owner in a direct session; in shared sessions the sender named by
//! each user line's envelope, and for the assistant's rows the sender of the user line they
//! answer. That "last sender", the model of the last `model_change` and the current turn are
//! carried in the cursor, so a run that resumes mid-file attributes exactly like a full read.

use super::context::{Kind, SessionInfo};
use super::cursor::Cursor;
use super::entry::{Entry, Message};
use super::media::MediaResolver;
use super::reader::Reader;
use super::task_type::{TaskTypes, Turn};
use super::writer::{CallRow, MediaRow, MessageRow, UserSeen, Writer, BATCH_ROWS};
use super::Depth;
use crate::pricing::{Price, Pricing, Tokens};
use crate::state::events::{EventSource, Transcript};
use crate::state::people;
use crate::state::transcript::ReadStats;
use anyhow::Result;
use serde_json::json;
use std::collections::HashMap;

/// Reader state carried between runs in `sync_cursors.state`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct FileState {
    pub sender: Option<String>,
    pub sender_channel: Option<String>,
    pub provider: Option<String>,
    pub model: Option<String>,
    /// The envelope says this is a cron job's session (when its key is unknown).
    pub cron: bool,
    pub turn: Option<Turn>,
    pub last_ts: i64,
}

/// One transcript to read, from where.
pub struct FileJob {
    pub transcript: Transcript,
    /// What `messages.source_file` says: the path relative to the state dir.
    pub display: String,
    pub info: SessionInfo,
    pub offset: u64,
    pub line: u64,
    pub state: FileState,
}

/// Shared by all files of a run.
pub struct Ingest<'a> {
    pub source: &'a dyn EventSource,
    pub types: &'a TaskTypes,
    pub pricing: &'a Pricing,
    pub links: &'a [(String, Vec<String>)],
    pub media: MediaResolver,
    depth: Depth,
    prices: HashMap<(Option<String>, String), Option<Price>>,
}

impl<'a> Ingest<'a> {
    pub fn new(
        source: &'a dyn EventSource,
        types: &'a TaskTypes,
        pricing: &'a Pricing,
        links: &'a [(String, Vec<String>)],
        media: MediaResolver,
        depth: Depth,
    ) -> Ingest<'a> {
        Ingest {
            source,
            types,
            pricing,
            links,
            media,
            depth,
            prices: HashMap::new(),
        }
    }

    /// Read a file from the job's offset to its last complete line, handing full batches
    /// (rows and the cursor up to them) to `sink`.
    pub fn read_file(
        &mut self,
        mut job: FileJob,
        writer: &mut Writer,
        sink: &mut dyn FnMut(Writer) -> Result<()>,
        progress: &mut dyn FnMut(u64),
    ) -> Result<ReadStats> {
        let from = crate::state::events::Resume {
            offset: job.offset,
            line: job.line,
        };
        let parse = match self.depth {
            Depth::Full => super::entry::parse,
            Depth::Costs => super::entry::parse_costs,
        };
        let mut reader = Reader::open(self.source, &job.transcript, from, parse)?;
        let mut pending = Vec::new();
        let mut reported = job.offset;
        while let Some((number, e)) = reader.next_entry()? {
            self.line(
                &job.info,
                &job.display,
                &mut job.state,
                &e,
                number,
                &mut pending,
                writer,
            );
            if writer.rows() + pending.len() >= BATCH_ROWS {
                self.checkpoint(&mut job, &reader, &mut pending, writer)?;
                sink(std::mem::take(writer))?;
            }
            let at = reader.resume().offset;
            if at.saturating_sub(reported) >= 1 << 20 {
                progress(at - reported);
                reported = at;
            }
        }
        progress(reader.resume().offset.saturating_sub(reported));
        self.checkpoint(&mut job, &reader, &mut pending, writer)?;
        Ok(reader.stats().clone())
    }

    /// Move the current turn's calls into the writer and record the cursor at this point.
    fn checkpoint(
        &self,
        job: &mut FileJob,
        reader: &Reader,
        pending: &mut Vec<CallRow>,
        writer: &mut Writer,
    ) -> Result<()> {
        self.settle(&job.info, &mut job.state, pending, writer);
        let at = reader.resume();
        let stat = &job.transcript.stat;
        writer.set_cursor(Cursor {
            source: job.transcript.source.clone(),
            kind: self.depth.cursor_kind().into(),
            file_id: Some(stat.file_id.clone()),
            head_sha256: Some(self.source.head_hash(&job.transcript, at)?),
            offset: at.offset,
            line: at.line,
            size: stat.size,
            mtime: Some(stat.mtime),
            state: Some(serde_json::to_string(&job.state)?),
        });
        Ok(())
    }

    fn turn_type(&self, info: &SessionInfo, state: &FileState) -> String {
        match info.kind {
            Kind::Cron => return self.types.cron.clone(),
            Kind::Hook => return self.types.hook.clone(),
            _ if state.cron => return self.types.cron.clone(),
            _ => {}
        }
        state
            .turn
            .as_ref()
            .and_then(Turn::dominant)
            .map(String::from)
            .unwrap_or_else(|| self.types.chat.clone())
    }

    /// Give pending calls the turn's current type; retype calls written earlier if it changed.
    fn settle(
        &self,
        info: &SessionInfo,
        state: &mut FileState,
        pending: &mut Vec<CallRow>,
        writer: &mut Writer,
    ) {
        let ty = self.turn_type(info, state);
        let keys: Vec<String> = pending.iter().map(|c| c.call_key.clone()).collect();
        for c in pending.iter_mut() {
            c.task_type = ty.clone();
        }
        writer.calls.append(pending);
        if let Some(turn) = state.turn.as_mut() {
            if let Some(stale) = turn.mark_written(&info.session_id, keys, &ty) {
                writer.retype.push((stale, ty));
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn line(
        &mut self,
        info: &SessionInfo,
        source: &str,
        state: &mut FileState,
        e: &Entry,
        number: u64,
        pending: &mut Vec<CallRow>,
        w: &mut Writer,
    ) {
        let ts = e.timestamp.unwrap_or(state.last_ts);
        state.last_ts = ts;
        match e.kind.as_deref() {
            Some("model_change") => {
                state.provider = e.provider.clone();
                state.model = e.model_id.clone();
            }
            Some("message") => {
                if let Some(msg) = &e.message {
                    self.message(info, source, state, e, msg, number, ts, pending, w);
                }
            }
            _ => {}
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn message(
        &mut self,
        info: &SessionInfo,
        source: &str,
        state: &mut FileState,
        e: &Entry,
        msg: &Message,
        number: u64,
        ts: i64,
        pending: &mut Vec<CallRow>,
        w: &mut Writer,
    ) {
        let entry_id = e.id.clone().unwrap_or_else(|| format!("L{number}"));
        let key = format!("{}:{entry_id}", info.session_id);
        let is_user = msg.role.as_deref() == Some("user");
        if is_user {
            self.settle(info, state, pending, w);
            state.turn = Some(Turn::new(key.clone()));
            self.user_line(info, state, &msg.text, ts, w);
        }
        let (user_id, channel) = attribution(info, state);
        let full = self.depth == Depth::Full;
        let refs = if is_user && full {
            crate::state::media::references(&msg.text)
        } else {
            Vec::new()
        };
        for r in &refs {
            let resolved = self.media.resolve(&r.path);
            w.media.push(MediaRow {
                file_path: resolved.stored_path,
                timestamp: ts,
                message_key: key.clone(),
                user_id: user_id.clone(),
                session_id: info.session_id.clone(),
                mime: r.mime.clone(),
                url: r.url.clone(),
                size: resolved.size,
                sha256: resolved.sha256,
            });
        }
        if msg.role.as_deref() == Some("assistant") {
            let turn = state.turn.get_or_insert_with(|| Turn::new(key.clone()));
            for t in &msg.tools {
                if let Some(c) = self.types.category(t) {
                    turn.add_tool(c);
                }
            }
            if let Some(call) = self.call(info, state, msg, &key, ts) {
                pending.push(call);
            }
        }
        if !full {
            return;
        }
        w.messages.push(MessageRow {
            key,
            timestamp: ts,
            agent: info.agent.clone(),
            session_key: info.key.clone(),
            session_id: info.session_id.clone(),
            entry_id,
            parent_id: e.parent_id.clone(),
            channel,
            user_id,
            role: msg.role.clone(),
            text: msg.text.clone(),
            has_media: !refs.is_empty(),
            source_file: source.to_string(),
            source_line: number,
        });
    }

    /// A user line: who sent it (shared sessions), on which channel, and the person seen.
    fn user_line(
        &mut self,
        info: &SessionInfo,
        state: &mut FileState,
        text: &str,
        ts: i64,
        w: &mut Writer,
    ) {
        let env = people::envelope(text);
        let env_channel = env.as_ref().map(|e| e.channel.clone());
        if env_channel
            .as_deref()
            .is_some_and(|c| c.starts_with("cron:"))
        {
            state.cron = true;
        }
        state.sender_channel = env_channel.filter(|c| !c.contains(':'));
        let (user, label) = match &info.kind {
            Kind::Direct(owner) => (
                Some(owner.clone()),
                info.owner_label
                    .clone()
                    .or_else(|| env.as_ref().map(|e| e.label.clone())),
            ),
            Kind::Shared => {
                state.sender = people::line_sender(text);
                let label = env.as_ref().map(|e| {
                    people::group_sender(e.body)
                        .map(|(l, _)| l)
                        .unwrap_or_else(|| e.label.clone())
                });
                (state.sender.clone(), label)
            }
            Kind::Cron | Kind::Hook => (None, None),
        };
        let Some(user) = user else {
            return;
        };
        let channel = match user.split_once(':') {
            Some((ch, _)) => Some(ch.to_string()),
            None => info
                .channel
                .clone()
                .or_else(|| state.sender_channel.clone()),
        };
        w.see_user(
            &user,
            UserSeen {
                canonical: people::canonical_of(&user, self.links),
                channel,
                display_name: label.filter(|l| !l.is_empty()),
                first: ts,
                last: ts,
            },
        );
    }

    /// A cost row for a real model call; `None` for mirrors, injected notes and entries
    /// without usage.
    fn call(
        &mut self,
        info: &SessionInfo,
        state: &FileState,
        msg: &Message,
        key: &str,
        ts: i64,
    ) -> Option<CallRow> {
        let usage = msg.usage?;
        let provider = msg.provider.clone().or_else(|| state.provider.clone());
        let model = msg.model.clone().or_else(|| state.model.clone());
        if model.as_deref() == Some("delivery-mirror")
            || msg.stop_reason.as_deref() == Some("injected")
        {
            return None;
        }
        let tokens = Tokens {
            input: usage.input,
            output: usage.output,
            cache_read: usage.cache_read,
            cache_write: usage.cache_write,
        };
        let any_tokens = tokens.input + tokens.output + tokens.cache_read + tokens.cache_write > 0;
        let recorded = usage.cost.filter(|c| c.is_finite() && *c >= 0.0);
        let (cost, cost_source) = match recorded {
            Some(c) if c > 0.0 || !any_tokens => (Some(c), "recorded"),
            _ => match self.price(provider.as_deref(), model.as_deref()) {
                Some(p) => (Some(p.cost(&tokens)), "estimated"),
                None => (None, "unknown"),
            },
        };
        let duration_ms = msg
            .started
            .map(|s| ts - s)
            .filter(|d| (0..86_400_000).contains(d));
        let (user_id, channel) = attribution(info, state);
        let mut meta = json!({});
        if let Some(s) = &msg.stop_reason {
            meta["stop_reason"] = json!(s);
        }
        if !msg.tools.is_empty() {
            meta["tools"] = json!(msg.tools);
        }
        Some(CallRow {
            call_key: key.to_string(),
            timestamp: ts,
            session_id: info.session_id.clone(),
            task_type: String::new(),
            model,
            provider,
            input: tokens.input,
            output: tokens.output,
            cache_read: tokens.cache_read,
            cache_write: tokens.cache_write,
            cost,
            cost_source,
            agent: info.agent.clone(),
            session_key: info.key.clone(),
            channel,
            user_id,
            duration_ms,
            turn_key: state
                .turn
                .as_ref()
                .map_or_else(|| key.to_string(), |t| t.key.clone()),
            metadata: meta.to_string(),
        })
    }

    fn price(&mut self, provider: Option<&str>, model: Option<&str>) -> Option<Price> {
        let model = model?;
        let k = (provider.map(String::from), model.to_string());
        if let Some(p) = self.prices.get(&k) {
            return *p;
        }
        let p = self.pricing.lookup(provider, model).map(|(p, _)| p);
        self.prices.insert(k, p);
        p
    }
}

/// The person and channel rows of the current position belong to.
fn attribution(info: &SessionInfo, state: &FileState) -> (Option<String>, Option<String>) {
    match &info.kind {
        Kind::Direct(owner) => (
            Some(owner.clone()),
            info.channel
                .clone()
                .or_else(|| state.sender_channel.clone()),
        ),
        Kind::Shared => (
            state.sender.clone(),
            info.channel
                .clone()
                .or_else(|| state.sender_channel.clone()),
        ),
        Kind::Cron | Kind::Hook => (None, None),
    }
}
