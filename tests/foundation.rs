//! The foundation: finding the state dir, `status`, output and error conventions.

mod common;
use common::*;

#[test]
fn status_reports_the_example_state_dir_field_by_field() {
    let env = Env::example();
    let v = env.run(&["status", "--json"]).json();
    assert_eq!(v["layout"], "file");
    assert_eq!(v["layout_supported"], true);
    assert_eq!(v["bot_version"], "2026.1.24-3");
    assert!(v["config"]["path"]
        .as_str()
        .unwrap()
        .ends_with("clawdbot.json"));
    assert_eq!(v["config"]["gateway_port"], 18789);
    let agents = v["agents"].as_array().unwrap();
    assert_eq!(agents.len(), 1);
    assert_eq!(agents[0]["id"], "main");
    assert_eq!(agents[0]["sessions"], 8);
    assert_eq!(agents[0]["transcripts"], 9);
    assert_eq!(agents[0]["leftovers"], 2);
    assert_eq!(v["totals"]["media_files"], 6);
    assert!(v["totals"]["transcript_bytes"].as_u64().unwrap() > 10_000);
    assert_eq!(
        v["ops_db"]["exists"], false,
        "status must not create the ops database"
    );
    assert!(!env.state.join("clawctl/ops.db").exists());
}

#[test]
fn status_reads_the_real_bot_fixture() {
    let env = Env::with_state(&shared_fixture("clawdbot-2026.1.24/.clawdbot"));
    let v = env.run(&["status", "--json"]).json();
    assert_eq!(v["agents"][0]["sessions"], 1);
    assert_eq!(v["agents"][0]["transcripts"], 2);
    assert_eq!(v["config"]["gateway_port"], 18790);
}

#[test]
fn status_detects_the_sqlite_layout() {
    let env = Env::with_state(&shared_fixture("openclaw-2026.9.6/.openclaw"));
    let v = env.run(&["status", "--json"]).json();
    assert_eq!(v["layout"], "sqlite");
    assert_eq!(v["layout_supported"], true);
    assert_eq!(v["layout_access"], "read-only");
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    let env = Env::example();
    let a = env.run(&["status", "--json"]).json();
    let b = run(env
        .bare()
        .args(["--json", "--state-dir"])
        .arg(&env.state)
        .arg("status"))
    .json();
    assert_eq!(a, b);
}

#[test]
fn state_dir_is_found_like_the_bot_finds_it() {
    let env = Env::example();
    std::fs::rename(&env.state, env.path(".clawdbot")).unwrap();
    let v = run(env.bare().args(["status", "--json"])).json();
    assert_eq!(v["state_dir_source"], "default search");
    assert!(v["state_dir"].as_str().unwrap().ends_with(".clawdbot"));
    let v = run(env
        .bare()
        .args(["status", "--json"])
        .env("OPENCLAW_STATE_DIR", env.path(".clawdbot")))
    .json();
    assert_eq!(v["state_dir_source"], "OPENCLAW_STATE_DIR");
}

#[test]
fn a_missing_state_dir_is_a_clear_error() {
    let env = Env::empty();
    let r = run(env
        .bare()
        .args(["status", "--state-dir", "/nonexistent/clawd"]));
    r.fails(1)
        .stderr_has("state directory /nonexistent/clawd does not exist");
    let r = run(env.bare().args(["status"]));
    r.fails(1).stderr_has(".openclaw does not exist");
}

#[test]
fn malformed_json5_names_file_and_line() {
    let env = Env::example();
    let cfg = env.state.join("clawdbot.json");
    std::fs::write(&cfg, "{\n  gateway: { port: 18789 },\n  models: [1, 2\n}\n").unwrap();
    let before = snapshot(&env.state);
    env.run(&["status"])
        .fails(1)
        .stderr_has("clawdbot.json:4:1: malformed JSON5");
    assert_eq!(before, snapshot(&env.state), "nothing may be modified");
}

#[test]
fn an_unreadable_config_is_a_clear_error() {
    let env = Env::example();
    let r = env.run(&[
        "status",
        "--config",
        env.path("nope.json").to_str().unwrap(),
    ]);
    r.fails(1).stderr_has("nope.json does not exist");
    std::fs::remove_file(env.state.join("clawdbot.json")).unwrap();
    std::fs::create_dir(env.state.join("openclaw.json")).unwrap();
    // A directory where the config should be: found by name, unreadable as a file.
    std::fs::write(env.state.join("clawdbot.json"), [0xff, 0xfe, 0x00]).unwrap();
    env.run(&["status"]).fails(1).stderr_has("not valid UTF-8");
}

#[test]
fn a_db_that_is_not_sqlite_is_refused_untouched() {
    let env = Env::example();
    let db = env.path("notes.txt");
    std::fs::write(&db, "these are my notes, not a database\n").unwrap();
    env.run(&["status", "--db", db.to_str().unwrap()])
        .fails(1)
        .stderr_has("is not a SQLite database");
    assert_eq!(
        std::fs::read_to_string(&db).unwrap(),
        "these are my notes, not a database\n"
    );
}

#[test]
fn a_db_from_a_newer_schema_is_refused_untouched() {
    let env = Env::example();
    let db = env.path("ops.db");
    env.run(&["db", "migrate", "--db", db.to_str().unwrap()]);
    let conn = rusqlite_open(&db);
    conn.execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)",
        [],
    )
    .unwrap();
    drop(conn);
    let before = std::fs::read(&db).unwrap();
    env.run(&["status", "--db", db.to_str().unwrap()])
        .fails(1)
        .stderr_has("schema version 999, newer than this clawctl");
    assert_eq!(before, std::fs::read(&db).unwrap());
}

fn rusqlite_open(path: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}

#[test]
fn the_ops_db_is_private_and_in_wal_mode() {
    let env = Env::example();
    env.run(&["db", "migrate"]).ok();
    let dir = env.state.join("clawctl");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
    assert_eq!(
        std::fs::metadata(dir.join("ops.db"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    let conn = rusqlite_open(&dir.join("ops.db"));
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    // The article's contract: a row with only the article's columns is valid.
    conn.execute(
        "INSERT INTO messages (timestamp, starred, archived) VALUES (1, 0, 0)",
        [],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO media_files (file_path, timestamp) VALUES ('/x', 1)",
        [],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (1,'a','b','c','success','low','{}')",
        [],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO cost_attribution (id, timestamp, session_id, task_type, model, input_tokens, output_tokens, cost, metadata) VALUES (NULL,1,'s','chat','m',1,2,0.1,'{}')",
        [],
    )
    .unwrap();
    let v = env.run(&["status", "--json"]).json();
    assert_eq!(
        v["ops_db"]["schema_version"],
        clawctl::store::SCHEMA_VERSION
    );
    assert_eq!(v["ops_db"]["rows"]["messages"], 1);
    assert_eq!(v["ops_db"]["rows"]["cost_attribution"], 1);
}

#[test]
fn output_formats_and_colour() {
    let env = Env::example();
    let table = env.run(&["status"]);
    table.ok();
    assert!(table.stdout.contains("Agents"));
    assert!(!table.stdout.contains('\u{1b}'), "no colour when piped");
    let jsonl = env.run(&["status", "--format", "jsonl"]);
    assert_eq!(jsonl.ok().stdout.lines().count(), 1);
    let csv = env.run(&["status", "--format", "csv"]);
    assert!(csv.ok().stdout.starts_with("field,value\n"));
    let coloured = env.run(&["status", "--color", "always"]);
    assert!(coloured.ok().stdout.contains('\u{1b}'));
    let r = env.run(&["status", "--format", "prometheus"]);
    r.fails(2)
        .stderr_has("only available for `health` and `metrics`");
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::example();
    let r = env.run(&["status", "--bogus"]);
    assert_eq!(r.code, 2);
    let r = env.run(&["cost", "report", "--json", "--format", "csv"]);
    assert_eq!(r.code, 2);
}

#[test]
fn a_closed_pipe_exits_quietly() {
    use std::process::{Command, Stdio};
    let env = Env::example();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("clawctl"))
        .args(["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.code().is_some_and(|c| c == 0), "{:?}", out);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    drop(env);
}
