#!/usr/bin/env bash
# Smoke test of ./regintel serve on a fresh data directory: health is UP, the seed data answers a
# GraphQL query, and a restart on the same directory keeps the data without loading it twice.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${SMOKE_PORT:-18099}
data=$(mktemp -d)
log=$(mktemp)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

start() {
  ./regintel serve --port "$port" --data "$data" >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "smoke: regintel serve exited early:"; tail -n 40 "$log"; exit 1
    fi
    sleep 1
  done
  echo "smoke: regintel serve did not become healthy in 300 s:"; tail -n 40 "$log"; exit 1
}

query() {
  curl -fsS "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' \
    -d '{"query":"{ documents(first: 1) { totalCount } jurisdictions { code } }"}'
}

stop() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

start
first=$(query)
echo "smoke: first start answered $first"
echo "$first" | grep -q '"totalCount":[1-9]' || { echo "smoke: no documents were seeded"; tail -n 40 "$log"; exit 1; }
# The web page a person opens first: a Japanese search for default passwords finds ETSI's 5.1-1.
page=$(curl -fsS "http://127.0.0.1:$port/?q=%E3%83%87%E3%83%95%E3%82%A9%E3%83%AB%E3%83%88%E3%83%91%E3%82%B9%E3%83%AF%E3%83%BC%E3%83%89")
echo "$page" | grep -q '5.1-1' || { echo "smoke: the search page did not show ETSI EN 303 645 5.1-1"; exit 1; }
echo "smoke: the search page shows 5.1-1"
stop

start
second=$(query)
echo "smoke: restart answered $second"
[ "$first" = "$second" ] || { echo "smoke: the restart changed the data"; exit 1; }
grep -q 'not loading seed data again' "$log" || { echo "smoke: the restart did not recognise the seeded graph"; exit 1; }
stop
echo "smoke: OK"
