//! `clawctl health` against the real gateway (npm package `openclaw` on Node 24): healthy while
//! it runs, unhealthy once it is stopped. `.ci/run` installs it and sets
//! CLAWCTL_REAL_GATEWAY_BIN; without that variable the test reports itself as skipped.

mod common;
mod health_support;

use common::*;
use health_support::CALM;
use serde_json::Value;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The gateway's process group, stopped (SIGTERM, then SIGKILL) when dropped.
struct Gateway {
    child: Child,
    log: std::path::PathBuf,
}

impl Gateway {
    fn stop(&mut self) {
        let pgid = self.child.id() as i32;
        // SAFETY: signalling the process group we created for this child; no memory involved.
        unsafe { libc::kill(-pgid, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        // SAFETY: as above.
        unsafe { libc::kill(-pgid, libc::SIGKILL) };
        let _ = self.child.wait();
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn the_real_gateway_is_healthy_while_running_and_unhealthy_once_stopped() {
    let Some(bin) = std::env::var_os("CLAWCTL_REAL_GATEWAY_BIN") else {
        eprintln!(
            "SKIPPED the_real_gateway_is_healthy_while_running_and_unhealthy_once_stopped: \
             CLAWCTL_REAL_GATEWAY_BIN is not set (.ci/run installs openclaw and sets it)"
        );
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
    let child = Command::new(&bin)
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
        .env_remove("OPENCLAW_GATEWAY_PORT")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(std::fs::File::create(env.path("gateway.err")).unwrap())
        .process_group(0)
        .spawn()
        .expect("start the gateway");
    let mut gateway = Gateway { child, log };

    let health = || {
        let mut args = vec!["--state-dir", state.to_str().unwrap(), "health", "--json"];
        args.extend(CALM);
        run(env.bare().args(&args))
    };
    let deadline = Instant::now() + Duration::from_secs(240);
    let ready = loop {
        let r = health();
        let v: Value = serde_json::from_str(&r.stdout).unwrap_or(Value::Null);
        // Ready, and past the start-up burst: a gateway that just started on a busy machine
        // reports its event loop as degraded for a few seconds (a warning, rightly).
        if v["checks"]["gateway"]["ready"] == true && v["status"] == "healthy" {
            break (r, v);
        }
        if let Ok(Some(status)) = gateway.child.try_wait() {
            panic!("the gateway exited ({status}):\n{}", gateway.log_tail());
        }
        assert!(
            Instant::now() < deadline,
            "the gateway did not become ready in 240s; last check: {}\n{}",
            v["checks"]["gateway"],
            gateway.log_tail()
        );
        std::thread::sleep(Duration::from_secs(2));
    };
    let (r, v) = ready;
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
