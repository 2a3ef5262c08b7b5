//! `clawctl secrets scan` on the example state dir and the real bot fixtures: every planted
//! secret found with its place, kind and fingerprint (never its value), references and
//! non-secrets left alone, permission findings and `--fix-perms`, `--check` for cron.

mod common;
mod secrets_support;

use common::*;
use secrets_support::*;
use serde_json::Value;

fn rows(v: &Value) -> Vec<(String, String, String, String)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_string(),
                f["location"].as_str().unwrap().to_string(),
                f["kind"].as_str().unwrap().to_string(),
                f["action"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn scan_finds_every_planted_secret_in_the_example() {
    let env = Env::example();
    let run = env.run(&["secrets", "scan", "--json"]);
    let v = run.json();
    let got = rows(&v);
    let want: Vec<(&str, &str, &str, &str)> = vec![
        ("clawdbot.json", "gateway.auth.token", "token", "migrate"),
        (
            "clawdbot.json",
            "models.providers.anthropic.apiKey",
            "anthropic-api-key",
            "migrate",
        ),
        (
            "clawdbot.json",
            "models.providers.openai.apiKey",
            "openai-api-key",
            "migrate",
        ),
        (
            "clawdbot.json",
            "channels.telegram.botToken",
            "telegram-bot-token",
            "migrate",
        ),
        (
            "clawdbot.json",
            "channels.discord.token",
            "discord-bot-token",
            "migrate",
        ),
        ("clawdbot.json", "talk.apiKey", "api-key", "migrate"),
        (".env", "OPENAI_API_KEY", "openai-api-key", "migrate"),
        (".env", "BRAVE_API_KEY", "brave-api-key", "migrate"),
        (".env", "ELEVENLABS_API_KEY", "api-key", "migrate"),
        (
            "agents/main/agent/auth-profiles.json",
            "profiles[\"anthropic:default\"].key",
            "anthropic-api-key",
            "migrate",
        ),
        (
            "agents/main/agent/auth-profiles.json",
            "profiles[\"anthropic:cli\"].token",
            "anthropic-oauth-token",
            "migrate",
        ),
        (
            "agents/main/agent/auth-profiles.json",
            "profiles[\"openai-codex:me\"].access",
            "jwt",
            "keep",
        ),
        (
            "agents/main/agent/auth-profiles.json",
            "profiles[\"openai-codex:me\"].refresh",
            "oauth-token",
            "keep",
        ),
        (
            "agents/main/agent/models.json",
            "providers.anthropic.apiKey",
            "anthropic-api-key",
            "migrate",
        ),
        (
            "agents/main/agent/models.json",
            "providers.openai.apiKey",
            "openai-api-key",
            "migrate",
        ),
        (
            "credentials/whatsapp/default/creds.json",
            "noiseKey.private",
            "private-key",
            "keep",
        ),
        (
            "credentials/whatsapp/default/creds.json",
            "pairingEphemeralKeyPair.private",
            "private-key",
            "keep",
        ),
        (
            "credentials/whatsapp/default/creds.json",
            "signedIdentityKey.private",
            "private-key",
            "keep",
        ),
        (
            "credentials/whatsapp/default/creds.json",
            "signedPreKey.keyPair.private",
            "private-key",
            "keep",
        ),
        (
            "credentials/whatsapp/default/creds.json",
            "advSecretKey",
            "secret",
            "keep",
        ),
    ];
    let want: Vec<(String, String, String, String)> = want
        .into_iter()
        .map(|(a, b, c, d)| (a.into(), b.into(), c.into(), d.into()))
        .collect();
    assert_eq!(got, want);
    let first = &v["findings"][1];
    assert_eq!(first["line"], 31);
    assert_eq!(first["detector"], "field+shape");
    let fp = first["fingerprint"].as_str().unwrap();
    assert!(fp.starts_with("sk-ant-…") && fp.contains(" #"), "{fp}");
    assert_eq!(
        v["findings"][0]["fingerprint"],
        v["findings"][0]["fingerprint"]
    );
    assert_eq!(
        v["findings"][2]["fingerprint"], v["findings"][6]["fingerprint"],
        "same value, same fingerprint"
    );
    assert_eq!(v["summary"]["secrets"], 20);
    assert_eq!(v["summary"]["distinct"], 15);
    assert_eq!(v["summary"]["migratable"], 13);
    let text = v["findings"].to_string();
    assert!(
        !text.contains("voiceId") && !text.contains("tools.web.search"),
        "references and voice ids are not secrets"
    );
    assert!(
        !text.contains("telegram-allowFrom"),
        "peer ids are not secrets"
    );
    let values: Vec<&str> = EXAMPLE_MOVED.iter().map(|(_, v)| *v).collect();
    let table = env.run(&["secrets", "scan"]);
    assert_no_leak(&env.state, &[&run, &table], &values[..0]);
    for v in &values {
        assert!(!run.stdout.contains(v) && !table.stdout.contains(v));
    }
}

#[test]
fn permissions_are_reported_and_fixed() {
    let env = Env::example();
    for rel in [
        "clawdbot.json",
        "agents/main/sessions/baa2919c-0ded-47bb-bec0-c9226ed91f2e.jsonl",
    ] {
        std::fs::set_permissions(
            env.state.join(rel),
            std::os::unix::fs::PermissionsExt::from_mode(0o644),
        )
        .unwrap();
    }
    let v = env.run(&["secrets", "scan", "--json"]).json();
    let perms = v["permissions"].as_array().unwrap();
    let find = |path: &str| {
        perms
            .iter()
            .find(|p| p["path"].as_str().unwrap().ends_with(path))
            .cloned()
    };
    let config = find("clawdbot.json").expect("config reported");
    assert_eq!(
        (
            config["what"].as_str(),
            config["mode"].as_str(),
            config["expected"].as_str()
        ),
        (Some("config"), Some("0644"), Some("0600"))
    );
    assert_eq!(
        find("baa2919c-0ded-47bb-bec0-c9226ed91f2e.jsonl").unwrap()["what"],
        "transcript"
    );
    assert!(find("credentials/whatsapp/default/creds.json").is_some());
    assert_eq!(env.run(&["secrets", "scan", "--check"]).code, 3);
    let fixed = env
        .run(&["secrets", "scan", "--fix-perms", "--json"])
        .json();
    assert!(fixed["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["fixed"] == true));
    let mode = |rel: &str| {
        std::os::unix::fs::PermissionsExt::mode(
            &std::fs::metadata(env.state.join(rel))
                .unwrap()
                .permissions(),
        ) & 0o777
    };
    assert_eq!(mode("clawdbot.json"), 0o600);
    assert_eq!(mode("credentials"), 0o700);
    assert_eq!(
        mode("agents/main/sessions/baa2919c-0ded-47bb-bec0-c9226ed91f2e.jsonl"),
        0o600
    );
    let after = env.run(&["secrets", "scan", "--json"]).json();
    assert_eq!(after["summary"]["permission_problems"], 0);
    // Still exit 3: the plaintext is still there.
    assert_eq!(env.run(&["secrets", "scan", "--check"]).code, 3);
}

#[test]
fn deep_scan_reads_transcripts_and_logs() {
    let env = Env::example();
    let t = env
        .state
        .join("agents/main/sessions/baa2919c-0ded-47bb-bec0-c9226ed91f2e.jsonl");
    let mut text = std::fs::read_to_string(&t).unwrap();
    text.push_str("{\"type\":\"message\",\"id\":\"abcd1234\",\"message\":{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"my github token is ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef012345 thanks\"}]}}\n");
    std::fs::write(&t, &text).unwrap();
    let lines = text.lines().count();
    let shallow = env.run(&["secrets", "scan", "--json"]).json();
    assert!(rows(&shallow).iter().all(|r| r.2 != "github-token"));
    let deep = env.run(&["secrets", "scan", "--deep", "--json"]).json();
    let hit = deep["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "github-token")
        .expect("found in the transcript")
        .clone();
    assert_eq!(hit["area"], "transcript");
    assert_eq!(hit["agent"], "main");
    assert_eq!(hit["line"], lines);
    assert_eq!(hit["action"], "keep");
    assert!(hit["location"]
        .as_str()
        .unwrap()
        .starts_with(&format!("line {lines}:")));
    assert!(!deep
        .to_string()
        .contains("ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef012345"));
}

#[test]
fn scan_reads_the_real_bot_fixtures_unchanged() {
    let env = Env::with_state(&shared_fixture("clawdbot-2026.1.24/.clawdbot"));
    let before = snapshot(&env.state);
    let v = env.run(&["secrets", "scan", "--deep", "--json"]).json();
    let got: Vec<(String, String)> = rows(&v).into_iter().map(|r| (r.0, r.1)).collect();
    assert_eq!(
        got,
        [
            (
                "clawdbot.json".to_string(),
                "gateway.auth.token".to_string()
            ),
            (
                "clawdbot.json".into(),
                "models.providers.mock.apiKey".into()
            ),
            ("clawdbot.json".into(), "channels.telegram.botToken".into()),
            (
                "agents/main/agent/models.json".into(),
                "providers.mock.apiKey".into()
            ),
        ]
    );
    assert_eq!(v["findings"][2]["kind"], "telegram-bot-token");
    assert_eq!(snapshot(&env.state), before, "scan writes nothing");

    let env = Env::with_state(&shared_fixture("openclaw-2026.9.6/.openclaw"));
    let v = env.run(&["secrets", "scan", "--json"]).json();
    let got: Vec<(String, String)> = rows(&v).into_iter().map(|r| (r.0, r.1)).collect();
    assert_eq!(
        got,
        [
            (
                "openclaw.json".to_string(),
                "gateway.auth.token".to_string()
            ),
            (
                "openclaw.json".into(),
                "models.providers.mock.apiKey".into()
            ),
        ]
    );
}

#[test]
fn backups_and_includes_are_scanned() {
    let env = Env::example();
    std::fs::write(env.state.join("clawdbot.json.bak.1"), "{\"channels\":{\"slack\":{\"botToken\":\"xoxb-111111111111-222222222222-FAKEabcdefABCDEF\"}}}").unwrap();
    std::fs::write(
        env.state.join("extra.json5"),
        "{ hooks: { token: 'hook-secret-FAKE-0123456789' } }",
    )
    .unwrap();
    let config = env.state.join("clawdbot.json");
    let text = std::fs::read_to_string(&config).unwrap().replacen(
        "{\n  meta:",
        "{\n  $include: './extra.json5',\n  meta:",
        1,
    );
    std::fs::write(&config, text).unwrap();
    let v = env.run(&["secrets", "scan", "--json"]).json();
    let r = rows(&v);
    assert!(
        r.contains(&(
            "extra.json5".into(),
            "hooks.token".into(),
            "token".into(),
            "migrate".into()
        )),
        "{r:?}"
    );
    assert!(
        r.contains(&(
            "clawdbot.json.bak.1".into(),
            "channels.slack.botToken".into(),
            "slack-token".into(),
            "keep".into()
        )),
        "{r:?}"
    );
}

#[test]
fn a_malformed_config_is_a_clear_error() {
    let env = Env::example();
    std::fs::write(
        env.state.join("clawdbot.json"),
        "{\n  gateway: { port: 18789 \n  oops\n}\n",
    )
    .unwrap();
    env.run(&["secrets", "scan"])
        .fails(1)
        .stderr_has("clawdbot.json:3:3: malformed JSON5");
    env.run(&["secrets", "migrate", "--backend", "systemd-creds"])
        .fails(1)
        .stderr_has("malformed JSON5");
}
