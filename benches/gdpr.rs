//! Benchmark of `user export` and `user purge` on a synthetic state directory.
//!
//! Builds a state dir in the bot's file layout: one person ("the subject", telegram:100000001)
//! with `--messages` messages (60 % in their own DM, 40 % in the shared main session) and
//! `--media-mb` of media in `--media-files` files; other people's DMs and the shared session
//! bring the transcripts to `--state-mb`; a memory index with FTS. Then runs the release
//! binary and reports wall time, throughput and peak RSS (from `wait4`), the disk's own copy
//! speed for comparison, and for the purge the longest time the bot's lock was held.
//!
//! `cargo bench --bench gdpr -- [--messages N] [--media-mb N] [--media-files N] [--state-mb N] [--dir DIR] [--generate-only]`

use std::fs::{self, File};
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

struct Opts {
    messages: u64,
    media_mb: u64,
    media_files: u64,
    state_mb: u64,
    dir: PathBuf,
    generate_only: bool,
}

fn opts() -> Opts {
    let mut o = Opts {
        messages: 100_000,
        media_mb: 2048,
        media_files: 400,
        state_mb: 1024,
        dir: std::env::temp_dir().join("clawctl-bench-gdpr"),
        generate_only: false,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let val = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--messages" => o.messages = val.parse().expect("--messages N"),
            "--media-mb" => o.media_mb = val.parse().expect("--media-mb N"),
            "--media-files" => o.media_files = val.parse().expect("--media-files N"),
            "--state-mb" => o.state_mb = val.parse().expect("--state-mb N"),
            "--dir" => o.dir = PathBuf::from(val),
            "--generate-only" => {
                o.generate_only = true;
                i += 1;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    o
}

/// Fast deterministic bytes (media must not compress, like real photos).
struct Rng(u64);
impl Rng {
    fn fill(&mut self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            let b = self.0.to_le_bytes();
            chunk.copy_from_slice(&b[..chunk.len()]);
        }
    }
}

const SUBJECT: &str = "111000111";
const TEXT: &str = "could you look at the deploy logs again and tell me whether the pool settings are right, thanks";

fn user_line(id: u64, parent: u64, ms: i64, env: &str, text: &str) -> String {
    format!(
        "{{\"type\":\"message\",\"id\":\"{id:08x}\",\"parentId\":\"{parent:08x}\",\"timestamp\":\"2026-11-01T10:00:00.000Z\",\"message\":{{\"role\":\"user\",\"content\":[{{\"type\":\"text\",\"text\":\"{env} {text}\"}}],\"timestamp\":{ms}}}}}\n"
    )
}

fn reply_line(id: u64, parent: u64, ms: i64) -> String {
    format!(
        "{{\"type\":\"message\",\"id\":\"{id:08x}\",\"parentId\":\"{parent:08x}\",\"timestamp\":\"2026-11-01T10:00:01.000Z\",\"message\":{{\"role\":\"assistant\",\"content\":[{{\"type\":\"text\",\"text\":\"{TEXT} {TEXT}\"}}],\"api\":\"anthropic-messages\",\"provider\":\"anthropic\",\"model\":\"claude-haiku-4-5\",\"usage\":{{\"input\":1200,\"output\":80,\"cacheRead\":0,\"cacheWrite\":0,\"totalTokens\":1280,\"cost\":{{\"input\":0.0012,\"output\":0.0004,\"cacheRead\":0,\"cacheWrite\":0,\"total\":0.0016}}}},\"stopReason\":\"stop\",\"timestamp\":{}}}}}\n",
        ms + 50
    )
}

fn header(f: &mut impl Write, id: &str) {
    writeln!(f, "{{\"type\":\"session\",\"version\":3,\"id\":\"{id}\",\"timestamp\":\"2026-11-01T10:00:00.000Z\",\"cwd\":\"/home/operator/clawd\"}}").unwrap();
}

/// Build the state dir; returns (subject's media bytes, transcript bytes).
fn generate(o: &Opts) -> (u64, u64) {
    let root = &o.dir;
    let _ = fs::remove_dir_all(root);
    let sess = root.join("agents/main/sessions");
    fs::create_dir_all(&sess).unwrap();
    fs::create_dir_all(root.join("media/inbound")).unwrap();
    fs::create_dir_all(root.join("memory")).unwrap();
    fs::write(root.join("clawdbot.json"), format!("{{ session: {{ identityLinks: {{ subject: [\"telegram:{SUBJECT}\"] }} }}, channels: {{ telegram: {{ allowFrom: [\"{SUBJECT}\", \"5\"] }} }} }}\n")).unwrap();
    // Media: uncompressible files referenced from the subject's DM.
    let per_file = o.media_mb * 1024 * 1024 / o.media_files.max(1);
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let mut buf = vec![0u8; 1 << 20];
    let mut media = Vec::new();
    for i in 0..o.media_files {
        let name = format!("photo-{i:05}---{i:08x}-0000-4000-8000-000000000000.jpg");
        let mut f = BufWriter::new(File::create(root.join("media/inbound").join(&name)).unwrap());
        let mut left = per_file;
        while left > 0 {
            let n = left.min(buf.len() as u64) as usize;
            rng.fill(&mut buf[..n]);
            f.write_all(&buf[..n]).unwrap();
            left -= n as u64;
        }
        media.push(name);
    }
    // The subject's DM: 60 % of their messages, each answered.
    let dm_msgs = o.messages * 6 / 10;
    let dm_id = "5ub1ec70-0000-4000-8000-000000000001";
    let mut f = BufWriter::new(File::create(sess.join(format!("{dm_id}.jsonl"))).unwrap());
    header(&mut f, dm_id);
    let env = format!("[Telegram Subject id:{SUBJECT} 2026-11-01 10:00 UTC]");
    let step = (dm_msgs / o.media_files.max(1)).max(1);
    for i in 0..dm_msgs {
        let text = match media.get((i / step) as usize) {
            Some(name) if i % step == 0 => format!(
                "[media attached: /home/operator/.clawdbot/media/inbound/{name} (image/jpeg)]\\n{env}"
            ),
            _ => env.clone(),
        };
        f.write_all(
            user_line(
                2 * i + 1,
                2 * i,
                1_793_000_000_000 + i as i64,
                "",
                &format!("{text} {TEXT}"),
            )
            .as_bytes(),
        )
        .unwrap();
        f.write_all(reply_line(2 * i + 2, 2 * i + 1, 1_793_000_000_000 + i as i64).as_bytes())
            .unwrap();
    }
    drop(f);
    // The shared main session: their other 40 % among others' lines, up to 40 % of --state-mb.
    let main_id = "a11a11a1-0000-4000-8000-000000000002";
    let target_main = o.state_mb * 1024 * 1024 * 4 / 10;
    let mut f = BufWriter::new(File::create(sess.join(format!("{main_id}.jsonl"))).unwrap());
    header(&mut f, main_id);
    let (mut written, mut theirs, mut i) = (0u64, 0u64, 0u64);
    let share = o.messages - dm_msgs;
    while written < target_main || theirs < share {
        let mine = theirs < share && (i % 2 == 0 || written >= target_main);
        let env = if mine {
            theirs += 1;
            format!("[Telegram Subject id:{SUBJECT} 2026-11-01 10:00 UTC]")
        } else {
            format!(
                "[Signal Other{} id:+1555{:07} 2026-11-01 10:00 UTC]",
                i % 500,
                i % 500
            )
        };
        let a = user_line(2 * i + 1, 2 * i, 1_794_000_000_000 + i as i64, &env, TEXT);
        let b = reply_line(2 * i + 2, 2 * i + 1, 1_794_000_000_000 + i as i64);
        written += (a.len() + b.len()) as u64;
        f.write_all(a.as_bytes()).unwrap();
        f.write_all(b.as_bytes()).unwrap();
        i += 1;
    }
    drop(f);
    // Other people's DMs: the rest of --state-mb, 4 MB each.
    let mut store = format!("{{\"agent:main:main\":{{\"sessionId\":\"{main_id}\",\"updatedAt\":1794000000000,\"origin\":{{\"from\":\"telegram:{SUBJECT}\"}},\"lastTo\":\"{SUBJECT}\"}},\"agent:main:telegram:dm:{SUBJECT}\":{{\"sessionId\":\"{dm_id}\",\"updatedAt\":1793000000000}}");
    let others = (o.state_mb * 1024 * 1024).saturating_sub(written) / (4 << 20);
    for p in 0..others {
        let id = format!("0e0e0e0e-0000-4000-8000-{p:012}");
        let peer = format!("+4917{p:07}");
        let mut f = BufWriter::new(File::create(sess.join(format!("{id}.jsonl"))).unwrap());
        header(&mut f, &id);
        let env = format!("[WhatsApp Person id:{peer} 2026-11-01 10:00 UTC]");
        let mut w = 0u64;
        let mut j = 0u64;
        while w < 4 << 20 {
            let a = user_line(2 * j + 1, 2 * j, 1_794_000_000_000, &env, TEXT);
            let b = reply_line(2 * j + 2, 2 * j + 1, 1_794_000_000_000);
            w += (a.len() + b.len()) as u64;
            f.write_all(a.as_bytes()).unwrap();
            f.write_all(b.as_bytes()).unwrap();
            j += 1;
        }
        store.push_str(&format!(",\"agent:main:whatsapp:dm:{peer}\":{{\"sessionId\":\"{id}\",\"updatedAt\":1794000000000}}"));
    }
    store.push('}');
    fs::write(sess.join("sessions.json"), store).unwrap();
    // Memory index: 20k chunks, a quarter from the subject's sessions.
    let c = rusqlite::Connection::open(root.join("memory/main.sqlite")).unwrap();
    c.execute_batch("PRAGMA journal_mode=WAL; CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); CREATE TABLE files (path TEXT PRIMARY KEY, source TEXT NOT NULL DEFAULT 'memory', hash TEXT NOT NULL, mtime INTEGER NOT NULL, size INTEGER NOT NULL); CREATE TABLE chunks (id TEXT PRIMARY KEY, path TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'memory', start_line INTEGER NOT NULL, end_line INTEGER NOT NULL, hash TEXT NOT NULL, model TEXT NOT NULL, text TEXT NOT NULL, embedding TEXT NOT NULL, updated_at INTEGER NOT NULL); CREATE VIRTUAL TABLE chunks_fts USING fts5(text, id UNINDEXED, path UNINDEXED, source UNINDEXED, model UNINDEXED, start_line UNINDEXED, end_line UNINDEXED); BEGIN;").unwrap();
    for k in 0..20_000u64 {
        let (path, who) = if k % 4 == 0 {
            (format!("sessions/{dm_id}.jsonl"), SUBJECT.to_string())
        } else {
            (
                format!(
                    "sessions/0e0e0e0e-0000-4000-8000-{:012}.jsonl",
                    k % others.max(1)
                ),
                format!("+4917{:07}", k % 1000),
            )
        };
        let text = format!("User: [Telegram id:{who}] {TEXT}\nAssistant: {TEXT}");
        c.execute(
            "INSERT INTO chunks VALUES (?1, ?2, 'sessions', 1, 4, ?3, 'm', ?4, '[0.1,0.2]', 0)",
            rusqlite::params![format!("c{k}"), path, format!("h{k}"), text],
        )
        .unwrap();
        c.execute("INSERT INTO chunks_fts (text, id, path, source, model, start_line, end_line) VALUES (?1, ?2, ?3, 'sessions', 'm', 1, 4)", rusqlite::params![text, format!("c{k}"), path]).unwrap();
    }
    c.execute_batch("COMMIT;").unwrap();
    (per_file * o.media_files, dir_bytes(&sess))
}

fn dir_bytes(dir: &Path) -> u64 {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.metadata().unwrap().len())
        .sum()
}

/// Run clawctl; returns (wall seconds, CPU seconds, peak RSS in MB, stdout).
/// The child is reaped by `wait4` (which also reports its peak RSS), not by `Child::wait`.
#[allow(clippy::zombie_processes)]
fn measure(args: &[&str], state: &Path) -> (f64, f64, f64, String) {
    let out_path = state.with_extension("stdout");
    let child = Command::new(env!("CARGO_BIN_EXE_clawctl"))
        .arg("--state-dir")
        .arg(state)
        .args(args)
        .env("CLAWCTL_DB", state.join("clawctl/ops.db"))
        .stdout(File::create(&out_path).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waiting for the child we spawned, with valid pointers.
    unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(status, 0, "clawctl {args:?} failed");
    let mut stdout = String::new();
    File::open(&out_path)
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    let cpu = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let cpu_secs = cpu(usage.ru_utime) + cpu(usage.ru_stime);
    (secs, cpu_secs, usage.ru_maxrss as f64 / 1024.0, stdout)
}

/// The disk's own speed for the same bytes: read the sources, write one file, fsync.
fn copy_speed(files: &[PathBuf], to: &Path) -> f64 {
    let start = Instant::now();
    let mut out = File::create(to).unwrap();
    let mut total = 0;
    for f in files {
        total += std::io::copy(&mut File::open(f).unwrap(), &mut out).unwrap();
    }
    out.sync_all().unwrap();
    let secs = start.elapsed().as_secs_f64();
    let _ = fs::remove_file(to);
    total as f64 / 1048576.0 / secs
}

fn main() {
    let o = opts();
    let t = Instant::now();
    let (media_bytes, transcript_bytes) = generate(&o);
    println!("generated {} in {:.1}s: {} MB transcripts, {} MB media of the subject, {} messages of theirs", o.dir.display(), t.elapsed().as_secs_f64(), transcript_bytes >> 20, media_bytes >> 20, o.messages);
    if o.generate_only {
        return;
    }
    let root = o.dir.clone();
    let mut sources: Vec<PathBuf> = fs::read_dir(root.join("media/inbound"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    sources.push(root.join("agents/main/sessions/5ub1ec70-0000-4000-8000-000000000001.jsonl"));
    let disk = copy_speed(&sources, &root.with_extension("copy"));
    let zip = root.with_extension("zip");
    let _ = fs::remove_file(&zip);
    println!(
        "| run | size | wall | CPU (user+sys) | throughput | peak RSS |\n|---|---|---|---|---|---|"
    );
    let (secs, cpu, rss, _) = measure(
        &["user", "export", "subject", "-o", zip.to_str().unwrap()],
        &root,
    );
    let zbytes = fs::metadata(&zip).unwrap().len();
    println!("| export zip | {} MB archive | {secs:.1} s | {cpu:.1} s | {:.0} MB/s (disk copy of the same sources: {disk:.0} MB/s) | {rss:.0} MB |", zbytes >> 20, zbytes as f64 / 1048576.0 / secs);
    let json = root.with_extension("json");
    let _ = fs::remove_file(&json);
    let (secs, cpu, rss, _) = measure(
        &[
            "--json",
            "user",
            "export",
            "subject",
            "-o",
            json.to_str().unwrap(),
        ],
        &root,
    );
    println!(
        "| export json | {} MB document | {secs:.1} s | {cpu:.1} s | | {rss:.0} MB |",
        fs::metadata(&json).unwrap().len() >> 20
    );
    let (secs, cpu, rss, out) = measure(&["user", "purge", "subject", "--yes", "--json"], &root);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    println!("| purge | {} files, {} MB deleted, {} lines redacted, {} memory chunks | {secs:.1} s | {cpu:.1} s | longest bot lock held {} ms | {rss:.0} MB |",
        v["done"]["files_deleted"], v["done"]["bytes_deleted"].as_u64().unwrap_or(0) >> 20, v["done"]["lines_redacted"], v["done"]["memory_chunks"], v["done"]["longest_lock_ms"]);
    for p in [zip, json, root.with_extension("stdout")] {
        let _ = fs::remove_file(p);
    }
    let _ = fs::remove_dir_all(&root);
}
