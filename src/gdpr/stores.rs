//! The bot's small JSON stores and logs that name people: allow-lists and pairing requests in
//! `credentials/`, cron delivery targets, the session store's routing fields, and log lines.
//!
//! Each function takes the parsed value (or a line) and edits it in place, returning what it
//! changed, so the same code counts for `--dry-run` and edits for the purge, and running it
//! twice changes nothing the second time.

use super::person::Person;
use super::redact::mask_value;
use serde_json::Value;

/// Which JSON store a file under the state dir is, by its path relative to the state dir.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoreKind {
    /// `credentials/<channel>-allowFrom.json` / `-pairing.json`: lists of peer ids.
    Credentials,
    /// `cron/jobs.json`.
    CronJobs,
}

impl StoreKind {
    pub fn of(rel: &str) -> Option<StoreKind> {
        if rel == "cron/jobs.json" {
            return Some(StoreKind::CronJobs);
        }
        let name = rel.strip_prefix("credentials/")?;
        (!name.contains('/')
            && (name.ends_with("-allowFrom.json") || name.ends_with("-pairing.json")))
        .then_some(StoreKind::Credentials)
    }
}

/// The channel a credentials file is about (`telegram-allowFrom.json` → `telegram`).
fn credentials_channel(rel: &str) -> Option<&str> {
    let name = rel.rsplit('/').next()?;
    name.strip_suffix("-allowFrom.json")
        .or_else(|| name.strip_suffix("-pairing.json"))
}

/// Edit a store value; returns a description per change (empty when nothing changed).
pub fn edit_store(kind: StoreKind, rel: &str, v: &mut Value, person: &Person) -> Vec<String> {
    match kind {
        StoreKind::Credentials => edit_credentials(credentials_channel(rel), v, person),
        StoreKind::CronJobs => edit_cron(v, person),
    }
}

fn edit_credentials(channel: Option<&str>, v: &mut Value, person: &Person) -> Vec<String> {
    let mut changes = Vec::new();
    remove_elements(v, channel, person, &mut changes);
    if mask_value(v, person, false) {
        changes.push("masked a mention".into());
    }
    changes
}

fn remove_elements(v: &mut Value, channel: Option<&str>, person: &Person, out: &mut Vec<String>) {
    match v {
        Value::Array(items) => {
            let before = items.len();
            items.retain(|item| match item {
                Value::String(s) => {
                    !person.has_raw(channel, s) && !person.mentioned_in(s.as_bytes())
                }
                Value::Object(_) | Value::Array(_) => {
                    !person.mentioned_in(item.to_string().as_bytes())
                }
                _ => true,
            });
            for _ in items.len()..before {
                out.push("removed an entry".into());
            }
            for item in items.iter_mut() {
                remove_elements(item, channel, person, out);
            }
        }
        Value::Object(map) => {
            for (_, x) in map.iter_mut() {
                remove_elements(x, channel, person, out);
            }
        }
        _ => {}
    }
}

/// Cron jobs that deliver to them lose the target and are disabled (the operator re-targets
/// them); other mentions are masked.
fn edit_cron(v: &mut Value, person: &Person) -> Vec<String> {
    let mut changes = Vec::new();
    if let Some(Value::Array(jobs)) = v.get_mut("jobs") {
        for job in jobs.iter_mut() {
            let name = job
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string();
            let channel = job
                .pointer("/delivery/channel")
                .and_then(Value::as_str)
                .map(String::from);
            let to_them = job
                .pointer("/delivery/to")
                .and_then(Value::as_str)
                .is_some_and(|to| person.has_raw(channel.as_deref(), to));
            if to_them {
                if let Some(Value::Object(d)) = job.get_mut("delivery") {
                    d.remove("to");
                }
                if let Value::Object(j) = job {
                    j.insert("enabled".into(), Value::Bool(false));
                }
                changes.push(format!(
                    "cron job {name} delivered to them: target removed, job disabled"
                ));
            }
            if mask_value(job, person, false) {
                changes.push(format!("cron job {name}: masked a mention"));
            }
        }
    }
    changes
}

/// Routing fields of a session store entry that name the last person who talked in it.
const ROUTE_FIELDS: [&str; 7] = [
    "origin",
    "deliveryContext",
    "lastTo",
    "lastAccountId",
    "lastChannel",
    "displayName",
    "lastThreadId",
];

/// Scrub a shared session's store entry: drop the routing fields when they point at them,
/// mask any other mention. Returns whether it changed.
pub fn scrub_entry(entry: &mut Value, person: &Person) -> bool {
    let Value::Object(map) = entry else {
        return false;
    };
    let mut changed = false;
    let routes_to_them = ["origin", "deliveryContext", "lastTo"].iter().any(|f| {
        map.get(*f)
            .is_some_and(|v| person.mentioned_in(v.to_string().as_bytes()))
    });
    if routes_to_them {
        for f in ROUTE_FIELDS {
            changed |= map.remove(f).is_some();
        }
    }
    changed | mask_value(entry, person, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn allow_lists_cron_targets_and_routes() {
        let bob = Person::resolve("telegram:333333333", &[]);
        let mut allow = json!({"version":1,"allowFrom":["111111111","333333333"]});
        let changes = edit_store(
            StoreKind::Credentials,
            "credentials/telegram-allowFrom.json",
            &mut allow,
            &bob,
        );
        assert_eq!(changes.len(), 1);
        assert_eq!(allow["allowFrom"], json!(["111111111"]));

        let mut cron = json!({"jobs":[{"id":"d","enabled":true,"delivery":{"mode":"announce","channel":"telegram","to":"333333333"}}]});
        let changes = edit_store(StoreKind::CronJobs, "cron/jobs.json", &mut cron, &bob);
        assert_eq!(changes.len(), 1);
        assert_eq!(cron["jobs"][0]["enabled"], false);
        assert!(cron["jobs"][0]["delivery"].get("to").is_none());
        assert!(edit_store(StoreKind::CronJobs, "cron/jobs.json", &mut cron, &bob).is_empty());

        let mut entry = json!({"sessionId":"s","origin":{"from":"telegram:333333333"},"lastTo":"333333333","displayName":"Bob","model":"m"});
        assert!(scrub_entry(&mut entry, &bob));
        assert_eq!(entry, json!({"sessionId":"s","model":"m"}));
        assert_eq!(
            StoreKind::of("credentials/whatsapp/default/creds.json"),
            None
        );
    }
}
