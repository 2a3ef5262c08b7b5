//! Times on the command line: `--since`, `--until` and friends.
//!
//! Operators write absolute times as dates (`2026-11-01`, midnight UTC) or RFC 3339 times
//! (`2026-11-01T10:00:00Z`, `2026-11-01T10:00`), and relative ones as durations back from now
//! (`7d`, `12h`, `30m`, `45s`, `2w`). Everything becomes Unix milliseconds UTC, the unit of
//! every timestamp in the ops database.

use crate::error::{exit, user_err};
use anyhow::Result;
use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone, Utc};

const UNITS: &[(&str, i64)] = &[
    ("ms", 1),
    ("s", 1_000),
    ("m", 60_000),
    ("h", 3_600_000),
    ("d", 86_400_000),
    ("w", 604_800_000),
];

/// A duration such as `7d`, `12h`, `30m`, `45s` or `2w`, in milliseconds.
pub fn parse_duration_ms(input: &str) -> Option<i64> {
    let s = input.trim();
    let split = s.find(|c: char| !c.is_ascii_digit())?;
    let (digits, unit) = s.split_at(split);
    let n: i64 = digits.parse().ok()?;
    let (_, per) = UNITS.iter().find(|(u, _)| *u == unit)?;
    n.checked_mul(*per)
}

/// Parse a point in time for the flag `flag` (named in the error): `now`, a duration back
/// from `now_ms`, a date, or an RFC 3339 time (a missing offset means UTC).
pub fn parse_time(flag: &str, input: &str, now_ms: i64) -> Result<i64> {
    let s = input.trim();
    if s.eq_ignore_ascii_case("now") {
        return Ok(now_ms);
    }
    if let Some(ms) = parse_duration_ms(s) {
        return Ok(now_ms.saturating_sub(ms));
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.timestamp_millis());
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return Ok(Utc.from_utc_datetime(&t).timestamp_millis());
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        if let Some(t) = d.and_hms_opt(0, 0, 0) {
            return Ok(Utc.from_utc_datetime(&t).timestamp_millis());
        }
    }
    Err(user_err(format!("{flag}: invalid time '{input}'"))
        .hint("use a date (2026-11-01), an RFC 3339 time (2026-11-01T10:00:00Z) or a duration back from now (7d, 12h, 30m)")
        .code(exit::USAGE)
        .into())
}

/// Unix milliseconds as an RFC 3339 UTC time with milliseconds (`2026-11-20T09:15:00.000Z`).
pub fn format_ms(ms: i64) -> String {
    Utc.timestamp_millis_opt(ms)
        .single()
        .map(|t| t.to_rfc3339_opts(SecondsFormat::Millis, true))
        .unwrap_or_else(|| ms.to_string())
}

/// An RFC 3339 time (as the bot writes them) to Unix milliseconds.
pub fn rfc3339_ms(input: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(input.trim())
        .ok()
        .map(|t| t.timestamp_millis())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_000_000_000;

    #[test]
    fn durations_count_back_from_now() {
        assert_eq!(
            parse_time("--since", "7d", NOW).unwrap(),
            NOW - 7 * 86_400_000
        );
        assert_eq!(
            parse_time("--since", "12h", NOW).unwrap(),
            NOW - 12 * 3_600_000
        );
        assert_eq!(
            parse_time("--since", "30m", NOW).unwrap(),
            NOW - 30 * 60_000
        );
        assert_eq!(
            parse_time("--since", "2w", NOW).unwrap(),
            NOW - 14 * 86_400_000
        );
        assert_eq!(parse_time("--since", "now", NOW).unwrap(), NOW);
    }

    #[test]
    fn dates_and_rfc3339_are_utc() {
        assert_eq!(
            parse_time("--since", "2026-11-01", NOW).unwrap(),
            rfc3339_ms("2026-11-01T00:00:00Z").unwrap()
        );
        assert_eq!(
            parse_time("--since", "2026-11-01T10:00", NOW).unwrap(),
            rfc3339_ms("2026-11-01T10:00:00Z").unwrap()
        );
        assert_eq!(
            parse_time("--since", "2026-11-01T10:00:00+01:00", NOW).unwrap(),
            rfc3339_ms("2026-11-01T09:00:00Z").unwrap()
        );
        assert_eq!(
            format_ms(rfc3339_ms("2026-11-20T09:15:00Z").unwrap()),
            "2026-11-20T09:15:00.000Z"
        );
    }

    #[test]
    fn garbage_is_a_usage_error_naming_the_flag() {
        let e = parse_time("--until", "last tuesday", NOW).unwrap_err();
        assert_eq!(e.to_string(), "--until: invalid time 'last tuesday'");
        assert_eq!(crate::error::classify(&e).0, exit::USAGE);
        assert!(parse_duration_ms("7x").is_none());
        assert!(parse_duration_ms("d").is_none());
    }
}
