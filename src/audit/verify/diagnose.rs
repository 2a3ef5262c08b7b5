//! Naming the kind of tampering where a verification pass stopped: a few targeted lookups
//! tell an edited row from an inserted, deleted or reordered one.

use super::walk::Failure;
use super::{Kind, Problem};
use crate::store::Store;
use anyhow::Result;

/// Name the kind of tampering at a failure, with a few lookups.
pub fn diagnose(store: &mut Store, failure: Failure, start: &str) -> Result<Problem> {
    let (at, failure) = match failure {
        Failure::Other(p) => return Ok(p),
        Failure::SelfCheck { ref at, .. } | Failure::Link { ref at, .. } => (at.clone(), failure),
    };
    let (expected, prev_id) = (at.expected.as_str(), at.prev_id);
    let next_links_back = |store: &mut Store, id: i64| -> Result<Option<i64>> {
        let next = store.query_one(
            "SELECT id, prev_hash FROM audit_log WHERE id > ? ORDER BY id LIMIT 1",
            &[id.into()],
        )?;
        Ok(next
            .filter(|n| n.get(1).as_str() == Some(expected))
            .map(|n| n.i64(0)))
    };
    let after = prev_id.map_or_else(
        || "the start of the chain".to_string(),
        |p| format!("row {p}"),
    );
    Ok(match failure {
        Failure::Other(p) => p,
        Failure::SelfCheck { id, reason, .. } => match next_links_back(store, id)? {
            Some(next) => Problem {
                kind: Kind::Inserted,
                id: Some(id),
                message: format!("row {id} was inserted: row {next} links to {after}, not to it"),
            },
            None => Problem {
                kind: Kind::Edited,
                id: Some(id),
                message: format!("row {id} was edited: {reason}"),
            },
        },
        Failure::Link { id, prev_hash, .. } => {
            if prev_hash == start && prev_id.is_some() {
                let first = store.query_i64("SELECT MIN(id) FROM audit_log", &[])?;
                return Ok(Problem {
                    kind: Kind::Inserted,
                    id: Some(first),
                    message: format!(
                        "row {first} was inserted: row {id} links to the start of the chain"
                    ),
                });
            }
            let holder = store.query_one(
                "SELECT id FROM audit_log WHERE hash = ? AND id <> ? ORDER BY id LIMIT 1",
                &[prev_hash.as_str().into(), id.into()],
            )?;
            match holder.map(|r| r.i64(0)) {
                Some(x) if x > id => Problem {
                    kind: Kind::Reordered,
                    id: Some(id),
                    message: format!("row {id} is out of order: in the chain it follows row {x}"),
                },
                Some(x) => {
                    let inserted = store.query_i64(
                        "SELECT MIN(id) FROM audit_log WHERE id > ?",
                        &[x.into()],
                    )?;
                    Problem {
                        kind: Kind::Inserted,
                        id: Some(inserted),
                        message: format!("row {inserted} was inserted: row {id} links to row {x}"),
                    }
                }
                None => match next_links_back(store, id)? {
                    Some(next) => Problem {
                        kind: Kind::Inserted,
                        id: Some(id),
                        message: format!("row {id} was inserted: row {next} links to {after}, not to it"),
                    },
                    None => Problem {
                        kind: Kind::Deleted,
                        id: Some(id),
                        message: match prev_id {
                            Some(p) => format!(
                                "events were deleted between rows {p} and {id}: row {id} links to an event that is gone (or row {p} was replaced)"
                            ),
                            None => format!(
                                "events were deleted before row {id}, the first row: it links to an event that is gone"
                            ),
                        },
                    },
                },
            }
        }
    })
}
