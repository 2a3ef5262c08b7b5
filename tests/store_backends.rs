//! One behaviour suite for the ops database, run against every backend: SQLite always,
//! PostgreSQL when `CLAWCTL_TEST_PG` names a server (`.ci/run` starts one). Also `db` commands
//! and `db migrate-to` end to end.

mod common;
use clawctl::store::{BackendKind, SqlValue, Store};
use common::*;

/// Run `check` against a fresh store of every available backend.
fn each_backend(check: impl Fn(&mut Store)) {
    let dir = tempfile::tempdir().unwrap();
    let mut sqlite = Store::open(dir.path().join("ops.db").to_str().unwrap()).unwrap();
    assert_eq!(sqlite.kind(), BackendKind::Sqlite);
    check(&mut sqlite);
    match PgDb::create() {
        Some(pg) => {
            let mut store = Store::open(&pg.url).unwrap();
            assert_eq!(store.kind(), BackendKind::Postgres);
            check(&mut store);
        }
        None => eprintln!("note: CLAWCTL_TEST_PG not set; PostgreSQL half of the suite not run"),
    }
}

#[test]
fn migrations_reach_the_current_version() {
    each_backend(|s| {
        let v = s
            .query_i64("SELECT MAX(version) FROM schema_migrations", &[])
            .unwrap();
        assert_eq!(v, clawctl::store::SCHEMA_VERSION);
        let tables = clawctl::store::user_tables(s).unwrap();
        for t in clawctl::store::TABLES {
            assert!(
                tables.iter().any(|x| x == t),
                "{t} missing on {:?}",
                s.kind()
            );
        }
    });
}

#[test]
fn the_articles_rows_are_valid_with_only_their_columns() {
    each_backend(|s| {
        s.execute(
            "INSERT INTO messages (timestamp, starred, archived) VALUES (?, ?, ?)",
            &[1.into(), 0.into(), 1.into()],
        )
        .unwrap();
        s.execute(
            "INSERT INTO media_files (file_path, timestamp) VALUES (?, ?)",
            &["/x".into(), 2.into()],
        )
        .unwrap();
        s.execute(
            "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)",
            &[3.into(), "user:+8613800138000".into(), "file_delete".into(), "/r.pdf".into(), "success".into(), "high".into(), "{}".into()],
        )
        .unwrap();
        s.execute(
            "INSERT INTO cost_attribution (timestamp, session_id, task_type, model, input_tokens, output_tokens, cost, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            &[4.into(), "s".into(), "chat".into(), "m".into(), 10.into(), 20.into(), 0.25.into(), "{}".into()],
        )
        .unwrap();
        for t in ["messages", "media_files", "audit_log", "cost_attribution"] {
            assert_eq!(s.count(t).unwrap(), 1, "{t}");
        }
    });
}

#[test]
fn values_round_trip_and_aggregates_agree() {
    each_backend(|s| {
        for (i, cost) in [
            (1i64, 0.1f64),
            (2, 0.2),
            (3, SqlValue::Null.as_f64().unwrap_or(0.0)),
        ] {
            s.execute(
                "INSERT INTO cost_attribution (timestamp, model, input_tokens, output_tokens, cost, metadata) VALUES (?, ?, ?, ?, ?, ?)",
                &[i.into(), "m".into(), (i * 1000).into(), SqlValue::Null, cost.into(), SqlValue::Null],
            )
            .unwrap();
        }
        let r = s.query_one("SELECT SUM(input_tokens), SUM(cost), COUNT(output_tokens), MAX(model) FROM cost_attribution", &[]).unwrap().unwrap();
        assert_eq!(
            r.get(0),
            &SqlValue::Int(6000),
            "SUM of integers is an integer on {:?}",
            s.kind()
        );
        assert!((r.f64(1) - 0.3).abs() < 1e-12);
        assert_eq!(r.i64(2), 0);
        assert_eq!(r.string(3).as_deref(), Some("m"));
        let text = "emoji 🦞 and 'quotes' and ? marks";
        s.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            &["k?".into(), text.into()],
        )
        .unwrap();
        assert_eq!(s.meta("k?").unwrap().as_deref(), Some(text));
    });
}

#[test]
fn conflicts_and_transactions_behave_the_same() {
    each_backend(|s| {
        let ins = "INSERT INTO messages (timestamp, message_key) VALUES (?, ?) ON CONFLICT (message_key) DO NOTHING";
        assert_eq!(s.execute(ins, &[1.into(), "a:1".into()]).unwrap(), 1);
        assert_eq!(s.execute(ins, &[1.into(), "a:1".into()]).unwrap(), 0);
        let err: anyhow::Result<()> = s.transaction(|t| {
            t.execute(ins, &[2.into(), "a:2".into()])?;
            anyhow::bail!("abort")
        });
        assert!(err.is_err());
        assert_eq!(
            s.count("messages").unwrap(),
            1,
            "rolled back on {:?}",
            s.kind()
        );
        s.set_meta("x", "1").unwrap();
        s.set_meta("x", "2").unwrap();
        assert_eq!(s.meta("x").unwrap().as_deref(), Some("2"));
    });
}

#[test]
fn a_newer_schema_is_refused_on_every_backend() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ops.db");
    let loc = path.to_str().unwrap().to_string();
    let mut locations = vec![loc];
    let pg = PgDb::create();
    if let Some(pg) = &pg {
        locations.push(pg.url.clone());
    }
    for loc in locations {
        let mut s = Store::open(&loc).unwrap();
        s.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            &[999.into(), "future".into(), 0.into()],
        )
        .unwrap();
        drop(s);
        let err = Store::open(&loc).err().expect("refused");
        assert!(format!("{err:#}").contains("schema version 999"), "{err:#}");
        // `db status` still describes it (exit 1, a warning), and changes nothing.
        let env = Env::empty();
        let r = env.run(&["--db", &loc, "db", "status", "--json"]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(
            r.stderr.contains("newer than this clawctl understands"),
            "{}",
            r.stderr
        );
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        assert_eq!(v["schema_version"], 999);
        assert_eq!(
            v["supported_schema_version"],
            clawctl::store::SCHEMA_VERSION
        );
        assert!(v["rows"]["audit_log"].is_number(), "{v}");
        let mut s = Store::connect(&loc).unwrap();
        assert_eq!(clawctl::store::schema_version(&mut s).unwrap(), 999);
    }
}

#[test]
fn bad_connections_are_clear_errors_without_passwords() {
    let env = Env::example();
    let r = env.run(&[
        "db",
        "status",
        "--db",
        "postgres://clawctl:s3cret-pw@127.0.0.1:1/none",
    ]);
    r.fails(1)
        .stderr_has("cannot connect to PostgreSQL")
        .stderr_has("refused");
    assert!(!r.stderr.contains("s3cret-pw"));
    if let Some(pg) = PgDb::create() {
        let (scheme_user, rest) = pg.url.split_once('@').unwrap();
        let user = scheme_user
            .split(':')
            .nth(1)
            .unwrap()
            .trim_start_matches('/');
        let bad = format!("postgres://{user}:wrong-pw@{rest}");
        let r = env.run(&["db", "status", "--db", &bad]);
        r.fails(1).stderr_has("password authentication failed");
        assert!(!r.stderr.contains("wrong-pw"));
    }
}

#[test]
fn db_status_backup_and_vacuum_on_sqlite() {
    let env = Env::example();
    let v = env.run(&["db", "status", "--json"]).json();
    assert_eq!(v["backend"], "sqlite");
    assert_eq!(v["schema_version"], clawctl::store::SCHEMA_VERSION);
    assert!(v["size_bytes"].as_i64().unwrap() > 0);
    let backup = env.path("ops-backup.db");
    let v = env
        .run(&["db", "backup", backup.to_str().unwrap(), "--json"])
        .json();
    assert!(v["bytes"].as_u64().unwrap() > 0);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let copy = rusqlite::Connection::open(&backup).unwrap();
    let n: i64 = copy
        .query_row("SELECT MAX(version) FROM schema_migrations", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(n, clawctl::store::SCHEMA_VERSION);
    env.run(&["db", "backup", backup.to_str().unwrap()])
        .fails(1)
        .stderr_has("already exists");
    env.run(&[
        "db",
        "backup",
        env.path("missing/dir/b.db").to_str().unwrap(),
    ])
    .fails(1)
    .stderr_has("does not exist");
    let v = env.run(&["db", "vacuum", "--json"]).json();
    assert!(v["bytes_after"].as_i64().unwrap() > 0);
}

#[test]
fn migrate_to_postgres_copies_resumes_and_verifies() {
    let Some(pg) = PgDb::create() else {
        eprintln!("note: CLAWCTL_TEST_PG not set; migrate-to not exercised");
        return;
    };
    let env = Env::example();
    env.run(&["db", "migrate"]).ok();
    let db = env.state.join("clawctl/ops.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    for i in 0..1234 {
        conn.execute(
            "INSERT INTO messages (timestamp, message_key, user_id, text, starred) VALUES (?1, ?2, 'telegram:1', 'hello ' || ?1, ?1 % 2)",
            rusqlite::params![i, format!("s:{i}")],
        )
        .unwrap();
        conn.execute("INSERT INTO cost_attribution (timestamp, model, input_tokens, output_tokens, cost) VALUES (?1, 'm', ?1, 1, 0.001)", [i]).unwrap();
    }
    conn.execute(
        "INSERT INTO users (user_id, display_name) VALUES ('telegram:1', 'Alice')",
        [],
    )
    .unwrap();
    let v = env.run(&["db", "migrate-to", &pg.url, "--json"]).json();
    assert_eq!(v["verified"], true);
    let messages = v["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "messages")
        .unwrap();
    assert_eq!(
        (
            messages["copied"].as_u64(),
            messages["target_rows"].as_i64()
        ),
        (Some(1234), Some(1234))
    );
    // Simulate a run killed half way: the target keeps a prefix; a rerun completes it.
    let mut pgc = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    pgc.batch_execute("DELETE FROM messages WHERE id > 600")
        .unwrap();
    let v = env.run(&["db", "migrate-to", &pg.url, "--json"]).json();
    assert_eq!(v["verified"], true);
    let messages = v["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "messages")
        .unwrap();
    assert_eq!(messages["copied"], 634);
    // A tampered row is caught by the checksum and exits 3.
    pgc.batch_execute("UPDATE messages SET text = 'forged' WHERE id = 7")
        .unwrap();
    let r = env.run(&["db", "migrate-to", &pg.url, "--json"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    // New rows get fresh ids after the copied ones.
    let id: i64 = pgc
        .query_one(
            "INSERT INTO messages (timestamp) VALUES (1) RETURNING id",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(
        id > 1234,
        "identity sequence advanced past copied ids: {id}"
    );
    // The PostgreSQL database answers the same commands.
    let v = env.run(&["db", "status", "--db", &pg.url, "--json"]).json();
    assert_eq!(v["backend"], "postgres");
    assert_eq!(v["rows"]["users"], 1);
    assert!(
        !v["location"].as_str().unwrap().contains("clawctl:clawctl"),
        "password hidden"
    );
}

/// Several gateways starting against one fresh database at once: every process migrates or
/// waits for the one that does, none fails, and each migration is recorded once.
#[test]
fn concurrent_first_opens_migrate_once_on_every_backend() {
    let env = Env::example();
    let pg = PgDb::create();
    let mut locations = vec![env.path("fresh.db").to_string_lossy().into_owned()];
    match &pg {
        Some(pg) => locations.push(pg.url.clone()),
        None => eprintln!("note: CLAWCTL_TEST_PG not set; PostgreSQL half not run"),
    }
    for location in locations {
        let runs: Vec<Run> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| scope.spawn(|| env.run(&["--db", &location, "db", "migrate", "-q"])))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for r in &runs {
            assert_eq!(r.code, 0, "{location}: {}", r.stderr);
        }
        let mut store = Store::open(&location).unwrap();
        let rows = store
            .query(
                "SELECT version, COUNT(*) FROM schema_migrations GROUP BY version ORDER BY version",
                &[],
            )
            .unwrap();
        assert_eq!(
            rows.len() as i64,
            clawctl::store::SCHEMA_VERSION,
            "{location}"
        );
        assert!(rows.iter().all(|r| r.i64(1) == 1), "{location}");
    }
}
