//! How the checks are tuned: timeouts, thresholds and API base URLs, resolved with the usual
//! precedence (flag > environment > `[health]` in clawctl's config file > built-in default).

use crate::state::config::BotConfig;
use std::collections::BTreeMap;
use std::str::FromStr;
use std::time::Duration;

/// The bot's default gateway port.
pub const DEFAULT_GATEWAY_PORT: u16 = 18789;

/// A free-space threshold: a percentage of the total (`10%`) or an absolute amount (`5GiB`,
/// `100000` inodes). A check warns or fails when what is free drops below it.
#[derive(Debug, Clone, Copy, PartialEq, serde::Deserialize)]
#[serde(try_from = "String")]
pub enum Threshold {
    Percent(f64),
    Absolute(u64),
}

impl Threshold {
    /// True when `free` (of `total`) is below the threshold.
    pub fn breached(self, free: u64, total: u64) -> bool {
        match self {
            Threshold::Percent(p) => total > 0 && (free as f64) * 100.0 < p * total as f64,
            Threshold::Absolute(n) => free < n,
        }
    }

    /// The threshold as a percentage of `total` (for Nagios perfdata).
    pub fn as_percent(self, total: u64) -> Option<f64> {
        match self {
            Threshold::Percent(p) => Some(p),
            Threshold::Absolute(n) if total > 0 => Some(n as f64 * 100.0 / total as f64),
            Threshold::Absolute(_) => None,
        }
    }
}

impl FromStr for Threshold {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        if let Some(p) = t.strip_suffix('%') {
            let p: f64 = p
                .trim()
                .parse()
                .map_err(|_| format!("'{s}' is not a percentage (like 10%)"))?;
            if !(0.0..=100.0).contains(&p) {
                return Err(format!("'{s}' is not between 0% and 100%"));
            }
            return Ok(Threshold::Percent(p));
        }
        parse_size(t).map(Threshold::Absolute)
    }
}

impl TryFrom<String> for Threshold {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        s.parse()
    }
}

/// `1048576`, `500MB`, `64MiB`, `2G`: decimal (KB, MB, GB, TB) and binary (KiB, MiB, GiB, TiB)
/// units, a bare K/M/G/T meaning binary.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("'{s}' is not a size (like 500MB, 2GiB or 10%)"))?;
    let mult: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "kb" => 1e3,
        "mb" => 1e6,
        "gb" => 1e9,
        "tb" => 1e12,
        "k" | "kib" => 1024.0,
        "m" | "mib" => 1024.0 * 1024.0,
        "g" | "gib" => 1024.0 * 1024.0 * 1024.0,
        "t" | "tib" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => {
            return Err(format!(
                "'{s}' has an unknown unit (use B, KB, MB, GB, KiB, MiB, GiB)"
            ))
        }
    };
    Ok((n * mult).round() as u64)
}

/// A duration written like `3s`, `500ms` or `1m 30s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct HumanDuration(pub Duration);

impl TryFrom<String> for HumanDuration {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        parse_duration(&s).map(HumanDuration)
    }
}

/// Parse `3s`, `500ms`, `2m`; zero is refused.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let d = humantime::parse_duration(s.trim())
        .map_err(|e| format!("'{s}' is not a duration (like 3s, 500ms or 1m): {e}"))?;
    if d.is_zero() {
        return Err(format!("'{s}' must be longer than zero"));
    }
    Ok(d)
}

/// A byte size written like `64MiB` in the config file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct ByteSize(pub u64);

impl TryFrom<String> for ByteSize {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        parse_size(&s).map(ByteSize)
    }
}

/// The `[health]` section of clawctl's config file.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HealthSettings {
    pub gateway_url: Option<String>,
    pub timeout: Option<HumanDuration>,
    pub disk_warn: Option<Threshold>,
    pub disk_critical: Option<Threshold>,
    pub inodes_warn: Option<Threshold>,
    pub inodes_critical: Option<Threshold>,
    pub memory_warn: Option<Threshold>,
    pub memory_critical: Option<Threshold>,
    pub lag_warn: Option<ByteSize>,
    pub lag_critical: Option<ByteSize>,
    /// Base URLs of channel and provider APIs by name (`telegram = "http://127.0.0.1:8081"`).
    pub api_base: BTreeMap<String, String>,
}

/// clawctl's config file as the health checks see it.
#[derive(Debug, Default, serde::Deserialize)]
pub struct SettingsFile {
    #[serde(default)]
    pub health: HealthSettings,
}

/// Resolved options for one run.
#[derive(Debug, Clone)]
pub struct Options {
    /// An explicit gateway URL (flag, CLAWCTL_GATEWAY_URL or config); otherwise derived.
    pub gateway_url: Option<String>,
    pub timeout: Duration,
    pub deep: bool,
    pub channels: bool,
    pub providers: bool,
    pub disk_warn: Threshold,
    pub disk_critical: Threshold,
    pub inodes_warn: Threshold,
    pub inodes_critical: Threshold,
    pub memory_warn: Threshold,
    pub memory_critical: Threshold,
    pub lag_warn: Option<u64>,
    pub lag_critical: Option<u64>,
    pub api_base: BTreeMap<String, String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            gateway_url: None,
            timeout: Duration::from_secs(3),
            deep: false,
            channels: false,
            providers: false,
            disk_warn: Threshold::Percent(10.0),
            disk_critical: Threshold::Percent(5.0),
            inodes_warn: Threshold::Percent(10.0),
            inodes_critical: Threshold::Percent(5.0),
            memory_warn: Threshold::Percent(10.0),
            memory_critical: Threshold::Percent(5.0),
            lag_warn: Some(64 * 1024 * 1024),
            lag_critical: None,
            api_base: BTreeMap::new(),
        }
    }
}

impl Options {
    /// Start from the config file's `[health]` section over the defaults.
    pub fn from_settings(s: &HealthSettings) -> Options {
        let d = Options::default();
        Options {
            gateway_url: s.gateway_url.clone(),
            timeout: s.timeout.map(|t| t.0).unwrap_or(d.timeout),
            disk_warn: s.disk_warn.unwrap_or(d.disk_warn),
            disk_critical: s.disk_critical.unwrap_or(d.disk_critical),
            inodes_warn: s.inodes_warn.unwrap_or(d.inodes_warn),
            inodes_critical: s.inodes_critical.unwrap_or(d.inodes_critical),
            memory_warn: s.memory_warn.unwrap_or(d.memory_warn),
            memory_critical: s.memory_critical.unwrap_or(d.memory_critical),
            lag_warn: s.lag_warn.map(|b| b.0).or(d.lag_warn),
            lag_critical: s.lag_critical.map(|b| b.0).or(d.lag_critical),
            api_base: s.api_base.clone(),
            ..d
        }
    }

    /// The gateway base URL: explicit, else http://127.0.0.1:<port> with the port from
    /// OPENCLAW_GATEWAY_PORT, the config's gateway.port, then 18789.
    pub fn gateway_url(&self, config: Option<&BotConfig>) -> String {
        if let Some(url) = &self.gateway_url {
            return url.trim_end_matches('/').to_string();
        }
        let port = std::env::var("OPENCLAW_GATEWAY_PORT")
            .ok()
            .and_then(|p| p.trim().parse::<u16>().ok())
            .or_else(|| config.and_then(BotConfig::gateway_port))
            .unwrap_or(DEFAULT_GATEWAY_PORT);
        format!("http://127.0.0.1:{port}")
    }

    /// The base URL of a channel's or provider's API: CLAWCTL_<NAME>_API_BASE, then
    /// `[health.api_base]`, then `configured` (the bot's own setting), then `default`.
    pub fn api_base(&self, name: &str, configured: Option<&str>, default: &str) -> String {
        let var = format!(
            "CLAWCTL_{}_API_BASE",
            name.to_ascii_uppercase().replace(['-', '.'], "_")
        );
        std::env::var(&var)
            .ok()
            .filter(|v| !v.is_empty())
            .or_else(|| self.api_base.get(name).cloned())
            .or_else(|| configured.map(String::from))
            .unwrap_or_else(|| default.to_string())
            .trim_end_matches('/')
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_parse_and_compare() {
        assert_eq!("10%".parse::<Threshold>(), Ok(Threshold::Percent(10.0)));
        assert_eq!(
            "2GiB".parse::<Threshold>(),
            Ok(Threshold::Absolute(2 << 30))
        );
        assert_eq!(
            "500MB".parse::<Threshold>(),
            Ok(Threshold::Absolute(500_000_000))
        );
        assert!("150%".parse::<Threshold>().is_err());
        assert!("lots".parse::<Threshold>().is_err());
        assert!(Threshold::Percent(10.0).breached(9, 100));
        assert!(!Threshold::Percent(10.0).breached(10, 100));
        assert!(Threshold::Percent(100.0).breached(99, 100));
        assert!(!Threshold::Percent(0.0).breached(0, 100));
        assert!(Threshold::Absolute(1000).breached(999, 1 << 40));
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("3s"), Ok(Duration::from_secs(3)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("soon").is_err());
    }
}
