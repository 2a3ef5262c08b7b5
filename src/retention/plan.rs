//! What each rule would remove right now: counts, bytes, what holds and exemptions keep, and
//! the oldest item kept. `retention show` prints it; `enforce --dry-run` prints it with the file
//! steps; `enforce` turns it into journal steps and batches.

use super::commands_log::{self, Trim};
use super::files::{self, FileItem, Keep, Scene};
use super::holds::{self, Held};
use super::policy::{Days, Policy, TranscriptAction};
use super::{relative, resolve_in_state, rows, Rule};
use crate::state::sessions::SessionEntry;
use crate::state::{Layout, StateDir};
use crate::store::Store;
use anyhow::Result;
use serde_json::{json, Value};
use std::collections::HashSet;
use std::path::PathBuf;

/// Everything a plan is made from.
pub struct Inputs {
    pub state: StateDir,
    pub policy: Policy,
    pub now_ms: i64,
    pub links: Vec<(String, Vec<String>)>,
    pub stores: Vec<(String, Vec<SessionEntry>)>,
    pub held: Held,
    /// `legal_holds` fingerprint when `held` was resolved.
    pub holds_version: String,
}

impl Inputs {
    pub fn load(
        state: StateDir,
        policy: Policy,
        now_ms: i64,
        links: Vec<(String, Vec<String>)>,
        store: Option<&mut Store>,
    ) -> Result<Inputs> {
        let stores = holds::load_stores(&state)?;
        let mut inputs = Inputs {
            state,
            policy,
            now_ms,
            links,
            stores,
            held: Held::default(),
            holds_version: String::new(),
        };
        if let Some(store) = store {
            inputs.refresh_held(store)?;
        }
        Ok(inputs)
    }

    /// Re-read the legal holds (a hold placed during a run takes effect from the next batch).
    pub fn refresh_held(&mut self, store: &mut Store) -> Result<()> {
        self.holds_version = holds::version(store)?;
        let list = holds::list(store)?;
        self.held = Held::resolve(list, &self.links, &self.stores, Some(store))?;
        Ok(())
    }

    pub fn scene(&self) -> Scene<'_> {
        Scene {
            state: &self.state,
            policy: &self.policy,
            now_ms: self.now_ms,
            held: &self.held,
            stores: &self.stores,
        }
    }

    pub fn commands_log(&self) -> PathBuf {
        self.state.root.join("logs").join("commands.log")
    }
}

/// One rule's figures.
#[derive(Debug, Clone)]
pub struct RuleReport {
    pub rule: Rule,
    /// The policy in words (`90 days`, `keep`, `idle 90 days, then archive`).
    pub keep: String,
    pub cutoff_ms: Option<i64>,
    /// Items that would be removed (rows, files or log lines).
    pub count: u64,
    pub bytes: Option<u64>,
    /// Ops-database rows that would be deleted with them (media).
    pub db_rows: u64,
    /// Expired items a legal hold keeps.
    pub held: u64,
    /// Expired items kept because they are starred or archived.
    pub exempt: u64,
    pub oldest_kept_ms: Option<i64>,
    pub note: Option<String>,
}

impl RuleReport {
    fn new(rule: Rule, keep: String, cutoff_ms: Option<i64>) -> RuleReport {
        RuleReport {
            rule,
            keep,
            cutoff_ms,
            count: 0,
            bytes: None,
            db_rows: 0,
            held: 0,
            exempt: 0,
            oldest_kept_ms: None,
            note: None,
        }
    }

    pub fn to_json(&self) -> Value {
        json!({
            "rule": self.rule.as_str(),
            "what": self.rule.what(),
            "keep": self.keep,
            "cutoff": self.cutoff_ms.map(super::iso),
            "count": self.count,
            "bytes": self.bytes,
            "db_rows": self.db_rows,
            "held": self.held,
            "exempt": self.exempt,
            "oldest_kept": self.oldest_kept_ms.map(super::iso),
            "note": self.note,
        })
    }
}

/// The figures for every rule, and the file items behind the file rules.
pub struct Plan {
    pub rules: Vec<RuleReport>,
    pub files: Vec<FileItem>,
    pub commands_log: Trim,
}

/// Describe a policy rule.
pub fn keep_text(policy: &Policy, rule: Rule) -> String {
    let days = days_of(policy, rule);
    match rule {
        Rule::Messages if days != Days::Keep => {
            let mut kept = Vec::new();
            if policy.messages.keep_starred {
                kept.push("starred");
            }
            if policy.messages.keep_archived {
                kept.push("archived");
            }
            if kept.is_empty() {
                days.describe()
            } else {
                format!("{} (except {})", days.describe(), kept.join(", "))
            }
        }
        Rule::Transcripts if days != Days::Keep => {
            let action = match policy.transcripts.action {
                TranscriptAction::Delete => "delete",
                TranscriptAction::Archive => "archive",
            };
            format!("idle {}, then {action}", days.describe())
        }
        _ => days.describe(),
    }
}

pub fn days_of(policy: &Policy, rule: Rule) -> Days {
    match rule {
        Rule::Messages => policy.messages.days,
        Rule::Media => policy.media.days,
        Rule::Cost => policy.cost.days,
        Rule::Audit => policy.audit.days,
        Rule::Transcripts => policy.transcripts.idle_days,
        Rule::Leftovers => policy.leftovers.days,
        Rule::CommandsLog => policy.commands_log.days,
    }
}

/// Count everything. Without a store (no ops database yet) the database rules count nothing.
pub fn build(inputs: &Inputs, mut store: Option<&mut Store>) -> Result<Plan> {
    let policy = &inputs.policy;
    let held = &inputs.held;
    let mut reports = Vec::new();
    for rule in Rule::ALL {
        let cutoff = days_of(policy, rule).cutoff(inputs.now_ms);
        reports.push(RuleReport::new(rule, keep_text(policy, rule), cutoff));
    }
    if let Some(store) = store.as_deref_mut() {
        let tables = [
            (Rule::Messages, "messages"),
            (Rule::Cost, "cost_attribution"),
            (Rule::Media, "media_files"),
        ];
        for (rule, table) in tables {
            let i = rule as usize;
            let Some(cutoff) = reports[i].cutoff_ms else {
                continue;
            };
            let (cond, held_match) = match rule {
                Rule::Messages => (
                    rows::messages(policy, cutoff, held),
                    held.sql_match(Some("user_id"), Some("session_key"), Some("session_id")),
                ),
                Rule::Cost => (
                    rows::cost(cutoff, held),
                    held.sql_match(Some("user_id"), Some("session_key"), Some("session_id")),
                ),
                _ => (
                    rows::media(policy, cutoff, held),
                    held.sql_match(Some("user_id"), None, Some("session_id")),
                ),
            };
            let c = rows::count(store, table, &cond, cutoff, held_match)?;
            let r = &mut reports[i];
            r.held = c.held;
            r.exempt = c.exempt;
            r.oldest_kept_ms = c.oldest_kept_ms;
            match rule {
                Rule::Media => {
                    r.db_rows = c.count;
                    let (files, bytes) = indexed_media_files(store, &inputs.state, &cond)?;
                    r.count = files;
                    r.bytes = Some(bytes);
                }
                Rule::Messages => {
                    r.count = c.count;
                    r.db_rows = c.count;
                    r.bytes = Some(rows::text_bytes(store, table, "text", &cond)?);
                }
                _ => {
                    r.count = c.count;
                    r.db_rows = c.count;
                }
            }
        }
        let i = Rule::Audit as usize;
        if let Some(cutoff) = reports[i].cutoff_ms {
            let before = rows::audit_before(store, cutoff, held)?;
            let r = &mut reports[i];
            let q = |s: &mut Store, sql: &str, t: i64| s.query_i64(sql, &[t.into()]);
            r.count = q(
                store,
                "SELECT COUNT(*) FROM audit_log WHERE timestamp < ?",
                before,
            )? as u64;
            r.db_rows = r.count;
            let expired = q(
                store,
                "SELECT COUNT(*) FROM audit_log WHERE timestamp < ?",
                cutoff,
            )?;
            r.held = (expired as u64).saturating_sub(r.count);
            r.oldest_kept_ms = store
                .query_one(
                    "SELECT MIN(timestamp) FROM audit_log WHERE timestamp >= ?",
                    &[before.into()],
                )?
                .and_then(|row| row.get(0).as_i64());
        }
    }

    let (all, trim) = file_items(inputs, store)?;
    for item in &all {
        let r = &mut reports[item.rule as usize];
        match item.keep {
            None => {
                r.count += 1;
                r.bytes = Some(r.bytes.unwrap_or(0) + item.bytes);
            }
            Some(k) => {
                match k {
                    Keep::Held => r.held += 1,
                    Keep::Starred => r.exempt += 1,
                    Keep::Young => {}
                }
                r.oldest_kept_ms = Some(
                    r.oldest_kept_ms
                        .map_or(item.time_ms, |o| o.min(item.time_ms)),
                );
            }
        }
    }
    for rule in [Rule::Transcripts, Rule::Leftovers] {
        let r = &mut reports[rule as usize];
        if r.cutoff_ms.is_some() && r.bytes.is_none() {
            r.bytes = Some(0);
        }
    }
    if inputs.state.layout == Layout::Sqlite {
        reports[Rule::Transcripts as usize].note = Some(
            "the gateway owns transcripts in the SQLite layout: use `openclaw sessions cleanup`"
                .into(),
        );
    }

    let r = &mut reports[Rule::CommandsLog as usize];
    if r.cutoff_ms.is_some() {
        r.count = trim.lines;
        r.bytes = Some(trim.bytes);
        r.held = trim.held;
        r.oldest_kept_ms = trim.oldest_kept_ms;
    }
    Ok(Plan {
        rules: reports,
        files: all,
        commands_log: trim,
    })
}

/// The file items of the file rules (transcripts, leftovers, unindexed media) and what trimming
/// `commands.log` would remove.
pub fn file_items(inputs: &Inputs, mut store: Option<&mut Store>) -> Result<(Vec<FileItem>, Trim)> {
    let scene = inputs.scene();
    let transcripts = files::transcripts(&scene, store.as_deref_mut())?;
    let indexed = match store {
        Some(s) => indexed_paths(s, &inputs.state)?,
        None => HashSet::new(),
    };
    let media = files::unindexed_media(&scene, &indexed, &transcripts)?;
    let mut all = transcripts;
    all.extend(media);
    let trim = match inputs.policy.commands_log.days.cutoff(inputs.now_ms) {
        Some(cutoff) => commands_log::count(&inputs.commands_log(), cutoff, &inputs.held)?,
        None => Trim::default(),
    };
    Ok((all, trim))
}

/// Every path `media_files` indexes, relative to the state dir.
pub fn indexed_paths(store: &mut Store, state: &StateDir) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    store.query_each("SELECT DISTINCT file_path FROM media_files", &[], |r| {
        if let Some(p) = r
            .get(0)
            .as_str()
            .and_then(|p| resolve_in_state(&state.root, p))
        {
            out.insert(relative(&state.root, &p));
        }
        Ok(())
    })?;
    Ok(out)
}

/// Files (and bytes) the indexed media rule would delete: paths only expired rows use.
fn indexed_media_files(
    store: &mut Store,
    state: &StateDir,
    cond: &rows::Cond,
) -> Result<(u64, u64)> {
    let sql = format!(
        "SELECT file_path FROM media_files WHERE {c} EXCEPT SELECT file_path FROM media_files WHERE NOT ({c})",
        c = cond.sql
    );
    let mut params = cond.params.clone();
    params.extend(cond.params.iter().cloned());
    let (mut files, mut bytes) = (0, 0);
    store.query_each(&sql, &params, |r| {
        let Some(path) = r
            .get(0)
            .as_str()
            .and_then(|p| resolve_in_state(&state.root, p))
        else {
            return Ok(());
        };
        if files::deletable_media(&state.root, &path) {
            files += 1;
            bytes += std::fs::symlink_metadata(&path).map_or(0, |m| m.len());
        }
        Ok(())
    })?;
    Ok((files, bytes))
}
