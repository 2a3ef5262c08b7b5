//! The cost-only sync that cost reports and budgets run: it writes cost rows and users only,
//! keeps its own cursors, and a full `sync` afterwards ends with the database a full sync alone
//! would have written.

mod common;
mod ledger;
mod sync_support;

use common::*;
use ledger::generate;
use rusqlite::Connection;
use serde_json::json;
use sync_support::*;

fn count(c: &Connection, table: &str) -> i64 {
    one(c, &format!("SELECT COUNT(*) FROM {table}"))
}

fn costs_cursors(c: &Connection) -> i64 {
    one(
        c,
        "SELECT COUNT(*) FROM sync_cursors WHERE kind = 'costs' AND source LIKE 'costs:%'",
    )
}

/// A cost report first, then a full sync, against a full sync alone; `bulk` sets the bulk-load
/// threshold of both (0: every first load is one).
fn cost_report_then_sync_matches_a_full_sync(bulk: &str) {
    let split = Env::example().env("CLAWCTL_BULK_LOAD_MIN_BYTES", bulk);
    let whole = Env::example().env("CLAWCTL_BULK_LOAD_MIN_BYTES", bulk);
    let report = split
        .run(&["cost", "report", "--by", "user", "--json"])
        .json();
    let c = db(&split);
    assert_eq!(
        (count(&c, "messages"), count(&c, "media_files")),
        (0, 0),
        "a cost report writes no messages"
    );
    let calls = count(&c, "cost_attribution");
    assert!(calls > 0 && count(&c, "users") > 0);
    assert_eq!(
        costs_cursors(&c),
        one::<i64>(&c, "SELECT COUNT(*) FROM sync_cursors WHERE kind = 'costs'")
    );
    assert!(costs_cursors(&c) > 0);

    let r = split.run(&["sync", "--json"]).json();
    assert_eq!(
        (&r["messages_added"], &r["calls_added"]),
        (&json!(70), &json!(0))
    );
    assert_eq!(
        r["bulk_load"],
        json!(bulk == "0"),
        "messages were still empty"
    );
    assert_eq!(costs_cursors(&c), 0, "full cursors replace the cost ones");
    whole.run(&["sync", "-q"]).ok();
    assert_eq!(contents(&split), contents(&whole));
    let again = whole
        .run(&["cost", "report", "--by", "user", "--json"])
        .json();
    assert_close(&report, &again);
}

#[test]
fn a_cost_report_then_a_sync_end_with_the_database_of_a_sync() {
    cost_report_then_sync_matches_a_full_sync("18446744073709551615");
}

#[test]
fn a_bulk_cost_load_then_a_bulk_message_load_end_with_the_database_of_a_sync() {
    cost_report_then_sync_matches_a_full_sync("0");
}

#[test]
fn cost_only_runs_are_incremental_and_a_full_run_reads_on_from_its_own_cursor() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let c = db(&env);
    let (messages, calls) = (count(&c, "messages"), count(&c, "cost_attribution"));
    append(&env, BOB_DM, bob_turn("c1", 40, 700).as_bytes());
    env.run(&["budget", "status", "--json"]).ok();
    assert_eq!(
        (count(&c, "messages"), count(&c, "cost_attribution")),
        (messages, calls + 1),
        "a budget command syncs the new call, not the message"
    );
    assert_eq!(costs_cursors(&c), 1, "only the file that grew");
    env.run(&["cost", "report", "--json"]).ok();
    assert_eq!(count(&c, "cost_attribution"), calls + 1, "nothing new");
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(
        (&r["messages_added"], &r["calls_added"], &r["files_read"]),
        (&json!(2), &json!(0), &json!(1))
    );
    assert_eq!(costs_cursors(&c), 0);
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(
        (&r["files_read"], &r["messages_added"]),
        (&json!(0), &json!(0))
    );
}

#[test]
fn a_file_renamed_between_cost_only_runs_keeps_both_cursors_right() {
    let env = Env::example();
    env.run(&["sync", "-q"]).ok();
    let to_rel = format!("{BOB_DM}.deleted.2026-11-22T00-00-00.000Z");
    std::fs::rename(env.state.join(BOB_DM), env.state.join(&to_rel)).unwrap();
    append(&env, &to_rel, bob_turn("c2", 41, 900).as_bytes());
    let c = db(&env);
    let calls = count(&c, "cost_attribution");
    env.run(&["cost", "report", "--json"]).ok();
    assert_eq!(
        count(&c, "cost_attribution"),
        calls + 1,
        "read on, not again"
    );
    let cursor = |source: &str| {
        one::<i64>(
            &c,
            &format!("SELECT COUNT(*) FROM sync_cursors WHERE source = '{source}'"),
        )
    };
    assert_eq!(
        (cursor(BOB_DM), cursor(&format!("costs:{to_rel}"))),
        (1, 1),
        "the full cursor waits for the full run"
    );
    let r = env.run(&["sync", "--json"]).json();
    assert_eq!(
        (&r["files_moved"], &r["messages_added"], &r["calls_added"]),
        (&json!(1), &json!(2), &json!(0))
    );
    assert_eq!(
        (cursor(BOB_DM), cursor(&to_rel), costs_cursors(&c)),
        (0, 1, 0)
    );
}

/// Two empty state dirs: the first sync of one is always a bulk load, of the other never.
fn bulk_and_rows() -> (Env, Env) {
    (
        Env::empty().env("CLAWCTL_BULK_LOAD_MIN_BYTES", "0"),
        Env::empty().env("CLAWCTL_BULK_LOAD_MIN_BYTES", "18446744073709551615"),
    )
}

#[test]
fn generated_calls_load_in_bulk_cost_first_into_the_rollups_the_triggers_keep() {
    // Unknown models (unpriced), several agents, people and days: the rollups rebuilt after a
    // bulk cost-only load against those the triggers kept row by row.
    let (bulk, rows) = bulk_and_rows();
    for env in [&bulk, &rows] {
        generate::write_state(&env.state, &generate::Spec::default()).unwrap();
    }
    let by = ["cost", "report", "--by", "day", "--by", "agent", "--json"];
    let a = bulk.run(&by).json();
    assert!(a["total"]["unpriced_requests"].as_i64().unwrap() > 0);
    rows.run(&["sync", "-q"]).ok();
    assert_close(&a, &rows.run(&by).json());
    bulk.run(&["sync", "-q"]).ok();
    assert_eq!(contents(&bulk), contents(&rows));
}

/// The first transcript the generator wrote (by name), relative to the state dir.
fn first_transcript(env: &Env) -> String {
    let dir = env.state.join("agents/main/sessions");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".jsonl"))
        .collect();
    names.sort();
    format!("agents/main/sessions/{}", names[0])
}

/// The first sync of `bulk` loads in bulk, that of `rows` row by row: a cost report after it,
/// and the whole database after a full sync, agree.
fn assert_bulk_matches_rows(bulk: &Env, rows: &Env) {
    let by = [
        "cost",
        "report",
        "--by",
        "day",
        "--by",
        "task_type",
        "--tz",
        "UTC",
        "--json",
    ];
    let a = bulk.run(&by).json();
    rows.run(&["sync", "-q"]).ok();
    assert_close(&a, &rows.run(&by).json());
    bulk.run(&["sync", "-q"]).ok();
    assert_eq!(contents(bulk), contents(rows));
}

#[test]
fn a_turn_retyped_during_a_bulk_load_leaves_no_empty_rollup_rows() {
    retyped_during_a_bulk_load(600);
}

#[test]
fn a_turn_too_long_to_track_by_call_is_retyped_whole_during_a_bulk_load() {
    // 9,000 calls: written in several batches before the web search, past the turn's tracking.
    retyped_during_a_bulk_load(9_000);
}

/// One transcript: a turn of 7,600 calls on 1 January, then one of `calls` + 1 on 2 January
/// whose first calls go out in the first write batch (8,000 rows) as `chat`, before a web
/// search makes the whole turn `web_scraping`: 2 January's `chat` row must go.
fn retyped_during_a_bulk_load(calls: usize) {
    let (bulk, rows) = bulk_and_rows();
    let call = |id: String, day: u32, content: serde_json::Value| {
        json!({"type": "message", "id": id, "timestamp": format!("2030-01-{day:02}T03:04:05.000Z"),
            "message": {"role": "assistant", "content": content, "provider": "openai", "model": "gpt-5-mini",
                "usage": {"input": 10, "output": 1, "cacheRead": 0, "cacheWrite": 0, "cost": {"total": 0.0001}}, "stopReason": "toolUse"}})
        .to_string()
            + "\n"
    };
    let user = |id: &str, day: u32| {
        json!({"type": "message", "id": id, "timestamp": format!("2030-01-{day:02}T03:04:00.000Z"),
            "message": {"role": "user", "content": "dig through all of it"}})
        .to_string()
            + "\n"
    };
    let text = || json!([{"type": "text", "text": "still thinking"}]);
    let mut turns = user("q1", 1);
    for n in 0..7_600 {
        turns += &call(format!("a{n}"), 1, text());
    }
    turns += &user("q2", 2);
    for n in 0..calls {
        turns += &call(format!("b{n}"), 2, text());
    }
    turns += &call(
        format!("b{calls}"),
        2,
        json!([{"type": "toolCall", "id": "t", "name": "web_search", "arguments": {}}]),
    );
    let spec = generate::Spec {
        sessions: 1,
        turns: 1,
        ..generate::Spec::default()
    };
    for env in [&bulk, &rows] {
        generate::write_state(&env.state, &spec).unwrap();
        append(env, &first_transcript(env), turns.as_bytes());
    }
    assert_bulk_matches_rows(&bulk, &rows);
    let (chat, web): (i64, i64) = db(&bulk)
        .query_row(
            "SELECT COUNT(*) FILTER (WHERE task_type = 'chat'), SUM(requests) FILTER (WHERE task_type = 'web_scraping') FROM cost_rollup_day WHERE day = 21916",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (chat, web),
        (0, calls as i64 + 1),
        "no empty row for the calls retyped away"
    );
}

#[test]
fn a_bulk_load_counts_a_call_in_a_leftover_copy_once() {
    // A `.reset` copy holds the same entries as its transcript: the same call keys, inserted
    // once, so the rollups cannot be summed from what the load meant to insert.
    let (bulk, rows) = bulk_and_rows();
    for env in [&bulk, &rows] {
        generate::write_state(&env.state, &generate::Spec::default()).unwrap();
        let t = env.state.join(first_transcript(env));
        let copy = format!("{}.reset.2030-01-01T00-00-00.000Z", t.display());
        std::fs::copy(&t, copy).unwrap();
    }
    assert_bulk_matches_rows(&bulk, &rows);
}
