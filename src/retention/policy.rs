//! The retention policy: `[retention]` in clawctl's config file, or a `--policy FILE`.
//!
//! Every rule has a built-in default (the article's: messages 90 days except starred and
//! archived, audit events 365 days, media files 30 days; plus idle transcripts 90 days,
//! leftover copies 30 days, `logs/commands.log` lines 90 days, cost rows kept). A file only
//! needs the keys it changes; unknown keys and bad values are errors naming the key and the line.

use crate::error::user_err;
use crate::settings::Settings;
use anyhow::Result;
use serde::{Deserialize, Deserializer};
use std::path::{Path, PathBuf};

/// The longest retention a rule may name (100 years); beyond that, say `"keep"`.
pub const MAX_DAYS: u32 = 36_500;
const DAY_MS: i64 = 86_400_000;

/// How long a rule keeps things: a number of days, or forever.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Days {
    Keep,
    Days(u32),
}

impl Days {
    /// Items strictly older than this instant are expired; `None` keeps everything.
    pub fn cutoff(self, now_ms: i64) -> Option<i64> {
        match self {
            Days::Keep => None,
            Days::Days(d) => Some(now_ms - i64::from(d) * DAY_MS),
        }
    }

    /// `"90 days"` or `"keep"`, for output.
    pub fn describe(self) -> String {
        match self {
            Days::Keep => "keep".into(),
            Days::Days(1) => "1 day".into(),
            Days::Days(d) => format!("{d} days"),
        }
    }
}

impl<'de> Deserialize<'de> for Days {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Days, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Days;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "a number of days from 1 to {MAX_DAYS}, or \"keep\"")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<Days, E> {
                match u32::try_from(v) {
                    Ok(n) if (1..=MAX_DAYS).contains(&n) => Ok(Days::Days(n)),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Signed(v), &self)),
                }
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<Days, E> {
                self.visit_i64(i64::try_from(v).unwrap_or(i64::MAX))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Days, E> {
                match v {
                    "keep" | "forever" => Ok(Days::Keep),
                    _ => Err(E::invalid_value(serde::de::Unexpected::Str(v), &self)),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// A whole number from `MIN` to `MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounded<const MIN: u32, const MAX: u32>(pub u32);

impl<'de, const MIN: u32, const MAX: u32> Deserialize<'de> for Bounded<MIN, MAX> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let v = i64::deserialize(d)?;
        match u32::try_from(v) {
            Ok(n) if (MIN..=MAX).contains(&n) => Ok(Bounded(n)),
            _ => Err(serde::de::Error::invalid_value(
                serde::de::Unexpected::Signed(v),
                &format!("a number from {MIN} to {MAX}").as_str(),
            )),
        }
    }
}

/// `[retention.messages]`: rows of the ops database's `messages` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MessagesRule {
    pub days: Days,
    pub keep_starred: bool,
    pub keep_archived: bool,
}

impl Default for MessagesRule {
    fn default() -> Self {
        MessagesRule {
            days: Days::Days(90),
            keep_starred: true,
            keep_archived: true,
        }
    }
}

/// A rule with only an age limit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeRule {
    pub days: Days,
}

/// What happens to an idle transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TranscriptAction {
    /// Remove the transcript and its `sessions.json` entry.
    Delete,
    /// Copy it (and its entry) into a zip in `archive_dir` first, then remove it.
    Archive,
}

/// `[retention.transcripts]`: transcripts of sessions idle longer than `idle_days`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TranscriptsRule {
    pub idle_days: Days,
    pub action: TranscriptAction,
    /// Where `archive` writes its zips. Default: `<state dir>-archive` beside the state dir.
    pub archive_dir: Option<PathBuf>,
}

impl Default for TranscriptsRule {
    fn default() -> Self {
        TranscriptsRule {
            idle_days: Days::Days(90),
            action: TranscriptAction::Delete,
            archive_dir: None,
        }
    }
}

/// The whole policy.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    pub messages: MessagesRule,
    pub media: AgeRule,
    pub audit: AgeRule,
    pub cost: AgeRule,
    pub transcripts: TranscriptsRule,
    pub leftovers: AgeRule,
    pub commands_log: AgeRule,
    /// Most expired rows read per batch; its deletes run in transactions of their own.
    pub batch_size: Bounded<1, 10_000>,
    /// The longest a delete transaction should hold the write lock (milliseconds): each one
    /// aims at a fifth of this, its COMMIT included (a commit can take several times what the
    /// ones before it did), and batches shrink while they need longer. Default 25 (BENCHMARKS.md
    /// has the runs that chose it).
    pub lock_target_ms: Bounded<1, 10_000>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            messages: MessagesRule::default(),
            media: AgeRule {
                days: Days::Days(30),
            },
            audit: AgeRule {
                days: Days::Days(365),
            },
            cost: AgeRule { days: Days::Keep },
            transcripts: TranscriptsRule::default(),
            leftovers: AgeRule {
                days: Days::Days(30),
            },
            commands_log: AgeRule {
                days: Days::Days(90),
            },
            batch_size: Bounded(1000),
            lock_target_ms: Bounded(25),
        }
    }
}

impl Policy {
    /// `lock_target_ms` as a duration.
    pub fn lock_target(&self) -> std::time::Duration {
        std::time::Duration::from_millis(u64::from(self.lock_target_ms.0))
    }
}

/// The policy and where it came from.
#[derive(Debug, Clone)]
pub struct LoadedPolicy {
    pub policy: Policy,
    /// The file it was read from, `None` for the built-in defaults.
    pub source: Option<PathBuf>,
}

#[derive(Default, Deserialize)]
struct InConfig {
    #[serde(default)]
    retention: Option<Policy>,
}

#[derive(Default, Deserialize)]
#[serde(transparent)]
struct Bare(Policy);

impl LoadedPolicy {
    /// The policy from `--policy FILE` (a TOML file holding either a `[retention]` table or
    /// the rule tables at top level), else from clawctl's config file, else the defaults.
    pub fn load(policy_file: Option<&Path>, settings: &Settings) -> Result<LoadedPolicy> {
        let (settings, explicit) = match policy_file {
            Some(path) => {
                if !path.is_file() {
                    return Err(user_err(format!(
                        "policy file {} does not exist",
                        path.display()
                    ))
                    .hint("pass an existing TOML file to --policy, or drop it to use clawctl's config file")
                    .into());
                }
                (Settings::load(path)?, true)
            }
            None => (settings.clone(), false),
        };
        let has_section = settings.has_table("retention");
        let policy = if explicit && !has_section {
            Some(settings.parse::<Bare>()?.0)
        } else {
            settings.parse::<InConfig>()?.retention
        };
        let policy = match policy {
            Some(p) => p,
            None => {
                return Ok(LoadedPolicy {
                    policy: Policy::default(),
                    source: None,
                })
            }
        };
        Ok(LoadedPolicy {
            policy,
            source: settings.path.clone(),
        })
    }
}

/// Parse `--max-runtime`: `90s`, `10m`, `1h30m`, `2h`, or plain seconds.
pub fn parse_duration(text: &str) -> std::result::Result<std::time::Duration, String> {
    let bad = || format!("invalid duration {text:?}: use e.g. 30s, 10m, 1h30m");
    let text = text.trim();
    if text.is_empty() {
        return Err(bad());
    }
    if let Ok(secs) = text.parse::<u64>() {
        return Ok(std::time::Duration::from_secs(secs));
    }
    let mut total = 0u64;
    let mut number = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            _ => return Err(bad()),
        };
        let n: u64 = number.parse().map_err(|_| bad())?;
        total = total.saturating_add(n.saturating_mul(unit));
        number.clear();
    }
    if !number.is_empty() {
        return Err(bad());
    }
    Ok(std::time::Duration::from_secs(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<LoadedPolicy> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        LoadedPolicy::load(None, &Settings::load(&path).unwrap())
    }

    #[test]
    fn defaults_are_the_articles() {
        let p = parse("db = \"x.db\"\n").unwrap();
        assert!(p.source.is_none());
        assert_eq!(p.policy.messages.days, Days::Days(90));
        assert_eq!(p.policy.media.days, Days::Days(30));
        assert_eq!(p.policy.audit.days, Days::Days(365));
        assert_eq!(p.policy.cost.days, Days::Keep);
    }

    #[test]
    fn a_section_overrides_only_what_it_names() {
        let p = parse("[retention.messages]\ndays = 7\n[retention.cost]\ndays = 400\n").unwrap();
        assert_eq!(p.policy.messages.days, Days::Days(7));
        assert!(p.policy.messages.keep_starred);
        assert_eq!(p.policy.cost.days, Days::Days(400));
        assert_eq!(p.policy.audit.days, Days::Days(365));
    }

    #[test]
    fn errors_name_the_key_and_line() {
        let e = parse("[retention]\n\n[retention.media]\ndays = 0\n").unwrap_err();
        let msg = format!("{e:#}");
        assert!(msg.contains(":4:"), "{msg}");
        assert!(msg.contains("retention.media.days: "), "{msg}");
        assert!(msg.contains("1 to 36500"), "{msg}");
        let e = parse("[retention]\nbatch_size = 0\n").unwrap_err();
        assert!(format!("{e:#}").contains(":2:14: retention.batch_size: invalid value: integer `0`, expected a number from 1 to 10000"), "{e:#}");
        let e = parse("[retention]\nmesages = 3\n").unwrap_err();
        assert!(format!("{e:#}").contains(":2:"), "{e:#}");
        assert!(format!("{e:#}").contains("mesages"), "{e:#}");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10m").unwrap().as_secs(), 600);
        assert_eq!(parse_duration("1h30m").unwrap().as_secs(), 5400);
        assert_eq!(parse_duration("45").unwrap().as_secs(), 45);
        assert!(parse_duration("10x").is_err());
        assert!(parse_duration("m").is_err());
        assert!(parse_duration("").is_err());
    }
}
