//! The grouped cost query behind `cost report`, `budget status` and `budget estimate`.
//!
//! Groups by any of task type, model, provider, session, user, channel, agent, and day, ISO
//! week or month in a time zone. Time buckets are computed in SQL per UTC quarter hour (every
//! zone's midnight falls on one) and labelled here, DST included. Reports that only group by
//! time and agent read `cost_rollup` for whole quarter hours and the base table for the ragged
//! edges of `--since` / `--until`, so they cost the same on ten million calls as on ten.

use crate::error::{exit, user_err};
use crate::state::people;
use crate::store::{Row, SqlValue, Store};
use crate::timeparse::{Range, Unit, Zone};
use anyhow::Result;
use std::collections::HashMap;

/// One UTC quarter hour, the rollup's bucket.
pub const BUCKET_MS: i64 = 900_000;

/// A `--by` key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    TaskType,
    Model,
    Provider,
    Session,
    User,
    Channel,
    Agent,
    Day,
    Week,
    Month,
}

impl Key {
    pub const ALL: [Key; 10] = [
        Key::TaskType,
        Key::Model,
        Key::Provider,
        Key::Session,
        Key::User,
        Key::Channel,
        Key::Agent,
        Key::Day,
        Key::Week,
        Key::Month,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Key::TaskType => "task_type",
            Key::Model => "model",
            Key::Provider => "provider",
            Key::Session => "session",
            Key::User => "user",
            Key::Channel => "channel",
            Key::Agent => "agent",
            Key::Day => "day",
            Key::Week => "week",
            Key::Month => "month",
        }
    }

    /// Parse a `--by` value (also accepts `task-type`, `tasktype`, plurals).
    pub fn parse(s: &str) -> Result<Key> {
        let norm = s.trim().to_lowercase().replace('-', "_");
        let norm = norm
            .strip_suffix('s')
            .filter(|_| norm != "s")
            .unwrap_or(&norm);
        let norm = if norm == "tasktype" {
            "task_type"
        } else {
            norm
        };
        Key::ALL
            .into_iter()
            .find(|k| k.name() == norm)
            .ok_or_else(|| {
                let names: Vec<&str> = Key::ALL.iter().map(|k| k.name()).collect();
                user_err(format!("unknown --by key '{s}'"))
                    .hint(format!("use one of: {}", names.join(", ")))
                    .code(exit::USAGE)
                    .into()
            })
    }

    fn column(self) -> Option<&'static str> {
        Some(match self {
            Key::TaskType => "task_type",
            Key::Model => "model",
            Key::Provider => "provider",
            Key::Session => "session_id",
            Key::User => "user_id",
            Key::Channel => "channel",
            Key::Agent => "agent_id",
            Key::Day | Key::Week | Key::Month => return None,
        })
    }

    pub fn unit(self) -> Option<Unit> {
        match self {
            Key::Day => Some(Unit::Day),
            Key::Week => Some(Unit::Week),
            Key::Month => Some(Unit::Month),
            _ => None,
        }
    }
}

/// Sums over a set of calls.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Agg {
    pub requests: i64,
    pub input_tokens: i64,
    pub output_tokens: i64,
    pub cache_read_tokens: i64,
    pub cache_write_tokens: i64,
    /// USD over the priced calls.
    pub cost_usd: f64,
    /// Calls with no known price (not counted in `cost_usd`).
    pub unpriced_requests: i64,
}

impl Agg {
    pub fn add(&mut self, o: &Agg) {
        self.requests += o.requests;
        self.input_tokens += o.input_tokens;
        self.output_tokens += o.output_tokens;
        self.cache_read_tokens += o.cache_read_tokens;
        self.cache_write_tokens += o.cache_write_tokens;
        self.cost_usd += o.cost_usd;
        self.unpriced_requests += o.unpriced_requests;
    }

    pub fn priced_requests(&self) -> i64 {
        self.requests - self.unpriced_requests
    }

    /// The cost, or `None` when every call is unpriced (never shown as $0).
    pub fn cost(&self) -> Option<f64> {
        (self.requests == 0 || self.priced_requests() > 0).then_some(self.cost_usd)
    }

    /// Average cost of a priced call.
    pub fn average(&self) -> Option<f64> {
        (self.priced_requests() > 0).then(|| self.cost_usd / self.priced_requests() as f64)
    }

    pub(crate) fn from_row(r: &Row, at: usize) -> Agg {
        Agg {
            requests: r.i64(at),
            input_tokens: r.i64(at + 1),
            output_tokens: r.i64(at + 2),
            cache_read_tokens: r.i64(at + 3),
            cache_write_tokens: r.i64(at + 4),
            cost_usd: r.f64(at + 5),
            unpriced_requests: r.i64(at + 6),
        }
    }
}

/// Which calls to count.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub range: Range,
    pub agent: Option<String>,
    /// Peer ids (a person expanded through identityLinks).
    pub users: Option<Vec<String>>,
    pub session_key: Option<String>,
}

/// One group: its key values (in `--by` order) and sums.
#[derive(Debug, Clone)]
pub struct Group {
    pub key: Vec<Option<String>>,
    pub agg: Agg,
}

/// The result of a grouped query.
#[derive(Debug, Clone, Default)]
pub struct Grouped {
    pub groups: Vec<Group>,
    pub total: Agg,
    /// session id → session key, for `--by session`.
    pub session_keys: HashMap<String, String>,
}

pub(crate) const SUMS_BASE: &str = "COUNT(*), COALESCE(SUM(input_tokens), 0), COALESCE(SUM(output_tokens), 0), \
    COALESCE(SUM(cache_read_tokens), 0), COALESCE(SUM(cache_write_tokens), 0), COALESCE(SUM(cost), 0), \
    COALESCE(SUM(CASE WHEN cost IS NULL THEN 1 ELSE 0 END), 0)";
const SUMS_ROLLUP: &str = "COALESCE(SUM(requests), 0), COALESCE(SUM(input_tokens), 0), \
    COALESCE(SUM(output_tokens), 0), COALESCE(SUM(cache_read_tokens), 0), \
    COALESCE(SUM(cache_write_tokens), 0), COALESCE(SUM(cost), 0), COALESCE(SUM(unpriced), 0)";

/// Sum calls matching `filter`, grouped by `keys`. Users are merged under their
/// identityLinks name when they have one.
pub fn grouped(
    store: &mut Store,
    filter: &Filter,
    keys: &[Key],
    zone: &Zone,
    links: &[(String, Vec<String>)],
) -> Result<Grouped> {
    let dims: Vec<Key> = {
        let mut d: Vec<Key> = keys
            .iter()
            .copied()
            .filter(|k| k.unit().is_none())
            .collect();
        d.dedup();
        d
    };
    let timed = keys.iter().any(|k| k.unit().is_some());
    let narrow = filter.users.is_none() && filter.session_key.is_none();
    let source = if narrow && dims.iter().all(|k| *k == Key::Agent) {
        Source::Quarter
    } else if narrow && !timed {
        Source::Day
    } else {
        Source::Base
    };
    let mut acc = Accumulator {
        keys,
        dims: &dims,
        zone,
        links,
        groups: HashMap::new(),
        period: None,
        people: HashMap::new(),
        session_keys: HashMap::new(),
    };
    let (since, until) = (filter.range.since, filter.range.until);
    let width = source.width();
    let lo = since.map(|s| s.div_euclid(width) + (s.rem_euclid(width) > 0) as i64);
    let hi = until.map(|u| u.div_euclid(width));
    let whole = match (lo, hi) {
        (Some(l), Some(h)) => l < h,
        _ => true,
    };
    let mut run = |src: Source, from: Option<i64>, to: Option<i64>| -> Result<()> {
        let (sql, params) = source_sql(src, &dims, timed, filter, from, to);
        store.query_each(&sql, &params, |r| acc.take(r, src == Source::Base))
    };
    if source != Source::Base && whole {
        run(source, lo, hi)?;
        if let (Some(s), Some(l)) = (since, lo) {
            if s < l * width {
                run(Source::Base, Some(s), Some(l * width))?;
            }
        }
        if let (Some(u), Some(h)) = (until, hi) {
            if u > h * width {
                run(Source::Base, Some(h * width), Some(u))?;
            }
        }
    } else {
        run(Source::Base, since, until)?;
    }
    let mut total = Agg::default();
    let groups: Vec<Group> = acc
        .groups
        .into_iter()
        .filter(|(_, a)| a.requests > 0)
        .map(|(key, agg)| {
            total.add(&agg);
            Group { key, agg }
        })
        .collect();
    Ok(Grouped {
        groups,
        total,
        session_keys: acc.session_keys,
    })
}

/// Sums of all calls matching `filter`.
pub fn total(store: &mut Store, filter: &Filter) -> Result<Agg> {
    Ok(grouped(store, filter, &[], &Zone::Local, &[])?.total)
}

pub(crate) fn where_clause(
    filter: &Filter,
    time: &str,
    since: Option<i64>,
    until: Option<i64>,
) -> (String, Vec<SqlValue>) {
    let mut sql = String::from(" WHERE 1 = 1");
    let mut params = Vec::new();
    if let Some(s) = since {
        sql.push_str(&format!(" AND {time} >= ?"));
        params.push(s.into());
    }
    if let Some(u) = until {
        sql.push_str(&format!(" AND {time} < ?"));
        params.push(u.into());
    }
    if let Some(a) = &filter.agent {
        sql.push_str(" AND agent_id = ?");
        params.push(a.as_str().into());
    }
    if let Some(users) = &filter.users {
        if users.is_empty() {
            sql.push_str(" AND 1 = 0");
        } else {
            sql.push_str(&format!(
                " AND user_id IN ({})",
                vec!["?"; users.len()].join(", ")
            ));
            params.extend(users.iter().map(|u| SqlValue::from(u.as_str())));
        }
    }
    if let Some(k) = &filter.session_key {
        sql.push_str(" AND session_key = ?");
        params.push(k.as_str().into());
    }
    (sql, params)
}

fn select_list(dims: &[Key], timed: bool, bucket: &str, sums: &str) -> (String, String) {
    let mut cols: Vec<String> = dims
        .iter()
        .map(|k| k.column().unwrap_or("NULL").to_string())
        .collect();
    cols.push(if timed { bucket.into() } else { "NULL".into() });
    let mut group: Vec<String> = dims
        .iter()
        .filter_map(|k| k.column().map(String::from))
        .collect();
    if timed {
        group.push(bucket.into());
    }
    let group_by = if group.is_empty() {
        String::new()
    } else {
        format!(" GROUP BY {}", group.join(", "))
    };
    (format!("{}, {sums}", cols.join(", ")), group_by)
}

/// Where sums are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// `cost_attribution` itself.
    Base,
    /// `cost_rollup`: per UTC quarter hour and agent.
    Quarter,
    /// `cost_rollup_day`: per UTC day and every dimension.
    Day,
}

impl Source {
    /// The time span of one row, in ms (a unit for the base table's timestamps).
    fn width(self) -> i64 {
        match self {
            Source::Base => 1,
            Source::Quarter => BUCKET_MS,
            Source::Day => 86_400_000,
        }
    }
}

/// The query for one source over `[from, to)` (rollups: in their own time unit).
fn source_sql(
    src: Source,
    dims: &[Key],
    timed: bool,
    filter: &Filter,
    from: Option<i64>,
    to: Option<i64>,
) -> (String, Vec<SqlValue>) {
    let (table, time, bucket, sums) = match src {
        Source::Base => (
            "cost_attribution",
            "timestamp",
            format!("CAST(timestamp AS BIGINT) / {BUCKET_MS}"),
            SUMS_BASE,
        ),
        Source::Quarter => ("cost_rollup", "bucket", "bucket".to_string(), SUMS_ROLLUP),
        Source::Day => ("cost_rollup_day", "day", "NULL".to_string(), SUMS_ROLLUP),
    };
    let (select, group_by) = select_list(dims, timed, &bucket, sums);
    let extra = if dims.contains(&Key::Session) {
        ", MAX(session_key)"
    } else {
        ""
    };
    let (wh, params) = where_clause(filter, time, from, to);
    (
        format!("SELECT {select}{extra} FROM {table}{wh}{group_by}"),
        params,
    )
}

struct Accumulator<'a> {
    keys: &'a [Key],
    dims: &'a [Key],
    zone: &'a Zone,
    links: &'a [(String, Vec<String>)],
    groups: HashMap<Vec<Option<String>>, Agg>,
    /// The last period labelled: (unit, first bucket, end bucket, label). Rows mostly come
    /// in time order, so this saves a time-zone conversion per row.
    period: Option<(Unit, i64, i64, String)>,
    people: HashMap<String, String>,
    session_keys: HashMap<String, String>,
}

impl Accumulator<'_> {
    /// Add one result row: dims, bucket, the seven sums (and the session key for sessions).
    fn take(&mut self, r: &Row, base: bool) -> Result<()> {
        let n = self.dims.len();
        let agg = Agg::from_row(r, n + 1);
        if agg.requests == 0 {
            return Ok(());
        }
        let bucket = r.get(n).as_i64();
        let mut key = Vec::with_capacity(self.keys.len());
        for k in self.keys {
            let v = match k.unit() {
                Some(unit) => bucket.map(|b| self.label(unit, b)),
                None => {
                    let i = self.dims.iter().position(|d| d == k).unwrap_or(0);
                    let v = r.string(i).filter(|s| base || !s.is_empty());
                    match (k, v) {
                        (Key::User, Some(id)) => Some(self.person(id)),
                        (_, v) => v,
                    }
                }
            };
            key.push(v);
        }
        if let Some(i) = self.dims.iter().position(|d| *d == Key::Session) {
            let sk = r.string(n + 8).filter(|s| !s.is_empty());
            if let (Some(id), Some(sk)) = (r.string(i), sk) {
                self.session_keys.insert(id, sk);
            }
        }
        self.groups.entry(key).or_default().add(&agg);
        Ok(())
    }

    fn label(&mut self, unit: Unit, bucket: i64) -> String {
        if let Some((u, first, end, label)) = &self.period {
            if *u == unit && (*first..*end).contains(&bucket) {
                return label.clone();
            }
        }
        let ms = bucket * BUCKET_MS;
        let first = self.zone.period_start(unit, ms).div_euclid(BUCKET_MS);
        let end = self.zone.period_end(unit, ms).div_euclid(BUCKET_MS);
        let label = self.zone.label(unit, ms);
        self.period = Some((unit, first, end, label.clone()));
        label
    }

    fn person(&mut self, id: String) -> String {
        if let Some(p) = self.people.get(&id) {
            return p.clone();
        }
        let p = people::canonical_of(&id, self.links).unwrap_or_else(|| id.clone());
        self.people.insert(id, p.clone());
        p
    }
}
