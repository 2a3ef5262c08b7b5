//! `clawctl health`'s local checks: simulated full disks and low memory (thresholds), broken
//! and newer ops databases, ingest lag, stale locks, permissions, secret references, a broken
//! config, a missing state dir and the SQLite layout.

mod common;
mod health_support;

use common::*;
use health_support::{gateway, health, parse, tidy_env, CALM, READY};

#[test]
fn a_full_disk_and_low_memory_are_simulated_by_thresholds() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    let url = gw.url();
    let base = ["health", "--gateway-url", url.as_str(), "--json"];
    let run_with = |extra: &[&str]| {
        let mut args = base.to_vec();
        args.extend(extra);
        parse(&env.run(&args))
    };
    let v = run_with(&[
        "--disk-warn",
        "100%",
        "--disk-critical",
        "0%",
        "--memory-warn",
        "0%",
        "--memory-critical",
        "0%",
        "--inodes-warn",
        "0%",
        "--inodes-critical",
        "0%",
    ]);
    assert_eq!(v["checks"]["disk"]["status"], "warn");
    assert!(v["checks"]["disk"]["detail"]
        .as_str()
        .unwrap()
        .contains("below 100%"));
    assert_eq!(v["status"], "degraded");
    let v = run_with(&[
        "--disk-critical",
        "100%",
        "--memory-warn",
        "0%",
        "--memory-critical",
        "0%",
    ]);
    assert_eq!(v["checks"]["disk"]["status"], "critical");
    assert_eq!(v["status"], "unhealthy");
    let v = run_with(&[
        "--disk-warn",
        "0%",
        "--disk-critical",
        "0%",
        "--inodes-critical",
        "100%",
        "--memory-warn",
        "0%",
        "--memory-critical",
        "0%",
    ]);
    assert_eq!(
        v["checks"]["disk"]["status"], "critical",
        "inodes count too"
    );
    let v = run_with(&[
        "--disk-warn",
        "0%",
        "--disk-critical",
        "0%",
        "--memory-critical",
        "1000TiB",
    ]);
    assert_eq!(v["checks"]["memory"]["status"], "critical");

    // The same from clawctl's config file; a flag still wins over it.
    std::fs::create_dir_all(env.state.join("clawctl")).unwrap();
    std::fs::write(
        env.state.join("clawctl/config.toml"),
        "[health]\ndisk_critical = \"100%\"\ntimeout = \"2s\"\n",
    )
    .unwrap();
    let v = run_with(&["--memory-warn", "0%", "--memory-critical", "0%"]);
    assert_eq!(v["checks"]["disk"]["status"], "critical");
    let v = run_with(&CALM);
    assert_eq!(v["checks"]["disk"]["status"], "ok");

    let n = env.run(&[
        "health",
        "--gateway-url",
        &url,
        "--nagios",
        "--memory-warn",
        "0%",
        "--memory-critical",
        "0%",
    ]);
    assert_eq!(n.code, 2);
    assert!(n.stdout.contains("'disk_free_percent'="), "{}", n.stdout);
    assert!(
        n.stdout.contains(";10:;100:;0;100"),
        "floors in Nagios range syntax: {}",
        n.stdout
    );
}

#[test]
fn bad_thresholds_and_config_keys_are_clear_errors() {
    let env = tidy_env();
    let r = env.run(&["health", "--disk-warn", "lots"]);
    assert_eq!(r.code, 2);
    r.stderr_has("'lots' is not a size");
    let r = env.run(&["health", "--timeout", "0s"]);
    assert_eq!(r.code, 2);
    r.stderr_has("must be longer than zero");
    std::fs::create_dir_all(env.state.join("clawctl")).unwrap();
    std::fs::write(
        env.state.join("clawctl/config.toml"),
        "[health]\ndisk_critcal = \"5%\"\n",
    )
    .unwrap();
    env.run(&["health"])
        .fails(1)
        .stderr_has("config.toml:2:1")
        .stderr_has("disk_critcal");
}

#[test]
fn an_unreadable_or_corrupt_ops_database_is_critical() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    let url = gw.url();
    std::fs::create_dir_all(env.state.join("clawctl")).unwrap();
    let db = env.state.join("clawctl/ops.db");
    std::fs::write(&db, vec![b'x'; 8192]).unwrap();
    let r = health(&env, &url, &["--json"]);
    assert_eq!(r.code, 3);
    let c = &parse(&r)["checks"]["ops_db"];
    assert_eq!(c["status"], "critical");
    assert!(
        c["detail"].as_str().unwrap().contains("not a database"),
        "{c}"
    );
    assert_eq!(parse(&r)["checks"]["ingest_lag"]["status"], "unknown");

    let dir = env.path("a-directory.db");
    std::fs::create_dir(&dir).unwrap();
    let r = health(&env, &url, &["--json", "--db", dir.to_str().unwrap()]);
    assert_eq!(parse(&r)["checks"]["ops_db"]["status"], "critical");

    // A real database, then a newer schema than this clawctl knows.
    std::fs::remove_file(&db).unwrap();
    env.run(&["db", "migrate"]).ok();
    let v = health(&env, &url, &["--json", "--deep"]).json();
    assert_eq!(v["checks"]["ops_db"]["status"], "ok");
    assert_eq!(v["checks"]["ops_db"]["quick_check"], "ok");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)",
        [],
    )
    .unwrap();
    drop(conn);
    let c = &parse(&health(&env, &url, &["--json"]))["checks"]["ops_db"];
    assert_eq!(c["status"], "critical");
    assert!(c["detail"]
        .as_str()
        .unwrap()
        .contains("newer than this clawctl"));
}

#[test]
fn quick_check_finds_a_damaged_database_with_deep() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    env.run(&["db", "migrate"]).ok();
    let db = env.state.join("clawctl/ops.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
        .unwrap();
    let tx = "INSERT INTO messages (timestamp, text) VALUES (?1, ?2)";
    for i in 0..400 {
        conn.execute(tx, rusqlite::params![i, "x".repeat(500)])
            .unwrap();
    }
    drop(conn);
    // Scribble over the middle of the file: pages of the messages table and its indexes.
    let mut bytes = std::fs::read(&db).unwrap();
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + 8192] {
        *b = 0x5a;
    }
    std::fs::write(&db, bytes).unwrap();
    let r = health(&env, &gw.url(), &["--json", "--deep"]);
    let c = &parse(&r)["checks"]["ops_db"];
    assert_eq!(c["status"], "critical", "{c}");
    let detail = c["detail"].as_str().unwrap();
    assert!(detail.starts_with("quick_check failed: "), "{detail}");
    assert!(!detail.contains('\n'), "one line: {detail}");
    assert_eq!(r.code, 3);
}

#[test]
fn ingest_lag_counts_bytes_beyond_the_sync_cursors() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    env.run(&["db", "migrate"]).ok();
    let sessions = env.state.join("agents/main/sessions");
    let mut files: Vec<(String, u64)> = std::fs::read_dir(&sessions)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".jsonl"))
        .map(|e| {
            (
                format!("agents/main/sessions/{}", e.file_name().to_string_lossy()),
                e.metadata().unwrap().len(),
            )
        })
        .collect();
    files.sort();
    assert_eq!(files.len(), 9);
    let conn = rusqlite::Connection::open(env.state.join("clawctl/ops.db")).unwrap();
    let cursor = "INSERT INTO sync_cursors (source, kind, \"offset\", updated_at) VALUES (?1, 'transcript', ?2, 0)";
    // Seven files fully read, one 100 bytes behind (by absolute path), one never read.
    for (rel, size) in &files[..7] {
        conn.execute(cursor, rusqlite::params![rel, *size as i64])
            .unwrap();
    }
    let abs = env.state.join(&files[7].0);
    conn.execute(
        cursor,
        rusqlite::params![abs.to_str().unwrap(), files[7].1 as i64 - 100],
    )
    .unwrap();
    drop(conn);
    let expected = 100 + files[8].1;
    let v = health(&env, &gw.url(), &["--json"]).json();
    let lag = &v["checks"]["ingest_lag"];
    assert_eq!(lag["synced"], true);
    assert_eq!(lag["lag_bytes"], expected);
    assert_eq!(lag["files_behind"], 2);
    assert_eq!(lag["status"], "ok");
    let r = health(&env, &gw.url(), &["--json", "--lag-warn", "100B"]);
    assert_eq!(parse(&r)["checks"]["ingest_lag"]["status"], "warn");
    let r = health(&env, &gw.url(), &["--json", "--lag-critical", "1KiB"]);
    assert_eq!(parse(&r)["checks"]["ingest_lag"]["status"], "critical");
}

#[test]
fn stale_locks_and_loose_permissions_are_reported() {
    let env = Env::example();
    let gw = gateway(200, READY);
    std::fs::write(
        env.state.join("agents/main/sessions/sessions.json.lock"),
        r#"{"pid":4242,"startedAt":1000}"#,
    )
    .unwrap();
    let r = health(&env, &gw.url(), &["--json"]);
    let v = parse(&r);
    assert_eq!(v["checks"]["sessions_lock"]["status"], "warn");
    assert_eq!(
        v["checks"]["sessions_lock"]["stale"],
        serde_json::json!(["agents/main/sessions/sessions.json.lock"])
    );
    let problems = v["checks"]["state_dir"]["permission_problems"]
        .as_array()
        .unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p.as_str().unwrap().starts_with("clawdbot.json is 06")),
        "{problems:?}"
    );
    assert_eq!(v["checks"]["state_dir"]["status"], "warn");
    assert_eq!(v["status"], "degraded");
}

#[test]
fn unresolvable_secret_references_are_critical_and_never_print_values() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    let config = std::fs::read_to_string(env.state.join("clawdbot.json")).unwrap();
    let config = config
        .replace(
            r#"botToken: "812345678:AAFAKE-tyLBhhOhg9uhkxiiEZpFfk1OHAOE""#,
            r#"botToken: "${TELEGRAM_TOKEN_FOR_TEST}""#,
        )
        .replace(
            r#"token: "MTMwMjIxNDQxMTIyMzM0NDU1Ng.HYqM6O.FAKEjb6mjBHqSiFVKu4MbMnrHontIKARAH-Ggl""#,
            r#"token: { source: "exec", provider: "vault", id: "discord/token" }"#,
        );
    std::fs::write(env.state.join("clawdbot.json"), config).unwrap();
    let r = health(&env, &gw.url(), &["--json"]);
    assert_eq!(r.code, 3);
    let s = &parse(&r)["checks"]["secrets"];
    assert_eq!(s["status"], "critical");
    assert_eq!(s["references"], 3);
    let unresolved = s["unresolved"].as_array().unwrap();
    assert_eq!(unresolved.len(), 2);
    assert_eq!(unresolved[0]["location"], "channels.telegram.botToken");
    assert_eq!(
        unresolved[0]["problem"],
        "TELEGRAM_TOKEN_FOR_TEST is not set"
    );
    assert_eq!(unresolved[1]["location"], "channels.discord.token");
    assert!(unresolved[1]["problem"]
        .as_str()
        .unwrap()
        .contains("'vault' is not declared"));

    let secret = "value-that-must-not-leak-123";
    let r = run(env
        .cmd()
        .env("TELEGRAM_TOKEN_FOR_TEST", secret)
        .args(["health", "--json", "--gateway-url", &gw.url()])
        .args(CALM));
    let s = &parse(&r)["checks"]["secrets"];
    assert_eq!(s["unresolved"].as_array().unwrap().len(), 1);
    assert!(!r.stdout.contains(secret) && !r.stderr.contains(secret));
}

#[test]
fn a_malformed_config_or_a_missing_state_dir_is_reported_not_crashed_on() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    std::fs::write(
        env.state.join("clawdbot.json"),
        "{\n  gateway: { port: 1,, }\n}\n",
    )
    .unwrap();
    let r = health(&env, &gw.url(), &["--json"]);
    assert_eq!(r.code, 3);
    let v = parse(&r);
    assert_eq!(v["checks"]["config"]["status"], "critical");
    assert!(v["checks"]["config"]["detail"]
        .as_str()
        .unwrap()
        .contains("clawdbot.json:2:"));
    assert_eq!(v["skipped"][0]["check"], "secrets");

    let gone = env.path("no-such-dir");
    let mut args = vec!["health", "--json", "--gateway-url"];
    let url = gw.url();
    args.push(&url);
    args.extend(CALM);
    let r = run(env.bare().arg("--state-dir").arg(&gone).args(&args));
    assert_eq!(r.code, 3, "{}", r.stderr);
    let v = parse(&r);
    assert_eq!(v["checks"]["state_dir"]["status"], "critical");
    assert!(v["checks"]["state_dir"]["detail"]
        .as_str()
        .unwrap()
        .contains("does not exist"));
    assert_eq!(v["checks"]["gateway"]["status"], "ok");
    assert!(!gone.exists(), "nothing is created");
}
#[test]
fn the_sqlite_layout_skips_session_file_checks_and_measures_lag_in_rows() {
    let env = Env::with_state(&shared_fixture("openclaw-2026.9.6/.openclaw"));
    let gw = gateway(200, READY);
    let v = parse(&health(&env, &gw.url(), &["--json"]));
    assert_eq!(v["checks"]["state_dir"]["layout"], "sqlite");
    let skipped: Vec<&str> = v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["check"].as_str().unwrap())
        .collect();
    assert!(skipped.contains(&"sessions_lock") && skipped.contains(&"sessions_writable"));
    // Ingest lag reads the bot's rows: the decoded size of the events sync has not read.
    let lag = &v["checks"]["ingest_lag"];
    assert_eq!(lag["synced"], false, "{lag}");
    assert_eq!(lag["transcripts"], 2);
    assert_eq!(
        lag["lag_bytes"], 5475,
        "every event's bytes, as `status` counts them"
    );
    env.run(&["sync", "-q"]).ok();
    let lag = &parse(&health(&env, &gw.url(), &["--json"]))["checks"]["ingest_lag"];
    assert_eq!(
        (lag["lag_bytes"].as_u64(), lag["synced"].as_bool()),
        (Some(0), Some(true))
    );

    // The gateway appends an event: exactly its bytes are behind, in one transcript.
    let db = env.state.join("agents/main/agent/openclaw-agent.sqlite");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (sid, seq): (String, i64) = conn
        .query_row(
            "SELECT session_id, MAX(seq) FROM transcript_events GROUP BY session_id ORDER BY session_id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let event = r#"{"type":"custom","customType":"note","id":"lag-1","timestamp":"2026-11-24T01:00:00.000Z"}"#;
    conn.execute(
        "INSERT INTO transcript_events (session_id, seq, event_json, created_at, event_utf8_bytes) VALUES (?1, ?2, ?3, 0, ?4)",
        rusqlite::params![sid, seq + 1, event, event.len() as i64],
    )
    .unwrap();
    drop(conn);
    let r = health(&env, &gw.url(), &["--json", "--lag-warn", "10"]);
    let lag = &parse(&r)["checks"]["ingest_lag"];
    assert_eq!(lag["lag_bytes"], event.len(), "{lag}");
    assert_eq!(lag["files_behind"], 1);
    assert_eq!(lag["status"], "warn");
}

/// The ops database on PostgreSQL: reachable before migration, then the schema version and
/// size once migrated; a refused server is critical and its password never printed.
#[test]
fn a_postgresql_ops_database_is_checked_on_the_server() {
    let env = tidy_env();
    let gw = gateway(200, READY);
    let url = gw.url();
    let refused = "postgres://clawctl:pw-never-shown@127.0.0.1:1/ops";
    let r = health(&env, &url, &["--json", "--db", refused]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let c = &parse(&r)["checks"]["ops_db"];
    assert_eq!(c["status"], "critical", "{c}");
    assert_eq!(c["backend"], "postgres");
    assert!(!r.stdout.contains("pw-never-shown") && !r.stderr.contains("pw-never-shown"));

    let Some(pg) = PgDb::create() else {
        eprintln!("note: CLAWCTL_TEST_PG not set; the live PostgreSQL half was not run");
        return;
    };
    let c = &parse(&health(&env, &url, &["--json", "--db", &pg.url]))["checks"]["ops_db"];
    assert_eq!(c["status"], "ok", "{c}");
    assert_eq!(c["exists"], false, "a health check never migrates: {c}");
    env.run(&["db", "migrate", "--db", &pg.url]).ok();
    let v = health(&env, &url, &["--json", "--db", &pg.url]).json();
    let c = &v["checks"]["ops_db"];
    assert_eq!(c["status"], "ok", "{c}");
    assert_eq!(c["schema_version"], c["expected_schema_version"]);
    assert!(c["size_bytes"].as_u64().unwrap() > 0, "{c}");
}
