//! The monitoring example (`examples/monitoring/`: Grafana dashboard and Prometheus alert
//! rules) only uses metric names that clawctl actually exports.

mod common;
mod health_support;

use common::*;
use health_support::{gateway, tidy_env, CALM, READY};

#[test]
fn the_monitoring_example_only_uses_metrics_clawctl_exports() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    let mut text = env.run(&["metrics", "--no-sync"]).stdout;
    let mut args = vec!["health", "--format", "prometheus", "--gateway-url"];
    let url = gw.url();
    args.push(&url);
    args.extend(CALM);
    text.push_str(&env.run(&args).stdout);
    let mut exported = std::collections::BTreeSet::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').unwrap();
            exported.insert(name.to_string());
            if kind == "histogram" {
                for suffix in ["_bucket", "_sum", "_count"] {
                    exported.insert(format!("{name}{suffix}"));
                }
            }
        }
    }
    let dir = repo().join("examples/monitoring");
    let dashboard: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("grafana/dashboards/clawdbot.json")).unwrap(),
    )
    .unwrap();
    let mut sources: Vec<String> = dashboard["panels"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["targets"].as_array().unwrap().iter())
        .map(|t| t["expr"].as_str().unwrap().to_string())
        .collect();
    sources.push(std::fs::read_to_string(dir.join("alerts.yml")).unwrap());
    let mut used = 0;
    for source in &sources {
        for (i, _) in source.match_indices("clawdbot_") {
            let name: String = source[i..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            assert!(
                exported.contains(&name),
                "{name} is used by the example but not exported"
            );
            used += 1;
        }
    }
    assert!(used >= 15, "the example uses clawctl's metrics");
}
