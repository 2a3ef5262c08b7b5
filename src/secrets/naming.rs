//! Stable, readable names for stored secrets (`models-providers-anthropic-apikey`), and the
//! environment variable each one is exported as (`CLAWCTL_MODELS_PROVIDERS_ANTHROPIC_APIKEY`).
//!
//! Names use lower-case letters, digits and `-` only, so the name ↔ variable mapping is
//! one-to-one and every name is a valid exec-provider id for the bot.

use crate::error::{exit, user_err};
use anyhow::Result;

pub const MAX_LEN: usize = 100;
/// Prefix of the environment variables `secrets run` sets.
pub const ENV_PREFIX: &str = "CLAWCTL_";

/// A name from the parts of a location: `["models", "providers", "anthropic", "apiKey"]` →
/// `models-providers-anthropic-apikey`.
pub fn from_parts<S: AsRef<str>>(parts: &[S]) -> String {
    let mut out = String::new();
    for part in parts {
        for c in part.as_ref().chars() {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut name = out.trim_matches('-').to_string();
    if name.len() > MAX_LEN {
        name.truncate(MAX_LEN);
        name = name.trim_end_matches('-').to_string();
    }
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        name = format!("secret-{name}").trim_end_matches('-').to_string();
    }
    name
}

/// `name`, or `name-2`, `name-3`, … : the first for which `taken` is false.
pub fn unique(name: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(name) {
        return name.to_string();
    }
    (2..)
        .map(|n| format!("{name}-{n}"))
        .find(|candidate| !taken(candidate))
        .expect("an unbounded range finds a free name")
}

/// Check a name given on the command line.
pub fn validate(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= MAX_LEN
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && !name.ends_with('-')
        && !name.contains("--")
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(user_err(format!("invalid secret name `{name}`"))
            .hint(format!(
                "use lower-case letters, digits and single dashes, at most {MAX_LEN} characters (e.g. telegram-bot-token)"
            ))
            .code(exit::USAGE)
            .into())
    }
}

/// The environment variable `secrets run` exports a secret as.
pub fn env_var(name: &str) -> String {
    format!(
        "{ENV_PREFIX}{}",
        name.to_ascii_uppercase().replace('-', "_")
    )
}

/// The secret name behind a `CLAWCTL_*` variable.
pub fn name_of_env_var(var: &str) -> Option<String> {
    let rest = var.strip_prefix(ENV_PREFIX)?;
    let name = rest.to_ascii_lowercase().replace('_', "-");
    validate(&name).ok().map(|()| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_readable_and_stable() {
        assert_eq!(
            from_parts(&["models", "providers", "anthropic", "apiKey"]),
            "models-providers-anthropic-apikey"
        );
        assert_eq!(
            from_parts(&["auth", "main", "anthropic:cli", "token"]),
            "auth-main-anthropic-cli-token"
        );
        assert_eq!(from_parts(&["env", "OPENAI_API_KEY"]), "env-openai-api-key");
        assert_eq!(from_parts::<&str>(&[]), "secret");
        assert!(from_parts(&["x".repeat(300)]).len() <= MAX_LEN);
    }

    #[test]
    fn env_vars_round_trip() {
        let v = env_var("models-providers-openai-apikey");
        assert_eq!(v, "CLAWCTL_MODELS_PROVIDERS_OPENAI_APIKEY");
        assert_eq!(
            name_of_env_var(&v).unwrap(),
            "models-providers-openai-apikey"
        );
        assert_eq!(name_of_env_var("HOME"), None);
    }

    #[test]
    fn validation_and_uniqueness() {
        assert!(validate("telegram-bot-token").is_ok());
        for bad in ["", "Upper", "a b", "-x", "x-", "a--b", "a.b", "a/../b"] {
            assert!(validate(bad).is_err(), "{bad}");
        }
        let taken = ["a", "a-2"];
        assert_eq!(unique("a", |n| taken.contains(&n)), "a-3");
        assert_eq!(unique("b", |n| taken.contains(&n)), "b");
    }
}
