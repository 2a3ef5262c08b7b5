//! `secrets migrate` keeps the real bot working (npm package `openclaw` on Node 24, installed by
//! `.ci/run`): after each reference style, the gateway starts, resolves its auth token from the
//! systemd-creds backend (through `clawctl secrets resolve` as its exec provider, or through
//! `clawctl secrets run`) and accepts that token and no other, and nothing plaintext is left in
//! the state directory. Without CLAWCTL_REAL_GATEWAY_BIN the tests report themselves as skipped.

mod common;
mod real_bot;
mod secrets_support;

use common::*;
use real_bot::{free_port, http, Gateway};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

/// A state directory whose hand-written config holds the gateway's token in plaintext.
fn state_with_plaintext_token(port: u16, token: &str) -> Env {
    let env = Env::empty().env("CLAWCTL_SECRETS_BACKEND", "systemd-creds");
    let config = env.state.join("openclaw.json");
    std::fs::write(
        &config,
        format!(
            "{{\n  // hand-written: this comment survives the migration\n  meta: {{ lastTouchedVersion: \"2026.9.6\" }},\n  gateway: {{ port: {port}, auth: {{ mode: \"token\", token: \"{token}\" }} }},\n}}\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&env.state, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    env
}

/// `gateway run` on `port` with the token only in the config, HOME and the state dir in `env`.
fn gateway_args<'a>(cmd: &'a mut Command, env: &Env, port: u16) -> &'a mut Command {
    cmd.args([
        "gateway",
        "run",
        "--allow-unconfigured",
        "--bind",
        "loopback",
    ])
    .args(["--port", &port.to_string()])
    .env("HOME", env.dir.path())
    .env("OPENCLAW_STATE_DIR", &env.state)
    .env_remove("OPENCLAW_CONFIG_PATH")
    .env_remove("OPENCLAW_GATEWAY_PORT")
    .env_remove("OPENCLAW_GATEWAY_TOKEN")
}

/// The status `/tools/invoke` answers a request bearing `token`.
fn invoke_status(port: u16, token: &str) -> Option<u16> {
    let auth = format!("Bearer {token}");
    let headers = [
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    let body = r#"{"tool":"clawctl-test-no-such-tool","args":{}}"#;
    http(port, "POST", "/tools/invoke", &headers, body).map(|(status, _)| status)
}

/// Wait until the gateway is ready, then check it accepts `token` (the unknown tool is a 404)
/// and refuses any other (401).
fn assert_gateway_uses(gateway: &mut Gateway, port: u16, token: &str) {
    gateway.wait_for("ready", || {
        (http(port, "GET", "/readyz", &[], "")?.0 == 200).then_some(())
    });
    assert_eq!(
        invoke_status(port, token),
        Some(404),
        "the gateway refused the migrated token:\n{}",
        gateway.log_tail()
    );
    assert_eq!(invoke_status(port, "not-the-token"), Some(401));
}

fn config_text(state: &Path) -> String {
    std::fs::read_to_string(state.join("openclaw.json")).unwrap()
}

#[test]
fn after_a_secretref_migration_the_real_gateway_resolves_its_token_through_clawctl() {
    let Some(bin) = real_bot::bin(
        "after_a_secretref_migration_the_real_gateway_resolves_its_token_through_clawctl",
    ) else {
        return;
    };
    let port = free_port();
    let token = format!(
        "tok-secretref-{}-{port}-0123456789abcdef",
        std::process::id()
    );
    let env = state_with_plaintext_token(port, &token);
    let migrate = env.run(&["secrets", "migrate", "--json"]);
    let v = migrate.json();
    assert_eq!(
        v["style"], "secretref",
        "chosen from meta.lastTouchedVersion"
    );
    let config = config_text(&env.state);
    assert!(config.contains("// hand-written"), "{config}");
    assert!(
        config.contains(r#""provider": "clawctl", "id": "gateway-auth-token""#),
        "{config}"
    );

    let mut gateway = Gateway::spawn(
        gateway_args(&mut Command::new(&bin), &env, port),
        &env.path("gateway.log"),
    );
    assert_gateway_uses(&mut gateway, port, &token);
    gateway.stop();

    // The bot ran and wrote nothing plaintext back.
    let scan = env.run(&["secrets", "scan", "--check"]);
    assert_eq!(scan.code, 0, "{}{}", scan.stdout, scan.stderr);
    secrets_support::assert_no_leak(&env.state, &[&migrate, &scan], &[&token]);
}

#[test]
fn after_an_env_migration_the_real_gateway_starts_through_secrets_run() {
    let Some(bin) =
        real_bot::bin("after_an_env_migration_the_real_gateway_starts_through_secrets_run")
    else {
        return;
    };
    let port = free_port();
    let token = format!("tok-env-{}-{port}-0123456789abcdef", std::process::id());
    let env = state_with_plaintext_token(port, &token);
    let migrate = env.run(&["secrets", "migrate", "--style", "env", "--json"]);
    assert_eq!(migrate.json()["style"], "env");
    assert!(config_text(&env.state).contains(r#"token: "${CLAWCTL_GATEWAY_AUTH_TOKEN}""#));

    let mut run = Command::new(assert_cmd::cargo::cargo_bin("clawctl"));
    run.arg("--state-dir").arg(&env.state);
    run.args(["secrets", "run", "--"]).arg(&bin);
    run.env("CLAWCTL_SECRETS_BACKEND", "systemd-creds");
    let mut gateway = Gateway::spawn(gateway_args(&mut run, &env, port), &env.path("gateway.log"));
    assert_gateway_uses(&mut gateway, port, &token);
    gateway.stop();

    let scan = env.run(&["secrets", "scan", "--check"]);
    assert_eq!(scan.code, 0, "{}{}", scan.stdout, scan.stderr);
    secrets_support::assert_no_leak(&env.state, &[&migrate, &scan], &[&token]);
}
