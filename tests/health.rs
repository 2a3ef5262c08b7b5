//! `clawctl health` against fake gateways on loopback (live, not ready, 403, slow, closed,
//! old), and its output shapes (JSON, Nagios, Prometheus, --output, --watch).

mod common;
mod health_support;

use common::*;
use health_support::{closed_port, gateway, health, parse, serve, tidy_env, Reply, CALM, READY};
use serde_json::Value;
use std::time::Duration;

#[test]
fn a_live_ready_gateway_and_a_tidy_state_dir_are_healthy() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    let before = snapshot(&env.state);
    let v = health(&env, &gw.url(), &["--json"]).json();
    assert_eq!(v["status"], "healthy");
    assert!(v["timestamp"].as_str().unwrap().ends_with('Z'));
    let names: Vec<&str> = v["checks"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        names,
        [
            "gateway",
            "ops_db",
            "state_dir",
            "config",
            "secrets",
            "sessions_lock",
            "sessions_writable",
            "ingest_lag",
            "disk",
            "memory"
        ]
    );
    for (name, c) in v["checks"].as_object().unwrap() {
        assert_eq!(c["status"], "ok", "{name}: {c}");
        assert!(c["latency_ms"].is_u64(), "{name}");
        assert!(!c["detail"].as_str().unwrap().is_empty(), "{name}");
    }
    let g = &v["checks"]["gateway"];
    assert_eq!(g["probe"], "http");
    assert_eq!(g["live"], true);
    assert_eq!(g["ready"], true);
    assert_eq!(g["failing"], serde_json::json!([]));
    assert_eq!(g["uptime_ms"], 29401);
    assert_eq!(g["url"], gw.url());
    assert!(g["detail"].as_str().unwrap().starts_with("live and ready"));
    let paths: Vec<String> = gw.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["/healthz", "/readyz"]);

    assert_eq!(v["checks"]["ops_db"]["exists"], false);
    assert_eq!(
        v["checks"]["secrets"]["references"], 1,
        "${{BRAVE_API_KEY}}, set in .env"
    );
    assert_eq!(v["checks"]["ingest_lag"]["synced"], false);
    assert_eq!(v["checks"]["ingest_lag"]["transcripts"], 9);
    let disk = &v["checks"]["disk"];
    assert!(disk["total_bytes"].as_u64().unwrap() >= disk["free_bytes"].as_u64().unwrap());
    assert!(v["checks"]["memory"]["total_bytes"].as_u64().unwrap() > 0);
    assert_eq!(v["skipped"], serde_json::json!([]));
    assert_eq!(
        before,
        snapshot(&env.state),
        "health must not write to the state dir"
    );
}

#[test]
fn a_gateway_that_is_not_ready_names_what_is_failing() {
    let env = tidy_env();
    let gw = gateway(
        503,
        r#"{"ready":false,"failing":["agent-database:main","telegram:default"],"uptimeMs":900}"#,
    );
    let r = health(&env, &gw.url(), &["--json"]);
    assert_eq!(r.code, 3, "degraded exits 3\n{}", r.stderr);
    let v = parse(&r);
    assert_eq!(v["status"], "degraded");
    let g = &v["checks"]["gateway"];
    assert_eq!(g["status"], "warn");
    assert_eq!(g["live"], true);
    assert_eq!(g["ready"], false);
    assert_eq!(
        g["failing"],
        serde_json::json!(["agent-database:main", "telegram:default"])
    );
    assert!(g["detail"]
        .as_str()
        .unwrap()
        .contains("failing agent-database:main, telegram:default"));
    let n = health(&env, &gw.url(), &["--nagios"]);
    assert_eq!(n.code, 1, "Nagios WARNING");
    assert!(
        n.stdout
            .starts_with("CLAWCTL WARNING - gateway: live, not ready"),
        "{}",
        n.stdout
    );
}

#[test]
fn a_403_on_readyz_is_live_with_readiness_unknown() {
    let env = tidy_env();
    let gw = gateway(403, r#"{"error":"forbidden"}"#);
    let v = health(&env, &gw.url(), &["--json"]).json();
    let g = &v["checks"]["gateway"];
    assert_eq!(g["status"], "ok");
    assert_eq!(g["live"], true);
    assert_eq!(g["ready"], Value::Null);
    assert!(g["detail"].as_str().unwrap().contains("403"), "{g}");
}

#[test]
fn a_gateway_slower_than_the_timeout_is_critical() {
    let env = tidy_env();
    let gw = serve(|_| Reply::Hang(Duration::from_secs(10)));
    let start = std::time::Instant::now();
    let r = health(&env, &gw.url(), &["--json", "--timeout", "300ms"]);
    assert_eq!(r.code, 3);
    assert!(
        start.elapsed() < Duration::from_secs(8),
        "the timeout was not applied"
    );
    let v = parse(&r);
    assert_eq!(v["status"], "unhealthy");
    let g = &v["checks"]["gateway"];
    assert_eq!(g["status"], "critical");
    assert_eq!(g["live"], false);
    assert!(
        g["detail"]
            .as_str()
            .unwrap()
            .contains("no answer within 300ms"),
        "{g}"
    );
}

#[test]
fn a_slow_readiness_probe_degrades_but_the_gateway_is_live() {
    let env = tidy_env();
    let gw = serve(|req| match req.path.as_str() {
        "/healthz" => Reply::Json(200, r#"{"ok":true,"status":"live"}"#.into()),
        _ => Reply::Hang(Duration::from_secs(10)),
    });
    let r = health(&env, &gw.url(), &["--json", "--timeout", "300ms"]);
    let g = &parse(&r)["checks"]["gateway"];
    assert_eq!(g["status"], "warn");
    assert_eq!(g["live"], true);
    assert!(g["detail"].as_str().unwrap().contains("/readyz: no answer"));
}

#[test]
fn a_closed_port_is_critical_for_people_nagios_and_prometheus() {
    let env = tidy_env();
    let url = format!("http://127.0.0.1:{}", closed_port());
    let r = health(&env, &url, &["--json"]);
    assert_eq!(r.code, 3);
    let v = parse(&r);
    assert_eq!(v["status"], "unhealthy");
    assert_eq!(v["checks"]["gateway"]["status"], "critical");
    assert!(v["checks"]["gateway"]["detail"]
        .as_str()
        .unwrap()
        .contains("connection refused"));

    let n = health(&env, &url, &["--nagios"]);
    assert_eq!(n.code, 2, "Nagios CRITICAL");
    let line = n.stdout.trim_end();
    assert_eq!(n.stdout.lines().count(), 1);
    assert!(line.starts_with("CLAWCTL CRITICAL - gateway: "), "{line}");
    let (_, perf) = line.split_once(" | ").unwrap();
    assert!(perf.split(' ').any(|p| p == "'gateway_up'=0;;;0"), "{perf}");

    let p = health(&env, &url, &["--format", "prometheus"]);
    assert_eq!(p.code, 3);
    let scrape =
        prometheus_parse::Scrape::parse(p.stdout.lines().map(|l| Ok(l.to_string()))).unwrap();
    let value = |name: &str, check: Option<&str>| {
        scrape
            .samples
            .iter()
            .find(|s| s.metric == name && check.is_none_or(|c| s.labels.get("check") == Some(c)))
            .map(|s| match s.value {
                prometheus_parse::Value::Gauge(v) => v,
                ref other => panic!("{name} is not a gauge: {other:?}"),
            })
            .unwrap_or_else(|| panic!("no {name}"))
    };
    assert_eq!(value("clawdbot_health_status", None), 2.0);
    assert_eq!(value("clawdbot_health_check_status", Some("gateway")), 2.0);
    assert_eq!(value("clawdbot_health_check_status", Some("disk")), 0.0);
    assert_eq!(value("clawdbot_gateway_up", None), 0.0);
}

#[test]
fn old_gateways_without_health_routes_get_a_labelled_tcp_probe() {
    let env = tidy_env();
    for fake in [
        serve(|_| Reply::Json(404, r#"{"error":"not found"}"#.into())),
        serve(|_| Reply::Html(200, "<html>control ui</html>".into())),
    ] {
        let v = health(&env, &fake.url(), &["--json"]).json();
        let g = &v["checks"]["gateway"];
        assert_eq!(g["status"], "ok", "{g}");
        assert_eq!(g["probe"], "tcp");
        assert_eq!(g["ready"], Value::Null);
        assert!(g["detail"]
            .as_str()
            .unwrap()
            .contains("no HTTP health routes"));
    }
}

#[test]
fn the_gateway_port_comes_from_the_environment_then_the_config() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    let port = gw.port.to_string();
    let mut args = vec!["health", "--json"];
    args.extend(CALM);
    let v = run(env.cmd().env("OPENCLAW_GATEWAY_PORT", &port).args(&args)).json();
    assert_eq!(v["checks"]["gateway"]["url"], gw.url());
    let config = std::fs::read_to_string(env.state.join("clawdbot.json")).unwrap();
    let config = config.replace("port: 18789", &format!("port: {port}"));
    std::fs::write(env.state.join("clawdbot.json"), config).unwrap();
    let v = env.run(&args).json();
    assert_eq!(v["checks"]["gateway"]["url"], gw.url());
    assert_eq!(v["checks"]["gateway"]["status"], "ok");
}
#[test]
fn nagios_ok_and_prometheus_textfile_output() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    let n = health(&env, &gw.url(), &["--nagios"]);
    assert_eq!(n.code, 0);
    assert!(
        n.stdout.starts_with("CLAWCTL OK - 10 checks ok | "),
        "{}",
        n.stdout
    );
    assert!(n
        .stdout
        .contains("'gateway_up'=1;;;0 'gateway_ready'=1;;;0"));

    let file = env.path("textfile/clawctl.prom");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "old content").unwrap();
    let r = health(
        &env,
        &gw.url(),
        &["--format", "prometheus", "--output", file.to_str().unwrap()],
    );
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, "", "with --output nothing goes to stdout");
    let text = std::fs::read_to_string(&file).unwrap();
    let scrape = prometheus_parse::Scrape::parse(text.lines().map(|l| Ok(l.to_string()))).unwrap();
    let get = |name: &str| {
        scrape
            .samples
            .iter()
            .find(|s| s.metric == name)
            .map(|s| match s.value {
                prometheus_parse::Value::Gauge(v) => v,
                _ => panic!("{name} not a gauge"),
            })
            .unwrap()
    };
    assert_eq!(get("clawdbot_health_status"), 0.0);
    assert_eq!(get("clawdbot_gateway_ready"), 1.0);
    assert_eq!(get("clawdbot_gateway_uptime_seconds"), 29.401);
    assert!(get("clawdbot_disk_free_bytes") > 0.0);
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        assert_eq!(line.rsplitn(2, ' ').count(), 2, "{line}");
        let (series, value) = line.rsplit_once(' ').unwrap();
        assert!(
            value.parse::<f64>().is_ok(),
            "no client-side timestamp: {line}"
        );
        assert!(!series.ends_with(' '));
    }
    let leftovers: Vec<_> = std::fs::read_dir(file.parent().unwrap()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temp files left next to the output");
}

#[test]
fn watch_repeats_until_stopped() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_clawctl"))
        .env("HOME", env.dir.path())
        .args(["--state-dir", env.state.to_str().unwrap()])
        .args([
            "health",
            "--format",
            "jsonl",
            "--watch",
            "200ms",
            "--gateway-url",
            &gw.url(),
        ])
        .args(CALM)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stdout));
    let first: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    let second: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(first["status"], "healthy");
    assert_eq!(second["status"], "healthy");
    assert_ne!(first["timestamp"], second["timestamp"]);
    assert!(gw.requests().len() >= 4);
}
