//! Which transcripts a run reads, and from where: every transcript compared with its cursor
//! (unchanged, grown, truncated or replaced, renamed), and the cursors of files that are gone.

use super::cursor::{self, Cursor, Start, KIND_COSTS, KIND_TRANSCRIPT};
use super::{Depth, SyncReport};
use crate::state::events::{EventSource, Resume, Transcript};
use crate::store::Store;
use anyhow::Result;
use std::collections::{HashMap, HashSet};

/// A transcript to read, from its cursor or (`None`) from the start.
pub struct Planned {
    pub t: Transcript,
    pub from: Option<Cursor>,
}

/// What a run reads, and the cursors (by source) it deletes.
pub struct Plan {
    pub read: Vec<Planned>,
    pub deletes: Vec<String>,
}

/// Compare the transcripts with their cursors. A cost-only run starts from a file's costs
/// cursor when it has one (never behind the transcript cursor, see [`cursor`]), else from its
/// transcript cursor.
pub fn plan(
    store: &mut Store,
    source: &dyn EventSource,
    transcripts: Vec<Transcript>,
    depth: Depth,
    report: &mut SyncReport,
) -> Result<Plan> {
    let mut cursors = cursor::load_all(store, KIND_TRANSCRIPT)?;
    if depth == Depth::Costs {
        cursors.extend(cursor::load_all(store, KIND_COSTS)?);
    }
    let mut read = Vec::new();
    let mut deletes = Vec::new();
    let sources: HashSet<String> = transcripts.iter().map(|t| t.source.clone()).collect();
    // Cursors of files that are gone, by inode: a renamed file finds its cursor here.
    let mut gone: HashMap<String, &Cursor> = cursors
        .values()
        .filter(|c| !sources.contains(&c.source) && !c.source.starts_with("sqlite:"))
        .filter_map(|c| c.file_id.clone().map(|id| (id, c)))
        .collect();
    for t in transcripts {
        let head = |r: Resume| source.head_hash(&t, r);
        let from = if let Some(c) = cursors.get(&t.source) {
            match cursor::decide(&t.stat, c, head)? {
                Start::Unchanged => {
                    report.files_unchanged += 1;
                    continue;
                }
                Start::Resume(c) => Some(c),
                Start::Fresh { .. } => {
                    report.files_restarted += 1;
                    None
                }
            }
        } else if let Some(c) = gone
            .get(&t.stat.file_id)
            .copied()
            .filter(|_| !t.in_bot_database())
        {
            match cursor::decide(&t.stat, c, head)? {
                Start::Unchanged | Start::Resume(_) => {
                    gone.remove(&t.stat.file_id);
                    report.files_moved += 1;
                    deletes.push(c.source.clone());
                    Some(c.clone())
                }
                Start::Fresh { .. } => None,
            }
        } else {
            None
        };
        read.push(Planned { t, from });
    }
    deletes.extend(gone.values().map(|c| c.source.clone()));
    Ok(Plan { read, deletes })
}
