//! Reference styles for `secrets migrate`, and the default for a bot: SecretRefs from OpenClaw
//! 2026.2.26 on (judged by the config's `meta.lastTouchedVersion`, or the SQLite layout that
//! only 2026.7.2+ writes), `${CLAWCTL_*}` strings for anything older or unknown.

use crate::state::Layout;
use serde::Serialize;

/// How references are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Style {
    /// SecretRef objects through the `clawctl` exec provider (OpenClaw 2026.2.26 and later).
    Secretref,
    /// `"${CLAWCTL_<NAME>}"` strings, with the bot started through `clawctl secrets run` (every release).
    Env,
    /// `<key>Ref: "keychain:<name>"` beside a removed `<key>`.
    Keyref,
}

impl Style {
    pub fn as_str(self) -> &'static str {
        match self {
            Style::Secretref => "secretref",
            Style::Env => "env",
            Style::Keyref => "keyref",
        }
    }
}

/// The first release whose bot understands SecretRefs.
pub const SECRETREF_SINCE: (u32, u32, u32) = (2026, 2, 26);

/// `2026.1.24-3` → (2026, 1, 24).
pub fn parse_version(v: &str) -> Option<(u32, u32, u32)> {
    let mut parts = v.trim().trim_start_matches('v').split(['.', '-']);
    let mut next = || parts.next()?.parse().ok();
    Some((next()?, next()?, next()?))
}

/// Whether this bot reads SecretRef objects (`keyRef` / `tokenRef` in auth-profiles.json):
/// 2026.2.26 or later by `meta.lastTouchedVersion`, or the SQLite layout (2026.7.2+).
pub fn reads_secretrefs(version: Option<&str>, layout: Layout) -> bool {
    match version.and_then(parse_version) {
        Some(v) => v >= SECRETREF_SINCE,
        None => layout == Layout::Sqlite,
    }
}

/// The default style for this bot, and why.
pub fn default_style(version: Option<&str>, layout: Layout) -> (Style, String) {
    match version.and_then(parse_version) {
        Some(v) if v >= SECRETREF_SINCE => (
            Style::Secretref,
            format!("the config was last written by {} (SecretRefs since 2026.2.26)", version.unwrap_or("")),
        ),
        Some(_) => (
            Style::Env,
            format!("the config was last written by {}, older than 2026.2.26 (no SecretRefs)", version.unwrap_or("")),
        ),
        None if layout == Layout::Sqlite => (
            Style::Secretref,
            "the SQLite state layout means OpenClaw 2026.7.2 or later".into(),
        ),
        None => (
            Style::Env,
            "the bot's version is unknown (no meta.lastTouchedVersion); env references work with every release".into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_style_follows_the_bot_version() {
        assert_eq!(parse_version("2026.1.24-3"), Some((2026, 1, 24)));
        assert_eq!(parse_version("v2026.2.26"), Some((2026, 2, 26)));
        assert_eq!(parse_version("junk"), None);
        assert_eq!(
            default_style(Some("2026.2.26"), Layout::File).0,
            Style::Secretref
        );
        assert_eq!(
            default_style(Some("2026.10.1"), Layout::File).0,
            Style::Secretref
        );
        assert_eq!(default_style(Some("2026.2.25"), Layout::File).0, Style::Env);
        assert_eq!(default_style(None, Layout::File).0, Style::Env);
        assert_eq!(default_style(None, Layout::Sqlite).0, Style::Secretref);
    }
}
