//! Session keys (`agent:main:telegram:dm:123`) parsed into what they say about the chat.

/// What kind of conversation a session key names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChatKind {
    /// `agent:<a>:<mainKey>`: the shared main session (all DMs with `dmScope: "main"`).
    Main,
    /// A direct chat with one peer.
    Direct,
    /// A group chat (or a Telegram topic in one).
    Group,
    /// A channel/room.
    Room,
    /// `cron:<jobId>`.
    Cron,
    /// `hook:<uuid>`.
    Hook,
    /// `node-<id>` and anything unrecognised.
    Other,
}

/// A parsed session key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionKey {
    pub agent: Option<String>,
    pub kind: ChatKind,
    pub channel: Option<String>,
    pub account: Option<String>,
    /// The peer id for DMs (`telegram:123` form when the channel is known), the group/room id otherwise.
    pub peer: Option<String>,
    pub thread: Option<String>,
}

impl SessionKey {
    pub fn parse(key: &str) -> SessionKey {
        let parts: Vec<&str> = key.split(':').collect();
        let mut out = SessionKey {
            agent: None,
            kind: ChatKind::Other,
            channel: None,
            account: None,
            peer: None,
            thread: None,
        };
        let rest: &[&str] = match parts.as_slice() {
            ["agent", agent, rest @ ..] => {
                out.agent = Some((*agent).to_string());
                rest
            }
            ["cron", ..] | ["hook", ..] => &parts,
            _ => return out,
        };
        // Strip a trailing `:thread:<id>` / `:topic:<n>`.
        let mut rest = rest.to_vec();
        if rest.len() >= 2 && matches!(rest[rest.len() - 2], "thread" | "topic") {
            out.thread = Some(rest[rest.len() - 1].to_string());
            rest.truncate(rest.len() - 2);
        }
        let pos = rest
            .iter()
            .position(|p| matches!(*p, "dm" | "direct" | "group" | "channel"));
        match pos {
            Some(i) => {
                out.kind = match rest[i] {
                    "dm" | "direct" => ChatKind::Direct,
                    "group" => ChatKind::Group,
                    _ => ChatKind::Room,
                };
                if i >= 1 {
                    out.channel = Some(rest[0].to_string());
                }
                if i >= 2 {
                    out.account = Some(rest[1].to_string());
                }
                let id = rest[i + 1..].join(":");
                if !id.is_empty() {
                    let id = id.to_lowercase();
                    out.peer = Some(match (&out.channel, out.kind == ChatKind::Direct) {
                        (Some(ch), true) if !id.starts_with('+') && !id.contains(':') => {
                            format!("{ch}:{id}")
                        }
                        _ => id,
                    });
                }
            }
            None => match rest.first() {
                Some(&"cron") => out.kind = ChatKind::Cron,
                Some(&"hook") => out.kind = ChatKind::Hook,
                Some(p) if p.starts_with("node-") => out.kind = ChatKind::Other,
                Some(_) if rest.len() == 1 => out.kind = ChatKind::Main,
                _ => {}
            },
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_key_shapes_the_bot_writes() {
        let k = SessionKey::parse("agent:main:telegram:dm:123456789");
        assert_eq!(
            (k.kind, k.channel.as_deref(), k.peer.as_deref()),
            (
                ChatKind::Direct,
                Some("telegram"),
                Some("telegram:123456789")
            )
        );
        let k = SessionKey::parse("agent:main:whatsapp:default:direct:+8613800138000:thread:9");
        assert_eq!(
            (k.account.as_deref(), k.peer.as_deref(), k.thread.as_deref()),
            (Some("default"), Some("+8613800138000"), Some("9"))
        );
        let k = SessionKey::parse("agent:main:dm:+15551234567");
        assert_eq!((k.channel, k.peer.as_deref()), (None, Some("+15551234567")));
        assert_eq!(SessionKey::parse("agent:main:main").kind, ChatKind::Main);
        assert_eq!(
            SessionKey::parse("agent:main:telegram:group:-100123:topic:4").kind,
            ChatKind::Group
        );
        assert_eq!(SessionKey::parse("cron:nightly").kind, ChatKind::Cron);
        assert_eq!(
            SessionKey::parse("agent:main:cron:nightly").kind,
            ChatKind::Cron
        );
        assert_eq!(SessionKey::parse("hook:abc").kind, ChatKind::Hook);
    }
}
