//! Ordering report groups: by time when the first `--by` key is a period, else most expensive
//! first; nested keys stay together under their parent (parents ordered by their own total).
//! `--top N` keeps the N most expensive groups and sums the rest into one `(other)` group, so
//! shares still add up to the total.

use super::query::{Agg, Group, Key};
use std::cmp::Ordering;
use std::collections::HashMap;

/// The label of the group that sums what `--top` left out.
pub const OTHER: &str = "(other)";

pub fn arrange(mut groups: Vec<Group>, keys: &[Key], top: Option<usize>) -> Vec<Group> {
    let mut other = None;
    if let Some(n) = top {
        if groups.len() > n {
            groups.sort_by(|a, b| by_cost(&a.agg, &b.agg).then_with(|| a.key.cmp(&b.key)));
            let mut rest = Agg::default();
            for g in groups.drain(n..) {
                rest.add(&g.agg);
            }
            other = Some(Group {
                key: vec![Some(OTHER.to_string()); keys.len().max(1)],
                agg: rest,
            });
        }
    }
    let timed_first = keys.first().is_some_and(|k| k.unit().is_some());
    // Totals of each parent prefix, for ordering nested groups.
    let mut parents: HashMap<Vec<Option<String>>, f64> = HashMap::new();
    for g in &groups {
        for depth in 1..g.key.len() {
            *parents.entry(g.key[..depth].to_vec()).or_default() += g.agg.cost_usd;
        }
    }
    groups.sort_by(|a, b| {
        for depth in 0..a.key.len().min(b.key.len()) {
            let (ka, kb) = (&a.key[depth], &b.key[depth]);
            if ka == kb {
                continue;
            }
            let time = keys.get(depth).is_some_and(|k| k.unit().is_some());
            if time || (depth == 0 && timed_first) {
                return ka.cmp(kb);
            }
            let last = depth + 1 == a.key.len();
            let (ca, cb) = if last {
                (a.agg.cost_usd, b.agg.cost_usd)
            } else {
                let pa = parents.get(&a.key[..=depth]).copied().unwrap_or(0.0);
                let pb = parents.get(&b.key[..=depth]).copied().unwrap_or(0.0);
                (pa, pb)
            };
            return cb
                .partial_cmp(&ca)
                .unwrap_or(Ordering::Equal)
                .then_with(|| ka.cmp(kb));
        }
        Ordering::Equal
    });
    groups.extend(other);
    groups
}

fn by_cost(a: &Agg, b: &Agg) -> Ordering {
    b.cost_usd
        .partial_cmp(&a.cost_usd)
        .unwrap_or(Ordering::Equal)
        .then(b.requests.cmp(&a.requests))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(key: &[&str], cost: f64) -> Group {
        Group {
            key: key.iter().map(|k| Some(k.to_string())).collect(),
            agg: Agg {
                requests: 1,
                cost_usd: cost,
                ..Agg::default()
            },
        }
    }

    #[test]
    fn orders_by_time_or_cost_and_folds_the_rest_into_other() {
        let out = arrange(
            vec![g(&["2026-11-02"], 1.0), g(&["2026-11-01"], 2.0)],
            &[Key::Day],
            None,
        );
        assert_eq!(out[0].key[0].as_deref(), Some("2026-11-01"));
        let out = arrange(
            vec![g(&["a"], 1.0), g(&["b"], 3.0), g(&["c"], 2.0)],
            &[Key::Model],
            Some(2),
        );
        let names: Vec<_> = out.iter().map(|g| g.key[0].clone().unwrap()).collect();
        assert_eq!(names, ["b", "c", OTHER]);
        assert_eq!(out[2].agg.cost_usd, 1.0);
        let out = arrange(
            vec![
                g(&["x", "m1"], 1.0),
                g(&["y", "m1"], 2.5),
                g(&["x", "m2"], 2.0),
            ],
            &[Key::Agent, Key::Model],
            None,
        );
        let keys: Vec<_> = out
            .iter()
            .map(|g| {
                format!(
                    "{}/{}",
                    g.key[0].clone().unwrap(),
                    g.key[1].clone().unwrap()
                )
            })
            .collect();
        assert_eq!(keys, ["x/m2", "x/m1", "y/m1"]);
    }
}
