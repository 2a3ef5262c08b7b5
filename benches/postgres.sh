#!/usr/bin/env bash
# Benchmark: the ops database on SQLite and on PostgreSQL, on the same data, in one run.
#
#   benches/postgres.sh CLAWCTL ADMIN_URL [ROWS]
#
# CLAWCTL is a release binary (cargo build --release), ADMIN_URL a PostgreSQL URL that may
# create databases (e.g. postgres://clawctl:clawctl@127.0.0.1/postgres, as .ci/run sets up),
# ROWS the number of cost rows and of audit events (default 1,000,000 each). It builds a SQLite
# ops database with SQL (only the article's columns for audit events, as the bot side inserts
# them), copies it with `clawctl db migrate-to`, then times `cost report --by day` and
# `audit query` on both backends (best of 5 whole-process runs), and finally a retention run
# and reports while a writer inserts audit events through `clawctl audit log` on each backend.
# Needs sqlite3 and psql. Prints Markdown for BENCHMARKS.md.
set -euo pipefail
BIN=$(realpath "$1")
ADMIN=$2
ROWS=${3:-1000000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS clawctl_bench WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
STATE=$WORK/state
mkdir -p "$STATE"
DB=$WORK/ops.db
PG="${ADMIN%/*}/clawctl_bench"
psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS clawctl_bench WITH (FORCE)" >/dev/null 2>&1
psql -q "$ADMIN" -c "CREATE DATABASE clawctl_bench" >/dev/null

now_ms=$(($(date +%s) * 1000))
span=$((365 * 86400000))
step=$((span / ROWS))
start=$((now_ms - span))
cc() { "$BIN" --state-dir "$STATE" "$@"; }

t0=$(date +%s.%N)
cc --db "$DB" db migrate -q
sqlite3 "$DB" <<SQL
PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < $ROWS - 1)
INSERT INTO cost_attribution (timestamp, session_id, session_key, task_type, model, provider,
  input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost, cost_source, agent_id,
  user_id, channel, call_key, turn_key)
SELECT $start + i * $step, 'session-' || (i % 2000), 'agent:main:telegram:dm:' || (i % 2000),
  CASE i % 5 WHEN 0 THEN 'web_scraping' WHEN 1 THEN 'shell' ELSE 'chat' END,
  CASE i % 4 WHEN 0 THEN 'claude-opus-4-5' WHEN 1 THEN 'claude-haiku-4-5' ELSE 'gpt-5-mini' END,
  CASE i % 4 WHEN 2 THEN 'openai' WHEN 3 THEN 'openai' ELSE 'anthropic' END,
  100 + i % 5000, 10 + i % 700, (i * 7) % 20000, (i * 3) % 4000,
  (100 + i % 5000) * 0.000003 + (10 + i % 700) * 0.000015, 'recorded', 'main',
  'telegram:' || (1000000 + i % 2000), 'telegram', 'call-' || i, 'turn-' || i
FROM k;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $ROWS - 1)
INSERT INTO audit_log (timestamp, actor, action, target, result, risk_level, metadata)
SELECT $start + i * $step, 'user:telegram:' || (i * 7919 % 500), 'action.' || (i * 31 % 40),
  'agent:main:telegram:dm:' || (i % 1000),
  CASE WHEN i % 50 = 0 THEN 'failed' WHEN i % 97 = 0 THEN 'partial' ELSE 'success' END,
  CASE WHEN i % 20 = 0 THEN 'high' WHEN i % 5 = 0 THEN 'medium' ELSE 'low' END,
  '{"count":' || (i % 100) || '}'
FROM n;
COMMIT;
SQL
# Seal the bot-inserted events into the chain (any clawctl run that opens the trail does).
cc --db "$DB" audit verify -q >/dev/null
gen=$(printf "%.1f" "$(echo "$(date +%s.%N) - $t0" | bc)")
sqlite_mb=$(($(stat -c %s "$DB") / 1048576))

t0=$(date +%s.%N)
cc --db "$DB" -q db migrate-to "$PG"
mig=$(printf "%.1f" "$(echo "$(date +%s.%N) - $t0" | bc)")
copied=$(psql -tA "$PG" -c "SELECT (SELECT count(*) FROM cost_attribution) + (SELECT count(*) FROM audit_log)")
cc --db "$PG" audit verify -q >/dev/null && verified=yes || verified=NO

best() { # best of 5 wall times in ms of a command
  local best=999999 t s e
  for _ in 1 2 3 4 5; do
    s=$(date +%s%N)
    "$@" >/dev/null
    e=$(date +%s%N)
    t=$(((e - s) / 1000000))
    [ "$t" -lt "$best" ] && best=$t
  done
  echo "$best"
}
q_cost=(cost report --by day --no-sync --json)
q_actor=(audit query --actor user:telegram:42 --since 7d --format jsonl)
q_risk=(audit query --risk high --since 7d --format jsonl)
q_fail=(audit failures --min 10 --since 7d --json)
declare -A R
for backend in sqlite postgres; do
  loc=$DB
  [ "$backend" = postgres ] && loc=$PG
  R[$backend,cost]=$(best cc --db "$loc" "${q_cost[@]}")
  R[$backend,actor]=$(best cc --db "$loc" "${q_actor[@]}")
  R[$backend,risk]=$(best cc --db "$loc" "${q_risk[@]}")
  R[$backend,fail]=$(best cc --db "$loc" "${q_fail[@]}")
done

# Concurrent writers: two processes append audit events as fast as they can for the duration of
# a report loop and a retention run on the same backend; count the failed appends.
contend() {
  local loc=$1 errs=0 ok=0 pids=()
  for w in 1 2; do
    (
      e=0 o=0
      end=$(($(date +%s) + 20))
      while [ "$(date +%s)" -lt "$end" ]; do
        if cc --db "$loc" audit log --actor "bench:$w" --action bench.write --target t --result success >/dev/null 2>&1; then
          o=$((o + 1))
        else
          e=$((e + 1))
        fi
      done
      echo "$o $e" >"$WORK/w$w"
    ) &
    pids+=($!)
  done
  local reports=0 rerr=0
  local end=$(($(date +%s) + 20))
  cc --db "$loc" retention enforce -q --yes >/dev/null 2>&1 || rerr=$((rerr + 1))
  while [ "$(date +%s)" -lt "$end" ]; do
    if cc --db "$loc" "${q_cost[@]}" >/dev/null 2>&1; then reports=$((reports + 1)); else rerr=$((rerr + 1)); fi
  done
  wait "${pids[@]}"
  for w in 1 2; do
    read -r o e <"$WORK/w$w"
    ok=$((ok + o))
    errs=$((errs + e))
  done
  echo "$ok appends, $errs failed; $reports reports and a retention run, $rerr failed"
}
C_SQLITE=$(contend "$DB")
C_PG=$(contend "$PG")

cat <<EOF
| | SQLite | PostgreSQL 15 |
|---|---:|---:|
| rows | $ROWS cost rows + $ROWS audit events ($sqlite_mb MB; generated and sealed in ${gen} s) | copied by \`db migrate-to\` in ${mig} s: $(echo "$copied / $mig" | bc) rows/s; chain verifies: $verified |
| \`cost report --by day\` (whole process, best of 5) | ${R[sqlite,cost]} ms | ${R[postgres,cost]} ms |
| \`audit query --actor … --since 7d\` | ${R[sqlite,actor]} ms | ${R[postgres,actor]} ms |
| \`audit query --risk high --since 7d\` | ${R[sqlite,risk]} ms | ${R[postgres,risk]} ms |
| \`audit failures --min 10 --since 7d\` | ${R[sqlite,fail]} ms | ${R[postgres,fail]} ms |
| 2 writers appending for 20 s while reports and \`retention enforce\` run | $C_SQLITE | $C_PG |
EOF
