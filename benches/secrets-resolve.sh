#!/usr/bin/env bash
# How long `clawctl secrets resolve` takes to answer the bot for 10 ids (the bot allows 5 s),
# against a real Secret Service (a private session bus + unlocked gnome-keyring started here)
# and against systemd-creds. Usage: benches/secrets-resolve.sh [path/to/clawctl] [runs]
set -euo pipefail
clawctl=$(realpath "${1:-target/release/clawctl}")
runs=${2:-20}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$work/state" "$work/run" && chmod 700 "$work/run"
export HOME=$work XDG_RUNTIME_DIR=$work/run
read -r DBUS_SESSION_BUS_ADDRESS bus_pid < <(dbus-daemon --session --fork --nopidfile --print-address=1 --print-pid=1 | paste -sd' ')
export DBUS_SESSION_BUS_ADDRESS
pids+=("$bus_pid")
printf pw | gnome-keyring-daemon --components=secrets --daemonize --unlock >/dev/null
for _ in $(seq 1 100); do # wait until the keyring owns its bus name, then remember its pid
  pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
    awk 'END {print $2}') && [ -n "$pid" ] && { pids+=("$pid"); break; }
  sleep 0.05
done

ids=()
for i in $(seq 1 10); do
  name="bench-secret-$i"
  ids+=("\"$name\"")
  head -c 48 /dev/urandom | base64 | "$clawctl" --state-dir "$work/state" -q secrets set "$name" --backend keychain
  head -c 48 /dev/urandom | base64 | "$clawctl" --state-dir "$work/state" -q secrets set "$name-c" --backend systemd-creds
done
request="{\"protocolVersion\":1,\"provider\":\"clawctl\",\"ids\":[$(IFS=,; echo "${ids[*]}")]}"
request_c=${request//\",/-c\",}
request_c=${request_c//\"]/-c\"]}

measure() { # label request
  local start end
  start=$(date +%s%N)
  for _ in $(seq 1 "$runs"); do
    printf '%s' "$2" | "$clawctl" --state-dir "$work/state" secrets resolve | grep -q '"errors":{}'
  done
  end=$(date +%s%N)
  echo "$1: $(( (end - start) / runs / 1000000 )) ms per request of 10 ids (mean of $runs runs)"
}
measure keychain "$request"
measure systemd-creds "$request_c"
