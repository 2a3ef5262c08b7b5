//! A person in the ops database: what it holds about them, and erasing it.
//!
//! Rows are theirs when `user_id` is one of their ids, when they belong to one of their own
//! sessions, or (for messages and media) when their `message_key` is one of their lines or the
//! bot's replies to them in a shared session. Cost rows are kept with the person replaced by a
//! salted pseudonym, so totals stay true. Audit events keep their place in the chain with the
//! person pseudonymised by [`crate::audit::pseudonymize`].

use super::person::Person;
use crate::store::{SqlValue, Store};
use anyhow::Result;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// How many rows the ops database holds about a person.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DbCounts {
    pub messages: i64,
    pub media_files: i64,
    pub cost_rows: i64,
    pub cost_usd: f64,
    pub users: i64,
    pub preferences: i64,
    pub budgets: i64,
    pub audit_events: i64,
    pub legal_holds: i64,
}

impl DbCounts {
    pub fn rows(&self) -> i64 {
        self.messages
            + self.media_files
            + self.cost_rows
            + self.users
            + self.preferences
            + self.budgets
            + self.audit_events
    }
}

fn marks(n: usize) -> String {
    vec!["?"; n.max(1)].join(",")
}

fn ids_params(person: &Person) -> Vec<SqlValue> {
    person.ids.iter().map(|i| i.as_str().into()).collect()
}

/// The condition (and its parameters) selecting a person's rows in `messages`/`media_files`.
fn owned_rows(person: &Person, sessions: &[String]) -> (String, Vec<SqlValue>) {
    let mut params = ids_params(person);
    let mut cond = format!("user_id IN ({})", marks(person.ids.len()));
    if !sessions.is_empty() {
        cond.push_str(&format!(" OR session_id IN ({})", marks(sessions.len())));
        params.extend(sessions.iter().map(|s| s.as_str().into()));
    }
    (cond, params)
}

/// The condition on audit events where they are the actor or the target, or are named in the
/// metadata.
pub fn audit_condition(person: &Person) -> (String, Vec<SqlValue>) {
    let mut conds = Vec::new();
    let mut params = Vec::new();
    for id in &person.ids {
        let like = format!("%{}%", super::memory::escape_like(id));
        conds.push(
            "actor LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\' OR metadata LIKE ? ESCAPE '\\'",
        );
        params.extend([like.clone().into(), like.clone().into(), like.into()]);
    }
    (format!("({})", conds.join(" OR ")), params)
}

/// Counts for `user show` and the purge plan. `sessions` are their own session ids.
pub fn counts(store: &mut Store, person: &Person, sessions: &[String]) -> Result<DbCounts> {
    let (cond, params) = owned_rows(person, sessions);
    let ids = ids_params(person);
    let m = marks(person.ids.len());
    let (audit, audit_params) = audit_condition(person);
    let mut c = DbCounts {
        messages: store.query_i64(
            &format!("SELECT COUNT(*) FROM messages WHERE {cond}"),
            &params,
        )?,
        media_files: store.query_i64(
            &format!("SELECT COUNT(*) FROM media_files WHERE {cond}"),
            &params,
        )?,
        cost_rows: store.query_i64(
            &format!("SELECT COUNT(*) FROM cost_attribution WHERE user_id IN ({m})"),
            &ids,
        )?,
        users: store.query_i64(
            &format!("SELECT COUNT(*) FROM users WHERE user_id IN ({m})"),
            &ids,
        )?,
        preferences: store.query_i64(
            &format!("SELECT COUNT(*) FROM preferences WHERE user_id IN ({m})"),
            &ids,
        )?,
        budgets: store.query_i64(
            &format!("SELECT COUNT(*) FROM budgets WHERE scope = 'user' AND scope_id IN ({m})"),
            &ids,
        )?,
        audit_events: store.query_i64(
            &format!("SELECT COUNT(*) FROM audit_log WHERE {audit}"),
            &audit_params,
        )?,
        legal_holds: legal_holds(store, person, sessions)?.len() as i64,
        ..Default::default()
    };
    c.cost_usd = store
        .query_one(
            &format!("SELECT COALESCE(SUM(cost), 0) FROM cost_attribution WHERE user_id IN ({m})"),
            &ids,
        )?
        .map(|r| r.f64(0))
        .unwrap_or(0.0);
    Ok(c)
}

/// Legal holds on the person or one of their sessions: (scope, scope_id, reason).
pub fn legal_holds(
    store: &mut Store,
    person: &Person,
    sessions: &[String],
) -> Result<Vec<(String, String, Option<String>)>> {
    let mut params = ids_params(person);
    let mut cond = format!(
        "(scope = 'user' AND scope_id IN ({}))",
        marks(person.ids.len())
    );
    if !sessions.is_empty() {
        cond.push_str(&format!(
            " OR (scope = 'session' AND scope_id IN ({}))",
            marks(sessions.len())
        ));
        params.extend(sessions.iter().map(|s| s.as_str().into()));
    }
    let rows = store.query(
        &format!("SELECT scope, scope_id, reason FROM legal_holds WHERE {cond} ORDER BY id"),
        &params,
    )?;
    Ok(rows
        .iter()
        .map(|r| {
            (
                r.string(0).unwrap_or_default(),
                r.string(1).unwrap_or_default(),
                r.string(2),
            )
        })
        .collect())
}

/// Stream a person's rows of one table as JSON objects (for the export).
pub fn each_row(
    store: &mut Store,
    table: &str,
    person: &Person,
    sessions: &[String],
    mut f: impl FnMut(serde_json::Value) -> Result<()>,
) -> Result<()> {
    let (cond, params) = match table {
        "messages" | "media_files" => owned_rows(person, sessions),
        "audit_log" => audit_condition(person),
        "budgets" => (
            format!(
                "scope = 'user' AND scope_id IN ({})",
                marks(person.ids.len())
            ),
            ids_params(person),
        ),
        _ => (
            format!("user_id IN ({})", marks(person.ids.len())),
            ids_params(person),
        ),
    };
    let order = if table == "users" || table == "preferences" {
        "user_id"
    } else {
        "id"
    };
    store.query_each(
        &format!("SELECT * FROM {table} WHERE {cond} ORDER BY {order}"),
        &params,
        |row| f(row.to_json()),
    )
}

/// The salted pseudonym that replaces a person (same ids → same pseudonym in one database).
/// The salt is created once, in `meta`.
pub fn pseudonym(store: &mut Store, person: &Person) -> Result<String> {
    const KEY: &str = "gdpr_pseudonym_salt";
    let salt = match store.meta(KEY)? {
        Some(s) => s,
        None => {
            let mut bytes = [0u8; 32];
            std::fs::File::open("/dev/urandom")
                .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))?;
            let s = hex::encode(bytes);
            store.set_meta(KEY, &s)?;
            s
        }
    };
    let mut ids = person.ids.clone();
    ids.sort();
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    for id in &ids {
        h.update([0u8]);
        h.update(id.as_bytes());
    }
    Ok(format!("erased:{}", &hex::encode(h.finalize())[..16]))
}

/// What the ops-database part of a purge changed.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Erased {
    pub messages: u64,
    pub media_files: u64,
    pub cost_rows_pseudonymized: u64,
    pub users: u64,
    pub preferences: u64,
    pub budgets: u64,
    pub messages_masked: u64,
    pub sync_cursors: u64,
}

/// Erase a person from the ops tables (not the audit log). Idempotent; short transactions.
pub fn erase(
    store: &mut Store,
    person: &Person,
    pseudonym: &str,
    sessions: &[String],
    message_keys: &[String],
    touched_files: &[String],
) -> Result<Erased> {
    let mut out = Erased::default();
    let (cond, params) = owned_rows(person, sessions);
    let ids = ids_params(person);
    let m = marks(person.ids.len());
    store.transaction(|s| {
        out.messages += s.execute(&format!("DELETE FROM messages WHERE {cond}"), &params)?;
        out.media_files += s.execute(&format!("DELETE FROM media_files WHERE {cond}"), &params)?;
        out.users += s.execute(&format!("DELETE FROM users WHERE user_id IN ({m})"), &ids)?;
        out.preferences += s.execute(
            &format!("DELETE FROM preferences WHERE user_id IN ({m})"),
            &ids,
        )?;
        out.budgets += s.execute(
            &format!("DELETE FROM budgets WHERE scope = 'user' AND scope_id IN ({m})"),
            &ids,
        )?;
        let mut p = vec![SqlValue::from(pseudonym)];
        p.extend(ids.iter().cloned());
        out.cost_rows_pseudonymized += s.execute(
            &format!("UPDATE cost_attribution SET user_id = ? WHERE user_id IN ({m})"),
            &p,
        )?;
        Ok(())
    })?;
    for batch in message_keys.chunks(500) {
        let keys: Vec<SqlValue> = batch.iter().map(|k| k.as_str().into()).collect();
        let km = marks(keys.len());
        store.transaction(|s| {
            out.messages += s.execute(
                &format!("DELETE FROM messages WHERE message_key IN ({km})"),
                &keys,
            )?;
            out.media_files += s.execute(
                &format!("DELETE FROM media_files WHERE message_key IN ({km})"),
                &keys,
            )?;
            Ok(())
        })?;
    }
    // Mentions left in other rows: other people's messages quoting them, session keys and
    // metadata of pseudonymised cost rows.
    out.messages_masked += mask_column(store, person, "messages", "text", true)?;
    for col in ["session_key", "metadata"] {
        mask_column(store, person, "cost_attribution", col, false)?;
    }
    for batch in crate::sync::cursor::all_stored(touched_files).chunks(200) {
        let files: Vec<SqlValue> = batch.iter().map(|f| f.as_str().into()).collect();
        out.sync_cursors += store.execute(
            &format!(
                "DELETE FROM sync_cursors WHERE source IN ({})",
                marks(files.len())
            ),
            &files,
        )?;
    }
    Ok(out)
}

/// Mask their ids in one text column (quotes of them dropped first in message text).
fn mask_column(
    store: &mut Store,
    person: &Person,
    table: &str,
    column: &str,
    quotes: bool,
) -> Result<u64> {
    let mut changes: Vec<(i64, String)> = Vec::new();
    for n in person.needles() {
        let like = format!("%{}%", super::memory::escape_like(n));
        store.query_each(
            &format!("SELECT id, {column} FROM {table} WHERE {column} LIKE ? ESCAPE '\\'"),
            &[like.into()],
            |row| {
                let text = row.string(1).unwrap_or_default();
                let dropped = if quotes {
                    super::redact::drop_quotes(&text, person)
                } else {
                    None
                };
                let base = dropped.clone().unwrap_or(text);
                if let Some(masked) = person.mask(&base).or(dropped) {
                    changes.push((row.i64(0), masked));
                }
                Ok(())
            },
        )?;
    }
    let mut n = 0;
    for batch in changes.chunks(500) {
        store.transaction(|s| {
            for (id, text) in batch {
                n += s.execute(
                    &format!("UPDATE {table} SET {column} = ? WHERE id = ?"),
                    &[text.as_str().into(), (*id).into()],
                )?;
            }
            Ok(())
        })?;
    }
    Ok(n)
}

/// Make deleted rows unrecoverable from the file: VACUUM with `secure_delete` and truncate
/// the WAL (SQLite only). Returns a warning when the WAL could not be truncated.
pub fn scrub(store: &mut Store) -> Result<Option<String>> {
    if store.kind() != crate::store::BackendKind::Sqlite {
        return Ok(None);
    }
    store.execute_batch("PRAGMA secure_delete = ON; VACUUM;")?;
    let busy = store
        .query_one("PRAGMA wal_checkpoint(TRUNCATE)", &[])?
        .map(|r| r.i64(0))
        .unwrap_or(0);
    Ok((busy != 0).then(|| {
        format!(
            "another process kept the ops database's write-ahead log open; old pages may remain in {}-wal until it checkpoints",
            store.location
        )
    }))
}
