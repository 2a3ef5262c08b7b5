//! `secrets migrate` keeps the real bot working (on Node 24, installed by `.ci/run`): after the
//! migration its default style picks, the gateway starts, gets its auth token from the
//! systemd-creds backend and accepts that token and no other, and nothing plaintext is left in
//! the state directory. OpenClaw 2026.9.6 (`secretref`: it runs `clawctl secrets resolve` as its
//! exec provider; and `env` through `clawctl secrets run`) and the old Clawdbot 2026.1.24-3
//! (`env`, the only style it reads). Without CLAWCTL_REAL_GATEWAY_BIN /
//! CLAWCTL_REAL_OLD_BOT_BIN the tests report themselves as skipped.

mod common;
mod real_bot;
mod secrets_support;

use common::*;
use real_bot::{free_port, http, Gateway};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

/// The bot a test runs: its config file name, state-dir variable and release.
struct Bot {
    config: &'static str,
    state_var: &'static str,
    version: &'static str,
}

const OPENCLAW: Bot = Bot {
    config: "openclaw.json",
    state_var: "OPENCLAW_STATE_DIR",
    version: "2026.9.6",
};

const CLAWDBOT: Bot = Bot {
    config: "clawdbot.json",
    state_var: "CLAWDBOT_STATE_DIR",
    version: "2026.1.24-3",
};

/// A state directory whose hand-written config holds the gateway's token in plaintext.
fn state_with_plaintext_token(bot: &Bot, port: u16, token: &str) -> Env {
    let env = Env::empty().env("CLAWCTL_SECRETS_BACKEND", "systemd-creds");
    let config = env.state.join(bot.config);
    std::fs::write(
        &config,
        format!(
            "{{\n  // hand-written: this comment survives the migration\n  meta: {{ lastTouchedVersion: \"{}\" }},\n  gateway: {{ mode: \"local\", port: {port}, auth: {{ mode: \"token\", token: \"{token}\" }} }},\n}}\n",
            bot.version
        ),
    )
    .unwrap();
    std::fs::set_permissions(&env.state, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    env
}

/// `gateway run` on `port` with the token only in the config, HOME and the state dir in `env`.
fn gateway_args<'a>(cmd: &'a mut Command, bot: &Bot, env: &Env, port: u16) -> &'a mut Command {
    for var in [
        "OPENCLAW_STATE_DIR",
        "CLAWDBOT_STATE_DIR",
        "OPENCLAW_CONFIG_PATH",
        "CLAWDBOT_CONFIG_PATH",
        "OPENCLAW_GATEWAY_PORT",
        "CLAWDBOT_GATEWAY_PORT",
        "OPENCLAW_GATEWAY_TOKEN",
        "CLAWDBOT_GATEWAY_TOKEN",
    ] {
        cmd.env_remove(var);
    }
    cmd.args([
        "gateway",
        "run",
        "--allow-unconfigured",
        "--bind",
        "loopback",
    ])
    .args(["--port", &port.to_string()])
    .env("HOME", env.dir.path())
    .env(bot.state_var, &env.state)
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

/// Wait until the gateway answers (old releases have no readiness route, so the first answer
/// from `/tools/invoke` counts), then check it accepts `token` (the unknown tool is a 404) and
/// refuses any other (401).
fn assert_gateway_uses(gateway: &mut Gateway, port: u16, token: &str) {
    gateway.wait_for("answering", || invoke_status(port, "not-the-token"));
    assert_eq!(
        invoke_status(port, token),
        Some(404),
        "the gateway refused the migrated token:\n{}",
        gateway.log_tail()
    );
    assert_eq!(invoke_status(port, "not-the-token"), Some(401));
}

/// `clawctl secrets run -- BIN` for the bot's gateway.
fn through_secrets_run(bin: &Path, env: &Env) -> Command {
    let mut run = Command::new(assert_cmd::cargo::cargo_bin("clawctl"));
    run.arg("--state-dir").arg(&env.state);
    run.args(["secrets", "run", "--"]).arg(bin);
    run.env("CLAWCTL_SECRETS_BACKEND", "systemd-creds");
    run
}

/// The bot ran and wrote nothing plaintext back; nothing clawctl printed holds the token.
fn assert_still_migrated(env: &Env, migrate: &Run, token: &str) {
    let scan = env.run(&["secrets", "scan", "--check"]);
    assert_eq!(scan.code, 0, "{}{}", scan.stdout, scan.stderr);
    secrets_support::assert_no_leak(&env.state, &[migrate, &scan], &[token]);
}

fn config_text(bot: &Bot, state: &Path) -> String {
    std::fs::read_to_string(state.join(bot.config)).unwrap()
}

#[test]
fn after_a_secretref_migration_the_real_gateway_resolves_its_token_through_clawctl() {
    let Some(bin) = real_bot::bin(
        "CLAWCTL_REAL_GATEWAY_BIN",
        "after_a_secretref_migration_the_real_gateway_resolves_its_token_through_clawctl",
    ) else {
        return;
    };
    let port = free_port();
    let token = format!(
        "tok-secretref-{}-{port}-0123456789abcdef",
        std::process::id()
    );
    let env = state_with_plaintext_token(&OPENCLAW, port, &token);
    let migrate = env.run(&["secrets", "migrate", "--json"]);
    assert_eq!(
        migrate.json()["style"],
        "secretref",
        "chosen from meta.lastTouchedVersion"
    );
    let config = config_text(&OPENCLAW, &env.state);
    assert!(config.contains("// hand-written"), "{config}");
    assert!(
        config.contains(r#""provider": "clawctl", "id": "gateway-auth-token""#),
        "{config}"
    );

    let mut cmd = Command::new(&bin);
    let mut gateway = Gateway::spawn(
        gateway_args(&mut cmd, &OPENCLAW, &env, port),
        &env.path("gateway.log"),
    );
    assert_gateway_uses(&mut gateway, port, &token);
    gateway.stop();
    assert_still_migrated(&env, &migrate, &token);
}

/// Migrate with `migrate_args` (the env style, said so in the report), then start `bot` through
/// `clawctl secrets run` and check it uses its token.
fn env_style_keeps_working(bot: &Bot, bin: &Path, migrate_args: &[&str]) {
    let port = free_port();
    let token = format!("tok-env-{}-{port}-0123456789abcdef", std::process::id());
    let env = state_with_plaintext_token(bot, port, &token);
    let mut args = vec!["secrets", "migrate", "--json"];
    args.extend(migrate_args);
    let migrate = env.run(&args);
    assert_eq!(migrate.json()["style"], "env");
    let config = config_text(bot, &env.state);
    assert!(config.contains("// hand-written"), "{config}");
    assert!(
        config.contains(r#"token: "${CLAWCTL_GATEWAY_AUTH_TOKEN}""#),
        "{config}"
    );

    let mut run = through_secrets_run(bin, &env);
    let mut gateway = Gateway::spawn(
        gateway_args(&mut run, bot, &env, port),
        &env.path("gateway.log"),
    );
    assert_gateway_uses(&mut gateway, port, &token);
    gateway.stop();
    assert_still_migrated(&env, &migrate, &token);
}

#[test]
fn after_an_env_migration_the_real_gateway_starts_through_secrets_run() {
    if let Some(bin) = real_bot::bin(
        "CLAWCTL_REAL_GATEWAY_BIN",
        "after_an_env_migration_the_real_gateway_starts_through_secrets_run",
    ) {
        env_style_keeps_working(&OPENCLAW, &bin, &["--style", "env"]);
    }
}

/// 2026.1.24 reads no SecretRefs: the default style there is env.
#[test]
fn the_old_clawdbot_keeps_working_after_the_default_migration() {
    if let Some(bin) = real_bot::bin(
        "CLAWCTL_REAL_OLD_BOT_BIN",
        "the_old_clawdbot_keeps_working_after_the_default_migration",
    ) {
        env_style_keeps_working(&CLAWDBOT, &bin, &[]);
    }
}
