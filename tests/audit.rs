//! The audit trail through the real binary: `audit log`, `query`, `verify` (every kind of
//! tampering), `failures`, `stats`, `tail [-f]`, concurrent appends, and bad input.

mod common;
use common::*;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

fn log(env: &Env, args: &[&str]) -> Value {
    let mut all = vec!["audit", "log", "--json"];
    all.extend_from_slice(args);
    env.run(&all).json()
}

fn db(env: &Env) -> rusqlite::Connection {
    rusqlite::Connection::open(env.state.join("clawctl/ops.db")).unwrap()
}

fn verify(env: &Env, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["audit", "verify", "--json"];
    args.extend_from_slice(extra);
    let run = env.run(&args);
    let v = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    (run.code, v)
}

/// A trail of six events (ids 2..=7; id 1 is the database creation).
fn six_events() -> Env {
    let env = Env::example();
    for i in 1..=6 {
        log(
            &env,
            &[
                "--action",
                &format!("step.{i}"),
                "--target",
                &format!("t{i}"),
            ],
        );
    }
    env
}

fn tampered(env: &Env, sql: &str) -> Value {
    db(env).execute_batch(sql).unwrap();
    let (code, v) = verify(env, &[]);
    assert_eq!(code, 3, "{v}");
    assert_eq!(v["intact"], false);
    v["problem"].clone()
}

#[test]
fn log_records_a_sealed_event_field_by_field() {
    let env = Env::example().env("CLAWCTL_ACTOR", "operator:ann@gw");
    let v = log(
        &env,
        &[
            "--action",
            "file_delete",
            "--target",
            "/srv/x",
            "--result",
            "partial",
            "--risk",
            "high",
            "--meta",
            r#"{"files":3}"#,
        ],
    );
    assert_eq!(v["id"], 2, "event 1 records the database's creation");
    assert_eq!(v["actor"], "operator:ann@gw");
    assert_eq!(v["action"], "file_delete");
    assert_eq!(v["target"], "/srv/x");
    assert_eq!(v["result"], "partial");
    assert_eq!(v["risk_level"], "high");
    assert_eq!(v["metadata"]["files"], 3);
    assert_eq!(v["hash"].as_str().unwrap().len(), 64);
    let first = env
        .run(&["audit", "query", "--json", "--order", "asc"])
        .json();
    assert_eq!(first[0]["action"], "db.migrate");
    assert_eq!(
        first[0]["metadata"]["to_version"],
        clawctl::store::SCHEMA_VERSION
    );
    let first_hash: String = db(&env)
        .query_row("SELECT hash FROM audit_log WHERE id = 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v["prev_hash"], first_hash.as_str());
    // The global --actor overrides the environment.
    let w = log(&env, &["--actor", "hook:deploy", "--action", "deploy"]);
    assert_eq!(w["actor"], "hook:deploy");
    assert_eq!(w["prev_hash"], v["hash"]);
}

#[test]
fn query_filters_orders_and_limits() {
    let env = Env::example();
    env.run(&["db", "migrate", "--actor", "setup"]).ok();
    log(
        &env,
        &[
            "--actor",
            "operator:ann",
            "--action",
            "secrets.set",
            "--target",
            "agent:main:x",
            "--risk",
            "medium",
        ],
    );
    log(
        &env,
        &[
            "--actor",
            "operator:bob",
            "--action",
            "secrets.rm",
            "--target",
            "agent:main:y",
            "--result",
            "failed",
            "--risk",
            "high",
        ],
    );
    log(
        &env,
        &[
            "--actor",
            "operator:ann",
            "--action",
            "user.purge",
            "--target",
            "telegram:1",
            "--risk",
            "high",
        ],
    );
    let q = |args: &[&str]| -> Vec<Value> {
        let mut all = vec!["audit", "query", "--json"];
        all.extend_from_slice(args);
        env.run(&all).json().as_array().unwrap().clone()
    };
    let actions = |rows: &[Value]| -> Vec<String> {
        rows.iter()
            .map(|r| r["action"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        actions(&q(&["--actor", "operator:ann"])),
        ["user.purge", "secrets.set"]
    );
    assert_eq!(
        actions(&q(&["--actor", "operator:*", "--order", "asc"])),
        ["secrets.set", "secrets.rm", "user.purge"]
    );
    assert_eq!(
        actions(&q(&["--action", "secrets.*", "--order", "asc"])),
        ["secrets.set", "secrets.rm"]
    );
    assert_eq!(
        actions(&q(&["--target", "agent:main:*", "--risk", "high"])),
        ["secrets.rm"]
    );
    assert_eq!(actions(&q(&["--result", "failed"])), ["secrets.rm"]);
    assert_eq!(q(&["--limit", "2"]).len(), 2);
    assert_eq!(
        q(&["--since", "2020-01-01", "--until", "2021-01-01"]).len(),
        0
    );
    assert_eq!(q(&["--since", "1h"]).len(), 4);
    let row = &q(&["--action", "secrets.rm"])[0];
    assert_eq!(row["actor"], "operator:bob");
    assert_eq!(row["target"], "agent:main:y");
    assert_eq!(row["result"], "failed");
    assert_eq!(row["risk_level"], "high");
    assert_eq!(row["metadata"], serde_json::json!({}));
    assert!(row["time"].as_str().unwrap().ends_with('Z'));
    assert!(row["timestamp"].as_i64().unwrap() > 1_700_000_000_000);
    // JSON Lines and CSV stream the same rows.
    let jsonl = env.run(&[
        "audit",
        "query",
        "--format",
        "jsonl",
        "--action",
        "secrets.*",
    ]);
    let lines: Vec<Value> = jsonl
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["action"], "secrets.rm");
    let csv = env.run(&[
        "audit",
        "query",
        "--format",
        "csv",
        "--action",
        "user.purge",
    ]);
    assert!(csv
        .stdout
        .starts_with("id,time,timestamp,actor,action,target,result,risk_level,metadata\n"));
    assert_eq!(csv.stdout.lines().count(), 2);
}

#[test]
fn bad_meta_and_unknown_filters_are_clear_errors() {
    let env = Env::example();
    env.run(&["audit", "log", "--action", "x", "--meta", "{not json"])
        .fails(2)
        .stderr_has("--meta is not valid JSON");
    env.run(&["audit", "log", "--action", "x", "--meta", "[1,2]"])
        .fails(2)
        .stderr_has("--meta must be a JSON object, not an array");
    env.run(&["audit", "log", "--action", "audit.prune"])
        .fails(2)
        .stderr_has("reserved for clawctl");
    env.run(&["audit", "query", "--since", "last tuesday"])
        .fails(2)
        .stderr_has("--since: invalid time 'last tuesday'");
    let unknown = env.run(&["audit", "query", "--colour-of-sky", "blue"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .contains("unexpected argument '--colour-of-sky'"),
        "{}",
        unknown.stderr
    );
    let risk = env.run(&["audit", "query", "--risk", "extreme"]);
    assert_eq!(risk.code, 2);
    assert!(
        risk.stderr.contains("invalid value 'extreme'")
            && risk.stderr.contains("low, medium, high")
    );
    let result = env.run(&["audit", "log", "--action", "x", "--result", "ok"]);
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains("success, failed, partial"),
        "{}",
        result.stderr
    );
    env.run(&["audit", "tail", "--interval", "soon"])
        .fails(2)
        .stderr_has("--interval: invalid duration");
    // The refused commands did not even create the ops database.
    assert!(!env.state.join("clawctl/ops.db").exists());
}

#[test]
fn verify_passes_an_intact_trail_and_anchors_its_head() {
    let env = six_events();
    let (code, v) = verify(&env, &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["intact"], true);
    assert_eq!(v["rows"], 7);
    assert_eq!(v["head_id"], 7);
    assert_eq!(v["problem"], Value::Null);
    let anchor = env.run(&["audit", "verify", "--anchor"]);
    anchor.ok();
    let hash = anchor.stdout.trim().to_string();
    assert_eq!(hash, v["head_hash"]);
    let (code, v) = verify(&env, &["--expect-head", &hash]);
    assert_eq!((code, v["anchor"]["id"].clone()), (0, Value::from(7)));
    log(&env, &["--action", "later"]);
    let (code, v) = verify(&env, &["--expect-head", &hash]);
    assert_eq!(code, 0);
    assert_eq!(v["anchor"]["events_after"], 1);
    let human = env.run(&["audit", "verify"]);
    assert!(
        human.stdout.contains("Audit trail intact: 8 events"),
        "{}",
        human.stdout
    );
}

#[test]
fn verify_detects_an_edited_field() {
    let env = six_events();
    let p = tampered(
        &env,
        "UPDATE audit_log SET target = 'elsewhere' WHERE id = 4",
    );
    assert_eq!(
        (p["kind"].as_str(), p["id"].as_i64()),
        (Some("edited"), Some(4))
    );
    let env = six_events();
    let p = tampered(&env, "UPDATE audit_log SET result = 'success', risk_level = 'low', timestamp = timestamp - 1 WHERE id = 5");
    assert_eq!(
        (p["kind"].as_str(), p["id"].as_i64()),
        (Some("edited"), Some(5))
    );
    // The failed verification is itself recorded (and so sent to syslog when configured).
    let n: i64 = db(&env)
        .query_row("SELECT COUNT(*) FROM audit_log WHERE action = 'audit.verify' AND result = 'failed' AND risk_level = 'high'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn verify_detects_a_deleted_row() {
    let env = six_events();
    let p = tampered(&env, "DELETE FROM audit_log WHERE id = 4");
    assert_eq!(
        (p["kind"].as_str(), p["id"].as_i64()),
        (Some("deleted"), Some(5))
    );
    assert!(p["message"]
        .as_str()
        .unwrap()
        .contains("between rows 3 and 5"));
    let env = six_events();
    let p = tampered(&env, "DELETE FROM audit_log WHERE id = 1");
    assert_eq!(
        (p["kind"].as_str(), p["id"].as_i64()),
        (Some("deleted"), Some(2))
    );
}

#[test]
fn verify_detects_swapped_rows() {
    let env = six_events();
    let p = tampered(
        &env,
        "UPDATE audit_log SET id = 100 WHERE id = 3; UPDATE audit_log SET id = 3 WHERE id = 5; UPDATE audit_log SET id = 5 WHERE id = 100;",
    );
    assert_eq!(
        (p["kind"].as_str(), p["id"].as_i64()),
        (Some("reordered"), Some(3))
    );
}

#[test]
fn verify_detects_an_inserted_row() {
    // A forged row that copies a real row's seal, slipped into a gap.
    let env = six_events();
    let p = tampered(
        &env,
        "UPDATE audit_log SET id = id + 100 WHERE id >= 5;
         INSERT INTO audit_log (id, timestamp, actor, action, target, result, risk_level, metadata, seal_key, pii_digest, prev_hash, hash)
           SELECT 50, timestamp, actor, 'grant_admin', target, result, risk_level, metadata, seal_key, pii_digest, hash, hash FROM audit_log WHERE id = 4;",
    );
    assert_eq!(
        (p["kind"].as_str(), p["id"].as_i64()),
        (Some("inserted"), Some(50))
    );
    // A row without a seal before sealed rows (the bot only ever appends at the end).
    let env = six_events();
    let p = tampered(
        &env,
        "INSERT INTO audit_log (id, timestamp, actor, action, target, result, risk_level, metadata) VALUES (0, 1, 'x', 'grant_admin', 't', 'success', 'low', '{}');",
    );
    assert_eq!(
        (p["kind"].as_str(), p["id"].as_i64()),
        (Some("inserted"), Some(0))
    );
}

#[test]
fn expect_head_detects_a_truncated_tail() {
    let env = six_events();
    let anchor = env.run(&["audit", "verify", "--anchor"]);
    let hash = anchor.stdout.trim().to_string();
    db(&env)
        .execute_batch("DELETE FROM audit_log WHERE id >= 6")
        .unwrap();
    // Without the anchor a clean truncation cannot be told from a shorter trail…
    assert_eq!(verify(&env, &[]).0, 0);
    // …with it, it can.
    let (code, v) = verify(&env, &["--expect-head", &hash]);
    assert_eq!(code, 3);
    assert_eq!(v["problem"]["kind"], "truncated");
    assert!(v["problem"]["message"].as_str().unwrap().contains(&hash));
    let human = env.run(&["audit", "verify", "--expect-head", &hash]);
    assert_eq!(human.code, 3);
    assert!(
        human.stdout.contains("Audit trail TAMPERED"),
        "{}",
        human.stdout
    );
}

#[test]
fn rows_the_bot_inserts_unsealed_are_sealed_in_order() {
    let env = six_events();
    let conn = db(&env);
    for i in 0..3 {
        conn.execute(
            "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (?1, 'bot', 'send_message', 'telegram:1', 'success', 'low', '{}')",
            [1_795_000_000_000i64 + i],
        )
        .unwrap();
    }
    let (code, v) = verify(&env, &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["rows"], 10);
    let unsealed: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE hash IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unsealed, 0);
    // A later edit of a sealed bot row is caught.
    conn.execute("UPDATE audit_log SET actor = 'someone' WHERE id = 9", [])
        .unwrap();
    assert_eq!(verify(&env, &[]).1["problem"]["id"], 9);
}

fn clawctl_cmd(env: &Env, args: &[&str]) -> std::process::Command {
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("clawctl"));
    for (k, _) in std::env::vars() {
        if k.starts_with("CLAWCTL_") || k.starts_with("OPENCLAW_") || k.starts_with("CLAWDBOT_") {
            c.env_remove(&k);
        }
    }
    c.env("HOME", env.dir.path())
        .arg("--state-dir")
        .arg(&env.state)
        .args(args);
    c
}

#[test]
fn concurrent_appends_from_two_processes_keep_a_valid_chain() {
    let env = Env::example();
    env.run(&["db", "migrate"]).ok();
    let per_process = 25;
    let workers: Vec<std::thread::JoinHandle<()>> = ["a", "b"]
        .iter()
        .map(|who| {
            let cmds: Vec<std::process::Command> = (0..per_process)
                .map(|i| {
                    clawctl_cmd(
                        &env,
                        &[
                            "-q",
                            "audit",
                            "log",
                            "--actor",
                            who,
                            "--action",
                            &format!("n{i}"),
                        ],
                    )
                })
                .collect();
            std::thread::spawn(move || {
                for mut c in cmds {
                    assert!(c.status().unwrap().success());
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let (code, v) = verify(&env, &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["rows"], 2 * per_process + 1);
    let q = env
        .run(&["audit", "query", "--json", "--actor", "a"])
        .json();
    assert_eq!(q.as_array().unwrap().len(), per_process);
}

#[test]
fn failures_groups_by_action_and_actor() {
    let env = Env::example();
    for i in 0..12 {
        let actor = if i < 9 {
            "user:telegram:666"
        } else {
            "user:telegram:777"
        };
        log(
            &env,
            &["--actor", actor, "--action", "login", "--result", "failed"],
        );
    }
    for _ in 0..3 {
        log(
            &env,
            &[
                "--actor",
                "user:telegram:666",
                "--action",
                "secrets.get",
                "--result",
                "failed",
            ],
        );
    }
    log(&env, &["--actor", "user:telegram:666", "--action", "login"]);
    let v = env
        .run(&[
            "audit", "failures", "--min", "10", "--since", "7d", "--json",
        ])
        .json();
    assert_eq!(v["min"], 10);
    let by_action = v["by_action"].as_array().unwrap();
    assert_eq!(by_action.len(), 1);
    assert_eq!(by_action[0]["action"], "login");
    assert_eq!(by_action[0]["failures"], 12);
    assert_eq!(by_action[0]["actors"], 2);
    let by_actor = v["by_actor"].as_array().unwrap();
    assert_eq!(by_actor.len(), 1);
    assert_eq!(by_actor[0]["actor"], "user:telegram:666");
    assert_eq!(by_actor[0]["failures"], 12);
    assert_eq!(by_actor[0]["actions"], 2);
    let one = env
        .run(&[
            "audit",
            "failures",
            "--min",
            "1",
            "--actor",
            "user:telegram:777",
            "--json",
        ])
        .json();
    assert_eq!(one["by_action"][0]["failures"], 3);
    let old = env
        .run(&[
            "audit",
            "failures",
            "--min",
            "1",
            "--since",
            "2020-01-01",
            "--until",
            "2020-02-01",
            "--json",
        ])
        .json();
    assert_eq!(old["by_action"].as_array().unwrap().len(), 0);
    let human = env.run(&["audit", "failures", "--min", "10"]);
    assert!(human.stdout.contains("login") && human.stdout.contains("Failed operations by actor"));
}

#[test]
fn stats_count_per_action_actor_and_risk() {
    let env = Env::example();
    log(&env, &["--actor", "a", "--action", "x", "--risk", "high"]);
    log(
        &env,
        &["--actor", "a", "--action", "x", "--result", "failed"],
    );
    log(&env, &["--actor", "b", "--action", "y"]);
    let v = env.run(&["audit", "stats", "--json"]).json();
    assert_eq!(v["events"], 4);
    assert_eq!(v["failed"], 1);
    assert_eq!(
        v["by_action"][0],
        serde_json::json!({"action": "x", "events": 2, "failed": 1})
    );
    let risks: Vec<(String, i64)> = v["by_risk"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["risk_level"].as_str().unwrap().to_string(),
                r["events"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        risks,
        [("low".into(), 2), ("high".into(), 1), ("medium".into(), 1)]
    );
    let b = env
        .run(&["audit", "stats", "--actor", "b", "--json"])
        .json();
    assert_eq!(b["events"], 1);
}

#[test]
fn tail_shows_the_newest_events_oldest_first() {
    let env = six_events();
    let v = env.run(&["audit", "tail", "-n", "2", "--json"]).json();
    let actions: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["step.5", "step.6"]);
    let text = env.run(&["audit", "tail", "-n", "1"]);
    assert!(
        text.stdout.starts_with("7  20") && text.stdout.contains("step.6  t6  success  low"),
        "{}",
        text.stdout
    );
}

fn read_line_within(reader: &mut BufReader<std::process::ChildStdout>) -> Value {
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"))
}

fn wait_exit(child: &mut Child, secs: u64) -> Option<std::process::ExitStatus> {
    for _ in 0..secs * 20 {
        if let Some(s) = child.try_wait().unwrap() {
            return Some(s);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    None
}

#[test]
fn tail_follows_new_events_into_a_pipe_and_exits_when_it_closes() {
    let env = six_events();
    let mut child = clawctl_cmd(
        &env,
        &[
            "audit",
            "tail",
            "-f",
            "-n",
            "1",
            "--json",
            "--interval",
            "100ms",
            "--risk",
            "high",
        ],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    log(&env, &["--action", "quiet", "--risk", "low"]);
    log(&env, &["--action", "alarm", "--risk", "high"]);
    // The bot side's rows show up too.
    db(&env)
        .execute(
            "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (1, 'bot', 'exec', 'sh', 'failed', 'high', '{}')",
            [],
        )
        .unwrap();
    let first = read_line_within(&mut out);
    assert_eq!(first["action"], "alarm");
    let second = read_line_within(&mut out);
    assert_eq!(
        (second["actor"].as_str(), second["action"].as_str()),
        (Some("bot"), Some("exec"))
    );
    drop(out);
    let status = wait_exit(&mut child, 10).expect("tail -f exits once its reader is gone");
    assert!(status.success(), "{status:?}");
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert!(err.is_empty(), "{err}");
    // It sealed the bot's row while following.
    let unsealed: i64 = db(&env)
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE hash IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unsealed, 0);
}

#[test]
fn a_closed_pipe_ends_a_large_query_quietly() {
    let env = six_events();
    let mut child = clawctl_cmd(&env, &["audit", "query", "--format", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = wait_exit(&mut child, 10).unwrap();
    assert!(status.success());
}

/// Cron and systemd units often set neither USER nor LOGNAME: the actor still names the user,
/// from the password database.
#[test]
fn the_default_actor_comes_from_the_password_database_without_user_variables() {
    let env = Env::example();
    let who = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let who = String::from_utf8_lossy(&who.stdout).trim().to_string();
    let out = run(env
        .cmd()
        .env_remove("USER")
        .env_remove("LOGNAME")
        .args(["audit", "log", "--action", "cron.job", "--json"]));
    let v = out.json();
    let actor = v["actor"].as_str().unwrap();
    assert!(actor.starts_with(&format!("operator:{who}@")), "{actor}");
}
