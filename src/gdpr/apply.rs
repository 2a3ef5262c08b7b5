//! Applying the steps of a purge plan, one at a time, each idempotent and re-checking the
//! files it touches (so data the bot wrote after the plan was made is caught too).

use super::db::{self, Erased};
use super::memory;
use super::person::Person;
use super::purge::PurgeStep;
use super::redact;
use super::rewrite::{self, LineAction};
use super::stores;
use crate::audit::{self, Event, Outcome, Risk};
use crate::fsutil;
use crate::state::sessions;
use crate::store::Store;
use anyhow::{Context, Result};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

/// What applying did (this run).
#[derive(Debug, Default, Serialize)]
pub struct Applied {
    pub files_deleted: u64,
    pub bytes_deleted: u64,
    pub lines_redacted: u64,
    pub mentions_masked: u64,
    pub lines_appended_meanwhile: u64,
    pub memory_chunks: u64,
    pub store_entries: u64,
    pub config_entries: u64,
    pub log_lines: u64,
    pub db: Option<Erased>,
    pub audit_events_pseudonymized: u64,
    /// The longest time a bot lock (`sessions.json.lock`) was held, in milliseconds.
    pub longest_lock_ms: u64,
    pub warnings: Vec<String>,
}

/// Applies steps for one person.
pub struct Applier<'a> {
    pub root: &'a Path,
    pub person: &'a Person,
    pub pseudonym: &'a str,
    pub store: &'a mut Store,
    pub journal_id: &'a str,
    pub actor: String,
    /// The plan's totals, recorded in the audit event.
    pub totals: Value,
    pub done: Applied,
}

impl Applier<'_> {
    fn lock_held(&mut self, d: Duration) {
        self.done.longest_lock_ms = self.done.longest_lock_ms.max(d.as_millis() as u64);
    }

    /// Re-checked when deleting: inside the state dir, and for media no symlink anywhere on the
    /// way (a directory could have been swapped for a link since the plan was made).
    fn still_safe(&self, path: &Path) -> bool {
        if !path.starts_with(self.root) {
            return false;
        }
        if path.starts_with(self.root.join("media")) {
            let raw = path.to_string_lossy();
            return super::media::resolve(self.root, &raw).status
                == super::media::MediaStatus::Present;
        }
        true
    }

    pub fn apply(&mut self, step: &PurgeStep) -> Result<()> {
        let person = self.person;
        match step {
            PurgeStep::SessionStore { store, remove } => {
                let held = sessions::edit(store, rewrite::LOCK_WAIT, |map| {
                    let mut changed = false;
                    for k in remove {
                        changed |= map.remove(k).is_some();
                    }
                    let keys: Vec<String> = map.keys().cloned().collect();
                    for k in keys {
                        if person.mentioned_in(k.as_bytes()) {
                            map.remove(&k);
                            changed = true;
                        } else if let Some(v) = map.get_mut(&k) {
                            changed |= stores::scrub_entry(v, person);
                        }
                    }
                    Ok(changed)
                })?;
                self.lock_held(held);
            }
            PurgeStep::Redact { path, store, owner } => {
                if !path.exists() {
                    self.done
                        .warnings
                        .push(format!("{} disappeared before it was redacted; run the purge again to catch its leftover", path.display()));
                    return Ok(());
                }
                let r = redact::redact_file(path, person, owner.as_deref(), store)?;
                self.done.lines_redacted += r.redacted;
                self.done.mentions_masked += r.masked;
                self.done.lines_appended_meanwhile += r.file.appended;
                self.lock_held(r.file.lock_held);
                if r.unparsable > 0 {
                    self.done.warnings.push(format!(
                        "{}: {} malformed lines mention them and were left as they are",
                        path.display(),
                        r.unparsable
                    ));
                }
            }
            PurgeStep::DeleteFile { path, bytes } => match std::fs::symlink_metadata(path) {
                Ok(m) if m.is_file() && self.still_safe(path) => {
                    if fsutil::remove_file_durable(path)? {
                        self.done.files_deleted += 1;
                        self.done.bytes_deleted += bytes;
                    }
                }
                Ok(_) => self.done.warnings.push(format!(
                    "{} is no longer a regular file inside the state dir (a symlink?); not deleted",
                    path.display()
                )),
                Err(_) => {}
            },
            PurgeStep::RemoveDir { path } => {
                if let Err(e) = std::fs::remove_dir(path) {
                    if e.kind() != std::io::ErrorKind::NotFound {
                        self.done
                            .warnings
                            .push(format!("{} was not removed: {e}", path.display()));
                    }
                }
            }
            PurgeStep::Memory { hits, sessions } => {
                let ids: BTreeSet<String> = sessions.iter().cloned().collect();
                let r = memory::purge(&hits.path, person, &ids, hits)?;
                self.done.memory_chunks += r.chunks;
                self.done.warnings.extend(r.warnings);
            }
            PurgeStep::JsonStore { path, rel, kind } => {
                let Ok(bytes) = std::fs::read(path) else {
                    return Ok(());
                };
                let mut v: Value = serde_json::from_slice(&bytes)
                    .with_context(|| format!("{} is not valid JSON", path.display()))?;
                let changes = stores::edit_store(*kind, rel, &mut v, person);
                if !changes.is_empty() {
                    let mut out = serde_json::to_vec_pretty(&v)?;
                    if bytes.ends_with(b"\n") {
                        out.push(b'\n');
                    }
                    fsutil::write_atomic(path, &out, mode_of(path))?;
                    self.done.store_entries += changes.len() as u64;
                }
            }
            PurgeStep::Config { path } => {
                let Ok(text) = std::fs::read_to_string(path) else {
                    return Ok(());
                };
                if let Some((edited, n)) = super::config_edit::remove_person(&text, person)
                    .with_context(|| format!("editing {}", path.display()))?
                {
                    fsutil::write_atomic(path, edited.as_bytes(), mode_of(path))?;
                    self.done.config_entries += n as u64;
                }
            }
            PurgeStep::Log { path } => {
                if !path.exists() {
                    return Ok(());
                }
                let r = rewrite::rewrite_lines(path, None, &mut |line| {
                    Ok(if person.mentioned_in(line) {
                        LineAction::Drop
                    } else {
                        LineAction::Keep
                    })
                })?;
                self.done.log_lines += r.changed;
            }
            PurgeStep::OpsDb {
                sessions,
                message_keys,
                touched,
            } => {
                let erased = db::erase(
                    self.store,
                    person,
                    self.pseudonym,
                    sessions,
                    message_keys,
                    touched,
                )?;
                self.done.db = Some(erased);
            }
            PurgeStep::Audit => {
                self.done.audit_events_pseudonymized +=
                    audit::pseudonymize(self.store, &person.ids, self.pseudonym)?;
            }
            PurgeStep::ScrubOpsDb => {
                if let Some(w) = db::scrub(self.store)? {
                    self.done.warnings.push(w);
                }
            }
            PurgeStep::Record => {
                let marker = format!("%\"journal\":\"{}\"%", self.journal_id);
                let exists = self.store.query_i64(
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'user.purge' AND metadata LIKE ?",
                    &[marker.into()],
                )?;
                if exists == 0 {
                    audit::record(
                        self.store,
                        &Event {
                            actor: self.actor.clone(),
                            action: "user.purge".into(),
                            target: self.pseudonym.to_string(),
                            outcome: Outcome::Success,
                            risk: Risk::High,
                            metadata: json!({
                                "journal": self.journal_id,
                                "ids": person.ids.len(),
                                "counts": self.totals,
                            }),
                        },
                    )?;
                }
            }
        }
        Ok(())
    }
}

fn mode_of(path: &Path) -> u32 {
    std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o7777)
        .unwrap_or(0o600)
}
