//! The audit trail over its life: GDPR erasure and retention pruning that keep `audit verify`
//! passing (and forged erasures or checkpoints that do not), the import of the bot's
//! `logs/commands.log`, and syslog forwarding to real sockets.

mod common;
use clawctl::audit::{self, Event, Outcome, Risk};
use clawctl::state::StateDir;
use clawctl::store::Store;
use common::*;
use serde_json::{json, Value};
use std::io::Read;
use std::time::Duration;

fn store(env: &Env) -> Store {
    env.run(&["db", "migrate"]).ok();
    Store::open(env.state.join("clawctl/ops.db").to_str().unwrap()).unwrap()
}

fn db(env: &Env) -> rusqlite::Connection {
    rusqlite::Connection::open(env.state.join("clawctl/ops.db")).unwrap()
}

fn event(actor: &str, action: &str, target: &str, metadata: Value) -> Event {
    Event {
        actor: actor.into(),
        action: action.into(),
        target: target.into(),
        outcome: Outcome::Success,
        risk: Risk::Low,
        metadata,
    }
}

fn verify(env: &Env) -> (i32, Value) {
    let run = env.run(&["audit", "verify", "--json"]);
    (
        run.code,
        serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}{}", run.stdout, run.stderr)),
    )
}

fn assert_intact(env: &Env) -> Value {
    let (code, v) = verify(env);
    assert_eq!(code, 0, "{v:#}");
    v
}

/// Old rows the bot inserted (unsealed, January 2026), then events by clawctl now.
fn trail_with_alice(env: &Env) -> Store {
    let mut s = store(env);
    let conn = db(env);
    for (i, actor) in [
        "user:telegram:111111111",
        "user:telegram:333333333",
        "user:telegram:111111111",
    ]
    .iter()
    .enumerate()
    {
        conn.execute(
            "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (?1, ?2, 'command.new', 'agent:main:main', 'success', 'low', '{}')",
            rusqlite::params![1_767_225_600_000i64 + i as i64, actor],
        )
        .unwrap();
    }
    audit::record(
        &mut s,
        &event(
            "operator:ann@gw",
            "user.export",
            "telegram:111111111",
            json!({"files": 4, "peer": "telegram:111111111"}),
        ),
    )
    .unwrap();
    audit::record(
        &mut s,
        &event(
            "user:discord:222222222222",
            "command.stop",
            "agent:main:discord:dm:222222222222",
            json!({}),
        ),
    )
    .unwrap();
    audit::record(
        &mut s,
        &event(
            "user:telegram:1111111112",
            "command.new",
            "agent:main:main",
            json!({}),
        ),
    )
    .unwrap();
    s
}

#[test]
fn erasure_replaces_cleartext_and_the_chain_still_verifies() {
    let env = Env::example();
    let mut s = trail_with_alice(&env);
    let ids = vec![
        "telegram:111111111".to_string(),
        "discord:222222222222".to_string(),
    ];
    let changed = audit::pseudonymize(&mut s, &ids, "erased-7f3a").unwrap();
    assert_eq!(changed, 4);
    let v = assert_intact(&env);
    assert_eq!(v["erased_rows"], 4);
    let rows = env
        .run(&["audit", "query", "--json", "--order", "asc"])
        .json();
    let text = rows.to_string();
    assert!(!text.contains("telegram:111111111\""), "{text}");
    assert!(!text.contains("222222222222"), "{text}");
    assert!(
        text.contains("user:telegram:1111111112"),
        "a longer id is not touched: {text}"
    );
    let export = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["action"] == "user.export")
        .unwrap();
    assert_eq!(export["target"], "erased-7f3a");
    assert_eq!(
        export["metadata"],
        json!({"files": 4, "peer": "erased-7f3a"})
    );
    let erasure = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["action"] == "audit.pseudonymize")
        .unwrap();
    assert_eq!(erasure["risk_level"], "high");
    assert_eq!(erasure["metadata"]["rows"], 4);
    assert!(
        !erasure.to_string().contains("111111111"),
        "the erasure event names no id"
    );
    // Keys are gone with the cleartext.
    let keys: i64 = db(&env)
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE seal_key IS NULL AND redacted_by IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(keys, 4);
    // Erasing again finds nothing new; a second person's erasure also verifies.
    assert_eq!(audit::pseudonymize(&mut s, &ids, "erased-7f3a").unwrap(), 0);
    assert_eq!(
        audit::pseudonymize(&mut s, &["telegram:333333333".into()], "erased-0b0b").unwrap(),
        1
    );
    assert_eq!(assert_intact(&env)["erased_rows"], 5);
}

#[test]
fn a_forged_erasure_is_detected() {
    let env = Env::example();
    let mut s = trail_with_alice(&env);
    audit::pseudonymize(&mut s, &["telegram:111111111".into()], "erased-1").unwrap();
    let erasure: i64 = db(&env)
        .query_row(
            "SELECT id FROM audit_log WHERE action = 'audit.pseudonymize'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // Passing an edit off as part of the recorded erasure breaks its commitment.
    db(&env)
        .execute("UPDATE audit_log SET actor = 'someone-else', seal_key = NULL, redacted_by = ?1 WHERE action = 'command.stop'", [erasure])
        .unwrap();
    let (code, v) = verify(&env);
    assert_eq!(code, 3);
    assert_eq!(
        (v["problem"]["kind"].as_str(), v["problem"]["id"].as_i64()),
        (Some("edited"), Some(erasure))
    );
    // Dropping a key without any erasure mark is an edit of that row.
    let env = Env::example();
    trail_with_alice(&env);
    db(&env)
        .execute(
            "UPDATE audit_log SET seal_key = NULL, actor = 'x' WHERE id = 5",
            [],
        )
        .unwrap();
    let (code, v) = verify(&env);
    assert_eq!(code, 3);
    assert_eq!(v["problem"]["id"], 5);
    assert!(v["problem"]["message"]
        .as_str()
        .unwrap()
        .contains("without a recorded erasure"));
}

#[test]
fn pruning_keeps_a_checkpoint_and_the_chain_verifies() {
    let env = Env::example();
    let mut s = store_with_old_rows(&env);
    // Erase first, so pruning cuts through the rows of an erasure whose event survives.
    assert_eq!(
        audit::pseudonymize(&mut s, &["telegram:111111111".into()], "erased-1").unwrap(),
        3
    );
    let anchor = env
        .run(&["audit", "verify", "--anchor"])
        .stdout
        .trim()
        .to_string();
    let first = audit::prune_before(&mut s, 1_767_225_600_000 + 2, 2).unwrap();
    assert_eq!(first, 2);
    let second = audit::prune_before(&mut s, 1_767_225_600_000 + 2, 10).unwrap();
    assert_eq!(second, 0, "the next row is within the retention period");
    let v = assert_intact(&env);
    assert_eq!(v["checkpoint"]["base_id"], 2);
    assert_eq!(v["erased_rows"], 2, "rows 3 and 4 remain; row 1 was pruned");
    // The anchor taken before pruning still verifies.
    let run = env.run(&["audit", "verify", "--json", "--expect-head", &anchor]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let prune = env
        .run(&["audit", "query", "--json", "--action", "audit.prune"])
        .json();
    assert_eq!(prune[0]["metadata"]["rows"], 2);
    assert_eq!(prune[0]["metadata"]["last_id"], 2);
    assert_eq!(prune[0]["metadata"]["erasures"]["5"]["rows"], 1);
    assert_eq!(prune[0]["risk_level"], "high");
    // Deleting the checkpoint (the prune event) is detected.
    db(&env)
        .execute("DELETE FROM audit_log WHERE action = 'audit.prune'", [])
        .unwrap();
    let (code, v) = verify(&env);
    assert_eq!(code, 3);
    assert_eq!(v["problem"]["kind"], "deleted");
    assert_eq!(v["problem"]["id"], 3);
}

/// A fresh trail whose oldest rows (ids 1..=3) are the bot's, from January 2026.
fn store_with_old_rows(env: &Env) -> Store {
    let path = env.state.join("clawctl/ops.db");
    let mut s = Store::open(path.to_str().unwrap()).unwrap();
    let conn = db(env);
    for (i, actor) in [
        "user:telegram:111111111",
        "user:telegram:333333333",
        "user:telegram:111111111",
    ]
    .iter()
    .enumerate()
    {
        conn.execute(
            "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (?1, ?2, 'command.new', 'agent:main:main', 'success', 'low', '{}')",
            rusqlite::params![1_767_225_600_000i64 + i as i64, actor],
        )
        .unwrap();
    }
    audit::record(
        &mut s,
        &event(
            "operator:ann@gw",
            "user.export",
            "telegram:111111111",
            json!({"files": 4}),
        ),
    )
    .unwrap();
    s
}

#[test]
fn pruning_in_batches_through_erased_rows_keeps_verifying() {
    let env = Env::example();
    let mut s = store_with_old_rows(&env);
    audit::pseudonymize(&mut s, &["telegram:111111111".into()], "erased-1").unwrap();
    // Row 1 (erased) goes in the first batch, row 3 (erased by the same event) in the second.
    let mut total = 0;
    loop {
        let n = audit::prune_before(&mut s, 1_767_225_600_000 + 3, 1).unwrap();
        if n == 0 {
            break;
        }
        total += n;
        assert_intact(&env);
    }
    assert_eq!(total, 3);
    let v = assert_intact(&env);
    assert_eq!(v["checkpoint"]["base_id"], 3);
    // Editing a checkpoint's metadata is detected.
    db(&env)
        .execute("UPDATE audit_log SET metadata = replace(metadata, '\"rows\":1', '\"rows\":0') WHERE id = (SELECT MAX(id) FROM audit_log WHERE action = 'audit.prune')", [])
        .unwrap();
    let (code, v) = verify(&env);
    assert_eq!(code, 3);
    assert_eq!(v["problem"]["kind"], "edited");
}

#[test]
fn commands_log_is_imported_once() {
    let env = Env::example();
    let mut s = store(&env);
    let state = StateDir::new(env.state.clone(), "test".into(), None);
    let stats = audit::import_commands_log(&mut s, &state).unwrap();
    assert_eq!(
        (stats.lines, stats.imported, stats.duplicates, stats.invalid),
        (7, 7, 0, 0)
    );
    let again = audit::import_commands_log(&mut s, &state).unwrap();
    assert_eq!(
        (again.lines, again.imported),
        (0, 0),
        "the cursor skips what was read"
    );
    let rows = env
        .run(&[
            "audit",
            "query",
            "--json",
            "--action",
            "command.*",
            "--order",
            "asc",
        ])
        .json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[0]["actor"], "user:telegram:111111111");
    assert_eq!(rows[0]["action"], "command.stop");
    assert_eq!(rows[0]["target"], "agent:main:main");
    assert_eq!(rows[0]["time"], "2026-08-06T07:54:40.318Z");
    assert_eq!(rows[0]["metadata"]["source"], "telegram");
    assert_eq!(rows[1]["actor"], "user:+8613800138000");
    assert_eq!(rows[2]["actor"], "user:discord:222222222222");
    let log = env.state.join("logs/commands.log");
    let mut text = std::fs::read_to_string(&log).unwrap();
    // A torn last line waits until the bot finishes it; garbage lines are counted.
    text.push_str("this is not json\n{\"timestamp\":\"2026-11-21T10:00:00.000Z\",\"action\":\"new\",\"sessionKey\":\"agent:main:main\",\"senderId\":\"signal:+15551234567\",\"source\":\"signal\"}");
    std::fs::write(&log, &text).unwrap();
    let torn = audit::import_commands_log(&mut s, &state).unwrap();
    assert_eq!((torn.lines, torn.imported, torn.invalid), (1, 0, 1));
    text.push('\n');
    std::fs::write(&log, &text).unwrap();
    let done = audit::import_commands_log(&mut s, &state).unwrap();
    assert_eq!(
        done,
        audit::ImportStats {
            lines: 1,
            imported: 1,
            duplicates: 0,
            invalid: 0
        }
    );
    // Rotation (the file no longer starts as it did) rereads it and imports nothing twice.
    let (_, rest) = text.split_once('\n').unwrap();
    std::fs::remove_file(&log).unwrap();
    std::fs::write(&log, rest).unwrap();
    let rotated = audit::import_commands_log(&mut s, &state).unwrap();
    assert_eq!(
        (rotated.imported, rotated.duplicates, rotated.invalid),
        (0, 7, 1)
    );
    let dave = env
        .run(&["audit", "query", "--json", "--actor", "user:+15551234567"])
        .json();
    assert_eq!(dave.as_array().unwrap().len(), 1);
    assert_intact(&env);
}

fn with_syslog(target: &str) -> Env {
    let env = Env::example();
    std::fs::create_dir_all(env.state.join("clawctl")).unwrap();
    std::fs::write(
        env.state.join("clawctl/config.toml"),
        format!("[audit.syslog]\ntarget = \"{target}\"\n"),
    )
    .unwrap();
    env
}

fn assert_rfc5424(msg: &str, id: i64, action: &str) {
    assert!(
        msg.starts_with("<85>1 20"),
        "authpriv.notice, version 1: {msg}"
    );
    assert!(msg.contains(" clawctl "), "{msg}");
    assert!(
        msg.contains(&format!(
            "[clawctl@32473 id=\"{id}\" actor=\"operator:ann\" action=\"{action}\""
        )),
        "{msg}"
    );
    assert!(msg.contains("risk=\"high\" hash=\""), "{msg}");
}

#[test]
fn high_risk_events_go_to_a_unix_syslog_socket() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log.sock");
    let sock = std::os::unix::net::UnixDatagram::bind(&path).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let env = with_syslog(&format!("unix:{}", path.display()));
    env.run(&[
        "--actor",
        "operator:ann",
        "audit",
        "log",
        "--action",
        "noise",
    ])
    .ok();
    let v = env
        .run(&[
            "--actor",
            "operator:ann",
            "audit",
            "log",
            "--action",
            "user.purge",
            "--risk",
            "high",
            "--json",
        ])
        .json();
    let mut buf = [0u8; 8192];
    let n = sock.recv(&mut buf).unwrap();
    let msg = String::from_utf8_lossy(&buf[..n]).to_string();
    assert_rfc5424(&msg, v["id"].as_i64().unwrap(), "user.purge");
    assert!(msg.contains(&format!("hash=\"{}\"", v["hash"].as_str().unwrap())));
    // Low-risk events stay local.
    sock.set_nonblocking(true).unwrap();
    assert!(sock.recv(&mut buf).is_err(), "nothing else was sent");
    // A high-risk row the bot inserted is forwarded when clawctl seals it.
    sock.set_nonblocking(false).unwrap();
    db(&env)
        .execute("INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (1, 'bot', 'exec', 'rm -rf', 'failed', 'high', '{}')", [])
        .unwrap();
    env.run(&["audit", "verify"]).ok();
    let n = sock.recv(&mut buf).unwrap();
    let msg = String::from_utf8_lossy(&buf[..n]).to_string();
    assert!(msg.starts_with("<84>1 "), "failed → warning: {msg}");
    assert!(msg.contains("actor=\"bot\" action=\"exec\""), "{msg}");
}

#[test]
fn high_risk_events_go_to_udp_and_tcp_collectors() {
    let udp = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    udp.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let env = with_syslog(&format!(
        "udp:127.0.0.1:{}",
        udp.local_addr().unwrap().port()
    ));
    let v = env
        .run(&[
            "--actor",
            "operator:ann",
            "audit",
            "log",
            "--action",
            "secrets.rm",
            "--risk",
            "high",
            "--json",
        ])
        .json();
    let mut buf = [0u8; 4096];
    let n = udp.recv(&mut buf).unwrap();
    assert_rfc5424(
        &String::from_utf8_lossy(&buf[..n]),
        v["id"].as_i64().unwrap(),
        "secrets.rm",
    );

    let tcp = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let env = with_syslog(&format!(
        "tcp:127.0.0.1:{}",
        tcp.local_addr().unwrap().port()
    ));
    let reader = std::thread::spawn(move || {
        let (mut conn, _) = tcp.accept().unwrap();
        let mut text = String::new();
        conn.read_to_string(&mut text).unwrap();
        text
    });
    let v = env
        .run(&[
            "--actor",
            "operator:ann",
            "audit",
            "log",
            "--action",
            "user.purge",
            "--risk",
            "high",
            "--json",
        ])
        .json();
    let framed = reader.join().unwrap();
    let (len, msg) = framed.split_once(' ').unwrap();
    assert_eq!(
        len.parse::<usize>().unwrap(),
        msg.len(),
        "RFC 6587 octet counting"
    );
    assert_rfc5424(msg, v["id"].as_i64().unwrap(), "user.purge");
}

#[test]
fn an_unreachable_syslog_is_a_warning_and_the_event_is_kept() {
    let env = with_syslog("unix:/nonexistent/clawctl-test.sock");
    let run = env.run(&[
        "audit",
        "log",
        "--action",
        "user.purge",
        "--risk",
        "high",
        "--json",
    ]);
    run.ok();
    assert!(run.stderr.contains("clawctl: warning: could not send audit event #2 to syslog at unix:/nonexistent/clawctl-test.sock"), "{}", run.stderr);
    let rows = env
        .run(&["audit", "query", "--json", "--action", "user.purge"])
        .json();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_intact(&env);
}

#[test]
fn a_bad_syslog_config_names_the_file() {
    let env = with_syslog("http://logs.example.net");
    env.run(&["audit", "stats"]).fails(1).stderr_has(
        "config.toml: [audit.syslog] target 'http://logs.example.net' is not unix:/path",
    );
    std::fs::write(
        env.state.join("clawctl/config.toml"),
        "[audit.syslog]\ntarget = \"udp:x:514\"\nport = 5\n",
    )
    .unwrap();
    env.run(&["audit", "stats"])
        .fails(1)
        .stderr_has("config.toml:3:1");
}

/// The whole life of a trail through the library, on SQLite and (when available) PostgreSQL:
/// sealing bot rows, erasure, pruning, import, and tampering found.
#[test]
fn the_chain_behaves_the_same_on_every_backend() {
    let env = Env::example();
    let pg = PgDb::create();
    let mut locations = vec![env.path("ops.db").to_string_lossy().into_owned()];
    match &pg {
        Some(pg) => locations.push(pg.url.clone()),
        None => eprintln!("note: CLAWCTL_TEST_PG not set; PostgreSQL half not run"),
    }
    for location in locations {
        let mut s = Store::open(&location).unwrap();
        s.execute(
            "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (1000, 'user:telegram:111111111', 'command.new', 'agent:main:main', 'success', 'low', '{}')",
            &[],
        )
        .unwrap();
        for i in 0..4 {
            audit::record(
                &mut s,
                &event(
                    "operator:ann",
                    &format!("step.{i}"),
                    "telegram:111111111",
                    json!({"i": i}),
                ),
            )
            .unwrap();
        }
        let stats = audit::import_commands_log(
            &mut s,
            &StateDir::new(env.state.clone(), "test".into(), None),
        )
        .unwrap();
        assert_eq!(stats.imported, 7, "{location}");
        assert_eq!(
            audit::pseudonymize(&mut s, &["telegram:111111111".into()], "erased-9").unwrap(),
            8,
            "{location}"
        );
        assert_eq!(
            audit::prune_before(&mut s, 2000, 100).unwrap(),
            1,
            "{location}"
        );
        let report = audit::verify::verify(&mut s, None).unwrap();
        assert!(report.intact, "{location}: {:?}", report.problem);
        assert_eq!(report.checkpoint.as_ref().map(|c| c.base_id), Some(1));
        assert_eq!(report.erased_rows, 7, "{location}");
        s.execute(
            "UPDATE audit_log SET result = 'failed' WHERE action = 'step.2'",
            &[],
        )
        .unwrap();
        let report = audit::verify::verify(&mut s, None).unwrap();
        let problem = report.problem.unwrap();
        assert_eq!(problem.kind, audit::verify::Kind::Edited, "{location}");
    }
}
