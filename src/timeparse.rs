//! Times on the command line, shared by every command that filters or buckets by time:
//! `--since` / `--until` (dates, ISO times, durations such as `7d` back from now), `--tz` (IANA
//! names, default local), and the calendar arithmetic reports and budgets need (day, ISO week
//! and month boundaries and labels in a time zone, DST-safe). Everything becomes Unix
//! milliseconds UTC, the unit of every timestamp in the ops database.

use crate::error::{exit, user_err};
use anyhow::Result;
use chrono::{
    DateTime, Datelike, Duration, FixedOffset, Local, LocalResult, NaiveDate, NaiveDateTime,
    NaiveTime, SecondsFormat, TimeZone, Utc,
};
use chrono_tz::Tz;

/// "Now" in Unix ms: `CLAWCTL_NOW` (RFC 3339 or Unix ms) when set, for reproducible reports
/// and tests; the system clock otherwise.
pub fn now_ms() -> i64 {
    std::env::var("CLAWCTL_NOW")
        .ok()
        .and_then(|v| {
            v.trim().parse::<i64>().ok().or_else(|| {
                DateTime::parse_from_rfc3339(v.trim())
                    .ok()
                    .map(|t| t.timestamp_millis())
            })
        })
        .unwrap_or_else(crate::state::sessions::now_ms)
}

/// A time zone: the machine's local zone or a named IANA zone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Zone {
    Local,
    Named(Tz),
}

/// A calendar unit for buckets and budget periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    /// ISO week, Monday to Sunday.
    Week,
    Month,
}

/// Parse `--tz`: an IANA name (`Europe/Berlin`, `UTC`), or `local`; `None` is local.
pub fn parse_zone(name: Option<&str>) -> Result<Zone> {
    match name.map(str::trim) {
        None | Some("") => Ok(Zone::Local),
        Some(n) if n.eq_ignore_ascii_case("local") => Ok(Zone::Local),
        Some(n) => n.parse::<Tz>().map(Zone::Named).map_err(|_| {
            user_err(format!("--tz: unknown time zone '{n}'"))
                .hint("use an IANA name such as UTC, Europe/Berlin or America/New_York")
                .code(exit::USAGE)
                .into()
        }),
    }
}

impl Zone {
    /// The zone's name (`UTC`, `Europe/Berlin`, or `local`).
    pub fn name(&self) -> String {
        match self {
            Zone::Local => "local".into(),
            Zone::Named(tz) => tz.name().into(),
        }
    }

    /// The wall-clock time of a Unix-ms instant in this zone.
    pub fn naive(&self, ms: i64) -> NaiveDateTime {
        let utc = DateTime::<Utc>::from_timestamp_millis(ms).unwrap_or_default();
        match self {
            Zone::Local => utc.with_timezone(&Local).naive_local(),
            Zone::Named(tz) => utc.with_timezone(tz).naive_local(),
        }
    }

    /// The UTC offset in effect at an instant.
    pub fn offset(&self, ms: i64) -> FixedOffset {
        let utc = DateTime::<Utc>::from_timestamp_millis(ms).unwrap_or_default();
        match self {
            Zone::Local => utc.with_timezone(&Local).fixed_offset().timezone(),
            Zone::Named(tz) => utc.with_timezone(tz).fixed_offset().timezone(),
        }
    }

    /// An instant as ISO 8601 with this zone's offset (`2026-11-19T16:40:00+01:00`).
    pub fn iso(&self, ms: i64) -> String {
        let utc = DateTime::<Utc>::from_timestamp_millis(ms).unwrap_or_default();
        utc.with_timezone(&self.offset(ms))
            .format("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    }

    /// A wall-clock time in this zone as Unix ms. In a DST gap the first valid instant after
    /// it is used; in an overlap, the earlier one.
    pub fn from_naive(&self, naive: NaiveDateTime) -> i64 {
        fn pick<T: TimeZone>(tz: &T, naive: NaiveDateTime) -> i64 {
            let mut probe = naive;
            for _ in 0..8 {
                match tz.from_local_datetime(&probe) {
                    LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => {
                        return t.timestamp_millis()
                    }
                    LocalResult::None => probe += Duration::minutes(30),
                }
            }
            naive.and_utc().timestamp_millis()
        }
        match self {
            Zone::Local => pick(&Local, naive),
            Zone::Named(tz) => pick(tz, naive),
        }
    }

    /// Start of the day, week or month containing `ms`, as Unix ms.
    pub fn period_start(&self, unit: Unit, ms: i64) -> i64 {
        self.from_naive(start_date(unit, self.naive(ms).date()).and_time(NaiveTime::MIN))
    }

    /// Start of the period after the one containing `ms`.
    pub fn period_end(&self, unit: Unit, ms: i64) -> i64 {
        let start = start_date(unit, self.naive(ms).date());
        self.from_naive(next_date(unit, start).and_time(NaiveTime::MIN))
    }

    /// The label of the period containing `ms`: `2026-11-20`, `2026-W47`, `2026-11`.
    pub fn label(&self, unit: Unit, ms: i64) -> String {
        let d = self.naive(ms).date();
        match unit {
            Unit::Day => d.format("%Y-%m-%d").to_string(),
            Unit::Week => {
                let w = d.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Unit::Month => d.format("%Y-%m").to_string(),
        }
    }
}

fn start_date(unit: Unit, d: NaiveDate) -> NaiveDate {
    match unit {
        Unit::Day => d,
        Unit::Week => d - Duration::days(d.weekday().num_days_from_monday() as i64),
        Unit::Month => d.with_day(1).unwrap_or(d),
    }
}

fn next_date(unit: Unit, start: NaiveDate) -> NaiveDate {
    match unit {
        Unit::Day => start + Duration::days(1),
        Unit::Week => start + Duration::days(7),
        Unit::Month => {
            let (y, m) = if start.month() == 12 {
                (start.year() + 1, 1)
            } else {
                (start.year(), start.month() + 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(start)
        }
    }
}

/// Which end of a range a value is for: a bare date or month in `--until` includes that
/// whole day or month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Since,
    Until,
}

/// Parse a point in time for the flag `flag` (named in the error): `now`, a duration back from
/// `now_ms`, a date, or an RFC 3339 time; dates and times without an offset are UTC.
pub fn parse_time(flag: &str, input: &str, now_ms: i64) -> Result<i64> {
    parse_time_in(
        flag,
        input,
        Bound::Since,
        &Zone::Named(chrono_tz::UTC),
        now_ms,
    )
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

/// Parse one time argument to Unix ms in `zone`. Accepted: `now`, `today`, `yesterday`; durations back
/// from now (`90s`, `30m`, `12h`, `7d`, `2w`, combined as `1d12h`); dates (`2026-11-01`) and
/// months (`2026-11`) in `zone`; local times (`2026-11-01T10:00`, `2026-11-01 10:00:00`); and
/// ISO/RFC 3339 times with an offset or `Z`.
pub fn parse_time_in(
    flag: &str,
    value: &str,
    bound: Bound,
    zone: &Zone,
    now_ms: i64,
) -> Result<i64> {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    let day_end = |start: i64| match bound {
        Bound::Since => start,
        Bound::Until => zone.period_end(Unit::Day, start),
    };
    match lower.as_str() {
        "now" => return Ok(now_ms),
        "today" => return Ok(day_end(zone.period_start(Unit::Day, now_ms))),
        "yesterday" => {
            let start = zone.period_start(Unit::Day, zone.period_start(Unit::Day, now_ms) - 1);
            return Ok(day_end(start));
        }
        _ => {}
    }
    if let Some(ms) = parse_duration_ms(&lower) {
        return Ok(now_ms - ms);
    }
    if let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        return Ok(day_end(zone.from_naive(d.and_time(NaiveTime::MIN))));
    }
    if let Ok(d) = NaiveDate::parse_from_str(&format!("{v}-01"), "%Y-%m-%d") {
        let start = zone.from_naive(d.and_time(NaiveTime::MIN));
        return Ok(match bound {
            Bound::Since => start,
            Bound::Until => zone.period_end(Unit::Month, start),
        });
    }
    if let Some(ms) = parse_iso(v, zone) {
        return Ok(ms);
    }
    Err(user_err(format!("{flag}: invalid time '{value}'"))
    .hint("use 2026-11-01, 2026-11, 2026-11-01T10:00, 2026-11-01T10:00:00Z, or a duration such as 7d, 12h, 30m")
    .code(exit::USAGE)
    .into())
}

/// A duration such as `7d`, `12h`, `30m`, `45s`, `2w` or `1d12h`, in milliseconds.
pub fn parse_duration_ms(s: &str) -> Option<i64> {
    let mut total: i64 = 0;
    let mut digits = String::new();
    let mut chars = s.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let mut unit = c.to_string();
        while chars.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            unit.extend(chars.next());
        }
        let n: i64 = digits.parse().ok()?;
        digits.clear();
        let ms = match unit.as_str() {
            "ms" => 1,
            "s" | "sec" | "secs" => 1_000,
            "m" | "min" | "mins" => 60_000,
            "h" | "hr" | "hrs" => 3_600_000,
            "d" | "day" | "days" => 86_400_000,
            "w" | "wk" | "week" | "weeks" => 7 * 86_400_000,
            _ => return None,
        };
        total = total.checked_add(n.checked_mul(ms)?)?;
        any = true;
    }
    (any && digits.is_empty()).then_some(total)
}

fn parse_iso(v: &str, zone: &Zone) -> Option<i64> {
    let with_t = v.replacen(' ', "T", 1);
    let with_t = match with_t.strip_suffix(['Z', 'z']) {
        Some(rest) => format!("{rest}+00:00"),
        None => with_t,
    };
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
    ] {
        if let Ok(t) = DateTime::parse_from_str(&with_t, fmt) {
            return Some(t.timestamp_millis());
        }
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(&with_t, fmt) {
            return Some(zone.from_naive(t));
        }
    }
    None
}

/// A half-open time range `[since, until)` in Unix ms; either end may be open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Range {
    pub since: Option<i64>,
    pub until: Option<i64>,
}

impl Range {
    /// Parse `--since` / `--until`; `--since` after `--until` is an error.
    pub fn parse(
        since: Option<&str>,
        until: Option<&str>,
        zone: &Zone,
        now_ms: i64,
    ) -> Result<Range> {
        let s = since
            .map(|v| parse_time_in("--since", v, Bound::Since, zone, now_ms))
            .transpose()?;
        let u = until
            .map(|v| parse_time_in("--until", v, Bound::Until, zone, now_ms))
            .transpose()?;
        if let (Some(a), Some(b)) = (s, u) {
            if a >= b {
                return Err(user_err(format!(
                    "--since {} is not before --until {}",
                    since.unwrap_or_default(),
                    until.unwrap_or_default()
                ))
                .hint("swap them, or widen the range")
                .code(exit::USAGE)
                .into());
            }
        }
        Ok(Range { since: s, until: u })
    }

    pub fn contains(&self, ms: i64) -> bool {
        self.since.is_none_or(|s| ms >= s) && self.until.is_none_or(|u| ms < u)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc() -> Zone {
        Zone::Named(chrono_tz::UTC)
    }
    const NOW: i64 = 1_795_651_200_000; // 2026-11-26T00:00:00Z

    #[test]
    fn durations_dates_and_iso_times() {
        let z = utc();
        let p = |v: &str| parse_time_in("--since", v, Bound::Since, &z, NOW).unwrap();
        assert_eq!(p("7d"), NOW - 7 * 86_400_000);
        assert_eq!(p("1d12h"), NOW - 36 * 3_600_000);
        assert_eq!(p("2026-11-26"), NOW);
        assert_eq!(p("2026-11-26T00:00:00Z"), NOW);
        assert_eq!(p("2026-11-26T01:00:00+01:00"), NOW);
        assert_eq!(p("2026-11-26 00:30"), NOW + 1_800_000);
        assert_eq!(p("now"), NOW);
        let until = parse_time_in("--until", "2026-11-25", Bound::Until, &z, NOW).unwrap();
        assert_eq!(until, NOW, "a date in --until includes the whole day");
        assert!(parse_time_in("--since", "last tuesday", Bound::Since, &z, NOW).is_err());
        assert!(parse_time_in("--since", "7x", Bound::Since, &z, NOW).is_err());
    }

    #[test]
    fn zones_shift_dates_and_labels() {
        let berlin = parse_zone(Some("Europe/Berlin")).unwrap();
        let ms = parse_time_in("--since", "2026-11-26", Bound::Since, &berlin, NOW).unwrap();
        assert_eq!(ms, NOW - 3_600_000);
        assert_eq!(berlin.label(Unit::Day, NOW - 1), "2026-11-26");
        assert_eq!(utc().label(Unit::Day, NOW - 1), "2026-11-25");
        assert_eq!(utc().label(Unit::Week, NOW), "2026-W48");
        assert_eq!(utc().label(Unit::Month, NOW), "2026-11");
        assert!(parse_zone(Some("Mars/Olympus")).is_err());
        // A DST day is 23 hours long in Berlin.
        let day = parse_time_in("--since", "2026-03-29", Bound::Since, &berlin, NOW).unwrap();
        assert_eq!(berlin.period_end(Unit::Day, day) - day, 23 * 3_600_000);
        let month = berlin.period_start(Unit::Month, NOW);
        assert_eq!(berlin.label(Unit::Day, month), "2026-11-01");
    }

    #[test]
    fn ranges_must_be_ordered() {
        let z = utc();
        assert!(Range::parse(Some("2026-11-20"), Some("2026-11-01"), &z, NOW).is_err());
        let r = Range::parse(Some("2026-11-01"), Some("2026-11-01"), &z, NOW).unwrap();
        assert_eq!(r.until.unwrap() - r.since.unwrap(), 86_400_000);
    }

    const THEIR_NOW: i64 = 1_795_000_000_000;

    #[test]
    fn durations_count_back_from_now() {
        assert_eq!(
            parse_time("--since", "7d", THEIR_NOW).unwrap(),
            THEIR_NOW - 7 * 86_400_000
        );
        assert_eq!(
            parse_time("--since", "12h", THEIR_NOW).unwrap(),
            THEIR_NOW - 12 * 3_600_000
        );
        assert_eq!(
            parse_time("--since", "30m", THEIR_NOW).unwrap(),
            THEIR_NOW - 30 * 60_000
        );
        assert_eq!(
            parse_time("--since", "2w", THEIR_NOW).unwrap(),
            THEIR_NOW - 14 * 86_400_000
        );
        assert_eq!(parse_time("--since", "now", THEIR_NOW).unwrap(), THEIR_NOW);
    }

    #[test]
    fn dates_and_rfc3339_are_utc() {
        assert_eq!(
            parse_time("--since", "2026-11-01", THEIR_NOW).unwrap(),
            rfc3339_ms("2026-11-01T00:00:00Z").unwrap()
        );
        assert_eq!(
            parse_time("--since", "2026-11-01T10:00", THEIR_NOW).unwrap(),
            rfc3339_ms("2026-11-01T10:00:00Z").unwrap()
        );
        assert_eq!(
            parse_time("--since", "2026-11-01T10:00:00+01:00", THEIR_NOW).unwrap(),
            rfc3339_ms("2026-11-01T09:00:00Z").unwrap()
        );
        assert_eq!(
            format_ms(rfc3339_ms("2026-11-20T09:15:00Z").unwrap()),
            "2026-11-20T09:15:00.000Z"
        );
    }

    #[test]
    fn garbage_is_a_usage_error_naming_the_flag() {
        let e = parse_time("--until", "last tuesday", THEIR_NOW).unwrap_err();
        assert_eq!(e.to_string(), "--until: invalid time 'last tuesday'");
        assert_eq!(crate::error::classify(&e).0, exit::USAGE);
        assert!(parse_duration_ms("7x").is_none());
        assert!(parse_duration_ms("d").is_none());
    }
}
