//! Budgets: set, list, status (spent, remaining, projection), check for cron (exit 3) and
//! estimate before a turn (exit 4 when over), on the example state dir at a fixed "now".

mod common;
mod ledger;

use common::*;
use ledger::{example_prices, Call};
use serde_json::Value;

const NOW: &str = "2026-11-20T12:00:00Z";
const BOB_DM: &str = "agent:main:telegram:dm:333333333";
const ALICE_DM: &str = "agent:main:telegram:dm:111111111";

fn env() -> Env {
    Env::example()
        .env("CLAWCTL_NOW", NOW)
        .env("CLAWCTL_TZ", "UTC")
}

fn ms(iso: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(iso)
        .unwrap()
        .timestamp_millis()
}

fn spent(calls: &[Call], pick: impl Fn(&Call) -> bool) -> f64 {
    let picked: Vec<&Call> = calls.iter().filter(|c| pick(c)).collect();
    ledger::totals(&picked, example_prices).5
}

#[test]
fn set_list_and_update_budgets() {
    let env = env();
    let v = env
        .run(&[
            "budget", "set", "--daily", "0.05", "--user", "alice", "--json",
        ])
        .json();
    assert_eq!(v["budgets"][0]["scope_id"], "alice");
    env.run(&["budget", "set", "--monthly", "5", "--global", "-q"])
        .ok();
    env.run(&[
        "budget",
        "set",
        "--daily",
        "1",
        "--monthly",
        "3",
        "--session",
        BOB_DM,
        "-q",
    ])
    .ok();
    env.run(&["budget", "set", "--daily", "2", "--agent", "main", "-q"])
        .ok();
    // A linked peer id is the same person.
    let v = env
        .run(&[
            "budget",
            "set",
            "--daily",
            "0.06",
            "--user",
            "telegram:111111111",
            "--json",
        ])
        .json();
    assert_eq!(
        (
            v["budgets"][0]["scope_id"].as_str(),
            v["budgets"][0]["previous_usd"].as_f64()
        ),
        (Some("alice"), Some(0.05))
    );
    let v = env
        .run(&[
            "budget",
            "set",
            "--daily",
            "0.5",
            "--user",
            "+8613800138000",
            "--json",
        ])
        .json();
    assert_eq!(v["budgets"][0]["scope_id"], "+8613800138000");
    let list = env.run(&["budget", "list", "--json"]).json();
    let rows: Vec<(String, String, String, f64)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["scope"].as_str().unwrap().into(),
                b["scope_id"].as_str().unwrap().into(),
                b["period"].as_str().unwrap().into(),
                b["limit_usd"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("global".into(), "".into(), "monthly".into(), 5.0),
            ("agent".into(), "main".into(), "daily".into(), 2.0),
            ("user".into(), "+8613800138000".into(), "daily".into(), 0.5),
            ("user".into(), "alice".into(), "daily".into(), 0.06),
            ("session".into(), BOB_DM.into(), "daily".into(), 1.0),
            ("session".into(), BOB_DM.into(), "monthly".into(), 3.0),
        ]
    );
    let audit: i64 = rusqlite::Connection::open(env.state.join("clawctl/ops.db"))
        .unwrap()
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'budget.set'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audit, 7);
}

#[test]
fn unknown_targets_and_bad_limits_are_refused() {
    let env = env();
    env.run(&["budget", "set", "--daily", "1", "--user", "nobody"])
        .fails(1)
        .stderr_has("unknown user 'nobody'");
    env.run(&["budget", "set", "--daily", "1", "--user", "telegram:999"])
        .fails(1)
        .stderr_has("unknown user 'telegram:999'");
    env.run(&[
        "budget",
        "set",
        "--daily",
        "1",
        "--session",
        "agent:main:nope",
    ])
    .fails(1)
    .stderr_has("unknown session 'agent:main:nope'");
    env.run(&["budget", "set", "--daily", "1", "--agent", "ghost"])
        .fails(1)
        .stderr_has("unknown agent 'ghost'");
    env.run(&["budget", "set", "--daily=-1"])
        .fails(2)
        .stderr_has("must be zero or more");
    env.run(&["budget", "check", "--threshold=-5"]).fails(2);
    let list = env.run(&["budget", "list", "--json"]).json();
    assert_eq!(list.as_array().unwrap().len(), 0, "nothing was written");
}

#[test]
fn status_shows_spent_remaining_and_projection() {
    let env = env();
    env.run(&["budget", "set", "--daily", "0.045", "--user", "alice", "-q"])
        .ok();
    env.run(&["budget", "set", "--monthly", "5", "-q"]).ok();
    let v = env.run(&["budget", "status", "--json"]).json();
    let calls = ledger::calls(&env.state);
    let month = spent(&calls, |c| {
        c.ts >= ms("2026-11-01T00:00:00Z") && c.ts <= ms(NOW)
    });
    // Alice today: her turn in the group at 09:15 (two calls; Bob's turn at 09:17 is his).
    let alice = spent(&calls, |c| {
        c.file.to_string_lossy().contains("9ce4aa5f")
            && c.ts >= ms("2026-11-20T09:15:00Z")
            && c.ts < ms("2026-11-20T09:17:00Z")
    });
    let budgets = v["budgets"].as_array().unwrap();
    let global = &budgets[0];
    assert_eq!(global["target"], "global");
    assert!((global["cost_usd"].as_f64().unwrap() - month).abs() < 1e-9);
    assert!((global["remaining_usd"].as_f64().unwrap() - (5.0 - month)).abs() < 1e-9);
    let projected = month * 30.0 / 19.5;
    assert!((global["projected_usd"].as_f64().unwrap() - projected).abs() < 1e-9);
    assert_eq!(global["period_end_at"], "2026-12-01T00:00:00+00:00");
    let a = &budgets[1];
    assert_eq!(a["target"], "user:alice");
    assert!(
        (a["cost_usd"].as_f64().unwrap() - alice).abs() < 1e-9,
        "{a}"
    );
    assert_eq!(a["requests"], 2);
    assert!(
        (a["used_pct"].as_f64().unwrap() - (alice / 0.045 * 100.0 * 100.0).round() / 100.0).abs()
            < 1e-9
    );
    assert_eq!(a["period_start_at"], "2026-11-20T00:00:00+00:00");
    // In Shanghai the day started 8 hours earlier and includes nothing more of Alice's.
    let v = env
        .run(&[
            "budget",
            "status",
            "--tz",
            "Asia/Shanghai",
            "--json",
            "--no-sync",
        ])
        .json();
    assert_eq!(
        v["budgets"][1]["period_start_at"],
        "2026-11-20T00:00:00+08:00"
    );
}

#[test]
fn check_exits_3_and_names_budgets_over_the_threshold() {
    let env = env();
    env.run(&["budget", "set", "--daily", "0.045", "--user", "alice", "-q"])
        .ok();
    env.run(&["budget", "set", "--monthly", "5", "-q"]).ok();
    let out = env.run(&["budget", "check", "--json"]);
    assert_eq!(out.code, 3);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["checked"], 2);
    let over: Vec<&str> = v["over"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["target"].as_str().unwrap())
        .collect();
    assert_eq!(over, ["user:alice"]);
    let table = env.run(&["budget", "check", "--no-sync"]);
    assert_eq!(table.code, 3);
    assert!(table.stdout.contains("user:alice") && table.stdout.contains("1 of 2"));
    let quiet = env.run(&["budget", "check", "-q", "--no-sync"]);
    assert_eq!((quiet.code, quiet.stdout.as_str()), (3, ""));
    quiet.stderr_has("budget at or over 80%: daily user:alice spent $0.0397 of $0.0450 (88.1%)");
    env.run(&["budget", "check", "--threshold", "95", "--no-sync"])
        .ok();
}

fn o200k(text: &str) -> i64 {
    tiktoken_rs::o200k_base()
        .unwrap()
        .encode_ordinary(text)
        .len() as i64
}

#[test]
fn estimate_grows_the_context_and_exits_4_over_budget() {
    let env = env();
    let message =
        "Please read the attached deploy log and list every failed step, with timestamps.";
    let v = env
        .run(&[
            "budget",
            "estimate",
            "--session",
            ALICE_DM,
            "--message",
            message,
            "--json",
        ])
        .json();
    let e = &v["estimate"];
    // Last call of the session: input 46, cacheRead 15070, cacheWrite 2110, output 180.
    assert_eq!(e["context_tokens"], 46 + 15070 + 2110 + 180);
    assert_eq!(e["new_tokens"], o200k(message));
    assert_eq!(e["input_tokens"], 17406 + o200k(message));
    assert_eq!(
        e["output_tokens"], 145,
        "average of 96, 88, 214, 180, rounded up"
    );
    assert_eq!(e["tokenizer"], "o200k_base");
    assert_eq!(e["basis"], "session history");
    let (ctx, prompt) = (17406.0, 46.0 + 15070.0 + 2110.0);
    let cost = 5.0 / 1e6 * (ctx * 46.0 / prompt + o200k(message) as f64)
        + 0.5 / 1e6 * ctx * 15070.0 / prompt
        + 6.25 / 1e6 * ctx * 2110.0 / prompt
        + 25.0 / 1e6 * 145.0;
    assert!((e["cost_usd"].as_f64().unwrap() - cost).abs() < 1e-12);
    assert_eq!(v["would_exceed"], false);
    // Over Alice's daily budget: exit 4, the table still printed.
    env.run(&["budget", "set", "--daily", "0.05", "--user", "alice", "-q"])
        .ok();
    let out = env.run(&[
        "budget",
        "estimate",
        "--session",
        ALICE_DM,
        "--message",
        message,
        "--no-sync",
    ]);
    assert_eq!(out.code, 4, "{}", out.stderr);
    assert!(
        out.stdout.contains("over the daily user:alice budget"),
        "{}",
        out.stdout
    );
    let v: Value = serde_json::from_str(
        &env.run(&[
            "budget",
            "estimate",
            "--session",
            ALICE_DM,
            "--message",
            "x",
            "--json",
            "--no-sync",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(v["budgets"][0]["target"], "user:alice");
    assert_eq!(v["budgets"][0]["would_exceed"], true);
    // Another model, from stdin.
    let out = run(env
        .cmd()
        .args([
            "budget",
            "estimate",
            "--session",
            BOB_DM,
            "--file",
            "-",
            "--model",
            "openai/gpt-5-mini",
            "--json",
            "--no-sync",
        ])
        .write_stdin("hello there"));
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        (
            v["estimate"]["model"].as_str(),
            v["estimate"]["new_tokens"].as_i64()
        ),
        (Some("gpt-5-mini"), Some(2))
    );
    assert_eq!(out.code, 0);
}

#[test]
fn estimate_by_person_and_without_history() {
    let env = env();
    let v = env
        .run(&[
            "budget",
            "estimate",
            "--user",
            "alice",
            "--message",
            "hi",
            "--json",
        ])
        .json();
    assert_eq!(
        v["estimate"]["session_key"], "agent:main:telegram:group:-1001234567890",
        "her latest call"
    );
    assert_eq!(v["estimate"]["basis"], "person's history");
    let out = env.run(&[
        "budget",
        "estimate",
        "--session",
        "agent:main:telegram:dm:444",
        "--message",
        "hello",
        "--json",
        "--no-sync",
    ]);
    assert_eq!(out.code, 0);
    out.stderr_has("no history to estimate from");
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["estimate"]["basis"], "model defaults");
    assert_eq!(
        v["estimate"]["model"], "claude-opus-4-5",
        "the bot's default model"
    );
    assert_eq!(
        v["estimate"]["context_tokens"], 9840,
        "the smallest opus prompt seen"
    );
    env.run(&[
        "budget",
        "estimate",
        "--session",
        ALICE_DM,
        "--message",
        "x",
        "--model",
        "acme/unknown-9",
        "--no-sync",
    ])
    .fails(1)
    .stderr_has("no price known for model 'unknown-9'");
    env.run(&[
        "budget",
        "estimate",
        "--session",
        ALICE_DM,
        "--file",
        "/nonexistent/msg.txt",
    ])
    .fails(2)
    .stderr_has("cannot read --file /nonexistent/msg.txt");
}
