-- clawctl ops database, schema version 3 (PostgreSQL): the same as SQLite's 0003_cost.sql
-- (see there and docs/schema.md); the rollups are kept by one PL/pgSQL trigger function.

ALTER TABLE cost_attribution ADD COLUMN turn_key TEXT;
ALTER TABLE sync_cursors ADD COLUMN state TEXT;
CREATE INDEX cost_turn ON cost_attribution(turn_key);
CREATE INDEX cost_session_key ON cost_attribution(session_key, timestamp);

CREATE TABLE cost_rollup (
  bucket             BIGINT NOT NULL,
  agent_id           TEXT NOT NULL,
  requests           BIGINT NOT NULL,
  input_tokens       BIGINT NOT NULL,
  output_tokens      BIGINT NOT NULL,
  cache_read_tokens  BIGINT NOT NULL,
  cache_write_tokens BIGINT NOT NULL,
  cost               DOUBLE PRECISION NOT NULL,
  unpriced           BIGINT NOT NULL,
  PRIMARY KEY (bucket, agent_id)
);

CREATE TABLE cost_rollup_day (
  day                BIGINT NOT NULL,
  agent_id           TEXT NOT NULL,
  session_id         TEXT NOT NULL,
  session_key        TEXT NOT NULL,
  user_id            TEXT NOT NULL,
  channel            TEXT NOT NULL,
  model              TEXT NOT NULL,
  provider           TEXT NOT NULL,
  task_type          TEXT NOT NULL,
  requests           BIGINT NOT NULL,
  input_tokens       BIGINT NOT NULL,
  output_tokens      BIGINT NOT NULL,
  cache_read_tokens  BIGINT NOT NULL,
  cache_write_tokens BIGINT NOT NULL,
  cost               DOUBLE PRECISION NOT NULL,
  unpriced           BIGINT NOT NULL,
  PRIMARY KEY (day, agent_id, session_id, session_key, user_id, channel, model, provider, task_type)
);

CREATE FUNCTION cost_rollup_add(r cost_attribution, s BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO cost_rollup VALUES (
    r.timestamp / 900000, COALESCE(r.agent_id, ''), s, s * COALESCE(r.input_tokens, 0), s * COALESCE(r.output_tokens, 0),
    s * COALESCE(r.cache_read_tokens, 0), s * COALESCE(r.cache_write_tokens, 0),
    s * COALESCE(r.cost, 0), s * (CASE WHEN r.cost IS NULL THEN 1 ELSE 0 END))
  ON CONFLICT (bucket, agent_id) DO UPDATE SET
    requests = cost_rollup.requests + EXCLUDED.requests,
    input_tokens = cost_rollup.input_tokens + EXCLUDED.input_tokens,
    output_tokens = cost_rollup.output_tokens + EXCLUDED.output_tokens,
    cache_read_tokens = cost_rollup.cache_read_tokens + EXCLUDED.cache_read_tokens,
    cache_write_tokens = cost_rollup.cache_write_tokens + EXCLUDED.cache_write_tokens,
    cost = cost_rollup.cost + EXCLUDED.cost,
    unpriced = cost_rollup.unpriced + EXCLUDED.unpriced;
  DELETE FROM cost_rollup
  WHERE bucket = r.timestamp / 900000 AND agent_id = COALESCE(r.agent_id, '') AND requests <= 0;
  INSERT INTO cost_rollup_day VALUES (
    r.timestamp / 86400000, COALESCE(r.agent_id, ''), COALESCE(r.session_id, ''), COALESCE(r.session_key, ''), COALESCE(r.user_id, ''), COALESCE(r.channel, ''), COALESCE(r.model, ''), COALESCE(r.provider, ''), COALESCE(r.task_type, ''), s, s * COALESCE(r.input_tokens, 0), s * COALESCE(r.output_tokens, 0),
    s * COALESCE(r.cache_read_tokens, 0), s * COALESCE(r.cache_write_tokens, 0),
    s * COALESCE(r.cost, 0), s * (CASE WHEN r.cost IS NULL THEN 1 ELSE 0 END))
  ON CONFLICT (day, agent_id, session_id, session_key, user_id, channel, model, provider, task_type) DO UPDATE SET
    requests = cost_rollup_day.requests + EXCLUDED.requests,
    input_tokens = cost_rollup_day.input_tokens + EXCLUDED.input_tokens,
    output_tokens = cost_rollup_day.output_tokens + EXCLUDED.output_tokens,
    cache_read_tokens = cost_rollup_day.cache_read_tokens + EXCLUDED.cache_read_tokens,
    cache_write_tokens = cost_rollup_day.cache_write_tokens + EXCLUDED.cache_write_tokens,
    cost = cost_rollup_day.cost + EXCLUDED.cost,
    unpriced = cost_rollup_day.unpriced + EXCLUDED.unpriced;
  DELETE FROM cost_rollup_day WHERE day = r.timestamp / 86400000 AND agent_id = COALESCE(r.agent_id, '') AND session_id = COALESCE(r.session_id, '') AND session_key = COALESCE(r.session_key, '') AND user_id = COALESCE(r.user_id, '') AND channel = COALESCE(r.channel, '') AND model = COALESCE(r.model, '') AND provider = COALESCE(r.provider, '') AND task_type = COALESCE(r.task_type, '') AND requests <= 0;
END $$;

CREATE FUNCTION cost_rollup_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM cost_rollup_add(OLD, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM cost_rollup_add(NEW, 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER cost_rollup_sync
AFTER INSERT OR DELETE OR UPDATE OF timestamp, agent_id, session_id, session_key, user_id, channel, model, provider, task_type, input_tokens,
  output_tokens, cache_read_tokens, cache_write_tokens, cost
ON cost_attribution FOR EACH ROW EXECUTE FUNCTION cost_rollup_sync();

INSERT INTO cost_rollup
SELECT timestamp / 900000, COALESCE(agent_id, ''), COUNT(*),
       COALESCE(SUM(input_tokens), 0), COALESCE(SUM(output_tokens), 0),
       COALESCE(SUM(cache_read_tokens), 0), COALESCE(SUM(cache_write_tokens), 0),
       COALESCE(SUM(cost), 0), SUM(CASE WHEN cost IS NULL THEN 1 ELSE 0 END)
FROM cost_attribution
GROUP BY 1, 2;

INSERT INTO cost_rollup_day
SELECT timestamp / 86400000, COALESCE(agent_id, ''), COALESCE(session_id, ''), COALESCE(session_key, ''), COALESCE(user_id, ''), COALESCE(channel, ''), COALESCE(model, ''), COALESCE(provider, ''), COALESCE(task_type, ''), COUNT(*),
       COALESCE(SUM(input_tokens), 0), COALESCE(SUM(output_tokens), 0),
       COALESCE(SUM(cache_read_tokens), 0), COALESCE(SUM(cache_write_tokens), 0),
       COALESCE(SUM(cost), 0), SUM(CASE WHEN cost IS NULL THEN 1 ELSE 0 END)
FROM cost_attribution
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
