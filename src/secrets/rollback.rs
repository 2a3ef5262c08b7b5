//! `secrets rollback`: put plaintext back where references to clawctl's secrets are, one
//! journaled, idempotent step per file (a file with no references left is done). The
//! stored secrets stay in the backend; `secrets rm` removes them.

use super::index::Index;
use super::jsonwalk::{display_path, Seg};
use super::refs::Reference;
use super::value::Secret;
use super::Area;
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Journal kind of `secrets rollback`.
pub const KIND: &str = "secrets-rollback";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Step {
    pub area: Area,
    pub file: PathBuf,
    /// Names referenced there when planned (for the record; the step restores whatever it finds).
    pub names: Vec<String>,
}

impl crate::journal::Step for Step {
    fn describe(&self) -> String {
        format!(
            "restore {} value(s) in {}",
            self.names.len(),
            self.file.display()
        )
    }
}

/// One step per file that references clawctl's secrets (optionally only `only` names).
pub fn plan(references: &[Reference], only: &[String]) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    for r in references
        .iter()
        .filter(|r| only.is_empty() || only.contains(&r.name))
    {
        match steps.iter_mut().find(|s| s.file == r.file) {
            Some(s) => {
                if !s.names.contains(&r.name) {
                    s.names.push(r.name.clone());
                }
            }
            None => steps.push(Step {
                area: r.area,
                file: r.file.clone(),
                names: vec![r.name.clone()],
            }),
        }
    }
    steps
}

/// Restore one file; `values` gives the value of each name in `step.names`, `index` the
/// text references replaced where that was not a secret.
pub fn apply(step: &Step, values: &dyn Fn(&str) -> Result<Secret>, index: &Index) -> Result<usize> {
    if !step.file.exists() {
        return Ok(0);
    }
    let pick = |name: &str| -> Result<Option<Secret>> {
        if step.names.iter().any(|n| n == name) {
            values(name).map(Some)
        } else {
            Ok(None)
        }
    };
    let literal = |path: &[Seg]| {
        let key = Index::literal_key(&step.file, &display_path(path));
        index.literals.get(&key).cloned()
    };
    super::rewrite::restore_file(step.area, &step.file, &pick, &literal)
}
