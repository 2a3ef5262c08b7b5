//! Refilling the cost rollup tables (`cost_rollup`, 15-minute buckets per agent, and
//! `cost_rollup_day`, days per agent, session, person, channel, model and task type) after a
//! bulk load ran with their triggers off: from the sums its writer kept ([`Tally`]), or from
//! `cost_attribution`.
//!
//! Both are summed into hash maps, from one scan of `cost_attribution` at most: two `INSERT … SELECT …
//! GROUP BY` would scan it twice and sort every row by nine text columns, three times as long
//! on a first sync. The sums are the triggers' (migration 3): `timestamp / 900000` and
//! `/ 86400000` as integers, NULL text as `''`, NULL tokens as 0, costs summed with
//! compensation (as SQLite's `SUM` does), a NULL cost counted as unpriced; the bulk-load tests
//! compare the result with what the triggers maintain row by row.

use super::{SqlRef, SqlValue, Store};
use anyhow::Result;
use std::collections::HashMap;

/// One rollup row's sums.
#[derive(Default)]
struct Sums {
    requests: i64,
    tokens: [i64; 4],
    cost: f64,
    compensation: f64,
    unpriced: i64,
}

impl Sums {
    /// Add a row's amounts (`requests` 1), or take them away again (-1, amounts negated).
    fn add(&mut self, requests: i64, tokens: [i64; 4], cost: Option<f64>) {
        self.requests += requests;
        for (sum, t) in self.tokens.iter_mut().zip(tokens) {
            *sum += t;
        }
        match cost {
            Some(c) => self.add_cost(c),
            None => self.unpriced += requests,
        }
    }

    /// Neumaier's compensated sum.
    fn add_cost(&mut self, c: f64) {
        let t = self.cost + c;
        self.compensation += if self.cost.abs() >= c.abs() {
            (self.cost - t) + c
        } else {
            (c - t) + self.cost
        };
        self.cost = t;
    }

    /// Add another group's sums.
    fn merge(&mut self, other: Sums) {
        self.requests += other.requests;
        for (sum, t) in self.tokens.iter_mut().zip(other.tokens) {
            *sum += t;
        }
        self.add_cost(other.cost);
        self.compensation += other.compensation;
        self.unpriced += other.unpriced;
    }

    fn values(&self) -> Vec<SqlValue> {
        let mut v = vec![SqlValue::Int(self.requests)];
        v.extend(self.tokens.iter().map(|t| SqlValue::Int(*t)));
        v.push(SqlValue::Real(self.cost + self.compensation));
        v.push(SqlValue::Int(self.unpriced));
        v
    }
}

const TEXT_KEYS: usize = 8;

/// What one `cost_attribution` row adds to the rollups: its timestamp, the eight text columns
/// of the day key (`agent_id`, `session_id`, `session_key`, `user_id`, `channel`, `model`,
/// `provider`, `task_type`; NULL as `''`), its four token counts and its cost.
pub struct Call<'a> {
    pub timestamp: i64,
    pub text: [&'a str; TEXT_KEYS],
    pub tokens: [i64; 4],
    pub cost: Option<f64>,
}

/// Both rollup tables' rows, summed in memory: by a scan of `cost_attribution` ([`refill`]), or
/// by a bulk load's writer as it inserts (`sync`), which then needs no scan at all.
#[derive(Default)]
pub struct Tally {
    buckets: Groups,
    days: Groups,
    key: String,
}

impl Tally {
    /// Count a row in (`sign` 1) or out again (`sign` -1: a call whose `task_type` changed).
    pub fn add(&mut self, c: &Call, sign: i64) {
        let tokens = c.tokens.map(|t| t * sign);
        let cost = c.cost.map(|v| v * sign as f64);
        sums(&mut self.buckets, c.timestamp / 900_000, c.text[0]).add(sign, tokens, cost);
        // The day key: the eight text columns joined by NUL, which none of them holds.
        self.key.clear();
        for (i, t) in c.text.iter().enumerate() {
            if i > 0 {
                self.key.push('\0');
            }
            self.key.push_str(t);
        }
        sums(&mut self.days, c.timestamp / 86_400_000, &self.key).add(sign, tokens, cost);
    }

    /// Add the sums of `other` (a sync's reader threads each sum the calls they read, off the
    /// writer thread, and their tallies are added up once the load is done).
    pub fn merge(&mut self, other: Tally) {
        for (mine, theirs) in [
            (&mut self.buckets, other.buckets),
            (&mut self.days, other.days),
        ] {
            for (n, group) in theirs {
                let into = mine.entry(n).or_default();
                for (key, sums) in group {
                    into.entry(key).or_default().merge(sums);
                }
            }
        }
    }

    /// Move the sums of the calls `filter` selects (a condition on `cost_attribution` with
    /// `params`) from their current task type to `ty` (call it before the UPDATE that retypes
    /// the rows).
    pub fn retype(
        &mut self,
        store: &mut Store,
        filter: &str,
        params: &[SqlValue],
        ty: &str,
    ) -> Result<()> {
        store.query_each_ref(
            &format!("SELECT {CALL_COLUMNS} FROM cost_attribution WHERE {filter}"),
            params,
            |r| {
                let mut call = call_of(r);
                if call.text[TEXT_KEYS - 1] != ty {
                    self.add(&call, -1);
                    call.text[TEXT_KEYS - 1] = ty;
                    self.add(&call, 1);
                }
                Ok(())
            },
        )
    }

    /// Replace both rollup tables' rows with these sums (inside the caller's transaction).
    pub fn write(self, store: &mut Store) -> Result<()> {
        store.execute_batch("DELETE FROM cost_rollup; DELETE FROM cost_rollup_day;")?;
        insert(store, "cost_rollup", 9, self.buckets)?;
        insert(store, "cost_rollup_day", 16, self.days)
    }
}

/// The `cost_attribution` columns a rollup counts, in the order [`call_of`] reads them.
const CALL_COLUMNS: &str =
    "timestamp, agent_id, session_id, session_key, user_id, channel, model, provider, task_type,
    input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost";

/// A row of [`CALL_COLUMNS`] as the triggers count it.
fn call_of<'a>(r: &[SqlRef<'a>]) -> Call<'a> {
    let cost = match r[13] {
        SqlRef::Null => None,
        SqlRef::Real(f) => Some(f),
        SqlRef::Int(i) => Some(i as f64),
        ref v => Some(v.as_str().and_then(|s| s.parse().ok()).unwrap_or(0.0)),
    };
    Call {
        timestamp: int(&r[0]),
        text: std::array::from_fn(|i| text(&r[1 + i])),
        tokens: [int(&r[9]), int(&r[10]), int(&r[11]), int(&r[12])],
        cost,
    }
}

/// Empty both rollup tables and fill them from `cost_attribution` (inside the caller's
/// transaction).
pub fn refill(store: &mut Store) -> Result<()> {
    let mut tally = Tally::default();
    store.query_each_ref(
        &format!("SELECT {CALL_COLUMNS} FROM cost_attribution"),
        &[],
        |r| {
            tally.add(&call_of(r), 1);
            Ok(())
        },
    )?;
    tally.write(store)
}

/// Sums by (bucket or day, text key).
type Groups = HashMap<i64, HashMap<String, Sums>>;

fn sums<'m>(groups: &'m mut Groups, n: i64, key: &str) -> &'m mut Sums {
    let group = groups.entry(n).or_default();
    // Looked up by `&str`: the key is allocated only for a new group.
    if !group.contains_key(key) {
        group.insert(key.to_string(), Sums::default());
    }
    group.get_mut(key).expect("inserted above")
}

/// `CAST(v AS INTEGER)` for the numbers these columns hold; NULL is 0.
fn int(v: &SqlRef) -> i64 {
    match v {
        SqlRef::Int(i) => *i,
        SqlRef::Real(f) => *f as i64,
        SqlRef::Text(s) => s.trim().parse().unwrap_or(0),
        _ => 0,
    }
}

/// `COALESCE(v, '')` of a TEXT column (which stores numbers as text).
fn text<'a>(v: &SqlRef<'a>) -> &'a str {
    match v {
        SqlRef::Text(s) => s,
        _ => "",
    }
}

/// Multi-row inserts of `(n, key columns…, sums…)` (the key split at NULs), 100 rows per
/// statement.
fn insert(store: &mut Store, table: &str, columns: usize, groups: Groups) -> Result<()> {
    let rows: Vec<(i64, String, Sums)> = groups
        .into_iter()
        .flat_map(|(n, g)| g.into_iter().map(move |(k, s)| (n, k, s)))
        // A group whose calls all moved to another task type is gone, as the triggers drop it.
        .filter(|(_, _, s)| s.requests > 0)
        .collect();
    let one = format!("({})", vec!["?"; columns].join(", "));
    for chunk in rows.chunks(100) {
        let mut params = Vec::with_capacity(chunk.len() * columns);
        for (n, k, s) in chunk {
            params.push(SqlValue::Int(*n));
            params.extend(k.split('\0').map(SqlValue::from));
            params.extend(s.values());
        }
        let marks = vec![one.as_str(); chunk.len()].join(", ");
        store.execute(&format!("INSERT INTO {table} VALUES {marks}"), &params)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calls() -> Vec<Call<'static>> {
        (0..40)
            .map(|i: i64| Call {
                timestamp: i * 3_600_000,
                text: [
                    "main",
                    ["s1", "s2"][i as usize % 2],
                    "",
                    "",
                    "",
                    "m",
                    "p",
                    "chat",
                ],
                tokens: [i, 2 * i, 3, 4],
                cost: (i % 3 != 0).then_some(0.1 * i as f64),
            })
            .collect()
    }

    /// Both rollup tables, as written by `tally`.
    fn written(tally: Tally) -> Vec<Vec<String>> {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("ops.db").to_str().unwrap()).unwrap();
        store.transaction(|s| tally.write(s)).unwrap();
        let mut rows = Vec::new();
        for table in ["cost_rollup", "cost_rollup_day"] {
            for r in store
                .query(&format!("SELECT * FROM {table} ORDER BY 1, 2, 3"), &[])
                .unwrap()
            {
                // Costs to 1e-9: the two ways may round the last bit differently.
                rows.push(
                    r.values
                        .iter()
                        .map(|v| match v {
                            SqlValue::Real(f) => format!("{f:.9}"),
                            v => format!("{v:?}"),
                        })
                        .collect(),
                );
            }
        }
        rows
    }

    #[test]
    fn batches_summed_apart_and_merged_equal_one_sum_of_all() {
        let mut whole = Tally::default();
        calls().iter().for_each(|c| whole.add(c, 1));
        let mut merged = Tally::default();
        for part in calls().chunks(13) {
            let mut t = Tally::default();
            part.iter().for_each(|c| t.add(c, 1));
            merged.merge(t);
        }
        let (a, b) = (written(whole), written(merged));
        assert!(a.len() > 10, "{a:?}");
        assert_eq!(a, b);
    }
}
