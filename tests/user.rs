//! `clawctl user list|show|export|purge` on the example state directory, through the real
//! binary: who is found, what an export holds (checked against the fixture and the manifest
//! hashes), and that a purge erases one person completely while leaving everyone else's data
//! byte for byte as it was, even when it is killed half way.

mod common;
use common::*;
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const ALICE: [&str; 2] = ["111111111", "222222222222"];
const BOB: &str = "333333333";
const GROUP: &str = "agents/main/sessions/9ce4aa5f-0b47-42d2-9e05-c9906be994f2.jsonl";
const MAIN: &str = "agents/main/sessions/0db317d9-4c8e-4fa3-969a-73bf4c83cf3b.jsonl";
const TOPIC: &str = "agents/main/sessions/50d00787-862a-43db-851b-ec1ede27387c-topic-42.jsonl";
const MARKER: &str = "[erased at this person's request]";

fn person<'a>(list: &'a Value, name: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|p| p["person"] == name)
        .unwrap_or_else(|| panic!("{name} not listed: {list:#}"))
}

/// Rows about Alice and Bob, as `sync` would write them (portable SQL).
const SEED: &str = "INSERT INTO messages (timestamp, message_key, session_id, session_key, user_id, role, text, channel) VALUES
           (1794900000000, 'baa2919c-0ded-47bb-bec0-c9226ed91f2e:aaaa0001', 'baa2919c-0ded-47bb-bec0-c9226ed91f2e', 'agent:main:telegram:dm:111111111', 'telegram:111111111', 'user', '[Telegram Alice (@alice) id:111111111] hi', 'telegram'),
           (1794900000100, 'baa2919c-0ded-47bb-bec0-c9226ed91f2e:aaaa0002', 'baa2919c-0ded-47bb-bec0-c9226ed91f2e', 'agent:main:telegram:dm:111111111', NULL, 'assistant', 'hello Alice', 'telegram'),
           (1795106427000, '9ce4aa5f-0b47-42d2-9e05-c9906be994f2:88b6350e', '9ce4aa5f-0b47-42d2-9e05-c9906be994f2', 'agent:main:telegram:group:-1001234567890', NULL, 'assistant', 'The graph shows 5xx errors', 'telegram'),
           (1795106642000, '9ce4aa5f-0b47-42d2-9e05-c9906be994f2:eef6aac4', '9ce4aa5f-0b47-42d2-9e05-c9906be994f2', 'agent:main:telegram:group:-1001234567890', 'telegram:333333333', 'user', 'same graph? [Replying to Alice (@alice) id:111111111] error rate spiked [/Replying]', 'telegram'),
           (1792401000000, '8c3f846c-c6a9-42d3-83f8-4c485e5c4176:bbbb0001', '8c3f846c-c6a9-42d3-83f8-4c485e5c4176', 'agent:main:telegram:dm:333333333', 'telegram:333333333', 'user', 'why did this deploy fail?', 'telegram');
         INSERT INTO media_files (file_path, timestamp, message_key, user_id, session_id) VALUES
           ('media/inbound/invoice-INV-2026-0914---b61e6ba5-3682-4dd6-b804-69b84b2d451c.pdf', 1789459300000, '5df6f817-b099-4bcf-a0ec-6db25097c040:cccc0001', 'discord:222222222222', '5df6f817-b099-4bcf-a0ec-6db25097c040'),
           ('media/inbound/deploy-2026-10-18---e500bddf-37b0-4307-8f0f-4c3c2052e52b.txt', 1792401000000, '8c3f846c-c6a9-42d3-83f8-4c485e5c4176:bbbb0001', 'telegram:333333333', '8c3f846c-c6a9-42d3-83f8-4c485e5c4176');
         INSERT INTO cost_attribution (timestamp, session_id, model, input_tokens, output_tokens, cost, call_key, user_id, session_key) VALUES
           (1794900000100, 'baa2919c-0ded-47bb-bec0-c9226ed91f2e', 'claude-opus-4-5', 100, 10, 0.5, 'k1', 'telegram:111111111', 'agent:main:telegram:dm:111111111'),
           (1789459376000, '5df6f817-b099-4bcf-a0ec-6db25097c040', 'claude-haiku-4-5', 200, 20, 0.25, 'k2', 'discord:222222222222', 'agent:main:discord:dm:222222222222'),
           (1792401004000, '8c3f846c-c6a9-42d3-83f8-4c485e5c4176', 'gpt-5-mini', 300, 30, 0.125, 'k3', 'telegram:333333333', 'agent:main:telegram:dm:333333333');
         INSERT INTO users (user_id, canonical_id, channel, display_name, first_seen, last_seen) VALUES
           ('telegram:111111111', 'alice', 'telegram', 'Alice', 1784829731000, 1795166108000),
           ('telegram:333333333', NULL, 'telegram', 'Bob', 1788595929000, 1795166260000);
         INSERT INTO preferences (user_id, key, value, updated_at) VALUES
           ('telegram:111111111', 'language', 'de', 1794900000000),
           ('telegram:333333333', 'timezone', 'Europe/London', 1794900000000);
         INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata) VALUES
           (1794900000000, 'operator:ops@gw', 'budget.set', 'telegram:111111111', 'success', 'low', '{\"limit_usd\":5}'),
           (1794900000001, 'operator:ops@gw', 'budget.set', 'telegram:333333333', 'success', 'low', '{\"limit_usd\":3}');";

/// Create the ops database and fill it with rows about Alice and Bob.
fn seed_db(env: &Env) -> PathBuf {
    env.run(&["db", "migrate"]).ok();
    let path = env.state.join("clawctl/ops.db");
    let c = Connection::open(&path).unwrap();
    c.execute_batch(SEED).unwrap();
    path
}

fn db_rows(db: &Path, sql: &str) -> Vec<String> {
    let c = Connection::open(db).unwrap();
    let mut stmt = c.prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        Ok((0..n)
            .map(|i| match r.get_ref(i).unwrap() {
                ValueRef::Null => "NULL".to_string(),
                ValueRef::Integer(i) => i.to_string(),
                ValueRef::Real(f) => f.to_string(),
                ValueRef::Text(t) | ValueRef::Blob(t) => String::from_utf8_lossy(t).into_owned(),
            })
            .collect::<Vec<_>>()
            .join("|"))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// Every file under `dir` whose bytes contain one of `needles`.
fn files_containing(dir: &Path, needles: &[&str]) -> Vec<String> {
    snapshot(dir)
        .into_iter()
        .filter(|(_, bytes)| {
            needles
                .iter()
                .any(|n| bytes.windows(n.len()).any(|w| w == n.as_bytes()))
        })
        .map(|(p, _)| p.display().to_string())
        .collect()
}

#[test]
fn list_finds_everyone_from_the_files_without_a_database() {
    let env = Env::example();
    let v = env.run(&["user", "list", "--no-sync", "--json"]).json();
    assert_eq!(v.as_array().unwrap().len(), 4, "{v:#}");
    let alice = person(&v, "alice");
    assert_eq!(
        alice["ids"],
        serde_json::json!(["discord:222222222222", "telegram:111111111"])
    );
    assert_eq!(
        alice["channels"],
        serde_json::json!(["discord", "telegram"])
    );
    assert_eq!(alice["sessions_own"], 3, "two DMs and the reset leftover");
    assert_eq!(alice["sessions_shared"], 3, "main, group, topic");
    assert_eq!(alice["messages"], 11);
    assert_eq!(alice["media"], 2);
    assert_eq!(alice["media_bytes"], 132 + 1056);
    assert_eq!(alice["first_seen"], "2026-07-23T18:02:11.000Z");
    assert_eq!(alice["last_seen"], "2026-11-20T09:15:08.000Z");
    assert_eq!(alice["cost_source"], "transcripts");
    assert_eq!(alice["purge_incomplete"], false);
    let bob = person(&v, "telegram:333333333");
    assert_eq!(
        (
            bob["sessions_own"].as_u64(),
            bob["sessions_shared"].as_u64()
        ),
        (Some(2), Some(2))
    );
    assert_eq!(bob["media_bytes"], 132 + 423 + 794);
    let carol = person(&v, "+8613800138000");
    assert_eq!(carol["channels"], serde_json::json!(["whatsapp"]));
    assert_eq!(
        (carol["messages"].as_u64(), carol["media"].as_u64()),
        (Some(3), Some(2))
    );
    let dave = person(&v, "+15551234567");
    assert_eq!(dave["names"], serde_json::json!(["Dave"]));
    assert_eq!(
        (
            dave["sessions_own"].as_u64(),
            dave["sessions_shared"].as_u64()
        ),
        (Some(0), Some(1))
    );
    assert_eq!(dave["messages"], 4);
    assert_eq!(dave["media_bytes"], 0, "the receipt is referenced but gone");
    // Replies to Dave: 0.0690075 + 0.015152 + 0.0026375 + 0.0007827 (the injected note is not his).
    assert!((dave["cost_usd"].as_f64().unwrap() - 0.0875797).abs() < 1e-9);
    assert!(
        !env.state.join("clawctl/ops.db").exists(),
        "reading never creates the database"
    );
}

#[test]
fn list_adds_people_only_the_database_knows_and_its_costs() {
    let env = Env::example();
    let db = seed_db(&env);
    let c = Connection::open(&db).unwrap();
    c.execute_batch("INSERT INTO users (user_id, channel) VALUES ('slack:u0xyz99', 'slack')")
        .unwrap();
    let v = env.run(&["user", "list", "--no-sync", "--json"]).json();
    let slack = person(&v, "slack:u0xyz99");
    assert_eq!(slack["messages"], 0);
    assert_eq!(slack["channels"], serde_json::json!(["slack"]));
    let alice = person(&v, "alice");
    assert_eq!(alice["cost_source"], "ops-db");
    assert_eq!(alice["cost_usd"], 0.75);
}

#[test]
fn show_says_where_everything_lives() {
    let env = Env::example();
    seed_db(&env);
    let v = env
        .run(&[
            "user",
            "show",
            "discord:222222222222",
            "--no-sync",
            "--json",
        ])
        .json();
    assert_eq!(v["person"], "alice", "a linked id expands to the person");
    assert_eq!(
        v["ids"],
        serde_json::json!(["telegram:111111111", "discord:222222222222"])
    );
    let sessions = v["sessions"].as_array().unwrap();
    let own: Vec<&Value> = sessions.iter().filter(|s| s["whose"] == "own").collect();
    assert_eq!(own.len(), 3);
    assert!(own.iter().any(|s| s["kind"] == "reset"));
    let group = sessions.iter().find(|s| s["file"] == GROUP).unwrap();
    assert_eq!(
        (
            group["whose"].as_str(),
            group["messages"].as_u64(),
            group["replies"].as_u64()
        ),
        (Some("shared"), Some(2), Some(4))
    );
    let grafana = v["media"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["path"].as_str().unwrap().contains("grafana"))
        .unwrap();
    assert_eq!(
        grafana["shared_with"],
        serde_json::json!(["telegram:333333333"])
    );
    let places: Vec<(&str, &str)> = v["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["place"].as_str().unwrap(), l["purge"].as_str().unwrap()))
        .collect();
    for expected in [
        ("clawdbot.json", "remove their entries (comments kept)"),
        ("cron/jobs.json", "remove their entries"),
        (
            "credentials/telegram-allowFrom.json",
            "remove their entries",
        ),
        ("logs/commands.log", "remove the lines"),
        ("memory/main.sqlite", "delete rows, rebuild FTS, vacuum"),
        (GROUP, "redact their lines in place"),
    ] {
        assert!(
            places.contains(&expected),
            "{expected:?} missing from {places:#?}"
        );
    }
    assert_eq!(
        v["ops_db"]["messages"], 2,
        "her row and the rows of her own sessions"
    );
    assert_eq!(v["ops_db"]["cost_rows"], 2);
    assert_eq!(v["ops_db"]["preferences"], 1);
    assert_eq!(v["ops_db"]["audit_events"], 1);
    assert_eq!(v["cost_usd"], 0.75);
    assert_eq!(v["purge"]["incomplete"], false);
}

#[test]
fn unknown_people_and_bad_names_are_refused() {
    let env = Env::example();
    env.run(&["user", "show", "telegram:999999999"])
        .fails(1)
        .stderr_has("no data about telegram:999999999 found");
    env.run(&["user", "show", "bob"])
        .fails(1)
        .stderr_has("'bob' is neither a peer id nor a name in session.identityLinks");
    env.run(&["user", "export", "+4915100000000", "-o", "x.zip"])
        .fails(1)
        .stderr_has("no data about +4915100000000");
    env.run(&["user", "purge", "telegram:999999999", "--yes"])
        .fails(1)
        .stderr_has("no data about");
    assert!(!env.path("x.zip").exists());
}

#[test]
fn export_zip_matches_the_fixture_and_its_manifest() {
    let env = Env::example();
    seed_db(&env);
    let out = env.path("alice.zip");
    let r = env.run(&["user", "export", "alice", "-o", out.to_str().unwrap()]);
    r.ok();
    assert!(r.stdout.starts_with("wrote "), "{}", r.stdout);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let files = unzip(&out);
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    let expected_order = [
        "README.txt",
        "profile.json",
        "messages.jsonl",
        "sessions.json",
        "transcripts/main/3af9f30c-5a66-4477-bda9-d8c096d38ff5.jsonl.reset.2026-11-01T10-15-30.000Z",
        "transcripts/main/5df6f817-b099-4bcf-a0ec-6db25097c040.jsonl",
        "transcripts/main/baa2919c-0ded-47bb-bec0-c9226ed91f2e.jsonl",
        "files/grafana-5xx---62f746b4-84e6-4ceb-95bd-447e7184d454.png",
        "files/invoice-INV-2026-0914---b61e6ba5-3682-4dd6-b804-69b84b2d451c.pdf",
        "media.json",
        "cost.jsonl",
        "audit.jsonl",
        "database/messages.jsonl",
        "database/media_files.jsonl",
        "manifest.json",
    ];
    let mut sorted: Vec<&str> = expected_order.to_vec();
    sorted.sort();
    assert_eq!(names, sorted);
    // Archive order is fixed.
    let mut z = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let order: Vec<String> = (0..z.len())
        .map(|i| z.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    assert_eq!(order, expected_order);
    for (name, (_, mode)) in &files {
        assert_eq!(*mode, 0o600, "{name}");
    }
    // Originals are byte-identical to the fixture.
    for (name, src) in [
        ("transcripts/main/baa2919c-0ded-47bb-bec0-c9226ed91f2e.jsonl", "agents/main/sessions/baa2919c-0ded-47bb-bec0-c9226ed91f2e.jsonl"),
        ("transcripts/main/3af9f30c-5a66-4477-bda9-d8c096d38ff5.jsonl.reset.2026-11-01T10-15-30.000Z", "agents/main/sessions/3af9f30c-5a66-4477-bda9-d8c096d38ff5.jsonl.reset.2026-11-01T10-15-30.000Z"),
        ("files/invoice-INV-2026-0914---b61e6ba5-3682-4dd6-b804-69b84b2d451c.pdf", "media/inbound/invoice-INV-2026-0914---b61e6ba5-3682-4dd6-b804-69b84b2d451c.pdf"),
    ] {
        assert_eq!(files[name].0, std::fs::read(example_state().join(src)).unwrap(), "{name}");
    }
    // The manifest hashes every other file.
    let manifest: Value = serde_json::from_slice(&files["manifest.json"].0).unwrap();
    assert_eq!(manifest["clawctl_version"], env!("CARGO_PKG_VERSION"));
    assert!(manifest["generated_at"].as_str().unwrap().ends_with('Z'));
    let listed = manifest["files"].as_array().unwrap();
    assert_eq!(listed.len(), files.len() - 1);
    for f in listed {
        let (bytes, _) = &files[f["path"].as_str().unwrap()];
        assert_eq!(
            f["sha256"],
            hex::encode(Sha256::digest(bytes)),
            "{}",
            f["path"]
        );
        assert_eq!(f["bytes"], bytes.len());
        assert!(!f["what"].as_str().unwrap().is_empty());
    }
    assert_eq!(manifest["counts"]["messages_from_them"], 11);
    assert_eq!(manifest["counts"]["replies_to_them"], 19);
    assert_eq!(manifest["counts"]["cost_rows"], 2);
    // Shared sessions: only her lines and the bot's replies to her, never Bob's or Dave's.
    let msgs = jsonl(&files["messages.jsonl"].0);
    assert_eq!(msgs.len(), 30);
    let group: Vec<&Value> = msgs
        .iter()
        .filter(|m| m["session_id"] == "9ce4aa5f-0b47-42d2-9e05-c9906be994f2")
        .collect();
    let ids: Vec<&str> = group
        .iter()
        .map(|m| m["entry_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["edd03c87", "88b6350e", "80f485ea", "6895bc43", "8f18de53", "f7572dd8"]
    );
    assert_eq!(group[0]["from"], "them");
    assert_eq!(group[0]["channel"], "telegram");
    assert_eq!(group[0]["media"][0], "/home/operator/.clawdbot/media/inbound/grafana-5xx---62f746b4-84e6-4ceb-95bd-447e7184d454.png");
    let all: Vec<u8> = files.values().flat_map(|(b, _)| b.clone()).collect();
    for other in [
        BOB,
        "15551234567",
        "8613800138000",
        "same graph on my side",
        "18% of 2,340",
        "Trattoria",
    ] {
        assert!(
            !all.windows(other.len()).any(|w| w == other.as_bytes()),
            "{other} leaked into the export"
        );
    }
    let readme = String::from_utf8(files["README.txt"].0.clone()).unwrap();
    assert!(readme.contains("only the messages you wrote and the bot's direct\nreplies to you, never other people's messages"));
    // The audit event has counts, not content.
    let audit = db_rows(
        &env.state.join("clawctl/ops.db"),
        "SELECT action, target, risk_level, metadata FROM audit_log WHERE action = 'user.export'",
    );
    assert_eq!(audit.len(), 1);
    assert!(audit[0].contains("telegram:111111111,discord:222222222222"));
    assert!(
        audit[0].contains("\"messages_from_them\":11"),
        "{}",
        audit[0]
    );
    assert!(!audit[0].contains("2.4 rollout"));
}

#[test]
fn export_refuses_to_overwrite_and_checks_the_directory() {
    let env = Env::example();
    let out = env.path("carol.zip");
    std::fs::write(&out, b"keep me").unwrap();
    env.run(&[
        "user",
        "export",
        "+8613800138000",
        "-o",
        out.to_str().unwrap(),
    ])
    .fails(1)
    .stderr_has("already exists")
    .stderr_has("--force");
    assert_eq!(std::fs::read(&out).unwrap(), b"keep me");
    env.run(&[
        "user",
        "export",
        "+8613800138000",
        "-o",
        out.to_str().unwrap(),
        "--force",
    ])
    .ok();
    assert!(unzip(&out).contains_key("files/ec7ac8ad-1b2b-406b-aae1-2c972399d29d.ogg"));
    let missing = env.path("no/such/dir/carol.zip");
    env.run(&[
        "user",
        "export",
        "+8613800138000",
        "-o",
        missing.to_str().unwrap(),
    ])
    .fails(1)
    .stderr_has("directory")
    .stderr_has("does not exist");
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("clawctl-tmp"))
        .collect();
    assert!(leftovers.is_empty());
    env.run(&[
        "user",
        "export",
        "+8613800138000",
        "--format",
        "csv",
        "-o",
        "c.csv",
    ])
    .fails(2)
    .stderr_has("not an archive format");
}

#[test]
fn export_json_is_one_document_without_media() {
    let env = Env::example();
    let out = env.path("dave.json");
    let v = env
        .run(&[
            "--json",
            "user",
            "export",
            "+15551234567",
            "-o",
            out.to_str().unwrap(),
        ])
        .json();
    assert_eq!(v["counts"]["messages_from_them"], 4);
    let doc: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["profile", "messages", "sessions", "media", "manifest"]
    );
    let msgs = doc["messages"].as_array().unwrap();
    assert_eq!(
        msgs.len(),
        8,
        "4 messages and 4 replies; the injected note is nobody's reply"
    );
    assert!(msgs
        .iter()
        .all(|m| !m["text"].as_str().unwrap().contains("Alice (@alice)")));
    assert_eq!(doc["media"][0]["status"], "missing");
    assert_eq!(doc["media"][0]["archive_path"], Value::Null);
    assert_eq!(doc["profile"]["names"], serde_json::json!(["Dave"]));
}

/// A state dir where Carol's messages reference a symlink to a secret outside the state dir,
/// and a path that escapes it.
fn hostile_media(env: &Env) -> PathBuf {
    let secret = env.path("outside-secret.txt");
    std::fs::write(&secret, b"TOPSECRET-BYTES").unwrap();
    std::os::unix::fs::symlink(&secret, env.state.join("media/inbound/link---1.jpg")).unwrap();
    let t = env
        .state
        .join("agents/main/sessions/939ae232-588e-4bce-b71e-d78a1dc02e27.jsonl");
    let mut text = std::fs::read_to_string(&t).unwrap();
    for (i, path) in [
        "/home/operator/.clawdbot/media/inbound/link---1.jpg".to_string(),
        "/home/operator/.clawdbot/credentials/whatsapp/default/creds.json".to_string(),
        "/home/operator/.clawdbot/media/../clawdbot.json".to_string(),
        secret.display().to_string(),
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!(
            "{{\"type\":\"message\",\"id\":\"e000000{i}\",\"parentId\":null,\"timestamp\":\"2026-09-03T10:00:00.000Z\",\"message\":{{\"role\":\"user\",\"content\":[{{\"type\":\"text\",\"text\":\"[media attached: {path} (image/jpeg)]\\n[WhatsApp Carol id:+8613800138000 2026-09-03 10:00 UTC] look\"}}],\"timestamp\":1788429600000}}}}\n"
        ));
    }
    std::fs::write(&t, text).unwrap();
    secret
}

#[test]
fn media_outside_the_state_dir_or_through_symlinks_is_never_read_or_deleted() {
    let env = Env::example();
    let secret = hostile_media(&env);
    let out = env.path("carol.zip");
    env.run(&[
        "user",
        "export",
        "+8613800138000",
        "-o",
        out.to_str().unwrap(),
    ])
    .ok();
    let files = unzip(&out);
    let all: Vec<u8> = files.values().flat_map(|(b, _)| b.clone()).collect();
    for leak in ["TOPSECRET", "noiseKey", "botToken"] {
        assert!(
            !all.windows(leak.len()).any(|w| w == leak.as_bytes()),
            "{leak} leaked"
        );
    }
    let media: Value = serde_json::from_slice(&files["media.json"].0).unwrap();
    let status: Vec<&str> = media
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        status.iter().filter(|s| **s == "unsafe").count(),
        1,
        "{media:#}"
    );
    assert_eq!(
        status.iter().filter(|s| **s == "outside").count(),
        3,
        "{media:#}"
    );
    env.run(&["user", "purge", "+8613800138000", "--yes"]).ok();
    assert_eq!(std::fs::read(&secret).unwrap(), b"TOPSECRET-BYTES");
    assert!(env
        .state
        .join("credentials/whatsapp/default/creds.json")
        .exists());
    assert!(env.state.join("clawdbot.json").exists());
    assert!(
        std::fs::symlink_metadata(env.state.join("media/inbound/link---1.jpg")).is_ok(),
        "the link is not followed"
    );
    assert!(!env
        .state
        .join("media/inbound/ec7ac8ad-1b2b-406b-aae1-2c972399d29d.ogg")
        .exists());
}

#[test]
fn dry_run_lists_exactly_what_goes_and_changes_nothing() {
    let env = Env::example();
    let before = snapshot(&env.state);
    let v = env
        .run(&["user", "purge", "alice", "--dry-run", "--json"])
        .json();
    assert_eq!(snapshot(&env.state), before, "a dry run changes nothing");
    let t = &v["totals"];
    assert_eq!(t["files_deleted"], 4, "three transcripts and the invoice");
    assert_eq!(t["bytes_deleted"], 2446 + 4009 + 5675 + 1056);
    assert_eq!(t["transcripts_redacted"], 3);
    assert_eq!(t["lines_redacted"], 12);
    assert_eq!(t["session_entries_removed"], 2);
    assert_eq!(t["media_kept_shared"], 1);
    assert_eq!(t["memory_chunks"], 6);
    assert_eq!(t["config_entries"], 3);
    assert_eq!(t["log_lines"], 4);
    let deletes: Vec<&str> = v["plan"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["purge"] == "delete")
        .map(|l| l["place"].as_str().unwrap())
        .collect();
    assert_eq!(deletes.len(), 4);
    assert!(deletes.contains(
        &"media/inbound/invoice-INV-2026-0914---b61e6ba5-3682-4dd6-b804-69b84b2d451c.pdf"
    ));
    env.run(&["user", "purge", "alice"])
        .fails(1)
        .stderr_has("refusing to continue without confirmation");
    assert_eq!(snapshot(&env.state), before);
}

/// Lines of a transcript keyed by entry id.
fn lines_by_id(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (v["id"].as_str().unwrap_or("").to_string(), l.to_string())
        })
        .collect()
}

/// Compare a purged shared transcript with the original: only `changed` entries differ, and
/// redacted lines keep their place in the tree.
fn check_shared(before: &str, after: &str, redacted: &[&str], masked: &[&str]) {
    let (b, a) = (lines_by_id(before), lines_by_id(after));
    assert_eq!(
        b.keys().collect::<Vec<_>>(),
        a.keys().collect::<Vec<_>>(),
        "same entries"
    );
    let order = |t: &str| {
        t.lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(order(before), order(after), "same order");
    for (id, old) in &b {
        let new = &a[id];
        if redacted.contains(&id.as_str()) {
            let (o, n): (Value, Value) = (
                serde_json::from_str(old).unwrap(),
                serde_json::from_str(new).unwrap(),
            );
            assert_eq!(
                (&o["parentId"], &o["timestamp"], &o["message"]["role"]),
                (&n["parentId"], &n["timestamp"], &n["message"]["role"])
            );
            assert_eq!(n["message"]["content"][0]["text"], MARKER, "{id}");
            assert_eq!(o["message"]["usage"], n["message"]["usage"], "numbers stay");
        } else if masked.contains(&id.as_str()) {
            assert_ne!(old, new, "{id} should be masked");
        } else {
            assert_eq!(old, new, "{id} must be byte-identical");
        }
    }
}

#[test]
fn purge_erases_alice_everywhere_and_leaves_everyone_else_byte_identical() {
    let env = Env::example();
    let db = seed_db(&env);
    let before = snapshot(&env.state);
    let bob_rows = |db: &Path| {
        [
            "SELECT * FROM messages WHERE user_id = 'telegram:333333333' ORDER BY id",
            "SELECT * FROM media_files WHERE user_id = 'telegram:333333333' ORDER BY id",
            "SELECT * FROM users WHERE user_id = 'telegram:333333333'",
            "SELECT * FROM preferences WHERE user_id = 'telegram:333333333'",
            "SELECT * FROM cost_attribution WHERE user_id = 'telegram:333333333'",
            "SELECT id, actor, action, target, metadata FROM audit_log WHERE target = 'telegram:333333333'",
        ]
        .iter()
        .flat_map(|q| db_rows(db, q))
        .collect::<Vec<_>>()
    };
    let bob_before = bob_rows(&db);
    let cost_before = db_rows(
        &db,
        "SELECT SUM(cost), SUM(input_tokens) FROM cost_attribution",
    );
    let v = env
        .run(&["user", "purge", "alice", "--yes", "--json"])
        .json();
    assert!(v["pseudonym"].as_str().unwrap().starts_with("erased:"));
    assert_eq!(v["remaining"], serde_json::json!([]));
    assert_eq!(v["done"]["files_deleted"], 4);
    assert_eq!(v["done"]["lines_redacted"], 12);
    assert_eq!(v["done"]["db"]["messages"], 3);
    assert_eq!(v["done"]["db"]["cost_rows_pseudonymized"], 2);

    // Her ids appear nowhere, not even in SQLite free pages; the ops database included.
    assert_eq!(files_containing(&env.state, &ALICE), Vec::<String>::new());
    // Everyone else's files are byte-identical.
    let after = snapshot(&env.state);
    for (path, bytes) in &before {
        let rel = path
            .strip_prefix(&env.state)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let touched = [
            GROUP,
            MAIN,
            TOPIC,
            "agents/main/sessions/sessions.json",
            "clawdbot.json",
            "cron/jobs.json",
            "credentials/telegram-allowFrom.json",
            "logs/commands.log",
            "memory/main.sqlite",
        ];
        let hers = rel.contains("baa2919c")
            || rel.contains("5df6f817")
            || rel.contains("3af9f30c")
            || rel.contains("invoice-INV");
        if rel.starts_with("clawctl/") || touched.contains(&rel.as_str()) {
            continue;
        }
        if hers {
            assert!(!after.contains_key(path), "{rel} should be deleted");
        } else {
            assert_eq!(after.get(path), Some(bytes), "{rel} changed");
        }
    }
    let read = |p: &str| String::from_utf8(after[&env.state.join(p)].clone()).unwrap();
    let orig = |p: &str| std::fs::read_to_string(example_state().join(p)).unwrap();
    check_shared(
        &orig(GROUP),
        &read(GROUP),
        &[
            "edd03c87", "88b6350e", "80f485ea", "6895bc43", "8f18de53", "f7572dd8",
        ],
        &["eef6aac4"],
    );
    assert!(read(GROUP).contains(
        "same graph on my side - are those the upstream 502s?\\n\\n[Replying to an erased message]"
    ));
    check_shared(&orig(TOPIC), &read(TOPIC), &["0999f495", "1aafd366"], &[]);
    check_shared(
        &orig(MAIN),
        &read(MAIN),
        &["bce1cb34", "936b7ac2", "8434d99c", "4eaf6d61"],
        &["a9cc2ff7"],
    );
    // The redacted tool call still matches its result.
    assert!(
        read(GROUP).contains(r#"{"type":"toolCall","id":"call_1","name":"exec","arguments":{}}"#)
    );
    // Small stores: her entries gone, the others' kept exactly.
    let sessions: Value =
        serde_json::from_str(&read("agents/main/sessions/sessions.json")).unwrap();
    let orig_sessions: Value =
        serde_json::from_str(&orig("agents/main/sessions/sessions.json")).unwrap();
    for (k, e) in orig_sessions.as_object().unwrap() {
        if k.contains("111111111") || k.contains("222222222222") {
            assert!(sessions.get(k).is_none(), "{k}");
        } else {
            assert_eq!(&sessions[k], e, "{k}");
        }
    }
    assert_eq!(
        read("logs/commands.log"),
        orig("logs/commands.log")
            .lines()
            .filter(|l| !l.contains("111111111") && !l.contains("222222222222"))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
    let allow: Value = serde_json::from_str(&read("credentials/telegram-allowFrom.json")).unwrap();
    assert_eq!(allow["allowFrom"], serde_json::json!([BOB]));
    let cron: Value = serde_json::from_str(&read("cron/jobs.json")).unwrap();
    assert_eq!(cron["jobs"][0]["enabled"], false);
    assert!(cron["jobs"][0]["delivery"].get("to").is_none());
    let config = read("clawdbot.json");
    assert!(
        config.contains("allowFrom: [\"+8613800138000\"],")
            && config.contains("allowFrom: [\"+15551234567\"],")
    );
    assert!(
        config.starts_with("// ~/.clawdbot/clawdbot.json"),
        "comments kept"
    );
    assert!(
        env.state
            .join("media/inbound/grafana-5xx---62f746b4-84e6-4ceb-95bd-447e7184d454.png")
            .exists(),
        "Bob sent it too"
    );
    // Memory index: chunks of her sessions, the group she wrote in, and notes naming her.
    let chunks = db_rows(
        &env.state.join("memory/main.sqlite"),
        "SELECT path, start_line FROM chunks ORDER BY path, start_line",
    );
    assert_eq!(
        chunks,
        [
            "MEMORY.md|5",
            "MEMORY.md|9",
            "memory/2026-11-19.md|1",
            "sessions/5e571eaa-66c1-44e7-8859-90d2e844c762.jsonl|1",
            "sessions/8c3f846c-c6a9-42d3-83f8-4c485e5c4176.jsonl|1",
            "sessions/8c3f846c-c6a9-42d3-83f8-4c485e5c4176.jsonl|5",
        ]
    );
    assert_eq!(
        db_rows(
            &env.state.join("memory/main.sqlite"),
            "SELECT COUNT(*) FROM chunks_fts"
        ),
        ["6"]
    );
    // Ops database: Bob untouched, her cost rows keep their numbers under a pseudonym.
    let quote_masked: Vec<String> = bob_before
        .iter()
        .map(|r| {
            r.replace(
                "[Replying to Alice (@alice) id:111111111] error rate spiked [/Replying]",
                "[Replying to an erased message]",
            )
        })
        .collect();
    assert_ne!(quote_masked, bob_before);
    assert_eq!(bob_rows(&db), quote_masked, "only the quote of her is gone");
    assert_eq!(
        db_rows(
            &db,
            "SELECT SUM(cost), SUM(input_tokens) FROM cost_attribution"
        ),
        cost_before
    );
    let pseudo = v["pseudonym"].as_str().unwrap();
    assert_eq!(
        db_rows(
            &db,
            &format!("SELECT COUNT(*) FROM cost_attribution WHERE user_id = '{pseudo}'")
        ),
        ["2"]
    );
    assert_eq!(db_rows(&db, "SELECT COUNT(*) FROM preferences"), ["1"]);
    let purge_event = db_rows(
        &db,
        "SELECT target, risk_level, metadata FROM audit_log WHERE action = 'user.purge'",
    );
    assert_eq!(purge_event.len(), 1);
    assert!(
        purge_event[0].starts_with(&format!("{pseudo}|high|")),
        "{purge_event:?}"
    );
    assert!(db_rows(
        &db,
        "SELECT target FROM audit_log WHERE action = 'budget.set'"
    )
    .contains(&pseudo.to_string()));

    // The audit trail still verifies, with her events pseudonymized in place.
    env.run(&["audit", "verify"]).ok();
    // Afterwards nothing is found about her.
    env.run(&["user", "export", "telegram:111111111", "-o", "a.zip"])
        .fails(1)
        .stderr_has("no data about");
    env.run(&["user", "show", "discord:222222222222"]).fails(1);
    let list = env.run(&["user", "list", "--json"]).json();
    assert_eq!(list.as_array().unwrap().len(), 3);
}

#[test]
fn purge_of_dave_redacts_the_main_session_and_its_routing() {
    let env = Env::example();
    env.run(&["user", "purge", "+15551234567", "--yes"]).ok();
    assert_eq!(
        files_containing(&env.state, &["15551234567"]),
        Vec::<String>::new()
    );
    let orig = std::fs::read_to_string(example_state().join(MAIN)).unwrap();
    let now = std::fs::read_to_string(env.state.join(MAIN)).unwrap();
    check_shared(
        &orig,
        &now,
        &[
            "baeebb48", "f910d68a", "7592b89f", "09ff7f0c", "1b2410a6", "3418a2c5", "2ba33d67",
            "c074a644",
        ],
        &["a9cc2ff7"],
    );
    let sessions: Value = serde_json::from_str(
        &std::fs::read_to_string(env.state.join("agents/main/sessions/sessions.json")).unwrap(),
    )
    .unwrap();
    let main = &sessions["agent:main:main"];
    assert_eq!(
        main["sessionId"], "0db317d9-4c8e-4fa3-969a-73bf4c83cf3b",
        "the shared session stays"
    );
    assert!(
        main.get("origin").is_none()
            && main.get("lastTo").is_none()
            && main.get("deliveryContext").is_none()
    );
    assert_eq!(main["model"], "gpt-5-mini");
}

#[test]
fn a_purge_killed_at_any_point_is_finished_by_the_next_run() {
    let reference = Env::example();
    seed_db(&reference);
    reference.run(&["user", "purge", "alice", "--yes"]).ok();
    let strip = |env: &Env| -> BTreeMap<PathBuf, Vec<u8>> {
        snapshot(&env.state)
            .into_iter()
            .filter(|(p, _)| {
                let rel = p
                    .strip_prefix(&env.state)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                !rel.starts_with("clawctl/") && !rel.starts_with("memory/")
            })
            .map(|(p, b)| (p.strip_prefix(&env.state).unwrap().to_path_buf(), b))
            .collect()
    };
    let want = strip(&reference);
    let chunks = |env: &Env| {
        db_rows(
            &env.state.join("memory/main.sqlite"),
            "SELECT id FROM chunks ORDER BY id",
        )
    };
    for kill_after in [1, 2, 4, 7, 9, 12, 14, 15, 16] {
        let env = Env::example().env(
            "CLAWCTL_FAULT_KILL_AFTER_STEP",
            &format!("user-purge:{kill_after}"),
        );
        let db = seed_db(&env);
        let r = env.run(&["user", "purge", "alice", "--yes"]);
        assert_ne!(r.code, 0, "killed after step {kill_after}");
        let show = env.run(&["user", "show", "alice", "--json"]);
        assert_eq!(show.code, 6, "step {kill_after}: {}", show.stderr);
        let v: Value = serde_json::from_str(&show.stdout).unwrap();
        assert_eq!(v["purge"]["incomplete"], true);
        assert_eq!(v["purge"]["steps_done"], kill_after - 1);
        env.run(&["user", "export", "alice", "-o", "a.zip"])
            .fails(6);
        env.run(&["user", "purge", "+8613800138000", "--yes"])
            .fails(6)
            .stderr_has("clawctl user purge alice");
        let list = env.run(&["user", "list", "--json"]).json();
        assert_eq!(
            person(&list, "alice")["purge_incomplete"],
            true,
            "step {kill_after}"
        );
        // The rerun (without the fault) completes it.
        let rerun = run(env
            .cmd()
            .env_remove("CLAWCTL_FAULT_KILL_AFTER_STEP")
            .args(["user", "purge", "alice", "--yes", "--json"]));
        let v: Value =
            serde_json::from_str(&rerun.stdout).unwrap_or_else(|_| panic!("{}", rerun.stderr));
        assert_eq!(v["resumed"], true);
        assert_eq!(strip(&env), want, "after a kill at step {kill_after}");
        assert_eq!(chunks(&env), chunks(&reference));
        assert_eq!(
            files_containing(&env.state, &ALICE),
            Vec::<String>::new(),
            "step {kill_after}"
        );
        run(env
            .cmd()
            .env_remove("CLAWCTL_FAULT_KILL_AFTER_STEP")
            .args(["audit", "verify"]))
        .ok();
        assert_eq!(
            db_rows(
                &db,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'user.purge'"
            ),
            ["1"]
        );
        run(env
            .cmd()
            .env_remove("CLAWCTL_FAULT_KILL_AFTER_STEP")
            .args(["user", "show", "alice"]))
        .fails(1);
    }
}

#[test]
fn legal_holds_block_a_purge() {
    let env = Env::example();
    let db = seed_db(&env);
    Connection::open(&db).unwrap().execute_batch(
        "INSERT INTO legal_holds (scope, scope_id, reason, created_at) VALUES ('user', 'telegram:333333333', 'case 42', 1)",
    ).unwrap();
    let before = snapshot(&env.state);
    env.run(&["user", "purge", "telegram:333333333", "--yes"])
        .fails(1)
        .stderr_has("legal hold (user telegram:333333333: case 42)")
        .stderr_has("retention release");
    assert_eq!(snapshot(&env.state), before);
}

#[test]
fn show_export_and_purge_work_on_a_postgresql_ops_database() {
    let Some(pg) = PgDb::create() else {
        eprintln!("note: CLAWCTL_TEST_PG not set; PostgreSQL GDPR test not run");
        return;
    };
    let env = Env::example().env("CLAWCTL_DB", &pg.url);
    env.run(&["db", "migrate"]).ok();
    let mut c = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    c.batch_execute(SEED).unwrap();
    let v = env
        .run(&["user", "show", "alice", "--no-sync", "--json"])
        .json();
    assert_eq!(
        (
            v["ops_db"]["messages"].as_i64(),
            v["ops_db"]["cost_rows"].as_i64()
        ),
        (Some(2), Some(2))
    );
    assert_eq!(v["cost_usd"], 0.75);
    let out = env.path("alice.zip");
    env.run(&["user", "export", "alice", "-o", out.to_str().unwrap()])
        .ok();
    assert_eq!(jsonl(&unzip(&out)["cost.jsonl"].0).len(), 2);
    let v = env
        .run(&["user", "purge", "alice", "--yes", "--json"])
        .json();
    let pseudo = v["pseudonym"].as_str().unwrap().to_string();
    let one = |c: &mut postgres::Client, q: &str| -> i64 { c.query_one(q, &[]).unwrap().get(0) };
    assert_eq!(one(&mut c, "SELECT COUNT(*) FROM messages WHERE text LIKE '%111111111%' OR user_id LIKE '%111111111%'"), 0);
    assert_eq!(
        one(&mut c, "SELECT COUNT(*) FROM messages"),
        2,
        "Bob's rows stay"
    );
    assert_eq!(
        one(
            &mut c,
            &format!("SELECT COUNT(*) FROM cost_attribution WHERE user_id = '{pseudo}'")
        ),
        2
    );
    let total: f64 = c
        .query_one("SELECT SUM(cost) FROM cost_attribution", &[])
        .unwrap()
        .get(0);
    assert!((total - 0.875).abs() < 1e-12);
    assert_eq!(one(&mut c, "SELECT COUNT(*) FROM audit_log WHERE actor || target || metadata LIKE '%111111111%' OR actor || target || metadata LIKE '%222222222222%'"), 0);
    assert_eq!(
        one(
            &mut c,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'user.purge' AND risk_level = 'high'"
        ),
        1
    );
    assert_eq!(one(&mut c, "SELECT COUNT(*) FROM preferences"), 1);
    env.run(&["audit", "verify"]).ok();
    assert_eq!(files_containing(&env.state, &ALICE), Vec::<String>::new());
}
