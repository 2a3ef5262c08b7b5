-- clawctl ops database, schema version 1 (SQLite).
-- Public contract: see docs/schema.md. Timestamps are INTEGER Unix milliseconds UTC; a person
-- is a user_id TEXT holding the bot's peer id (`+8613800138000`, `telegram:123456789`).

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE messages (
  id          INTEGER PRIMARY KEY,
  timestamp   INTEGER NOT NULL,
  starred     INTEGER NOT NULL DEFAULT 0,
  archived    INTEGER NOT NULL DEFAULT 0,
  message_key TEXT UNIQUE,
  agent_id    TEXT,
  session_key TEXT,
  session_id  TEXT,
  entry_id    TEXT,
  parent_id   TEXT,
  channel     TEXT,
  user_id     TEXT,
  role        TEXT,
  text        TEXT,
  has_media   INTEGER NOT NULL DEFAULT 0,
  source_file TEXT,
  source_line INTEGER
);
CREATE INDEX messages_timestamp ON messages(timestamp);
CREATE INDEX messages_user ON messages(user_id, timestamp);
CREATE INDEX messages_session ON messages(session_id);

CREATE TABLE media_files (
  id          INTEGER PRIMARY KEY,
  file_path   TEXT NOT NULL,
  timestamp   INTEGER NOT NULL,
  message_key TEXT,
  user_id     TEXT,
  session_id  TEXT,
  mime        TEXT,
  url         TEXT,
  size_bytes  INTEGER,
  sha256      TEXT,
  UNIQUE (message_key, file_path)
);
CREATE INDEX media_files_timestamp ON media_files(timestamp);
CREATE INDEX media_files_user ON media_files(user_id);
CREATE INDEX media_files_path ON media_files(file_path);

CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  timestamp  INTEGER NOT NULL,
  actor      TEXT,
  action     TEXT,
  target     TEXT,
  result     TEXT,
  risk_level TEXT,
  metadata   TEXT,
  source_key TEXT UNIQUE,
  prev_hash  TEXT,
  hash       TEXT
);
CREATE INDEX audit_log_timestamp ON audit_log(timestamp);
CREATE INDEX audit_log_actor ON audit_log(actor, timestamp);
CREATE INDEX audit_log_risk ON audit_log(risk_level, timestamp);
CREATE INDEX audit_log_action ON audit_log(action, timestamp);

CREATE TABLE cost_attribution (
  id                 INTEGER PRIMARY KEY,
  timestamp          INTEGER NOT NULL,
  session_id         TEXT,
  task_type          TEXT,
  model              TEXT,
  input_tokens       INTEGER,
  output_tokens      INTEGER,
  cost               REAL,
  metadata           TEXT,
  call_key           TEXT UNIQUE,
  provider           TEXT,
  cache_read_tokens  INTEGER NOT NULL DEFAULT 0,
  cache_write_tokens INTEGER NOT NULL DEFAULT 0,
  cost_source        TEXT,
  agent_id           TEXT,
  session_key        TEXT,
  channel            TEXT,
  user_id            TEXT,
  message_key        TEXT,
  duration_ms        INTEGER
);
CREATE INDEX cost_timestamp ON cost_attribution(timestamp);
CREATE INDEX cost_session ON cost_attribution(session_id, timestamp);
CREATE INDEX cost_user ON cost_attribution(user_id, timestamp);

CREATE TABLE users (
  user_id      TEXT PRIMARY KEY,
  canonical_id TEXT,
  channel      TEXT,
  display_name TEXT,
  first_seen   INTEGER,
  last_seen    INTEGER
);
CREATE INDEX users_canonical ON users(canonical_id);

CREATE TABLE preferences (
  user_id    TEXT NOT NULL,
  key        TEXT NOT NULL,
  value      TEXT,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, key)
);

CREATE TABLE budgets (
  id         INTEGER PRIMARY KEY,
  scope      TEXT NOT NULL CHECK (scope IN ('global', 'agent', 'user', 'session')),
  scope_id   TEXT NOT NULL DEFAULT '',
  period     TEXT NOT NULL CHECK (period IN ('daily', 'monthly')),
  limit_usd  REAL NOT NULL CHECK (limit_usd >= 0),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (scope, scope_id, period)
);

CREATE TABLE processed_messages (
  message_id   TEXT PRIMARY KEY,
  processed_at INTEGER NOT NULL
);

CREATE TABLE sync_cursors (
  source      TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  file_id     TEXT,
  head_sha256 TEXT,
  offset      INTEGER NOT NULL DEFAULT 0,
  line        INTEGER NOT NULL DEFAULT 0,
  size        INTEGER NOT NULL DEFAULT 0,
  mtime       INTEGER,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE legal_holds (
  id         INTEGER PRIMARY KEY,
  scope      TEXT NOT NULL CHECK (scope IN ('user', 'session')),
  scope_id   TEXT NOT NULL,
  reason     TEXT,
  created_at INTEGER NOT NULL,
  UNIQUE (scope, scope_id)
);
