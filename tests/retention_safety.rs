//! `retention enforce` while the bot runs: a concurrent writer never sees SQLITE_BUSY and loses
//! nothing; kill -9 at several points then a rerun reaches the same end state; overlapping runs
//! exit 5; --max-runtime stops cleanly.

mod common;
mod retention_util;
use common::*;
use retention_util::*;
use rusqlite::params;
use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

const GROUP: &str = "agents/main/sessions/9ce4aa5f-0b47-42d2-9e05-c9906be994f2.jsonl";

/// Fill the ops database: `old` expired and `young` current messages, `media` expired media
/// rows with their files, a few old audit events.
fn fill(env: &Env, old: usize, young: usize, media: usize) {
    let mut c = db(env);
    let n = now();
    let tx = c.transaction().unwrap();
    // Audit pruning removes a prefix of the hash chain: drop the fresh `db migrate` event so
    // the old events inserted below come first, as on a long-running installation.
    tx.execute("DELETE FROM audit_log", []).unwrap();
    for i in 0..old + young {
        let ts = if i < old {
            n - 100 * DAY - i as i64
        } else {
            n - DAY + i as i64
        };
        tx.execute(
            "INSERT INTO messages (timestamp, message_key, user_id, session_key, session_id, role, text) VALUES (?, ?, 'telegram:333333333', 'agent:main:telegram:dm:333333333', 's', 'user', 'x')",
            params![ts, format!("m{i:07}")],
        )
        .unwrap();
    }
    for i in 0..media {
        let rel = format!("media/inbound/gen-{i:04}.bin");
        std::fs::write(env.state.join(&rel), b"media").unwrap();
        tx.execute(
            "INSERT INTO media_files (file_path, timestamp, message_key, user_id, session_id) VALUES (?, ?, ?, 'telegram:333333333', 's')",
            params![rel, n - 40 * DAY - i as i64, format!("f{i}")],
        )
        .unwrap();
    }
    for i in 0..5 {
        tx.execute(
            "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (?, 'op', 'x', 't', 'success', 'low', '{}')",
            params![n - (400 + i) * DAY],
        )
        .unwrap();
    }
    tx.commit().unwrap();
}

fn config(env: &Env, text: &str) {
    std::fs::create_dir_all(env.state.join("clawctl")).unwrap();
    std::fs::write(env.state.join("clawctl/config.toml"), text).unwrap();
}

/// Files outside clawctl's own directory, and the ops-database rows retention acts on.
fn end_state(env: &Env) -> (BTreeMap<PathBuf, Vec<u8>>, Vec<String>, Vec<String>, i64) {
    let mut files = snapshot(&env.state);
    files.retain(|p, _| !p.starts_with(env.state.join("clawctl")));
    let files = files
        .into_iter()
        .map(|(p, b)| (p.strip_prefix(&env.state).unwrap().to_path_buf(), b))
        .collect();
    let c = db(env);
    let audit = count(&c, "SELECT COUNT(*) FROM audit_log WHERE action = 'x'");
    (
        files,
        keys(&c, "messages", "message_key"),
        keys(&c, "media_files", "message_key"),
        audit,
    )
}

fn crash_env() -> Env {
    let env = Env::example();
    age_example(&env);
    fill(&env, 900, 100, 150);
    config(&env, "[retention]\nbatch_size = 100\n");
    env
}

#[test]
fn kill_9_at_any_point_then_a_rerun_reaches_the_same_end_state() {
    let reference = crash_env();
    reference
        .run(&["retention", "enforce", "--now", NOW, "-q"])
        .ok();
    let expected = end_state(&reference);
    assert_eq!(expected.1.len(), 100, "young messages stay");
    assert!(expected.2.is_empty());
    assert_eq!(expected.3, 0);

    // Batches 1..9 are messages, 10 and 11 media (files gone, rows not yet), 12 audit;
    // journal steps: 1 the main session, then the leftover, media files, the log.
    for point in [
        "retention-batch:1",
        "retention-batch:5",
        "retention-batch:10",
        "retention-batch:11",
        "retention-batch:12",
        "retention-session:1",
        "retention:1",
        "retention:2",
        "retention:5",
        "retention:8",
    ] {
        let env = crash_env();
        let killed = env
            .cmd()
            .args(["retention", "enforce", "--now", NOW, "-q"])
            .env("CLAWCTL_FAULT_KILL_AFTER_STEP", point)
            .output()
            .unwrap();
        assert_eq!(killed.status.code(), None, "{point}: expected SIGKILL");
        let after = env
            .run(&["retention", "enforce", "--now", NOW, "--json"])
            .json();
        assert_eq!(after["complete"], true, "{point}");
        assert_eq!(end_state(&env), expected, "{point}: end state differs");
        let verify = env.run(&["audit", "verify"]);
        assert_eq!(verify.code, 0, "{point}: audit verify\n{}", verify.stdout);
        let r = env
            .run(&["retention", "enforce", "--now", NOW, "--json"])
            .json();
        assert_eq!(
            r["totals"]["removed"], 0,
            "{point}: third run removes nothing"
        );
    }
}

#[test]
fn a_killed_session_removal_leaves_no_entry_without_its_transcript() {
    let env = crash_env();
    let killed = env
        .cmd()
        .args(["retention", "enforce", "--now", NOW, "-q"])
        .env("CLAWCTL_FAULT_KILL_AFTER_STEP", "retention-session:1")
        .output()
        .unwrap();
    assert_eq!(killed.status.code(), None);
    let store = std::fs::read_to_string(env.state.join(SESSIONS).join("sessions.json")).unwrap();
    assert!(
        !store.contains("\"agent:main:main\""),
        "entry removed first"
    );
    assert!(env
        .state
        .join(SESSIONS)
        .join("0db317d9-4c8e-4fa3-969a-73bf4c83cf3b.jsonl")
        .exists());
    let v = env
        .run(&["retention", "enforce", "--now", NOW, "--json"])
        .json();
    assert_eq!(v["resumed_interrupted_run"], true);
    assert!(!env
        .state
        .join(SESSIONS)
        .join("0db317d9-4c8e-4fa3-969a-73bf4c83cf3b.jsonl")
        .exists());
}

/// The bot side: inserts rows, appends to a live transcript and rewrites sessions.json under its
/// lock, continuously, counting every error.
struct Writer {
    rows: u64,
    lines: u64,
    store_writes: u64,
    errors: Vec<String>,
    last_updated_at: i64,
    slowest_insert: std::time::Duration,
}

fn bot_writer(state: PathBuf, stop: Arc<AtomicBool>) -> Writer {
    let mut w = Writer {
        rows: 0,
        lines: 0,
        store_writes: 0,
        errors: Vec::new(),
        last_updated_at: 0,
        slowest_insert: Default::default(),
    };
    let c = rusqlite::Connection::open(state.join("clawctl/ops.db")).unwrap();
    c.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
    let transcript = state.join(GROUP);
    let sessions = state.join(SESSIONS).join("sessions.json");
    let lock = state.join(SESSIONS).join("sessions.json.lock");
    let mut i = 0u64;
    while !stop.load(Ordering::SeqCst) {
        i += 1;
        let t = std::time::Instant::now();
        let inserted = c.execute(
            "INSERT INTO messages (timestamp, message_key, user_id, session_id, role, text) VALUES (?, ?, 'telegram:1', 'live', 'user', 'new')",
            params![now() + i as i64, format!("w{i:07}")],
        );
        w.slowest_insert = w.slowest_insert.max(t.elapsed());
        match inserted {
            Ok(_) => w.rows += 1,
            Err(e) => w.errors.push(format!("insert: {e}")),
        }
        let line = format!("{{\"type\":\"message\",\"id\":\"w{i:07}\",\"timestamp\":\"2026-11-20T12:00:00.000Z\",\"message\":{{\"role\":\"user\",\"content\":\"live {i}\"}}}}\n");
        match std::fs::OpenOptions::new()
            .append(true)
            .open(&transcript)
            .and_then(|mut f| f.write_all(line.as_bytes()))
        {
            Ok(()) => w.lines += 1,
            Err(e) => w.errors.push(format!("append: {e}")),
        }
        if i.is_multiple_of(20) {
            // Like the bot: take the lock exclusively, rewrite the store through a rename.
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&lock)
            {
                Ok(mut f) => {
                    let _ = f.write_all(
                        format!("{{\"pid\":{},\"startedAt\":{}}}", std::process::id(), now())
                            .as_bytes(),
                    );
                    let mut v: serde_json::Value =
                        serde_json::from_slice(&std::fs::read(&sessions).unwrap()).unwrap();
                    let at = 1_900_000_000_000 + i as i64;
                    v["agent:main:telegram:group:-1001234567890"]["updatedAt"] = at.into();
                    let tmp = sessions.with_extension("json.tmp-bot");
                    std::fs::write(&tmp, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
                    std::fs::rename(&tmp, &sessions).unwrap();
                    std::fs::remove_file(&lock).unwrap();
                    w.store_writes += 1;
                    w.last_updated_at = at;
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => w.errors.push(format!("lock: {e}")),
            }
        }
    }
    w
}

#[test]
fn a_writer_running_during_enforce_never_waits_out_or_loses_anything() {
    let env = Env::example();
    age_example(&env);
    fill(&env, 30_000, 5_000, 300);
    config(&env, "[retention]\nbatch_size = 500\n");
    let lines_before = std::fs::read_to_string(env.state.join(GROUP))
        .unwrap()
        .lines()
        .count() as u64;
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (state, stop) = (env.state.clone(), stop.clone());
        std::thread::spawn(move || bot_writer(state, stop))
    };
    std::thread::sleep(std::time::Duration::from_millis(100));
    let v = env
        .run(&["retention", "enforce", "--now", NOW, "--json"])
        .json();
    stop.store(true, Ordering::SeqCst);
    let w = writer.join().unwrap();

    assert!(w.errors.is_empty(), "writer errors: {:?}", w.errors);
    assert!(
        w.rows > 0 && w.store_writes > 0,
        "the writer ran during the run"
    );
    assert_eq!(rule(&v, "messages")["removed"], 30_000);
    assert_eq!(
        rule(&v, "media")["removed"],
        305,
        "300 indexed and 5 old example files"
    );
    let c = db(&env);
    assert_eq!(
        count(
            &c,
            "SELECT COUNT(*) FROM messages WHERE message_key LIKE 'w%'"
        ),
        w.rows as i64
    );
    assert_eq!(
        count(
            &c,
            "SELECT COUNT(*) FROM messages WHERE message_key LIKE 'm%'"
        ),
        5_000
    );
    let lines = std::fs::read_to_string(env.state.join(GROUP))
        .unwrap()
        .lines()
        .count() as u64;
    assert_eq!(lines, lines_before + w.lines, "no appended line lost");
    let store: serde_json::Value = serde_json::from_slice(
        &std::fs::read(env.state.join(SESSIONS).join("sessions.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        store["agent:main:telegram:group:-1001234567890"]["updatedAt"],
        w.last_updated_at
    );
    assert!(store.get("agent:main:main").is_none());
    let (p50, p99, max) = (
        v["write_lock_p50_ms"].as_f64().unwrap(),
        v["write_lock_p99_ms"].as_f64().unwrap(),
        v["longest_write_lock_ms"].as_f64().unwrap(),
    );
    assert!(0.0 < p50 && p50 <= p99 && p99 <= max, "{p50} {p99} {max}");
    // Null only where the longest hold was an audit prune, whose COMMIT is not timed apart.
    let commit = &v["longest_write_lock_commit_ms"];
    assert!(
        commit.is_null() || commit.as_f64().is_some_and(|c| c <= max),
        "{v}"
    );
    assert!(v["write_locks_over_target"].is_u64(), "{v}");
    eprintln!(
        "writer: {} rows (slowest insert {:?}), {} lines, {} store writes; enforce longest write lock {} ms over {} batches",
        w.rows, w.slowest_insert, w.lines, w.store_writes, v["longest_write_lock_ms"], v["batches"]
    );
}

fn hold_lock(state: &Path, pid: &str) -> std::fs::File {
    std::fs::create_dir_all(state.join("clawctl")).unwrap();
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .open(state.join("clawctl/retention.lock"))
        .unwrap();
    // SAFETY: flock on an open descriptor.
    assert_eq!(
        unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) },
        0
    );
    writeln!(f, "{pid}").unwrap();
    f
}

#[test]
fn a_second_run_exits_5_at_once_with_one_line() {
    let env = Env::example();
    let held = hold_lock(&env.state, "4242");
    let before = snapshot(&env.state);
    let r = env.run(&["retention", "enforce", "-q"]);
    r.fails(5)
        .stderr_has("another retention enforce is running (pid 4242)");
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert_eq!(before, snapshot(&env.state));
    drop(held);
    env.run(&["retention", "enforce", "-q"]).ok();
}

#[test]
fn two_real_runs_overlap_harmlessly() {
    let env = Env::example();
    fill(&env, 100_000, 0, 0);
    config(&env, "[retention]\nbatch_size = 50\n");
    #[allow(deprecated)]
    let bin = assert_cmd::cargo::cargo_bin("clawctl");
    let mut first = std::process::Command::new(bin)
        .arg("--state-dir")
        .arg(&env.state)
        .args(["retention", "enforce", "-q"])
        .env_remove("CLAWCTL_DB")
        .env_remove("CLAWCTL_CONFIG")
        .spawn()
        .unwrap();
    let lock = env.state.join("clawctl/retention.lock");
    let pid = first.id().to_string();
    let t0 = std::time::Instant::now();
    while std::fs::read_to_string(&lock).unwrap_or_default().trim() != pid {
        assert!(t0.elapsed().as_secs() < 30, "first run never took the lock");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let second = env.run(&["retention", "enforce"]);
    second.fails(5).stderr_has(&format!("(pid {pid})"));
    assert!(first.wait().unwrap().success());
    let c = db(&env);
    assert_eq!(count(&c, "SELECT COUNT(*) FROM messages"), 0);
}

#[test]
fn max_runtime_stops_cleanly_and_the_next_run_continues() {
    let env = Env::example();
    age_example(&env);
    fill(&env, 500, 10, 0);
    let v = env.run(&[
        "retention",
        "enforce",
        "--max-runtime",
        "0s",
        "--now",
        NOW,
        "--json",
    ]);
    v.ok();
    assert!(
        v.stderr.contains("stopped early (max-runtime reached)"),
        "{}",
        v.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&v.stdout).unwrap();
    assert_eq!(
        (v["complete"].as_bool(), v["stopped"].as_str()),
        (Some(false), Some("max-runtime reached"))
    );
    assert_eq!(v["totals"]["removed"], 0);
    let c = db(&env);
    assert_eq!(count(&c, "SELECT COUNT(*) FROM audit_log WHERE action = 'retention.enforce' AND result = 'partial'"), 1);
    let v = env
        .run(&[
            "retention",
            "enforce",
            "--max-runtime",
            "10m",
            "--now",
            NOW,
            "--json",
        ])
        .json();
    assert_eq!(v["complete"], true);
    assert_eq!(rule(&v, "messages")["removed"], 500);
}
