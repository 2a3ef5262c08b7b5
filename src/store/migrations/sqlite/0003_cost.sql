-- clawctl ops database, schema version 3 (SQLite): what `sync` and the cost reports need.
--
-- * cost_attribution.turn_key: the turn a model call belongs to (`<session_id>:<entry_id>` of the
--   user message that started it), so `cost top` can rank whole turns.
-- * sync_cursors.state: per-file reader state carried between runs (JSON: the current turn, the
--   last sender in a shared session, the last model_change).
-- * cost_rollup: a derived table of cost_attribution summed per UTC quarter hour and agent.
--   Every time zone's day starts on a quarter hour, so day/week/month reports and budgets over
--   millions of calls read thousands of rows. Triggers keep it exact whoever writes
--   cost_attribution (clawctl, the bot side, a GDPR purge).

ALTER TABLE cost_attribution ADD COLUMN turn_key TEXT;
ALTER TABLE sync_cursors ADD COLUMN state TEXT;
CREATE INDEX cost_turn ON cost_attribution(turn_key);

CREATE TABLE cost_rollup (
  bucket             INTEGER NOT NULL,
  agent_id           TEXT NOT NULL,
  requests           INTEGER NOT NULL,
  input_tokens       INTEGER NOT NULL,
  output_tokens      INTEGER NOT NULL,
  cache_read_tokens  INTEGER NOT NULL,
  cache_write_tokens INTEGER NOT NULL,
  cost               REAL NOT NULL,
  unpriced           INTEGER NOT NULL,
  PRIMARY KEY (bucket, agent_id)
) WITHOUT ROWID;

INSERT INTO cost_rollup
SELECT CAST(timestamp AS INTEGER) / 900000, COALESCE(agent_id, ''), COUNT(*),
       COALESCE(SUM(input_tokens), 0), COALESCE(SUM(output_tokens), 0),
       COALESCE(SUM(cache_read_tokens), 0), COALESCE(SUM(cache_write_tokens), 0),
       COALESCE(SUM(cost), 0), SUM(CASE WHEN cost IS NULL THEN 1 ELSE 0 END)
FROM cost_attribution
GROUP BY 1, 2;

CREATE TRIGGER cost_rollup_insert AFTER INSERT ON cost_attribution BEGIN
  INSERT INTO cost_rollup VALUES (
    CAST(NEW.timestamp AS INTEGER) / 900000, COALESCE(NEW.agent_id, ''), 1,
    COALESCE(NEW.input_tokens, 0), COALESCE(NEW.output_tokens, 0), COALESCE(NEW.cache_read_tokens, 0),
    COALESCE(NEW.cache_write_tokens, 0), COALESCE(NEW.cost, 0), CASE WHEN NEW.cost IS NULL THEN 1 ELSE 0 END)
  ON CONFLICT (bucket, agent_id) DO UPDATE SET
    requests = requests + 1,
    input_tokens = input_tokens + excluded.input_tokens,
    output_tokens = output_tokens + excluded.output_tokens,
    cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens,
    cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens,
    cost = cost + excluded.cost,
    unpriced = unpriced + excluded.unpriced;
END;

CREATE TRIGGER cost_rollup_delete AFTER DELETE ON cost_attribution BEGIN
  UPDATE cost_rollup SET
    requests = requests - 1,
    input_tokens = input_tokens - COALESCE(OLD.input_tokens, 0),
    output_tokens = output_tokens - COALESCE(OLD.output_tokens, 0),
    cache_read_tokens = cache_read_tokens - COALESCE(OLD.cache_read_tokens, 0),
    cache_write_tokens = cache_write_tokens - COALESCE(OLD.cache_write_tokens, 0),
    cost = cost - COALESCE(OLD.cost, 0),
    unpriced = unpriced - (CASE WHEN OLD.cost IS NULL THEN 1 ELSE 0 END)
  WHERE bucket = CAST(OLD.timestamp AS INTEGER) / 900000 AND agent_id = COALESCE(OLD.agent_id, '');
  DELETE FROM cost_rollup WHERE requests <= 0 AND bucket = CAST(OLD.timestamp AS INTEGER) / 900000 AND agent_id = COALESCE(OLD.agent_id, '');
END;

CREATE TRIGGER cost_rollup_update
AFTER UPDATE OF timestamp, agent_id, input_tokens, output_tokens, cache_read_tokens,
  cache_write_tokens, cost ON cost_attribution BEGIN
  UPDATE cost_rollup SET
    requests = requests - 1,
    input_tokens = input_tokens - COALESCE(OLD.input_tokens, 0),
    output_tokens = output_tokens - COALESCE(OLD.output_tokens, 0),
    cache_read_tokens = cache_read_tokens - COALESCE(OLD.cache_read_tokens, 0),
    cache_write_tokens = cache_write_tokens - COALESCE(OLD.cache_write_tokens, 0),
    cost = cost - COALESCE(OLD.cost, 0),
    unpriced = unpriced - (CASE WHEN OLD.cost IS NULL THEN 1 ELSE 0 END)
  WHERE bucket = CAST(OLD.timestamp AS INTEGER) / 900000 AND agent_id = COALESCE(OLD.agent_id, '');
  DELETE FROM cost_rollup WHERE requests <= 0 AND bucket = CAST(OLD.timestamp AS INTEGER) / 900000 AND agent_id = COALESCE(OLD.agent_id, '');
  INSERT INTO cost_rollup VALUES (
    CAST(NEW.timestamp AS INTEGER) / 900000, COALESCE(NEW.agent_id, ''), 1,
    COALESCE(NEW.input_tokens, 0), COALESCE(NEW.output_tokens, 0), COALESCE(NEW.cache_read_tokens, 0),
    COALESCE(NEW.cache_write_tokens, 0), COALESCE(NEW.cost, 0), CASE WHEN NEW.cost IS NULL THEN 1 ELSE 0 END)
  ON CONFLICT (bucket, agent_id) DO UPDATE SET
    requests = requests + 1,
    input_tokens = input_tokens + excluded.input_tokens,
    output_tokens = output_tokens + excluded.output_tokens,
    cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens,
    cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens,
    cost = cost + excluded.cost,
    unpriced = unpriced + excluded.unpriced;
END;

-- cost_rollup_day: the same sums per UTC day and every `--by` dimension but time, for reports
-- grouped by model, session, user, … over long ranges (whole UTC days from here, the ragged
-- edges of --since/--until from cost_attribution). Kept exact by triggers like cost_rollup.
CREATE TABLE cost_rollup_day (
  day                INTEGER NOT NULL,
  agent_id           TEXT NOT NULL,
  session_id         TEXT NOT NULL,
  session_key        TEXT NOT NULL,
  user_id            TEXT NOT NULL,
  channel            TEXT NOT NULL,
  model              TEXT NOT NULL,
  provider           TEXT NOT NULL,
  task_type          TEXT NOT NULL,
  requests           INTEGER NOT NULL,
  input_tokens       INTEGER NOT NULL,
  output_tokens      INTEGER NOT NULL,
  cache_read_tokens  INTEGER NOT NULL,
  cache_write_tokens INTEGER NOT NULL,
  cost               REAL NOT NULL,
  unpriced           INTEGER NOT NULL,
  PRIMARY KEY (day, agent_id, session_id, session_key, user_id, channel, model, provider, task_type)
) WITHOUT ROWID;

INSERT INTO cost_rollup_day
SELECT CAST(timestamp AS INTEGER) / 86400000, COALESCE(agent_id, ''), COALESCE(session_id, ''), COALESCE(session_key, ''), COALESCE(user_id, ''), COALESCE(channel, ''), COALESCE(model, ''), COALESCE(provider, ''), COALESCE(task_type, ''), COUNT(*),
       COALESCE(SUM(input_tokens), 0), COALESCE(SUM(output_tokens), 0),
       COALESCE(SUM(cache_read_tokens), 0), COALESCE(SUM(cache_write_tokens), 0),
       COALESCE(SUM(cost), 0), SUM(CASE WHEN cost IS NULL THEN 1 ELSE 0 END)
FROM cost_attribution
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

CREATE TRIGGER cost_rollup_day_insert AFTER INSERT ON cost_attribution BEGIN
  INSERT INTO cost_rollup_day VALUES (
    CAST(NEW.timestamp AS INTEGER) / 86400000,
    COALESCE(NEW.agent_id, ''),
    COALESCE(NEW.session_id, ''),
    COALESCE(NEW.session_key, ''),
    COALESCE(NEW.user_id, ''),
    COALESCE(NEW.channel, ''),
    COALESCE(NEW.model, ''),
    COALESCE(NEW.provider, ''),
    COALESCE(NEW.task_type, ''), 1,
    COALESCE(NEW.input_tokens, 0), COALESCE(NEW.output_tokens, 0), COALESCE(NEW.cache_read_tokens, 0),
    COALESCE(NEW.cache_write_tokens, 0), COALESCE(NEW.cost, 0), CASE WHEN NEW.cost IS NULL THEN 1 ELSE 0 END)
  ON CONFLICT (day, agent_id, session_id, session_key, user_id, channel, model, provider, task_type) DO UPDATE SET
    requests = requests + 1,
    input_tokens = input_tokens + excluded.input_tokens,
    output_tokens = output_tokens + excluded.output_tokens,
    cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens,
    cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens,
    cost = cost + excluded.cost,
    unpriced = unpriced + excluded.unpriced;
END;

CREATE TRIGGER cost_rollup_day_delete AFTER DELETE ON cost_attribution BEGIN
  UPDATE cost_rollup_day SET
    requests = requests - 1,
    input_tokens = input_tokens - COALESCE(OLD.input_tokens, 0),
    output_tokens = output_tokens - COALESCE(OLD.output_tokens, 0),
    cache_read_tokens = cache_read_tokens - COALESCE(OLD.cache_read_tokens, 0),
    cache_write_tokens = cache_write_tokens - COALESCE(OLD.cache_write_tokens, 0),
    cost = cost - COALESCE(OLD.cost, 0),
    unpriced = unpriced - (CASE WHEN OLD.cost IS NULL THEN 1 ELSE 0 END)
  WHERE day = CAST(OLD.timestamp AS INTEGER) / 86400000 AND agent_id = COALESCE(OLD.agent_id, '') AND session_id = COALESCE(OLD.session_id, '') AND session_key = COALESCE(OLD.session_key, '') AND user_id = COALESCE(OLD.user_id, '') AND channel = COALESCE(OLD.channel, '') AND model = COALESCE(OLD.model, '') AND provider = COALESCE(OLD.provider, '') AND task_type = COALESCE(OLD.task_type, '');
  DELETE FROM cost_rollup_day WHERE requests <= 0 AND day = CAST(OLD.timestamp AS INTEGER) / 86400000 AND agent_id = COALESCE(OLD.agent_id, '') AND session_id = COALESCE(OLD.session_id, '') AND session_key = COALESCE(OLD.session_key, '') AND user_id = COALESCE(OLD.user_id, '') AND channel = COALESCE(OLD.channel, '') AND model = COALESCE(OLD.model, '') AND provider = COALESCE(OLD.provider, '') AND task_type = COALESCE(OLD.task_type, '');
END;

CREATE TRIGGER cost_rollup_day_update
AFTER UPDATE OF timestamp, agent_id, session_id, session_key, user_id, channel, model, provider, task_type, input_tokens, output_tokens,
  cache_read_tokens, cache_write_tokens, cost ON cost_attribution BEGIN
  UPDATE cost_rollup_day SET
    requests = requests - 1,
    input_tokens = input_tokens - COALESCE(OLD.input_tokens, 0),
    output_tokens = output_tokens - COALESCE(OLD.output_tokens, 0),
    cache_read_tokens = cache_read_tokens - COALESCE(OLD.cache_read_tokens, 0),
    cache_write_tokens = cache_write_tokens - COALESCE(OLD.cache_write_tokens, 0),
    cost = cost - COALESCE(OLD.cost, 0),
    unpriced = unpriced - (CASE WHEN OLD.cost IS NULL THEN 1 ELSE 0 END)
  WHERE day = CAST(OLD.timestamp AS INTEGER) / 86400000 AND agent_id = COALESCE(OLD.agent_id, '') AND session_id = COALESCE(OLD.session_id, '') AND session_key = COALESCE(OLD.session_key, '') AND user_id = COALESCE(OLD.user_id, '') AND channel = COALESCE(OLD.channel, '') AND model = COALESCE(OLD.model, '') AND provider = COALESCE(OLD.provider, '') AND task_type = COALESCE(OLD.task_type, '');
  DELETE FROM cost_rollup_day WHERE requests <= 0 AND day = CAST(OLD.timestamp AS INTEGER) / 86400000 AND agent_id = COALESCE(OLD.agent_id, '') AND session_id = COALESCE(OLD.session_id, '') AND session_key = COALESCE(OLD.session_key, '') AND user_id = COALESCE(OLD.user_id, '') AND channel = COALESCE(OLD.channel, '') AND model = COALESCE(OLD.model, '') AND provider = COALESCE(OLD.provider, '') AND task_type = COALESCE(OLD.task_type, '');
  INSERT INTO cost_rollup_day VALUES (
    CAST(NEW.timestamp AS INTEGER) / 86400000,
    COALESCE(NEW.agent_id, ''),
    COALESCE(NEW.session_id, ''),
    COALESCE(NEW.session_key, ''),
    COALESCE(NEW.user_id, ''),
    COALESCE(NEW.channel, ''),
    COALESCE(NEW.model, ''),
    COALESCE(NEW.provider, ''),
    COALESCE(NEW.task_type, ''), 1,
    COALESCE(NEW.input_tokens, 0), COALESCE(NEW.output_tokens, 0), COALESCE(NEW.cache_read_tokens, 0),
    COALESCE(NEW.cache_write_tokens, 0), COALESCE(NEW.cost, 0), CASE WHEN NEW.cost IS NULL THEN 1 ELSE 0 END)
  ON CONFLICT (day, agent_id, session_id, session_key, user_id, channel, model, provider, task_type) DO UPDATE SET
    requests = requests + 1,
    input_tokens = input_tokens + excluded.input_tokens,
    output_tokens = output_tokens + excluded.output_tokens,
    cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens,
    cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens,
    cost = cost + excluded.cost,
    unpriced = unpriced + excluded.unpriced;
END;

-- Budgets per session key sum that session's calls.
CREATE INDEX cost_session_key ON cost_attribution(session_key, timestamp);
