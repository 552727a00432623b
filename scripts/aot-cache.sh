# Sourced by ./regintel: an ahead-of-time class cache for the service's jar (JDK 25 and later,
# JEPs 483, 514 and 515), so that a start does not load, verify and link the same ten thousand classes
# from a 200 MB nested jar every time, and the JIT starts from the profiles of a trained run.
#
# Once per build of app/target/regintel-app.jar (and per JDK), regintel_aot_prepare
#   1. extracts the jar into app/target/aot/app (Spring Boot's `-Djarmode=tools extract`: the
#      application jar and its libraries side by side, which a cache can refer to; a nested jar
#      cannot);
#   2. trains: starts `serve` from there on a new temporary data directory (so it starts Neo4j,
#      migrates a new schema, loads the seed data and builds the search index), sends it a few
#      GraphQL queries of each kind, stops it, and the JVM writes the cache on exit
#      (-XX:AOTCacheOutput);
#   3. records which jar and which JDK the cache belongs to.
# Every command then runs `java -XX:AOTCache=app/target/aot/regintel.aot -jar
# app/target/aot/app/regintel-app.jar`. A cache that does not fit the JDK or the class path is
# ignored by the JVM (-XX:AOTMode=auto), so it can only make a start faster, never break it.
# REGINTEL_AOT=off turns all of this off.

# Prints what the cache in $1 must have been made from: the jar's size and time, and the JDK.
regintel_aot_stamp() {
  local jar=$1
  printf '%s %s %s\n' "$(stat -c '%s %Y' "$jar")" "$JAVA_HOME" "$(regintel_jdk_major "$JAVA_HOME")"
}

# Whether the cache under $2 was made from the jar $1 with this JDK.
regintel_aot_current() {
  local jar=$1 dir=$2
  [ -f "$dir/regintel.aot" ] && [ -f "$dir/app/regintel-app.jar" ] && [ -f "$dir/stamp" ] &&
    [ "$(cat "$dir/stamp")" = "$(regintel_aot_stamp "$jar")" ]
}

# Sends one GraphQL query to the training run on port $1.
regintel_aot_query() {
  curl -fsS -o /dev/null --max-time 60 "http://127.0.0.1:$1/graphql" \
    -H 'Content-Type: application/json' -d "{\"query\":\"$2\"}" || true
}

# Prints a loopback TCP port that nothing listens on.
regintel_aot_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      printf '%s\n' "$port"
      return 0
    fi
  done
  return 1
}

# Makes the cache under $2 for the jar $1 with the seed data in $3, unless it is current or
# making it failed for this very jar before (then $2.failed says so and why is in
# $2.training.log). Failing is not an error: the command then runs from the jar as it is.
regintel_aot_prepare() {
  local jar=$1 dir=${2%/} seed=$3
  local java="$JAVA_HOME/bin/java"
  regintel_aot_current "$jar" "$dir" && return 0
  [ -f "$dir.failed" ] && [ "$(cat "$dir.failed")" = "$(regintel_aot_stamp "$jar")" ] && return 0
  echo "regintel: preparing a class cache for fast starts (once per build; about a minute)..." >&2
  local work data log pid ready="" port
  work=$(mktemp -d "$dir.new.XXXXXX")
  data=$(mktemp -d)
  log="$work/training.log"
  port=$(regintel_aot_free_port) || port=18097
  if "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >"$log" 2>&1; then
    REGINTEL_SEED_DIR="$seed" "$java" "${JVM_FLAGS[@]}" -XX:AOTCacheOutput="$work/regintel.aot" \
      -Xlog:aot=error -Xlog:cds=error -Dlogging.level.dev.regintel=INFO \
      -jar "$work/app/regintel-app.jar" serve --port "$port" --data "$data" >>"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do
      if grep -q 'Start-up phases' "$log"; then
        ready=1
        break
      fi
      if ! kill -0 "$pid" 2>/dev/null; then
        grep -q 'Start-up phases' "$log" && ready=1
        break
      fi
      sleep 1
    done
  fi
  if [ -n "$ready" ]; then
    local q
    for q in \
      '{ control(id: \"ctl:unique-per-device-password\") { id title } }' \
      '{ trace(controlId: \"ctl:unique-per-device-password\") { hits { requirement { id ref title text document { id code } } fulfilment hops path { fromId toId kind } } } }' \
      '{ search(query: \"default password\") { total hits { id title snippet } } }' \
      '{ search(query: \"デフォルトパスワード\") { total hits { id title snippet } } }' \
      '{ coverage(deviceId: \"dev:example-homecam-c1\") { jurisdictions { jurisdiction { code } rows { requirement { id } fulfilment } full partial none } } }' \
      '{ documents(first: 20) { totalCount } openForComment { document { id } } }'; do
      for _ in 1 2 3; do regintel_aot_query "$port" "$q"; done
    done
  fi
  if [ -n "${pid:-}" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$data"
  if [ -z "$ready" ] || [ ! -s "$work/regintel.aot" ]; then
    mv "$log" "$dir.training.log"
    regintel_aot_stamp "$jar" >"$dir.failed"
    rm -rf "$work"
    echo "regintel: the class cache could not be made (see $dir.training.log); running without it" >&2
    return 0
  fi
  regintel_aot_stamp "$jar" >"$work/stamp"
  rm -rf "$dir" "$dir.failed" "$dir.training.log"
  mv "$work" "$dir"
}
