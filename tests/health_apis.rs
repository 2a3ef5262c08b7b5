//! `clawctl health --channels --providers` against fake channel and provider APIs on
//! loopback: the bot's own credentials are sent (resolved from `${VAR}` where the config says
//! so) and never appear in any output, not even when the API is unreachable or echoes them.

mod common;
mod health_support;

use common::*;
use health_support::{closed_port, gateway, serve, tidy_env, Fake, Reply, CALM, READY};
use serde_json::{json, Value};

const TELEGRAM_TOKEN: &str = "812345678:AAFAKE-tyLBhhOhg9uhkxiiEZpFfk1OHAOE";
const DISCORD_TOKEN: &str =
    "MTMwMjIxNDQxMTIyMzM0NDU1Ng.HYqM6O.FAKEjb6mjBHqSiFVKu4MbMnrHontIKARAH-Ggl";
const ANTHROPIC_KEY: &str = "sk-ant-api03-FAKEodJFCrnl2edlBDdz1C5Jau2RJtBRnlWmTSHf6pWkLUyifDLkDmWJ6UuVTAIjvFu7WICPhDeOZIiBOB_Y6sHrFH2-EXAMPLEAA";
const OPENAI_KEY: &str = "sk-proj-FAKEZUCr_lgotu2iXW7GboIRoL3u6aHwnMztVuaP-coUNEhEkk-iqq8vH2BzNZV4T3BlbkFJ5pFCiRcDCajhDieQjEJ-Bq8F80ymm3T207gmhZRnFyy5r2xJ7Fj4mgblEv0-";

fn telegram() -> Fake {
    serve(|req| {
        if req.path == format!("/bot{TELEGRAM_TOKEN}/getMe") {
            Reply::Json(
                200,
                r#"{"ok":true,"result":{"id":812345678,"is_bot":true,"username":"clawbot"}}"#
                    .into(),
            )
        } else if req.path == "/botOPS-TOKEN-123/getMe" {
            Reply::Json(200, r#"{"ok":true,"result":{"username":"ops_bot"}}"#.into())
        } else {
            Reply::Json(
                401,
                r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#.into(),
            )
        }
    })
}

fn discord_rejecting() -> Fake {
    serve(|_| Reply::Json(401, r#"{"message":"401: Unauthorized","code":0}"#.into()))
}

/// No secret, and no 12-character piece of one (a truncated copy), in stdout or stderr.
fn no_secret_in(r: &Run, secrets: &[&str]) {
    for s in secrets {
        let pieces: Vec<&str> = if s.len() <= 12 {
            vec![s]
        } else {
            (0..=s.len() - 12).map(|i| &s[i..i + 12]).collect()
        };
        for piece in pieces {
            assert!(
                !r.stdout.contains(piece),
                "secret leaked to stdout:\n{}",
                r.stdout
            );
            assert!(
                !r.stderr.contains(piece),
                "secret leaked to stderr:\n{}",
                r.stderr
            );
        }
    }
}

fn checks(r: &Run) -> Value {
    serde_json::from_str::<Value>(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

#[test]
fn channels_are_probed_with_the_bots_tokens_which_never_leak() {
    let env = tidy_env();
    let (gw, tg, dc) = (gateway(200, READY), telegram(), discord_rejecting());
    let cmd = |format: &[&str]| {
        run(env
            .cmd()
            .env("CLAWCTL_TELEGRAM_API_BASE", tg.url())
            .env("CLAWCTL_DISCORD_API_BASE", dc.url())
            .args(["health", "--channels", "--gateway-url", &gw.url()])
            .args(CALM)
            .args(format))
    };
    let r = cmd(&["--json"]);
    assert_eq!(r.code, 3, "discord is critical");
    no_secret_in(&r, &[TELEGRAM_TOKEN, DISCORD_TOKEN]);
    let v = checks(&r);
    let c = &v["checks"];
    assert_eq!(c["channel:telegram"]["status"], "ok");
    assert_eq!(c["channel:telegram"]["detail"], "getMe: @clawbot");
    assert_eq!(c["channel:discord"]["status"], "critical");
    assert_eq!(
        c["channel:discord"]["detail"],
        "credentials rejected (HTTP 401: 401: Unauthorized)"
    );
    assert_eq!(
        c["channel:whatsapp"]["status"], "ok",
        "creds.json is present"
    );
    assert!(c["channel:whatsapp"]["detail"]
        .as_str()
        .unwrap()
        .contains("linked"));
    assert_eq!(
        v["skipped"],
        json!([{"check": "channel:signal", "reason": "no API probe for signal"}])
    );
    let sent = dc.requests();
    assert_eq!(sent[0].path, "/api/v10/users/@me");
    assert_eq!(
        sent[0].header("authorization"),
        Some(format!("Bot {DISCORD_TOKEN}").as_str())
    );
    assert_eq!(tg.requests()[0].path, format!("/bot{TELEGRAM_TOKEN}/getMe"));
    for format in [
        &["--nagios"][..],
        &["--format", "table"],
        &["--format", "prometheus"],
    ] {
        no_secret_in(&cmd(format), &[TELEGRAM_TOKEN, DISCORD_TOKEN]);
    }
}

#[test]
fn unreachable_apis_are_critical_without_printing_the_url_or_token() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    for base in [
        format!("http://127.0.0.1:{}", closed_port()),
        "http://telegram.invalid".to_string(),
        "not a url".to_string(),
    ] {
        let r = run(env
            .cmd()
            .env("CLAWCTL_TELEGRAM_API_BASE", &base)
            .env(
                "CLAWCTL_DISCORD_API_BASE",
                format!("http://127.0.0.1:{}", closed_port()),
            )
            .args([
                "health",
                "--channels",
                "--json",
                "--timeout",
                "2s",
                "--gateway-url",
                &gw.url(),
            ])
            .args(CALM));
        no_secret_in(&r, &[TELEGRAM_TOKEN, DISCORD_TOKEN, "/bot"]);
        let t = &checks(&r)["checks"]["channel:telegram"];
        assert_eq!(t["status"], "critical", "{base}: {t}");
        assert!(
            t["detail"].as_str().unwrap().starts_with("unreachable: "),
            "{t}"
        );
    }
}

#[test]
fn tokens_from_env_references_and_extra_accounts_are_resolved() {
    let env = tidy_env();
    let (gw, tg) = (gateway(200, READY), telegram());
    let slack = serve(|_| Reply::Json(200, r#"{"ok":false,"error":"invalid_auth"}"#.into()));
    let config = std::fs::read_to_string(env.state.join("clawdbot.json")).unwrap();
    let config = config.replace(
        "    signal: {",
        "    slack: { botToken: \"${SLACK_TEST_TOKEN}\" },\n    matrix: { enabled: false },\n    signal: {",
    );
    let config = config.replace(
        "dmPolicy: \"allowlist\", // allowed",
        "accounts: { ops: { botToken: \"${OPS_TOKEN}\" }, old: { enabled: false, botToken: \"x\" } },\n      dmPolicy: \"allowlist\", // allowed",
    );
    std::fs::write(env.state.join("clawdbot.json"), config).unwrap();
    let slack_token = "xoxb-test-slack-token-42";
    let r = run(env
        .cmd()
        .env("CLAWCTL_TELEGRAM_API_BASE", tg.url())
        .env(
            "CLAWCTL_DISCORD_API_BASE",
            format!("http://127.0.0.1:{}", closed_port()),
        )
        .env("CLAWCTL_SLACK_API_BASE", slack.url())
        .env("SLACK_TEST_TOKEN", slack_token)
        .env("OPS_TOKEN", "OPS-TOKEN-123")
        .args(["health", "--channels", "--json", "--gateway-url", &gw.url()])
        .args(CALM));
    no_secret_in(&r, &[slack_token, "OPS-TOKEN-123", TELEGRAM_TOKEN]);
    let v = checks(&r);
    let c = &v["checks"];
    assert_eq!(c["channel:telegram:ops"]["detail"], "getMe: @ops_bot");
    assert_eq!(c["channel:telegram"]["detail"], "getMe: @clawbot");
    assert!(
        c.get("channel:telegram:old").is_none(),
        "disabled accounts are left out"
    );
    assert!(
        c.get("channel:matrix").is_none(),
        "disabled channels are left out"
    );
    assert_eq!(c["channel:slack"]["status"], "critical");
    assert_eq!(
        c["channel:slack"]["detail"],
        "auth.test rejected: invalid_auth"
    );
    let sent = &slack.requests()[0];
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.path, "/api/auth.test");
    assert_eq!(
        sent.header("authorization"),
        Some(format!("Bearer {slack_token}").as_str())
    );

    // Without the variable the channel cannot be probed, and says why.
    let r = run(env
        .cmd()
        .env("CLAWCTL_TELEGRAM_API_BASE", tg.url())
        .args([
            "health",
            "--channels",
            "--json",
            "--timeout",
            "1s",
            "--gateway-url",
            &gw.url(),
        ])
        .args(CALM));
    let s = &checks(&r)["checks"]["channel:slack"];
    assert_eq!(s["status"], "unknown");
    assert_eq!(
        s["detail"],
        "botToken is not resolvable: SLACK_TEST_TOKEN is not set"
    );
}

#[test]
fn providers_are_probed_by_listing_models_and_echoed_keys_are_redacted() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    let anthropic = serve(|req| {
        if req.path == "/v1/models" && req.header("x-api-key") == Some(ANTHROPIC_KEY) {
            Reply::Json(
                200,
                r#"{"data":[{"id":"claude-opus-4-5"},{"id":"claude-haiku-4-5"}]}"#.into(),
            )
        } else {
            Reply::Json(404, "{}".into())
        }
    });
    // An API that echoes the key it was given in its error message.
    let openai = serve(|req| {
        let key = req
            .header("authorization")
            .unwrap_or_default()
            .trim_start_matches("Bearer ");
        Reply::Json(
            401,
            format!(r#"{{"message":"Incorrect API key provided: {key}"}}"#),
        )
    });
    let r = run(env
        .cmd()
        .env("CLAWCTL_ANTHROPIC_API_BASE", anthropic.url())
        .env("CLAWCTL_OPENAI_API_BASE", format!("{}/v1", openai.url()))
        .args([
            "health",
            "--providers",
            "--json",
            "--gateway-url",
            &gw.url(),
        ])
        .args(CALM));
    no_secret_in(&r, &[ANTHROPIC_KEY, OPENAI_KEY]);
    let v = checks(&r);
    let c = &v["checks"];
    assert_eq!(c["provider:anthropic"]["status"], "ok");
    assert_eq!(
        c["provider:anthropic"]["detail"],
        "reachable, 2 model(s) listed"
    );
    assert_eq!(
        anthropic.requests()[0].header("anthropic-version"),
        Some("2023-06-01")
    );
    assert_eq!(c["provider:openai"]["status"], "critical");
    assert_eq!(
        c["provider:openai"]["detail"],
        "credentials rejected (HTTP 401: Incorrect API key provided: <redacted>)"
    );
    assert_eq!(openai.requests()[0].path, "/v1/models");
    assert_eq!(
        v["skipped"],
        json!([{"check": "provider:openai-codex", "reason": "OAuth sign-in only: not probed"}])
    );
}
