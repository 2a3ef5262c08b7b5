//! Who a session or a message belongs to.
//!
//! A person is identified by a peer id: E.164 for phone-number channels (`+8613800138000`) and
//! `<channel>:<id>` otherwise (`telegram:123456789`). Direct sessions belong to the peer in their
//! key (or the store's `origin.from`); in shared sessions (groups, the main-scope DM session)
//! each user line's envelope names its sender. `session.identityLinks` groups several ids under
//! one canonical name.

use super::session_key::{ChatKind, SessionKey};
use super::sessions::SessionEntry;

/// Normalise a raw peer id as seen in keys, `origin.from`, `lastTo` or envelopes.
/// `channel` is the channel it was seen on, when known.
pub fn normalize_peer(channel: Option<&str>, raw: &str) -> Option<String> {
    let mut id = raw.trim().to_lowercase();
    // `telegram:123`, `signal:+1555…`, `user:222` (Discord lastTo), `group:…` are prefixes.
    loop {
        match id.split_once(':') {
            Some((prefix, rest))
                if !prefix.is_empty()
                    && prefix.chars().all(|c| c.is_ascii_alphabetic())
                    && !rest.is_empty() =>
            {
                if matches!(prefix, "user" | "dm" | "direct") {
                    id = rest.to_string();
                    continue;
                }
                if channel.is_none() || channel == Some(prefix) {
                    let rest = rest.to_string();
                    return Some(if rest.starts_with('+') {
                        rest
                    } else {
                        format!("{prefix}:{rest}")
                    });
                }
                id = rest.to_string();
            }
            _ => break,
        }
    }
    if id.is_empty() {
        return None;
    }
    if id.starts_with('+') {
        return Some(id);
    }
    Some(match channel {
        Some(ch) => format!("{}:{id}", ch.to_lowercase()),
        None => id,
    })
}

/// The one person a session belongs to, for direct sessions; `None` for shared ones.
pub fn session_owner(key: &SessionKey, entry: Option<&SessionEntry>) -> Option<String> {
    if key.kind != ChatKind::Direct {
        return None;
    }
    let channel = key
        .channel
        .as_deref()
        .or_else(|| entry.and_then(|e| e.origin("provider")));
    if let Some(peer) = &key.peer {
        return normalize_peer(channel, peer);
    }
    entry
        .and_then(|e| e.origin("from"))
        .and_then(|from| normalize_peer(channel, from))
}

/// The envelope the bot puts before inbound text:
/// `[Telegram Alice (@alice) id:123456789 +2m 2026-01-31 13:02 CET] body`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope<'a> {
    /// Lower-cased channel name (`telegram`).
    pub channel: String,
    /// The label between the channel and `id:` (a person's name, or a group's).
    pub label: String,
    /// The raw id after `id:`.
    pub id: Option<String>,
    pub body: &'a str,
}

/// Parse the first envelope in a user message (skipping `[media attached …]` lines).
pub fn envelope(text: &str) -> Option<Envelope<'_>> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_start();
        if !trimmed.starts_with('[') || trimmed.starts_with("[media attached") {
            continue;
        }
        let close = trimmed.find(']')?;
        let inner = &trimmed[1..close];
        let lead = line.len() - trimmed.len();
        let body = text[start + lead + close + 1..].trim_start();
        let mut words = inner.split_whitespace();
        let channel = words.next()?.to_lowercase();
        let mut label = Vec::new();
        let mut id = None;
        for w in words {
            if let Some(v) = w.strip_prefix("id:") {
                id = Some(v.to_string());
                break;
            }
            label.push(w);
        }
        return Some(Envelope {
            channel,
            label: label.join(" "),
            id,
            body,
        });
    }
    None
}

/// In a group, the body starts with the sender: `Alice (@alice) id:111111111: text`.
/// Returns (label, raw id).
pub fn group_sender(body: &str) -> Option<(String, String)> {
    let head = body.lines().next()?;
    let idx = head.find(" id:")?;
    let after = &head[idx + 4..];
    let end = after.find(':')?;
    let id = after[..end].trim();
    if id.is_empty() || id.contains(' ') {
        return None;
    }
    Some((head[..idx].trim().to_string(), id.to_string()))
}

/// The sender of a user line in a shared session, as a normalised peer id.
pub fn line_sender(text: &str) -> Option<String> {
    let env = envelope(text)?;
    let channel = Some(env.channel.as_str());
    if let Some((_, id)) = group_sender(env.body) {
        return normalize_peer(channel, &id);
    }
    normalize_peer(channel, env.id.as_deref()?)
}

/// A person as named on the command line: a peer id, or a `session.identityLinks` name that
/// expands to all of its ids. Returns (canonical name, every peer id).
pub fn expand_person(
    query: &str,
    links: &[(String, Vec<String>)],
) -> (Option<String>, Vec<String>) {
    if let Some((name, ids)) = links
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(query))
    {
        return (
            Some(name.clone()),
            ids.iter().filter_map(|i| normalize_peer(None, i)).collect(),
        );
    }
    let id = normalize_peer(None, query).unwrap_or_else(|| query.to_string());
    for (name, ids) in links {
        let ids: Vec<String> = ids.iter().filter_map(|i| normalize_peer(None, i)).collect();
        if ids.contains(&id) {
            return (Some(name.clone()), ids);
        }
    }
    (None, vec![id])
}

/// The canonical name of a peer id under `session.identityLinks`, if it is linked.
pub fn canonical_of(id: &str, links: &[(String, Vec<String>)]) -> Option<String> {
    links
        .iter()
        .find(|(_, ids)| {
            ids.iter()
                .any(|i| normalize_peer(None, i).as_deref() == Some(id))
        })
        .map(|(name, _)| name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peers_normalise_to_one_form() {
        assert_eq!(
            normalize_peer(Some("telegram"), "123"),
            Some("telegram:123".into())
        );
        assert_eq!(
            normalize_peer(Some("telegram"), "telegram:123"),
            Some("telegram:123".into())
        );
        assert_eq!(
            normalize_peer(Some("signal"), "signal:+15551234567"),
            Some("+15551234567".into())
        );
        assert_eq!(
            normalize_peer(Some("whatsapp"), "+8613800138000"),
            Some("+8613800138000".into())
        );
        assert_eq!(
            normalize_peer(Some("discord"), "user:222"),
            Some("discord:222".into())
        );
        assert_eq!(
            normalize_peer(None, "Telegram:ABC"),
            Some("telegram:abc".into())
        );
    }

    #[test]
    fn envelopes_and_group_senders() {
        let text = "[media attached: /x/a.jpg (image/jpeg)]\n[Signal Dave id:+15551234567 +8d 2026-08-02 09:40 UTC] hi";
        let env = envelope(text).unwrap();
        assert_eq!(
            (
                env.channel.as_str(),
                env.label.as_str(),
                env.id.as_deref(),
                env.body
            ),
            ("signal", "Dave", Some("+15551234567"), "hi")
        );
        assert_eq!(line_sender(text), Some("+15551234567".into()));
        let group = "[Telegram Ops Team id:-1001234567890 topic:42 2026-11-05 10:00 UTC] Alice (@alice) id:111111111: draft it";
        assert_eq!(line_sender(group), Some("telegram:111111111".into()));
        assert_eq!(envelope("plain text"), None);
    }

    #[test]
    fn identity_links_expand() {
        let links = vec![(
            "alice".to_string(),
            vec!["telegram:111".to_string(), "discord:222".to_string()],
        )];
        assert_eq!(
            expand_person("alice", &links),
            (
                Some("alice".into()),
                vec!["telegram:111".into(), "discord:222".into()]
            )
        );
        assert_eq!(expand_person("discord:222", &links).1.len(), 2);
        assert_eq!(
            expand_person("+8613800138000", &links),
            (None, vec!["+8613800138000".into()])
        );
        assert_eq!(canonical_of("telegram:111", &links), Some("alice".into()));
    }

    #[test]
    fn direct_sessions_have_an_owner() {
        let key = SessionKey::parse("agent:main:telegram:dm:111111111");
        assert_eq!(session_owner(&key, None), Some("telegram:111111111".into()));
        let key = SessionKey::parse("agent:main:telegram:group:-100");
        assert_eq!(session_owner(&key, None), None);
    }
}
