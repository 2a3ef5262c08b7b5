//! The one mechanism every destructive command uses: plan → journal → apply → audit.
//!
//! A command builds a plan (a list of idempotent steps; `--dry-run` prints it), writes it to a
//! journal under `<state>/clawctl/journal/`, then applies the steps in order, appending each
//! finished step's index to a progress file (fsynced). Killed at any point, the next run of the
//! same command finds the unfinished journal and resumes it. Because every step is idempotent
//! (deleting a file already gone, redacting a line already redacted), re-applying the step that
//! was in flight when the process died is safe.

use crate::fsutil;
use anyhow::{Context, Result};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Environment variable for fault-injection tests: `<kind>:<n>` sends SIGKILL to this process
/// right after step `n` (1-based) of a `<kind>` journal is applied and before it is recorded.
pub const FAULT_ENV: &str = "CLAWCTL_FAULT_KILL_AFTER_STEP";

/// A step of a journaled operation. Applying it twice must equal applying it once.
pub trait Step: Serialize + DeserializeOwned {
    /// One line for `--dry-run` and progress output.
    fn describe(&self) -> String;
}

#[derive(Serialize, Deserialize)]
struct PlanFile<S> {
    kind: String,
    id: String,
    created_at: i64,
    meta: serde_json::Value,
    steps: Vec<S>,
}

/// A plan written to disk, with how far it got.
pub struct Journal<S> {
    dir: PathBuf,
    pub kind: String,
    pub id: String,
    pub created_at: i64,
    /// Command-specific context (counts, options), never secret values.
    pub meta: serde_json::Value,
    pub steps: Vec<S>,
    /// Steps already applied.
    pub done: usize,
}

impl<S: Step> Journal<S> {
    /// The journal directory of a state dir.
    pub fn dir(state_root: &Path) -> PathBuf {
        state_root.join("clawctl").join("journal")
    }

    /// An unfinished journal of `kind`, if a previous run was interrupted.
    pub fn pending(state_root: &Path, kind: &str) -> Result<Option<Journal<S>>> {
        let dir = Self::dir(state_root);
        let mut names = crate::state::read_dir_names(&dir)?;
        names.sort();
        for name in names {
            let Some(id) = name
                .strip_prefix(&format!("{kind}-"))
                .and_then(|n| n.strip_suffix(".plan.json"))
            else {
                continue;
            };
            let plan_path = dir.join(&name);
            let text = std::fs::read(&plan_path)
                .with_context(|| format!("reading journal {}", plan_path.display()))?;
            let plan: PlanFile<S> = serde_json::from_slice(&text).with_context(|| {
                format!(
                    "journal {} is corrupt; inspect it and remove it to continue",
                    plan_path.display()
                )
            })?;
            let done = std::fs::read_to_string(dir.join(format!("{kind}-{id}.done")))
                .map(|s| s.lines().count())
                .unwrap_or(0);
            return Ok(Some(Journal {
                dir,
                kind: plan.kind,
                id: plan.id,
                created_at: plan.created_at,
                meta: plan.meta,
                steps: plan.steps,
                done,
            }));
        }
        Ok(None)
    }

    /// Write a new plan to disk (atomically) before anything is changed.
    pub fn create(
        state_root: &Path,
        kind: &str,
        meta: serde_json::Value,
        steps: Vec<S>,
    ) -> Result<Journal<S>> {
        let dir = Self::dir(state_root);
        fsutil::create_private_dir(&dir)?;
        let created_at = crate::state::sessions::now_ms();
        let id = format!("{created_at}-{}", std::process::id());
        let plan = PlanFile {
            kind: kind.to_string(),
            id: id.clone(),
            created_at,
            meta,
            steps,
        };
        fsutil::write_atomic(
            &dir.join(format!("{kind}-{id}.plan.json")),
            &serde_json::to_vec(&plan)?,
            0o600,
        )?;
        Ok(Journal {
            dir,
            kind: plan.kind,
            id,
            created_at,
            meta: plan.meta,
            steps: plan.steps,
            done: 0,
        })
    }

    /// Apply the remaining steps in order, recording each one durably.
    pub fn run(&mut self, mut apply: impl FnMut(usize, &S) -> Result<()>) -> Result<()> {
        let done_path = self.done_path();
        let mut progress = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&done_path)
            .with_context(|| format!("opening {}", done_path.display()))?;
        let fault = fault_point(&self.kind);
        while self.done < self.steps.len() {
            let i = self.done;
            apply(i, &self.steps[i]).with_context(|| {
                format!(
                    "step {} of {}: {}",
                    i + 1,
                    self.steps.len(),
                    self.steps[i].describe()
                )
            })?;
            if fault == Some(i + 1) {
                // SAFETY: kill(2) on our own pid with SIGKILL has no memory-safety preconditions.
                unsafe { libc::kill(libc::getpid(), libc::SIGKILL) };
            }
            writeln!(progress, "{i}")?;
            progress.sync_data()?;
            self.done += 1;
        }
        Ok(())
    }

    /// Remove the journal once the operation is complete.
    pub fn finish(self) -> Result<()> {
        fsutil::remove_file_durable(&self.done_path())?;
        fsutil::remove_file_durable(
            &self
                .dir
                .join(format!("{}-{}.plan.json", self.kind, self.id)),
        )?;
        Ok(())
    }

    pub fn is_complete(&self) -> bool {
        self.done >= self.steps.len()
    }

    fn done_path(&self) -> PathBuf {
        self.dir.join(format!("{}-{}.done", self.kind, self.id))
    }
}

fn fault_point(kind: &str) -> Option<usize> {
    let spec = std::env::var(FAULT_ENV).ok()?;
    let (k, n) = spec.split_once(':')?;
    (k == kind).then(|| n.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize, Clone)]
    struct Touch(String);
    impl Step for Touch {
        fn describe(&self) -> String {
            format!("touch {}", self.0)
        }
    }

    #[test]
    fn an_interrupted_journal_resumes_where_it_stopped() {
        let dir = tempfile::tempdir().unwrap();
        let steps = vec![Touch("a".into()), Touch("b".into()), Touch("c".into())];
        let mut j = Journal::create(dir.path(), "test", serde_json::json!({}), steps).unwrap();
        let mut seen = Vec::new();
        let err = j.run(|i, s| {
            if i == 1 {
                anyhow::bail!("disk full")
            }
            seen.push(s.0.clone());
            Ok(())
        });
        assert!(err
            .unwrap_err()
            .to_string()
            .contains("step 2 of 3: touch b"));
        let mut j: Journal<Touch> = Journal::pending(dir.path(), "test").unwrap().unwrap();
        assert_eq!(j.done, 1);
        j.run(|_, s| {
            seen.push(s.0.clone());
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, ["a", "b", "c"]);
        j.finish().unwrap();
        assert!(Journal::<Touch>::pending(dir.path(), "test")
            .unwrap()
            .is_none());
    }
}
