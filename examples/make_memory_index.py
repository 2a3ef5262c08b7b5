#!/usr/bin/env python3
"""Build examples/state/memory/main.sqlite, the bot's memory search index, for the example state dir.

The bot keeps one index per agent at memory/<agentId>.sqlite. With session indexing on
(agents.defaults.memorySearch.sources = ["memory", "sessions"]) it stores transcript text in
chunks with source = 'sessions' and path = 'sessions/<sessionId>.jsonl', so deleting a transcript
does not remove what a person said from the index. This script writes a few 'memory' chunks
(MEMORY.md and a daily note from the workspace) and 'sessions' chunks taken from the example
transcripts, including one from a transcript that was already deleted.

Embeddings are 8-dimensional placeholders (the real index holds 1536 floats per chunk).
Deterministic: running it twice gives the same rows.  Usage: python3 make_memory_index.py [STATE_DIR]
"""
import glob
import hashlib
import json
import os
import sqlite3
import sys

STATE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "state")
SESS = os.path.join(STATE, "agents", "main", "sessions")
DB = os.path.join(STATE, "memory", "main.sqlite")
MODEL = "text-embedding-3-small"
UPDATED_AT = 1795154400000  # 2026-11-20T06:00:00Z, last index sync
CHUNK_LINES = 4

MEMORY_MD = """# MEMORY

## People
- Alice (telegram:111111111, discord alice.dev / 222222222222): runs the Ops Team group. Prefers short answers.
- Bob (@bob_ops, telegram:333333333): on call for the API; owns the DB pool settings.
- Carol (WhatsApp +8613800138000): friend of Alice; had router trouble in Aug 2026.
- Dave (Signal +15551234567): keeps an expense list with the bot.

## Projects
- 2.4 rollout: staging 2026-11-04, prod 2026-11-19, after Bob's DB pool fix (api 2.3.9).
- Alice pays the Northwind hosting invoice around the 10th of each month.
"""

DAILY_MD = """# 2026-11-19

- 2.4 went to prod at 16:25 UTC; 5xx spike right after (Alice posted a Grafana screenshot in Ops Team).
- Bob suspects upstream 502s; to check gateway/api logs tomorrow morning.
"""


def sha(s):
    return hashlib.sha256(s.encode() if isinstance(s, str) else s).hexdigest()


def fake_embedding(text):
    h = hashlib.sha256(text.encode()).digest()
    return json.dumps([round((b - 128) / 128.0, 4) for b in h[:8]])


def session_lines(path):
    """Flatten a transcript the way the indexer does: one 'User: …' / 'Assistant: …' line per text message."""
    out = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            obj = json.loads(raw)
            if obj.get("type") != "message":
                continue
            msg = obj["message"]
            role = msg.get("role")
            if role not in ("user", "assistant"):
                continue
            if msg.get("provider") == "openclaw":  # delivery mirrors and injected notes are not indexed
                continue
            text = " ".join(c.get("text", "") for c in msg.get("content", []) if c.get("type") == "text")
            text = " ".join(text.split())
            if text:
                out.append(("User: " if role == "user" else "Assistant: ") + text)
    return out


def last_timestamp_ms(path):
    import datetime as dt
    with open(path, encoding="utf-8") as f:
        last = json.loads(f.readlines()[-1])
    d = dt.datetime.strptime(last["timestamp"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
    return int(d.timestamp() * 1000)


def main():
    store = json.load(open(os.path.join(SESS, "sessions.json"), encoding="utf-8"))
    # transcripts to index: (transcript file on disk, session id)
    picks = []
    for key in ("agent:main:telegram:group:-1001234567890", "agent:main:telegram:dm:111111111", "agent:main:telegram:dm:333333333"):
        sid = store[key]["sessionId"]
        picks.append((os.path.join(SESS, sid + ".jsonl"), sid))
    for deleted in sorted(glob.glob(os.path.join(SESS, "*.jsonl.deleted.*"))):
        sid = os.path.basename(deleted).split(".jsonl")[0]
        picks.append((deleted, sid))  # indexed before it was deleted; the index still has it

    os.makedirs(os.path.dirname(DB), exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(DB + suffix):
            os.remove(DB + suffix)
    db = sqlite3.connect(DB)
    db.execute("PRAGMA page_size = 1024")  # keep the example small; the bot uses the 4096 default
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE files (path TEXT PRIMARY KEY, source TEXT NOT NULL DEFAULT 'memory', hash TEXT NOT NULL,
                            mtime INTEGER NOT NULL, size INTEGER NOT NULL);
        CREATE TABLE chunks (id TEXT PRIMARY KEY, path TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'memory',
                             start_line INTEGER NOT NULL, end_line INTEGER NOT NULL, hash TEXT NOT NULL,
                             model TEXT NOT NULL, text TEXT NOT NULL, embedding TEXT NOT NULL,
                             updated_at INTEGER NOT NULL);
        CREATE TABLE embedding_cache (provider TEXT NOT NULL, model TEXT NOT NULL, provider_key TEXT NOT NULL,
                                      hash TEXT NOT NULL, embedding TEXT NOT NULL, dims INTEGER,
                                      updated_at INTEGER NOT NULL,
                                      PRIMARY KEY (provider, model, provider_key, hash));
        CREATE INDEX idx_chunks_path ON chunks(path);
        CREATE INDEX idx_chunks_source ON chunks(source);
        CREATE INDEX idx_embedding_cache_updated_at ON embedding_cache(updated_at);
    """)
    try:
        db.execute("CREATE VIRTUAL TABLE chunks_fts USING fts5(text, id UNINDEXED, path UNINDEXED, source UNINDEXED,"
                   " model UNINDEXED, start_line UNINDEXED, end_line UNINDEXED)")
        fts = True
    except sqlite3.OperationalError:
        fts = False
    db.execute("INSERT INTO meta VALUES (?, ?)", ("memory_index_meta_v1", json.dumps(
        {"model": MODEL, "provider": "openai", "chunkTokens": 400, "chunkOverlap": 80, "vectorDims": 8,
         "sources": ["memory", "sessions"]}, separators=(",", ":"))))

    def add_chunks(path, source, lines):
        for start in range(0, len(lines), CHUNK_LINES):
            part = lines[start:start + CHUNK_LINES]
            text = "\n".join(part)
            h = sha(text)
            s, e = start + 1, start + len(part)
            cid = sha("%s:%s:%d:%d:%s:%s" % (source, path, s, e, h, MODEL))
            emb = fake_embedding(text)
            db.execute("INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?,?)", (cid, path, source, s, e, h, MODEL, text, emb, UPDATED_AT))
            db.execute("INSERT OR IGNORE INTO embedding_cache VALUES (?,?,?,?,?,?,?)", ("openai", MODEL, "default", h, emb, 8, UPDATED_AT))
            if fts:
                db.execute("INSERT INTO chunks_fts VALUES (?,?,?,?,?,?,?)", (text, cid, path, source, MODEL, s, e))

    for path, text, mtime in (("MEMORY.md", MEMORY_MD, 1795090000000), ("memory/2026-11-19.md", DAILY_MD, 1795110000000)):
        lines = [l for l in text.splitlines() if l.strip()]
        db.execute("INSERT INTO files VALUES (?,?,?,?,?)", (path, "memory", sha(text), mtime, len(text.encode())))
        add_chunks(path, "memory", lines)

    for disk, sid in picks:
        rel = "sessions/%s.jsonl" % sid
        data = open(disk, "rb").read()
        db.execute("INSERT INTO files VALUES (?,?,?,?,?)", (rel, "sessions", sha(data), last_timestamp_ms(disk), len(data)))
        add_chunks(rel, "sessions", session_lines(disk))

    db.commit()
    db.execute("VACUUM")
    db.close()
    n = sqlite3.connect(DB).execute("SELECT source, count(*) FROM chunks GROUP BY source ORDER BY source").fetchall()
    print("wrote %s (fts5=%s): %s" % (DB, fts, ", ".join("%s=%d" % r for r in n)))


if __name__ == "__main__":
    main()
