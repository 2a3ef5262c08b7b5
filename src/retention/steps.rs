//! The journaled file operations of `retention enforce`: planning them from the file items
//! ([`plan`]) and applying each one ([`apply`]).
//!
//! Each step re-checks its condition when it runs (the plan may be resumed hours later by the
//! next run): a session that became active again, a file that was touched, or one that is
//! already gone is skipped. So applying a step twice equals applying it once.

use super::archive::{self, Archived};
use super::files::FileItem;
use super::holds::Held;
use super::plan::{days_of, Inputs, Plan};
use super::policy::TranscriptAction;
use super::{commands_log, files, mtime_ms, relative, Rule};
use crate::fsutil;
use crate::journal::Step;
use crate::state::sessions::{self, StoreLock};
use anyhow::Result;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Store entries removed by this process (for fault injection).
static SESSIONS_REMOVED: AtomicU64 = AtomicU64::new(0);

/// How long a step waits for the bot to release `sessions.json.lock`.
pub const STORE_LOCK_WAIT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum FileStep {
    /// Copy transcripts (and their store entries) into a zip before they are removed.
    Archive { zip: PathBuf, files: Vec<Archived> },
    /// Remove a session's `sessions.json` entry, then its transcript, under the store lock.
    RemoveSession {
        store: PathBuf,
        key: String,
        session_id: String,
        file: PathBuf,
        cutoff_ms: i64,
    },
    /// Remove a file no store entry lists: an idle orphan transcript, a leftover, or media.
    RemoveFile {
        rule: Rule,
        file: PathBuf,
        /// The session store of the file's agent (checked for a new reference), if any.
        store: Option<PathBuf>,
        cutoff_ms: i64,
    },
    /// Drop expired lines from `logs/commands.log`.
    TrimCommandsLog { file: PathBuf, cutoff_ms: i64 },
}

impl Step for FileStep {
    fn describe(&self) -> String {
        match self {
            FileStep::Archive { zip, files } => {
                format!(
                    "archive {} transcript(s) into {}",
                    files.len(),
                    zip.display()
                )
            }
            FileStep::RemoveSession { key, file, .. } => {
                format!("remove session {key} and {}", file.display())
            }
            FileStep::RemoveFile { rule, file, .. } => {
                format!("remove {} ({})", file.display(), rule.as_str())
            }
            FileStep::TrimCommandsLog { file, .. } => {
                format!("drop expired lines from {}", file.display())
            }
        }
    }
}

impl FileStep {
    /// The rule a step counts under.
    pub fn rule(&self) -> Rule {
        match self {
            FileStep::Archive { .. } | FileStep::RemoveSession { .. } => Rule::Transcripts,
            FileStep::RemoveFile { rule, .. } => *rule,
            FileStep::TrimCommandsLog { .. } => Rule::CommandsLog,
        }
    }
}

/// What applying a step did.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    /// Files removed, or log lines dropped.
    pub count: u64,
    pub bytes: u64,
    /// Files archived.
    pub archived: u64,
    /// How long `sessions.json.lock` was held.
    pub store_lock: Duration,
}

/// Apply one step. `held` is the legal-hold state now (a hold placed since the plan wins).
pub fn apply(step: &FileStep, root: &Path, held: &Held) -> Result<Applied> {
    match step {
        FileStep::Archive { zip, files } => Ok(Applied {
            archived: archive::write(zip, files)?,
            ..Applied::default()
        }),
        FileStep::RemoveSession {
            store,
            key,
            session_id,
            file,
            cutoff_ms,
        } => {
            if held.covers_session(Some(key), session_id) || file_is_held(file, held)? {
                return Ok(Applied::default());
            }
            let lock = StoreLock::acquire(store, STORE_LOCK_WAIT)?;
            let mut applied = Applied::default();
            let mut map = serde_json::Map::new();
            for e in sessions::load(store)? {
                map.insert(e.key, e.value);
            }
            let entry = map.get(key);
            let same = entry
                .and_then(|e| e.get("sessionId"))
                .and_then(|v| v.as_str())
                == Some(session_id.as_str());
            let idle = entry
                .and_then(|e| e.get("updatedAt"))
                .and_then(|v| v.as_i64())
                .is_none_or(|u| u < *cutoff_ms);
            if entry.is_some() {
                if !same || !idle || !file_idle(file, *cutoff_ms) {
                    return Ok(applied);
                }
                map.remove(key);
                let mut bytes = serde_json::to_vec_pretty(&serde_json::Value::Object(map))?;
                bytes.push(b'\n');
                let mode = crate::state::file_mode(store).unwrap_or(0o600);
                fsutil::write_atomic(store, &bytes, mode)?;
                let n = SESSIONS_REMOVED.fetch_add(1, Ordering::SeqCst) + 1;
                super::enforce::fault_point("retention-session", n);
            }
            if file_idle(file, *cutoff_ms) {
                applied.bytes = size(file);
                applied.count = u64::from(fsutil::remove_file_durable(file)?);
            }
            applied.store_lock = lock.held_for();
            Ok(applied)
        }
        FileStep::RemoveFile {
            rule,
            file,
            store,
            cutoff_ms,
        } => {
            let old_enough = match rule {
                Rule::Leftovers => files::leftover_time(file)
                    .or_else(|| std::fs::symlink_metadata(file).ok().map(|m| mtime_ms(&m)))
                    .is_some_and(|t| t < *cutoff_ms),
                _ => file_idle(file, *cutoff_ms),
            };
            if !old_enough {
                return Ok(Applied::default());
            }
            match rule {
                Rule::Media if !files::deletable_media(root, file) => return Ok(Applied::default()),
                Rule::Transcripts | Rule::Leftovers if file_is_held(file, held)? => {
                    return Ok(Applied::default())
                }
                _ => {}
            }
            let _lock = match store {
                Some(store) if *rule == Rule::Transcripts => {
                    let lock = StoreLock::acquire(store, STORE_LOCK_WAIT)?;
                    if store_references(store, file)? {
                        return Ok(Applied::default());
                    }
                    Some(lock)
                }
                _ => None,
            };
            let bytes = size(file);
            let removed = fsutil::remove_file_durable(file)?;
            Ok(Applied {
                count: u64::from(removed),
                bytes: if removed { bytes } else { 0 },
                store_lock: _lock.map(|l| l.held_for()).unwrap_or_default(),
                ..Applied::default()
            })
        }
        FileStep::TrimCommandsLog { file, cutoff_ms } => {
            let t = commands_log::trim(file, *cutoff_ms, held)?;
            Ok(Applied {
                count: t.lines,
                bytes: t.bytes,
                ..Applied::default()
            })
        }
    }
}

/// A transcript with a held person's messages in it.
fn file_is_held(file: &Path, held: &Held) -> Result<bool> {
    let sid = file
        .file_name()
        .and_then(|n| crate::state::classify_transcript_name(&n.to_string_lossy()))
        .map(|(id, _, _)| id)
        .unwrap_or_default();
    if held.covers_session(None, &sid) {
        return Ok(true);
    }
    if held.user_ids.is_empty() {
        return Ok(false);
    }
    files::mentions_held(file, held)
}

fn file_idle(file: &Path, cutoff_ms: i64) -> bool {
    std::fs::symlink_metadata(file).is_ok_and(|m| m.is_file() && mtime_ms(&m) < cutoff_ms)
}

fn size(file: &Path) -> u64 {
    std::fs::symlink_metadata(file).map_or(0, |m| m.len())
}

/// Whether a store entry now points at `file` (the bot may have adopted an orphan).
fn store_references(store: &Path, file: &Path) -> Result<bool> {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
    Ok(sessions::load(store)?.iter().any(|e| {
        let by_id = e
            .session_id()
            .is_some_and(|id| name.as_deref() == Some(&format!("{id}.jsonl")));
        let by_file = e
            .session_file()
            .and_then(|f| {
                Path::new(f)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
            })
            .is_some_and(|f| name.as_deref() == Some(f.as_str()));
        by_id || by_file
    }))
}

/// The journal steps for the file rules, in the order they must run.
pub fn plan(inputs: &Inputs, plan: &Plan) -> Vec<FileStep> {
    let state = &inputs.state;
    let policy = &inputs.policy;
    let mut steps = Vec::new();
    let doomed = |rule: Rule| {
        plan.files
            .iter()
            .filter(move |f| f.rule == rule && f.keep.is_none())
    };
    let cutoff = |rule: Rule| {
        days_of(policy, rule)
            .cutoff(inputs.now_ms)
            .unwrap_or(i64::MIN)
    };

    if policy.transcripts.action == TranscriptAction::Archive {
        let files: Vec<archive::Archived> = doomed(Rule::Transcripts)
            .map(|f| archive::Archived {
                file: f.path.clone(),
                name: relative(&state.root, &f.path),
                entry: entry_of(inputs, f),
            })
            .collect();
        if !files.is_empty() {
            let dir = policy
                .transcripts
                .archive_dir
                .clone()
                .unwrap_or_else(|| archive::default_dir(&state.root));
            let stamp = super::iso(inputs.now_ms).replace([':', '.'], "-");
            let zip = dir.join(format!("retention-{stamp}-{}.zip", std::process::id()));
            steps.push(FileStep::Archive { zip, files });
        }
    }
    for f in doomed(Rule::Transcripts) {
        let agent = f.agent.clone().unwrap_or_default();
        let store = state.sessions_store(&agent);
        steps.push(match &f.session_key {
            Some(key) => FileStep::RemoveSession {
                store,
                key: key.clone(),
                session_id: f.session_id.clone().unwrap_or_default(),
                file: f.path.clone(),
                cutoff_ms: cutoff(Rule::Transcripts),
            },
            None => FileStep::RemoveFile {
                rule: Rule::Transcripts,
                file: f.path.clone(),
                store: Some(store),
                cutoff_ms: cutoff(Rule::Transcripts),
            },
        });
    }
    for rule in [Rule::Leftovers, Rule::Media] {
        for f in doomed(rule) {
            steps.push(FileStep::RemoveFile {
                rule,
                file: f.path.clone(),
                store: None,
                cutoff_ms: cutoff(rule),
            });
        }
    }
    if plan.commands_log.lines > 0 {
        steps.push(FileStep::TrimCommandsLog {
            file: inputs.commands_log(),
            cutoff_ms: cutoff(Rule::CommandsLog),
        });
    }
    steps
}

fn entry_of(inputs: &Inputs, f: &FileItem) -> Option<Value> {
    let key = f.session_key.as_ref()?;
    inputs
        .stores
        .iter()
        .flat_map(|(_, entries)| entries)
        .find(|e| &e.key == key)
        .map(|e| json!({ "key": e.key, "entry": e.value }))
}
