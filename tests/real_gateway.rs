//! `clawctl health` against the real gateway (npm package `openclaw` on Node 24): healthy while
//! it runs, unhealthy once it is stopped. `.ci/run` installs it and sets
//! CLAWCTL_REAL_GATEWAY_BIN; without that variable the test reports itself as skipped.

mod common;
mod health_support;
mod real_bot;

use common::*;
use health_support::CALM;
use real_bot::{free_port, Gateway};
use serde_json::Value;
use std::process::Command;

#[test]
fn the_real_gateway_is_healthy_while_running_and_unhealthy_once_stopped() {
    let Some(bin) = real_bot::bin(
        "CLAWCTL_REAL_GATEWAY_BIN",
        "the_real_gateway_is_healthy_while_running_and_unhealthy_once_stopped",
    ) else {
        return;
    };
    // An empty HOME with only a config naming the port: clawctl must find the port there.
    let env = Env::empty();
    let home = env.path("home");
    let state = home.join(".openclaw");
    std::fs::create_dir_all(&state).unwrap();
    let port = free_port();
    std::fs::write(
        state.join("openclaw.json"),
        format!("{{ gateway: {{ port: {port} }} }}\n"),
    )
    .unwrap();
    for (p, mode) in [(&state, 0o700), (&state.join("openclaw.json"), 0o600)] {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let log = env.path("gateway.log");
    let token = format!("test-{}-{}", std::process::id(), port);
    let mut gateway = Gateway::spawn(
        Command::new(&bin)
            .args([
                "gateway",
                "run",
                "--allow-unconfigured",
                "--bind",
                "loopback",
            ])
            .args([
                "--port",
                &port.to_string(),
                "--auth",
                "token",
                "--token",
                &token,
            ])
            .env("HOME", &home)
            .env_remove("OPENCLAW_STATE_DIR")
            .env_remove("OPENCLAW_CONFIG_PATH")
            .env_remove("OPENCLAW_GATEWAY_PORT"),
        &log,
    );

    let health = || {
        let mut args = vec!["--state-dir", state.to_str().unwrap(), "health", "--json"];
        args.extend(CALM);
        run(env.bare().args(&args))
    };
    let (r, v) = gateway.wait_for("ready and healthy", || {
        let r = health();
        let v: Value = serde_json::from_str(&r.stdout).unwrap_or(Value::Null);
        // Ready, and past the start-up burst: a gateway that just started on a busy machine
        // reports its event loop as degraded for a few seconds (a warning, rightly).
        (v["checks"]["gateway"]["ready"] == true && v["status"] == "healthy").then_some((r, v))
    });
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(v["status"], "healthy");
    let g = &v["checks"]["gateway"];
    assert_eq!(g["status"], "ok");
    assert_eq!(g["probe"], "http");
    assert_eq!(g["live"], true);
    assert_eq!(g["failing"], serde_json::json!([]));
    assert_eq!(
        g["url"],
        format!("http://127.0.0.1:{port}"),
        "port from the config"
    );
    assert!(g["uptime_ms"].as_u64().unwrap() > 0);
    assert_eq!(v["checks"]["state_dir"]["layout"], "sqlite");
    assert!(!r.stdout.contains(&token));

    gateway.stop();
    let r = health();
    assert_eq!(r.code, 3);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["status"], "unhealthy");
    assert_eq!(v["checks"]["gateway"]["status"], "critical");
    assert!(v["checks"]["gateway"]["detail"]
        .as_str()
        .unwrap()
        .contains("connection refused"));
}
