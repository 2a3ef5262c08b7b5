//! `clawctl user list|show|export` on the SQLite state layout of OpenClaw 2026.7.2+: the example
//! state directory converted into that layout (sessions in `session_nodes`, transcripts as
//! `transcript_events` rows, every third one zstd-compressed, leftovers still files) must give
//! the same people, counts, messages and transcripts as the file layout, without writing to the
//! bot's databases; `user purge` refuses there with the bot's own commands.

mod common;
#[path = "support/openclaw_gen.rs"]
mod gen;

use common::*;
use serde_json::Value;
use std::collections::BTreeMap;

/// The example state dir (file layout) and the same data in the SQLite layout.
fn both_layouts() -> (Env, Env) {
    let files = Env::example();
    let sqlite = Env::empty();
    std::fs::remove_dir_all(&sqlite.state).ok();
    gen::convert_file_layout(&files.state, &sqlite.state, 3);
    (files, sqlite)
}

/// The agent database's bytes (the gateway's: never written).
fn bot_db(env: &Env) -> Vec<u8> {
    std::fs::read(env.state.join("agents/main/agent/openclaw-agent.sqlite")).unwrap()
}

#[test]
fn user_list_is_the_same_on_both_layouts() {
    let (files, sqlite) = both_layouts();
    assert!(!sqlite
        .state
        .join("agents/main/sessions/sessions.json")
        .exists());
    let before = bot_db(&sqlite);
    let a = files.run(&["user", "list", "--no-sync", "--json"]).json();
    let b = sqlite.run(&["user", "list", "--no-sync", "--json"]).json();
    assert_eq!(a.as_array().unwrap().len(), 4, "{a:#}");
    assert_eq!(a, b);
    // Field by field for one person, so a shared mistake in both layouts shows too.
    let alice = b
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["person"] == "alice")
        .unwrap();
    assert_eq!(
        alice["sessions_own"], 3,
        "two DMs (rows) and the reset leftover (file)"
    );
    assert_eq!(alice["sessions_shared"], 3, "main, group, topic");
    assert_eq!(alice["messages"], 11);
    assert_eq!(alice["media_bytes"], 132 + 1056);
    assert_eq!(alice["last_seen"], "2026-11-20T09:15:08.000Z");
    assert_eq!(bot_db(&sqlite), before);
}

#[test]
fn user_show_finds_the_same_data_and_names_the_bots_database() {
    let (files, sqlite) = both_layouts();
    let a = files
        .run(&["user", "show", "alice", "--no-sync", "--json"])
        .json();
    let b = sqlite
        .run(&["user", "show", "alice", "--no-sync", "--json"])
        .json();
    for field in [
        "ids",
        "names",
        "channels",
        "messages",
        "replies",
        "first_seen",
        "last_seen",
        "media_files",
        "media_bytes",
        "cost_usd",
    ] {
        assert_eq!(a[field], b[field], "{field}");
    }
    let sessions = |v: &Value| -> Vec<(String, String)> {
        let mut s: Vec<(String, String)> = v["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["session_id"].to_string(), s["key"].to_string()))
            .collect();
        s.sort();
        s
    };
    assert_eq!(sessions(&a), sessions(&b));
    let places = b["locations"].to_string();
    assert!(
        places.contains("agents/main/agent/openclaw-agent.sqlite"),
        "the bot's database is named as where their messages live: {places}"
    );
}

#[test]
fn user_export_holds_the_same_messages_and_the_transcripts_from_rows() {
    let (files, sqlite) = both_layouts();
    let before = bot_db(&sqlite);
    let (za, zb) = (files.path("a.zip"), sqlite.path("b.zip"));
    files
        .run(&["user", "export", "alice", "-o", za.to_str().unwrap()])
        .ok();
    sqlite
        .run(&["user", "export", "alice", "-o", zb.to_str().unwrap()])
        .ok();
    let (a, b) = (unzip(&za), unzip(&zb));
    let (a, b): (BTreeMap<_, _>, BTreeMap<_, _>) = (
        a.into_iter().map(|(k, v)| (k, v.0)).collect(),
        b.into_iter().map(|(k, v)| (k, v.0)).collect(),
    );
    // Same messages; own sessions in rows are listed before leftover files, so sort.
    let strip_file = |v: Vec<Value>| -> Vec<String> {
        let mut out: Vec<String> = v
            .into_iter()
            .map(|mut m| {
                m.as_object_mut().unwrap().remove("file");
                m.to_string()
            })
            .collect();
        out.sort();
        out
    };
    let (ma, mb) = (
        strip_file(jsonl(&a["messages.jsonl"])),
        strip_file(jsonl(&b["messages.jsonl"])),
    );
    assert_eq!(
        ma.len(),
        30,
        "their 11 messages and the bot's 19 replies to them"
    );
    assert_eq!(ma, mb);
    // Their own sessions: the rows come out as JSONL with the very events of the file layout.
    for sid in [
        "5df6f817-b099-4bcf-a0ec-6db25097c040",
        "baa2919c-0ded-47bb-bec0-c9226ed91f2e",
    ] {
        let name = format!("transcripts/main/{sid}.jsonl");
        assert_eq!(jsonl(&a[&name]), jsonl(&b[&name]), "{name}");
    }
    let leftover =
        "transcripts/main/3af9f30c-5a66-4477-bda9-d8c096d38ff5.jsonl.reset.2026-11-01T10-15-30.000Z";
    assert_eq!(
        a[leftover], b[leftover],
        "leftover files are copied as they are"
    );
    let manifest: Value = serde_json::from_slice(&b["manifest.json"]).unwrap();
    let listed: Vec<&str> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    for name in b.keys().filter(|n| *n != "manifest.json") {
        assert!(listed.contains(&name.as_str()), "{name} in the manifest");
    }
    assert_eq!(bot_db(&sqlite), before);
}

#[test]
fn user_purge_erases_what_clawctl_owns_and_names_the_bots_commands_for_the_rest() {
    let (_files, sqlite) = both_layouts();
    sqlite.run(&["sync", "-q"]).ok();
    let before = bot_db(&sqlite);
    let leftover = sqlite.path(
        "state/agents/main/sessions/3af9f30c-5a66-4477-bda9-d8c096d38ff5.jsonl.reset.2026-11-01T10-15-30.000Z",
    );
    let media = sqlite.path(
        "state/media/inbound/invoice-INV-2026-0914---b61e6ba5-3682-4dd6-b804-69b84b2d451c.pdf",
    );
    assert!(leftover.is_file() && media.is_file());

    let plan = sqlite
        .run(&["user", "purge", "alice", "--dry-run", "--json"])
        .json();
    let gateway: Vec<&str> = plan["gateway"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g.as_str().unwrap())
        .collect();
    for own in [
        "openclaw sessions delete agent:main:discord:dm:222222222222",
        "openclaw sessions delete agent:main:telegram:dm:111111111",
    ] {
        assert!(gateway.contains(&own), "{gateway:?}");
    }
    assert!(
        gateway
            .iter()
            .any(|g| g.starts_with("shared session agent:main:telegram:group:-1001234567890 ")),
        "{gateway:?}"
    );
    assert_eq!(
        plan["totals"]["left_for_gateway"], 5,
        "2 own and 3 shared sessions in rows"
    );
    assert!(leftover.is_file(), "a dry run deletes nothing");

    let run = sqlite.run(&["user", "purge", "alice", "--yes", "--json"]);
    assert_eq!(run.code, 7, "{}", run.stderr);
    run.stderr_has("left to the gateway, which owns its database: openclaw sessions delete agent:main:telegram:dm:111111111");
    assert!(!run.stderr.contains("panicked"));
    let done: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(done["gateway"].as_array().unwrap().len(), gateway.len());
    assert_eq!(
        bot_db(&sqlite),
        before,
        "the gateway's database is never written"
    );
    assert!(!leftover.exists(), "the reset leftover (a file) is erased");
    assert!(!media.exists(), "their media is erased");
    let db = rusqlite::Connection::open(sqlite.path("state/clawctl/ops.db")).unwrap();
    let rows: i64 = db
        .query_row(
            "SELECT count(*) FROM messages WHERE user_id IN ('telegram:111111111', 'discord:222222222222')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(rows, 0, "their ops-database rows are erased");
    sqlite.run(&["audit", "verify"]).ok();
}
