//! `cost report`, `cost top` and `cost reprice`: totals equal an independent reading of the
//! transcripts (tokens exactly, costs to 1e-6) on the example state dir and on generated
//! ones; grouping, time zones, ranges, pricing and bad input.

mod common;
mod ledger;

use common::*;
use ledger::{example_prices, generate, totals, Call};
use serde_json::Value;

fn check_totals(v: &Value, calls: &[&Call], what: &str) {
    let (n, i, o, r, w, cost, unpriced) = totals(calls, example_prices);
    let t = if v.get("requests").is_some() {
        v
    } else {
        &v["total"]
    };
    assert_eq!(t["requests"], n, "{what}: requests");
    assert_eq!(t["input_tokens"], i, "{what}: input");
    assert_eq!(t["output_tokens"], o, "{what}: output");
    assert_eq!(t["cache_read_tokens"], r, "{what}: cache read");
    assert_eq!(t["cache_write_tokens"], w, "{what}: cache write");
    assert_eq!(t["unpriced_requests"], unpriced, "{what}: unpriced");
    let got = t["cost_usd"].as_f64().unwrap_or(0.0);
    assert!((got - cost).abs() < 1e-6, "{what}: cost {got} vs {cost}");
}

#[test]
fn example_totals_equal_an_independent_sum_over_the_transcripts() {
    let env = Env::example();
    let calls = ledger::calls(&env.state);
    let all: Vec<&Call> = calls.iter().collect();
    assert_eq!(all.len(), 34);
    let v = env.run(&["cost", "report", "--json", "--tz", "UTC"]).json();
    check_totals(&v, &all, "all");
    let total = v["total"]["cost_usd"].as_f64().unwrap();
    assert!((total - 0.72232925).abs() < 1e-9, "{total}");
    // Per model, against the same independent reading.
    let v = env
        .run(&["cost", "report", "--by", "model", "--json", "--no-sync"])
        .json();
    for g in v["groups"].as_array().unwrap() {
        let model = g["model"].as_str().unwrap();
        let mine: Vec<&Call> = calls.iter().filter(|c| c.model == model).collect();
        check_totals(g, &mine, model);
    }
    // Shares add up to 100 and the first group is the most expensive.
    let shares: f64 = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["share_pct"].as_f64().unwrap())
        .sum();
    assert!((shares - 100.0).abs() < 0.05);
    assert_eq!(v["groups"][0]["model"], "claude-opus-4-5");
    assert_eq!(v["groups"][0]["requests"], 16);
    // A time range with ragged edges (not on quarter hours), in another zone.
    let v = env
        .run(&[
            "cost",
            "report",
            "--by",
            "day",
            "--since",
            "2026-10-18T11:31:07+02:00",
            "--until",
            "2026-11-19T16:41:00Z",
            "--tz",
            "Asia/Shanghai",
            "--json",
            "--no-sync",
        ])
        .json();
    let (a, b) = (
        chrono::DateTime::parse_from_rfc3339("2026-10-18T11:31:07+02:00")
            .unwrap()
            .timestamp_millis(),
        chrono::DateTime::parse_from_rfc3339("2026-11-19T16:41:00Z")
            .unwrap()
            .timestamp_millis(),
    );
    let inside: Vec<&Call> = calls.iter().filter(|c| c.ts >= a && c.ts < b).collect();
    check_totals(&v, &inside, "range");
    let shanghai = chrono_tz::Asia::Shanghai;
    for g in v["groups"].as_array().unwrap() {
        let day = g["day"].as_str().unwrap();
        let mine: Vec<&Call> = inside
            .iter()
            .copied()
            .filter(|c| {
                chrono::DateTime::from_timestamp_millis(c.ts)
                    .unwrap()
                    .with_timezone(&shanghai)
                    .format("%Y-%m-%d")
                    .to_string()
                    == day
            })
            .collect();
        check_totals(g, &mine, day);
    }
}

#[test]
fn generated_state_totals_match_by_every_key() {
    let env = Env::empty();
    let spec = generate::Spec::default();
    generate::write_state(&env.state, &spec).unwrap();
    let calls = ledger::calls(&env.state);
    let all: Vec<&Call> = calls.iter().collect();
    assert!(all.len() > 500, "{}", all.len());
    let v = env.run(&["cost", "report", "--json"]).json();
    check_totals(&v, &all, "all");
    assert!(
        v["total"]["unpriced_requests"].as_i64().unwrap() > 0,
        "the generator writes unknown models"
    );
    for key in [
        "task_type",
        "model",
        "provider",
        "session",
        "user",
        "channel",
        "agent",
        "day",
        "week",
        "month",
    ] {
        let v = env
            .run(&[
                "cost",
                "report",
                "--by",
                key,
                "--tz",
                "Europe/Berlin",
                "--json",
                "--no-sync",
            ])
            .json();
        check_totals(&v, &all, key);
        let sum: i64 = v["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["requests"].as_i64().unwrap())
            .sum();
        assert_eq!(sum, all.len() as i64, "{key}: groups add up");
    }
    let v = env
        .run(&["cost", "report", "--by", "session", "--json", "--no-sync"])
        .json();
    let keyed = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["session_key"].is_string())
        .count();
    assert_eq!(keyed, spec.sessions, "every generated session has its key");
    // Unknown models are counted and shown as unpriced, never as $0.
    let v = env
        .run(&["cost", "report", "--by", "model", "--json", "--no-sync"])
        .json();
    let mystery = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["model"] == "mystery-1")
        .unwrap();
    assert_eq!(mystery["cost_usd"], Value::Null);
    assert_eq!(mystery["unpriced_requests"], mystery["requests"]);
    // Ranges: the rollup's whole quarter hours plus ragged edges equal the raw filter.
    let (a, b) = (
        spec.start_ms + 3 * 86_400_000 + 123_457,
        spec.start_ms + 11 * 86_400_000 + 999,
    );
    let iso = |ms: i64| {
        chrono::DateTime::from_timestamp_millis(ms)
            .unwrap()
            .to_rfc3339()
    };
    let v = env
        .run(&[
            "cost",
            "report",
            "--by",
            "day",
            "--since",
            &iso(a),
            "--until",
            &iso(b),
            "--json",
            "--no-sync",
        ])
        .json();
    let inside: Vec<&Call> = calls.iter().filter(|c| c.ts >= a && c.ts < b).collect();
    check_totals(&v, &inside, "range");
    let v = env
        .run(&[
            "cost",
            "report",
            "--by",
            "model",
            "--since",
            &iso(a),
            "--until",
            &iso(b),
            "--json",
            "--no-sync",
        ])
        .json();
    check_totals(&v, &inside, "range by model");
    // A person linked in identityLinks is one group covering both ids.
    let v = env
        .run(&["cost", "report", "--user", "pat", "--json", "--no-sync"])
        .json();
    let pat: Vec<&Call> = calls
        .iter()
        .filter(|c| {
            c.file.to_string_lossy().contains("-000000000003.jsonl")
                || c.file.to_string_lossy().contains("-000000000004.jsonl")
        })
        .collect();
    check_totals(&v, &pat, "pat");
}

#[test]
fn nested_keys_top_n_and_formats() {
    let env = Env::example();
    let v = env
        .run(&[
            "cost",
            "report",
            "--by",
            "user,model",
            "--top",
            "3",
            "--json",
        ])
        .json();
    let groups = v["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 4);
    assert_eq!(groups[3]["user"], "(other)");
    assert_eq!(groups[0]["user"], "alice");
    let sum: i64 = groups.iter().map(|g| g["requests"].as_i64().unwrap()).sum();
    assert_eq!(sum, 34);
    let csv = env.run(&[
        "cost",
        "report",
        "--by",
        "agent",
        "--format",
        "csv",
        "--no-sync",
    ]);
    let lines: Vec<&str> = csv.stdout.lines().collect();
    assert!(
        lines[0].starts_with("agent,requests,input,output"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("main,34,171159,2010,169907,66844,0.72232925"),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("TOTAL,34,"));
    let table = env.run(&["cost", "report", "--by", "week", "--tz", "UTC", "--no-sync"]);
    table.ok();
    assert!(table.stdout.contains("2026-W47") && table.stdout.contains("TOTAL"));
    let jsonl = env.run(&["cost", "report", "--format", "jsonl", "--no-sync"]);
    assert_eq!(jsonl.stdout.lines().count(), 1);
}

#[test]
fn cost_top_finds_the_expensive_turn() {
    let env = Env::example();
    let v = env
        .run(&["cost", "top", "--top", "3", "--tz", "UTC", "--json"])
        .json();
    let first = &v["items"][0];
    assert_eq!(first["rank"], 1);
    assert_eq!(first["requests"], 3);
    assert_eq!(first["task_type"], "web_scraping");
    assert_eq!(first["session_key"], "agent:main:telegram:dm:111111111");
    assert_eq!(
        first["prompt"],
        "fresh start. when does node 24 become active LTS?"
    );
    assert!((first["cost_usd"].as_f64().unwrap() - 0.1447025).abs() < 1e-9);
    assert_eq!(first["first_at"], "2026-11-01T10:16:05+00:00");
    let v = env
        .run(&["cost", "top", "--what", "sessions", "--json", "--no-sync"])
        .json();
    assert_eq!(v["items"].as_array().unwrap().len(), 10);
    let group = &v["items"][0];
    assert_eq!(
        group["session_key"],
        "agent:main:telegram:group:-1001234567890"
    );
    assert_eq!(group["user_id"], "(several)");
    let v = env
        .run(&[
            "cost",
            "top",
            "--what",
            "calls",
            "--top",
            "1",
            "--json",
            "--no-sync",
        ])
        .json();
    assert!((v["items"][0]["cost_usd"].as_f64().unwrap() - 0.092).abs() < 1e-9);
}

#[test]
fn pricing_files_price_unknown_models_and_reprice_updates_estimates() {
    let env = Env::empty();
    generate::write_state(
        &env.state,
        &generate::Spec {
            sessions: 12,
            ..Default::default()
        },
    )
    .unwrap();
    let calls = ledger::calls(&env.state);
    let mystery: Vec<&Call> = calls.iter().filter(|c| c.model == "mystery-1").collect();
    assert!(!mystery.is_empty());
    let before = env.run(&["cost", "report", "--json"]).json();
    assert_eq!(before["total"]["unpriced_requests"], mystery.len());
    // A LiteLLM-format file knows the model: the report prices the earlier unpriced calls.
    let prices = env.path("prices.json");
    std::fs::write(&prices, r#"{"local/mystery-1": {"input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6, "litellm_provider": "local"}}"#).unwrap();
    let after = env
        .run(&[
            "cost",
            "report",
            "--json",
            "--pricing",
            prices.to_str().unwrap(),
        ])
        .json();
    assert_eq!(after["total"]["unpriced_requests"], 0);
    let extra: f64 = mystery
        .iter()
        .map(|c| (c.input + c.cache_read + c.cache_write) as f64 * 1e-6 + c.output as f64 * 2e-6)
        .sum();
    let diff = after["total"]["cost_usd"].as_f64().unwrap()
        - before["total"]["cost_usd"].as_f64().unwrap();
    assert!((diff - extra).abs() < 1e-9, "{diff} vs {extra}");
    // A price change: dry run shows it, the real run writes it; recorded costs stay.
    std::fs::write(&prices, r#"{"local/mystery-1": {"input": 2, "output": 4}}"#).unwrap();
    let dry = env
        .run(&[
            "cost",
            "reprice",
            "--dry-run",
            "--pricing",
            prices.to_str().unwrap(),
            "--json",
        ])
        .json();
    assert_eq!(dry["dry_run"], true);
    assert!(dry["rows_changed"].as_i64().unwrap() >= mystery.len() as i64);
    let same = env.run(&["cost", "report", "--json", "--no-sync"]).json();
    let (s, a) = (
        same["total"]["cost_usd"].as_f64().unwrap(),
        after["total"]["cost_usd"].as_f64().unwrap(),
    );
    assert!((s - a).abs() < 1e-9, "a dry run writes nothing");
    env.run(&[
        "cost",
        "reprice",
        "--pricing",
        prices.to_str().unwrap(),
        "-q",
    ])
    .ok();
    let now = env.run(&["cost", "report", "--json", "--no-sync"]).json();
    let diff =
        now["total"]["cost_usd"].as_f64().unwrap() - after["total"]["cost_usd"].as_f64().unwrap();
    assert!(
        (diff - extra).abs() < 1e-9,
        "prices doubled: {diff} vs {extra}"
    );
    let audit = rusqlite::Connection::open(env.state.join("clawctl/ops.db"))
        .unwrap()
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'cost.reprice'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap();
    assert_eq!(audit, 1);
}

#[test]
fn rows_the_bot_side_inserted_are_counted_and_keep_their_task_type() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let c = rusqlite::Connection::open(env.state.join("clawctl/ops.db")).unwrap();
    c.execute(
        "INSERT INTO cost_attribution (timestamp, session_id, task_type, model, input_tokens, output_tokens, cost, metadata) VALUES (1795000000000, 's', 'voice', 'tts-1', 0, 0, 0.5, '{}')",
        [],
    )
    .unwrap();
    let v = env
        .run(&[
            "cost",
            "report",
            "--by",
            "task_type",
            "--by",
            "day",
            "--tz",
            "UTC",
            "--json",
        ])
        .json();
    let voice = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["task_type"] == "voice")
        .unwrap();
    assert_eq!(
        (voice["requests"].as_i64(), voice["cost_usd"].as_f64()),
        (Some(1), Some(0.5))
    );
    assert!((v["total"]["cost_usd"].as_f64().unwrap() - 1.22232925).abs() < 1e-9);
    let v = env
        .run(&[
            "cost",
            "report",
            "--by",
            "day",
            "--tz",
            "UTC",
            "--json",
            "--no-sync",
        ])
        .json();
    assert!(
        (v["total"]["cost_usd"].as_f64().unwrap() - 1.22232925).abs() < 1e-9,
        "the rollup sees it too"
    );
    c.execute("DELETE FROM cost_attribution WHERE task_type = 'voice'", [])
        .unwrap();
    let v = env
        .run(&[
            "cost",
            "report",
            "--by",
            "day",
            "--tz",
            "UTC",
            "--json",
            "--no-sync",
        ])
        .json();
    assert!(
        (v["total"]["cost_usd"].as_f64().unwrap() - 0.72232925).abs() < 1e-9,
        "and its deletion"
    );
}

#[test]
fn bad_input_is_a_clear_error() {
    let env = Env::example();
    env.run(&["cost", "report", "--by", "colour"])
        .fails(2)
        .stderr_has("unknown --by key 'colour'")
        .stderr_has("hint: use one of: task_type");
    env.run(&[
        "cost",
        "report",
        "--since",
        "2026-11-20",
        "--until",
        "2026-11-01",
    ])
    .fails(2)
    .stderr_has("--since 2026-11-20 is not before --until 2026-11-01");
    env.run(&["cost", "report", "--since", "last tuesday"])
        .fails(2)
        .stderr_has("--since: invalid time 'last tuesday'");
    env.run(&["cost", "report", "--tz", "Mars/Olympus"])
        .fails(2)
        .stderr_has("unknown time zone 'Mars/Olympus'");
    env.run(&["cost", "top", "--until", "2026-13-45"])
        .fails(2)
        .stderr_has("--until: invalid time '2026-13-45'");
    let bad = env.path("bad.json");
    std::fs::write(&bad, "{\n  \"gpt-5\": {input: 1}\n}").unwrap();
    env.run(&["cost", "report", "--pricing", bad.to_str().unwrap()])
        .fails(1)
        .stderr_has("bad.json:2:")
        .stderr_has("not valid JSON");
    std::fs::write(&bad, r#"{"gpt-5": {"input_cost_per_token": -0.000001}}"#).unwrap();
    env.run(&["cost", "reprice", "--pricing", bad.to_str().unwrap()])
        .fails(1)
        .stderr_has("model 'gpt-5': negative input_cost_per_token price");
    assert!(
        !env.state.join("clawctl/ops.db").exists(),
        "bad input is refused before anything is written"
    );
}
