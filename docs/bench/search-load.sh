#!/usr/bin/env bash
# Load test of GET /api/v1/search (docs/benchmarks.md): starts the packaged application on the embedded Lucene
# backend, lets it index a generated corpus from its database, then runs wrk with docs/bench/search-load.lua, which
# rotates the benchmark's query mix (six searches and one suggestion).
#
#   docs/bench/search-load.sh [SIZE]        SIZE generated published solutions (default 10000) in PostgreSQL,
#                                           in a throwaway schema bench_app_<random> of database "test", dropped after
#   docs/bench/search-load.sh demo          the demo profile instead (its 28 solutions, H2 in a temporary directory)
#
# Environment: DURATION (wrk -d, default 30s), CONNECTIONS (default 4), THREADS (default 1), PORT (default 8097),
# PG_URL (default jdbc:postgresql://127.0.0.1:5432/test, user postgres, trust auth), SKIP_PACKAGE=1 to reuse the jar,
# KEEP_LOG=FILE to copy the application's log there at the end. Application settings pass as environment variables,
# e.g. DELBART_INSIGHT_OVERLAP_WARMUPATSTART=false.
# Needs wrk (apt-get install -y wrk) and psql.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZE="${1:-10000}"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-4}"
THREADS="${THREADS:-1}"
PORT="${PORT:-8097}"
PG_URL="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
BASE="http://127.0.0.1:$PORT"
log() { printf '[load] %s\n' "$*" >&2; }

command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk"; exit 1; }
if [ "${SKIP_PACKAGE:-}" != 1 ] || ! ls target/delbart-*.jar >/dev/null 2>&1; then
    log "packaging the application (tests skipped) and compiling the benchmark classes"
    ./mvnw -B -q -DskipTests package
fi
./mvnw -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
JAR=$(realpath "$(ls target/delbart-*.jar | grep -v original | head -n 1)")
WORK=$(mktemp -d /tmp/delbart-load-XXXXXX)
APP_PID=
SCHEMA=

cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    fi
    if [ -n "$SCHEMA" ]; then
        psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" && log "dropped schema $SCHEMA"
    fi
    if [ -n "${KEEP_LOG:-}" ] && [ -f "$WORK/app.log" ]; then cp "$WORK/app.log" "$KEEP_LOG"; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

start_app() { # args: extra application arguments
    (cd "$WORK" && exec java -Xms1g -Xmx1g -jar "$JAR" --server.port="$PORT" \
        --delbart.search.lucene.directory="$WORK/search" "$@" >>"$WORK/app.log" 2>&1) &
    APP_PID=$!
    for _ in $(seq 1 180); do
        if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then return 0; fi
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log"; return 1; }
        sleep 1
    done
    log "the application did not become healthy"; tail -n 40 "$WORK/app.log"; return 1
}

stop_app() {
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
}

total() { curl -fs "$BASE/api/v1/search?size=1" | sed -n 's/.*"totalElements":\([0-9]*\).*/\1/p'; }

if [ "$SIZE" = demo ]; then
    log "starting with the demo profile (28 demo solutions, H2 under $WORK)"
    start_app --spring.profiles.active=demo
    EXPECTED=
    # the demo data is seeded and indexed after the start: wait until the count is non-zero and steady
    previous=
    until current=$(total) && [ -n "$current" ] && [ "$current" != 0 ] && [ "$current" = "$previous" ]; do
        previous=$current; sleep 3
    done
else
    SCHEMA="bench_app_$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')"
    psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE SCHEMA $SCHEMA"
    DB_URL="$PG_URL?currentSchema=$SCHEMA"
    export DELBART_DATASOURCE_URL="$DB_URL" DELBART_DATASOURCE_USERNAME=postgres DELBART_DATASOURCE_PASSWORD=
    log "first start: Flyway migrates schema $SCHEMA"
    start_app
    stop_app
    log "writing $SIZE generated published solutions"
    java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" se.delbart.bench.AppSeeder \
        "$DB_URL" postgres "$SIZE"
    log "second start: the application rebuilds its index from the database"
    started=$SECONDS
    start_app
    EXPECTED="$SIZE"
    until [ "$(total)" = "$SIZE" ]; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log"; exit 1; }
        sleep 2
    done
    log "index holds $SIZE solutions, $((SECONDS - started)) s after the start"
fi

log "searchable: $(total) solutions; smoke check of each path"
for path in $(sed -n 's/^  "\(\/api[^"]*\)",$/\1/p' docs/bench/search-load.lua); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
    [ "$code" = 200 ] || { log "GET $path answered $code"; exit 1; }
done
log "warm-up: wrk 10 s"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --timeout 10s -s docs/bench/search-load.lua "$BASE" >/dev/null
log "measured: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency (${EXPECTED:-demo} solutions)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s docs/bench/search-load.lua "$BASE"
