//! `clawctl secrets migrate` with the systemd-creds backend: the env style and `secrets run`,
//! kill -9 at every step followed by a rerun (no secret ever lost), bad input that must
//! change nothing, the real bot fixtures, and the audit trail.

mod common;
mod secrets_support;

use common::*;
use secrets_support::*;
use serde_json::Value;
use std::path::PathBuf;

/// The files the default (env) migration of the example rewrites: its bot (2026.1.24) reads no
/// references in auth-profiles.json, so that file is left as it is.
const BOT_FILES: &[&str] = &["clawdbot.json", ".env", "agents/main/agent/models.json"];

/// What the default (env) migration of the example moves: everything but the auth profile's
/// token (the last entry of [`EXAMPLE_MOVED`]).
const ENV_MOVED: &[(&str, &str)] = EXAMPLE_MOVED.split_last().expect("entries").1;
const CLI_TOKEN: (&str, &str) = EXAMPLE_MOVED[EXAMPLE_MOVED.len() - 1];

fn creds(env: Env) -> Env {
    env.env("CLAWCTL_SECRETS_BACKEND", "systemd-creds")
}

fn resolve_all(env: &Env) -> Value {
    let ids: Vec<&str> = ENV_MOVED.iter().map(|(n, _)| *n).collect();
    let req =
        serde_json::json!({"protocolVersion": 1, "provider": "clawctl", "ids": ids}).to_string();
    let run = run_with_stdin(env, &["secrets", "resolve"], &req);
    serde_json::from_str(&run.ok().stdout).unwrap()
}

fn assert_all_resolve(env: &Env) {
    let answer = resolve_all(env);
    for (name, value) in ENV_MOVED {
        assert_eq!(
            answer["values"][name], *value,
            "{name} must resolve to its original value"
        );
    }
}

fn bot_files(env: &Env) -> Vec<String> {
    BOT_FILES
        .iter()
        .map(|f| std::fs::read_to_string(env.state.join(f)).unwrap())
        .collect()
}

#[test]
fn env_style_migration_and_secrets_run() {
    let env = creds(Env::example());
    let migrated = env.run(&["secrets", "migrate", "--json"]);
    let v = migrated.json();
    assert_eq!(v["style"], "env");
    assert_eq!(
        v["style_reason"],
        "the config was last written by 2026.1.24-3, older than 2026.2.26 (no SecretRefs)"
    );
    assert_eq!(v["backend"], "systemd-creds");
    assert_eq!(v["provider"], Value::Null);
    assert_eq!(v["files_changed"], serde_json::json!(BOT_FILES));
    assert_eq!(
        v["env_exports"][1],
        serde_json::json!({"var": "BRAVE_API_KEY", "name": "env-brave-api-key"})
    );
    let config = std::fs::read_to_string(env.state.join("clawdbot.json")).unwrap();
    assert!(config.contains(r#"botToken: "${CLAWCTL_CHANNELS_TELEGRAM_BOTTOKEN}","#));
    assert!(
        config.contains(
            r#"apiKey: "${BRAVE_API_KEY}", // resolved from the environment / .env at load time"#
        ),
        "env references stay"
    );
    // The 2026.1.24 bot has no reference form in auth-profiles.json: the token stays, and why.
    assert_eq!(
        std::fs::read_to_string(env.state.join("agents/main/agent/auth-profiles.json")).unwrap(),
        std::fs::read_to_string(example_state().join("agents/main/agent/auth-profiles.json"))
            .unwrap()
    );
    let kept = v["kept"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["file"] == "agents/main/agent/auth-profiles.json")
        .expect("the auth profile is listed as kept")
        .clone();
    assert!(
        kept["reason"].as_str().unwrap().contains("2026.2.26"),
        "{kept}"
    );
    assert!(!env
        .state
        .join(format!("clawctl/credentials/{}.cred", CLI_TOKEN.0))
        .exists());
    for (name, _) in ENV_MOVED {
        let cred = env.state.join(format!("clawctl/credentials/{name}.cred"));
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &std::fs::metadata(&cred).unwrap().permissions(),
        ) & 0o777;
        assert_eq!(mode, 0o600, "{name}");
    }
    assert_all_resolve(&env);

    // `secrets run` puts the values into the command's environment.
    let out = env.run(&["secrets", "run", "--", "sh", "-c", "printf '%s|%s|%s' \"$CLAWCTL_CHANNELS_TELEGRAM_BOTTOKEN\" \"$BRAVE_API_KEY\" \"$OPENAI_API_KEY\""]);
    assert_eq!(
        out.ok().stdout,
        format!(
            "{}|{}|{}",
            EXAMPLE_MOVED[3].1, EXAMPLE_MOVED[6].1, EXAMPLE_MOVED[2].1
        )
    );
    let own = run(env
        .cmd()
        .args([
            "secrets",
            "run",
            "--",
            "sh",
            "-c",
            "printf %s \"$BRAVE_API_KEY\"",
        ])
        .env("BRAVE_API_KEY", "from-the-unit"));
    assert_eq!(
        own.ok().stdout,
        "from-the-unit",
        "the process environment wins over .env, as with the bot"
    );
    env.run(&["secrets", "run", "--", "/nonexistent/bot"])
        .fails(1)
        .stderr_has("cannot run /nonexistent/bot");

    // The audit trail has one high-risk event with names and places, no values.
    let db = rusqlite::Connection::open(env.state.join("clawctl/ops.db")).unwrap();
    let (action, risk, result, meta): (String, String, String, String) = db
        .query_row("SELECT action, risk_level, result, metadata FROM audit_log WHERE action = 'secrets.migrate'", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap();
    assert_eq!(
        (action.as_str(), risk.as_str(), result.as_str()),
        ("secrets.migrate", "high", "success")
    );
    let meta: Value = serde_json::from_str(&meta).unwrap();
    assert_eq!(meta["names"].as_array().unwrap().len(), 7);
    assert!(meta["locations"]
        .as_array()
        .unwrap()
        .contains(&Value::from(".env:BRAVE_API_KEY")));
    // Values that the kept auth profiles also hold stay there (and only there: 0600).
    let profiles =
        std::fs::read_to_string(example_state().join("agents/main/agent/auth-profiles.json"))
            .unwrap();
    let values: Vec<&str> = ENV_MOVED
        .iter()
        .map(|(_, v)| *v)
        .filter(|v| !profiles.contains(v))
        .collect();
    assert!(values.len() >= 5, "{values:?}");
    assert_no_leak(&env.state, &[&migrated], &values);

    // Rollback puts it all back; a second rollback has nothing to do.
    env.run(&["-y", "secrets", "rollback"]).ok();
    let original = std::fs::read_to_string(example_state().join("clawdbot.json")).unwrap();
    assert_eq!(
        std::fs::read_to_string(env.state.join("clawdbot.json")).unwrap(),
        original
    );
    let again = env.run(&["-y", "secrets", "rollback", "--json"]).json();
    assert_eq!(again["references"].as_array().unwrap().len(), 0);
}

#[test]
fn killed_at_every_step_a_rerun_completes_and_nothing_is_lost() {
    let reference = creds(Env::example());
    reference.run(&["secrets", "migrate"]).ok();
    let expected = bot_files(&reference);
    let steps = 10; // 7 stores + 3 rewritten files
    for n in 1..=steps {
        let env = creds(Env::example()).env(
            "CLAWCTL_FAULT_KILL_AFTER_STEP",
            &format!("secrets-migrate:{n}"),
        );
        let killed = env.run(&["secrets", "migrate"]);
        assert_eq!(
            killed.code, -1,
            "step {n}: the process should have been killed\n{}",
            killed.stderr
        );
        let journal: Vec<PathBuf> = snapshot(&env.state.join("clawctl/journal"))
            .into_keys()
            .collect();
        assert_eq!(journal.len(), 2, "step {n}: plan and progress are on disk");
        let values: Vec<&str> = ENV_MOVED.iter().map(|(_, v)| *v).collect();
        for (path, bytes) in snapshot(&env.state.join("clawctl")) {
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                values.iter().all(|v| !text.contains(v)),
                "step {n}: a value is in {}",
                path.display()
            );
        }
        let resumed = run(env
            .cmd()
            .args(["secrets", "migrate", "--json"])
            .env_remove("CLAWCTL_FAULT_KILL_AFTER_STEP")
            .env("CLAWCTL_FAULT_KILL_AFTER_STEP", ""));
        let v = resumed.json();
        assert_eq!(v["resumed"], true, "step {n}");
        assert!(
            resumed
                .stderr
                .contains("finishing an interrupted migration"),
            "step {n}"
        );
        assert_eq!(
            bot_files(&env),
            expected,
            "step {n}: the end result is the same as an uninterrupted run"
        );
        assert_all_resolve(&env);
        assert!(
            snapshot(&env.state.join("clawctl/journal")).is_empty(),
            "step {n}: journal finished"
        );
    }
}

#[test]
fn a_backend_failing_halfway_changes_no_file_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let wrapper = dir.path().join("systemd-creds");
    let counter = dir.path().join("count");
    std::fs::write(
        &wrapper,
        format!("#!/bin/sh\nif [ \"$1\" = encrypt ]; then n=$(( $(cat {c} 2>/dev/null || echo 0) + 1 )); echo $n > {c}; if [ $n -ge 3 ]; then echo 'Failed to encrypt: simulated TPM failure' >&2; exit 1; fi; fi\nexec systemd-creds \"$@\"\n", c = counter.display()),
    )
    .unwrap();
    std::fs::set_permissions(
        &wrapper,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let env = creds(Env::example());
    let before = bot_files(&env);
    let failed = run(env
        .cmd()
        .args(["secrets", "migrate"])
        .env("CLAWCTL_SYSTEMD_CREDS", &wrapper));
    failed
        .fails(1)
        .stderr_has("simulated TPM failure")
        .stderr_has("no file was changed");
    assert_eq!(bot_files(&env), before);
    assert!(
        snapshot(&env.state.join("clawctl/journal")).is_empty(),
        "no half-finished journal"
    );
    env.run(&["secrets", "migrate"]).ok();
    assert_all_resolve(&env);
}

#[test]
fn bad_input_changes_nothing() {
    // A secret in an array cannot take a SecretRef.
    let env = creds(Env::example());
    let config = env.state.join("clawdbot.json");
    let text = std::fs::read_to_string(&config).unwrap().replacen("cron: { enabled: true },", "cron: { enabled: true },\n  plugins: { entries: { relay: { config: { apiKeys: [\"sk-ant-api03-ARRAYFAKEabcdefghijklmnopqrstuvwxyz\"] } } } },", 1);
    std::fs::write(&config, &text).unwrap();
    let before = snapshot(&env.state);
    env.run(&["secrets", "migrate", "--style", "secretref"])
        .fails(1)
        .stderr_has("plugins.entries.relay.config.apiKeys[0]: a secret inside an array")
        .stderr_has("--style env");
    assert_eq!(snapshot(&env.state), before);
    env.run(&["secrets", "migrate", "--style", "env"]).ok();
    assert!(std::fs::read_to_string(&config)
        .unwrap()
        .contains("apiKeys: [\"${CLAWCTL_PLUGINS_ENTRIES_RELAY_CONFIG_APIKEYS_0}\"]"));

    // A read-only config.
    let env = creds(Env::example());
    std::fs::set_permissions(
        env.state.join("clawdbot.json"),
        std::os::unix::fs::PermissionsExt::from_mode(0o444),
    )
    .unwrap();
    let before = snapshot(&env.state);
    env.run(&["secrets", "migrate"])
        .fails(1)
        .stderr_has("clawdbot.json is read-only (mode 0444)")
        .stderr_has("chmod 600");
    assert_eq!(snapshot(&env.state), before);

    // A duplicate name: an existing secret with another value keeps its value.
    let env = creds(Env::example());
    run_with_stdin(
        &env,
        &["secrets", "set", "gateway-auth-token"],
        "an-older-gateway-token",
    )
    .ok();
    let v = env.run(&["secrets", "migrate", "--json"]).json();
    assert_eq!(v["secrets"][0]["name"], "gateway-auth-token-2");
    let answer = run_with_stdin(
        &env,
        &["secrets", "resolve"],
        r#"{"protocolVersion":1,"provider":"clawctl","ids":["gateway-auth-token","gateway-auth-token-2"]}"#,
    );
    let answer: Value = serde_json::from_str(&answer.ok().stdout).unwrap();
    assert_eq!(
        answer["values"]["gateway-auth-token"],
        "an-older-gateway-token"
    );
    assert_eq!(answer["values"]["gateway-auth-token-2"], EXAMPLE_MOVED[0].1);

    // Names from the command line are checked; values never come from argv.
    env.run(&["secrets", "set", "Bad Name"])
        .fails(2)
        .stderr_has("invalid secret name");
    run_with_stdin(&env, &["secrets", "set", "empty-one"], "")
        .fails(2)
        .stderr_has("empty value");
    env.run(&["-y", "secrets", "rm", "gateway-auth-token-2"])
        .fails(2)
        .stderr_has("still referenced by clawdbot.json:gateway.auth.token");
}

#[test]
fn resolve_speaks_only_the_protocol() {
    let env = creds(Env::example());
    env.run(&["secrets", "migrate"]).ok();
    let bad = run_with_stdin(&env, &["secrets", "resolve"], "not json");
    bad.fails(1).stderr_has("not JSON");
    assert_eq!(bad.stdout, "");
    run_with_stdin(
        &env,
        &["secrets", "resolve"],
        r#"{"protocolVersion":2,"ids":[]}"#,
    )
    .fails(1)
    .stderr_has("protocolVersion");
    let mut ids: Vec<String> = ENV_MOVED.iter().map(|(n, _)| n.to_string()).collect();
    ids.extend(["../etc/passwd".to_string(), "missing-one".to_string()]);
    let req =
        serde_json::json!({"protocolVersion": 1, "provider": "clawctl", "ids": ids}).to_string();
    let answered = run_with_stdin(&env, &["secrets", "resolve"], &req);
    let v: Value = serde_json::from_str(&answered.ok().stdout).unwrap();
    assert_eq!(v["values"].as_object().unwrap().len(), 7);
    assert_eq!(v["errors"]["missing-one"]["code"], "NOT_FOUND");
    assert_eq!(v["errors"]["../etc/passwd"]["code"], "NOT_FOUND");
    assert_eq!(answered.stderr, "");
}

#[test]
fn the_real_bot_fixtures_migrate_unchanged() {
    let env = creds(Env::with_state(&shared_fixture(
        "clawdbot-2026.1.24/.clawdbot",
    )));
    let v = env.run(&["secrets", "migrate", "--json"]).json();
    assert_eq!(
        v["style"], "env",
        "no meta.lastTouchedVersion: env works with every release"
    );
    let names: Vec<&str> = v["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "gateway-auth-token",
            "models-providers-mock-apikey",
            "channels-telegram-bottoken"
        ]
    );
    let config = std::fs::read_to_string(env.state.join("clawdbot.json")).unwrap();
    assert!(config.starts_with("// Clawdbot config (JSON5) written by hand, as operators do\n"));
    assert!(config.contains(r#"apiKey: "${CLAWCTL_MODELS_PROVIDERS_MOCK_APIKEY}","#));
    let models: Value = serde_json::from_str(
        &std::fs::read_to_string(env.state.join("agents/main/agent/models.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        models["providers"]["mock"]["apiKey"],
        "${CLAWCTL_MODELS_PROVIDERS_MOCK_APIKEY}"
    );
    let out = env.run(&[
        "secrets",
        "run",
        "--",
        "sh",
        "-c",
        "printf %s \"$CLAWCTL_MODELS_PROVIDERS_MOCK_APIKEY\"",
    ]);
    assert_eq!(out.ok().stdout, "sk-mock-PLAINTEXT-0123456789abcdef");
    assert_no_leak(
        &env.state,
        &[],
        &[
            "sk-mock-PLAINTEXT-0123456789abcdef",
            "gw-token-9f8e7d6c5b4a39281706f5e4d3c2b1a0",
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
        ],
    );

    let env = creds(Env::with_state(&shared_fixture(
        "openclaw-2026.9.6/.openclaw",
    )));
    let v = env.run(&["secrets", "migrate", "--json"]).json();
    assert_eq!(v["style"], "secretref");
    assert_eq!(
        v["style_reason"],
        "the SQLite state layout means OpenClaw 2026.7.2 or later"
    );
    let config = std::fs::read_to_string(env.state.join("openclaw.json")).unwrap();
    assert!(config.contains(r#"apiKey: { "source": "exec", "provider": "clawctl", "id": "models-providers-mock-apikey" }"#), "{config}");
    assert!(config.contains("\"secrets\": { \"providers\": { \"clawctl\": {"));
    let req = r#"{"protocolVersion":1,"provider":"clawctl","ids":["models-providers-mock-apikey","gateway-auth-token"]}"#;
    let answer: Value = serde_json::from_str(
        &run_with_stdin(&env, &["secrets", "resolve"], req)
            .ok()
            .stdout,
    )
    .unwrap();
    assert_eq!(
        answer["values"]["gateway-auth-token"],
        "gw-token-0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    );
    assert_no_leak(
        &env.state,
        &[],
        &[
            "sk-mock-PLAINTEXT-0123456789abcdef",
            "gw-token-0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        ],
    );
}

#[test]
fn backups_are_scrubbed_on_request() {
    let env = creds(Env::example());
    let bak = env.state.join("clawdbot.json.bak");
    std::fs::write(&bak, format!("{{\"gateway\":{{\"auth\":{{\"token\":\"{}\"}}}},\"talk\":{{\"apiKey\":\"sk_oldFAKE00000000000000000000000000000000000000\"}}}}", EXAMPLE_MOVED[0].1)).unwrap();
    let v = env.run(&["secrets", "migrate", "--json"]).json();
    assert!(v["kept"]
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k["file"] == "clawdbot.json.bak"));
    assert!(std::fs::read_to_string(&bak)
        .unwrap()
        .contains(EXAMPLE_MOVED[0].1));
    let v = env
        .run(&["secrets", "migrate", "--scrub-backups", "--json"])
        .json();
    let names: Vec<&str> = v["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["gateway-auth-token", "talk-apikey-2"],
        "a known value keeps its name; an old one gets its own"
    );
    let text = std::fs::read_to_string(&bak).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap()["gateway"]["auth"]["token"],
        "${CLAWCTL_GATEWAY_AUTH_TOKEN}",
        "still plain JSON"
    );
    assert_no_leak(
        &env.state,
        &[],
        &[
            EXAMPLE_MOVED[0].1,
            "sk_oldFAKE00000000000000000000000000000000000000",
        ],
    );
}

#[test]
fn an_interrupted_rollback_blocks_migrate_until_it_is_finished() {
    let env = creds(Env::example());
    env.run(&["secrets", "migrate"]).ok();
    let killed = run(env
        .cmd()
        .args(["-y", "secrets", "rollback"])
        .env("CLAWCTL_FAULT_KILL_AFTER_STEP", "secrets-rollback:2"));
    assert_eq!(killed.code, -1);
    env.run(&["secrets", "migrate"])
        .fails(6)
        .stderr_has("an interrupted `secrets rollback` is incomplete");
    let done = env.run(&["-y", "secrets", "rollback", "--json"]).json();
    assert_eq!(done["files_changed"].as_array().unwrap().len(), 3);
    let original =
        std::fs::read_to_string(example_state().join("agents/main/agent/auth-profiles.json"))
            .unwrap();
    assert_eq!(
        std::fs::read_to_string(env.state.join("agents/main/agent/auth-profiles.json")).unwrap(),
        original
    );
    let db = rusqlite::Connection::open(env.state.join("clawctl/ops.db")).unwrap();
    let events: i64 = db.query_row("SELECT COUNT(*) FROM audit_log WHERE action = 'secrets.rollback' AND risk_level = 'high'", [], |r| r.get(0)).unwrap();
    assert_eq!(events, 1);
}
