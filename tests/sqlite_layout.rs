//! The SQLite state layout of OpenClaw 2026.7.2+: `status` on the real 2026.9.6 fixture and on
//! generated databases, read-only access while the gateway writes, zstd rows and corrupt blobs,
//! archived transcripts, and the event-source interface giving the same events and totals as
//! the JSONL layout.

mod common;
#[path = "support/openclaw_gen.rs"]
mod gen;

use clawctl::state::events::{self, EventSource, Position, Resume};
use clawctl::state::{Layout, StateDir, TranscriptKind};
use common::{shared_fixture, snapshot, Env};
use rusqlite::{params, Connection};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn fixture() -> Env {
    Env::with_state(&shared_fixture("openclaw-2026.9.6/.openclaw"))
}

fn generated(spec: &gen::Spec) -> Env {
    let env = Env::empty();
    gen::write_sqlite(&env.state, spec);
    env
}

fn source(root: &Path) -> Box<dyn EventSource> {
    let state = StateDir::new(root.to_path_buf(), "test".into(), None);
    events::open(&state).unwrap()
}

/// Every file of a state directory except SQLite's `-wal`/`-shm`, which a WAL reader may create
/// (empty) as the gateway does; the `-wal` must stay empty (nothing written).
fn bot_files(root: &Path) -> BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut all = snapshot(root);
    for (p, bytes) in &all {
        if p.to_string_lossy().ends_with("-wal") {
            assert!(bytes.is_empty(), "{} has content", p.display());
        }
    }
    all.retain(|p, _| {
        let p = p.to_string_lossy();
        !p.ends_with("-wal") && !p.ends_with("-shm")
    });
    all
}

/// Every event per transcript source key, in order.
fn all_events(root: &Path) -> BTreeMap<String, Vec<Value>> {
    let src = source(root);
    let mut out: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let stats = events::scan(src.as_ref(), None, |t, e| {
        out.entry(t.session_id.clone())
            .or_default()
            .push(e.value.clone());
        Ok(())
    })
    .unwrap();
    assert_eq!(stats.malformed, 0, "{:?}", stats.problems);
    out
}

/// Model calls, tokens and USD as `cost report` counts them.
fn totals(events: &BTreeMap<String, Vec<Value>>) -> (u64, u64, u64, f64) {
    let (mut calls, mut input, mut output, mut usd) = (0, 0, 0, 0.0);
    for e in events.values().flatten() {
        let Some(m) = e.get("message").filter(|m| m["role"] == "assistant") else {
            continue;
        };
        calls += 1;
        input += m["usage"]["input"].as_u64().unwrap_or(0);
        output += m["usage"]["output"].as_u64().unwrap_or(0);
        usd += m["usage"]["cost"]["total"].as_f64().unwrap_or(0.0);
    }
    (calls, input, output, usd)
}

#[test]
fn status_reads_the_real_sqlite_fixture_field_by_field_without_writing() {
    let env = fixture();
    let before = bot_files(&env.state);
    let run = env.run(&["status", "--json"]);
    let v = run.json();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert_eq!(v["layout"], "sqlite");
    assert_eq!(v["layout_supported"], true);
    assert_eq!(v["layout_access"], "read-only");
    assert_eq!(v["bot_version"], "2026.9.6");
    let dbs = &v["bot_databases"];
    assert_eq!(dbs["tested_agent_schema_versions"], serde_json::json!([23]));
    assert_eq!(
        dbs["tested_global_schema_versions"],
        serde_json::json!([18])
    );
    assert_eq!(dbs["global"]["schema_version"], 18);
    assert_eq!(dbs["global"]["compat"], "tested");
    let a = &v["agents"][0];
    assert_eq!(a["id"], "main");
    assert_eq!(a["sessions"], 2);
    assert_eq!(a["transcripts"], 2);
    assert_eq!(a["events"], 17);
    assert_eq!(a["compressed_events"], 0);
    assert_eq!(a["transcript_bytes"], 5475);
    assert_eq!(a["leftovers"], 0);
    assert_eq!(
        a["database"]["path"],
        "agents/main/agent/openclaw-agent.sqlite"
    );
    assert_eq!(a["database"]["schema_version"], 23);
    assert_eq!(a["database"]["compat"], "tested");
    assert_eq!(a["database"]["app_version"], "2026.9.6");
    assert_eq!(a["database"]["agent_id"], "main");
    assert_eq!(v["totals"]["events"], 17);
    // Read-only: not one byte of the bot's databases changed, nothing was created beside them
    // except SQLite's own -wal/-shm, which any WAL reader creates when the gateway is stopped
    // (the -wal stays empty: nothing was written).
    assert_eq!(bot_files(&env.state), before);
    let table = env.run(&["status"]);
    table.ok();
    assert!(
        table.stdout.contains("agent 23; global 18"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("23 (tested)"), "{}", table.stdout);
}

#[test]
fn fixture_events_decode_like_jsonl_lines_and_sessions_map_to_store_entries() {
    let env = fixture();
    let src = source(&env.state);
    assert_eq!(src.layout(), Layout::Sqlite);
    let (sessions, problems) = src.sessions("main").unwrap();
    assert!(problems.is_empty());
    let keys: Vec<_> = sessions.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(
        keys,
        ["agent:main:explicit:cron-digest-1", "agent:main:main"]
    );
    assert_eq!(
        sessions[1].session_id(),
        Some("967e3742-3a54-4464-9b51-410b26b3583f")
    );
    assert_eq!(sessions[1].updated_at(), Some(1795480916307));
    let ts = src.transcripts("main").unwrap();
    assert_eq!(ts.len(), 2);
    let main = ts
        .iter()
        .find(|t| t.session_id.starts_with("967e"))
        .unwrap();
    assert_eq!(main.session_key.as_deref(), Some("agent:main:main"));
    assert_eq!(main.kind, TranscriptKind::Live);
    assert_eq!(
        main.source,
        "sqlite:main:967e3742-3a54-4464-9b51-410b26b3583f"
    );
    assert_eq!(main.events, Some(10));
    let mut stream = src.open(main, Resume::START).unwrap();
    let header = stream.next_event().unwrap().unwrap();
    assert_eq!(header.position, Position::Seq(0));
    assert_eq!(header.value["type"], "session");
    assert_eq!(header.value["version"], 4);
    let mut texts = Vec::new();
    while let Some(e) = stream.next_event().unwrap() {
        if let Some(m) = clawctl::state::transcript::message(&e.value) {
            texts.push(clawctl::state::transcript::message_text(m));
        }
    }
    assert_eq!(texts[0], "Hello from a real test");
    assert_eq!(texts[1], "Mock reply 725ca205: I read 220 characters.");
    assert_eq!(
        stream.resume(),
        Resume {
            offset: 10,
            line: 10
        }
    );
    let all = all_events(&env.state);
    let (calls, input, output, usd) = totals(&all);
    assert_eq!((calls, input, output), (3, 12607 + 12639 + 12246, 30));
    assert!(
        (usd - (0.037971 + 0.038067 + 0.036888)).abs() < 1e-9,
        "{usd}"
    );
}

#[test]
fn generated_sqlite_and_jsonl_give_identical_events_and_totals() {
    let spec = gen::Spec::new(40, 25);
    let sqlite = generated(&spec);
    let jsonl = Env::empty();
    gen::write_jsonl(&jsonl.state, &spec);
    let a = all_events(&sqlite.state);
    let b = all_events(&jsonl.state);
    assert_eq!(a.len(), 40);
    assert_eq!(
        a.values().map(Vec::len).sum::<usize>(),
        40 * spec.events_per_session()
    );
    assert_eq!(a, b, "the same events in both layouts");
    let (ta, tb) = (totals(&a), totals(&b));
    assert_eq!(ta, tb);
    assert_eq!(ta.0, 40 * 25);
    // Sessions are the same store entries in both layouts.
    let (sa, _) = source(&sqlite.state).sessions("main").unwrap();
    let (mut sb, _) = source(&jsonl.state).sessions("main").unwrap();
    sb.sort_by(|x, y| x.key.cmp(&y.key));
    let pairs: Vec<_> = sa
        .iter()
        .map(|s| (s.key.clone(), s.value.clone()))
        .collect();
    let expected: Vec<_> = sb
        .iter()
        .map(|s| (s.key.clone(), s.value.clone()))
        .collect();
    assert_eq!(pairs, expected);
    // status counts the compressed rows.
    let v = sqlite.run(&["status", "--json"]).json();
    assert_eq!(v["agents"][0]["events"], 40 * spec.events_per_session());
    assert_eq!(
        v["agents"][0]["compressed_events"],
        40 * (spec.events_per_session() / 3)
    );
}

#[test]
fn a_corrupt_zstd_blob_is_counted_and_reported_and_the_rest_is_read() {
    let spec = gen::Spec::new(3, 10);
    let env = generated(&spec);
    gen::corrupt(&env.state, &spec, 1, 7);
    let src = source(&env.state);
    let mut seen = 0;
    let stats = events::scan(src.as_ref(), None, |_, _| {
        seen += 1;
        Ok(())
    })
    .unwrap();
    assert_eq!(seen, 3 * spec.events_per_session() - 1);
    assert_eq!(stats.malformed, 1);
    let p = &stats.problems[0];
    assert_eq!(p.line, 7);
    let shown = p.to_string();
    assert!(
        shown.contains(&format!(
            "openclaw-agent.sqlite:{}:7: event_zstd does not decompress",
            gen::session_id(1)
        )),
        "{shown}"
    );
    // A resumed read goes past the bad row and does not report it again.
    let t = src
        .transcripts("main")
        .unwrap()
        .into_iter()
        .find(|t| t.session_id == gen::session_id(1))
        .unwrap();
    let mut s = src.open(&t, Resume { offset: 8, line: 8 }).unwrap();
    let first = s.next_event().unwrap().unwrap();
    assert_eq!(first.position, Position::Seq(8));
    while s.next_event().unwrap().is_some() {}
    assert_eq!(s.stats().malformed, 0);
}

#[test]
fn a_resumed_read_sees_only_new_rows_and_stat_tells_changes() {
    let spec = gen::Spec::new(2, 5);
    let env = generated(&spec);
    let src = source(&env.state);
    let t0 = src.transcripts("main").unwrap().remove(0);
    let mut s = src.open(&t0, Resume::START).unwrap();
    let mut n = 0;
    while s.next_event().unwrap().is_some() {
        n += 1;
    }
    let resume = s.resume();
    assert_eq!(n, spec.events_per_session());
    assert_eq!(resume.offset as usize, spec.events_per_session());
    let head = src.head_hash(&t0, resume).unwrap();
    drop(s);
    assert_eq!(src.transcripts("main").unwrap()[0].stat, t0.stat);

    // The gateway appends two turns.
    let mut db = Connection::open(gen::agent_db(&env.state, "main")).unwrap();
    let more = gen::session_events_from(0, 5, 7);
    gen::insert_events(&mut db, &spec, 0, resume.offset as i64, &more);
    let t1 = src.transcripts("main").unwrap().remove(0);
    assert_ne!(t1.stat, t0.stat);
    assert_eq!(
        src.head_hash(&t1, resume).unwrap(),
        head,
        "same start: resume"
    );
    let mut s = src.open(&t1, resume).unwrap();
    let mut new = Vec::new();
    while let Some(e) = s.next_event().unwrap() {
        new.push(e.value);
    }
    let reparsed: Vec<Value> = more
        .iter()
        .map(|e| serde_json::from_str(&e.to_string()).unwrap())
        .collect();
    assert_eq!(new, reparsed);
    assert_eq!(s.resume().line as usize, spec.events_per_session() + 6);

    // A rewrite (new generation) is told apart.
    db.execute(
        "UPDATE transcript_rewrite_watermarks SET generation = 'g2' WHERE session_id = ?1",
        [gen::session_id(0)],
    )
    .unwrap();
    let t2 = src.transcripts("main").unwrap().remove(0);
    assert_eq!(t2.stat.file_id, "gen:g2");
}

#[test]
fn reads_proceed_while_a_writer_holds_the_database() {
    for journal in ["WAL", "DELETE"] {
        let spec = gen::Spec::new(3, 4);
        let env = generated(&spec);
        let path = gen::agent_db(&env.state, "main");
        let writer = Connection::open(&path).unwrap();
        writer
            .execute_batch(&format!("PRAGMA journal_mode={journal};"))
            .unwrap();
        writer.execute_batch("BEGIN IMMEDIATE").unwrap();
        writer
            .execute(
                "INSERT INTO transcript_events (session_id, seq, event_json, created_at) VALUES (?1, 999, '{}', 0)",
                params![gen::session_id(0)],
            )
            .unwrap();
        let run = env.run(&["status", "--json"]);
        let v = run.json();
        assert_eq!(
            v["agents"][0]["events"],
            3 * spec.events_per_session(),
            "{journal}: the uncommitted row is not seen"
        );
        let all = all_events(&env.state);
        assert_eq!(
            all.values().map(Vec::len).sum::<usize>(),
            3 * spec.events_per_session()
        );
        writer.execute_batch("COMMIT").unwrap();
        let v = env.run(&["status", "--json"]).json();
        assert_eq!(v["agents"][0]["events"], 3 * spec.events_per_session() + 1);
    }
}

#[test]
fn a_newer_schema_is_read_best_effort_with_a_warning_and_never_written() {
    let mut spec = gen::Spec::new(2, 3);
    spec.schema_version = 24;
    let env = generated(&spec);
    let before = bot_files(&env.state);
    let run = env.run(&["status", "--json"]);
    let v = run.json();
    run.stderr_has("clawctl: warning: ")
        .stderr_has("has schema version 24, newer than the versions clawctl is tested against (23)")
        .stderr_has("best-effort, read-only");
    assert_eq!(v["agents"][0]["database"]["compat"], "newer");
    assert_eq!(v["agents"][0]["events"], 2 * spec.events_per_session());
    assert_eq!(bot_files(&env.state), before);
    // -q silences the warning, not the result.
    let quiet = env.run(&["-q", "status", "--json"]);
    quiet.ok();
    assert!(!quiet.stderr.contains("warning"), "{}", quiet.stderr);
}

#[test]
fn a_database_that_is_not_the_bots_fails_with_one_clear_line() {
    let env = Env::empty();
    let dir = env.state.join("agents/main/agent");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("openclaw-agent.sqlite"),
        b"not a database at all, just text",
    )
    .unwrap();
    env.run(&["status"])
        .fails(1)
        .stderr_has("openclaw-agent.sqlite");
    let env = Env::empty();
    std::fs::create_dir_all(env.state.join("agents/main/agent")).unwrap();
    Connection::open(gen::agent_db(&env.state, "main"))
        .unwrap()
        .execute_batch("CREATE TABLE unrelated(a)")
        .unwrap();
    env.run(&["status"])
        .fails(1)
        .stderr_has("table session_nodes is missing");
}

#[test]
fn archived_transcripts_are_leftovers_read_once_from_the_database() {
    let spec = gen::Spec::new(2, 3);
    let env = generated(&spec);
    let db = Connection::open(gen::agent_db(&env.state, "main")).unwrap();
    let deleted = gen::session_events(&spec, 5);
    let mut jsonl = String::new();
    for e in &deleted {
        jsonl.push_str(&e.to_string());
        jsonl.push('\n');
    }
    let blob = zstd::encode_all(jsonl.as_bytes(), 3).unwrap();
    let name = format!(
        "{}.jsonl.deleted.2026-11-24T00-00-00.000Z.g9.zst",
        gen::session_id(5)
    );
    db.execute(
        "INSERT INTO session_transcript_archives (session_id, generation, session_key, reason, encoding,
           archive_blob, archive_sha256, archive_name, created_at, published_at)
         VALUES (?1, 'g9', 'agent:main:telegram:direct:100005', 'deleted', 'zstd', ?2, ?3, ?4, 1, 1)",
        params![gen::session_id(5), blob, "a".repeat(64), name],
    )
    .unwrap();
    // The bot's published copy of the same archive is not read a second time.
    let sessions = env.state.join("agents/main/sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    std::fs::write(sessions.join(&name), &blob).unwrap();
    let src = source(&env.state);
    let ts = src.transcripts("main").unwrap();
    let archived: Vec<_> = ts
        .iter()
        .filter(|t| t.kind == TranscriptKind::Deleted)
        .collect();
    assert_eq!(ts.len(), 3);
    assert_eq!(archived.len(), 1);
    assert!(archived[0].in_bot_database());
    let all = all_events(&env.state);
    assert_eq!(all[&gen::session_id(5)], deleted);
    let v = env.run(&["status", "--json"]).json();
    assert_eq!(v["agents"][0]["leftovers"], 1);
    assert_eq!(v["agents"][0]["leftover_bytes"], blob.len());
}

#[test]
fn the_jsonl_source_resumes_the_same_way() {
    let spec = gen::Spec::new(1, 4);
    let env = Env::empty();
    gen::write_jsonl(&env.state, &spec);
    let src = source(&env.state);
    assert_eq!(src.layout(), Layout::File);
    let t0 = src.transcripts("main").unwrap().remove(0);
    assert_eq!(
        t0.source,
        format!("agents/main/sessions/{}.jsonl", gen::session_id(0))
    );
    let mut s = src.open(&t0, Resume::START).unwrap();
    while s.next_event().unwrap().is_some() {}
    let resume = s.resume();
    assert_eq!(resume.line as usize, spec.events_per_session());
    assert_eq!(resume.offset, t0.stat.size);
    let head = src.head_hash(&t0, resume).unwrap();
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&t0.location)
        .unwrap();
    let more = gen::session_events_from(0, 4, 5);
    for e in &more {
        use std::io::Write;
        writeln!(f, "{e}").unwrap();
    }
    let t1 = src.transcripts("main").unwrap().remove(0);
    assert_ne!(t1.stat, t0.stat);
    assert_eq!(src.head_hash(&t1, resume).unwrap(), head);
    let mut s = src.open(&t1, resume).unwrap();
    let first = s.next_event().unwrap().unwrap();
    assert_eq!(
        first.position,
        Position::Line {
            number: resume.line + 1,
            offset: resume.offset
        }
    );
    assert_eq!(first.value["id"], more[0]["id"]);
}

/// A user line of session `i` that attaches `name` (under the bot's `media/inbound`).
fn attach(env: &Env, spec: &gen::Spec, i: usize, name: &str) {
    let inbound = env.state.join("media/inbound");
    std::fs::create_dir_all(&inbound).unwrap();
    std::fs::write(inbound.join(name), b"\x89PNG fake").unwrap();
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(inbound.join(name))
        .unwrap();
    // Received in 2020: long past any media retention.
    f.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_580_000_000))
        .unwrap();
    let text = format!(
        "[Telegram User{i} id:{} +1m] look\n[media attached: /home/operator/.openclaw/media/inbound/{name} (image/png)]",
        100_000 + i
    );
    let event = serde_json::json!({"type":"message","id":format!("media-{i}"),"parentId":null,
        "timestamp":"2026-11-25T00:00:00.000Z","message":{"role":"user","content":text}});
    let mut db = Connection::open(gen::agent_db(&env.state, &spec.agent)).unwrap();
    gen::insert_events(&mut db, spec, i, spec.events_per_session() as i64, &[event]);
}

#[test]
fn retention_keeps_held_media_referenced_from_the_bots_database_and_never_writes_it() {
    let spec = gen::Spec::new(6, 2);
    let env = generated(&spec);
    attach(&env, &spec, 3, "photo-3.png");
    attach(&env, &spec, 5, "photo-5.png");
    attach(&env, &spec, 4, "photo-4.png");
    // People and sessions are known from session_nodes: holds need no sync on this layout.
    env.run(&["retention", "hold", "--user", "telegram:100003"])
        .ok();
    env.run(&["retention", "hold", "--session", &gen::session_id(4)])
        .ok();
    env.run(&["retention", "hold", "--user", "telegram:999"])
        .fails(1)
        .stderr_has("no person telegram:999");
    let before = bot_files(&env.state.join("agents"));
    let policy = env.path("policy.toml");
    std::fs::write(&policy, "[media]\ndays = 1\n").unwrap();
    let args = [
        "retention",
        "enforce",
        "--policy",
        policy.to_str().unwrap(),
        "--json",
    ];
    let run = env.run(&args);
    let v = run.json();
    run.stderr_has("openclaw sessions cleanup");
    let inbound = env.state.join("media/inbound");
    assert!(
        inbound.join("photo-3.png").exists(),
        "held person's attachment"
    );
    assert!(
        inbound.join("photo-4.png").exists(),
        "held session's attachment"
    );
    assert!(
        !inbound.join("photo-5.png").exists(),
        "nobody holds this one"
    );
    let media = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rule"] == "media")
        .unwrap();
    assert_eq!(media["removed"], 1, "{media}");
    assert_eq!(bot_files(&env.state.join("agents")), before);
}

#[test]
fn deep_secrets_scan_reads_events_in_the_bots_database_compressed_or_not() {
    let mut spec = gen::Spec::new(2, 2);
    spec.zstd_every = 2;
    let env = generated(&spec);
    let key = "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef012345";
    let pasted = serde_json::json!({"type":"message","id":"paste-1","timestamp":"2026-11-24T02:00:00.000Z",
        "message":{"role":"user","content":format!("here is my token {key} ok"),"timestamp":1_795_485_600_000_i64}});
    let seq = spec.events_per_session() as i64;
    let mut db = Connection::open(gen::agent_db(&env.state, "main")).unwrap();
    // Two events: seq n plain, seq n+1 compressed (every second one is).
    gen::insert_events(&mut db, &spec, 1, seq, &[pasted.clone(), pasted]);
    drop(db);
    let before = bot_files(&env.state);
    let v = env.run(&["secrets", "scan", "--deep", "--json"]).json();
    let hits: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "github-token")
        .collect();
    let file = format!(
        "agents/main/agent/openclaw-agent.sqlite:{}",
        gen::session_id(1)
    );
    let lines: Vec<(String, i64)> = hits
        .iter()
        .map(|h| {
            (
                h["file"].as_str().unwrap().to_string(),
                h["line"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(lines, [(file.clone(), seq), (file, seq + 1)], "{v:#}");
    assert!(hits
        .iter()
        .all(|h| h["area"] == "transcript" && h["action"] == "keep"));
    assert!(!v.to_string().contains(key), "never the value");
    assert!(
        !v.to_string().contains("transcripts of the SQLite layout"),
        "{v:#}"
    );
    assert_eq!(bot_files(&env.state), before, "read-only");
}
