//! Recognising secrets: by the name of the field that holds them, by the shape of the value
//! (provider key formats), and fingerprints that identify a value without showing it.

use regex::Regex;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

/// A value format with a recognisable public prefix.
struct Shape {
    kind: &'static str,
    /// Shown in fingerprints: the part every key of this kind starts with.
    prefix: Option<&'static str>,
    pattern: &'static str,
}

const SHAPES: &[Shape] = &[
    Shape {
        kind: "anthropic-oauth-token",
        prefix: Some("sk-ant-oat"),
        pattern: r"sk-ant-oat[0-9]{2}-[A-Za-z0-9_-]{20,}",
    },
    Shape {
        kind: "anthropic-api-key",
        prefix: Some("sk-ant-"),
        pattern: r"sk-ant-[A-Za-z0-9_-]{20,}",
    },
    Shape {
        kind: "openrouter-api-key",
        prefix: Some("sk-or-"),
        pattern: r"sk-or-v1-[A-Za-z0-9]{20,}",
    },
    Shape {
        kind: "openai-api-key",
        prefix: Some("sk-proj-"),
        pattern: r"sk-proj-[A-Za-z0-9_-]{20,}",
    },
    Shape {
        kind: "openai-api-key",
        prefix: Some("sk-svcacct-"),
        pattern: r"sk-svcacct-[A-Za-z0-9_-]{20,}",
    },
    Shape {
        kind: "openai-api-key",
        prefix: Some("sk-admin-"),
        pattern: r"sk-admin-[A-Za-z0-9_-]{20,}",
    },
    Shape {
        kind: "stripe-key",
        prefix: None,
        pattern: r"[sr]k_(?:live|test)_[A-Za-z0-9]{20,}",
    },
    Shape {
        kind: "api-key",
        prefix: Some("sk-"),
        pattern: r"sk-[A-Za-z0-9_-]{20,}",
    },
    Shape {
        kind: "api-key",
        prefix: Some("sk_"),
        pattern: r"sk_[A-Za-z0-9]{32,}",
    },
    Shape {
        kind: "slack-token",
        prefix: Some("xox"),
        pattern: r"xox[abposr]-[A-Za-z0-9-]{10,}",
    },
    Shape {
        kind: "slack-app-token",
        prefix: Some("xapp-"),
        pattern: r"xapp-[0-9]-[A-Za-z0-9-]{10,}",
    },
    Shape {
        kind: "github-token",
        prefix: Some("gh"),
        pattern: r"gh[pousr]_[A-Za-z0-9]{36,}",
    },
    Shape {
        kind: "github-token",
        prefix: Some("github_pat_"),
        pattern: r"github_pat_[A-Za-z0-9_]{22,}",
    },
    Shape {
        kind: "gitlab-token",
        prefix: Some("glpat-"),
        pattern: r"glpat-[A-Za-z0-9_-]{20,}",
    },
    Shape {
        kind: "aws-access-key-id",
        prefix: Some("AKIA"),
        pattern: r"(?:AKIA|ASIA)[A-Z0-9]{16}",
    },
    Shape {
        kind: "google-api-key",
        prefix: Some("AIza"),
        pattern: r"AIza[0-9A-Za-z_-]{35}",
    },
    Shape {
        kind: "huggingface-token",
        prefix: Some("hf_"),
        pattern: r"hf_[A-Za-z]{30,}",
    },
    Shape {
        kind: "groq-api-key",
        prefix: Some("gsk_"),
        pattern: r"gsk_[A-Za-z0-9]{40,}",
    },
    Shape {
        kind: "xai-api-key",
        prefix: Some("xai-"),
        pattern: r"xai-[A-Za-z0-9]{40,}",
    },
    Shape {
        kind: "brave-api-key",
        prefix: Some("BSA"),
        pattern: r"BSA[A-Za-z0-9_-]{24,}",
    },
    Shape {
        kind: "telegram-bot-token",
        prefix: None,
        pattern: r"[0-9]{8,10}:AA[A-Za-z0-9_-]{30,40}",
    },
    Shape {
        kind: "discord-bot-token",
        prefix: None,
        pattern: r"[MNO][A-Za-z0-9]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}",
    },
    Shape {
        kind: "jwt",
        prefix: Some("eyJ"),
        pattern: r"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}",
    },
    Shape {
        kind: "private-key",
        prefix: Some("-----BEGIN"),
        pattern: r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----",
    },
];

struct Compiled {
    whole: Vec<Regex>,
    anywhere: Regex,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let whole = SHAPES
        .iter()
        .map(|s| Regex::new(&format!("^(?:{})$", s.pattern)).expect("valid shape pattern"))
        .collect();
    let alternatives: Vec<String> = SHAPES.iter().map(|s| format!("({})", s.pattern)).collect();
    let anywhere = Regex::new(&format!(
        r"(?:^|[^A-Za-z0-9_-])(?:{})(?:$|[^A-Za-z0-9_-])",
        alternatives.join("|")
    ))
    .expect("valid shape pattern");
    Compiled { whole, anywhere }
});

/// The kind of a whole value that has a known secret format.
pub fn shape_of(value: &str) -> Option<&'static str> {
    let v = value.trim();
    if v.starts_with("-----BEGIN") && v.contains("PRIVATE KEY-----") {
        return Some("private-key");
    }
    COMPILED
        .whole
        .iter()
        .zip(SHAPES)
        .find(|(re, _)| re.is_match(v))
        .map(|(_, s)| s.kind)
}

/// Secrets of a known format inside free text (a transcript line, a log line): byte ranges
/// and kinds.
pub fn find_in_text(text: &str) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let Some(caps) = COMPILED.anywhere.captures_at(text, at) else {
            break;
        };
        let Some((i, m)) = caps
            .iter()
            .enumerate()
            .skip(1)
            .find_map(|(i, m)| m.map(|m| (i, m)))
        else {
            break;
        };
        out.push((m.start(), m.end(), SHAPES[i - 1].kind));
        at = m.end().max(at + 1);
    }
    out
}

/// The kind of secret a field holds, judged by its name alone (`apiKey`, `botToken`,
/// `clientSecret`, `password`, `privateKey`, …). Case and `_`/`-` are ignored.
pub fn field_kind(key: &str) -> Option<&'static str> {
    let k: String = key
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    const RULES: &[(&str, &str)] = &[
        ("apikey", "api-key"),
        ("privatekey", "private-key"),
        ("secretkey", "secret"),
        ("accesskey", "secret"),
        ("signingkey", "secret"),
        ("encryptionkey", "secret"),
        ("token", "token"),
        ("secret", "secret"),
        ("password", "password"),
        ("passwd", "password"),
        ("passphrase", "password"),
        ("apppassword", "password"),
        ("credential", "secret"),
    ];
    RULES
        .iter()
        .find(|(suffix, _)| k.ends_with(suffix))
        .map(|(_, kind)| *kind)
}

/// The kind of secret an environment variable holds, judged by its name (`OPENAI_API_KEY`,
/// `TELEGRAM_BOT_TOKEN`, `DB_PASSWORD`, …).
pub fn env_var_kind(name: &str) -> Option<&'static str> {
    let upper = name.to_ascii_uppercase();
    let words: Vec<&str> = upper.split(['_', '-']).collect();
    let has = |w: &str| words.contains(&w);
    if upper.contains("API_KEY") || upper.ends_with("APIKEY") {
        Some("api-key")
    } else if has("TOKEN") || upper.ends_with("TOKEN") {
        Some("token")
    } else if has("SECRET") || upper.ends_with("SECRET") {
        Some("secret")
    } else if has("PASSWORD") || has("PASSWD") || has("PASS") {
        Some("password")
    } else if has("PRIVATE") && has("KEY") {
        Some("private-key")
    } else if words.last() == Some(&"KEY") {
        Some("api-key")
    } else {
        None
    }
}

/// True for a value that is a reference to a secret, not a secret: `${VAR}`, clawctl's
/// `keychain:<name>`, or a placeholder the bot shows instead of a value.
pub fn is_reference_text(value: &str) -> bool {
    crate::state::config::is_env_reference(value)
        || value.starts_with("keychain:")
        || value.starts_with("__OPENCLAW_REDACTED__")
}

/// True when a value found by field name is plausibly a secret (not empty, not a
/// reference, not a boolean-ish word or a number).
pub fn plausible_secret(value: &str) -> bool {
    let v = value.trim();
    v.chars().count() >= 4
        && !is_reference_text(v)
        && !matches!(
            v.to_ascii_lowercase().as_str(),
            "true" | "false" | "none" | "null" | "token" | "password" | "secret"
        )
        && !v.chars().all(|c| c.is_ascii_digit())
}

/// A fingerprint that identifies a secret without revealing it: the public prefix of a
/// known format, the last four characters of a long value, and a short SHA-256:
/// `sk-ant-…EAAA #1a2b3c4d`.
pub fn fingerprint(value: &str) -> String {
    let hash = Sha256::digest(value.as_bytes());
    let short = hex::encode(&hash[..4]);
    let prefix = SHAPES
        .iter()
        .filter_map(|s| s.prefix)
        .filter(|p| value.starts_with(p))
        .max_by_key(|p| p.len())
        .unwrap_or("");
    let chars: Vec<char> = value.chars().collect();
    let suffix: String = if chars.len() >= 20 {
        chars[chars.len() - 4..].iter().collect()
    } else {
        String::new()
    };
    format!("{prefix}…{suffix} #{short}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_known_providers() {
        assert_eq!(
            shape_of("sk-ant-api03-FAKEodJFCrnl2edlBDdz1C5Jau2RJtBRnlWmTSHf6pWkLUyif"),
            Some("anthropic-api-key")
        );
        assert_eq!(
            shape_of("sk-ant-oat01-FAKELqy1WwMZaMKA3P744B8vkKQlENCzsdfF8j61yX"),
            Some("anthropic-oauth-token")
        );
        assert_eq!(
            shape_of("sk-proj-FAKEZUCr_lgotu2iXW7GboIRoL3u6aHwnMztVuaP"),
            Some("openai-api-key")
        );
        assert_eq!(
            shape_of("812345678:AAFAKE-tyLBhhOhg9uhkxiiEZpFfk1OHAOE"),
            Some("telegram-bot-token")
        );
        assert_eq!(
            shape_of("MTMwMjIxNDQxMTIyMzM0NDU1Ng.HYqM6O.FAKEjb6mjBHqSiFVKu4MbMnrHontIKARAH-Ggl"),
            Some("discord-bot-token")
        );
        assert_eq!(
            shape_of("xoxb-123456789012-1234567890123-abcdefABCDEF"),
            Some("slack-token")
        );
        assert_eq!(
            shape_of("ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
            Some("github-token")
        );
        assert_eq!(shape_of("AKIAIOSFODNN7EXAMPLE"), Some("aws-access-key-id"));
        assert_eq!(
            shape_of("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhdXRoMHxFWEFNUExFIn0.cW9aTMX1C-CI3-dXRZv7q"),
            Some("jwt")
        );
        assert_eq!(
            shape_of("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----"),
            Some("private-key")
        );
        assert_eq!(
            shape_of("EXAVITQu4vr4xnSDxMaL"),
            None,
            "a voice id is not a key"
        );
        assert_eq!(shape_of("https://api.anthropic.com"), None);
        assert_eq!(shape_of("${BRAVE_API_KEY}"), None);
    }

    #[test]
    fn secrets_inside_free_text() {
        let text = "here is my key sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123 and token ghp_abcdefghijklmnopqrstuvwxyz0123456789.";
        let found = find_in_text(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].2, "anthropic-api-key");
        assert_eq!(
            &text[found[1].0..found[1].1],
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
        );
        assert!(find_in_text("nothing to see, sk-short").is_empty());
        assert!(find_in_text("xsk-ant-api03-abcdefghijklmnopqrstuvwxyz0123").is_empty());
    }

    #[test]
    fn field_names() {
        for k in [
            "apiKey",
            "api_key",
            "botToken",
            "appToken",
            "webhookSecret",
            "clientSecret",
            "password",
            "appPassword",
            "privateKey",
            "accessToken",
            "pushToken",
            "token",
            "secretAccessKey",
        ] {
            assert!(field_kind(k).is_some(), "{k}");
        }
        for k in [
            "voiceId",
            "maxTokens",
            "tokenizer",
            "keyRef",
            "tokenRef",
            "mode",
            "baseUrl",
            "passEnv",
            "tokenFile",
        ] {
            assert!(field_kind(k).is_none(), "{k}");
        }
        assert_eq!(env_var_kind("OPENAI_API_KEY"), Some("api-key"));
        assert_eq!(env_var_kind("TELEGRAM_BOT_TOKEN"), Some("token"));
        assert_eq!(env_var_kind("DB_PASSWORD"), Some("password"));
        assert_eq!(env_var_kind("OPENCLAW_GATEWAY_PORT"), None);
        assert_eq!(env_var_kind("HOME"), None);
    }

    #[test]
    fn fingerprints_identify_without_revealing() {
        let v = "sk-ant-api03-FAKEodJFCrnl2edlBDdz1C5Jau2RJtBRnlWmTSHf6pWkLUyifEXAMPLEAA";
        let fp = fingerprint(v);
        assert!(
            fp.starts_with("sk-ant-…PLEAA".trim_end_matches("PLEAA")),
            "{fp}"
        );
        assert!(fp.contains("…LEAA #"), "{fp}");
        assert_eq!(fp, fingerprint(v));
        assert_ne!(fp, fingerprint("sk-ant-api03-other"));
        let short = fingerprint("hunter22");
        assert!(
            !short.contains("hunter") && !short.contains("er22"),
            "{short}"
        );
        assert!(!plausible_secret("${X}"));
        assert!(!plausible_secret("true"));
        assert!(plausible_secret("hunter22"));
    }
}
