//! Legal holds (`legal_holds`): a person's or a session's data that no retention rule may touch.
//!
//! A user hold is stored as the name the operator gave (a peer id, or a `session.identityLinks`
//! name) and expanded at every run, so an id linked later is held too. It covers rows whose
//! `user_id` is one of the person's ids, every direct session that belongs to them, and any file
//! that contains their messages. A session hold names a session key or a session id.

use crate::state::people::{expand_person, session_owner};
use crate::state::session_key::{ChatKind, SessionKey};
use crate::state::sessions::SessionEntry;
use crate::store::{SqlValue, Store};
use anyhow::Result;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// What a hold is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    User,
    Session,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::User => "user",
            Scope::Session => "session",
        }
    }
}

/// One row of `legal_holds`.
#[derive(Debug, Clone)]
pub struct Hold {
    pub id: i64,
    pub scope: Scope,
    pub scope_id: String,
    pub reason: Option<String>,
    pub created_at: i64,
}

impl Hold {
    pub fn to_json(&self, links: &[(String, Vec<String>)]) -> Value {
        let covers = match self.scope {
            Scope::User => expand_person(&self.scope_id, links).1,
            Scope::Session => vec![self.scope_id.clone()],
        };
        json!({
            "scope": self.scope.as_str(),
            "scope_id": self.scope_id,
            "covers": covers,
            "reason": self.reason,
            "created_at": crate::retention::iso(self.created_at),
        })
    }
}

/// Every hold, oldest first.
pub fn list(store: &mut Store) -> Result<Vec<Hold>> {
    let rows = store.query(
        "SELECT id, scope, scope_id, reason, created_at FROM legal_holds ORDER BY created_at, id",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|r| Hold {
            id: r.i64(0),
            scope: if r.string(1).as_deref() == Some("session") {
                Scope::Session
            } else {
                Scope::User
            },
            scope_id: r.string(2).unwrap_or_default(),
            reason: r.string(3),
            created_at: r.i64(4),
        })
        .collect())
}

/// A fingerprint of the holds table (a few rows), to notice a hold placed or released during
/// a run.
pub fn version(store: &mut Store) -> Result<String> {
    let mut v = String::new();
    store.query_each(
        "SELECT id, scope, scope_id, created_at FROM legal_holds ORDER BY id",
        &[],
        |r| {
            v.push_str(&format!(
                "{}|{:?}|{:?}|{};",
                r.i64(0),
                r.string(1),
                r.string(2),
                r.i64(3)
            ));
            Ok(())
        },
    )?;
    Ok(v)
}

/// Place a hold; an existing one on the same target keeps its date and gets the new reason.
/// Returns the hold and whether it is new.
pub fn add(
    store: &mut Store,
    scope: Scope,
    scope_id: &str,
    reason: Option<&str>,
    now_ms: i64,
) -> Result<(Hold, bool)> {
    let existing = list(store)?
        .into_iter()
        .find(|h| h.scope == scope && h.scope_id == scope_id);
    if let Some(mut h) = existing {
        if let Some(reason) = reason {
            store.execute(
                "UPDATE legal_holds SET reason = ? WHERE id = ?",
                &[reason.into(), h.id.into()],
            )?;
            h.reason = Some(reason.to_string());
        }
        return Ok((h, false));
    }
    store.execute(
        "INSERT INTO legal_holds (scope, scope_id, reason, created_at) VALUES (?, ?, ?, ?)",
        &[
            scope.as_str().into(),
            scope_id.into(),
            reason.into(),
            now_ms.into(),
        ],
    )?;
    let hold = list(store)?
        .into_iter()
        .find(|h| h.scope == scope && h.scope_id == scope_id)
        .ok_or_else(|| anyhow::anyhow!("the new legal hold was not stored"))?;
    Ok((hold, true))
}

/// Remove holds by row id.
pub fn remove(store: &mut Store, holds: &[Hold]) -> Result<()> {
    store.transaction(|s| {
        for h in holds {
            s.execute("DELETE FROM legal_holds WHERE id = ?", &[h.id.into()])?;
        }
        Ok(())
    })
}

/// The agents' session stores: (agent, entries).
pub type Stores = [(String, Vec<SessionEntry>)];

/// Everything the current holds cover.
#[derive(Debug, Clone, Default)]
pub struct Held {
    pub holds: Vec<Hold>,
    pub user_ids: BTreeSet<String>,
    pub session_keys: BTreeSet<String>,
    pub session_ids: BTreeSet<String>,
}

impl Held {
    /// Expand the holds against identity links, the session stores and the ops database.
    pub fn resolve(
        holds: Vec<Hold>,
        links: &[(String, Vec<String>)],
        stores: &Stores,
        store: Option<&mut Store>,
    ) -> Result<Held> {
        let mut held = Held::default();
        for h in &holds {
            match h.scope {
                Scope::User => held.user_ids.extend(expand_person(&h.scope_id, links).1),
                Scope::Session => {
                    held.session_keys.insert(h.scope_id.clone());
                    held.session_ids.insert(h.scope_id.clone());
                }
            }
        }
        for (_, entries) in stores {
            for e in entries {
                let owner = session_owner(&SessionKey::parse(&e.key), Some(e));
                let by_user = owner.is_some_and(|o| held.user_ids.contains(&o));
                let id = e.session_id().unwrap_or_default().to_string();
                if by_user || held.session_keys.contains(&e.key) || held.session_ids.contains(&id) {
                    held.session_keys.insert(e.key.clone());
                    if !id.is_empty() {
                        held.session_ids.insert(id);
                    }
                }
            }
        }
        if let Some(store) = store {
            held.add_from_db(store)?;
        }
        held.holds = holds;
        Ok(held)
    }

    /// Sessions the ops database knows: a held key's session ids, and direct sessions of a held
    /// person (including ones the store no longer lists).
    fn add_from_db(&mut self, store: &mut Store) -> Result<()> {
        if self.holds_nothing() {
            return Ok(());
        }
        let (clause, params) =
            self.sql_match(Some("user_id"), Some("session_key"), Some("session_id"));
        let rows = store.query(
            &format!(
                "SELECT DISTINCT session_key, session_id, user_id FROM messages WHERE {clause}"
            ),
            &params,
        )?;
        for r in rows {
            let key = r.string(0).unwrap_or_default();
            let id = r.string(1).unwrap_or_default();
            let by_session = self.session_keys.contains(&key) || self.session_ids.contains(&id);
            let direct = SessionKey::parse(&key).kind == ChatKind::Direct;
            if by_session || direct {
                if !key.is_empty() {
                    self.session_keys.insert(key);
                }
                if !id.is_empty() {
                    self.session_ids.insert(id);
                }
            }
        }
        Ok(())
    }

    fn holds_nothing(&self) -> bool {
        self.user_ids.is_empty() && self.session_keys.is_empty() && self.session_ids.is_empty()
    }

    pub fn is_empty(&self) -> bool {
        self.holds.is_empty()
    }

    pub fn covers_user(&self, id: &str) -> bool {
        self.user_ids.contains(id)
    }

    pub fn covers_session(&self, key: Option<&str>, id: &str) -> bool {
        key.is_some_and(|k| self.session_keys.contains(k)) || self.session_ids.contains(id)
    }

    /// Whether a name (a `media/remote-cache/<dir>`) mentions anything held.
    pub fn mentioned_in(&self, name: &str) -> bool {
        self.session_keys.iter().any(|k| name.contains(k.as_str()))
            || self.session_ids.iter().any(|i| name.contains(i.as_str()))
            || self
                .user_ids
                .iter()
                .any(|u| name.contains(u.rsplit(':').next().unwrap_or(u)))
    }

    /// SQL that is true for held rows, over the columns a table has (`None` = no such column),
    /// with its parameters. `"0 = 1"` when nothing is held.
    pub fn sql_match(
        &self,
        user_col: Option<&str>,
        key_col: Option<&str>,
        id_col: Option<&str>,
    ) -> (String, Vec<SqlValue>) {
        let mut parts = Vec::new();
        let mut params = Vec::new();
        let sets = [
            (user_col, &self.user_ids),
            (key_col, &self.session_keys),
            (id_col, &self.session_ids),
        ];
        for (col, set) in sets {
            let Some(col) = col else { continue };
            if set.is_empty() {
                continue;
            }
            let marks = vec!["?"; set.len()].join(", ");
            parts.push(format!("{col} IN ({marks})"));
            params.extend(set.iter().map(|s| SqlValue::Text(s.clone())));
        }
        if parts.is_empty() {
            ("0 = 1".into(), params)
        } else {
            (format!("({})", parts.join(" OR ")), params)
        }
    }

    /// ` AND NOT (<held>)` for a WHERE clause, or nothing when nothing is held.
    pub fn sql_exclude(
        &self,
        user_col: Option<&str>,
        key_col: Option<&str>,
        id_col: Option<&str>,
    ) -> (String, Vec<SqlValue>) {
        let (clause, params) = self.sql_match(user_col, key_col, id_col);
        if params.is_empty() {
            (String::new(), params)
        } else {
            // COALESCE: `NULL IN (…)` is NULL, and NOT NULL would drop unheld rows.
            (format!(" AND NOT COALESCE({clause}, FALSE)"), params)
        }
    }
}

/// Whether clawctl knows this person anywhere: a session store (as a direct session's owner or
/// an `origin.from`), or the ops database. A hold on an unknown id is most likely a typo.
pub fn person_known(store: &mut Store, stores: &Stores, ids: &[String]) -> Result<bool> {
    for (_, entries) in stores {
        for e in entries {
            let owner = session_owner(&SessionKey::parse(&e.key), Some(e));
            let from = e
                .origin("from")
                .and_then(|f| crate::state::people::normalize_peer(e.origin("provider"), f));
            if owner.is_some_and(|o| ids.contains(&o)) || from.is_some_and(|f| ids.contains(&f)) {
                return Ok(true);
            }
        }
    }
    let marks = vec!["?"; ids.len()].join(", ");
    let params: Vec<SqlValue> = ids.iter().map(|i| SqlValue::Text(i.clone())).collect();
    for table in ["users", "messages", "media_files", "cost_attribution"] {
        let sql = format!(
            "SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE user_id IN ({marks}) LIMIT 1) t"
        );
        if store.query_i64(&sql, &params)? > 0 {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether a session key or id is known: in a session store, the ops database, or as a
/// transcript (or leftover) file name.
pub fn session_known(
    store: &mut Store,
    stores: &Stores,
    state: &crate::state::StateDir,
    key: &str,
) -> Result<bool> {
    if stores
        .iter()
        .flat_map(|(_, entries)| entries)
        .any(|e| e.key == key || e.session_id() == Some(key))
    {
        return Ok(true);
    }
    let sql = "SELECT COUNT(*) FROM (SELECT 1 FROM messages WHERE session_key = ? OR session_id = ? LIMIT 1) t";
    if store.query_i64(sql, &[key.into(), key.into()])? > 0 {
        return Ok(true);
    }
    let source = crate::state::events::open(state)?;
    for (agent, _) in stores {
        if source
            .transcripts(agent)?
            .iter()
            .any(|t| t.session_id == key || t.session_key.as_deref() == Some(key))
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Every agent's sessions: `sessions.json`, or `session_nodes` in the SQLite layout.
pub fn load_stores(state: &crate::state::StateDir) -> Result<Vec<(String, Vec<SessionEntry>)>> {
    let source = crate::state::events::open(state)?;
    let mut out = Vec::new();
    for agent in source.agents()? {
        let (entries, _) = source.sessions(&agent)?;
        out.push((agent, entries));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sql_for_holds_is_null_safe_and_empty_without_holds() {
        let none = Held::default();
        assert_eq!(none.sql_exclude(Some("user_id"), None, None).0, "");
        assert_eq!(none.sql_match(Some("user_id"), None, None).0, "0 = 1");
        let mut held = Held::default();
        held.user_ids.insert("telegram:1".into());
        held.session_keys.insert("k".into());
        let (sql, params) = held.sql_exclude(Some("user_id"), Some("session_key"), None);
        assert_eq!(
            sql,
            " AND NOT COALESCE((user_id IN (?) OR session_key IN (?)), FALSE)"
        );
        assert_eq!(params.len(), 2);
        assert!(held.mentioned_in("agent_main_k_x"));
        assert!(held.mentioned_in("cache-1"));
        assert!(!held.mentioned_in("cache-2"));
    }

    #[test]
    fn a_user_hold_covers_their_direct_sessions_only() {
        let e = |key: &str, id: &str| SessionEntry {
            key: key.into(),
            value: json!({ "sessionId": id }),
        };
        let stores = vec![(
            "main".to_string(),
            vec![
                e("agent:main:telegram:dm:111", "dm"),
                e("agent:main:telegram:group:-5", "group"),
            ],
        )];
        let hold = Hold {
            id: 1,
            scope: Scope::User,
            scope_id: "alice".into(),
            reason: None,
            created_at: 0,
        };
        let links = vec![("alice".to_string(), vec!["telegram:111".to_string()])];
        let held = Held::resolve(vec![hold], &links, &stores, None).unwrap();
        assert!(held.covers_user("telegram:111"));
        assert!(held.covers_session(Some("agent:main:telegram:dm:111"), "x"));
        assert!(held.covers_session(None, "dm"));
        assert!(!held.covers_session(Some("agent:main:telegram:group:-5"), "group"));
    }
}
