//! `retention show|enforce|hold|release` on real state directories: the policy and its edge
//! cases (the exact cutoff, starred, archived, held, time zones), files and rows, holds.

mod common;
mod retention_util;
use common::*;
use retention_util::*;

const MAIN: &str = "agents/main/sessions/0db317d9-4c8e-4fa3-969a-73bf4c83cf3b.jsonl";
const CAROL: &str = "agents/main/sessions/939ae232-588e-4bce-b71e-d78a1dc02e27.jsonl";
const ORPHAN: &str = "agents/main/sessions/7a8d9ccd-7582-429f-bac5-26d3d4381551.jsonl";
const DELETED: &str =
    "agents/main/sessions/5e571eaa-66c1-44e7-8859-90d2e844c762.jsonl.deleted.2026-10-01T08-00-00.000Z";
const RESET: &str =
    "agents/main/sessions/3af9f30c-5a66-4477-bda9-d8c096d38ff5.jsonl.reset.2026-11-01T10-15-30.000Z";

fn store_keys(env: &Env) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(
        &std::fs::read(env.state.join(SESSIONS).join("sessions.json")).unwrap(),
    )
    .unwrap();
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn show_as_csv_is_the_rules_table_with_one_row_per_rule() {
    let env = Env::example();
    let r = env.run(&["retention", "show", "--now", NOW, "--format", "csv"]);
    r.ok();
    let v = env
        .run(&["retention", "show", "--now", NOW, "--json"])
        .json();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines[0].starts_with("rule,keep,"), "{}", r.stdout);
    let rules: Vec<&str> = lines[1..]
        .iter()
        .filter_map(|l| l.split(',').next())
        .collect();
    let expected: Vec<&str> = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, expected);
}

#[test]
fn show_reports_the_default_policy_field_by_field() {
    let env = Env::example();
    age_example(&env);
    let v = env
        .run(&["retention", "show", "--now", NOW, "--json"])
        .json();
    assert_eq!(v["now"], "2026-11-20T12:00:00.000Z");
    assert_eq!(v["policy_source"], "built-in defaults");
    assert_eq!(v["ops_db"], false);
    assert_eq!(
        (v["batch_size"].as_u64(), v["lock_target_ms"].as_u64()),
        (Some(1000), Some(25))
    );
    assert!(
        !env.state.join("clawctl/ops.db").exists(),
        "show must not create the ops database"
    );
    let m = rule(&v, "messages");
    assert_eq!(m["keep"], "90 days (except starred, archived)");
    assert_eq!(m["cutoff"], "2026-08-22T12:00:00.000Z");
    assert_eq!(rule(&v, "audit")["keep"], "365 days");
    assert_eq!(rule(&v, "cost")["keep"], "keep");
    assert_eq!(rule(&v, "cost")["cutoff"], serde_json::Value::Null);
    let t = rule(&v, "transcripts");
    assert_eq!(t["keep"], "idle 90 days, then delete");
    assert_eq!(t["count"], 1, "only agent:main:main is idle for 90 days");
    let main_bytes = std::fs::metadata(env.state.join(MAIN)).unwrap().len();
    assert_eq!(t["bytes"], main_bytes);
    assert_eq!(
        t["oldest_kept"], "2026-09-02T18:30:13.530Z",
        "carol's session"
    );
    let l = rule(&v, "leftovers");
    assert_eq!(
        (l["count"].as_u64(), l["oldest_kept"].as_str()),
        (Some(1), Some("2026-11-01T10:15:30.000Z"))
    );
    let media = rule(&v, "media");
    assert_eq!(
        media["count"], 5,
        "all but the grafana screenshot are older than 30 days"
    );
    assert_eq!(media["oldest_kept"], "2026-11-19T16:40:00.000Z");
    let c = rule(&v, "commands_log");
    assert_eq!(
        (c["count"].as_u64(), c["bytes"].as_u64()),
        (Some(1), Some(140))
    );
    assert_eq!(c["oldest_kept"], "2026-08-30T11:59:57.120Z");
    assert_eq!(v["holds"], serde_json::json!([]));
}

#[test]
fn enforce_removes_what_the_policy_says_and_is_idempotent() {
    let env = Env::example();
    age_example(&env);
    let before = snapshot(&env.state);
    let dry = env
        .run(&["retention", "enforce", "--dry-run", "--now", NOW, "--json"])
        .json();
    assert_eq!(dry["dry_run"], true);
    assert_eq!(before, snapshot(&env.state), "--dry-run changes nothing");
    let steps: Vec<&str> = dry["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["op"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        [
            "remove_session",
            "remove_file",
            "remove_file",
            "remove_file",
            "remove_file",
            "remove_file",
            "remove_file",
            "trim_commands_log"
        ]
    );

    let v = env
        .run(&["retention", "enforce", "--now", NOW, "--json"])
        .json();
    assert_eq!(v["complete"], true);
    assert_eq!(v["dry_run"], false);
    assert_eq!(rule(&v, "transcripts")["removed"], 1);
    assert_eq!(rule(&v, "leftovers")["removed"], 1);
    assert_eq!(rule(&v, "media")["removed"], 5);
    assert_eq!(rule(&v, "commands_log")["removed"], 1);
    assert_eq!(v["totals"]["removed"], 8);
    assert!(v["longest_store_lock_ms"].as_f64().unwrap() > 0.0);

    assert!(!exists(&env, MAIN));
    assert!(
        !store_keys(&env).contains(&"agent:main:main".to_string()),
        "entry removed with its transcript"
    );
    assert_eq!(store_keys(&env).len(), 7);
    assert!(exists(&env, CAROL) && exists(&env, ORPHAN) && exists(&env, RESET));
    assert!(!exists(&env, DELETED));
    assert!(media(&env, "grafana-5xx").exists());
    assert_eq!(
        std::fs::read_dir(env.state.join("media/inbound"))
            .unwrap()
            .count(),
        1
    );
    let log = std::fs::read_to_string(env.state.join("logs/commands.log")).unwrap();
    assert_eq!(log.lines().count(), 6);
    assert!(!log.contains("2026-08-06"));
    assert!(!env.state.join(SESSIONS).join("sessions.json.lock").exists());
    assert!(
        std::fs::read_dir(env.state.join("clawctl/journal"))
            .unwrap()
            .next()
            .is_none(),
        "journal finished"
    );

    // One audit event with the counts per rule.
    let c = db(&env);
    let (action, risk, result, meta): (String, String, String, String) = c
        .query_row("SELECT action, risk_level, result, metadata FROM audit_log WHERE action = 'retention.enforce'", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    assert_eq!(
        (action.as_str(), risk.as_str(), result.as_str()),
        ("retention.enforce", "high", "success")
    );
    let meta: serde_json::Value = serde_json::from_str(&meta).unwrap();
    assert_eq!(rule(&meta, "media")["removed"], 5);

    let after = snapshot(&env.state);
    let again = env
        .run(&["retention", "enforce", "--now", NOW, "--json"])
        .json();
    assert_eq!(
        again["totals"]["removed"], 0,
        "a second run removes nothing"
    );
    let mut after2 = snapshot(&env.state);
    let mut after1 = after;
    for s in [&mut after1, &mut after2] {
        s.retain(|p, _| !p.starts_with(env.state.join("clawctl")));
    }
    assert_eq!(after1, after2);
}

#[test]
fn quiet_prints_nothing_and_table_is_the_default() {
    let env = Env::example();
    age_example(&env);
    let r = env.run(&["retention", "enforce", "-q", "--now", NOW]);
    r.ok();
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("", ""));
    let r = env.run(&["retention", "enforce", "--now", NOW]);
    r.ok();
    assert!(
        r.stdout.contains("Retention enforced") && r.stdout.contains("longest write lock ms"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_legal_hold_exempts_a_person_everywhere() {
    let env = Env::example();
    age_example(&env);
    db(&env);
    let h = env
        .run(&[
            "retention",
            "hold",
            "--user",
            "alice",
            "--reason",
            "case 42",
            "--json",
        ])
        .json();
    assert_eq!(h["scope"], "user");
    assert_eq!(h["scope_id"], "alice");
    assert_eq!(
        h["covers"],
        serde_json::json!(["telegram:111111111", "discord:222222222222"])
    );
    assert_eq!(h["reason"], "case 42");
    assert_eq!(h["new"], true);
    let again = env
        .run(&[
            "retention",
            "hold",
            "--user",
            "telegram:111111111",
            "--json",
        ])
        .json();
    assert_eq!(
        (again["new"].as_bool(), again["scope_id"].as_str()),
        (Some(false), Some("alice"))
    );

    let show = env
        .run(&["retention", "show", "--now", NOW, "--json"])
        .json();
    assert_eq!(show["holds"][0]["reason"], "case 42");
    assert_eq!(
        rule(&show, "transcripts")["held"],
        1,
        "the main session has alice's messages"
    );

    let v = env
        .run(&["retention", "enforce", "--now", NOW, "--json"])
        .json();
    assert!(
        exists(&env, MAIN),
        "shared main session holds alice's messages"
    );
    assert!(store_keys(&env).contains(&"agent:main:main".to_string()));
    assert!(
        media(&env, "invoice-INV").exists(),
        "alice's discord attachment"
    );
    assert!(!exists(&env, DELETED), "bob's leftover still goes");
    assert!(std::fs::read_to_string(env.state.join("logs/commands.log"))
        .unwrap()
        .contains("2026-08-06"));
    assert_eq!(rule(&v, "media")["removed"], 4);

    let r = env
        .run(&[
            "retention",
            "release",
            "--user",
            "discord:222222222222",
            "--json",
        ])
        .json();
    assert_eq!(r["released"][0]["scope_id"], "alice");
    let v = env
        .run(&["retention", "enforce", "--now", NOW, "--json"])
        .json();
    assert_eq!(rule(&v, "transcripts")["removed"], 1);
    assert!(!exists(&env, MAIN));
    assert!(
        !std::fs::read_to_string(env.state.join("logs/commands.log"))
            .unwrap()
            .contains("2026-08-06")
    );
    assert!(std::fs::read_dir(env.state.join("media/inbound"))
        .unwrap()
        .all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("invoice")));

    let c = db(&env);
    assert_eq!(
        count(
            &c,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'retention.hold'"
        ),
        2
    );
    assert_eq!(count(&c, "SELECT COUNT(*) FROM audit_log WHERE action = 'retention.release' AND risk_level = 'high'"), 1);
    assert_eq!(count(&c, "SELECT COUNT(*) FROM legal_holds"), 0);
}

#[test]
fn a_session_hold_keeps_its_transcript_and_attachments() {
    let env = Env::example();
    age_example(&env);
    db(&env);
    env.run(&[
        "retention",
        "hold",
        "--session",
        "agent:main:telegram:dm:333333333",
    ])
    .ok();
    let v = env
        .run(&["retention", "enforce", "--now", NOW, "--json"])
        .json();
    assert!(
        media(&env, "deploy-2026-10-18").exists(),
        "bob's held DM references it"
    );
    assert_eq!(rule(&v, "media")["removed"], 4);
    env.run(&[
        "retention",
        "release",
        "--session",
        "agent:main:telegram:dm:333333333",
    ])
    .ok();
    env.run(&[
        "retention",
        "release",
        "--session",
        "agent:main:telegram:dm:333333333",
    ])
    .fails(1)
    .stderr_has("no legal hold on session agent:main:telegram:dm:333333333");
}

#[test]
fn holds_on_unknown_targets_are_refused() {
    let env = Env::example();
    env.run(&["retention", "hold", "--user", "telegram:999"])
        .fails(1)
        .stderr_has("no person telegram:999");
    env.run(&["retention", "hold", "--session", "agent:main:nope"])
        .fails(1)
        .stderr_has("no session agent:main:nope");
    // Dave only appears as origin.from of the shared main session.
    env.run(&["retention", "hold", "--user", "+15551234567"])
        .ok();
    // A leftover's session id is a session.
    env.run(&[
        "retention",
        "hold",
        "--session",
        "5e571eaa-66c1-44e7-8859-90d2e844c762",
    ])
    .ok();
    let r = env.run(&["retention", "hold"]);
    assert_eq!(r.code, 2);
}

#[test]
fn message_rows_at_the_boundary_starred_archived_held_and_time_zones() {
    let env = Env::example();
    let c = db(&env);
    let cutoff = now() - 90 * DAY;
    let dm = "agent:main:telegram:dm:333333333";
    message(&c, "before", cutoff - 1, "telegram:333333333", dm, "s-bob");
    message(&c, "at", cutoff, "telegram:333333333", dm, "s-bob");
    message(&c, "after", cutoff + 1, "telegram:333333333", dm, "s-bob");
    message(
        &c,
        "starred",
        cutoff - DAY,
        "telegram:333333333",
        dm,
        "s-bob",
    );
    message(
        &c,
        "archived",
        cutoff - DAY,
        "telegram:333333333",
        dm,
        "s-bob",
    );
    message(
        &c,
        "alice-discord",
        cutoff - DAY,
        "discord:222222222222",
        "agent:main:discord:dm:222222222222",
        "s-alice",
    );
    message(
        &c,
        "alice-reply",
        cutoff - DAY,
        "",
        "agent:main:discord:dm:222222222222",
        "s-alice",
    );
    message(
        &c,
        "carol-session",
        cutoff - DAY,
        "+8613800138000",
        "agent:main:whatsapp:dm:+8613800138000",
        "s-carol",
    );
    c.execute(
        "UPDATE messages SET starred = 1 WHERE message_key = 'starred'",
        [],
    )
    .unwrap();
    c.execute(
        "UPDATE messages SET archived = 1 WHERE message_key = 'archived'",
        [],
    )
    .unwrap();
    env.run(&["retention", "hold", "--user", "alice"]).ok();
    env.run(&[
        "retention",
        "hold",
        "--session",
        "agent:main:whatsapp:dm:+8613800138000",
    ])
    .ok();

    let show = env
        .run(&["retention", "show", "--now", NOW, "--json"])
        .json();
    let m = rule(&show, "messages");
    assert_eq!(
        (
            m["count"].as_u64(),
            m["held"].as_u64(),
            m["exempt"].as_u64()
        ),
        (Some(1), Some(3), Some(2))
    );
    assert_eq!(m["bytes"], 5);
    assert_eq!(
        m["oldest_kept"].as_str(),
        Some(retention_iso(cutoff - DAY).as_str())
    );

    // The same instant written with an offset.
    let v = env
        .run(&[
            "retention",
            "enforce",
            "--now",
            "2026-11-20T13:00:00+01:00",
            "--json",
        ])
        .json();
    assert_eq!(v["now"], "2026-11-20T12:00:00.000Z");
    assert_eq!(rule(&v, "messages")["removed"], 1);
    assert_eq!(
        keys(&c, "messages", "message_key"),
        [
            "after",
            "alice-discord",
            "alice-reply",
            "archived",
            "at",
            "carol-session",
            "starred"
        ]
    );
}

fn retention_iso(ms: i64) -> String {
    chrono::DateTime::<chrono::Utc>::from_timestamp_millis(ms)
        .unwrap()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[test]
fn media_rows_files_cost_and_audit_follow_their_rules() {
    let env = Env::example();
    let c = db(&env);
    // Audit pruning removes a prefix of the hash chain; on a long-running installation the
    // oldest events come first. Drop the fresh `db migrate` event so the old rows below are it.
    c.execute("DELETE FROM audit_log", []).unwrap();
    let n = now();
    let old = n - 31 * DAY;
    std::fs::write(env.state.join("media/inbound/old.png"), b"12345").unwrap();
    std::fs::write(env.state.join("media/inbound/shared.png"), b"123").unwrap();
    std::fs::write(env.state.join("media/inbound/starred.png"), b"1").unwrap();
    let outside = env.path("outside.png");
    std::fs::write(&outside, b"x").unwrap();
    let ins = |key: &str, path: &str, ts: i64| {
        c.execute(
            "INSERT INTO media_files (file_path, timestamp, message_key, user_id, session_id) VALUES (?, ?, ?, 'telegram:333333333', 's-bob')",
            rusqlite::params![path, ts, key],
        )
        .unwrap();
    };
    ins("m1", "/home/operator/.clawdbot/media/inbound/old.png", old);
    ins("m2", "media/inbound/shared.png", old);
    ins("m3", "media/inbound/shared.png", n - DAY);
    ins("m4", "media/inbound/starred.png", old);
    ins("m5", outside.to_str().unwrap(), old);
    message(&c, "m4", old, "telegram:333333333", "k", "s-bob");
    c.execute(
        "UPDATE messages SET starred = 1 WHERE message_key = 'm4'",
        [],
    )
    .unwrap();
    for (i, days) in [(1, 400), (2, 366), (3, 10)] {
        c.execute(
            "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (?, 'op', 'x', ?, 'success', 'low', '{}')",
            rusqlite::params![n - days * DAY, format!("t{i}")],
        )
        .unwrap();
        c.execute(
            "INSERT INTO cost_attribution (timestamp, session_id, model, cost, call_key) VALUES (?, 's', 'm', 0.1, ?)",
            rusqlite::params![n - days * DAY, format!("c{i}")],
        )
        .unwrap();
    }
    let policy = env.path("policy.toml");
    std::fs::write(
        &policy,
        "[cost]\ndays = 365\n[transcripts]\nidle_days = \"keep\"\n",
    )
    .unwrap();
    let v = env
        .run(&[
            "retention",
            "enforce",
            "--policy",
            policy.to_str().unwrap(),
            "--now",
            NOW,
            "--json",
        ])
        .json();
    assert_eq!(v["policy_source"], policy.to_str().unwrap());
    let m = rule(&v, "media");
    assert_eq!(
        m["db_rows"], 3,
        "old.png, the old shared.png row and the outside row"
    );
    assert!(!env.state.join("media/inbound/old.png").exists());
    assert!(
        env.state.join("media/inbound/shared.png").exists(),
        "a young row still uses it"
    );
    assert!(
        env.state.join("media/inbound/starred.png").exists(),
        "its message is starred"
    );
    assert!(
        outside.exists(),
        "files outside <state>/media are never deleted"
    );
    assert_eq!(keys(&c, "media_files", "message_key"), ["m3", "m4"]);
    assert_eq!(keys(&c, "cost_attribution", "call_key"), ["c3"]);
    assert_eq!(rule(&v, "cost")["removed"], 2);
    assert_eq!(rule(&v, "audit")["removed"], 2);
    assert_eq!(
        count(&c, "SELECT COUNT(*) FROM audit_log WHERE target LIKE 't%'"),
        1
    );
}

#[test]
fn audit_pruning_stops_at_the_first_event_a_hold_covers() {
    let env = Env::example();
    let c = db(&env);
    // Audit pruning removes a prefix of the hash chain; on a long-running installation the
    // oldest events come first. Drop the fresh `db migrate` event so the old rows below are it.
    c.execute("DELETE FROM audit_log", []).unwrap();
    let n = now();
    for (days, target) in [
        (500, "a"),
        (450, "user export telegram:333333333"),
        (400, "b"),
    ] {
        c.execute(
            "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (?, 'op', 'x', ?, 'success', 'low', '{}')",
            rusqlite::params![n - days * DAY, target],
        )
        .unwrap();
    }
    env.run(&["retention", "hold", "--user", "telegram:333333333"])
        .ok();
    let v = env
        .run(&["retention", "enforce", "--now", NOW, "--json"])
        .json();
    assert_eq!(rule(&v, "audit")["removed"], 1);
    assert_eq!(
        count(&c, "SELECT COUNT(*) FROM audit_log WHERE action = 'x'"),
        2
    );
}

#[test]
fn archive_action_zips_transcript_and_entry_before_removing() {
    let env = Env::example();
    age_example(&env);
    let archive = env.path("archive");
    std::fs::create_dir_all(env.state.join("clawctl")).unwrap();
    std::fs::write(
        env.state.join("clawctl/config.toml"),
        format!(
            "[retention.transcripts]\naction = \"archive\"\narchive_dir = \"{}\"\n",
            archive.display()
        ),
    )
    .unwrap();
    let original = std::fs::read(env.state.join(MAIN)).unwrap();
    let v = env
        .run(&["retention", "enforce", "--now", NOW, "--json"])
        .json();
    assert_eq!(rule(&v, "transcripts")["archived"], 1);
    assert!(!exists(&env, MAIN));
    let zips: Vec<_> = std::fs::read_dir(&archive)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(zips.len(), 1);
    let mut z = zip::ZipArchive::new(std::fs::File::open(&zips[0]).unwrap()).unwrap();
    let mut body = Vec::new();
    std::io::Read::read_to_end(&mut z.by_name(MAIN).unwrap(), &mut body).unwrap();
    assert_eq!(body, original);
    let mut entry = String::new();
    std::io::Read::read_to_string(
        &mut z.by_name(&format!("{MAIN}.entry.json")).unwrap(),
        &mut entry,
    )
    .unwrap();
    assert!(entry.contains("\"agent:main:main\""));
}

#[test]
fn invalid_policies_name_the_key_and_line() {
    let env = Env::example();
    std::fs::create_dir_all(env.state.join("clawctl")).unwrap();
    let cfg = env.state.join("clawctl/config.toml");
    std::fs::write(&cfg, "db = \"ops.db\"\n\n[retention.media]\ndays = 0\n").unwrap();
    env.run(&["retention", "show"])
        .fails(1)
        .stderr_has("config.toml:4:8: retention.media.days: invalid value: integer `0`");
    std::fs::write(&cfg, "[retention]\nmesages = 3\n").unwrap();
    env.run(&["retention", "enforce", "--dry-run"])
        .fails(1)
        .stderr_has("config.toml:2:1: retention.mesages: unknown field `mesages`");
    std::fs::write(&cfg, "[retention.transcripts]\naction = \"shred\"\n").unwrap();
    env.run(&["retention", "show"])
        .fails(1)
        .stderr_has(":2:10: retention.transcripts.action:");
    env.run(&["retention", "show", "--policy", "missing.toml"])
        .fails(1)
        .stderr_has("policy file missing.toml does not exist");
    let r = env.run(&["retention", "enforce", "--max-runtime", "10 minutes"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("invalid duration"), "{}", r.stderr);
    env.run(&["retention", "enforce", "--now", "2099-01-01"])
        .fails(2)
        .stderr_has("is in the future");
}

#[test]
fn the_sqlite_layout_skips_transcripts_but_prunes_the_ops_db() {
    let env = Env::with_state(&shared_fixture("openclaw-2026.9.6/.openclaw"));
    let c = db(&env);
    message(&c, "old", now() - 400 * DAY, "telegram:1", "k", "s");
    let v = env.run(&["retention", "show", "--json"]).json();
    assert!(rule(&v, "transcripts")["note"]
        .as_str()
        .unwrap()
        .contains("openclaw sessions cleanup"));
    let r = env.run(&["retention", "enforce", "--json"]);
    r.ok();
    assert!(
        r.stderr.contains("openclaw sessions cleanup"),
        "{}",
        r.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(rule(&v, "messages")["removed"], 1);
}

#[test]
fn the_example_crontab_and_systemd_unit_run_as_written() {
    let crontab = std::fs::read_to_string(repo().join("examples/crontab")).unwrap();
    let line = crontab
        .lines()
        .find(|l| !l.starts_with('#') && l.contains("retention enforce"))
        .unwrap();
    let args: Vec<&str> = line
        .split("clawctl ")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(&args[..2], ["--state-dir", "/home/operator/.clawdbot"]);
    let env = Env::example();
    age_example(&env);
    let r = run(env.cmd().args(&args[2..]));
    r.ok();
    assert_eq!(
        (r.stdout.as_str(), r.stderr.as_str()),
        ("", ""),
        "cron mails nothing on success"
    );
    assert!(!exists(&env, DELETED));

    let unit =
        std::fs::read_to_string(repo().join("examples/systemd/clawctl-retention.service")).unwrap();
    let exec = unit
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .unwrap();
    let args: Vec<&str> = exec.split_whitespace().skip(1).collect();
    let env = Env::example();
    std::fs::rename(&env.state, env.path(".clawdbot")).unwrap();
    let r = run(env.bare().args(&args));
    r.ok();
    assert_eq!(r.stdout, "");
    assert!(
        env.path(".clawdbot/clawctl/retention.lock").exists(),
        "found ~/.clawdbot like the bot"
    );
}

#[test]
fn a_starred_message_keeps_its_idle_transcript() {
    let env = Env::example();
    age_example(&env);
    let c = db(&env);
    let sid = "0db317d9-4c8e-4fa3-969a-73bf4c83cf3b";
    message(
        &c,
        "pinned",
        now() - 100 * DAY,
        "+15551234567",
        "agent:main:main",
        sid,
    );
    c.execute("UPDATE messages SET starred = 1", []).unwrap();
    let v = env
        .run(&["retention", "show", "--now", NOW, "--json"])
        .json();
    let t = rule(&v, "transcripts");
    assert_eq!(
        (t["count"].as_u64(), t["exempt"].as_u64()),
        (Some(0), Some(1))
    );
    env.run(&["retention", "enforce", "--now", NOW, "-q"]).ok();
    assert!(exists(&env, MAIN));
    // Without the exemption the transcript goes.
    let policy = env.path("p.toml");
    std::fs::write(&policy, "[retention.messages]\nkeep_starred = false\n").unwrap();
    let v = env
        .run(&[
            "retention",
            "enforce",
            "--policy",
            policy.to_str().unwrap(),
            "--now",
            NOW,
            "--json",
        ])
        .json();
    assert_eq!(rule(&v, "transcripts")["removed"], 1);
    assert_eq!(rule(&v, "messages")["removed"], 1);
    assert!(!exists(&env, MAIN));
}

#[test]
fn enforce_works_the_same_on_a_postgresql_ops_database() {
    let Some(pg) = PgDb::create() else {
        eprintln!("note: CLAWCTL_TEST_PG not set; PostgreSQL retention test not run");
        return;
    };
    let env = Env::example();
    age_example(&env);
    let db = ["--db", pg.url.as_str()];
    let mut s = clawctl::store::Store::open(&pg.url).unwrap();
    let cutoff = now() - 90 * DAY;
    for (key, ts, user, starred) in [
        ("old", cutoff - 1, "telegram:333333333", 0),
        ("at", cutoff, "telegram:333333333", 0),
        ("starred", cutoff - 1, "telegram:333333333", 1),
        ("alice", cutoff - 1, "discord:222222222222", 0),
    ] {
        s.execute(
            "INSERT INTO messages (timestamp, starred, message_key, user_id, session_id, text) VALUES (?, ?, ?, ?, 's', 'hi')",
            &[ts.into(), starred.into(), key.into(), user.into()],
        )
        .unwrap();
    }
    std::fs::write(env.state.join("media/inbound/db.png"), b"png").unwrap();
    s.execute(
        "INSERT INTO media_files (file_path, timestamp, message_key) VALUES (?, ?, 'old')",
        &["media/inbound/db.png".into(), (now() - 40 * DAY).into()],
    )
    .unwrap();
    s.execute(
        "INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES (?, 'op', 'x', 't', 'success', 'low', '{}')",
        &[(now() - 400 * DAY).into()],
    )
    .unwrap();
    run(env
        .cmd()
        .args(db)
        .args(["retention", "hold", "--user", "alice"]))
    .ok();
    let show = run(env
        .cmd()
        .args(db)
        .args(["retention", "show", "--now", NOW, "--json"]))
    .json();
    let m = rule(&show, "messages");
    assert_eq!(
        (
            m["count"].as_u64(),
            m["held"].as_u64(),
            m["exempt"].as_u64(),
            m["bytes"].as_u64()
        ),
        (Some(1), Some(1), Some(1), Some(2))
    );
    let v = run(env
        .cmd()
        .args(db)
        .args(["retention", "enforce", "--now", NOW, "--json"]))
    .json();
    assert_eq!(rule(&v, "messages")["removed"], 1);
    assert_eq!(rule(&v, "media")["db_rows"], 1);
    assert_eq!(
        rule(&v, "media")["removed"],
        5,
        "the indexed file and four unindexed ones (alice's invoice is held)"
    );
    assert_eq!(rule(&v, "audit")["removed"], 1);
    assert!(!env.state.join("media/inbound/db.png").exists());
    let left: Vec<String> = s
        .query("SELECT message_key FROM messages ORDER BY message_key", &[])
        .unwrap()
        .iter()
        .filter_map(|r| r.string(0))
        .collect();
    assert_eq!(left, ["alice", "at", "starred"]);
    assert!(
        !env.state.join("clawctl/ops.db").exists(),
        "the SQLite default was not used"
    );
}
