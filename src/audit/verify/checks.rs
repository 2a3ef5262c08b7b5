//! The checks that need the whole trail: erasure commitments and the `--expect-head` anchor.

use super::walk::Part;
use super::{Anchor, Kind, Problem, Report};
use crate::audit::erase::{Checkpoint, IdsChain};
use std::collections::BTreeMap;

/// Every erased row belongs to the erasure event it names, and every erasure event erased
/// exactly the rows it committed to (counting those pruned since, from the checkpoint).
pub fn erasures(joined: &Part, checkpoint: Option<&Checkpoint>) -> Option<Problem> {
    let mut found: BTreeMap<i64, (IdsChain, i64)> = BTreeMap::new();
    for (event, state) in checkpoint.map(|c| &c.erasures).into_iter().flatten() {
        found.insert(*event, (*state, i64::MAX));
    }
    for (event, row) in &joined.erased {
        let entry = found.entry(*event).or_insert((IdsChain::default(), *row));
        entry.0.push(*row);
        entry.1 = entry.1.min(*row);
    }
    let mismatch = |event: i64| Problem {
        kind: Kind::Edited,
        id: Some(event),
        message: format!(
            "row {event} (audit.pseudonymize) does not match the rows marked as erased by it"
        ),
    };
    for (event, (state, first_row)) in &found {
        match joined.commitments.get(event) {
            None => {
                return Some(Problem {
                    kind: Kind::Edited,
                    id: Some(*first_row),
                    message: format!(
                        "row {first_row} is marked as erased by row {event}, which is not an erasure event"
                    ),
                })
            }
            Some(Some(c)) if c == state => {}
            Some(_) => return Some(mismatch(*event)),
        }
    }
    for (event, committed) in &joined.commitments {
        let rows = committed.map_or(0, |c| c.rows);
        if committed.is_none() || (rows > 0 && !found.contains_key(event)) {
            return Some(mismatch(*event));
        }
    }
    None
}

/// `--expect-head`: the anchored row is still in the chain (or is the checkpoint's base).
pub fn anchor(report: &mut Report, joined: &Part, expect: &str, checkpoint: Option<&Checkpoint>) {
    if let Some(id) = joined.anchor {
        report.anchor = Some(Anchor {
            hash: expect.to_string(),
            id: Some(id),
            events_after: joined.after_anchor,
        });
        return;
    }
    match checkpoint {
        Some(c) if c.base_hash == expect => {
            report.anchor = Some(Anchor {
                hash: expect.to_string(),
                id: Some(c.base_id),
                events_after: joined.sealed,
            });
        }
        _ => {
            let pruned = checkpoint
                .map(|c| {
                    format!(
                        ", or it was pruned by retention (rows up to {} were)",
                        c.base_id
                    )
                })
                .unwrap_or_default();
            let head = report
                .head_id
                .map_or_else(|| "none".into(), |i| i.to_string());
            report.problem = Some(Problem {
                kind: Kind::Truncated,
                id: None,
                message: format!(
                    "the anchored head {expect} is not in the trail (head is row {head}): events were deleted from the end or the chain was rewritten{pruned}"
                ),
            });
        }
    }
}
