//! `clawctl sync`: what lands in the ops database, idempotency, and every way a transcript
//! changes between runs (append, torn tail, truncation, replacement, rename, garbage).

mod common;
mod ledger;
mod sync_support;

use common::*;
use rusqlite::Connection;
use serde_json::{json, Value};
use sync_support::*;

#[test]
fn first_sync_ingests_every_file_and_a_second_adds_nothing() {
    let env = Env::example();
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(r["files"], 11);
    assert_eq!(r["files_read"], 11);
    assert_eq!(r["messages_added"], 70);
    assert_eq!(r["calls_added"], 34);
    assert_eq!(r["media_added"], 8);
    assert_eq!(r["malformed_lines"], 0);
    assert_eq!(r["torn_tails"], 0);
    let again = env.run(&["sync", "--json"]).json();
    assert_eq!(again["files_unchanged"], 11);
    assert_eq!(again["files_read"], 0);
    for k in ["messages_added", "calls_added", "media_added", "bytes_read"] {
        assert_eq!(again[k], 0, "{k}");
    }
    let c = db(&env);
    assert_eq!(one::<i64>(&c, "SELECT COUNT(*) FROM messages"), 70);
    assert_eq!(one::<i64>(&c, "SELECT COUNT(*) FROM cost_attribution"), 34);
}

#[test]
fn rows_carry_people_channels_and_task_types() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let c = db(&env);
    // Shared main session: each call belongs to the person it answers.
    let main: Vec<(String, String)> = c
        .prepare("SELECT user_id, channel FROM cost_attribution WHERE session_key = 'agent:main:main' ORDER BY timestamp")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let who: Vec<&str> = main.iter().map(|(u, _)| u.as_str()).collect();
    assert_eq!(
        who,
        [
            "telegram:111111111",
            "+15551234567",
            "+15551234567",
            "telegram:111111111",
            "+15551234567",
            "+15551234567"
        ]
    );
    assert_eq!(main[1].1, "signal");
    // The group: Bob's and Alice's turns, each with their own id.
    let group: Vec<String> = c
        .prepare("SELECT user_id FROM messages WHERE session_key = 'agent:main:telegram:group:-1001234567890' AND role = 'user' ORDER BY source_line")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        group,
        [
            "telegram:333333333",
            "telegram:111111111",
            "telegram:333333333",
            "telegram:111111111",
            "telegram:333333333"
        ]
    );
    // Task types follow the tools of the turn; cron sessions (also the orphan run) are cron.
    let types: Vec<(String, i64)> = c
        .prepare("SELECT task_type, COUNT(*) FROM cost_attribution GROUP BY task_type ORDER BY task_type")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        types,
        [
            ("chat".into(), 24),
            ("cron".into(), 3),
            ("file_analysis".into(), 2),
            ("shell".into(), 2),
            ("web_scraping".into(), 3)
        ]
    );
    let orphan: String = one(&c, "SELECT session_key FROM cost_attribution WHERE session_id = '7a8d9ccd-7582-429f-bac5-26d3d4381551'");
    assert_eq!(orphan, "cron:nightly-digest");
    // Leftovers keep the ids of their session; the deleted one is Bob's.
    let deleted: String = one(&c, "SELECT DISTINCT user_id FROM cost_attribution WHERE session_id = '5e571eaa-66c1-44e7-8859-90d2e844c762'");
    assert_eq!(deleted, "telegram:333333333");
    // The mirror and the injected note are messages but not calls.
    assert_eq!(
        one::<i64>(
            &c,
            "SELECT COUNT(*) FROM messages WHERE entry_id IN ('0346ce06', '944782d7')"
        ),
        2
    );
    assert_eq!(one::<i64>(&c, "SELECT COUNT(*) FROM cost_attribution WHERE call_key LIKE '%:0346ce06' OR call_key LIKE '%:944782d7'"), 0);
    // The gpt-5-mini reply without a cost is estimated from the config price.
    let (cost, source): (f64, String) = c
        .query_row("SELECT cost, cost_source FROM cost_attribution WHERE call_key = '8c3f846c-c6a9-42d3-83f8-4c485e5c4176:bda03923'", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert!((cost - 0.00333275).abs() < 1e-12);
    assert_eq!(source, "estimated");
    // People: linked ids share a canonical name; labels come from the store or envelopes.
    let users: Vec<(String, Option<String>, String, String)> = c
        .prepare("SELECT user_id, canonical_id, channel, display_name FROM users ORDER BY user_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(users.len(), 5);
    assert_eq!(
        users[0],
        ("+15551234567".into(), None, "signal".into(), "Dave".into())
    );
    assert_eq!(
        users[1],
        (
            "+8613800138000".into(),
            None,
            "whatsapp".into(),
            "Carol".into()
        )
    );
    assert_eq!(users[2].1.as_deref(), Some("alice"));
    assert_eq!(users[3].1.as_deref(), Some("alice"));
    let first: i64 = one(
        &c,
        "SELECT first_seen FROM users WHERE user_id = 'telegram:111111111'",
    );
    assert_eq!(first, 1_784_829_731_006); // 2026-07-23T18:02:11.006Z, in the shared main session
}

#[test]
fn media_paths_map_onto_the_state_dir_with_size_and_hash() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let c = db(&env);
    let rows: Vec<(String, String, Option<i64>, Option<String>)> = c
        .prepare("SELECT file_path, user_id, size_bytes, sha256 FROM media_files ORDER BY file_path, user_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 8);
    for (path, _, size, sha) in &rows {
        assert!(path.starts_with("media/inbound/"), "{path}");
        let real = env.state.join(path);
        if real.exists() {
            let bytes = std::fs::read(&real).unwrap();
            assert_eq!(*size, Some(bytes.len() as i64));
            use sha2::Digest;
            assert_eq!(
                sha.as_deref(),
                Some(hex::encode(sha2::Sha256::digest(&bytes)).as_str())
            );
        } else {
            assert!(path.contains("receipt"), "only the receipt is missing");
            assert_eq!((size, sha), (&None, &None));
        }
    }
    let grafana: Vec<&str> = rows
        .iter()
        .filter(|r| r.0.contains("grafana"))
        .map(|r| r.1.as_str())
        .collect();
    assert_eq!(grafana, ["telegram:111111111", "telegram:333333333"]);
    let url: String = one(
        &c,
        "SELECT url FROM media_files WHERE file_path LIKE '%invoice%'",
    );
    assert!(url.starts_with("https://cdn.discordapp.com/"));
}

#[test]
fn appended_lines_are_read_incrementally() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let turn = bob_turn("1", 0, 1000);
    append(&env, BOB_DM, turn.as_bytes());
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(r["files_read"], 1);
    assert_eq!(r["files_unchanged"], 10);
    assert_eq!(r["bytes_read"], turn.len());
    assert_eq!(r["lines_read"], 2);
    assert_eq!(r["messages_added"], 2);
    assert_eq!(r["calls_added"], 1);
    let user: String = one(
        &db(&env),
        "SELECT user_id FROM cost_attribution WHERE call_key LIKE '%:a1'",
    );
    assert_eq!(user, "telegram:333333333");
}

#[test]
fn a_torn_last_line_waits_for_the_next_run() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let turn = bob_turn("2", 5, 2000);
    let cut = turn.len() - 40;
    append(&env, BOB_DM, &turn.as_bytes()[..cut]);
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(
        (
            r["torn_tails"].as_i64(),
            r["calls_added"].as_i64(),
            r["messages_added"].as_i64()
        ),
        (Some(1), Some(0), Some(1))
    );
    assert_eq!(r["malformed_lines"], 0);
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(
        r["files_read"], 0,
        "nothing changed: the torn line is not re-read"
    );
    append(&env, BOB_DM, &turn.as_bytes()[cut..]);
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(
        (r["torn_tails"].as_i64(), r["calls_added"].as_i64()),
        (Some(0), Some(1))
    );
    assert_eq!(
        one::<i64>(&db(&env), "SELECT COUNT(*) FROM cost_attribution"),
        35
    );
}

#[test]
fn truncated_and_replaced_files_are_read_again_without_duplicates() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let path = env.state.join(BOB_DM);
    let original = std::fs::read_to_string(&path).unwrap();
    // Truncation: the first 5 lines only.
    let head: String = original.split_inclusive('\n').take(5).collect();
    std::fs::write(&path, &head).unwrap();
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(
        (r["files_restarted"].as_i64(), r["messages_added"].as_i64()),
        (Some(1), Some(0))
    );
    // Replacement with different content (a new session written over the name).
    let replaced = original
        .replace("\"id\":\"46635a99\"", "\"id\":\"46635a9x\"")
        .replace(
            "2026-10-18T11:30:00.000Z\",\"cwd",
            "2026-10-18T11:30:00.001Z\",\"cwd",
        );
    std::fs::write(&path, &replaced).unwrap();
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(r["files_restarted"], 1);
    assert_eq!(
        r["messages_added"], 1,
        "only the entry with a new id is new"
    );
    assert_eq!(r["calls_added"], 0);
    assert_eq!(
        one::<i64>(&db(&env), "SELECT COUNT(*) FROM cost_attribution"),
        34
    );
}

#[test]
fn a_session_renamed_to_deleted_keeps_its_cursor() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let from = env.state.join(BOB_DM);
    let to_rel = format!("{BOB_DM}.deleted.2026-11-22T00-00-00.000Z");
    std::fs::rename(&from, env.state.join(&to_rel)).unwrap();
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(r["files_moved"], 1);
    assert_eq!(r["bytes_read"], 0);
    assert_eq!(r["messages_added"], 0);
    let c = db(&env);
    assert_eq!(
        one::<i64>(
            &c,
            &format!("SELECT COUNT(*) FROM sync_cursors WHERE source = '{BOB_DM}'")
        ),
        0
    );
    assert_eq!(
        one::<i64>(
            &c,
            &format!("SELECT COUNT(*) FROM sync_cursors WHERE source = '{to_rel}'")
        ),
        1
    );
    // It goes on from where it was: an append after the rename is read alone.
    let turn = bob_turn("3", 9, 10);
    append(&env, &to_rel, turn.as_bytes());
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(
        (r["bytes_read"].as_u64(), r["calls_added"].as_i64()),
        (Some(turn.len() as u64), Some(1))
    );
}

#[test]
fn malformed_and_binary_lines_are_counted_with_file_and_line() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let lines_before = std::fs::read_to_string(env.state.join(BOB_DM))
        .unwrap()
        .lines()
        .count();
    append(&env, BOB_DM, b"{\"type\":\"message\",\"id\":\"broken\n");
    append(&env, BOB_DM, b"\x00\xff\xfe\x9c binary garbage\n");
    append(&env, BOB_DM, bob_turn("4", 20, 100).as_bytes());
    let out = env.run(&["sync", "--json"]);
    let r = out.json();
    assert_eq!(r["malformed_lines"], 2);
    assert_eq!(
        r["calls_added"], 1,
        "good lines after the garbage are still read"
    );
    let problems: Vec<&str> = r["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert!(
        problems[0].contains(&format!(
            "8c3f846c-c6a9-42d3-83f8-4c485e5c4176.jsonl:{}: malformed JSON",
            lines_before + 1
        )),
        "{problems:?}"
    );
    assert!(
        problems[1].contains(&format!(".jsonl:{}: not UTF-8", lines_before + 2)),
        "{problems:?}"
    );
    out.stderr_has("warning: skipped 2 malformed transcript line(s)")
        .stderr_has(&format!(".jsonl:{}", lines_before + 1));
}

#[test]
fn a_turn_is_retyped_when_a_later_run_sees_its_tool_calls() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let call = |id: &str, parent: &str, content: Value, stop: &str| {
        json!({"type": "message", "id": id, "parentId": parent, "timestamp": "2026-11-21T11:00:00.000Z",
            "message": {"role": "assistant", "content": content, "provider": "openai", "model": "gpt-5-mini",
                "usage": {"input": 10, "output": 1, "cacheRead": 0, "cacheWrite": 0, "cost": {"total": 0.0001}}, "stopReason": stop}})
        .to_string() + "\n"
    };
    let user = json!({"type": "message", "id": "q1", "parentId": "d4ae6af5", "timestamp": "2026-11-21T10:59:00.000Z",
        "message": {"role": "user", "content": "[Telegram Bob (@bob_ops) id:333333333 2026-11-21 10:59 UTC] look it up"}}).to_string() + "\n";
    append(&env, BOB_DM, user.as_bytes());
    append(
        &env,
        BOB_DM,
        call(
            "c1",
            "q1",
            json!([{"type": "text", "text": "thinking"}]),
            "toolUse",
        )
        .as_bytes(),
    );
    env.run(&["sync", "-q"]).ok();
    let ty = |env: &Env| -> String {
        one(
            &db(env),
            "SELECT task_type FROM cost_attribution WHERE call_key LIKE '%:c1'",
        )
    };
    assert_eq!(ty(&env), "chat");
    append(
        &env,
        BOB_DM,
        call(
            "c2",
            "c1",
            json!([{"type": "toolCall", "id": "t", "name": "web_search", "arguments": {}}]),
            "toolUse",
        )
        .as_bytes(),
    );
    append(
        &env,
        BOB_DM,
        call(
            "c3",
            "c2",
            json!([{"type": "text", "text": "found it"}]),
            "stop",
        )
        .as_bytes(),
    );
    env.run(&["sync", "-q"]).ok();
    assert_eq!(
        ty(&env),
        "web_scraping",
        "the earlier call of the turn is retyped"
    );
    let turn: i64 = one(&db(&env), "SELECT COUNT(*) FROM cost_attribution WHERE turn_key LIKE '%:q1' AND task_type = 'web_scraping'");
    assert_eq!(turn, 3);
}

#[test]
fn a_turn_of_more_calls_than_are_tracked_is_retyped_whole() {
    // 1,200 calls written as `chat` in one run; a web search in the next makes the whole turn
    // `web_scraping`, its first calls too (the turn no longer keeps their keys by then).
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let call = |id: String, content: Value| {
        json!({"type": "message", "id": id, "timestamp": "2026-11-21T11:00:00.000Z",
            "message": {"role": "assistant", "content": content, "provider": "openai", "model": "gpt-5-mini",
                "usage": {"input": 10, "output": 1, "cacheRead": 0, "cacheWrite": 0, "cost": {"total": 0.0001}}, "stopReason": "toolUse"}})
        .to_string() + "\n"
    };
    let mut lines = json!({"type": "message", "id": "long", "timestamp": "2026-11-21T10:59:00.000Z",
        "message": {"role": "user", "content": "[Telegram Bob (@bob_ops) id:333333333 2026-11-21 10:59 UTC] dig"}}).to_string() + "\n";
    for n in 0..1_200 {
        lines += &call(
            format!("k{n}"),
            json!([{"type": "text", "text": "thinking"}]),
        );
    }
    append(&env, BOB_DM, lines.as_bytes());
    env.run(&["sync", "-q"]).ok();
    let typed = |env: &Env, ty: &str| -> i64 {
        one(
            &db(env),
            &format!("SELECT COUNT(*) FROM cost_attribution WHERE turn_key LIKE '%:long' AND task_type = '{ty}'"),
        )
    };
    assert_eq!(typed(&env, "chat"), 1_200);
    let search = json!([{"type": "toolCall", "id": "t", "name": "web_search", "arguments": {}}]);
    append(&env, BOB_DM, call("k-search".into(), search).as_bytes());
    env.run(&["sync", "-q"]).ok();
    assert_eq!(typed(&env, "chat"), 0);
    assert_eq!(typed(&env, "web_scraping"), 1_201);
    let by_task = env
        .run(&["cost", "report", "--by", "task_type", "--no-sync", "--json"])
        .ok()
        .json();
    let web = &by_task["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["task_type"] == "web_scraping")
        .unwrap()["requests"];
    let rows: i64 = one(
        &db(&env),
        "SELECT COUNT(*) FROM cost_attribution WHERE task_type = 'web_scraping'",
    );
    assert!(rows > 1_201);
    assert_eq!(
        web.as_i64(),
        Some(rows),
        "the report counts the retyped calls"
    );
}

#[test]
fn task_types_are_configurable() {
    let env = Env::example();
    std::fs::create_dir_all(env.state.join("clawctl")).unwrap();
    std::fs::write(
        env.state.join("clawctl/config.toml"),
        "[cost.task_types]\nchat = \"conversation\"\n[cost.task_types.tools]\nexec = \"ops\"\n",
    )
    .unwrap();
    env.run(&["sync", "-q"]).ok();
    let c = db(&env);
    assert_eq!(
        one::<i64>(
            &c,
            "SELECT COUNT(*) FROM cost_attribution WHERE task_type = 'conversation'"
        ),
        24
    );
    assert_eq!(
        one::<i64>(
            &c,
            "SELECT COUNT(*) FROM cost_attribution WHERE task_type = 'ops'"
        ),
        2
    );
    std::fs::write(
        env.state.join("clawctl/config.toml"),
        "[cost.task_types]\nchat = 3\n",
    )
    .unwrap();
    env.run(&["sync"]).fails(1).stderr_has("config.toml:2:");
}

#[test]
fn the_real_bot_fixture_and_the_sqlite_layout() {
    let env = Env::with_state(&shared_fixture("clawdbot-2026.1.24/.clawdbot"));
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(
        (r["files"].as_i64(), r["calls_added"].as_i64()),
        (Some(2), Some(4))
    );
    let c = db(&env);
    let explicit: Option<String> = one(
        &c,
        "SELECT session_key FROM cost_attribution WHERE session_id = 'ops-review-1'",
    );
    assert_eq!(
        explicit, None,
        "an explicit session file the store does not list is ingested too"
    );
    let calls = ledger::calls(&env.state);
    let recorded: f64 = calls.iter().filter_map(|c| c.recorded).sum();
    let ours: f64 = one(&c, "SELECT SUM(cost) FROM cost_attribution");
    assert!((ours - recorded).abs() < 1e-9);
}

#[test]
fn the_sqlite_layout_is_read_from_the_bot_database() {
    let env = Env::with_state(&shared_fixture("openclaw-2026.9.6/.openclaw"));
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(
        (r["files"].as_i64(), r["calls_added"].as_i64()),
        (Some(2), Some(3))
    );
    // Independently: the real calls among the event rows.
    let bot = Connection::open(env.state.join("agents/main/agent/openclaw-agent.sqlite")).unwrap();
    let mut stmt = bot
        .prepare("SELECT event_json FROM transcript_events")
        .unwrap();
    let (mut calls, mut input, mut cost) = (0i64, 0i64, 0f64);
    for json in stmt.query_map([], |r| r.get::<_, String>(0)).unwrap() {
        let v: Value = serde_json::from_str(&json.unwrap()).unwrap();
        let m = &v["message"];
        if v["type"] == "message"
            && m["role"] == "assistant"
            && m["usage"].is_object()
            && m["model"] != "delivery-mirror"
            && m["stopReason"] != "injected"
        {
            calls += 1;
            input += m["usage"]["input"].as_i64().unwrap_or(0);
            cost += m["usage"]["cost"]["total"].as_f64().unwrap_or(0.0);
        }
    }
    let v = env
        .run(&["cost", "report", "--by", "session", "--json", "--no-sync"])
        .json();
    assert_eq!(v["total"]["requests"], calls);
    assert_eq!(v["total"]["input_tokens"], input);
    assert!((v["total"]["cost_usd"].as_f64().unwrap() - cost).abs() < 1e-9);
    let main = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["session"] == "967e3742-3a54-4464-9b51-410b26b3583f")
        .unwrap();
    assert_eq!(main["session_key"], "agent:main:main");
    let again = env.run(&["sync", "--json"]).json();
    assert_eq!(
        (
            again["files_unchanged"].as_i64(),
            again["calls_added"].as_i64()
        ),
        (Some(2), Some(0))
    );
}

#[test]
fn sync_imports_the_bots_commands_log_into_the_audit_trail_once() {
    let env = Env::example();
    let lines = std::fs::read_to_string(env.state.join("logs/commands.log")).unwrap();
    let expected = lines.lines().filter(|l| !l.trim().is_empty()).count() as u64;
    let v = env.run(&["sync", "--json"]).json();
    assert_eq!(v["commands_imported"].as_u64(), Some(expected));
    let v = env.run(&["sync", "--json"]).json();
    assert_eq!(v["commands_imported"], 0, "idempotent");
    let events = env
        .run(&["audit", "query", "--json", "--limit", "100"])
        .json();
    let from_users = events
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["actor"].as_str().is_some_and(|a| a.starts_with("user:")))
        .count() as u64;
    assert_eq!(from_users, expected);
    env.run(&["audit", "verify"]).ok();
}

#[test]
fn a_bulk_first_sync_ends_with_the_same_database_as_a_row_by_row_one() {
    let bulk = Env::example().env("CLAWCTL_BULK_LOAD_MIN_BYTES", "0");
    let rows = Env::example().env("CLAWCTL_BULK_LOAD_MIN_BYTES", "18446744073709551615");
    let a = bulk.run(&["sync", "--json"]).json();
    let b = rows.run(&["sync", "--json"]).json();
    assert_eq!(a["messages_added"], 70);
    assert_eq!(
        (&a["bulk_load"], &b["bulk_load"]),
        (&json!(true), &json!(false))
    );
    assert_eq!(
        (
            a["messages_added"].clone(),
            a["calls_added"].clone(),
            a["media_added"].clone()
        ),
        (
            b["messages_added"].clone(),
            b["calls_added"].clone(),
            b["media_added"].clone()
        )
    );
    let (ca, cb) = (contents(&bulk), contents(&rows));
    assert!(
        ca.iter().any(|l| l.contains("messages_user")),
        "indexes are back"
    );
    assert!(
        ca.iter().any(|l| l.contains("cost_rollup_day_insert")),
        "triggers are back"
    );
    assert_eq!(ca, cb);
    let report = |env: &Env| {
        env.run(&[
            "cost", "report", "--by", "day", "--by", "user", "--tz", "UTC", "--json",
        ])
        .json()
    };
    assert_close(&report(&bulk), &report(&rows));
    // The second run appends row by row, with the triggers in place.
    append(&bulk, BOB_DM, bob_turn("b1", 30, 500).as_bytes());
    append(&rows, BOB_DM, bob_turn("b1", 30, 500).as_bytes());
    let again = bulk.run(&["sync", "--json"]).json();
    assert_eq!(
        (&again["calls_added"], &again["bulk_load"]),
        (&json!(1), &json!(false))
    );
    rows.run(&["sync", "-q"]).ok();
    assert_eq!(contents(&bulk), contents(&rows));
}

#[test]
fn a_bulk_load_cut_short_is_finished_by_the_next_command_that_opens_the_database() {
    let env = Env::example();
    let path = env.state.join("clawctl/ops.db");
    let open = || clawctl::store::Store::open(path.to_str().unwrap()).unwrap();
    let objects =
        "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('messages_user', 'cost_rollup_insert')";
    let deferred =
        |c: &Connection| one::<i64>(c, "SELECT COUNT(*) FROM meta WHERE key LIKE 'bulk_load%'");
    // A sync mid-load: indexes and triggers dropped, the marker written, and a row the bot side
    // inserted meanwhile (no trigger counted it).
    let mut store = open();
    let loading = clawctl::store::bulk::begin(&mut store).unwrap();
    assert!(loading.is_some());
    assert!(
        clawctl::store::bulk::begin(&mut store).unwrap().is_none(),
        "already begun"
    );
    drop(store);
    let c = db(&env);
    assert_eq!(one::<i64>(&c, objects), 0);
    c.execute(
        "INSERT INTO cost_attribution (timestamp, agent_id, model, input_tokens, output_tokens, cost, call_key) VALUES (1764000000000, 'main', 'm', 7, 3, 0.25, 'bot-side:1')",
        [],
    )
    .unwrap();
    drop(c);
    // While the loader lives, other commands leave its load alone.
    env.run(&["cost", "report", "--no-sync", "-q"]).ok();
    assert_eq!(
        deferred(&db(&env)),
        1,
        "a live load is the loader's to finish"
    );
    // The loader is killed (its lock goes with it): the next command finishes the load.
    drop(loading);
    env.run(&["cost", "report", "--no-sync", "-q"]).ok();
    let c = db(&env);
    assert_eq!(one::<i64>(&c, objects), 2);
    assert_eq!(deferred(&c), 0);
    assert_eq!(
        one::<f64>(&c, "SELECT SUM(cost) FROM cost_rollup"),
        0.25,
        "the rebuilt rollup counts the row no trigger saw"
    );
    // And a sync on top of it counts everything once.
    env.run(&["sync", "-q"]).ok();
    let c = db(&env);
    assert_eq!(one::<i64>(&c, "SELECT SUM(requests) FROM cost_rollup"), 35);
    assert!(
        clawctl::store::bulk::begin(&mut open()).unwrap().is_none(),
        "never on a database that holds rows"
    );
}
