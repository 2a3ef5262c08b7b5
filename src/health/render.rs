//! A [`Report`] as people, scripts, Nagios and Prometheus read it: a table, the JSON document
//! (`status` healthy/degraded/unhealthy, `checks`, `timestamp`), one Nagios plugin line with
//! perfdata, and gauges for the node_exporter textfile collector.

use super::{Report, Status, Unit};
use crate::metrics::exposition::{Exposition, Kind};
use crate::output::Table;
use serde_json::{json, Map, Value};

/// The JSON document (`health --format json`, `/health` of `metrics serve`).
pub fn json(report: &Report) -> Value {
    let mut checks = Map::new();
    for c in &report.checks {
        let mut o = Map::new();
        o.insert("status".into(), json!(c.status));
        o.insert("latency_ms".into(), json!(c.latency.as_millis() as u64));
        o.insert("detail".into(), json!(c.detail));
        for (k, v) in &c.data {
            o.insert(k.clone(), v.clone());
        }
        checks.insert(c.name.clone(), Value::Object(o));
    }
    json!({
        "status": report.status,
        "timestamp": report.timestamp,
        "checks": checks,
        "skipped": report.skipped,
    })
}

/// Tables for people: the checks, then what was skipped.
pub fn tables(report: &Report) -> Vec<Table> {
    let mut t = Table::new(["check", "status", "latency_ms", "detail"]).titled(format!(
        "Health: {} ({})",
        report.status.as_str(),
        report.timestamp
    ));
    for c in &report.checks {
        t.push(vec![
            json!(c.name),
            json!(c.status.as_str()),
            json!(c.latency.as_millis() as u64),
            json!(c.detail),
        ]);
    }
    let mut out = vec![t];
    if !report.skipped.is_empty() {
        let mut s = Table::new(["check", "reason"]).titled("Not checked");
        for k in &report.skipped {
            s.push(vec![json!(k.check), json!(k.reason)]);
        }
        out.push(s);
    }
    out
}

/// One Nagios plugin line and its exit code (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN).
pub fn nagios(report: &Report) -> (String, i32) {
    let worst = report.worst();
    let label = match worst {
        Status::Ok => "OK",
        Status::Warn => "WARNING",
        Status::Critical => "CRITICAL",
        Status::Unknown => "UNKNOWN",
    };
    let problems: Vec<String> = report
        .checks
        .iter()
        .filter(|c| c.status != Status::Ok)
        .map(|c| format!("{}: {}", c.name, c.detail))
        .collect();
    let summary = if problems.is_empty() {
        format!("{} checks ok", report.checks.len())
    } else {
        problems.join("; ")
    };
    let summary = summary.replace(['|', '\n'], " ");
    let mut perf = Vec::new();
    for c in &report.checks {
        if c.name == "gateway" || c.name == "ops_db" || c.name.contains(':') {
            perf.push(format!(
                "'{}_latency'={}s;;;0",
                c.name,
                perf_number(c.latency.as_secs_f64())
            ));
        }
        for p in &c.perf {
            let (uom, min, max) = match p.unit {
                Unit::Bytes => ("B", "0", ""),
                Unit::Percent => ("%", "0", "100"),
                Unit::Seconds => ("s", "0", ""),
                Unit::Count => ("", "0", ""),
            };
            let range = |t: Option<f64>| match t {
                Some(v) if p.alert_below => format!("{}:", perf_number(v)),
                Some(v) => perf_number(v),
                None => String::new(),
            };
            let entry = format!(
                "'{}'={}{uom};{};{};{min};{max}",
                p.name,
                perf_number(p.value),
                range(p.warn),
                range(p.crit)
            );
            perf.push(entry.trim_end_matches(';').to_string());
        }
    }
    (
        format!("CLAWCTL {label} - {summary} | {}\n", perf.join(" ")),
        worst.nagios_code(),
    )
}

fn perf_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.6}")
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    }
}

/// Gauges for Prometheus: overall status, each check's status and latency, and every
/// measured value as `clawdbot_<name>`.
pub fn prometheus(report: &Report) -> Exposition {
    let mut e = Exposition::default();
    let overall = match report.status {
        super::Overall::Healthy => 0.0,
        super::Overall::Degraded => 1.0,
        super::Overall::Unhealthy => 2.0,
    };
    e.family(
        "clawdbot_health_status",
        "Overall health from clawctl: 0 healthy, 1 degraded, 2 unhealthy.",
        Kind::Gauge,
    )
    .sample(&[], overall);
    let f = e.family(
        "clawdbot_health_check_status",
        "Status of each clawctl health check: 0 ok, 1 warn, 2 critical, 3 unknown.",
        Kind::Gauge,
    );
    for c in &report.checks {
        f.sample(&[("check", &c.name)], c.status.nagios_code() as f64);
    }
    let f = e.family(
        "clawdbot_health_check_latency_seconds",
        "How long each clawctl health check took.",
        Kind::Gauge,
    );
    for c in &report.checks {
        f.sample(&[("check", &c.name)], c.latency.as_secs_f64());
    }
    for c in &report.checks {
        for p in &c.perf {
            e.family(&format!("clawdbot_{}", p.name), p.help, Kind::Gauge)
                .sample(&[], p.value);
        }
    }
    e
}
